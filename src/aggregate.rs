//! Summing several agencies' reports of one year into one set of tables, as a government's
//! report summarises its departments.
//!
//! The sum is blank-aware: a cell that is blank or not a number in any report makes the
//! combined cell not assessable. The combined cell is then left blank, and
//! [`Combined::not_assessable`] says which reports and cells caused it. Nothing is read as zero.
//!
//! ```
//! use ogi_report::aggregate::aggregate;
//! use ogi_report::builder::Format2021Builder;
//! use ogi_report::catalogue::{ApplicantColumn, RequestRow};
//! use ogi_report::meta::ReportYear;
//!
//! let year = ReportYear::new(2023).unwrap();
//! let a = Format2021Builder::new("甲局", year)
//!     .applications(RequestRow::NewReceived, ApplicantColumn::NaturalPerson, 2)
//!     .applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 2)
//!     .build().unwrap();
//! let b = Format2021Builder::new("乙局", year).penalties(5).build().unwrap();
//! let combined = aggregate(&[a.as_format_2021().unwrap(), b.as_format_2021().unwrap()]).unwrap();
//! assert_eq!(combined.requests.new_received.total.as_u64(), Some(2));
//! assert_eq!(combined.proactive.penalties.decisions.as_u64(), Some(5));
//! assert!(combined.not_assessable.is_empty());
//! ```

use schemars::JsonSchema;
use serde::Serialize;

use crate::catalogue::FieldText;
use crate::catalogue::{
    ApplicantColumn, ProactiveColumn2021, ProactiveRow2021, RequestGroup, RequestRow, ReviewBlock,
    ReviewOutcome,
};
use crate::cell::CountCell;
use crate::cell::{Cell, Count};
use crate::format_2021::{DecisionCount, DocumentCounts, FeeAmount, Format2021Report, Proactive};
use crate::layout::{CellAddress, RequestLine};
use crate::meta::ReportYear;
use crate::money::Fee;
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
    /// A sum exceeds the largest count.
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

impl Cause {
    /// The cause for a report's blank or raw cell (its value is never read).
    fn new<T>(report: usize, of: &Format2021Report, at: CellAddress, cell: &Cell<T>) -> Cause {
        Cause {
            report,
            agency: of.meta.agency.clone(),
            pointer: at.pointer(),
            value: cell.map(|_| 0),
        }
    }
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

/// The tables of several agencies' reports of one year, summed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Combined {
    /// The year the reports cover.
    pub report_year: ReportYear,
    /// The agencies summed, in the order given.
    pub agencies: Vec<String>,
    /// Part 二, summed.
    pub proactive: Proactive,
    /// Part 三, summed in the national layout (（六）其他处理 as one row if any report prints
    /// it so; local subtotal rows and columns are not carried over).
    pub requests: Requests,
    /// Part 四, summed.
    pub review_litigation: ReviewLitigation,
    /// The combined cells left blank because a report's cell was blank or not a number.
    pub not_assessable: Vec<NotAssessable>,
}

impl Combined {
    /// The combined tables as a 2021-format report of `agency` (the government or office that
    /// publishes the sum), to validate or render. The narrative parts are empty: a sum has no
    /// prose of its own.
    pub fn to_report(&self, agency: impl Into<String>) -> crate::Report {
        crate::Report::Format2021(Format2021Report {
            edition: crate::format_2021::Format2021Tag,
            meta: crate::meta::Meta::new(agency, self.report_year),
            preamble: None,
            overview: crate::narrative::Narrative::default(),
            proactive: self.proactive.clone(),
            requests: self.requests.clone(),
            review_litigation: self.review_litigation.clone(),
            problems: crate::narrative::Narrative::default(),
            other_matters: crate::other_matters::OtherMatters::default(),
        })
    }
}

struct Summer<'r> {
    reports: &'r [&'r Format2021Report],
    not_assessable: Vec<NotAssessable>,
    overflow: Option<String>,
}

impl<'r> Summer<'r> {
    /// Sums, over the reports, the cells `pick` returns for each (one cell, or several whose
    /// sum stands for the combined cell).
    fn sum(
        &mut self,
        at: CellAddress,
        pick: &dyn Fn(&'r Format2021Report) -> Vec<(CellAddress, &'r CountCell)>,
    ) -> CountCell {
        let mut total: u64 = 0;
        let mut causes = Vec::new();
        for (index, report) in self.reports.iter().enumerate() {
            for (source, cell) in pick(report) {
                match cell {
                    Cell::Value(v) => total = total.saturating_add(v.get()),
                    Cell::Blank | Cell::Raw(_) => {
                        causes.push(Cause::new(index, report, source, cell))
                    }
                }
            }
        }
        if !causes.is_empty() {
            self.not_assessable.push(NotAssessable {
                pointer: at.pointer(),
                causes,
            });
            return Cell::Blank;
        }
        match Count::new(total) {
            Ok(count) => Cell::Value(count),
            Err(_) => {
                self.overflow.get_or_insert_with(|| at.pointer());
                Cell::Blank
            }
        }
    }
}

