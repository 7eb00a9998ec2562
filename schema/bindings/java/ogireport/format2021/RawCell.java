package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 非数值单元格: Text printed where a number belongs (a slash, a dash, a word or a reference to an
 * annex), kept as printed.
 */
public class RawCell {
    private String raw;

    /**
     * 原文: The text exactly as printed; never empty.
     */
    @JsonProperty("raw")
    public String getRaw() { return raw; }
    @JsonProperty("raw")
    public void setRaw(String value) { this.raw = value; }
}
