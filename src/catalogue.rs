//! The one catalogue of labels.
//!
//! Every part, row and column of the official formats exists here exactly once, with its
//! public identifier (the JSON field name), its official Chinese label as printed in the
//! national format, and an English title. Schema titles, finding messages, the renderer and
//! the text parser all read their labels from here; no other module spells a label out.
//!
//! ```
//! use ogi_report::catalogue::{ApplicantColumn, RequestRow};
//!
//! assert_eq!(ApplicantColumn::NaturalPerson.label(), "自然人");
//! assert_eq!(RequestRow::StateSecret.path(), "outcomes.withheld.state_secret");
//! assert_eq!(RequestRow::StateSecret.pointer(), "/requests/outcomes/withheld/state_secret");
//! assert_eq!(
//!     RequestRow::StateSecret.full_label(),
//!     "三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密"
//! );
//! ```

/// Defines a catalogue enum: one variant per entry, with its identifier, official label and
/// English title, and the lookups every catalogue enum offers.
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = ($id:literal, $label:literal, $title:literal)
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant
            ),+
        }

        impl $name {
            /// Every entry, in the official order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The public identifier (the JSON field name).
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// The official Chinese label, as the national format prints it.
            pub const fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The English title.
            pub const fn title_en(self) -> &'static str {
                match self { $($name::$variant => $title),+ }
            }

            /// The entry with this public identifier, if there is one.
            pub fn from_id(id: &str) -> Option<$name> {
                match id {
                    $($id => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

pub(crate) use catalogue;

/// Serde and JSON Schema for a catalogue enum, as its identifier string.
macro_rules! catalogue_serde {
    ($name:ident, $schema:literal, $title:expr, $description:literal) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $name::from_id(&id).ok_or_else(|| {
                    let expected: Vec<&str> = $name::ALL.iter().map(|v| v.id()).collect();
                    serde::de::Error::custom(format_args!(
                        "unknown {} {id:?}; expected one of {}",
                        $schema,
                        expected.join(", ")
                    ))
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $schema.into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let values: Vec<serde_json::Value> = $name::ALL
                    .iter()
                    .map(|v| $crate::catalogue::documented_value(v.id(), v.label(), v.title_en()))
                    .collect();
                schemars::json_schema!({
                    "title": $title,
                    "description": $description,
                    "oneOf": values,
                })
            }
        }
    };
}

pub(crate) use catalogue_serde;

/// One value of a catalogue enum in the schema: the id as `const`, documented with the
/// official label as `title` and the English title as `description`, so that generated
/// bindings carry both.
pub(crate) fn documented_value(id: &str, label: &str, title_en: &str) -> serde_json::Value {
    serde_json::json!({ "const": id, "type": "string", "title": label, "description": title_en })
}

catalogue_serde!(
    Edition,
    "Edition",
    "版本",
    "The edition of the report's content rules."
);

catalogue! {
    /// The editions of the report's content rules.
    #[non_exhaustive]
    pub enum Edition {
        /// Reports for 2008–2018 under the 2008 条例.
        Regulation2008 = ("regulation_2008", "《中华人民共和国政府信息公开条例》（国务院令第492号）", "2008 Regulations era (report years 2008–2018)"),
        /// Reports for 2019 and 2020 in the trial format.
        Format2019 = ("format_2019", "政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）", "2019 trial format (report years 2019–2020)"),
        /// Reports from 2021 on in the revised format.
        Format2021 = ("format_2021", "修订后的政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）", "2021 revised format (report years from 2021)"),
    }
}

impl Edition {
    /// The edition a report for this year should use: 2008–2018 the 2008 条例 era, 2019 and
    /// 2020 the trial format, from 2021 the revised format. `None` before 2008.
    pub const fn for_report_year(year: u16) -> Option<Edition> {
        match year {
            2008..=2018 => Some(Edition::Regulation2008),
            2019 | 2020 => Some(Edition::Format2019),
            2021.. => Some(Edition::Format2021),
            _ => None,
        }
    }
}

catalogue! {
    /// The six parts of a report in the 2019 and 2021 formats.
    pub enum Part {
        /// Part 一: the overall situation.
        Overview = ("overview", "一、总体情况", "Overview"),
        /// Part 二: proactive disclosure under 第二十条.
        Proactive = ("proactive", "二、主动公开政府信息情况", "Proactive disclosure"),
        /// Part 三: applications received and handled.
        Requests = ("requests", "三、收到和处理政府信息公开申请情况", "Applications received and handled"),
        /// Part 四: administrative review and litigation.
        ReviewLitigation = ("review_litigation", "四、政府信息公开行政复议、行政诉讼情况", "Administrative review and litigation"),
        /// Part 五: main problems and improvements.
        Problems = ("problems", "五、存在的主要问题及改进情况", "Main problems and improvements"),
        /// Part 六: other matters to report.
        OtherMatters = ("other_matters", "六、其他需要报告的事项", "Other matters to report"),
    }
}

catalogue! {
    /// The items of 第二十条 that part 二 of the 2021 format tabulates.
    pub enum ProactiveItem2021 {
        /// 第（一）项: rules and normative documents.
        Item1 = ("item_1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents"),
        /// 第（五）项: administrative licensing.
        Item5 = ("item_5", "第二十条第（五）项", "Article 20 item (5): administrative licensing"),
        /// 第（六）项: penalties and coercive measures.
        Item6 = ("item_6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures"),
        /// 第（八）项: administrative fees.
        Item8 = ("item_8", "第二十条第（八）项", "Article 20 item (8): administrative fees"),
    }
}

catalogue! {
    /// The rows of part 二 in the 2021 format.
    pub enum ProactiveRow2021 {
        /// 规章: departmental and local government rules.
        Regulations = ("regulations", "规章", "Rules (regulations)"),
        /// 行政规范性文件: administrative normative documents.
        NormativeDocuments = ("normative_documents", "行政规范性文件", "Administrative normative documents"),
        /// 行政许可: administrative licensing.
        Licensing = ("licensing", "行政许可", "Administrative licensing"),
        /// 行政处罚: administrative penalties.
        Penalties = ("penalties", "行政处罚", "Administrative penalties"),
        /// 行政强制: administrative coercive measures.
        Coercion = ("coercion", "行政强制", "Administrative coercive measures"),
        /// 行政事业性收费: administrative fees.
        AdministrativeFees = ("administrative_fees", "行政事业性收费", "Administrative fees"),
    }
}

catalogue! {
    /// The columns of part 二 in the 2021 format.
    pub enum ProactiveColumn2021 {
        /// 本年制发件数: documents issued this year.
        Issued = ("issued", "本年制发件数", "Issued this year"),
        /// 本年废止件数: documents repealed this year.
        Repealed = ("repealed", "本年废止件数", "Repealed this year"),
        /// 现行有效件数: documents in force.
        InForce = ("in_force", "现行有效件数", "In force"),
        /// 本年处理决定数量: decisions made this year.
        Decisions = ("decisions", "本年处理决定数量", "Decisions made this year"),
        /// 本年收费金额（单位：万元）: fees collected this year, in 万元.
        Amount = ("amount", "本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)"),
    }
}

impl ProactiveRow2021 {
    /// The 第二十条 item whose table holds this row.
    pub const fn item(self) -> ProactiveItem2021 {
        match self {
            ProactiveRow2021::Regulations | ProactiveRow2021::NormativeDocuments => {
                ProactiveItem2021::Item1
            }
            ProactiveRow2021::Licensing => ProactiveItem2021::Item5,
            ProactiveRow2021::Penalties | ProactiveRow2021::Coercion => ProactiveItem2021::Item6,
            ProactiveRow2021::AdministrativeFees => ProactiveItem2021::Item8,
        }
    }

    /// The columns this row has, in the official order.
    pub const fn columns(self) -> &'static [ProactiveColumn2021] {
        match self {
            ProactiveRow2021::Regulations | ProactiveRow2021::NormativeDocuments => &[
                ProactiveColumn2021::Issued,
                ProactiveColumn2021::Repealed,
                ProactiveColumn2021::InForce,
            ],
            ProactiveRow2021::Licensing
            | ProactiveRow2021::Penalties
            | ProactiveRow2021::Coercion => &[ProactiveColumn2021::Decisions],
            ProactiveRow2021::AdministrativeFees => &[ProactiveColumn2021::Amount],
        }
    }

    /// The JSON Pointer of this row in a report.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::Proactive.id(), self.id())
    }
}

