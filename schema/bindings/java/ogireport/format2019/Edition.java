package ogireport.format2019;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

public enum Edition {
    FORMAT_2019;

    @JsonValue
    public String toValue() {
        switch (this) {
            case FORMAT_2019: return "format_2019";
        }
        return null;
    }

    @JsonCreator
    public static Edition forValue(String value) throws IOException {
        if (value.equals("format_2019")) return FORMAT_2019;
        throw new IOException("Cannot deserialize Edition");
    }
}
