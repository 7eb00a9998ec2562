package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 行政事业性收费: Administrative fees (fee items)
 *
 * 收费事项行: Fee items last year and this year's change (2019 format; a count, not money).
 */
public class FeeItems2019 {
    private IntegerCell itemsChange;
    private CountCell itemsLastYear;

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
