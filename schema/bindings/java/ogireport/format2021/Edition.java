package ogireport.format2021;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

public enum Edition {
    FORMAT_2021;

    @JsonValue
    public String toValue() {
        switch (this) {
            case FORMAT_2021: return "format_2021";
        }
        return null;
    }

    @JsonCreator
    public static Edition forValue(String value) throws IOException {
        if (value.equals("format_2021")) return FORMAT_2021;
        throw new IOException("Cannot deserialize Edition");
    }
}
