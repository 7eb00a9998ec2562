//! Part 三: the applicant columns and the rows of the applicant-category matrix.

use super::{Part, TableText};

catalogue! {
    /// The applicant-category columns of part 三 (2019 and 2021 formats).
    ///
    /// `OrganizationSubtotal` is not in the national format; some local templates print it.
    pub enum ApplicantColumn {
        /// 自然人: natural persons.
        NaturalPerson = ("natural_person", "自然人", "Natural persons"),
        /// 商业企业: commercial enterprises.
        CommercialEnterprise = ("commercial_enterprise", "商业企业", "Commercial enterprises"),
        /// 科研机构: research institutions.
        ResearchInstitution = ("research_institution", "科研机构", "Research institutions"),
        /// 社会公益组织: public-welfare organisations.
        PublicWelfareOrganization = ("public_welfare_organization", "社会公益组织", "Public-welfare organisations"),
        /// 法律服务机构: legal service institutions.
        LegalServiceInstitution = ("legal_service_institution", "法律服务机构", "Legal service institutions"),
        /// 其他: other organisations.
        OtherOrganization = ("other_organization", "其他", "Other organisations"),
        /// A subtotal over the five organisation columns (local templates only).
        OrganizationSubtotal = ("organization_subtotal", "法人或其他组织小计", "Subtotal of legal persons and other organisations (local templates)"),
        /// 总计: total over all applicants.
        Total = ("total", "总计", "Total"),
    }
}

impl ApplicantColumn {
    /// The seven columns of the national format, in the official order.
    pub const NATIONAL: [ApplicantColumn; 7] = [
        ApplicantColumn::NaturalPerson,
        ApplicantColumn::CommercialEnterprise,
        ApplicantColumn::ResearchInstitution,
        ApplicantColumn::PublicWelfareOrganization,
        ApplicantColumn::LegalServiceInstitution,
        ApplicantColumn::OtherOrganization,
        ApplicantColumn::Total,
    ];

    /// The six applicant categories whose sum is the `total` column.
    pub const CATEGORIES: [ApplicantColumn; 6] = [
        ApplicantColumn::NaturalPerson,
        ApplicantColumn::CommercialEnterprise,
        ApplicantColumn::ResearchInstitution,
        ApplicantColumn::PublicWelfareOrganization,
        ApplicantColumn::LegalServiceInstitution,
        ApplicantColumn::OtherOrganization,
    ];

    /// The five organisation categories under the 法人或其他组织 header.
    pub const ORGANIZATIONS: [ApplicantColumn; 5] = [
        ApplicantColumn::CommercialEnterprise,
        ApplicantColumn::ResearchInstitution,
        ApplicantColumn::PublicWelfareOrganization,
        ApplicantColumn::LegalServiceInstitution,
        ApplicantColumn::OtherOrganization,
    ];

    /// The column's label with the spanning header above it, e.g. "法人或其他组织 › 商业企业".
    pub fn full_label(self) -> String {
        if Self::ORGANIZATIONS.contains(&self) {
            format!(
                "{} › {}",
                TableText::LegalPersonOrOrganization.label(),
                self.label()
            )
        } else {
            self.label().to_owned()
        }
    }
}

catalogue! {
    /// The groups of part 三 rows. Group headers carry no numbers in the national format.
    pub enum RequestGroup {
        /// 三、本年度办理结果: outcomes this year.
        Outcomes = ("outcomes", "三、本年度办理结果", "Outcomes this year"),
        /// （三）不予公开: withheld.
        Withheld = ("withheld", "（三）不予公开", "Withheld"),
        /// （四）无法提供: cannot be provided.
        Unavailable = ("unavailable", "（四）无法提供", "Cannot be provided"),
        /// （五）不予处理: not processed.
        NotProcessed = ("not_processed", "（五）不予处理", "Not processed"),
        /// （六）其他处理: other handling.
        OtherHandling = ("other_handling", "（六）其他处理", "Other handling"),
    }
}