catalogue! {
    /// The items of 第二十条 that part 二 of the 2019 format tabulates.
    pub enum ProactiveItem2019 {
        /// 第（一）项: rules and normative documents.
        Item1 = ("item_1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents"),
        /// 第（五）项: licensing and other services.
        Item5 = ("item_5", "第二十条第（五）项", "Article 20 item (5): licensing and other administrative services"),
        /// 第（六）项: penalties and coercive measures.
        Item6 = ("item_6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures"),
        /// 第（八）项: administrative fees.
        Item8 = ("item_8", "第二十条第（八）项", "Article 20 item (8): administrative fees"),
        /// 第（九）项: government procurement.
        Item9 = ("item_9", "第二十条第（九）项", "Article 20 item (9): centralised government procurement"),
    }
}

catalogue! {
    /// The rows of part 二 in the 2019 format.
    pub enum ProactiveRow2019 {
        /// 规章: rules.
        Regulations = ("regulations", "规章", "Rules (regulations)"),
        /// 规范性文件: normative documents.
        NormativeDocuments = ("normative_documents", "规范性文件", "Normative documents"),
        /// 行政许可: administrative licensing.
        Licensing = ("licensing", "行政许可", "Administrative licensing"),
        /// 其他对外管理服务事项: other external administrative services.
        OtherServices = ("other_services", "其他对外管理服务事项", "Other external administrative services"),
        /// 行政处罚: administrative penalties.
        Penalties = ("penalties", "行政处罚", "Administrative penalties"),
        /// 行政强制: administrative coercive measures.
        Coercion = ("coercion", "行政强制", "Administrative coercive measures"),
        /// 行政事业性收费: administrative fees (a count of fee items).
        AdministrativeFees = ("administrative_fees", "行政事业性收费", "Administrative fees (fee items)"),
        /// 政府集中采购: centralised government procurement.
        Procurement = ("procurement", "政府集中采购", "Centralised government procurement"),
    }
}