/// Sums the tables of several reports of one year. Refuses an empty list, a report that
/// states no year, or a mix of years.
pub fn aggregate(reports: &[&Format2021Report]) -> Result<Combined, AggregateError> {
    let first = reports.first().ok_or(AggregateError::Empty)?;
    let year_of = |r: &Format2021Report| {
        r.meta.report_year.ok_or_else(|| AggregateError::NoYear {
            agency: r.meta.agency.clone(),
        })
    };
    let year = year_of(first)?;
    for other in reports {
        let other_year = year_of(other)?;
        if other_year != year {
            return Err(AggregateError::MixedYears {
                first: year.get(),
                other: other_year.get(),
                agency: other.meta.agency.clone(),
            });
        }
    }
    let mut s = Summer {
        reports,
        not_assessable: Vec::new(),
        overflow: None,
    };

    // Part 二.
    let count = |s: &mut Summer<'_>, row: ProactiveRow2021, column: ProactiveColumn2021| {
        let at = CellAddress::Proactive2021(row, column);
        s.sum(at, &|r| {
            r.proactive
                .count(row, column)
                .map(|c| (at, c))
                .into_iter()
                .collect()
        })
    };
    let docs = |s: &mut Summer<'_>, row| DocumentCounts {
        issued: count(s, row, ProactiveColumn2021::Issued),
        repealed: count(s, row, ProactiveColumn2021::Repealed),
        in_force: count(s, row, ProactiveColumn2021::InForce),
    };
    let regulations = docs(&mut s, ProactiveRow2021::Regulations);
    let normative_documents = docs(&mut s, ProactiveRow2021::NormativeDocuments);
    let decisions = |s: &mut Summer<'_>, row| DecisionCount {
        decisions: count(s, row, ProactiveColumn2021::Decisions),
    };
    let licensing = decisions(&mut s, ProactiveRow2021::Licensing);
    let penalties = decisions(&mut s, ProactiveRow2021::Penalties);
    let coercion = decisions(&mut s, ProactiveRow2021::Coercion);
    let fee = sum_fees(&mut s);

    // Part 三.
    let single = reports.iter().any(|r| {
        matches!(
            r.requests.outcomes.other_handling,
            OtherHandling::SingleRow(_)
        )
    });
    let mut requests = Requests::filled(Cell::Blank);
    for row in RequestRow::ALL {
        if single && row.group() == Some(RequestGroup::OtherHandling) {
            continue;
        }
        let cells: [CountCell; 7] = ApplicantColumn::NATIONAL.map(|column| {
            let at = CellAddress::Requests(RequestLine::Row(*row), column);
            s.sum(at, &|r| {
                r.requests
                    .row(*row)
                    .and_then(|cells| cells.cell(column))
                    .map(|c| (at, c))
                    .into_iter()
                    .collect()
            })
        });
        if let Some(target) = requests.row_mut(*row) {
            *target = ApplicantRow::from_cells(cells);
        }
    }
    if single {
        let cells: [CountCell; 7] = ApplicantColumn::NATIONAL.map(|column| {
            let at = CellAddress::Requests(RequestLine::OtherHandlingSingle, column);
            s.sum(at, &|r| match &r.requests.outcomes.other_handling {
                OtherHandling::SingleRow(cells) => {
                    vec![(at, cells.cell(column).unwrap_or(&cells.total))]
                }
                OtherHandling::Itemized(items) => RequestGroup::OtherHandling
                    .rows()
                    .filter_map(|row| {
                        items
                            .row(row)
                            .and_then(|cells| cells.cell(column))
                            .map(|c| (CellAddress::Requests(RequestLine::Row(row), column), c))
                    })
                    .collect(),
            })
        });
        requests.outcomes.other_handling =
            OtherHandling::SingleRow(ApplicantRow::from_cells(cells));
    }

    // Part 四.
    let mut review = ReviewLitigation::from_cells(std::array::from_fn(|_| Cell::Blank));
    for block in ReviewBlock::ALL {
        for outcome in ReviewOutcome::ALL {
            let at = CellAddress::Review(*block, *outcome);
            let cell = s.sum(at, &|r| {
                vec![(at, r.review_litigation.block(*block).cell(*outcome))]
            });
            *review.block_mut(*block).cell_mut(*outcome) = cell;
        }
    }

    if let Some(pointer) = s.overflow {
        return Err(AggregateError::Overflow { pointer });
    }
    Ok(Combined {
        report_year: year,
        agencies: reports.iter().map(|r| r.meta.agency.clone()).collect(),
        proactive: Proactive {
            heading: None,
            text_before: None,
            regulations,
            normative_documents,
            licensing,
            penalties,
            coercion,
            administrative_fees: FeeAmount { amount: fee },
            text_after: None,
        },
        requests,
        review_litigation: review,
        not_assessable: s.not_assessable,
    })
}

fn sum_fees(s: &mut Summer<'_>) -> Cell<Fee> {
    let at = CellAddress::Proactive2021(
        ProactiveRow2021::AdministrativeFees,
        ProactiveColumn2021::Amount,
    );
    let mut total = rust_decimal::Decimal::ZERO;
    let mut causes = Vec::new();
    for (index, report) in s.reports.iter().enumerate() {
        match report.proactive.fee() {
            Cell::Value(fee) => match total.checked_add(fee.wan_yuan()) {
                Some(sum) => total = sum,
                None => {
                    s.overflow.get_or_insert_with(|| at.pointer());
                }
            },
            other => causes.push(Cause::new(index, report, at, other)),
        }
    }
    if !causes.is_empty() {
        s.not_assessable.push(NotAssessable {
            pointer: at.pointer(),
            causes,
        });
        return Cell::Blank;
    }
    match Fee::new(total) {
        Ok(fee) => Cell::Value(fee),
        Err(_) => {
            s.overflow.get_or_insert_with(|| at.pointer());
            Cell::Blank
        }
    }
}
