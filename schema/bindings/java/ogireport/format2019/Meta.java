package ogireport.format2019;

import com.fasterxml.jackson.annotation.*;
import java.time.LocalDate;

/**
 * 报告基本信息: Who published the report and for which year.
 *
 * 报告基本信息: The publishing agency, the year covered and, where known, publication date,
 * source and contact.
 */
public class Meta {
    private String agency;
    private Contact contact;
    private AgencyLevel level;
    private LocalDate publicationDate;
    private Long reportYear;
    private Source source;

    /**
     * 机关名称: The agency's name as printed in the report.
     */
    @JsonProperty("agency")
    public String getAgency() { return agency; }
    @JsonProperty("agency")
    public void setAgency(String value) { this.agency = value; }

    /**
     * 联系方式: The contact the report gives for questions about it, when it gives one.
     */
    @JsonProperty("contact")
    public Contact getContact() { return contact; }
    @JsonProperty("contact")
    public void setContact(Contact value) { this.contact = value; }

    /**
     * 机关层级: Whether the agency is a department or a government, when known (sets the deadline).
     */
    @JsonProperty("level")
    public AgencyLevel getLevel() { return level; }
    @JsonProperty("level")
    public void setLevel(AgencyLevel value) { this.level = value; }

    /**
     * 发布日期: The day the report was published, when known.
     */
    @JsonProperty("publication_date")
    public LocalDate getPublicationDate() { return publicationDate; }
    @JsonProperty("publication_date")
    public void setPublicationDate(LocalDate value) { this.publicationDate = value; }

    /**
     * 报告年度: The calendar year the report covers; absent only when a published form states none.
     */
    @JsonProperty("report_year")
    public Long getReportYear() { return reportYear; }
    @JsonProperty("report_year")
    public void setReportYear(Long value) { this.reportYear = value; }

    /**
     * 来源: Where the report was found, when known.
     */
    @JsonProperty("source")
    public Source getSource() { return source; }
    @JsonProperty("source")
    public void setSource(Source value) { this.source = value; }
}
