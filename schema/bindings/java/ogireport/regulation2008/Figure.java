package ogireport.regulation2008;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * 文中数据: A figure stated in the prose: what it counts, the text printed, its exact value,
 * unit and qualifier.
 */
public class Figure {
    private KeyFigure key;
    private String label;
    private List<Figure> parts;
    private String printed;
    private Qualifier qualifier;
    private String unit;
    private String value;

    /**
     * 关键数据: For the figures every report states: which one this is.
     */
    @JsonProperty("key")
    public KeyFigure getKey() { return key; }
    @JsonProperty("key")
    public void setKey(KeyFigure value) { this.key = value; }

    /**
     * 数据项: What the figure counts, in the report's words.
     */
    @JsonProperty("label")
    public String getLabel() { return label; }
    @JsonProperty("label")
    public void setLabel(String value) { this.label = value; }

    /**
     * 其中: The parts the report breaks this figure into, in the order stated; absent or null
     * when none.
     */
    @JsonProperty("parts")
    public List<Figure> getParts() { return parts; }
    @JsonProperty("parts")
    public void setParts(List<Figure> value) { this.parts = value; }

    /**
     * 原文: The figure exactly as printed, number, qualifier and unit together.
     */
    @JsonProperty("printed")
    public String getPrinted() { return printed; }
    @JsonProperty("printed")
    public void setPrinted(String value) { this.printed = value; }

    /**
     * 数据限定: Whether the value is exact, a lower bound or approximate.
     */
    @JsonProperty("qualifier")
    public Qualifier getQualifier() { return qualifier; }
    @JsonProperty("qualifier")
    public void setQualifier(Qualifier value) { this.qualifier = value; }

    /**
     * 单位: The unit as printed, when there is one.
     */
    @JsonProperty("unit")
    public String getUnit() { return unit; }
    @JsonProperty("unit")
    public void setUnit(String value) { this.unit = value; }

    /**
     * 数值: The number the printed text states (0 for a statement that there were none).
     */
    @JsonProperty("value")
    public String getValue() { return value; }
    @JsonProperty("value")
    public void setValue(String value) { this.value = value; }
}
