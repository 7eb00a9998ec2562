package ogireport.findings;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * 校验结果: Every finding of a validation, in a stable order, with the tallies.
 */
public class OgiReportFindings {
    private List<Finding> findings;
    private Summary summary;

    /**
     * 发现: Every finding, in a stable order: by part, then by row and column as printed.
     */
    @JsonProperty("findings")
    public List<Finding> getFindings() { return findings; }
    @JsonProperty("findings")
    public void setFindings(List<Finding> value) { this.findings = value; }

    /**
     * 统计: How many rule instances were evaluated, passed, failed and could not be assessed.
     */
    @JsonProperty("summary")
    public Summary getSummary() { return summary; }
    @JsonProperty("summary")
    public void setSummary(Summary value) { this.summary = value; }
}
