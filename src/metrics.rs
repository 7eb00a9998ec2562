//! Named rates with stated denominators, computed exactly.
//!
//! Evaluators and researchers turn the tables into rates (予以公开率, 纠错率, 结转率,
//! year-over-year growth). No national formula exists, so each rate here is defined once, as
//! data ([`DEFINITIONS`], listed in `docs/metrics.md`): its numerator and each denominator it
//! can take are sums of table cells, named by [`CellAddress`]. Every computed value says which
//! [`Denominator`] it used, and is an exact fraction ([`Ratio`]) until it is shown. A blank or
//! raw operand, or a zero denominator, gives [`NotComputable`] with the reason and the cells,
//! never a number.
//!
//! The default denominator of the part 三 outcome rates is （七）总计, the requests answered
//! this year, which is how real reports compute their own percentages ("占 66.48%"), and what
//! the `text.rate` rule checks their prose against.
//!
//! ```
//! use ogi_report::Report;
//! use ogi_report::metrics::{self, Denominator, Metric};
//!
//! let report = Report::from_json(include_str!("../tests/fixtures/reports/003_liaocheng_2019.json"))?;
//! let value = metrics::compute(&report, Metric::DisclosureRate);
//! assert_eq!(value.denominator, Denominator::Answered);
//! let ratio = value.ratio().expect("1 disclosed of 2 answered");
//! assert_eq!((ratio.numerator(), ratio.denominator()), (1, 2));
//! assert_eq!(ratio.percent(2).to_string(), "50.00");
//!
//! // 无法提供: the report leaves 1.本机关不掌握相关政府信息 blank, so no rate.
//! let value = metrics::compute(&report, Metric::UnavailableRate);
//! let why = value.not_computable().expect("a blank operand");
//! assert_eq!(why.reason, metrics::Reason::Blank);
//! assert_eq!(why.cells[0].at.pointer(), "/requests/outcomes/unavailable/not_held/total");
//! # Ok::<(), ogi_report::ReadError>(())
//! ```

use std::fmt;

use serde::Serialize;

use crate::catalogue::{
    ApplicantColumn, Edition, RequestGroup, RequestRow, ReviewBlock, ReviewOutcome,
};
use crate::compare::comparable;
use crate::layout::{CellAddress, CellRef, RequestLine};
pub use crate::ratio::Ratio;
use crate::regulation_2008::Qualifier;
use crate::report::Report;
use crate::requests::OtherHandling;

/// A named metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "&'static str")]
#[non_exhaustive]
pub enum Metric {
    /// 予以公开率: （一）予以公开 over the denominator.
    DisclosureRate,
    /// 实质公开率: （一）予以公开 + （二）部分公开 over the denominator.
    SubstantiveDisclosureRate,
    /// 不予公开率: the rows of （三）不予公开 over the denominator.
    WithheldRate,
    /// 无法提供率: the rows of （四）无法提供 over the denominator.
    UnavailableRate,
    /// 不予处理率: the rows of （五）不予处理 over the denominator.
    NotProcessedRate,
    /// 其他处理率: （六）其他处理 (its rows, or its one row) over the denominator.
    OtherHandlingRate,
    /// 结转率: 四、结转下年度继续办理 over 一 + 二.
    CarryForwardRate,
    /// 复议纠错率: 行政复议 结果纠正 over the cases.
    ReviewCorrectionRate,
    /// 诉讼纠错率: 结果纠正 of both litigation blocks over their cases.
    LitigationCorrectionRate,
    /// 申请量同比: the change in 一、本年新收 from last year, over last year's.
    NewRequestsYoy,
}

impl Metric {
    /// Every metric, in the order of [`DEFINITIONS`].
    pub const ALL: [Metric; 10] = [
        Metric::DisclosureRate,
        Metric::SubstantiveDisclosureRate,
        Metric::WithheldRate,
        Metric::UnavailableRate,
        Metric::NotProcessedRate,
        Metric::OtherHandlingRate,
        Metric::CarryForwardRate,
        Metric::ReviewCorrectionRate,
        Metric::LitigationCorrectionRate,
        Metric::NewRequestsYoy,
    ];

