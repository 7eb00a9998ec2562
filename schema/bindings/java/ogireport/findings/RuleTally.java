package ogireport.findings;

import com.fasterxml.jackson.annotation.*;

/**
 * 规则统计: How the instances of one rule fared.
 *
 * 合计: The sum over the cross-check rules (not counting the cell rules).
 */
public class RuleTally {
    private long evaluated;
    private long failed;
    private long notAssessable;
    private long passed;

    /**
     * 检查数: Instances the rule applied to.
     */
    @JsonProperty("evaluated")
    public long getEvaluated() { return evaluated; }
    @JsonProperty("evaluated")
    public void setEvaluated(long value) { this.evaluated = value; }

    /**
     * 未通过数: Instances that failed (or, for the cell rules, cells flagged).
     */
    @JsonProperty("failed")
    public long getFailed() { return failed; }
    @JsonProperty("failed")
    public void setFailed(long value) { this.failed = value; }

    /**
     * 不可评估数: Instances that could not be assessed because a cell was blank or not a number.
     */
    @JsonProperty("not_assessable")
    public long getNotAssessable() { return notAssessable; }
    @JsonProperty("not_assessable")
    public void setNotAssessable(long value) { this.notAssessable = value; }

    /**
     * 通过数: Instances that held.
     */
    @JsonProperty("passed")
    public long getPassed() { return passed; }
    @JsonProperty("passed")
    public void setPassed(long value) { this.passed = value; }
}
