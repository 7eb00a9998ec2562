//! Checks across the reports of one agency in consecutive years.

use crate::catalogue::{
    ApplicantColumn, ProactiveColumn2019, ProactiveColumn2021, ProactiveRow2019, ProactiveRow2021,
    RequestRow,
};
use crate::cell::ChangeCell;
use crate::cell::CountCell;
use crate::findings::{Message, Rule, Validation};
use crate::format_2019::Format2019Report;
use crate::format_2021::Format2021Report;
use crate::meta::ReportYear;
use crate::report::Report;
use crate::requests::Requests;

use super::engine::{At, Checker, Op, RequestLine};

/// Why a list of reports is not a series.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SeriesError {
    /// No report was given.
    #[error("a series needs at least one report")]
    Empty,
    /// The reports are not all of one agency.
    #[error("the reports are of more than one agency: {first:?} and {other:?} ({year})")]
    MixedAgencies {
        /// The agency of the earliest report.
        first: String,
        /// Another agency found.
        other: String,
        /// The report year of the report naming the other agency.
        year: u16,
    },
    /// A report states no year, so it has no place in the series.
    #[error("a report of {agency:?} states no year: it has no place in a series")]
    NoYear {
        /// The agency of the report without a year.
        agency: String,
    },
    /// Two reports cover the same year.
    #[error("two reports cover {year}")]
    DuplicateYear {
        /// The year covered twice.
        year: u16,
    },
    /// A year is missing between two reports.
    #[error("the series has a gap: no report between {before} and {after}")]
    Gap {
        /// The year before the gap.
        before: u16,
        /// The year after the gap.
        after: u16,
    },
}

/// Checks the reports of one agency for consecutive years (in any order): `series.carried_over`
/// for the seven columns of part 三 (across the 2019 and 2021 formats), `series.in_force` for
/// 规章 and 行政规范性文件 (2021 format) and `series.items` (2019 format). Refuses a
/// mix of agencies, a report that states no year, two reports for one year, or a gap, rather
/// than guessing.
///
/// Findings point into the later report of each pair and carry its `report_year`; each
/// operand carries the year of the report it was read from.
pub fn validate_series(reports: &[Report]) -> Result<Validation, SeriesError> {
    validate_series_with(reports, &SeriesOptions::default())
}

/// What the user sets for a series.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SeriesOptions {
    /// The text similarity, in per mille (0 to 1000), at or above which
    /// `series.text_similarity` is a warning; none by default (no threshold is national).
    pub copy_threshold: Option<u16>,
}

impl SeriesOptions {
    /// Options with a threshold for `series.text_similarity`, in per mille (clamped to 1000).
    pub fn with_copy_threshold(mut self, permille: u16) -> SeriesOptions {
        self.copy_threshold = Some(permille.min(1000));
        self
    }
}

/// [`validate_series`] with options: also `series.text_similarity` for each narrative part
/// of the 2019 and 2021 formats (一、五、六), a notice with the similarity to the year before,
/// or a warning at or above `options.copy_threshold`.
pub fn validate_series_with(
    reports: &[Report],
    options: &SeriesOptions,
) -> Result<Validation, SeriesError> {
    let mut sorted: Vec<(ReportYear, &Report)> = Vec::with_capacity(reports.len());
    for report in reports {
        let year = report
            .meta()
            .report_year
            .ok_or_else(|| SeriesError::NoYear {
                agency: report.meta().agency.clone(),
            })?;
        sorted.push((year, report));
    }
    sorted.sort_by_key(|(year, _)| *year);
    let (_, first) = sorted.first().ok_or(SeriesError::Empty)?;
    for (year, report) in &sorted {
        if report.meta().agency != first.meta().agency {
            return Err(SeriesError::MixedAgencies {
                first: first.meta().agency.clone(),
                other: report.meta().agency.clone(),
                year: year.get(),
            });
        }
    }
    for pair in sorted.windows(2) {
        let (before, after) = (pair[0].0.get(), pair[1].0.get());
        if before == after {
            return Err(SeriesError::DuplicateYear { year: after });
        }
        if after != before + 1 {
            return Err(SeriesError::Gap { before, after });
        }
    }
    let mut out = Validation::default();
    for pair in sorted.windows(2) {
        let ((y0, prev), (y1, cur)) = (pair[0], pair[1]);
        let checker = &mut Checker {
            out: &mut out,
            year: Some(y1),
        };
        // Part 三 is the same table in 2019 and 2021: carry-over holds across the editions.
        if let (Some(a), Some(b)) = (prev.requests(), cur.requests()) {
            check_carried_over(y0, a, y1, b, checker);
        }
        match (prev, cur) {
            (Report::Format2021(a), Report::Format2021(b)) => {
                check_in_force((y0, a), (y1, b), checker)
            }
            (Report::Format2019(a), Report::Format2019(b)) => {
                check_items((y0, a), (y1, b), checker)
            }
            _ => {}
        }
        // The narrative parts last: the tables' findings come first, as in one report.
        super::similarity::check((y0, prev), (y1, cur), options.copy_threshold, checker);
    }
    Ok(out)
}

