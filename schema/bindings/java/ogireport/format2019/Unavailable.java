package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * （四）无法提供: Cannot be provided
 */
public class Unavailable {
    private ApplicantRow notHeld;
    private ApplicantRow requiresCompilation;
    private ApplicantRow subtotal;
    private ApplicantRow unclearAfterAmendment;

    /**
     * 1.本机关不掌握相关政府信息: Information not held by this agency
     */
    @JsonProperty("not_held")
    public ApplicantRow getNotHeld() { return notHeld; }
    @JsonProperty("not_held")
    public void setNotHeld(ApplicantRow value) { this.notHeld = value; }

    /**
     * 2.没有现成信息需要另行制作: No existing information; would need to be compiled
     */
    @JsonProperty("requires_compilation")
    public ApplicantRow getRequiresCompilation() { return requiresCompilation; }
    @JsonProperty("requires_compilation")
    public void setRequiresCompilation(ApplicantRow value) { this.requiresCompilation = value; }

    /**
     * （四）无法提供: The group's own row, printed only by some local templates.
     */
    @JsonProperty("subtotal")
    public ApplicantRow getSubtotal() { return subtotal; }
    @JsonProperty("subtotal")
    public void setSubtotal(ApplicantRow value) { this.subtotal = value; }

    /**
     * 3.补正后申请内容仍不明确: Request still unclear after amendment
     */
    @JsonProperty("unclear_after_amendment")
    public ApplicantRow getUnclearAfterAmendment() { return unclearAfterAmendment; }
    @JsonProperty("unclear_after_amendment")
    public void setUnclearAfterAmendment(ApplicantRow value) { this.unclearAfterAmendment = value; }
}
