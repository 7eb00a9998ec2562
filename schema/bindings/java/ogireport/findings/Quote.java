package ogireport.findings;

import com.fasterxml.jackson.annotation.*;

/**
 * 引文: Where in the narrative text at the finding's pointer its figure is printed.
 */
public class Quote {
    private long end;
    private long start;
    private String text;

    /**
     * 结束字节: The byte after the figure's last.
     */
    @JsonProperty("end")
    public long getEnd() { return end; }
    @JsonProperty("end")
    public void setEnd(long value) { this.end = value; }

    /**
     * 起始字节: The figure's first byte in the text (UTF-8).
     */
    @JsonProperty("start")
    public long getStart() { return start; }
    @JsonProperty("start")
    public void setStart(long value) { this.start = value; }

    /**
     * 所在分句: The clause that states the figure, as printed, without white space.
     */
    @JsonProperty("text")
    public String getText() { return text; }
    @JsonProperty("text")
    public void setText(String value) { this.text = value; }
}
