package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 二、主动公开政府信息情况: Proactive disclosure
 *
 * 二、主动公开政府信息情况: Proactive disclosure under article 20 (part 2, 2021 format).
 */
public class Proactive2021 {
    private FeeAmount2021 administrativeFees;
    private DecisionCount2021 coercion;
    private String heading;
    private DecisionCount2021 licensing;
    private DocumentCounts2021 normativeDocuments;
    private DecisionCount2021 penalties;
    private DocumentCounts2021 regulations;
    private String textAfter;
    private String textBefore;

    /**
     * 行政事业性收费: Administrative fees
     */
    @JsonProperty("administrative_fees")
    public FeeAmount2021 getAdministrativeFees() { return administrativeFees; }
    @JsonProperty("administrative_fees")
    public void setAdministrativeFees(FeeAmount2021 value) { this.administrativeFees = value; }

    /**
     * 行政强制: Administrative coercive measures
     */
    @JsonProperty("coercion")
    public DecisionCount2021 getCoercion() { return coercion; }
    @JsonProperty("coercion")
    public void setCoercion(DecisionCount2021 value) { this.coercion = value; }

    /**
     * 标题（原文）: The heading as printed, when known.
     */
    @JsonProperty("heading")
    public String getHeading() { return heading; }
    @JsonProperty("heading")
    public void setHeading(String value) { this.heading = value; }

    /**
     * 行政许可: Administrative licensing
     */
    @JsonProperty("licensing")
    public DecisionCount2021 getLicensing() { return licensing; }
    @JsonProperty("licensing")
    public void setLicensing(DecisionCount2021 value) { this.licensing = value; }

    /**
     * 行政规范性文件: Administrative normative documents
     */
    @JsonProperty("normative_documents")
    public DocumentCounts2021 getNormativeDocuments() { return normativeDocuments; }
    @JsonProperty("normative_documents")
    public void setNormativeDocuments(DocumentCounts2021 value) { this.normativeDocuments = value; }

    /**
     * 行政处罚: Administrative penalties
     */
    @JsonProperty("penalties")
    public DecisionCount2021 getPenalties() { return penalties; }
    @JsonProperty("penalties")
    public void setPenalties(DecisionCount2021 value) { this.penalties = value; }

    /**
     * 规章: Rules (regulations)
     */
    @JsonProperty("regulations")
    public DocumentCounts2021 getRegulations() { return regulations; }
    @JsonProperty("regulations")
    public void setRegulations(DocumentCounts2021 value) { this.regulations = value; }

    /**
     * 表后文字: Prose printed after the tables.
     */
    @JsonProperty("text_after")
    public String getTextAfter() { return textAfter; }
    @JsonProperty("text_after")
    public void setTextAfter(String value) { this.textAfter = value; }

    /**
     * 表前文字: Prose printed before the tables.
     */
    @JsonProperty("text_before")
    public String getTextBefore() { return textBefore; }
    @JsonProperty("text_before")
    public void setTextBefore(String value) { this.textBefore = value; }
}