fn check_carried_over(
    y0: ReportYear,
    prev: &Requests,
    y1: ReportYear,
    cur: &Requests,
    checker: &mut Checker<'_>,
) {
    for column in ApplicantColumn::NATIONAL {
        let at = |row| At::Requests(RequestLine::Row(row), column);
        let (Some(forward), Some(over)) = (
            prev.carried_forward.cell(column),
            cur.carried_over.cell(column),
        ) else {
            continue;
        };
        checker.identity(
            Rule::SeriesCarriedOver,
            at(RequestRow::CarriedOver),
            &[Op::new(at(RequestRow::CarriedForward), forward).in_year(y0)],
            &[Op::new(at(RequestRow::CarriedOver), over).in_year(y1)],
            &|expected, actual| Message {
                zh: format!(
                    "「{}」列：{y1}年{}为{actual}，{y0}年{}为{expected}。",
                    column.full_label(),
                    RequestRow::CarriedOver.label(),
                    RequestRow::CarriedForward.label()
                ),
                en: format!(
                    "Column 「{}」: {y1} reports {actual} applications carried over, but {y0} carried forward {expected}.",
                    column.full_label()
                ),
            },
        );
    }
}

fn check_in_force(
    (y0, prev): (ReportYear, &Format2021Report),
    (y1, cur): (ReportYear, &Format2021Report),
    checker: &mut Checker<'_>,
) {
    for row in [
        ProactiveRow2021::Regulations,
        ProactiveRow2021::NormativeDocuments,
    ] {
        let (Some(before), Some(issued), Some(repealed), Some(now)) = (
            prev.proactive.count(row, ProactiveColumn2021::InForce),
            cur.proactive.count(row, ProactiveColumn2021::Issued),
            cur.proactive.count(row, ProactiveColumn2021::Repealed),
            cur.proactive.count(row, ProactiveColumn2021::InForce),
        ) else {
            continue;
        };
        let at = |column| At::Proactive2021(row, column);
        checker.identity(
            Rule::SeriesInForce,
            at(ProactiveColumn2021::InForce),
            &[
                Op::new(at(ProactiveColumn2021::InForce), before).in_year(y0),
                Op::new(at(ProactiveColumn2021::Issued), issued).in_year(y1),
                Op::new(at(ProactiveColumn2021::Repealed), repealed).in_year(y1).negated(),
            ],
            &[Op::new(at(ProactiveColumn2021::InForce), now).in_year(y1)],
            &|expected, actual| Message {
                zh: format!(
                    "「{}」：{y1}年现行有效件数为{actual}，按{y0}年现行有效件数加本年制发、减本年废止应为{expected}（修订、清理可合理造成差异）。",
                    row.label()
                ),
                en: format!(
                    "「{}」: {y1} reports {actual} in force, but {y0}'s in-force count plus this year's issued minus repealed gives {expected} (amendments and clean-ups can explain a difference).",
                    row.label()
                ),
            },
        );
    }
}

fn check_items(
    (y0, prev): (ReportYear, &Format2019Report),
    (y1, cur): (ReportYear, &Format2019Report),
    checker: &mut Checker<'_>,
) {
    let rows = [
        ProactiveRow2019::Licensing,
        ProactiveRow2019::OtherServices,
        ProactiveRow2019::Penalties,
        ProactiveRow2019::Coercion,
        ProactiveRow2019::AdministrativeFees,
    ];
    for row in rows {
        let cells = |p: &'_ Format2019Report| -> (CountCell, ChangeCell) {
            match p.proactive.items(row) {
                Some(items) => (items.items_last_year.clone(), items.items_change.clone()),
                None => (
                    p.proactive.administrative_fees.items_last_year.clone(),
                    p.proactive.administrative_fees.items_change.clone(),
                ),
            }
        };
        let (before, change) = cells(prev);
        let (now, _) = cells(cur);
        let at = |column| At::Proactive2019(row, column);
        checker.identity(
            Rule::SeriesItems,
            at(ProactiveColumn2019::ItemsLastYear),
            &[
                Op::new(at(ProactiveColumn2019::ItemsLastYear), &before).in_year(y0),
                Op::new(at(ProactiveColumn2019::ItemsChange), &change).in_year(y0),
            ],
            &[Op::new(at(ProactiveColumn2019::ItemsLastYear), &now).in_year(y1)],
            &|expected, actual| Message {
                zh: format!(
                    "「{}」：{y1}年上一年项目数量为{actual}，按{y0}年上一年项目数量加本年增/减应为{expected}。",
                    row.label()
                ),
                en: format!(
                    "「{}」: {y1} reports {actual} items last year, but {y0}'s items plus its change give {expected}.",
                    row.label()
                ),
            },
        );
    }
}
