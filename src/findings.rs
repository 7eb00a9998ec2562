//! Findings: what a validator reports, in a form other languages read too.
//!
//! Every finding names its rule by a stable id, has a severity, points into the report's
//! canonical JSON with an RFC 6901 JSON Pointer, gives the expected and actual values where
//! the rule computes them, lists the cells it read, and says what is wrong in Chinese and in
//! English, naming rows and columns by their official labels.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::catalogue::FieldText;
use crate::catalogue::catalogue;
use crate::cell::Cell;
use crate::meta::ReportYear;

catalogue! {
    /// The rules the validators and the parser apply. Each is documented once, in
    /// `docs/rules.md`.
    #[non_exhaustive]
    pub enum Rule {
        /// Every row of part 三: `total` is the sum of the six applicant categories.
        RequestsRowTotal = ("requests.row_total", "行合计：总计等于各类申请人之和", "Row total: the total equals the sum of the six applicant categories"),
        /// A printed 法人或其他组织 subtotal equals the sum of the five organisation columns.
        RequestsOrganizationSubtotal = ("requests.organization_subtotal", "法人或其他组织小计等于五类组织之和", "Organisation subtotal: equals the sum of the five organisation columns"),
        /// A printed group row equals the sum of the group's rows.
        RequestsGroupSubtotal = ("requests.group_subtotal", "分组小计等于组内各行之和", "Group subtotal: a printed group row equals the sum of its rows"),
        /// Every column of part 三: （七）总计 is the sum of the outcome rows.
        RequestsOutcomeTotal = ("requests.outcome_total", "办理结果总计等于各项办理结果之和", "Outcome total: the total of outcomes equals the sum of the outcome rows"),
        /// Every column of part 三: 一 + 二 = 三 + 四, the format's printed cross-check.
        RequestsBalance = ("requests.balance", "勾稽关系：第一项加第二项之和等于第三项加第四项之和", "Balance: new plus carried-over applications equal outcomes plus carried-forward ones"),
        /// Every block of part 四: `total` is upheld + corrected + other + pending.
        ReviewLitigationBlockTotal = ("review_litigation.block_total", "复议诉讼总计等于各结果之和", "Block total: the total equals upheld, corrected, other and pending cases"),
        /// 2019 format: newly published ≤ newly made ≤ published in all.
        ProactivePublishedWithinMade = ("proactive.published_within_made", "本年新公开数量不超过本年新制作数量，本年新制作数量不超过对外公开总数量", "Published within made: newly published ≤ newly made ≤ published in all"),
        /// Consecutive years: carried over this year equals carried forward last year.
        SeriesCarriedOver = ("series.carried_over", "上年结转数等于上一年度结转下年度数", "Carry-over: carried over this year equals carried forward the year before"),
        /// Consecutive years: in force = last year's in force + issued − repealed.
        SeriesInForce = ("series.in_force", "现行有效件数等于上年现行有效件数加本年制发减本年废止", "Documents in force: last year's plus issued minus repealed"),
        /// 2019 format, consecutive years: items last year plus the change equal next year's items last year.
        SeriesItems = ("series.items", "上一年项目数量加本年增减等于下一年度的上一年项目数量", "Items: last year's items plus the change equal the next year's items last year"),
        /// Consecutive years: how much of each narrative part repeats the year before.
        SeriesTextSimilarity = ("series.text_similarity", "叙述部分与上一年度的文字相似度", "Text similarity: how much of a narrative part repeats the year before"),
        /// 2019 and 2021 formats: a count the prose states equals the cells its words name.
        TextCount = ("text.count", "文表一致：正文所述件数与表格一致", "Text against tables: a count the prose states equals the cells it names"),
        /// 2019 and 2021 formats: a percentage the prose states after an outcome's count equals count ÷ （七）总计.
        TextRate = ("text.rate", "文表一致：正文所述占比与表格一致", "Text against tables: a stated percentage equals the outcome's count over the total"),
        /// 2019 and 2021 formats: prose that says every application was concluded meets a table that carries none forward.
        TextAllConcluded = ("text.all_concluded", "文表一致：称申请全部办结的，结转下年度为零", "Text against tables: all applications concluded means none carried forward"),
        /// 2008 era: the parts of a "其中" breakdown do not provably exceed the whole.
        FiguresBreakdown = ("figures.breakdown", "其中各项之和不超过总数", "Breakdown: the stated parts do not exceed the whole"),
        /// 2008 era: each key figure is marked once.
        FiguresKey = ("figures.key", "关键数据只标注一次", "Key figures: each is marked once"),
        /// The layout used matches the edition the report year calls for.
        EditionLayout = ("edition.layout", "版式与报告年度应用的格式一致", "Layout: the layout matches the edition the report year calls for"),
        /// The report was published by the deadline its year and the agency's level set.
        MetaPublishedLate = ("meta.published_late", "按期公开年度报告", "Deadline: published by the date the regulations set"),
        /// A cell was left blank.
        CellBlank = ("cell.blank", "单元格空白", "Blank cell"),
        /// A cell holds a mark or a word where a number belongs.
        CellNotNumeric = ("cell.not_numeric", "单元格非数值", "Cell that is not a number"),
        /// Parsing: a row label that names no row of the table.
        ParseUnknownRow = ("parse.unknown_row", "解析：未知的行", "Parsing: a row that is not in the table"),
        /// Parsing: a cell beyond the columns of its row.
        ParseStrayCell = ("parse.stray_cell", "解析：多余的单元格", "Parsing: a cell beyond the table's columns"),
        /// Parsing: digits run together that split more than one way.
        ParseAmbiguousDigits = ("parse.ambiguous_digits", "解析：连写数字无法唯一拆分", "Parsing: run-together digits with more than one reading"),
        /// Parsing: digits run together that the identities split one way only.
        ParseDigitsSplit = ("parse.digits_split", "解析：连写数字按勾稽关系唯一拆分", "Parsing: run-together digits split the one way the identities allow"),
        /// Parsing: values whose columns cannot be told.
        ParseRowAmbiguous = ("parse.row_ambiguous", "解析：数值无法对应到列", "Parsing: values whose columns cannot be told"),
        /// Parsing: rows or tables the source does not hold.
        ParseTableTruncated = ("parse.table_truncated", "解析：表格不完整", "Parsing: rows or tables missing from the source"),
        /// Parsing: a value outside any cell.
        ParseValueOutsideCell = ("parse.value_outside_cell", "解析：数值不在单元格内", "Parsing: a value outside any cell"),
        /// Parsing: a misprinted label that was matched.
        ParseLabelMisprint = ("parse.label_misprint", "解析：标签有误印", "Parsing: a misprinted label that was matched"),
        /// Parsing: the edition was inferred.
        ParseEditionInferred = ("parse.edition_inferred", "解析：推断版本", "Parsing: the edition was inferred"),
        /// Parsing: the agency or year is not printed where expected.
        ParseMetaMissing = ("parse.meta_missing", "解析：缺少标题信息", "Parsing: agency or year not printed in a title"),
        /// Parsing: the title's year and the statistics period's year differ.
        ParseMetaConflict = ("parse.meta_conflict", "解析：标题年度与统计期限不一致", "Parsing: the title's year and the statistics period disagree"),
        /// Parsing: the agency or year was read from outside the title.
        ParseMetaInferred = ("parse.meta_inferred", "解析：标题信息取自标题之外", "Parsing: agency or year read from outside the title"),
    }
}