    /// The metric's definition.
    pub fn definition(self) -> &'static Definition {
        // DEFINITIONS is in the order of ALL; a test holds it so.
        &DEFINITIONS[self as usize]
    }

    /// The stable identifier, e.g. `disclosure_rate`.
    pub fn id(self) -> &'static str {
        self.definition().id
    }

    /// The Chinese name, e.g. 予以公开率.
    pub fn name_zh(self) -> &'static str {
        self.definition().name_zh
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        self.definition().name_en
    }

    /// The metric with this identifier.
    pub fn from_id(id: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.id() == id)
    }
}

impl From<Metric> for &'static str {
    fn from(metric: Metric) -> &'static str {
        metric.id()
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

/// What a rate is divided by. Every computed value carries the one it used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Denominator {
    /// 办结: the requests answered this year, （七）总计. The default of the part 三 outcome
    /// rates, as real reports compute their own percentages.
    Answered,
    /// 受理: the requests on hand, 一、本年新收 + 二、上年结转 (part 三); every case filed,
    /// 尚未审结 included, 总计 (part 四).
    Received,
    /// 新收: the new requests, 一、本年新收 (for 申请量同比, last year's).
    NewOnly,
    /// 审结: the cases concluded, 总计 − 尚未审结 (part 四). The default of the correction
    /// rates: a pending case has no result yet.
    Concluded,
}

impl Denominator {
    /// Every denominator.
    pub const ALL: [Denominator; 4] = [
        Denominator::Answered,
        Denominator::Received,
        Denominator::NewOnly,
        Denominator::Concluded,
    ];

    /// The identifier: `answered`, `received`, `new_only` or `concluded`.
    pub const fn id(self) -> &'static str {
        match self {
            Denominator::Answered => "answered",
            Denominator::Received => "received",
            Denominator::NewOnly => "new_only",
            Denominator::Concluded => "concluded",
        }
    }

    /// The Chinese word: 办结, 受理, 新收 or 审结.
    pub const fn label(self) -> &'static str {
        match self {
            Denominator::Answered => "办结",
            Denominator::Received => "受理",
            Denominator::NewOnly => "新收",
            Denominator::Concluded => "审结",
        }
    }

    /// The denominator with this identifier.
    pub fn from_id(id: &str) -> Option<Denominator> {
        Denominator::ALL.into_iter().find(|d| d.id() == id)
    }
}

impl fmt::Display for Denominator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One operand of a sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Term {
    /// A cell of the report.
    Cell(CellAddress),
    /// The data rows of a part 三 group in the 总计 column, as the report prints them: for
    /// （六）其他处理, its three rows or the one row that stands for them.
    Group(RequestGroup),
    /// A cell of the same agency's report for the year before.
    LastYear(CellAddress),
}

impl Term {
    /// The term as a label path, e.g. "三、本年度办理结果 › （一）予以公开".
    pub fn label(self) -> String {
        match self {
            Term::Cell(at) => short_label(at),
            Term::Group(group) => group.label().to_owned(),
            Term::LastYear(at) => format!("上年 {}", short_label(at)),
        }
    }
}

/// How a cell reads in a formula: a part 三 row by its own label (with its group's where the
/// row is numbered inside one), without the note in brackets a label may carry and without
/// 政府信息公开申请数量; a part 四 cell by its block and outcome.
fn short_label(at: CellAddress) -> String {
    fn trim(label: &str) -> &str {
        let label = label.trim_end_matches("政府信息公开申请数量");
        // "（二）部分公开（区分处理的，…）": the note starts at a bracket after the first one.
        match label.char_indices().skip(1).find(|(_, c)| *c == '（') {
            Some((i, _)) if !label.starts_with('（') || label[..i].contains('）') => &label[..i],
            _ => label,
        }
    }
    match at {
        CellAddress::Requests(RequestLine::Row(row), _) => match row.group() {
            Some(group) if group != RequestGroup::Outcomes => {
                format!("{}{}", group.label(), trim(row.label()))
            }
            _ => trim(row.label()).to_owned(),
        },
        CellAddress::Review(block, outcome) => format!("{} {}", block.label(), outcome.label()),
        other => other
            .row_labels()
            .last()
            .copied()
            .unwrap_or_default()
            .to_owned(),
    }
}

