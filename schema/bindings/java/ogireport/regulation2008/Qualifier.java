package ogireport.regulation2008;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 数据限定: Whether the value is exact, a lower bound or approximate.
 *
 * 数据限定: How exact a stated figure is.
 *
 * Stated exactly ("341条").
 *
 * More than the value ("60余篇", "100多条"): the figure is greater than the value.
 *
 * About the value ("约122万件").
 */
public enum Qualifier {
    ABOUT, EXACT, MORE_THAN;

    @JsonValue
    public String toValue() {
        switch (this) {
            case ABOUT: return "about";
            case EXACT: return "exact";
            case MORE_THAN: return "more_than";
        }
        return null;
    }

    @JsonCreator
    public static Qualifier forValue(String value) throws IOException {
        if (value.equals("about")) return ABOUT;
        if (value.equals("exact")) return EXACT;
        if (value.equals("more_than")) return MORE_THAN;
        throw new IOException("Cannot deserialize Qualifier");
    }
}
