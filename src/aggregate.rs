//! Summing several agencies' reports of one year into one set of tables, as a government's
//! report summarises its departments.
//!
//! [`aggregate`] takes reports of one table edition (the 2021 format, or the 2019 format of
//! report years 2019 and 2020) and sums every cell of parts 二, 三 and 四: counts, the
//! 2019 本年增/减 (signed), the 2021 fee in 万元 and the 2019 政府集中采购 amount, exactly, as
//! decimals. The sum is blank-aware: a cell that is blank or not a number in any report makes
//! the combined cell not assessable. The combined cell is then left blank, and
//! [`Combined::not_assessable`] says which reports and cells caused it. Nothing is read as
//! zero. Reports of different years or editions, of the 2008 era (no tables) or without a
//! year are refused.
//!
//! ```
//! use ogi_report::aggregate::aggregate;
//! use ogi_report::builder::{Format2019Builder, Format2021Builder};
//! use ogi_report::catalogue::{ApplicantColumn, RequestRow};
//! use ogi_report::meta::ReportYear;
//! use ogi_report::money::MoneyUnit;
//!
//! let year = ReportYear::new(2023).unwrap();
//! let a = Format2021Builder::new("甲局", year)
//!     .applications(RequestRow::NewReceived, ApplicantColumn::NaturalPerson, 2)
//!     .applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 2)
//!     .build().unwrap();
//! let b = Format2021Builder::new("乙局", year).penalties(5).build().unwrap();
//! let combined = aggregate(&[&a, &b]).unwrap();
//! assert_eq!(combined.requests.new_received.total.as_u64(), Some(2));
//! let proactive = combined.proactive.as_format_2021().unwrap();
//! assert_eq!(proactive.penalties.decisions.as_u64(), Some(5));
//! assert!(combined.not_assessable.is_empty());
//!
//! // 2019-format reports: procurement amounts summed exactly.
//! let year = ReportYear::new(2020).unwrap();
//! let wan = Some(MoneyUnit::WanYuan);
//! let c = Format2019Builder::new("丙局", year)
//!     .procurement(3, "1.25".parse().unwrap(), wan)
//!     .build().unwrap();
//! let d = Format2019Builder::new("丁局", year)
//!     .procurement(2, "0.000001".parse().unwrap(), wan)
//!     .build().unwrap();
//! let combined = aggregate(&[&c, &d]).unwrap();
//! let procurement = &combined.proactive.as_format_2019().unwrap().procurement;
//! assert_eq!(procurement.total_amount.value().unwrap().to_string(), "1.250001");
//!
//! // Editions are never summed together.
//! assert!(aggregate(&[&a, &c]).is_err());
//! ```

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;

use crate::catalogue::{Edition, FieldText, ProactiveColumn2019, ProactiveRow2019, RequestGroup};
use crate::cell::{Cell, Count};
use crate::format_2019::{Format2019Report, Format2019Tag};
use crate::format_2021::{Format2021Report, Format2021Tag};
use crate::layout::{CellAddress, CellMut, CellRef, RequestLine};
use crate::meta::{Meta, ReportYear};
use crate::money::{Amount, ExactDecimal, Fee, MoneyUnit};
use crate::narrative::Narrative;
use crate::other_matters::OtherMatters;
use crate::report::Report;
use crate::requests::{ApplicantRow, OtherHandling, Requests};
use crate::review::ReviewLitigation;

/// Why reports cannot be summed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AggregateError {
    /// No report was given.
    #[error("nothing to sum: no report was given")]
    Empty,
    /// A report states no year, so it cannot be summed with others of one year.
    #[error("the report of {agency:?} states no year")]
    NoYear {
        /// The agency of the report without a year.
        agency: String,
    },
    /// The reports are not all for one year.
    #[error("the reports are for different years: {first} and {other} ({agency})")]
    MixedYears {
        /// The year of the first report.
        first: u16,
        /// Another year found.
        other: u16,
        /// The agency of the report for the other year.
        agency: String,
    },
    /// A report of the 2008 era has no tables to sum.
    #[error("the report of {agency:?} is of the {} edition, which has no tables to sum", edition.id())]
    NoTables {
        /// The agency of the report.
        agency: String,
        /// Its edition.
        edition: Edition,
    },
    /// The reports are not all of one edition: their tables differ and are not summed
    /// together.
    #[error(
        "the reports are of different editions: {} and {} ({agency}); their tables are not summed together",
        first.id(),
        other.id()
    )]
    MixedEditions {
        /// The edition of the first report.
        first: Edition,
        /// Another edition found.
        other: Edition,
        /// The agency of the report of the other edition.
        agency: String,
    },
    /// Some 2019 reports state the unit of the 采购总金额 and another does not: the amounts
    /// cannot be added without guessing it.
    #[error(
        "the report of {agency:?} states no unit for the amount at {pointer}, which others state"
    )]
    UnknownUnit {
        /// Where.
        pointer: String,
        /// The agency of the first report that states no unit.
        agency: String,
    },
    /// A sum exceeds the largest count or amount.
    #[error("the sum at {pointer} exceeds the largest count")]
    Overflow {
        /// Where.
        pointer: String,
    },
}