/// A sum of terms less a sum of terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formula {
    /// Added.
    pub plus: &'static [Term],
    /// Subtracted.
    pub minus: &'static [Term],
}

impl fmt::Display for Formula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plus: Vec<String> = self.plus.iter().map(|t| t.label()).collect();
        f.write_str(&plus.join(" + "))?;
        for term in self.minus {
            write!(f, " − {}", term.label())?;
        }
        Ok(())
    }
}

/// A metric's definition: names, numerator, the denominators it takes (the first is its
/// default), the editions it applies to, and a one-line definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Definition {
    /// The metric.
    pub metric: Metric,
    /// The stable identifier.
    pub id: &'static str,
    /// The Chinese name.
    pub name_zh: &'static str,
    /// The English name.
    pub name_en: &'static str,
    /// The numerator.
    pub numerator: Formula,
    /// The denominators the metric takes, the default first.
    pub denominators: &'static [(Denominator, Formula)],
    /// The editions whose tables hold the operands.
    pub editions: &'static [Edition],
    /// Whether the metric takes two reports of one agency (this year and the year before).
    pub series: bool,
    /// What the metric says, in one line.
    pub summary: &'static str,
}

impl Definition {
    /// The default denominator.
    pub fn default_denominator(&self) -> Denominator {
        self.denominators[0].0
    }

    /// The formula of a denominator, if the metric takes it.
    pub fn denominator(&self, kind: Denominator) -> Option<Formula> {
        self.denominators
            .iter()
            .find(|(d, _)| *d == kind)
            .map(|(_, f)| *f)
    }
}

const fn requests(row: RequestRow) -> CellAddress {
    CellAddress::Requests(RequestLine::Row(row), ApplicantColumn::Total)
}

const fn review(block: ReviewBlock, outcome: ReviewOutcome) -> CellAddress {
    CellAddress::Review(block, outcome)
}

/// The cell of [`Denominator::Answered`]: （七）总计 in the 总计 column. The `text.rate` rule
/// checks a report's printed percentages against it.
pub const ANSWERED_TOTAL: CellAddress = requests(RequestRow::OutcomesTotal);

const NEW: Term = Term::Cell(requests(RequestRow::NewReceived));
const CARRIED_OVER: Term = Term::Cell(requests(RequestRow::CarriedOver));
const ANSWERED: Term = Term::Cell(ANSWERED_TOTAL);

const fn sum(plus: &'static [Term]) -> Formula {
    Formula { plus, minus: &[] }
}

/// The denominators of the part 三 outcome rates.
const OUTCOME_DENOMINATORS: &[(Denominator, Formula)] = &[
    (Denominator::Answered, sum(&[ANSWERED])),
    (Denominator::Received, sum(&[NEW, CARRIED_OVER])),
    (Denominator::NewOnly, sum(&[NEW])),
];

const TABLES: &[Edition] = &[Edition::Format2019, Edition::Format2021];

const REVIEW_TOTAL: Term = Term::Cell(review(ReviewBlock::Review, ReviewOutcome::Total));
const REVIEW_PENDING: Term = Term::Cell(review(ReviewBlock::Review, ReviewOutcome::Pending));
const DIRECT_TOTAL: Term = Term::Cell(review(ReviewBlock::LitigationDirect, ReviewOutcome::Total));
const DIRECT_PENDING: Term = Term::Cell(review(
    ReviewBlock::LitigationDirect,
    ReviewOutcome::Pending,
));
const AFTER_TOTAL: Term = Term::Cell(review(
    ReviewBlock::LitigationAfterReview,
    ReviewOutcome::Total,
));
const AFTER_PENDING: Term = Term::Cell(review(
    ReviewBlock::LitigationAfterReview,
    ReviewOutcome::Pending,
));

