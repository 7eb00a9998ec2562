package ogireport.findings;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * 校验发现: One thing a validator found in a report.
 */
public class Finding {
    private Long actual;
    private Long expected;
    private Message message;
    private List<Operand> operands;
    private String pointer;
    private Quote quote;
    private Long reportYear;
    private Rule rule;
    private Severity severity;

    /**
     * 实为: The value reported (or the report's side of the identity); null when not assessable.
     */
    @JsonProperty("actual")
    public Long getActual() { return actual; }
    @JsonProperty("actual")
    public void setActual(Long value) { this.actual = value; }

    /**
     * 应为: The value the rule computes (e.g. the sum of the parts); null when not assessable.
     */
    @JsonProperty("expected")
    public Long getExpected() { return expected; }
    @JsonProperty("expected")
    public void setExpected(Long value) { this.expected = value; }

    /**
     * 说明: What is wrong, naming rows and columns by their official labels.
     */
    @JsonProperty("message")
    public Message getMessage() { return message; }
    @JsonProperty("message")
    public void setMessage(Message value) { this.message = value; }

    /**
     * 运算单元格: The cells the rule read.
     */
    @JsonProperty("operands")
    public List<Operand> getOperands() { return operands; }
    @JsonProperty("operands")
    public void setOperands(List<Operand> value) { this.operands = value; }

    /**
     * 位置: RFC 6901 JSON Pointer of the value the finding is about.
     */
    @JsonProperty("pointer")
    public String getPointer() { return pointer; }
    @JsonProperty("pointer")
    public void setPointer(String value) { this.pointer = value; }

    /**
     * 引文: For the `text.*` rules: where in the narrative text at `pointer` the figure is
     * printed.
     */
    @JsonProperty("quote")
    public Quote getQuote() { return quote; }
    @JsonProperty("quote")
    public void setQuote(Quote value) { this.quote = value; }

    /**
     * 报告年度: For rules across years: the report year of the report the pointer is in.
     */
    @JsonProperty("report_year")
    public Long getReportYear() { return reportYear; }
    @JsonProperty("report_year")
    public void setReportYear(Long value) { this.reportYear = value; }

    /**
     * 规则: The rule.
     */
    @JsonProperty("rule")
    public Rule getRule() { return rule; }
    @JsonProperty("rule")
    public void setRule(Rule value) { this.rule = value; }

    /**
     * 严重程度: How serious it is.
     */
    @JsonProperty("severity")
    public Severity getSeverity() { return severity; }
    @JsonProperty("severity")
    public void setSeverity(Severity value) { this.severity = value; }
}