/// A report's cell that prevented a combined cell from being summed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(
    title = "不可汇总原因",
    description = "A report's cell that prevented a sum."
)]
pub struct Cause {
    /// The position of the report in the list given to [`aggregate`].
    #[schemars(title = "报告序号")]
    pub report: usize,
    /// The agency of that report.
    #[schemars(title = FieldText::Agency.label())]
    pub agency: String,
    /// The JSON Pointer of the cell in that report.
    #[schemars(title = FieldText::Pointer.label())]
    pub pointer: String,
    /// What the cell held: null for a blank, or the raw text.
    #[schemars(title = FieldText::CellValue.label())]
    pub value: Cell<i64>,
}

/// A combined cell that could not be summed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[schemars(
    title = "不可汇总单元格",
    description = "A combined cell that could not be summed, and the cells that prevented it."
)]
pub struct NotAssessable {
    /// The JSON Pointer of the combined cell (the same as in a report).
    #[schemars(title = FieldText::Pointer.label())]
    pub pointer: String,
    /// The cells that prevented the sum.
    #[schemars(title = "原因")]
    pub causes: Vec<Cause>,
}

/// Part 二 summed: its tables differ between the editions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
#[allow(
    clippy::large_enum_variant,
    reason = "one value per sum: boxing the larger variant would only add an allocation"
)]
pub enum CombinedProactive {
    /// The 2021 format's part 二.
    Format2021(crate::format_2021::Proactive),
    /// The 2019 format's part 二.
    Format2019(crate::format_2019::Proactive),
}

impl CombinedProactive {
    /// The edition of the tables summed.
    pub fn edition(&self) -> Edition {
        match self {
            CombinedProactive::Format2021(_) => Edition::Format2021,
            CombinedProactive::Format2019(_) => Edition::Format2019,
        }
    }

    /// Part 二 of the 2021 format, if the reports summed are of that format.
    pub fn as_format_2021(&self) -> Option<&crate::format_2021::Proactive> {
        match self {
            CombinedProactive::Format2021(p) => Some(p),
            CombinedProactive::Format2019(_) => None,
        }
    }

    /// Part 二 of the 2019 format, if the reports summed are of that format.
    pub fn as_format_2019(&self) -> Option<&crate::format_2019::Proactive> {
        match self {
            CombinedProactive::Format2019(p) => Some(p),
            CombinedProactive::Format2021(_) => None,
        }
    }
}

/// The tables of several agencies' reports of one year and edition, summed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Combined {
    /// The year the reports cover.
    pub report_year: ReportYear,
    /// The agencies summed, in the order given.
    pub agencies: Vec<String>,
    /// Part 二, summed (the 2019 采购总金额 in the unit every report states, or in 元 when
    /// they state different ones).
    pub proactive: CombinedProactive,
    /// Part 三, summed in the national layout (（六）其他处理 as one row if any report prints
    /// it so; local subtotal rows and columns are not carried over).
    pub requests: Requests,
    /// Part 四, summed.
    pub review_litigation: ReviewLitigation,
    /// The combined cells left blank because a report's cell was blank or not a number.
    pub not_assessable: Vec<NotAssessable>,
}

impl Combined {
    /// The combined tables as a report of their edition for `agency` (the government or
    /// office that publishes the sum), to validate or render. The narrative parts are empty:
    /// a sum has no prose of its own.
    pub fn to_report(&self, agency: impl Into<String>) -> Report {
        let meta = Meta::new(agency, self.report_year);
        let requests = self.requests.clone();
        let review_litigation = self.review_litigation.clone();
        macro_rules! report {
            ($report:ident, $tag:expr, $proactive:expr) => {
                Report::from($report {
                    edition: $tag,
                    meta,
                    preamble: None,
                    overview: Narrative::default(),
                    proactive: $proactive.clone(),
                    requests,
                    review_litigation,
                    problems: Narrative::default(),
                    other_matters: OtherMatters::default(),
                })
            };
        }
        match &self.proactive {
            CombinedProactive::Format2021(p) => report!(Format2021Report, Format2021Tag, p),
            CombinedProactive::Format2019(p) => report!(Format2019Report, Format2019Tag, p),
        }
    }
}

