//! Cross-check validators: every finding, never the first only.
//!
//! [`validate`] checks one report; [`validate_series`] checks the reports of one agency over
//! consecutive years. Neither changes a report: where a total disagrees, the finding gives the
//! computed value (`expected`) beside the reported one (`actual`). The rules are listed, with
//! their formulas and sources, in `docs/rules.md`.
//!
//! ```
//! use ogi_report::{Report, validate};
//!
//! let report = Report::from_json(include_str!("../../tests/fixtures/reports/002_luohe_huizu_2022.json"))?;
//! let validation = validate(&report);
//! assert!(validation.is_clean());
//! // 25 row totals, 7 outcome totals, 7 balances, 3 block totals, 2 layout checks
//! assert_eq!(validation.summary.checks().evaluated, 25 + 7 + 7 + 3 + 2);
//! # Ok::<(), ogi_report::ReadError>(())
//! ```

mod deadline;
mod engine;
mod proactive_2019;
mod regulation_2008;
mod requests;
mod review;
mod series;
mod similarity;
mod text;
pub use text::phrases::{Needs, PHRASES, Phrase, Term};

pub use deadline::deadline;
pub use series::{SeriesError, SeriesOptions, validate_series, validate_series_with};
pub use similarity::text_similarity;

use crate::catalogue::{Edition, RequestGroup};
use crate::findings::{Message, Rule, Validation};
use crate::layout::{CellAddress, CellRef};
use crate::report::Report;
use crate::requests::OtherHandling;

use engine::Checker;

/// Checks one report and returns every finding, in a stable order (by part, then by rule,
/// then by row and column as printed), with the tallies.
pub fn validate(report: &Report) -> Validation {
    let mut out = Validation::default();
    let mut checker = Checker {
        out: &mut out,
        year: None,
    };
    deadline::check(report.meta(), &mut checker);
    match report {
        Report::Regulation2008(r) => regulation_2008::check(r, &mut checker),
        _ => {
            let (Some(table), Some(review)) = (report.requests(), report.review_litigation())
            else {
                return out;
            };
            let year = report.meta().report_year.map(crate::meta::ReportYear::get);
            let other = &table.outcomes.other_handling;
            check_layout(&mut checker, report.edition(), year, other);
            proactive_cells(report, &mut checker);
            if let Report::Format2019(r) = report {
                proactive_2019::check(&r.proactive, &mut checker);
            }
            requests::check(table, &mut checker);
            review::check(review, &mut checker);
            text::check(report, &mut checker);
        }
    }
    out
}

/// `cell.blank` and `cell.not_numeric` over every cell of part 二, as the layout orders them.
fn proactive_cells(report: &Report, checker: &mut Checker<'_>) {
    for at in CellAddress::proactive(report.edition()) {
        let Some(cell) = report.cell(at) else {
            continue;
        };
        match cell {
            CellRef::Count(c) => checker.cell(at, c),
            CellRef::Change(c) => checker.cell(at, c),
            CellRef::Fee(c) => checker.cell(at, c),
            CellRef::Amount(c) => checker.cell(at, c),
        }
    }
}

/// `edition.layout` for the year alone; nothing when the report states no year.
pub(crate) fn check_year(checker: &mut Checker<'_>, edition: Edition, year: Option<u16>) {
    let Some(year) = year else {
        return;
    };
    let called_for = Edition::for_report_year(year);
    checker.note(
        Rule::EditionLayout,
        || "/edition".to_owned(),
        called_for == Some(edition),
        || Message {
            zh: format!(
                "{year}年度的报告应使用{}，本报告使用{}。",
                called_for.map_or("（无统一格式）", |e| e.label()),
                edition.label()
            ),
            en: format!(
                "A report for {year} should use the {}, but this one uses the {}.",
                called_for.map_or("(no national format)", |e| e.title_en()),
                edition.title_en()
            ),
        },
    );
}

/// `edition.layout`: the year calls for `edition`, and （六）其他处理 is laid out as the
/// edition prints it (itemized in 2021, one row in 2019).
fn check_layout(
    checker: &mut Checker<'_>,
    edition: Edition,
    year: Option<u16>,
    other_handling: &OtherHandling,
) {
    check_year(checker, edition, year);
    let single = matches!(other_handling, OtherHandling::SingleRow(_));
    let label = RequestGroup::OtherHandling.label();
    checker.note(
        Rule::EditionLayout,
        || RequestGroup::OtherHandling.pointer(),
        single == (edition == Edition::Format2019),
        || match edition {
            Edition::Format2019 => Message {
                zh: format!("{label}按2021年格式分为三个子项，2019年格式印作一行。"),
                en: format!(
                    "{label} is itemized in three rows, as in the 2021 format; the 2019 format prints it as one row."
                ),
            },
            _ => Message {
                zh: format!("{label}按2019年格式印作一行，2021年格式分为三个子项。"),
                en: format!(
                    "{label} is printed as one row, as in the 2019 format; the 2021 format itemizes it in three rows."
                ),
            },
        },
    );
}

/// The narrative text at a pointer ("/overview/text"), for placing a `text.*` finding.
pub(crate) fn narrative<'r>(report: &'r Report, pointer: &str) -> Option<&'r str> {
    similarity::parts(report)
        .into_iter()
        .flatten()
        .find(|(p, _, _)| *p == pointer)
        .map(|(_, _, text)| text)
}

impl Report {
    /// Checks the report: see [`validate`].
    pub fn validate(&self) -> Validation {
        validate(self)
    }
}
