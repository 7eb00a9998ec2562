package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 复议后起诉: Litigation filed after review
 *
 * 复议或诉讼结果: Review or litigation cases by outcome.
 *
 * 未经复议直接起诉: Litigation filed without prior review
 *
 * 行政复议: Administrative review
 */
public class ReviewCells {
    private CountCell corrected;
    private CountCell other;
    private CountCell pending;
    private CountCell total;
    private CountCell upheld;

    /**
     * 结果纠正: Cases where it was corrected.
     */
    @JsonProperty("corrected")
    public CountCell getCorrected() { return corrected; }
    @JsonProperty("corrected")
    public void setCorrected(CountCell value) { this.corrected = value; }

    /**
     * 其他结果: Cases with another result.
     */
    @JsonProperty("other")
    public CountCell getOther() { return other; }
    @JsonProperty("other")
    public void setOther(CountCell value) { this.other = value; }

    /**
     * 尚未审结: Cases not yet concluded.
     */
    @JsonProperty("pending")
    public CountCell getPending() { return pending; }
    @JsonProperty("pending")
    public void setPending(CountCell value) { this.pending = value; }

    /**
     * 总计: All cases of the block.
     */
    @JsonProperty("total")
    public CountCell getTotal() { return total; }
    @JsonProperty("total")
    public void setTotal(CountCell value) { this.total = value; }

    /**
     * 结果维持: Cases where the agency's handling was upheld.
     */
    @JsonProperty("upheld")
    public CountCell getUpheld() { return upheld; }
    @JsonProperty("upheld")
    public void setUpheld(CountCell value) { this.upheld = value; }
}