/// Sums the tables of several reports of one year and one table edition. Refuses an empty
/// list, a report that states no year, a mix of years or of editions, a report of the 2008
/// era, and 2019 procurement amounts of which some state a unit and some do not.
pub fn aggregate(reports: &[&Report]) -> Result<Combined, AggregateError> {
    let (year, edition) = year_and_edition(reports)?;
    let single = reports.iter().any(|r| {
        r.requests()
            .is_some_and(|t| matches!(t.outcomes.other_handling, OtherHandling::SingleRow(_)))
    });
    let mut sum = skeleton(reports[0], single);
    let mut s = Summer {
        reports,
        in_yuan: false,
        not_assessable: Vec::new(),
        overflow: None,
    };
    let unit = s.procurement_unit()?;
    for at in CellAddress::all(edition) {
        match sum.cell_mut(at) {
            Some(CellMut::Count(c)) => *c = s.counts(at),
            Some(CellMut::Change(c)) => *c = s.changes(at),
            Some(CellMut::Fee(c)) => *c = s.fees(at),
            Some(CellMut::Amount(c)) => *c = s.amounts(at),
            _ => {}
        }
    }
    if let Some(pointer) = s.overflow {
        return Err(AggregateError::Overflow { pointer });
    }
    let (proactive, requests, review_litigation) = match sum {
        Report::Format2019(mut r) => {
            r.proactive.procurement.unit = unit;
            let p = CombinedProactive::Format2019(r.proactive);
            (p, r.requests, r.review_litigation)
        }
        Report::Format2021(r) => {
            let p = CombinedProactive::Format2021(r.proactive);
            (p, r.requests, r.review_litigation)
        }
        Report::Regulation2008(r) => {
            return Err(AggregateError::NoTables {
                agency: r.meta.agency,
                edition: Edition::Regulation2008,
            });
        }
    };
    Ok(Combined {
        report_year: year,
        agencies: reports.iter().map(|r| r.meta().agency.clone()).collect(),
        proactive,
        requests,
        review_litigation,
        not_assessable: s.not_assessable,
    })
}

/// The year and the table edition every report shares.
fn year_and_edition(reports: &[&Report]) -> Result<(ReportYear, Edition), AggregateError> {
    let first = reports.first().ok_or(AggregateError::Empty)?;
    let agency = |r: &Report| r.meta().agency.clone();
    let year_of = |r: &Report| {
        r.meta()
            .report_year
            .ok_or_else(|| AggregateError::NoYear { agency: agency(r) })
    };
    let year = year_of(first)?;
    let edition = first.edition();
    for other in reports {
        if other.requests().is_none() {
            return Err(AggregateError::NoTables {
                agency: agency(other),
                edition: other.edition(),
            });
        }
        if other.edition() != edition {
            return Err(AggregateError::MixedEditions {
                first: edition,
                other: other.edition(),
                agency: agency(other),
            });
        }
        let other_year = year_of(other)?;
        if other_year != year {
            return Err(AggregateError::MixedYears {
                first: year.get(),
                other: other_year.get(),
                agency: agency(other),
            });
        }
    }
    Ok((year, edition))
}

/// The combined report before any cell is summed: the first report's tables in the national
/// layout, with no headings or prose (every cell is written by the sum).
fn skeleton(first: &Report, single: bool) -> Report {
    let mut requests = Requests::filled(Cell::Blank);
    if single {
        requests.outcomes.other_handling =
            OtherHandling::SingleRow(ApplicantRow::filled(Cell::Blank));
    }
    let review = ReviewLitigation::from_cells(std::array::from_fn(|_| Cell::Blank));
    let mut sum = first.clone();
    macro_rules! reset {
        ($r:expr) => {{
            $r.proactive.heading = None;
            $r.proactive.text_before = None;
            $r.proactive.text_after = None;
            $r.requests = requests;
            $r.review_litigation = review;
        }};
    }
    match &mut sum {
        Report::Format2021(r) => reset!(r),
        Report::Format2019(r) => reset!(r),
        Report::Regulation2008(_) => {}
    }
    sum
}

/// The cells of a report that a combined cell sums: the cell at the same address, or, for
/// （六）其他处理 as one row, the three sub-rows of a report that itemizes it.
fn sources(report: &Report, at: CellAddress) -> Vec<(CellAddress, CellRef<'_>)> {
    if let Some(cell) = report.cell(at) {
        return vec![(at, cell)];
    }
    match at {
        CellAddress::Requests(RequestLine::OtherHandlingSingle, column) => {
            RequestGroup::OtherHandling
                .rows()
                .map(|row| CellAddress::Requests(RequestLine::Row(row), column))
                .filter_map(|at| report.cell(at).map(|cell| (at, cell)))
                .collect()
        }
        _ => Vec::new(),
    }
}