/// Every metric, in the order of [`Metric::ALL`].
pub const DEFINITIONS: [Definition; 10] = [
    Definition {
        metric: Metric::DisclosureRate,
        id: "disclosure_rate",
        name_zh: "予以公开率",
        name_en: "Disclosure rate",
        numerator: sum(&[Term::Cell(requests(RequestRow::Disclosed))]),
        denominators: OUTCOME_DENOMINATORS,
        editions: TABLES,
        series: false,
        summary: "The share of requests answered by disclosing the information in full.",
    },
    Definition {
        metric: Metric::SubstantiveDisclosureRate,
        id: "substantive_disclosure_rate",
        name_zh: "实质公开率",
        name_en: "Substantive disclosure rate",
        numerator: sum(&[
            Term::Cell(requests(RequestRow::Disclosed)),
            Term::Cell(requests(RequestRow::PartiallyDisclosed)),
        ]),
        denominators: OUTCOME_DENOMINATORS,
        editions: TABLES,
        series: false,
        summary: "The share of requests answered by disclosing the information in full or in part.",
    },
    Definition {
        metric: Metric::WithheldRate,
        id: "withheld_rate",
        name_zh: "不予公开率",
        name_en: "Withheld rate",
        numerator: sum(&[Term::Group(RequestGroup::Withheld)]),
        denominators: OUTCOME_DENOMINATORS,
        editions: TABLES,
        series: false,
        summary: "The share of requests answered by withholding the information, for any reason.",
    },
    Definition {
        metric: Metric::UnavailableRate,
        id: "unavailable_rate",
        name_zh: "无法提供率",
        name_en: "Cannot-be-provided rate",
        numerator: sum(&[Term::Group(RequestGroup::Unavailable)]),
        denominators: OUTCOME_DENOMINATORS,
        editions: TABLES,
        series: false,
        summary: "The share of requests answered that the information cannot be provided (not held, needs compiling, unclear).",
    },
    Definition {
        metric: Metric::NotProcessedRate,
        id: "not_processed_rate",
        name_zh: "不予处理率",
        name_en: "Not-processed rate",
        numerator: sum(&[Term::Group(RequestGroup::NotProcessed)]),
        denominators: OUTCOME_DENOMINATORS,
        editions: TABLES,
        series: false,
        summary: "The share of requests not processed as disclosure requests (petitions, repeats, publications, excessive, confirmations).",
    },
    Definition {
        metric: Metric::OtherHandlingRate,
        id: "other_handling_rate",
        name_zh: "其他处理率",
        name_en: "Other-handling rate",
        numerator: sum(&[Term::Group(RequestGroup::OtherHandling)]),
        denominators: OUTCOME_DENOMINATORS,
        editions: TABLES,
        series: false,
        summary: "The share of requests handled otherwise (not amended, fee unpaid, other).",
    },
    Definition {
        metric: Metric::CarryForwardRate,
        id: "carry_forward_rate",
        name_zh: "结转率",
        name_en: "Carry-forward rate",
        numerator: sum(&[Term::Cell(requests(RequestRow::CarriedForward))]),
        denominators: &[(Denominator::Received, sum(&[NEW, CARRIED_OVER]))],
        editions: TABLES,
        series: false,
        summary: "The share of requests on hand that are carried into next year unanswered.",
    },
    Definition {
        metric: Metric::ReviewCorrectionRate,
        id: "review_correction_rate",
        name_zh: "复议纠错率",
        name_en: "Review correction rate",
        numerator: sum(&[Term::Cell(review(
            ReviewBlock::Review,
            ReviewOutcome::Corrected,
        ))]),
        denominators: &[
            (
                Denominator::Concluded,
                Formula {
                    plus: &[REVIEW_TOTAL],
                    minus: &[REVIEW_PENDING],
                },
            ),
            (Denominator::Received, sum(&[REVIEW_TOTAL])),
        ],
        editions: TABLES,
        series: false,
        summary: "The share of administrative reviews over disclosure whose result corrected the agency.",
    },
    Definition {
        metric: Metric::LitigationCorrectionRate,
        id: "litigation_correction_rate",
        name_zh: "诉讼纠错率",
        name_en: "Litigation correction rate",
        numerator: sum(&[
            Term::Cell(review(
                ReviewBlock::LitigationDirect,
                ReviewOutcome::Corrected,
            )),
            Term::Cell(review(
                ReviewBlock::LitigationAfterReview,
                ReviewOutcome::Corrected,
            )),
        ]),
        denominators: &[
            (
                Denominator::Concluded,
                Formula {
                    plus: &[DIRECT_TOTAL, AFTER_TOTAL],
                    minus: &[DIRECT_PENDING, AFTER_PENDING],
                },
            ),
            (Denominator::Received, sum(&[DIRECT_TOTAL, AFTER_TOTAL])),
        ],
        editions: TABLES,
        series: false,
        summary: "The share of lawsuits over disclosure (filed directly or after review) whose result corrected the agency.",
    },
    Definition {
        metric: Metric::NewRequestsYoy,
        id: "new_requests_yoy",
        name_zh: "申请量同比",
        name_en: "New requests, year over year",
        numerator: Formula {
            plus: &[NEW],
            minus: &[Term::LastYear(requests(RequestRow::NewReceived))],
        },
        denominators: &[(
            Denominator::NewOnly,
            sum(&[Term::LastYear(requests(RequestRow::NewReceived))]),
        )],
        editions: &[
            Edition::Regulation2008,
            Edition::Format2019,
            Edition::Format2021,
        ],
        series: true,
        summary: "The change in new requests from the same agency's report for the year before (a 2008-era report counts with its key figure 收到政府信息公开申请数, when stated exactly).",
    },
];

