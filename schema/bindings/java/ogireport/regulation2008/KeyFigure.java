package ogireport.regulation2008;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 收到政府信息公开申请数: Applications received
 *
 * 行政复议案件数: Administrative reviews
 *
 * 行政诉讼案件数: Lawsuits
 *
 * 收取信息公开费用: Fees collected
 *
 * 政府信息公开工作人员数: Disclosure staff
 */
public enum KeyFigure {
    APPLICATIONS_RECEIVED, DISCLOSURE_STAFF, FEES_COLLECTED, LAWSUITS, REVIEWS;

    @JsonValue
    public String toValue() {
        switch (this) {
            case APPLICATIONS_RECEIVED: return "applications_received";
            case DISCLOSURE_STAFF: return "disclosure_staff";
            case FEES_COLLECTED: return "fees_collected";
            case LAWSUITS: return "lawsuits";
            case REVIEWS: return "reviews";
        }
        return null;
    }

    @JsonCreator
    public static KeyFigure forValue(String value) throws IOException {
        if (value.equals("applications_received")) return APPLICATIONS_RECEIVED;
        if (value.equals("disclosure_staff")) return DISCLOSURE_STAFF;
        if (value.equals("fees_collected")) return FEES_COLLECTED;
        if (value.equals("lawsuits")) return LAWSUITS;
        if (value.equals("reviews")) return REVIEWS;
        throw new IOException("Cannot deserialize KeyFigure");
    }
}
