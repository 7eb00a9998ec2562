package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 行政强制: Administrative coercive measures
 *
 * 处理决定行: Decisions made this year (2021 format).
 *
 * 行政许可: Administrative licensing
 *
 * 行政处罚: Administrative penalties
 */
public class DecisionCount2021 {
    private CountCell decisions;

    /**
     * 本年处理决定数量: Decisions made this year
     */
    @JsonProperty("decisions")
    public CountCell getDecisions() { return decisions; }
    @JsonProperty("decisions")
    public void setDecisions(CountCell value) { this.decisions = value; }
}
