package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 行政规范性文件: Administrative normative documents
 *
 * 第（一）项行: Documents issued, repealed and in force (2021 format).
 *
 * 规章: Rules (regulations)
 */
public class DocumentCounts2021 {
    private CountCell inForce;
    private CountCell issued;
    private CountCell repealed;

    /**
     * 现行有效件数: In force
     */
    @JsonProperty("in_force")
    public CountCell getInForce() { return inForce; }
    @JsonProperty("in_force")
    public void setInForce(CountCell value) { this.inForce = value; }

    /**
     * 本年制发件数: Issued this year
     */
    @JsonProperty("issued")
    public CountCell getIssued() { return issued; }
    @JsonProperty("issued")
    public void setIssued(CountCell value) { this.issued = value; }

    /**
     * 本年废止件数: Repealed this year
     */
    @JsonProperty("repealed")
    public CountCell getRepealed() { return repealed; }
    @JsonProperty("repealed")
    public void setRepealed(CountCell value) { this.repealed = value; }
}
