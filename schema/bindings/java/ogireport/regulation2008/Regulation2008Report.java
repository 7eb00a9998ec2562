package ogireport.regulation2008;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * 政府信息公开工作年度报告（2008年条例）: An annual report under the 2008 Regulations (report years 2008 to
 * 2018): parts as printed and the figures they state.
 */
public class Regulation2008Report {
    private Edition edition;
    private Meta meta;
    private List<ReportPart> parts;
    private String preamble;

    /**
     * 版本: The edition tag, always `"regulation_2008"`.
     */
    @JsonProperty("edition")
    public Edition getEdition() { return edition; }
    @JsonProperty("edition")
    public void setEdition(Edition value) { this.edition = value; }

    /**
     * 报告基本信息: Who published the report and for which year.
     */
    @JsonProperty("meta")
    public Meta getMeta() { return meta; }
    @JsonProperty("meta")
    public void setMeta(Meta value) { this.meta = value; }

    /**
     * 报告部分: The report's parts, in order.
     */
    @JsonProperty("parts")
    public List<ReportPart> getParts() { return parts; }
    @JsonProperty("parts")
    public void setParts(List<ReportPart> value) { this.parts = value; }

    /**
     * 报告导语: Text printed before the first part, when any.
     */
    @JsonProperty("preamble")
    public String getPreamble() { return preamble; }
    @JsonProperty("preamble")
    public void setPreamble(String value) { this.preamble = value; }
}
