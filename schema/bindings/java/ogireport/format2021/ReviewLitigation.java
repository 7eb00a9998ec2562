package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation
 *
 * 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation over disclosure (part 4).
 */
public class ReviewLitigation {
    private String heading;
    private ReviewCells litigationAfterReview;
    private ReviewCells litigationDirect;
    private ReviewCells review;
    private String textAfter;
    private String textBefore;

    /**
     * 标题（原文）: The heading as printed, when known.
     */
    @JsonProperty("heading")
    public String getHeading() { return heading; }
    @JsonProperty("heading")
    public void setHeading(String value) { this.heading = value; }

    /**
     * 复议后起诉: Litigation filed after review
     */
    @JsonProperty("litigation_after_review")
    public ReviewCells getLitigationAfterReview() { return litigationAfterReview; }
    @JsonProperty("litigation_after_review")
    public void setLitigationAfterReview(ReviewCells value) { this.litigationAfterReview = value; }

    /**
     * 未经复议直接起诉: Litigation filed without prior review
     */
    @JsonProperty("litigation_direct")
    public ReviewCells getLitigationDirect() { return litigationDirect; }
    @JsonProperty("litigation_direct")
    public void setLitigationDirect(ReviewCells value) { this.litigationDirect = value; }

    /**
     * 行政复议: Administrative review
     */
    @JsonProperty("review")
    public ReviewCells getReview() { return review; }
    @JsonProperty("review")
    public void setReview(ReviewCells value) { this.review = value; }

    /**
     * 表后文字: Prose printed after the table.
     */
    @JsonProperty("text_after")
    public String getTextAfter() { return textAfter; }
    @JsonProperty("text_after")
    public void setTextAfter(String value) { this.textAfter = value; }

    /**
     * 表前文字: Prose printed before the table.
     */
    @JsonProperty("text_before")
    public String getTextBefore() { return textBefore; }
    @JsonProperty("text_before")
    public void setTextBefore(String value) { this.textBefore = value; }
}