/// Whether the rule states an identity the format prints, one that follows from the layout,
/// or a heuristic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(title = "规则依据", description = "Where a rule comes from.")]
pub enum RuleSource {
    /// Printed in the official format.
    Official,
    /// Follows from the layout or the arithmetic; stated by no authority found, holds in real
    /// reports.
    Inferred,
    /// Seen consistently in practice.
    Practice,
}

impl Rule {
    /// The severity of a finding that the rule's statement fails (a rule instance that cannot
    /// be assessed is always a [`Severity::Notice`]).
    pub const fn severity(self) -> Severity {
        match self {
            Rule::RequestsRowTotal
            | Rule::RequestsOrganizationSubtotal
            | Rule::RequestsGroupSubtotal
            | Rule::RequestsOutcomeTotal
            | Rule::RequestsBalance
            | Rule::ReviewLitigationBlockTotal => Severity::Error,
            Rule::ProactivePublishedWithinMade
            | Rule::SeriesCarriedOver
            | Rule::SeriesInForce
            | Rule::SeriesItems
            | Rule::FiguresBreakdown
            | Rule::EditionLayout
            | Rule::MetaPublishedLate
            | Rule::TextCount
            | Rule::TextRate
            | Rule::TextAllConcluded => Severity::Warning,
            Rule::FiguresKey => Severity::Error,
            Rule::CellBlank | Rule::CellNotNumeric | Rule::SeriesTextSimilarity => Severity::Notice,
            Rule::ParseUnknownRow
            | Rule::ParseStrayCell
            | Rule::ParseAmbiguousDigits
            | Rule::ParseRowAmbiguous
            | Rule::ParseTableTruncated
            | Rule::ParseValueOutsideCell
            | Rule::ParseMetaMissing
            | Rule::ParseMetaConflict => Severity::Warning,
            Rule::ParseDigitsSplit
            | Rule::ParseLabelMisprint
            | Rule::ParseEditionInferred
            | Rule::ParseMetaInferred => Severity::Notice,
        }
    }