catalogue! {
    /// The columns of part 二 in the 2019 format.
    pub enum ProactiveColumn2019 {
        /// 本年新制作数量: newly made this year.
        NewlyMade = ("newly_made", "本年新制作数量", "Newly made this year"),
        /// 本年新公开数量: newly published this year.
        NewlyPublished = ("newly_published", "本年新公开数量", "Newly published this year"),
        /// 对外公开总数量: published in all.
        TotalPublished = ("total_published", "对外公开总数量", "Published in all"),
        /// 上一年项目数量: items last year.
        ItemsLastYear = ("items_last_year", "上一年项目数量", "Items last year"),
        /// 本年增/减: change this year (signed).
        ItemsChange = ("items_change", "本年增/减", "Change this year (signed)"),
        /// 处理决定数量: decisions made.
        Decisions = ("decisions", "处理决定数量", "Decisions made"),
        /// 采购项目数量: procurement projects.
        Projects = ("projects", "采购项目数量", "Procurement projects"),
        /// 采购总金额: total procurement amount.
        TotalAmount = ("total_amount", "采购总金额", "Total procurement amount"),
    }
}

impl ProactiveRow2019 {
    /// The 第二十条 item whose table holds this row.
    pub const fn item(self) -> ProactiveItem2019 {
        use ProactiveRow2019::*;
        match self {
            Regulations | NormativeDocuments => ProactiveItem2019::Item1,
            Licensing | OtherServices => ProactiveItem2019::Item5,
            Penalties | Coercion => ProactiveItem2019::Item6,
            AdministrativeFees => ProactiveItem2019::Item8,
            Procurement => ProactiveItem2019::Item9,
        }
    }

    /// The columns this row has, in the official order.
    pub const fn columns(self) -> &'static [ProactiveColumn2019] {
        use ProactiveColumn2019::*;
        use ProactiveRow2019::*;
        match self {
            Regulations | NormativeDocuments => &[NewlyMade, NewlyPublished, TotalPublished],
            Licensing | OtherServices | Penalties | Coercion => {
                &[ItemsLastYear, ItemsChange, Decisions]
            }
            AdministrativeFees => &[ItemsLastYear, ItemsChange],
            Procurement => &[Projects, TotalAmount],
        }
    }

    /// The JSON Pointer of this row in a report.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::Proactive.id(), self.id())
    }
}

catalogue! {
    /// The six contents a report must cover under 2008 条例 art. 32.
    pub enum Content2008 {
        /// 1: proactive disclosure.
        Proactive = ("proactive", "主动公开政府信息的情况", "Proactive disclosure"),
        /// 2: disclosure on request, and information withheld.
        OnRequest = ("on_request", "依申请公开政府信息和不予公开政府信息的情况", "Disclosure on request and information withheld"),
        /// 3: fees charged and waived.
        FeesAndWaivers = ("fees_and_waivers", "政府信息公开的收费及减免情况", "Fees charged and waived"),
        /// 4: review and litigation over disclosure.
        ReviewLitigation = ("review_litigation", "因政府信息公开申请行政复议、提起行政诉讼的情况", "Administrative review and litigation over disclosure"),
        /// 5: main problems and improvements.
        Problems = ("problems", "政府信息公开工作存在的主要问题及改进情况", "Main problems and improvements"),
        /// 6: other matters.
        OtherMatters = ("other_matters", "其他需要报告的事项", "Other matters to report"),
    }
}