struct Summer<'r> {
    reports: &'r [&'r Report],
    /// Whether 2019 procurement amounts are summed in 元 (their units differ).
    in_yuan: bool,
    not_assessable: Vec<NotAssessable>,
    overflow: Option<String>,
}

impl<'r> Summer<'r> {
    /// Folds, over the reports, the cells a combined cell sums. `None` when one of them is
    /// blank or not a number (the causes are recorded) or the sum overflows (recorded too).
    fn fold<A>(
        &mut self,
        at: CellAddress,
        zero: A,
        add: impl Fn(A, &'r Report, CellRef<'r>) -> Option<A>,
    ) -> Option<A> {
        let mut total = Some(zero);
        let mut causes = Vec::new();
        for (index, report) in self.reports.iter().enumerate() {
            for (source, cell) in sources(report, at) {
                if cell.is_blank() || cell.raw().is_some() {
                    causes.push(Cause {
                        report: index,
                        agency: report.meta().agency.clone(),
                        pointer: source.pointer(),
                        value: cell
                            .raw()
                            .map_or(Cell::Blank, |raw| Cell::Raw(raw.to_owned())),
                    });
                } else {
                    total = total.and_then(|t| add(t, report, cell));
                }
            }
        }
        if !causes.is_empty() {
            self.not_assessable.push(NotAssessable {
                pointer: at.pointer(),
                causes,
            });
            return None;
        }
        if total.is_none() {
            self.overflow.get_or_insert_with(|| at.pointer());
        }
        total
    }

    /// The cell for a sum, or a blank (an overflow is recorded).
    fn cell<T, E>(&mut self, at: CellAddress, sum: Option<Result<T, E>>) -> Cell<T> {
        match sum {
            Some(Ok(value)) => Cell::Value(value),
            Some(Err(_)) => {
                self.overflow.get_or_insert_with(|| at.pointer());
                Cell::Blank
            }
            None => Cell::Blank,
        }
    }

    fn counts(&mut self, at: CellAddress) -> Cell<Count> {
        let sum = self.fold(at, 0u64, |t, _, cell| match cell {
            CellRef::Count(c) => t.checked_add(c.as_u64()?),
            _ => None,
        });
        self.cell(at, sum.map(Count::new))
    }

    fn changes(&mut self, at: CellAddress) -> Cell<i64> {
        let sum = self.fold(at, 0i64, |t, _, cell| match cell {
            CellRef::Change(Cell::Value(v)) => t.checked_add(*v),
            _ => None,
        });
        self.cell(at, sum.map(Ok::<i64, ()>))
    }

    fn fees(&mut self, at: CellAddress) -> Cell<Fee> {
        let sum = self.fold(at, Decimal::ZERO, |t, _, cell| match cell {
            CellRef::Fee(Cell::Value(fee)) => t.checked_add(fee.wan_yuan()),
            _ => None,
        });
        self.cell(at, sum.map(Fee::new))
    }

    fn amounts(&mut self, at: CellAddress) -> Cell<ExactDecimal> {
        let in_yuan = self.in_yuan;
        let sum = self.fold(at, Decimal::ZERO, |t, report, cell| match cell {
            CellRef::Amount(Cell::Value(value)) if in_yuan => {
                let unit = procurement_unit(report)?;
                t.checked_add(
                    Amount {
                        value: *value,
                        unit,
                    }
                    .in_yuan(),
                )
            }
            CellRef::Amount(Cell::Value(value)) => t.checked_add(value.get()),
            _ => None,
        });
        self.cell(at, sum.map(ExactDecimal::new))
    }

    /// The unit of the summed 2019 procurement amount: the one every report states (or
    /// none, when none states one), or 元 when they state different ones. Refused when some
    /// state a unit and some do not.
    fn procurement_unit(&mut self) -> Result<Option<MoneyUnit>, AggregateError> {
        let units: Vec<Option<MoneyUnit>> =
            self.reports.iter().map(|r| procurement_unit(r)).collect();
        let Some(first) = units.iter().copied().flatten().next() else {
            return Ok(None);
        };
        if let Some(i) = units.iter().position(Option::is_none) {
            return Err(AggregateError::UnknownUnit {
                pointer: CellAddress::Proactive2019(
                    ProactiveRow2019::Procurement,
                    ProactiveColumn2019::TotalAmount,
                )
                .pointer(),
                agency: self.reports[i].meta().agency.clone(),
            });
        }
        if units.iter().all(|u| *u == Some(first)) {
            return Ok(Some(first));
        }
        self.in_yuan = true;
        Ok(Some(MoneyUnit::Yuan))
    }
}

/// The unit a 2019 report states for its procurement amount.
fn procurement_unit(report: &Report) -> Option<MoneyUnit> {
    report.as_format_2019()?.proactive.procurement.unit
}
