package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 政府集中采购: Centralised government procurement
 *
 * 政府集中采购行: Centralised government procurement: projects and total amount (2019 format).
 */
public class Procurement2019 {
    private CountCell projects;
    private DecimalCell totalAmount;
    private MoneyUnit unit;

    /**
     * 采购项目数量: Procurement projects
     */
    @JsonProperty("projects")
    public CountCell getProjects() { return projects; }
    @JsonProperty("projects")
    public void setProjects(CountCell value) { this.projects = value; }

    /**
     * 采购总金额: Total procurement amount
     */
    @JsonProperty("total_amount")
    public DecimalCell getTotalAmount() { return totalAmount; }
    @JsonProperty("total_amount")
    public void setTotalAmount(DecimalCell value) { this.totalAmount = value; }

    /**
     * 金额单位: The unit the report gives for the amount, when it gives one.
     */
    @JsonProperty("unit")
    public MoneyUnit getUnit() { return unit; }
    @JsonProperty("unit")
    public void setUnit(MoneyUnit value) { this.unit = value; }
}