/// Why a metric has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// An operand cell is blank: it is not read as 0.
    Blank,
    /// An operand cell holds text, not a number.
    Raw,
    /// The denominator sums to 0.
    ZeroDenominator,
    /// The denominator is negative (more cases pending than filed).
    NegativeDenominator,
    /// The report's edition has no table with the operands (a 2008-era report).
    EditionNotCovered,
    /// The metric does not take the denominator asked for.
    DenominatorNotDefined,
    /// A series metric was asked of one report, with no report for the year before.
    NoPreviousYear,
    /// A report does not state its year.
    YearUnknown,
    /// The two reports are not for consecutive years.
    NotConsecutive,
    /// The two reports are of different agencies.
    DifferentAgencies,
    /// A 2008-era report does not state the key figure a series metric reads.
    NotStated,
    /// An operand is beyond [`Ratio::MAX_OPERAND`].
    TooLarge,
    /// A 2008-era key figure is stated as a bound or an estimate ("余", "约"), or not as a
    /// whole number, so it is not compared.
    NotExact,
}

impl Reason {
    /// The identifier, as serialized.
    pub const fn id(self) -> &'static str {
        match self {
            Reason::Blank => "blank",
            Reason::Raw => "raw",
            Reason::ZeroDenominator => "zero_denominator",
            Reason::NegativeDenominator => "negative_denominator",
            Reason::EditionNotCovered => "edition_not_covered",
            Reason::DenominatorNotDefined => "denominator_not_defined",
            Reason::NoPreviousYear => "no_previous_year",
            Reason::YearUnknown => "year_unknown",
            Reason::NotConsecutive => "not_consecutive",
            Reason::DifferentAgencies => "different_agencies",
            Reason::NotStated => "not_stated",
            Reason::TooLarge => "too_large",
            Reason::NotExact => "not_exact",
        }
    }

    /// What the reason means, in English.
    pub const fn describe(self) -> &'static str {
        match self {
            Reason::Blank => "an operand cell is blank (never read as 0)",
            Reason::Raw => "an operand cell holds text, not a number",
            Reason::ZeroDenominator => "the denominator is 0",
            Reason::NegativeDenominator => "the denominator is below 0",
            Reason::EditionNotCovered => "the report's edition has no table with the operands",
            Reason::DenominatorNotDefined => "the metric does not take this denominator",
            Reason::NoPreviousYear => "no report of the same agency for the year before",
            Reason::YearUnknown => "a report does not state its year",
            Reason::NotConsecutive => "the reports are not for consecutive years",
            Reason::DifferentAgencies => "the reports are of different agencies",
            Reason::NotStated => "a 2008-era report does not state the key figure",
            Reason::TooLarge => "an operand is too large to divide exactly",
            Reason::NotExact => "a key figure is not stated as an exact whole number",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// A cell an operand reads, in this year's report or last year's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Operand {
    /// The cell.
    pub at: CellAddress,
    /// Whether the cell is in the report for the year before.
    pub last_year: bool,
}

