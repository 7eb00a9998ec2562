package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 六、其他需要报告的事项: Other matters to report
 *
 * 六、其他需要报告的事项: Other matters to report (part 6).
 */
public class OtherMatters {
    private String heading;
    private InformationProcessingFee informationProcessingFee;
    private String text;

    /**
     * 标题（原文）: The heading as printed, when known.
     */
    @JsonProperty("heading")
    public String getHeading() { return heading; }
    @JsonProperty("heading")
    public void setHeading(String value) { this.heading = value; }

    /**
     * 信息处理费: The information processing fee figures, when the report states them.
     */
    @JsonProperty("information_processing_fee")
    public InformationProcessingFee getInformationProcessingFee() { return informationProcessingFee; }
    @JsonProperty("information_processing_fee")
    public void setInformationProcessingFee(InformationProcessingFee value) { this.informationProcessingFee = value; }

    /**
     * 正文: The text as published, paragraphs separated by `\n`.
     */
    @JsonProperty("text")
    public String getText() { return text; }
    @JsonProperty("text")
    public void setText(String value) { this.text = value; }
}
