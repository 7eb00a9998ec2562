//! `tidy`: every cell of a report as one row of a long table, as `ogi export` writes it and
//! the Python package's frames hold it.
//!
//! The columns, after the file's own (`file`, `agency`, `report_year`, `edition`), are
//! [`TidyRow`]'s fields. A blank cell has no value and the state `blank`; a raw cell has no
//! value, the state `raw`, and its printed text in `raw`. A 2008-era report has no tables: its
//! figures are rows of the table `figures`.

use crate::layout::{CellAddress, CellRef};
use crate::regulation_2008::Qualifier;
use crate::report::Report;

/// The columns of the long table, in order.
pub const COLUMNS: [&str; 12] = [
    "file",
    "agency",
    "report_year",
    "edition",
    "table",
    "row_id",
    "column_id",
    "row_label",
    "column_label",
    "value",
    "state",
    "raw",
];

/// One cell (or 2008-era figure) of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TidyRow<'a> {
    /// `proactive` (part 二), `requests` (part 三), `review_litigation` (part 四), or
    /// `figures` for a 2008-era report.
    pub table: &'static str,
    /// The row's path under its part, e.g. `outcomes/withheld/state_secret`; for a figure,
    /// its part and number ("2.1").
    pub row_id: String,
    /// The last segment of the cell's pointer, e.g. `natural_person`; `value` for a figure.
    pub column_id: String,
    /// The row's official labels, outermost first, joined by " › ".
    pub row_label: String,
    /// The column's official labels, joined by " › "; a figure's unit.
    pub column_label: String,
    /// The value as exact text (a count, a signed change, money in 万元 with its printed
    /// places); none for a blank or raw cell.
    pub value: Option<String>,
    /// Whether the value is a whole number (a count or a change), not money or a decimal.
    pub whole: bool,
    /// `value`, `blank` or `raw`; for a figure also `more_than` (余) or `about` (约).
    pub state: &'static str,
    /// The printed text of a raw cell, or of a figure.
    pub raw: Option<&'a str>,
}

/// The rows of one report: every cell of its tables in the layout's order, or its figures.
pub fn rows(report: &Report) -> Vec<TidyRow<'_>> {
    let mut out = Vec::new();
    if let Report::Regulation2008(r) = report {
        let mut previous = usize::MAX;
        let mut n = 0;
        for (part, figure) in r.figures() {
            n = if part == previous { n + 1 } else { 1 };
            previous = part;
            out.push(TidyRow {
                table: "figures",
                row_id: format!("{}.{n}", part + 1),
                column_id: "value".into(),
                row_label: figure.label.clone(),
                column_label: figure.unit.clone().unwrap_or_default(),
                value: Some(figure.value.to_string()),
                whole: false,
                state: match figure.qualifier {
                    Qualifier::MoreThan => "more_than",
                    Qualifier::About => "about",
                    _ => "value",
                },
                raw: Some(&figure.printed),
            });
        }
        return out;
    }
    for (at, cell) in report.cells() {
        let pointer_row = at.row_pointer();
        let part = at.part().id();
        let row_id = pointer_row
            .strip_prefix('/')
            .and_then(|p| p.strip_prefix(part))
            .and_then(|p| p.strip_prefix('/'))
            .unwrap_or("")
            .to_owned();
        let (value, state, raw) = if cell.is_blank() {
            (None, "blank", None)
        } else if let Some(raw) = cell.raw() {
            (None, "raw", Some(raw))
        } else {
            (cell.display(), "value", None)
        };
        out.push(TidyRow {
            table: part,
            row_id,
            column_id: column_id(at),
            row_label: at.row_labels().join(" › "),
            column_label: at.column_labels().join(" › "),
            value,
            whole: matches!(cell, CellRef::Count(_) | CellRef::Change(_)),
            state,
            raw,
        });
    }
    out
}

/// The column's id: the last segment of the cell's pointer.
fn column_id(at: CellAddress) -> String {
    let pointer = at.pointer();
    pointer.rsplit('/').next().unwrap_or("").to_owned()
}
