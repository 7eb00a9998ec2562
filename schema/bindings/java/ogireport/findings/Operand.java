package ogireport.findings;

import com.fasterxml.jackson.annotation.*;

/**
 * 运算单元格: A cell a rule read: its pointer and what it held.
 */
public class Operand {
    private String pointer;
    private Long reportYear;
    private IntegerCell value;

    /**
     * 位置: RFC 6901 JSON Pointer of the cell in the report's canonical JSON.
     */
    @JsonProperty("pointer")
    public String getPointer() { return pointer; }
    @JsonProperty("pointer")
    public void setPointer(String value) { this.pointer = value; }

    /**
     * 报告年度: For rules across years: the report year of the report holding the cell.
     */
    @JsonProperty("report_year")
    public Long getReportYear() { return reportYear; }
    @JsonProperty("report_year")
    public void setReportYear(Long value) { this.reportYear = value; }

    /**
     * 单元格值: What the cell held: a number, null for a blank, or the raw text.
     */
    @JsonProperty("value")
    public IntegerCell getValue() { return value; }
    @JsonProperty("value")
    public void setValue(IntegerCell value) { this.value = value; }
}