catalogue! {
    /// The figures every report of the 2008 era states, which the model gives typed access to.
    pub enum KeyFigure {
        /// Applications for disclosure received.
        ApplicationsReceived = ("applications_received", "收到政府信息公开申请数", "Applications received"),
        /// Administrative reviews over disclosure.
        Reviews = ("reviews", "行政复议案件数", "Administrative reviews"),
        /// Lawsuits over disclosure.
        Lawsuits = ("lawsuits", "行政诉讼案件数", "Lawsuits"),
        /// Fees collected for disclosure.
        FeesCollected = ("fees_collected", "收取信息公开费用", "Fees collected"),
        /// Staff doing disclosure work.
        DisclosureStaff = ("disclosure_staff", "政府信息公开工作人员数", "Disclosure staff"),
    }
}

catalogue! {
    /// Other fixed texts printed in the tables.
    pub enum TableText {
        /// The first header cell of each part 二 table.
        InformationContent = ("information_content", "信息内容", "Information"),
        /// The header over the applicant categories in part 三.
        ApplicantSituation = ("applicant_situation", "申请人情况", "Applicants"),
        /// The header note of part 三 stating the official cross-check.
        BalanceNote = ("balance_note", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "(In each column, item 1 plus item 2 equals item 3 plus item 4.)"),
        /// The spanning header over the five organisation columns of part 三.
        LegalPersonOrOrganization = ("legal_person_or_organization", "法人或其他组织", "Legal persons and other organisations"),
        /// The spanning header over the two litigation blocks of part 四.
        Litigation = ("litigation", "行政诉讼", "Administrative litigation"),
        /// A printed subtotal: a group's own row, or the column under 法人或其他组织 (local
        /// templates).
        Subtotal = ("subtotal", "小计", "Subtotal"),
    }
}

catalogue! {
    /// The titles of fields that recur across the model (schema titles read them from here).
    pub enum FieldText {
        /// The heading as printed (it may differ from the official wording).
        Heading = ("heading", "标题（原文）", "Heading as printed"),
        /// Prose printed before a part's tables.
        TextBefore = ("text_before", "表前文字", "Text before the tables"),
        /// Prose printed after a part's tables.
        TextAfter = ("text_after", "表后文字", "Text after the tables"),
        /// The text of a prose part.
        Text = ("text", "正文", "Text"),
        /// Agency.
        Agency = ("agency", "机关名称", "Agency"),
        /// JSON Pointer.
        Pointer = ("pointer", "位置", "JSON Pointer"),
        /// Cell value.
        CellValue = ("value", "单元格值", "Cell value"),
        /// Edition.
        EditionTag = ("edition", "版本", "Edition"),
        /// Severity.
        Severity = ("severity", "严重程度", "Severity"),
        /// Operands.
        Operands = ("operands", "运算单元格", "Operands"),
        /// Report year.
        ReportYear = ("report_year", "报告年度", "Report year"),
        /// Message.
        Message = ("message", "说明", "Message"),
        /// Rule.
        Rule = ("rule", "规则", "Rule"),
        /// Information processing fee.
        InformationProcessingFee = ("information_processing_fee", "信息处理费", "Information processing fee"),
        /// Unit of money.
        MoneyUnit = ("money_unit", "金额单位", "Unit of money"),
        /// Unit.
        Unit = ("unit", "单位", "Unit"),
        /// As printed.
        Printed = ("printed", "原文", "As printed"),
        /// Report meta.
        Meta = ("meta", "报告基本信息", "Report meta"),
        /// Source.
        Source = ("source", "来源", "Source"),
        /// Contact.
        Contact = ("contact", "联系方式", "Contact"),
        /// Preamble.
        Preamble = ("preamble", "报告导语", "Preamble"),
        /// Article 20 item (1) row.
        Item1Row = ("item_1_row", "第（一）项行", "Article 20 item (1) row"),
        /// Qualifier.
        Qualifier = ("qualifier", "数据限定", "Qualifier"),
        /// Report parts.
        ReportParts = ("parts", "报告部分", "Report parts"),
        /// Publication date.
        PublicationDate = ("publication_date", "发布日期", "Publication date"),
        /// The address of a page or document.
        Url = ("url", "网址", "Address"),
        /// A title as published.
        Title = ("title", "标题", "Title as published"),
        /// The office to contact.
        Office = ("office", "联系单位", "Office"),
        /// A postal address.
        Address = ("address", "地址", "Postal address"),
        /// A postcode.
        Postcode = ("postcode", "邮编", "Postcode"),
        /// A telephone number.
        Phone = ("phone", "联系电话", "Telephone"),
        /// A fax number.
        Fax = ("fax", "传真", "Fax"),
        /// An e-mail address.
        Email = ("email", "电子邮箱", "E-mail"),
        /// What a stated figure counts.
        FigureLabel = ("label", "数据项", "What the figure counts"),
        /// The number a stated figure states.
        FigureValue = ("figure_value", "数值", "Value"),
        /// Which key figure a stated figure is.
        KeyFigure = ("key", "关键数据", "Key figure"),
        /// The parts a figure is broken into.
        FigureParts = ("figure_parts", "其中", "Broken down into"),
        /// The figures a part states.
        Figures = ("figures", "数据", "Figures"),
        /// A figure stated in the prose.
        StatedFigure = ("stated_figure", "文中数据", "Stated figure"),
        /// Which content of 2008 Regulations art. 32 a part reports.
        Serves = ("serves", "对应条例内容", "Article 32 content"),
        /// Information processing fees collected.
        FeesCollected = ("collected", "收取信息处理费金额", "Fees collected"),
        /// Applications for which a fee was charged.
        ChargedApplications = ("charged_applications", "收费申请件数", "Applications charged"),
        /// A finding of a validation.
        Finding = ("finding", "校验发现", "Finding"),
        /// The position of a figure in a part's list (1, 1.1, 2, …).
        Number = ("number", "序号", "Number"),
        /// The name of the report itself.
        ReportName = ("report", "政府信息公开工作年度报告", "Annual report on Open Government Information work"),
        /// The value a rule computes.
        Expected = ("expected", "应为", "Expected"),
        /// The value a report states.
        Actual = ("actual", "实为", "Actual"),
    }
}

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
    /// 22 rows under 三、本年度办理结果, and 四. (The spec counts "26 rows", one more than the
    /// format prints; the seeds and the official table have 25.)
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

