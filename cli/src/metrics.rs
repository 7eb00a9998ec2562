//! `ogi metrics`: the named rates of many reports as one tidy table, one line per file and
//! metric.
//!
//! Columns, in order: `file, agency, report_year, edition, metric, name_zh, denominator_kind,
//! numerator, denominator, value, percent, reason, cells`. `value` is the fraction to 6
//! decimals and `percent` the rate to 2, both rounded half away from zero from the exact
//! fraction; `numerator` and `denominator` are the sums themselves. A metric with no value
//! has these four empty and `reason` set, with the cells concerned in `cells`.

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use ogi_report::Report;
use ogi_report::metrics::{self, Denominator, Metric, Value};
use ogi_report::parse::ParseOptions;
use rayon::prelude::*;
use serde::Serialize;

use crate::Batch;
use crate::export::csv_field;
use crate::load::load;

/// The columns of the table.
pub const COLUMNS: [&str; 13] = [
    "file",
    "agency",
    "report_year",
    "edition",
    "metric",
    "name_zh",
    "denominator_kind",
    "numerator",
    "denominator",
    "value",
    "percent",
    "reason",
    "cells",
];

/// The form of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MetricsFormat {
    /// Comma-separated values (RFC 4180), with a header line.
    Csv,
    /// JSON Lines: one object per file and metric, sums as numbers, decimals as strings.
    Json,
}

/// A denominator named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DenominatorArg {
    /// （七）总计: the requests answered this year.
    Answered,
    /// 一 + 二 (part 三); 总计 (part 四).
    Received,
    /// 一、本年新收.
    NewOnly,
    /// 总计 − 尚未审结 (part 四).
    Concluded,
}

impl From<DenominatorArg> for Denominator {
    fn from(arg: DenominatorArg) -> Denominator {
        match arg {
            DenominatorArg::Answered => Denominator::Answered,
            DenominatorArg::Received => Denominator::Received,
            DenominatorArg::NewOnly => Denominator::NewOnly,
            DenominatorArg::Concluded => Denominator::Concluded,
        }
    }
}

/// One line of the table.
#[derive(Serialize)]
struct Row<'a> {
    file: &'a str,
    agency: &'a str,
    report_year: Option<u16>,
    edition: &'a str,
    metric: &'a str,
    name_zh: &'a str,
    denominator_kind: &'a str,
    numerator: Option<i64>,
    denominator: Option<i64>,
    value: Option<String>,
    percent: Option<String>,
    reason: Option<&'a str>,
    cells: String,
}

fn row<'a>(file: &'a str, report: &'a Report, value: &'a Value) -> Row<'a> {
    let meta = report.meta();
    let ratio = value.ratio();
    let why = value.not_computable();
    let cells: Vec<String> = why
        .map(|w| {
            w.cells
                .iter()
                .map(|op| {
                    let prefix = if op.last_year { "last_year:" } else { "" };
                    format!("{prefix}{}", op.at.pointer())
                })
                .collect()
        })
        .unwrap_or_default();
    Row {
        file,
        agency: &meta.agency,
        report_year: meta.report_year.map(|y| y.get()),
        edition: report.edition().id(),
        metric: value.metric.id(),
        name_zh: value.metric.name_zh(),
        denominator_kind: value.denominator.id(),
        numerator: ratio.map(|r| r.numerator()),
        denominator: ratio.map(|r| r.denominator()),
        value: ratio.map(|r| r.to_decimal(6).to_string()),
        percent: ratio.map(|r| r.percent(2).to_string()),
        reason: why.map(|w| w.reason.id()),
        cells: cells.join(";"),
    }
}

fn write_row(out: &mut String, row: &Row<'_>, format: MetricsFormat) {
    match format {
        MetricsFormat::Json => {
            if let Ok(text) = serde_json::to_string(row) {
                out.push_str(&text);
                out.push('\n');
            }
        }
        MetricsFormat::Csv => {
            let number = |n: Option<i64>| n.map_or_else(String::new, |n| n.to_string());
            let fields = [
                row.file.to_owned(),
                row.agency.to_owned(),
                row.report_year.map_or_else(String::new, |y| y.to_string()),
                row.edition.to_owned(),
                row.metric.to_owned(),
                row.name_zh.to_owned(),
                row.denominator_kind.to_owned(),
                number(row.numerator),
                number(row.denominator),
                row.value.clone().unwrap_or_default(),
                row.percent.clone().unwrap_or_default(),
                row.reason.unwrap_or_default().to_owned(),
                row.cells.clone(),
            ];
            for (i, field) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                csv_field(out, field);
            }
            out.push('\n');
        }
    }
}

/// The values of one report: every metric, a series metric against the same agency's report
/// for the year before when one is among the files.
fn values(
    report: &Report,
    previous: Option<&Report>,
    denominator: Option<Denominator>,
) -> Vec<Value> {
    Metric::ALL
        .iter()
        .map(|metric| {
            let kind = denominator.unwrap_or_else(|| metric.definition().default_denominator());
            match previous {
                Some(before) if metric.definition().series => {
                    metrics::compute_series(before, report, *metric, kind)
                }
                _ => metrics::compute_with(report, *metric, kind),
            }
        })
        .collect()
}

/// Runs `ogi metrics`; returns the exit status: 0, or 2 when a file could not be read (the
/// others are still written).
pub fn run(
    paths: &[PathBuf],
    denominator: Option<Denominator>,
    format: MetricsFormat,
    parse: &ParseOptions,
    batch: &Batch,
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(files) = crate::load::collect_or_say(paths, "metrics") else {
        return Ok(2);
    };
    let progress = batch.progress(files.len() as u64, "reading");
    let loaded: Vec<_> = files
        .par_iter()
        .map(|path| {
            let result = load(path, parse).map(|l| l.report);
            progress.inc(1);
            (path, result)
        })
        .collect();
    progress.finish_and_clear();
    let mut status = 0;
    let mut reports = Vec::with_capacity(loaded.len());
    for (path, result) in loaded {
        match result {
            Ok(report) => reports.push((path.display().to_string(), report)),
            Err(e) => {
                eprintln!("ogi metrics: {e}");
                status = 2;
            }
        }
    }
    // The first report of each agency and year, in the order given, for the series.
    let mut by_year: HashMap<(&str, u16), &Report> = HashMap::new();
    for (_, report) in &reports {
        if let Some(year) = report.meta().report_year {
            by_year
                .entry((report.meta().agency.trim(), year.get()))
                .or_insert(report);
        }
    }
    if format == MetricsFormat::Csv {
        writeln!(out, "{}", COLUMNS.join(","))?;
    }
    let mut text = String::new();
    for (file, report) in &reports {
        let previous = report.meta().report_year.and_then(|year| {
            let before = year.get().checked_sub(1)?;
            by_year.get(&(report.meta().agency.trim(), before)).copied()
        });
        for value in values(report, previous, denominator) {
            write_row(&mut text, &row(file, report, &value), format);
        }
        out.write_all(text.as_bytes())?;
        text.clear();
    }
    Ok(status)
}
