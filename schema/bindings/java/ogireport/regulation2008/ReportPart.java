package ogireport.regulation2008;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * 报告部分: One part of a report as the report divides and numbers it.
 */
public class ReportPart {
    private List<Figure> figures;
    private String heading;
    private Content2008 serves;
    private String text;

    /**
     * 数据: The figures the part states, in the order stated; absent or null when none.
     */
    @JsonProperty("figures")
    public List<Figure> getFigures() { return figures; }
    @JsonProperty("figures")
    public void setFigures(List<Figure> value) { this.figures = value; }

    /**
     * 标题（原文）: The heading as printed.
     */
    @JsonProperty("heading")
    public String getHeading() { return heading; }
    @JsonProperty("heading")
    public void setHeading(String value) { this.heading = value; }

    /**
     * 对应条例内容: Which of the six contents of the 2008 Regulations, article 32, the part reports,
     * if any.
     */
    @JsonProperty("serves")
    public Content2008 getServes() { return serves; }
    @JsonProperty("serves")
    public void setServes(Content2008 value) { this.serves = value; }

    /**
     * 正文: The text as published, paragraphs separated by `\n`.
     */
    @JsonProperty("text")
    public String getText() { return text; }
    @JsonProperty("text")
    public void setText(String value) { this.text = value; }
}
