package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;

/**
 * 二、主动公开政府信息情况: Proactive disclosure
 *
 * 二、主动公开政府信息情况: Proactive disclosure under article 20 (part 2, 2019 format).
 */
public class Proactive2019 {
    private FeeItems2019 administrativeFees;
    private ItemCounts2019 coercion;
    private String heading;
    private ItemCounts2019 licensing;
    private PublishedCounts2019 normativeDocuments;
    private ItemCounts2019 otherServices;
    private ItemCounts2019 penalties;
    private Procurement2019 procurement;
    private PublishedCounts2019 regulations;
    private String textAfter;
    private String textBefore;

    /**
     * 行政事业性收费: Administrative fees (fee items)
     */
    @JsonProperty("administrative_fees")
    public FeeItems2019 getAdministrativeFees() { return administrativeFees; }
    @JsonProperty("administrative_fees")
    public void setAdministrativeFees(FeeItems2019 value) { this.administrativeFees = value; }

    /**
     * 行政强制: Administrative coercive measures
     */
    @JsonProperty("coercion")
    public ItemCounts2019 getCoercion() { return coercion; }
    @JsonProperty("coercion")
    public void setCoercion(ItemCounts2019 value) { this.coercion = value; }

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
    public ItemCounts2019 getLicensing() { return licensing; }
    @JsonProperty("licensing")
    public void setLicensing(ItemCounts2019 value) { this.licensing = value; }

    /**
     * 规范性文件: Normative documents
     */
    @JsonProperty("normative_documents")
    public PublishedCounts2019 getNormativeDocuments() { return normativeDocuments; }
    @JsonProperty("normative_documents")
    public void setNormativeDocuments(PublishedCounts2019 value) { this.normativeDocuments = value; }

    /**
     * 其他对外管理服务事项: Other external administrative services
     */
    @JsonProperty("other_services")
    public ItemCounts2019 getOtherServices() { return otherServices; }
    @JsonProperty("other_services")
    public void setOtherServices(ItemCounts2019 value) { this.otherServices = value; }

    /**
     * 行政处罚: Administrative penalties
     */
    @JsonProperty("penalties")
    public ItemCounts2019 getPenalties() { return penalties; }
    @JsonProperty("penalties")
    public void setPenalties(ItemCounts2019 value) { this.penalties = value; }

    /**
     * 政府集中采购: Centralised government procurement
     */
    @JsonProperty("procurement")
    public Procurement2019 getProcurement() { return procurement; }
    @JsonProperty("procurement")
    public void setProcurement(Procurement2019 value) { this.procurement = value; }

    /**
     * 规章: Rules (regulations)
     */
    @JsonProperty("regulations")
    public PublishedCounts2019 getRegulations() { return regulations; }
    @JsonProperty("regulations")
    public void setRegulations(PublishedCounts2019 value) { this.regulations = value; }

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
