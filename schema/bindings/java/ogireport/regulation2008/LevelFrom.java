package ogireport.regulation2008;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 层级依据: Given by the user or the data, or read from the title.
 *
 * 层级依据: Given (by the user, or in the data), or read from the agency the title names.
 *
 * Given by the user or stated in the data.
 *
 * Read from the agency the title names (…人民政府, or …局/委/办/厅).
 */
public enum LevelFrom {
    GIVEN, TITLE;

    @JsonValue
    public String toValue() {
        switch (this) {
            case GIVEN: return "given";
            case TITLE: return "title";
        }
        return null;
    }

    @JsonCreator
    public static LevelFrom forValue(String value) throws IOException {
        if (value.equals("given")) return GIVEN;
        if (value.equals("title")) return TITLE;
        throw new IOException("Cannot deserialize LevelFrom");
    }
}
