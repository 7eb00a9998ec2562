package ogireport.regulation2008;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 主动公开政府信息的情况: Proactive disclosure
 *
 * 依申请公开政府信息和不予公开政府信息的情况: Disclosure on request and information withheld
 *
 * 政府信息公开的收费及减免情况: Fees charged and waived
 *
 * 因政府信息公开申请行政复议、提起行政诉讼的情况: Administrative review and litigation over disclosure
 *
 * 政府信息公开工作存在的主要问题及改进情况: Main problems and improvements
 *
 * 其他需要报告的事项: Other matters to report
 */
public enum Content2008 {
    FEES_AND_WAIVERS, ON_REQUEST, OTHER_MATTERS, PROACTIVE, PROBLEMS, REVIEW_LITIGATION;

    @JsonValue
    public String toValue() {
        switch (this) {
            case FEES_AND_WAIVERS: return "fees_and_waivers";
            case ON_REQUEST: return "on_request";
            case OTHER_MATTERS: return "other_matters";
            case PROACTIVE: return "proactive";
            case PROBLEMS: return "problems";
            case REVIEW_LITIGATION: return "review_litigation";
        }
        return null;
    }

    @JsonCreator
    public static Content2008 forValue(String value) throws IOException {
        if (value.equals("fees_and_waivers")) return FEES_AND_WAIVERS;
        if (value.equals("on_request")) return ON_REQUEST;
        if (value.equals("other_matters")) return OTHER_MATTERS;
        if (value.equals("proactive")) return PROACTIVE;
        if (value.equals("problems")) return PROBLEMS;
        if (value.equals("review_litigation")) return REVIEW_LITIGATION;
        throw new IOException("Cannot deserialize Content2008");
    }
}
