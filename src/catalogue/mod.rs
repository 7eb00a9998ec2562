//! The one catalogue of labels.
//!
//! Every part, row and column of the official formats exists here exactly once, with its
//! public identifier (the JSON field name), its official Chinese label as printed in the
//! national format, and an English title. Schema titles, finding messages, the renderer and
//! the parser all read their labels from here. The variants real reports print (misprints,
//! Traditional characters, local wordings) are in [`crate::layout::label`], which every
//! catalogue enum's `from_label` goes through.
//!
//! The catalogue is split by part: [`Part`] and the shared texts here, part 二 of each
//! edition, part 三, part 四, and the contents of the 2008 era each in a file of their own.
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

mod proactive;
mod regulation_2008;
mod requests;
mod review;

pub use proactive::{
    ProactiveColumn2019, ProactiveColumn2021, ProactiveItem2019, ProactiveItem2021,
    ProactiveRow2019, ProactiveRow2021,
};
pub use regulation_2008::{Content2008, KeyFigure};
pub use requests::{ApplicantColumn, RequestGroup, RequestRow};
pub use review::{ReviewBlock, ReviewOutcome};

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
        /// The agency's level, for the publication deadline.
        AgencyLevel = ("level", "机关层级", "Agency level"),
        /// Which level: a department or a government.
        Tier = ("tier", "层级", "Tier"),
        /// Where the level comes from.
        LevelFrom = ("from", "层级依据", "Where the level comes from"),
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
