package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 三、本年度办理结果: Outcomes this year
 *
 * 三、本年度办理结果: Outcomes of the applications concluded this year.
 */
public class Outcomes {
    private ApplicantRow disclosed;
    private NotProcessed notProcessed;
    private OtherHandling otherHandling;
    private ApplicantRow partiallyDisclosed;
    private ApplicantRow total;
    private Unavailable unavailable;
    private Withheld withheld;

    /**
     * （一）予以公开: Disclosed
     */
    @JsonProperty("disclosed")
    public ApplicantRow getDisclosed() { return disclosed; }
    @JsonProperty("disclosed")
    public void setDisclosed(ApplicantRow value) { this.disclosed = value; }

    /**
     * （五）不予处理: Not processed
     */
    @JsonProperty("not_processed")
    public NotProcessed getNotProcessed() { return notProcessed; }
    @JsonProperty("not_processed")
    public void setNotProcessed(NotProcessed value) { this.notProcessed = value; }

    /**
     * （六）其他处理: Other handling
     */
    @JsonProperty("other_handling")
    public OtherHandling getOtherHandling() { return otherHandling; }
    @JsonProperty("other_handling")
    public void setOtherHandling(OtherHandling value) { this.otherHandling = value; }

    /**
     * （二）部分公开（区分处理的，只计这一情形，不计其他情形）: Partially disclosed (counted only here when separable)
     */
    @JsonProperty("partially_disclosed")
    public ApplicantRow getPartiallyDisclosed() { return partiallyDisclosed; }
    @JsonProperty("partially_disclosed")
    public void setPartiallyDisclosed(ApplicantRow value) { this.partiallyDisclosed = value; }

    /**
     * （七）总计: Total outcomes
     */
    @JsonProperty("total")
    public ApplicantRow getTotal() { return total; }
    @JsonProperty("total")
    public void setTotal(ApplicantRow value) { this.total = value; }

    /**
     * （四）无法提供: Cannot be provided
     */
    @JsonProperty("unavailable")
    public Unavailable getUnavailable() { return unavailable; }
    @JsonProperty("unavailable")
    public void setUnavailable(Unavailable value) { this.unavailable = value; }

    /**
     * （三）不予公开: Withheld
     */
    @JsonProperty("withheld")
    public Withheld getWithheld() { return withheld; }
    @JsonProperty("withheld")
    public void setWithheld(Withheld value) { this.withheld = value; }
}
