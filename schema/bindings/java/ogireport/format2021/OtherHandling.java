package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * （六）其他处理: Other handling
 *
 * （六）其他处理: Other handling: itemized in three sub-rows (2021 layout), or printed as one row
 * under `row` (2019 layout).
 *
 * （六）其他处理 printed as one row, as the 2019 format prints it.
 */
public class OtherHandling {
    private ApplicantRow feeUnpaid;
    private ApplicantRow noAmendment;
    private ApplicantRow other;
    private ApplicantRow subtotal;
    private ApplicantRow row;

    /**
     * 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: Applicant did not pay the fee notice in time; no
     * longer processed
     */
    @JsonProperty("fee_unpaid")
    public ApplicantRow getFeeUnpaid() { return feeUnpaid; }
    @JsonProperty("fee_unpaid")
    public void setFeeUnpaid(ApplicantRow value) { this.feeUnpaid = value; }

    /**
     * 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: Applicant did not amend in time without good reason;
     * no longer processed
     */
    @JsonProperty("no_amendment")
    public ApplicantRow getNoAmendment() { return noAmendment; }
    @JsonProperty("no_amendment")
    public void setNoAmendment(ApplicantRow value) { this.noAmendment = value; }

    /**
     * 3.其他: Other
     */
    @JsonProperty("other")
    public ApplicantRow getOther() { return other; }
    @JsonProperty("other")
    public void setOther(ApplicantRow value) { this.other = value; }

    /**
     * （六）其他处理: The group's own row, printed only by some local templates.
     */
    @JsonProperty("subtotal")
    public ApplicantRow getSubtotal() { return subtotal; }
    @JsonProperty("subtotal")
    public void setSubtotal(ApplicantRow value) { this.subtotal = value; }

    /**
     * （六）其他处理: The row's cells.
     */
    @JsonProperty("row")
    public ApplicantRow getRow() { return row; }
    @JsonProperty("row")
    public void setRow(ApplicantRow value) { this.row = value; }
}