impl Serialize for Operand {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Operand", 2)?;
        s.serialize_field("pointer", &self.at.pointer())?;
        s.serialize_field("last_year", &self.last_year)?;
        s.end()
    }
}

/// Why there is no value, and the cells that caused it (for a zero denominator, the
/// denominator's cells).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NotComputable {
    /// The reason.
    pub reason: Reason,
    /// The cells concerned, in the order of the formula.
    pub cells: Vec<Operand>,
}

/// A metric's value for a report: a ratio, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    /// The metric.
    pub metric: Metric,
    /// The denominator used.
    pub denominator: Denominator,
    /// The ratio, or why there is none.
    pub result: Result<Ratio, NotComputable>,
}

impl Value {
    /// The ratio, if the metric could be computed.
    pub fn ratio(&self) -> Option<Ratio> {
        self.result.as_ref().ok().copied()
    }

    /// Why the metric could not be computed, if it could not.
    pub fn not_computable(&self) -> Option<&NotComputable> {
        self.result.as_ref().err()
    }

    fn with(
        metric: Metric,
        denominator: Denominator,
        result: Result<Ratio, NotComputable>,
    ) -> Value {
        Value {
            metric,
            denominator,
            result,
        }
    }

    fn not(metric: Metric, denominator: Denominator, reason: Reason, cells: Vec<Operand>) -> Value {
        Value::with(metric, denominator, Err(NotComputable { reason, cells }))
    }
}

impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Value", 7)?;
        s.serialize_field("metric", self.metric.id())?;
        s.serialize_field("denominator_kind", &self.denominator)?;
        match &self.result {
            Ok(ratio) => {
                s.serialize_field("numerator", &ratio.numerator())?;
                s.serialize_field("denominator", &ratio.denominator())?;
                s.serialize_field("percent", &ratio.percent(2).to_string())?;
                s.serialize_field("reason", &None::<Reason>)?;
                s.serialize_field("cells", &[] as &[Operand])?;
            }
            Err(why) => {
                s.serialize_field("numerator", &None::<i64>)?;
                s.serialize_field("denominator", &None::<i64>)?;
                s.serialize_field("percent", &None::<String>)?;
                s.serialize_field("reason", &why.reason)?;
                s.serialize_field("cells", &why.cells)?;
            }
        }
        s.end()
    }
}

/// The reports a formula reads: this year's, and the year before's for a series metric.
#[derive(Clone, Copy)]
struct Reports<'a> {
    current: &'a Report,
    previous: Option<&'a Report>,
}

/// A formula summed: the sum, or why there is none.
type Sum = Result<i64, NotComputable>;