    /// Where the rule comes from.
    pub const fn source(self) -> RuleSource {
        match self {
            Rule::RequestsBalance | Rule::EditionLayout | Rule::MetaPublishedLate => {
                RuleSource::Official
            }
            Rule::SeriesTextSimilarity
            | Rule::TextCount
            | Rule::TextRate
            | Rule::TextAllConcluded => RuleSource::Practice,
            _ => RuleSource::Inferred,
        }
    }

    /// The rule's statement as a formula.
    pub const fn formula(self) -> &'static str {
        match self {
            Rule::RequestsRowTotal => "row.total = Σ row[c] for the six applicant categories c",
            Rule::RequestsOrganizationSubtotal => {
                "row.organization_subtotal = Σ row[c] for the five organisation columns c"
            }
            Rule::RequestsGroupSubtotal => "group.subtotal[c] = Σ row[c] for the rows of the group",
            Rule::RequestsOutcomeTotal => {
                "outcomes.total[c] = disclosed[c] + partially_disclosed[c] + Σ withheld[c] + Σ unavailable[c] + Σ not_processed[c] + Σ other_handling[c]"
            }
            Rule::RequestsBalance => {
                "new_received[c] + carried_over[c] = outcomes.total[c] + carried_forward[c]"
            }
            Rule::ReviewLitigationBlockTotal => {
                "block.total = block.upheld + block.corrected + block.other + block.pending"
            }
            Rule::SeriesCarriedOver => "carried_over(Y)[c] = carried_forward(Y−1)[c]",
            Rule::SeriesInForce => "in_force(Y) = in_force(Y−1) + issued(Y) − repealed(Y)",
            Rule::ProactivePublishedWithinMade => {
                "newly_published ≤ newly_made ≤ total_published, for 规章 and 规范性文件"
            }
            Rule::SeriesItems => "items_last_year(Y) + items_change(Y) = items_last_year(Y+1)",
            Rule::SeriesTextSimilarity => {
                "similarity(part(Y−1), part(Y)) = |bigrams ∩| / |bigrams ∪| in ‰, reported; a warning ≥ a threshold the user sets"
            }
            Rule::TextCount => {
                "stated count = Σ cells its phrase names (docs/rules.md lists the phrases), for the report's own scope and year; a part 三 row whose total holds no number counts as Σ row[c] for the six applicant categories c when all six are numbers"
            }
            Rule::TextRate => {
                "stated % = count ÷ outcomes.total.total × 100, rounded half up or cut at the printed decimals"
            }
            Rule::TextAllConcluded => "\"所有申请均已办结\" ⇒ carried_forward.total = 0",
            Rule::FiguresBreakdown => {
                "lower bound of Σ parts ≤ whole, for an exact whole (a \"余\" part counts as more than its value; an \"约\" part is left out)"
            }
            Rule::FiguresKey => "each key figure marks at most one figure",
            Rule::EditionLayout => "layout(report) = layout(edition for report_year)",
            Rule::MetaPublishedLate => {
                "publication_date ≤ deadline: 1月31日 (部门) or 3月31日 (本级政府) of report_year + 1; 3月31日 for every agency before the 2019 report year"
            }
            Rule::CellBlank => "cell ≠ blank",
            Rule::CellNotNumeric => "cell is a number",
            Rule::ParseUnknownRow => "every row label names a row of the table",
            Rule::ParseStrayCell => "no row prints more cells than the table has columns",
            Rule::ParseAmbiguousDigits => "run-together digits have exactly one reading",
            Rule::ParseDigitsSplit => "the row's identities leave one reading of its digits",
            Rule::ParseRowAmbiguous => "each printed value stands in a column",
            Rule::ParseTableTruncated => "every row of the edition's tables is printed",
            Rule::ParseValueOutsideCell => "every value stands in a row",
            Rule::ParseLabelMisprint => "labels are printed as the format prints them",
            Rule::ParseEditionInferred => "the edition follows from the tables and the year",
            Rule::ParseMetaMissing => "the title names the agency and the report year",
            Rule::ParseMetaConflict => "year(title) = year(statistics period \"自YYYY年1月1日\")",
            Rule::ParseMetaInferred => "the title names the agency and the report year",
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = <Cow<'de, str>>::deserialize(deserializer)?;
        Rule::from_id(&id).ok_or_else(|| de::Error::custom(format_args!("unknown rule id {id:?}")))
    }
}

