package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 一、总体情况: Overview
 *
 * 文字部分: A prose part of the report, as published.
 *
 * 五、存在的主要问题及改进情况: Main problems and improvements
 */
public class Narrative {
    private String heading;
    private String text;

    /**
     * 标题（原文）: The heading as printed, when known (it may differ from the official wording).
     */
    @JsonProperty("heading")
    public String getHeading() { return heading; }
    @JsonProperty("heading")
    public void setHeading(String value) { this.heading = value; }

    /**
     * 正文: The text, paragraphs separated by `\n`.
     */
    @JsonProperty("text")
    public String getText() { return text; }
    @JsonProperty("text")
    public void setText(String value) { this.text = value; }
}
