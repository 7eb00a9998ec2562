package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 信息处理费: Information processing fees charged to applicants, as stated.
 */
public class InformationProcessingFee {
    private Long chargedApplications;
    private Amount collected;

    /**
     * 收费申请件数: The number of applications for which a fee was charged, when stated.
     */
    @JsonProperty("charged_applications")
    public Long getChargedApplications() { return chargedApplications; }
    @JsonProperty("charged_applications")
    public void setChargedApplications(Long value) { this.chargedApplications = value; }

    /**
     * 收取信息处理费金额: The fees collected in the year, exactly as stated, with their unit.
     */
    @JsonProperty("collected")
    public Amount getCollected() { return collected; }
    @JsonProperty("collected")
    public void setCollected(Amount value) { this.collected = value; }
}