impl JsonSchema for Rule {
    fn schema_name() -> Cow<'static, str> {
        "Rule".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let values: Vec<serde_json::Value> = Rule::ALL
            .iter()
            .map(|r| crate::catalogue::documented_value(r.id(), r.label(), r.title_en()))
            .collect();
        json_schema!({
            "title": crate::catalogue::FieldText::Rule.label(),
            "description": "The stable id of a validation rule (documented in docs/rules.md).",
            "oneOf": values,
        })
    }
}

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[schemars(title = FieldText::Severity.label(), description = "How serious a finding is.")]
#[non_exhaustive]
pub enum Severity {
    /// A stated identity fails.
    Error,
    /// A heuristic fails.
    Warning,
    /// Something could not be assessed, or is worth knowing.
    Notice,
}

impl Severity {
    /// The Chinese word for the severity.
    pub const fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Notice => "提示",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        })
    }
}

/// The most characters of printed text a finding quotes. Longer text (a raw cell of a
/// million characters, a runaway line) is cut there and its length given, so that findings
/// stay small whatever the input: the report itself keeps the whole text.
pub const QUOTE_LIMIT: usize = 200;

fn quoted(text: &str, length: impl FnOnce(usize) -> String) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(QUOTE_LIMIT) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => {
            let n = text.chars().count();
            std::borrow::Cow::Owned(format!("{}…{}", &text[..at], length(n)))
        }
    }
}

/// Text as an English message quotes it: at most [`QUOTE_LIMIT`] characters, then
/// "…[N characters]".
pub(crate) fn quoted_en(text: &str) -> std::borrow::Cow<'_, str> {
    quoted(text, |n| format!("[{n} characters]"))
}

