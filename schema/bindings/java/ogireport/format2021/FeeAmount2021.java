package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 行政事业性收费: Administrative fees
 *
 * 收费行: Administrative fees collected this year, in 10,000 yuan (2021 format).
 */
public class FeeAmount2021 {
    private FeeCell amount;

    /**
     * 本年收费金额（单位：万元）: Fees collected this year (10,000 yuan)
     */
    @JsonProperty("amount")
    public FeeCell getAmount() { return amount; }
    @JsonProperty("amount")
    public void setAmount(FeeCell value) { this.amount = value; }
}
