package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 三、收到和处理政府信息公开申请情况: Applications received and handled
 *
 * 三、收到和处理政府信息公开申请情况: Applications received and handled, by applicant category (part 3).
 */
public class Requests {
    private ApplicantRow carriedForward;
    private ApplicantRow carriedOver;
    private String heading;
    private ApplicantRow newReceived;
    private Outcomes outcomes;
    private String textAfter;
    private String textBefore;

    /**
     * 四、结转下年度继续办理: Carried forward to next year
     */
    @JsonProperty("carried_forward")
    public ApplicantRow getCarriedForward() { return carriedForward; }
    @JsonProperty("carried_forward")
    public void setCarriedForward(ApplicantRow value) { this.carriedForward = value; }

    /**
     * 二、上年结转政府信息公开申请数量: Applications carried over from last year
     */
    @JsonProperty("carried_over")
    public ApplicantRow getCarriedOver() { return carriedOver; }
    @JsonProperty("carried_over")
    public void setCarriedOver(ApplicantRow value) { this.carriedOver = value; }

    /**
     * 标题（原文）: The heading as printed, when known.
     */
    @JsonProperty("heading")
    public String getHeading() { return heading; }
    @JsonProperty("heading")
    public void setHeading(String value) { this.heading = value; }

    /**
     * 一、本年新收政府信息公开申请数量: New applications received this year
     */
    @JsonProperty("new_received")
    public ApplicantRow getNewReceived() { return newReceived; }
    @JsonProperty("new_received")
    public void setNewReceived(ApplicantRow value) { this.newReceived = value; }

    /**
     * 三、本年度办理结果: Outcomes this year
     */
    @JsonProperty("outcomes")
    public Outcomes getOutcomes() { return outcomes; }
    @JsonProperty("outcomes")
    public void setOutcomes(Outcomes value) { this.outcomes = value; }

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
