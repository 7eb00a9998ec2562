package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 规范性文件: Normative documents
 *
 * 第（一）项行: Documents made, published, and published in all (2019 format).
 *
 * 规章: Rules (regulations)
 */
public class PublishedCounts2019 {
    private CountCell newlyMade;
    private CountCell newlyPublished;
    private CountCell totalPublished;

    /**
     * 本年新制作数量: Newly made this year
     */
    @JsonProperty("newly_made")
    public CountCell getNewlyMade() { return newlyMade; }
    @JsonProperty("newly_made")
    public void setNewlyMade(CountCell value) { this.newlyMade = value; }

    /**
     * 本年新公开数量: Newly published this year
     */
    @JsonProperty("newly_published")
    public CountCell getNewlyPublished() { return newlyPublished; }
    @JsonProperty("newly_published")
    public void setNewlyPublished(CountCell value) { this.newlyPublished = value; }

    /**
     * 对外公开总数量: Published in all
     */
    @JsonProperty("total_published")
    public CountCell getTotalPublished() { return totalPublished; }
    @JsonProperty("total_published")
    public void setTotalPublished(CountCell value) { this.totalPublished = value; }
}