catalogue! {
    /// The three blocks of part 四.
    pub enum ReviewBlock {
        /// 行政复议: administrative review.
        Review = ("review", "行政复议", "Administrative review"),
        /// 未经复议直接起诉: lawsuits filed directly, without review.
        LitigationDirect = ("litigation_direct", "未经复议直接起诉", "Litigation filed without prior review"),
        /// 复议后起诉: lawsuits filed after review.
        LitigationAfterReview = ("litigation_after_review", "复议后起诉", "Litigation filed after review"),
    }
}

impl ReviewBlock {
    /// The block's label with the spanning header above it, e.g. "行政诉讼 › 复议后起诉".
    pub fn full_label(self) -> String {
        match self {
            ReviewBlock::Review => self.label().to_owned(),
            _ => format!("{} › {}", TableText::Litigation.label(), self.label()),
        }
    }

    /// The JSON Pointer of the block in a report.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::ReviewLitigation.id(), self.id())
    }
}

catalogue! {
    /// The five outcome columns of each part 四 block.
    pub enum ReviewOutcome {
        /// 结果维持: upheld.
        Upheld = ("upheld", "结果维持", "Upheld"),
        /// 结果纠正: corrected.
        Corrected = ("corrected", "结果纠正", "Corrected"),
        /// 其他结果: other result.
        Other = ("other", "其他结果", "Other result"),
        /// 尚未审结: pending.
        Pending = ("pending", "尚未审结", "Pending"),
        /// 总计: total.
        Total = ("total", "总计", "Total"),
    }
}

impl ReviewOutcome {
    /// The four outcomes whose sum is the block's total.
    pub const PARTS: [ReviewOutcome; 4] = [
        ReviewOutcome::Upheld,
        ReviewOutcome::Corrected,
        ReviewOutcome::Other,
        ReviewOutcome::Pending,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_within_each_catalogue() {
        fn unique(ids: Vec<&str>) {
            let mut sorted = ids.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), ids.len(), "{ids:?}");
        }
        unique(ApplicantColumn::ALL.iter().map(|c| c.id()).collect());
        unique(ReviewBlock::ALL.iter().map(|c| c.id()).collect());
        unique(ReviewOutcome::ALL.iter().map(|c| c.id()).collect());
        unique(Part::ALL.iter().map(|c| c.id()).collect());
        unique(
            RequestRow::ALL
                .iter()
                .map(|r| r.path())
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str)
                .collect(),
        );
    }

    #[test]
    fn from_path_finds_every_row() {
        for row in RequestRow::ALL {
            assert_eq!(RequestRow::from_path(&row.path()), Some(*row));
        }
        assert_eq!(RequestRow::from_path("outcomes.nope"), None);
    }
}
