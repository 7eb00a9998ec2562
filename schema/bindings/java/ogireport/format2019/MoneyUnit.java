package ogireport.format2019;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 单位: The unit it was reported in.
 *
 * 金额单位: The unit a sum of money was reported in.
 *
 * 元.
 *
 * 万元 (10 000 元).
 */
public enum MoneyUnit {
    WAN_YUAN, YUAN;

    @JsonValue
    public String toValue() {
        switch (this) {
            case WAN_YUAN: return "wan_yuan";
            case YUAN: return "yuan";
        }
        return null;
    }

    @JsonCreator
    public static MoneyUnit forValue(String value) throws IOException {
        if (value.equals("wan_yuan")) return WAN_YUAN;
        if (value.equals("yuan")) return YUAN;
        throw new IOException("Cannot deserialize MoneyUnit");
    }
}