/// Text as a Chinese message quotes it: at most [`QUOTE_LIMIT`] characters, then "…[共N字]".
pub(crate) fn quoted_zh(text: &str) -> std::borrow::Cow<'_, str> {
    quoted(text, |n| format!("[共{n}字]"))
}

/// A cell a finding read: where it is and what it held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::Operands.label(),
    description = "A cell a rule read: its pointer and what it held."
)]
pub struct Operand {
    /// RFC 6901 JSON Pointer of the cell in the report's canonical JSON.
    #[schemars(title = FieldText::Pointer.label())]
    pub pointer: String,
    /// For rules across years: the report year of the report holding the cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::ReportYear.label())]
    pub report_year: Option<ReportYear>,
    /// What the cell held: a number, null for a blank, or the raw text.
    #[schemars(title = FieldText::CellValue.label())]
    pub value: Cell<i64>,
}

/// A message in Chinese and in English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::Message.label(),
    description = "What a finding says, in Chinese and in English."
)]
pub struct Message {
    /// The message in Chinese.
    #[schemars(title = "中文")]
    pub zh: String,
    /// The message in English.
    #[schemars(title = "英文")]
    pub en: String,
}

/// One thing a validator found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::Finding.label(),
    description = "One thing a validator found in a report."
)]
pub struct Finding {
    /// The rule.
    #[schemars(title = FieldText::Rule.label())]
    pub rule: Rule,
    /// How serious it is.
    #[schemars(title = FieldText::Severity.label())]
    pub severity: Severity,
    /// RFC 6901 JSON Pointer of the value the finding is about.
    #[schemars(title = FieldText::Pointer.label())]
    pub pointer: String,
    /// For rules across years: the report year of the report the pointer is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::ReportYear.label())]
    pub report_year: Option<ReportYear>,
    /// The value the rule computes (e.g. the sum of the parts); null when not assessable.
    #[schemars(title = FieldText::Expected.label())]
    pub expected: Option<i64>,
    /// The value reported (or the report's side of the identity); null when not assessable.
    #[schemars(title = FieldText::Actual.label())]
    pub actual: Option<i64>,
    /// The cells the rule read.
    #[schemars(title = FieldText::Operands.label())]
    pub operands: Vec<Operand>,
    /// What is wrong, naming rows and columns by their official labels.
    #[schemars(title = FieldText::Message.label())]
    pub message: Message,
    /// For the `text.*` rules: where in the narrative text at `pointer` the figure is printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = "引文")]
    pub quote: Option<Quote>,
}

/// Where in a narrative text a finding's figure is printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "引文",
    description = "Where in the narrative text at the finding's pointer its figure is printed."
)]
pub struct Quote {
    /// The figure's first byte in the text (UTF-8).
    #[schemars(title = "起始字节")]
    pub start: usize,
    /// The byte after the figure's last.
    #[schemars(title = "结束字节")]
    pub end: usize,
    /// The clause that states the figure, as printed, without white space.
    #[schemars(title = "所在分句")]
    pub text: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} [{}] {}",
            self.severity,
            self.rule.id(),
            self.message.en
        )
    }
}

/// How the instances of one rule fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "规则统计",
    description = "How the instances of one rule fared."
)]
pub struct RuleTally {
    /// Instances the rule applied to.
    #[schemars(title = "检查数")]
    pub evaluated: u32,
    /// Instances that held.
    #[schemars(title = "通过数")]
    pub passed: u32,
    /// Instances that failed (or, for the cell rules, cells flagged).
    #[schemars(title = "未通过数")]
    pub failed: u32,
    /// Instances that could not be assessed because a cell was blank or not a number.
    #[schemars(title = "不可评估数")]
    pub not_assessable: u32,
}

impl RuleTally {
    fn add(&mut self, other: RuleTally) {
        self.evaluated += other.evaluated;
        self.passed += other.passed;
        self.failed += other.failed;
        self.not_assessable += other.not_assessable;
    }
}

