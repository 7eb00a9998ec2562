package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 行政强制: Administrative coercive measures
 *
 * 事项行: Items last year, this year's change and decisions made (2019 format).
 *
 * 行政许可: Administrative licensing
 *
 * 其他对外管理服务事项: Other external administrative services
 *
 * 行政处罚: Administrative penalties
 */
public class ItemCounts2019 {
    private CountCell decisions;
    private IntegerCell itemsChange;
    private CountCell itemsLastYear;

    /**
     * 处理决定数量: Decisions made
     */
    @JsonProperty("decisions")
    public CountCell getDecisions() { return decisions; }
    @JsonProperty("decisions")
    public void setDecisions(CountCell value) { this.decisions = value; }

    /**
     * 本年增/减: Change this year (signed)
     */
    @JsonProperty("items_change")
    public IntegerCell getItemsChange() { return itemsChange; }
    @JsonProperty("items_change")
    public void setItemsChange(IntegerCell value) { this.itemsChange = value; }

    /**
     * 上一年项目数量: Items last year
     */
    @JsonProperty("items_last_year")
    public CountCell getItemsLastYear() { return itemsLastYear; }
    @JsonProperty("items_last_year")
    public void setItemsLastYear(CountCell value) { this.itemsLastYear = value; }
}
