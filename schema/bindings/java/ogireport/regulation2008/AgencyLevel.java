package ogireport.regulation2008;

import com.fasterxml.jackson.annotation.*;

/**
 * 机关层级: Whether the agency is a department (部门) or a government (本级政府), which sets the
 * publication deadline, and where that comes from.
 */
public class AgencyLevel {
    private LevelFrom from;
    private Tier tier;

    /**
     * 层级依据: Given by the user or the data, or read from the title.
     */
    @JsonProperty("from")
    public LevelFrom getFrom() { return from; }
    @JsonProperty("from")
    public void setFrom(LevelFrom value) { this.from = value; }

    /**
     * 层级: Department or government.
     */
    @JsonProperty("tier")
    public Tier getTier() { return tier; }
    @JsonProperty("tier")
    public void setTier(Tier value) { this.tier = value; }
}