/// The tallies of every rule, and their sum.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    tallies: [RuleTally; Rule::ALL.len()],
}

impl Summary {
    /// The tally of one rule.
    pub fn rule(&self, rule: Rule) -> RuleTally {
        self.tallies[rule as usize]
    }

    pub(crate) fn tally_mut(&mut self, rule: Rule) -> &mut RuleTally {
        &mut self.tallies[rule as usize]
    }

    /// The sum over the cross-check rules (not counting the cell rules).
    pub fn checks(&self) -> RuleTally {
        let mut total = RuleTally::default();
        for rule in Rule::ALL {
            if !matches!(rule, Rule::CellBlank | Rule::CellNotNumeric) {
                total.add(self.rule(*rule));
            }
        }
        total
    }
}

impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Rule::ALL.len() + 1))?;
        map.serialize_entry("checks", &self.checks())?;
        for rule in Rule::ALL {
            let tally = self.rule(*rule);
            if tally != RuleTally::default() {
                map.serialize_entry(rule.id(), &tally)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Summary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A rule's tally written `null` (as generated code writes a rule it holds nothing
        // for) is the same as an absent one: no instance.
        let map =
            std::collections::BTreeMap::<String, Option<RuleTally>>::deserialize(deserializer)?;
        let mut summary = Summary::default();
        for (key, tally) in map {
            if key == "checks" {
                continue;
            }
            let rule = Rule::from_id(&key)
                .ok_or_else(|| de::Error::custom(format_args!("unknown rule id {key:?}")))?;
            *summary.tally_mut(rule) = tally.unwrap_or_default();
        }
        Ok(summary)
    }
}

impl JsonSchema for Summary {
    fn schema_name() -> Cow<'static, str> {
        "Summary".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let tally = generator.subschema_for::<RuleTally>();
        let mut properties = serde_json::Map::new();
        let mut checks = tally.clone().to_value();
        if let Some(obj) = checks.as_object_mut() {
            obj.insert("title".to_owned(), "合计".into());
            obj.insert(
                "description".to_owned(),
                "The sum over the cross-check rules (not counting the cell rules).".into(),
            );
        }
        properties.insert("checks".to_owned(), checks);
        for rule in Rule::ALL {
            let schema = json_schema!({
                "title": rule.label(),
                "description": format!("{}; absent or null when no instance was evaluated.", rule.title_en()),
                "anyOf": [tally.clone(), { "type": "null" }],
            });
            properties.insert(rule.id().to_owned(), schema.to_value());
        }
        json_schema!({
            "title": "校验统计",
            "description": "How many rule instances were evaluated, passed, failed and could not be assessed: in all (checks) and by rule.",
            "type": "object",
            "properties": properties,
            "required": ["checks"],
            "additionalProperties": false,
        })
    }
}

/// Everything a validator found in a report, with the tallies.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "校验结果",
    description = "Every finding of a validation, in a stable order, with the tallies."
)]
pub struct Validation {
    /// Every finding, in a stable order: by part, then by row and column as printed.
    #[schemars(title = "发现")]
    pub findings: Vec<Finding>,
    /// How many rule instances were evaluated, passed, failed and could not be assessed.
    #[schemars(title = "统计")]
    pub summary: Summary,
}

impl Validation {
    /// Whether nothing at all was found.
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty()
    }

    /// The findings of one severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity == severity)
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.with_severity(Severity::Error).next().is_some()
    }

    /// Reads findings back from JSON, as written by [`Validation::to_json`]. Strict like
    /// [`Report::from_json`](crate::Report::from_json): an unknown field, rule id or severity
    /// is an error naming the JSON Pointer of the offending value.
    pub fn from_json(json: &str) -> Result<Validation, crate::ReadError> {
        crate::report::read_exact(json)
    }

    /// The canonical JSON text of the findings: as for reports, two-space indentation and a
    /// final line break.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self)
            .expect("findings serialize: every map key is a string");
        text.push('\n');
        text
    }
}
