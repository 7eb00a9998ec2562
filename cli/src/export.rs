//! `ogi export`: the tidy long table, one line per cell.
//!
//! Columns, in order (docs/CLI.md says what each holds):
//! `file, agency, report_year, edition, table, row_id, column_id, row_label, column_label,
//! value, state, raw`. In CSV, a text cell a spreadsheet would run as a formula is neutralised
//! ([`csv_text`]); numbers stay numbers.

use std::io::Write;
use std::path::PathBuf;

use ogi_report::Report;
use ogi_report::parse::ParseOptions;
use rayon::prelude::*;
use serde::Serialize;

use crate::Batch;
use crate::load::load;

/// The columns of the table.
pub use ogi_report::tidy::COLUMNS;

/// The form of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// Comma-separated values (RFC 4180), with a header line; text that would run as a
    /// spreadsheet formula neutralised.
    Csv,
    /// JSON Lines: one object per cell, counts as numbers, money as exact strings.
    Jsonl,
}

/// Writes a CSV field: a number as it is, anything else as text ([`csv_text`]). A number is
/// an optional minus, digits and at most one point between digits (`-3`, `27.2500`): what a
/// spreadsheet reads as that number and nothing else.
pub(crate) fn csv_field(out: &mut String, field: &str) {
    if is_plain_number(field) {
        out.push_str(field);
    } else {
        csv_text(out, field);
    }
}

/// Writes a text field, quoted when it needs it (RFC 4180). Text a spreadsheet would run as a
/// formula, starting with `=`, `+`, `-`, `@`, a tab or a carriage return (an agency's
/// `=HYPERLINK(…)`, a file named `=1+2.json`), is neutralised as OWASP advises: a single quote
/// before it, the whole quoted, so that it shows as the text it is.
pub(crate) fn csv_text(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula || field.contains([',', '"', '\n', '\r']) {
        out.push('"');
        if formula {
            out.push('\'');
        }
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// `-3`, `0`, `27.2500`: an optional minus, digits, and at most one point between digits.
fn is_plain_number(field: &str) -> bool {
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = field.strip_prefix('-').unwrap_or(field);
    match unsigned.split_once('.') {
        Some((whole, fraction)) => all_digits(whole) && all_digits(fraction),
        None => all_digits(unsigned),
    }
}

/// Appends one report's rows to `out`, each starting with `file`.
pub(crate) fn write_rows(out: &mut String, file: &str, report: &Report, format: ExportFormat) {
    let meta = report.meta();
    let year = meta.report_year.map_or_else(String::new, |y| y.to_string());
    let edition = report.edition().id();
    for row in ogi_report::tidy::rows(report) {
        match format {
            ExportFormat::Csv => {
                let value = row.value.as_deref().unwrap_or("");
                // `report_year` and `value` are numbers; every other column is text, a raw
                // cell's printed text included (`-`, `+1`).
                let fields = [
                    (file, false),
                    (&meta.agency, false),
                    (&year, true),
                    (edition, false),
                    (row.table, false),
                    (&row.row_id, false),
                    (&row.column_id, false),
                    (&row.row_label, false),
                    (&row.column_label, false),
                    (value, true),
                    (row.state, false),
                    (row.raw.unwrap_or(""), false),
                ];
                for (i, (field, number)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if *number {
                        csv_field(out, field);
                    } else {
                        csv_text(out, field);
                    }
                }
                out.push('\n');
            }
            ExportFormat::Jsonl => {
                let value = match &row.value {
                    Some(v) if row.whole => v
                        .parse::<i64>()
                        .map_or(JsonValue::Text(v), JsonValue::Whole),
                    Some(v) => JsonValue::Text(v),
                    None => JsonValue::None,
                };
                let line = JsonRow {
                    file,
                    agency: &meta.agency,
                    report_year: meta.report_year.map(|y| y.get()),
                    edition,
                    table: row.table,
                    row_id: &row.row_id,
                    column_id: &row.column_id,
                    row_label: &row.row_label,
                    column_label: &row.column_label,
                    value,
                    state: row.state,
                    raw: row.raw,
                };
                if let Ok(text) = serde_json::to_string(&line) {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
        }
    }
}

/// A line of the JSON Lines table, with the columns in the CSV's order.
#[derive(Serialize)]
struct JsonRow<'a> {
    file: &'a str,
    agency: &'a str,
    report_year: Option<u16>,
    edition: &'a str,
    table: &'a str,
    row_id: &'a str,
    column_id: &'a str,
    row_label: &'a str,
    column_label: &'a str,
    value: JsonValue<'a>,
    state: &'a str,
    raw: Option<&'a str>,
}

/// A count as a JSON number; money and decimals as exact strings; a blank or raw cell null.
#[derive(Serialize)]
#[serde(untagged)]
enum JsonValue<'a> {
    Whole(i64),
    Text(&'a str),
    None,
}

/// Runs `ogi export`; returns the exit status: 0, or 2 when a file could not be read (the
/// others are still written).
pub fn run(
    paths: &[PathBuf],
    format: ExportFormat,
    bom: bool,
    parse: &ParseOptions,
    batch: &Batch,
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(files) = crate::load::collect_or_say(paths, "export") else {
        return Ok(2);
    };
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    if format == ExportFormat::Csv {
        writeln!(out, "{}", COLUMNS.join(","))?;
    }
    let mut status = 0;
    let progress = batch.progress(files.len() as u64, "exporting");
    for chunk in files.chunks(batch.chunk) {
        let done: Vec<Result<String, String>> = chunk
            .par_iter()
            .map(|path| {
                let result = load(path, parse)
                    .map(|loaded| {
                        let mut text = String::new();
                        write_rows(
                            &mut text,
                            &path.display().to_string(),
                            &loaded.report,
                            format,
                        );
                        text
                    })
                    .map_err(|e| e.to_string());
                progress.inc(1);
                result
            })
            .collect();
        for result in done {
            match result {
                Ok(text) => out.write_all(text.as_bytes())?,
                Err(e) => {
                    progress.suspend(|| eprintln!("ogi export: {e}"));
                    status = 2;
                }
            }
        }
    }
    progress.finish_and_clear();
    Ok(status)
}