impl<'a> Reports<'a> {
    /// The cells a term reads, with the report they are in.
    fn cells(self, term: Term) -> Vec<(Operand, Option<&'a Report>)> {
        let here = |at| Operand {
            at,
            last_year: false,
        };
        match term {
            Term::Cell(at) => vec![(here(at), Some(self.current))],
            Term::LastYear(at) => vec![(
                Operand {
                    at,
                    last_year: true,
                },
                self.previous,
            )],
            Term::Group(group) => {
                let single = matches!(
                    self.current.requests().map(|r| &r.outcomes.other_handling),
                    Some(OtherHandling::SingleRow(_))
                );
                if group == RequestGroup::OtherHandling && single {
                    let at = CellAddress::Requests(
                        RequestLine::OtherHandlingSingle,
                        ApplicantColumn::Total,
                    );
                    return vec![(here(at), Some(self.current))];
                }
                group
                    .rows()
                    .map(|row| here(requests(row)))
                    .filter(|op| self.current.cell(op.at).is_some())
                    .map(|op| (op, Some(self.current)))
                    .collect()
            }
        }
    }

    /// The value of one cell: a whole number, or why not.
    fn read(op: Operand, report: Option<&Report>) -> Result<i64, Reason> {
        let Some(report) = report else {
            return Err(Reason::NoPreviousYear);
        };
        if report.edition() == Edition::Regulation2008 {
            // Only 一、本年新收 has a 2008-era counterpart: the key figure.
            return if op.at == requests(RequestRow::NewReceived) {
                key_count(report)
            } else {
                Err(Reason::EditionNotCovered)
            };
        }
        match report.cell(op.at) {
            Some(CellRef::Count(cell)) => match cell.value() {
                Some(count) => i64::try_from(count.get()).map_err(|_| Reason::TooLarge),
                None if cell.is_blank() => Err(Reason::Blank),
                None => Err(Reason::Raw),
            },
            Some(_) => Err(Reason::Raw),
            None => Err(Reason::EditionNotCovered),
        }
    }

    /// A formula summed. The first failing reason is kept, with every cell that fails for it.
    fn sum(self, formula: Formula) -> Sum {
        let mut total: i64 = 0;
        let mut failed: Option<NotComputable> = None;
        let terms = formula
            .plus
            .iter()
            .map(|t| (1, *t))
            .chain(formula.minus.iter().map(|t| (-1, *t)));
        for (sign, term) in terms {
            for (op, report) in self.cells(term) {
                match Self::read(op, report) {
                    Ok(v) => total = total.saturating_add(sign * v),
                    Err(reason) => match &mut failed {
                        None => {
                            failed = Some(NotComputable {
                                reason,
                                cells: vec![op],
                            })
                        }
                        Some(f) if f.reason == reason => f.cells.push(op),
                        Some(_) => {}
                    },
                }
            }
        }
        match failed {
            Some(f) => Err(f),
            None => Ok(total),
        }
    }

    fn cells_of(self, formula: Formula) -> Vec<Operand> {
        formula
            .plus
            .iter()
            .chain(formula.minus)
            .flat_map(|t| self.cells(*t))
            .map(|(op, _)| op)
            .collect()
    }
}

/// The 2008-era key figure 收到政府信息公开申请数, when stated as an exact whole number.
fn key_count(report: &Report) -> Result<i64, Reason> {
    let Some(quantity) = comparable(report).applications_received else {
        return Err(Reason::NotStated);
    };
    match quantity.value {
        Some(value) if quantity.qualifier == Qualifier::Exact && value.fract().is_zero() => {
            i64::try_from(value).map_err(|_| Reason::NotExact)
        }
        _ => Err(Reason::NotExact),
    }
}

