//! Checks across the reports of one agency in consecutive years.

use crate::catalogue::{ApplicantColumn, ProactiveColumn2021, ProactiveRow2021, RequestRow};
use crate::findings::{Message, Rule, Validation};
use crate::format_2021::Format2021Report;
use crate::report::Report;

use super::engine::{At, Checker, Op, RowAt};

/// Why a list of reports is not a series.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
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
/// for the seven columns of part 三 and `series.in_force` for 规章 and 行政规范性文件. Refuses a
/// mix of agencies, two reports for one year, or a gap, rather than guessing.
///
/// Findings point into the later report of each pair and carry its `report_year`; each
/// operand carries the year of the report it was read from.
pub fn validate_series(reports: &[Report]) -> Result<Validation, SeriesError> {
    let mut sorted: Vec<&Report> = reports.iter().collect();
    sorted.sort_by_key(|r| r.meta().report_year);
    let first = sorted.first().ok_or(SeriesError::Empty)?;
    for report in &sorted {
        if report.meta().agency != first.meta().agency {
            return Err(SeriesError::MixedAgencies {
                first: first.meta().agency.clone(),
                other: report.meta().agency.clone(),
                year: report.meta().report_year.get(),
            });
        }
    }
    for pair in sorted.windows(2) {
        let (before, after) = (
            pair[0].meta().report_year.get(),
            pair[1].meta().report_year.get(),
        );
        if before == after {
            return Err(SeriesError::DuplicateYear { year: after });
        }
        if after != before + 1 {
            return Err(SeriesError::Gap { before, after });
        }
    }
    let mut out = Validation::default();
    for pair in sorted.windows(2) {
        match (pair[0], pair[1]) {
            (Report::Format2021(prev), Report::Format2021(cur)) => {
                check_pair_2021(
                    prev,
                    cur,
                    &mut Checker {
                        out: &mut out,
                        year: Some(cur.meta.report_year),
                    },
                );
            }
        }
    }
    Ok(out)
}

fn check_pair_2021(prev: &Format2021Report, cur: &Format2021Report, checker: &mut Checker<'_>) {
    let (y0, y1) = (prev.meta.report_year, cur.meta.report_year);
    for column in ApplicantColumn::NATIONAL {
        let at = |row| At::Request(RowAt::Data(row), column);
        let (Some(forward), Some(over)) = (
            prev.requests.carried_forward.cell(column),
            cur.requests.carried_over.cell(column),
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
        let at = |column| At::Proactive(row, column);
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
