package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * 四、结转下年度继续办理: Carried forward to next year
 *
 * 申请人情况: One row of the applicant-category matrix: a cell per applicant category.
 *
 * 二、上年结转政府信息公开申请数量: Applications carried over from last year
 *
 * 一、本年新收政府信息公开申请数量: New applications received this year
 *
 * （一）予以公开: Disclosed
 *
 * 5.要求行政机关确认或重新出具已获取信息: Requests to confirm or reissue information already obtained
 *
 * 4.无正当理由大量反复申请: Large numbers of repeated applications without good reason
 *
 * 1.信访举报投诉类申请: Petitions, reports or complaints
 *
 * 3.要求提供公开出版物: Requests for public publications
 *
 * 2.重复申请: Repeated applications
 *
 * 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: Applicant did not pay the fee notice in time; no
 * longer processed
 *
 * 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: Applicant did not amend in time without good reason;
 * no longer processed
 *
 * 3.其他: Other
 *
 * （六）其他处理: The row's cells.
 *
 * （二）部分公开（区分处理的，只计这一情形，不计其他情形）: Partially disclosed (counted only here when separable)
 *
 * （七）总计: Total outcomes
 *
 * 1.本机关不掌握相关政府信息: Information not held by this agency
 *
 * 2.没有现成信息需要另行制作: No existing information; would need to be compiled
 *
 * 3.补正后申请内容仍不明确: Request still unclear after amendment
 *
 * 8.属于行政查询事项: Administrative inquiry matters
 *
 * 7.属于行政执法案卷: Administrative enforcement case files
 *
 * 5.属于三类内部事务信息: Internal affairs information (three kinds)
 *
 * 6.属于四类过程性信息: Process information (four kinds)
 *
 * 2.其他法律行政法规禁止公开: Disclosure prohibited by other laws or administrative regulations
 *
 * 3.危及“三安全一稳定”: Endangers national, public, economic security or social stability
 *
 * 1.属于国家秘密: State secret
 *
 * 4.保护第三方合法权益: Protects lawful rights of third parties
 */
public class ApplicantRow {
    private CountCell commercialEnterprise;
    private CountCell legalServiceInstitution;
    private CountCell naturalPerson;
    private CountCell organizationSubtotal;
    private CountCell otherOrganization;
    private CountCell publicWelfareOrganization;
    private CountCell researchInstitution;
    private CountCell total;

    /**
     * 商业企业: Applications from commercial enterprises.
     */
    @JsonProperty("commercial_enterprise")
    public CountCell getCommercialEnterprise() { return commercialEnterprise; }
    @JsonProperty("commercial_enterprise")
    public void setCommercialEnterprise(CountCell value) { this.commercialEnterprise = value; }

    /**
     * 法律服务机构: Applications from legal service institutions.
     */
    @JsonProperty("legal_service_institution")
    public CountCell getLegalServiceInstitution() { return legalServiceInstitution; }
    @JsonProperty("legal_service_institution")
    public void setLegalServiceInstitution(CountCell value) { this.legalServiceInstitution = value; }

    /**
     * 自然人: Applications from natural persons.
     */
    @JsonProperty("natural_person")
    public CountCell getNaturalPerson() { return naturalPerson; }
    @JsonProperty("natural_person")
    public void setNaturalPerson(CountCell value) { this.naturalPerson = value; }

    /**
     * 法人或其他组织小计: A subtotal of the five organisation columns, printed only by some local
     * templates. Absent or null where the table has no such column; a table that prints it has
     * it in every row, null where blank.
     */
    @JsonProperty("organization_subtotal")
    public CountCell getOrganizationSubtotal() { return organizationSubtotal; }
    @JsonProperty("organization_subtotal")
    public void setOrganizationSubtotal(CountCell value) { this.organizationSubtotal = value; }

    /**
     * 其他: Applications from other organisations.
     */
    @JsonProperty("other_organization")
    public CountCell getOtherOrganization() { return otherOrganization; }
    @JsonProperty("other_organization")
    public void setOtherOrganization(CountCell value) { this.otherOrganization = value; }

    /**
     * 社会公益组织: Applications from public-welfare organisations.
     */
    @JsonProperty("public_welfare_organization")
    public CountCell getPublicWelfareOrganization() { return publicWelfareOrganization; }
    @JsonProperty("public_welfare_organization")
    public void setPublicWelfareOrganization(CountCell value) { this.publicWelfareOrganization = value; }

    /**
     * 科研机构: Applications from research institutions.
     */
    @JsonProperty("research_institution")
    public CountCell getResearchInstitution() { return researchInstitution; }
    @JsonProperty("research_institution")
    public void setResearchInstitution(CountCell value) { this.researchInstitution = value; }

    /**
     * 总计: Applications from all applicants.
     */
    @JsonProperty("total")
    public CountCell getTotal() { return total; }
    @JsonProperty("total")
    public void setTotal(CountCell value) { this.total = value; }
}
