package ogireport.findings;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 严重程度: How serious it is.
 *
 * 严重程度: How serious a finding is.
 *
 * A stated identity fails.
 *
 * A heuristic fails.
 *
 * Something could not be assessed, or is worth knowing.
 */
public enum Severity {
    ERROR, NOTICE, WARNING;

    @JsonValue
    public String toValue() {
        switch (this) {
            case ERROR: return "error";
            case NOTICE: return "notice";
            case WARNING: return "warning";
        }
        return null;
    }

    @JsonCreator
    public static Severity forValue(String value) throws IOException {
        if (value.equals("error")) return ERROR;
        if (value.equals("notice")) return NOTICE;
        if (value.equals("warning")) return WARNING;
        throw new IOException("Cannot deserialize Severity");
    }
}
