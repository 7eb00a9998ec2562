package ogireport.format2021;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 层级: Department or government.
 *
 * 层级: A department (部门), which publishes by 31 January, or a government (本级政府), published
 * by 31 March.
 *
 * 县级以上人民政府部门: publishes by 1月31日.
 *
 * 县级以上地方人民政府 (本级政府): published by 3月31日.
 */
public enum Tier {
    DEPARTMENT, GOVERNMENT;

    @JsonValue
    public String toValue() {
        switch (this) {
            case DEPARTMENT: return "department";
            case GOVERNMENT: return "government";
        }
        return null;
    }

    @JsonCreator
    public static Tier forValue(String value) throws IOException {
        if (value.equals("department")) return DEPARTMENT;
        if (value.equals("government")) return GOVERNMENT;
        throw new IOException("Cannot deserialize Tier");
    }
}
