package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 金额: A sum of money exactly as reported, with its unit.
 */
public class Amount {
    private MoneyUnit unit;
    private String value;

    /**
     * 单位: The unit it was reported in.
     */
    @JsonProperty("unit")
    public MoneyUnit getUnit() { return unit; }
    @JsonProperty("unit")
    public void setUnit(MoneyUnit value) { this.unit = value; }

    /**
     * 数额: The sum, at the precision reported.
     */
    @JsonProperty("value")
    public String getValue() { return value; }
    @JsonProperty("value")
    public void setValue(String value) { this.value = value; }
}
