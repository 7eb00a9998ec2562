package ogireport.regulation2008;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

public enum Edition {
    REGULATION_2008;

    @JsonValue
    public String toValue() {
        switch (this) {
            case REGULATION_2008: return "regulation_2008";
        }
        return null;
    }

    @JsonCreator
    public static Edition forValue(String value) throws IOException {
        if (value.equals("regulation_2008")) return REGULATION_2008;
        throw new IOException("Cannot deserialize Edition");
    }
}
