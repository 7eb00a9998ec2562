package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * （五）不予处理: Not processed
 */
public class NotProcessed {
    private ApplicantRow confirmation;
    private ApplicantRow excessive;
    private ApplicantRow petitionOrComplaint;
    private ApplicantRow publication;
    private ApplicantRow repeated;
    private ApplicantRow subtotal;

    /**
     * 5.要求行政机关确认或重新出具已获取信息: Requests to confirm or reissue information already obtained
     */
    @JsonProperty("confirmation")
    public ApplicantRow getConfirmation() { return confirmation; }
    @JsonProperty("confirmation")
    public void setConfirmation(ApplicantRow value) { this.confirmation = value; }

    /**
     * 4.无正当理由大量反复申请: Large numbers of repeated applications without good reason
     */
    @JsonProperty("excessive")
    public ApplicantRow getExcessive() { return excessive; }
    @JsonProperty("excessive")
    public void setExcessive(ApplicantRow value) { this.excessive = value; }

    /**
     * 1.信访举报投诉类申请: Petitions, reports or complaints
     */
    @JsonProperty("petition_or_complaint")
    public ApplicantRow getPetitionOrComplaint() { return petitionOrComplaint; }
    @JsonProperty("petition_or_complaint")
    public void setPetitionOrComplaint(ApplicantRow value) { this.petitionOrComplaint = value; }

    /**
     * 3.要求提供公开出版物: Requests for public publications
     */
    @JsonProperty("publication")
    public ApplicantRow getPublication() { return publication; }
    @JsonProperty("publication")
    public void setPublication(ApplicantRow value) { this.publication = value; }

    /**
     * 2.重复申请: Repeated applications
     */
    @JsonProperty("repeated")
    public ApplicantRow getRepeated() { return repeated; }
    @JsonProperty("repeated")
    public void setRepeated(ApplicantRow value) { this.repeated = value; }

    /**
     * （五）不予处理: The group's own row, printed only by some local templates.
     */
    @JsonProperty("subtotal")
    public ApplicantRow getSubtotal() { return subtotal; }
    @JsonProperty("subtotal")
    public void setSubtotal(ApplicantRow value) { this.subtotal = value; }
}