fn evaluate(reports: Reports<'_>, metric: Metric, kind: Denominator) -> Value {
    let definition = metric.definition();
    let Some(formula) = definition.denominator(kind) else {
        return Value::not(metric, kind, Reason::DenominatorNotDefined, Vec::new());
    };
    let edition = reports.current.edition();
    if !definition.editions.contains(&edition) {
        let cells = reports.cells_of(definition.numerator);
        return Value::not(metric, kind, Reason::EditionNotCovered, cells);
    }
    let numerator = reports.sum(definition.numerator);
    let denominator = reports.sum(formula);
    let (numerator, denominator) = match (numerator, denominator) {
        (Err(why), _) | (_, Err(why)) => return Value::with(metric, kind, Err(why)),
        (Ok(n), Ok(d)) => (n, d),
    };
    let reason = match denominator {
        0 => Reason::ZeroDenominator,
        d if d < 0 => Reason::NegativeDenominator,
        _ => {
            let ratio = Ratio::new(numerator, denominator);
            return match ratio {
                Some(r) => Value::with(metric, kind, Ok(r)),
                // Sums of a few counts of at most 2^53 each stay below 2^60.
                None => Value::not(metric, kind, Reason::TooLarge, reports.cells_of(formula)),
            };
        }
    };
    Value::not(metric, kind, reason, reports.cells_of(formula))
}

/// A metric of one report with its default denominator. A series metric has no value from
/// one report ([`Reason::NoPreviousYear`]): use [`compute_series`].
pub fn compute(report: &Report, metric: Metric) -> Value {
    compute_with(report, metric, metric.definition().default_denominator())
}

/// A metric of one report with the denominator given; [`Reason::DenominatorNotDefined`] when
/// the metric does not take it.
pub fn compute_with(report: &Report, metric: Metric, denominator: Denominator) -> Value {
    let reports = Reports {
        current: report,
        previous: None,
    };
    if metric.definition().series && metric.definition().denominator(denominator).is_some() {
        return Value::not(metric, denominator, Reason::NoPreviousYear, Vec::new());
    }
    evaluate(reports, metric, denominator)
}

/// A metric over two reports of one agency, `previous` for the year before `current`.
/// A metric that is not a series metric is computed on `current` alone.
///
/// Not computable when either report does not state its year
/// ([`Reason::YearUnknown`]), the years are not consecutive ([`Reason::NotConsecutive`]), the
/// agencies differ ([`Reason::DifferentAgencies`]), or a 2008-era key figure is not exact
/// ([`Reason::NotExact`]); which figures compare across editions is
/// [`compare`](crate::compare)'s to say.
pub fn compute_series(
    previous: &Report,
    current: &Report,
    metric: Metric,
    denominator: Denominator,
) -> Value {
    if !metric.definition().series {
        return compute_with(current, metric, denominator);
    }
    if metric.definition().denominator(denominator).is_none() {
        return Value::not(
            metric,
            denominator,
            Reason::DenominatorNotDefined,
            Vec::new(),
        );
    }
    let (Some(before), Some(now)) = (previous.meta().report_year, current.meta().report_year)
    else {
        return Value::not(metric, denominator, Reason::YearUnknown, Vec::new());
    };
    if u32::from(before.get()) + 1 != u32::from(now.get()) {
        return Value::not(metric, denominator, Reason::NotConsecutive, Vec::new());
    }
    if previous.meta().agency.trim() != current.meta().agency.trim() {
        return Value::not(metric, denominator, Reason::DifferentAgencies, Vec::new());
    }
    let reports = Reports {
        current,
        previous: Some(previous),
    };
    evaluate(reports, metric, denominator)
}

/// Every metric of one report with its default denominator, in the order of [`Metric::ALL`]
/// (the series metrics not computable: [`Reason::NoPreviousYear`]).
pub fn all(report: &Report) -> Vec<Value> {
    Metric::ALL.iter().map(|m| compute(report, *m)).collect()
}

/// Every metric of one report with `denominator`, or each metric's default when `None`. A
/// metric that does not take the denominator asked for is not computable
/// ([`Reason::DenominatorNotDefined`]): no other is put in its place.
pub fn all_with(report: &Report, denominator: Option<Denominator>) -> Vec<Value> {
    Metric::ALL
        .iter()
        .map(|m| {
            let kind = denominator.unwrap_or_else(|| m.definition().default_denominator());
            compute_with(report, *m, kind)
        })
        .collect()
}
