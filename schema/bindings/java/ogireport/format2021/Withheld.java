package ogireport.format2021;

import com.fasterxml.jackson.annotation.*;

/**
 * （三）不予公开: Withheld
 */
public class Withheld {
    private ApplicantRow administrativeInquiry;
    private ApplicantRow enforcementCaseFiles;
    private ApplicantRow internalAffairs;
    private ApplicantRow processInformation;
    private ApplicantRow prohibitedByLaw;
    private ApplicantRow securityAndStability;
    private ApplicantRow stateSecret;
    private ApplicantRow subtotal;
    private ApplicantRow thirdPartyRights;

    /**
     * 8.属于行政查询事项: Administrative inquiry matters
     */
    @JsonProperty("administrative_inquiry")
    public ApplicantRow getAdministrativeInquiry() { return administrativeInquiry; }
    @JsonProperty("administrative_inquiry")
    public void setAdministrativeInquiry(ApplicantRow value) { this.administrativeInquiry = value; }

    /**
     * 7.属于行政执法案卷: Administrative enforcement case files
     */
    @JsonProperty("enforcement_case_files")
    public ApplicantRow getEnforcementCaseFiles() { return enforcementCaseFiles; }
    @JsonProperty("enforcement_case_files")
    public void setEnforcementCaseFiles(ApplicantRow value) { this.enforcementCaseFiles = value; }

    /**
     * 5.属于三类内部事务信息: Internal affairs information (three kinds)
     */
    @JsonProperty("internal_affairs")
    public ApplicantRow getInternalAffairs() { return internalAffairs; }
    @JsonProperty("internal_affairs")
    public void setInternalAffairs(ApplicantRow value) { this.internalAffairs = value; }

    /**
     * 6.属于四类过程性信息: Process information (four kinds)
     */
    @JsonProperty("process_information")
    public ApplicantRow getProcessInformation() { return processInformation; }
    @JsonProperty("process_information")
    public void setProcessInformation(ApplicantRow value) { this.processInformation = value; }

    /**
     * 2.其他法律行政法规禁止公开: Disclosure prohibited by other laws or administrative regulations
     */
    @JsonProperty("prohibited_by_law")
    public ApplicantRow getProhibitedByLaw() { return prohibitedByLaw; }
    @JsonProperty("prohibited_by_law")
    public void setProhibitedByLaw(ApplicantRow value) { this.prohibitedByLaw = value; }

    /**
     * 3.危及“三安全一稳定”: Endangers national, public, economic security or social stability
     */
    @JsonProperty("security_and_stability")
    public ApplicantRow getSecurityAndStability() { return securityAndStability; }
    @JsonProperty("security_and_stability")
    public void setSecurityAndStability(ApplicantRow value) { this.securityAndStability = value; }

    /**
     * 1.属于国家秘密: State secret
     */
    @JsonProperty("state_secret")
    public ApplicantRow getStateSecret() { return stateSecret; }
    @JsonProperty("state_secret")
    public void setStateSecret(ApplicantRow value) { this.stateSecret = value; }

    /**
     * （三）不予公开: The group's own row, printed only by some local templates.
     */
    @JsonProperty("subtotal")
    public ApplicantRow getSubtotal() { return subtotal; }
    @JsonProperty("subtotal")
    public void setSubtotal(ApplicantRow value) { this.subtotal = value; }

    /**
     * 4.保护第三方合法权益: Protects lawful rights of third parties
     */
    @JsonProperty("third_party_rights")
    public ApplicantRow getThirdPartyRights() { return thirdPartyRights; }
    @JsonProperty("third_party_rights")
    public void setThirdPartyRights(ApplicantRow value) { this.thirdPartyRights = value; }
}