impl RequestGroup {
    /// The group that holds this group, if any.
    pub const fn parent(self) -> Option<RequestGroup> {
        match self {
            RequestGroup::Outcomes => None,
            _ => Some(RequestGroup::Outcomes),
        }
    }

    /// The dotted path of the group, e.g. `outcomes.withheld`.
    pub fn path(self) -> String {
        match self.parent() {
            Some(parent) => format!("{}.{}", parent.id(), self.id()),
            None => self.id().to_owned(),
        }
    }

    /// The JSON Pointer of the group in a report, e.g. `/requests/outcomes/withheld`.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::Requests.id(), self.path().replace('.', "/"))
    }

    /// The data rows inside this group, in the official order (2021 layout).
    pub fn rows(self) -> impl Iterator<Item = RequestRow> {
        RequestRow::ALL.iter().copied().filter(move |row| {
            let mut group = row.group();
            while let Some(g) = group {
                if g == self {
                    return true;
                }
                group = g.parent();
            }
            false
        })
    }
}

catalogue! {
    /// The 25 data rows of part 三 in the 2021 format, in the official order: 一 and 二, the
    /// 22 rows under 三、本年度办理结果, and 四.
    ///
    /// The 2019 format has the same rows except that （六）其他处理 is one data row: see
    /// [`RequestGroup::OtherHandling`].
    pub enum RequestRow {
        /// 一、本年新收政府信息公开申请数量: new applications received this year.
        NewReceived = ("new_received", "一、本年新收政府信息公开申请数量", "New applications received this year"),
        /// 二、上年结转政府信息公开申请数量: applications carried over from last year.
        CarriedOver = ("carried_over", "二、上年结转政府信息公开申请数量", "Applications carried over from last year"),
        /// （一）予以公开: disclosed.
        Disclosed = ("disclosed", "（一）予以公开", "Disclosed"),
        /// （二）部分公开: partially disclosed.
        PartiallyDisclosed = ("partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partially disclosed (counted only here when separable)"),
        /// 1.属于国家秘密: state secret.
        StateSecret = ("state_secret", "1.属于国家秘密", "State secret"),
        /// 2.其他法律行政法规禁止公开: prohibited by other laws and regulations.
        ProhibitedByLaw = ("prohibited_by_law", "2.其他法律行政法规禁止公开", "Disclosure prohibited by other laws or administrative regulations"),
        /// 3.危及“三安全一稳定”: endangers security and stability.
        SecurityAndStability = ("security_and_stability", "3.危及“三安全一稳定”", "Endangers national, public, economic security or social stability"),
        /// 4.保护第三方合法权益: protects third-party rights.
        ThirdPartyRights = ("third_party_rights", "4.保护第三方合法权益", "Protects lawful rights of third parties"),
        /// 5.属于三类内部事务信息: internal affairs.
        InternalAffairs = ("internal_affairs", "5.属于三类内部事务信息", "Internal affairs information (three kinds)"),
        /// 6.属于四类过程性信息: process information.
        ProcessInformation = ("process_information", "6.属于四类过程性信息", "Process information (four kinds)"),
        /// 7.属于行政执法案卷: enforcement case files.
        EnforcementCaseFiles = ("enforcement_case_files", "7.属于行政执法案卷", "Administrative enforcement case files"),
        /// 8.属于行政查询事项: administrative inquiry.
        AdministrativeInquiry = ("administrative_inquiry", "8.属于行政查询事项", "Administrative inquiry matters"),
        /// 1.本机关不掌握相关政府信息: not held by this agency.
        NotHeld = ("not_held", "1.本机关不掌握相关政府信息", "Information not held by this agency"),
        /// 2.没有现成信息需要另行制作: would need to be compiled.
        RequiresCompilation = ("requires_compilation", "2.没有现成信息需要另行制作", "No existing information; would need to be compiled"),
        /// 3.补正后申请内容仍不明确: unclear after amendment.
        UnclearAfterAmendment = ("unclear_after_amendment", "3.补正后申请内容仍不明确", "Request still unclear after amendment"),
        /// 1.信访举报投诉类申请: petitions, reports or complaints.
        PetitionOrComplaint = ("petition_or_complaint", "1.信访举报投诉类申请", "Petitions, reports or complaints"),
        /// 2.重复申请: repeated applications.
        Repeated = ("repeated", "2.重复申请", "Repeated applications"),
        /// 3.要求提供公开出版物: requests for publications.
        Publication = ("publication", "3.要求提供公开出版物", "Requests for public publications"),
        /// 4.无正当理由大量反复申请: excessive repeated applications.
        Excessive = ("excessive", "4.无正当理由大量反复申请", "Large numbers of repeated applications without good reason"),
        /// 5.要求行政机关确认或重新出具已获取信息: confirmation of information already obtained.
        Confirmation = ("confirmation", "5.要求行政机关确认或重新出具已获取信息", "Requests to confirm or reissue information already obtained"),
        /// 1.申请人无正当理由逾期不补正: no amendment in time.
        NoAmendment = ("no_amendment", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Applicant did not amend in time without good reason; no longer processed"),
        /// 2.申请人逾期未按收费通知要求缴纳费用: fee not paid in time.
        FeeUnpaid = ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Applicant did not pay the fee notice in time; no longer processed"),
        /// 3.其他: other.
        OtherHandlingOther = ("other", "3.其他", "Other"),
        /// （七）总计: total outcomes.
        OutcomesTotal = ("total", "（七）总计", "Total outcomes"),
        /// 四、结转下年度继续办理: carried forward to next year.
        CarriedForward = ("carried_forward", "四、结转下年度继续办理", "Carried forward to next year"),
    }
}

impl RequestRow {
    /// The group that holds this row, if any.
    pub const fn group(self) -> Option<RequestGroup> {
        use RequestRow::*;
        match self {
            NewReceived | CarriedOver | CarriedForward => None,
            Disclosed | PartiallyDisclosed | OutcomesTotal => Some(RequestGroup::Outcomes),
            StateSecret
            | ProhibitedByLaw
            | SecurityAndStability
            | ThirdPartyRights
            | InternalAffairs
            | ProcessInformation
            | EnforcementCaseFiles
            | AdministrativeInquiry => Some(RequestGroup::Withheld),
            NotHeld | RequiresCompilation | UnclearAfterAmendment => {
                Some(RequestGroup::Unavailable)
            }
            PetitionOrComplaint | Repeated | Publication | Excessive | Confirmation => {
                Some(RequestGroup::NotProcessed)
            }
            NoAmendment | FeeUnpaid | OtherHandlingOther => Some(RequestGroup::OtherHandling),
        }
    }

    /// The dotted path of the row as the spec writes it, e.g. `outcomes.withheld.state_secret`.
    pub fn path(self) -> String {
        match self.group() {
            Some(group) => format!("{}.{}", group.path(), self.id()),
            None => self.id().to_owned(),
        }
    }

    /// The JSON Pointer of the row in a report, e.g. `/requests/outcomes/withheld/state_secret`.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::Requests.id(), self.path().replace('.', "/"))
    }

    /// The label with every group above it, e.g. "三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密".
    pub fn full_label(self) -> String {
        let mut labels = vec![self.label()];
        let mut group = self.group();
        while let Some(g) = group {
            labels.push(g.label());
            group = g.parent();
        }
        labels.reverse();
        labels.join(" › ")
    }

    /// The row with this dotted path (e.g. `outcomes.total`), if there is one.
    pub fn from_path(path: &str) -> Option<RequestRow> {
        RequestRow::ALL
            .iter()
            .copied()
            .find(|row| row.path() == path)
    }
}
