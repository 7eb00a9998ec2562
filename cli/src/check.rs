//! `ogi check`: every file checked, the years of one agency checked as a series, a table of
//! counts.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;

use annotate_snippets::Renderer;
use ogi_report::catalogue::Edition;
use ogi_report::findings::{Rule, Severity};
use ogi_report::parse::ParseOptions;
use ogi_report::{Finding, Report};
use rayon::prelude::*;
use serde::Serialize;

use crate::load::{Loaded, Unreadable, load};
use crate::show::{self, Lang, Lines};
use crate::{Batch, OutputFormat};
use ogi_report::load::{Placed, TextSpan};

/// What `ogi check` was asked.
pub struct CheckOptions {
    /// Human-readable or JSON Lines.
    pub format: OutputFormat,
    /// The language of messages.
    pub lang: Lang,
    /// Whether the years of one agency are checked as a series.
    pub series: bool,
    /// Colour in the human output.
    pub color: bool,
    /// What the parser is told.
    pub parse: ParseOptions,
    /// The series' options: the text similarity that is a warning.
    pub series_options: ogi_report::validate::SeriesOptions,
}

/// Counts of findings by severity.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Notices.
    pub notices: usize,
}

impl Counts {
    /// Counts these findings.
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Counts {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                _ => c.notices += 1,
            }
        }
        c
    }

    fn add(&mut self, other: Counts) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.notices += other.notices;
    }
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize, one: &str| {
            if n == 1 {
                format!("{n} {one}")
            } else {
                format!("{n} {one}s")
            }
        };
        write!(
            f,
            "{}, {}, {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.notices, "notice")
        )
    }
}

/// One file checked.
struct Checked {
    output: String,
    outcome: Outcome,
}

enum Outcome {
    Unreadable,
    Read {
        edition: Edition,
        counts: Counts,
        /// The agency and year, for a report that can join a series.
        series: Option<(String, u16)>,
    },
}

/// The totals of a batch.
#[derive(Default)]
struct Tally {
    by_edition: BTreeMap<&'static str, (usize, usize, Counts)>,
    unreadable: usize,
    series: (usize, usize, Counts),
    series_unchecked: usize,
}

/// Runs `ogi check`; returns the exit status.
pub fn run(
    paths: &[PathBuf],
    options: &CheckOptions,
    batch: &Batch,
    out: &mut dyn Write,
) -> std::io::Result<u8> {
    let Some(files) = crate::load::collect_or_say(paths, "check") else {
        return Ok(2);
    };
    let renderer = if options.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut tally = Tally::default();
    let mut members: BTreeMap<String, Vec<(u16, usize)>> = BTreeMap::new();
    let progress = batch.progress(files.len() as u64, "checking");
    for (chunk_index, chunk) in files.chunks(batch.chunk).enumerate() {
        let checked: Vec<Checked> = chunk
            .par_iter()
            .map(|path| {
                let result = check_file(path, options, &renderer);
                progress.inc(1);
                result
            })
            .collect();
        for (i, c) in checked.into_iter().enumerate() {
            out.write_all(c.output.as_bytes())?;
            match c.outcome {
                Outcome::Unreadable => tally.unreadable += 1,
                Outcome::Read {
                    edition,
                    counts,
                    series,
                } => {
                    let row = tally.by_edition.entry(edition.id()).or_default();
                    row.0 += 1;
                    row.1 += usize::from(counts.errors > 0);
                    row.2.add(counts);
                    if let Some((agency, year)) = series {
                        members
                            .entry(agency)
                            .or_default()
                            .push((year, chunk_index * batch.chunk + i));
                    }
                }
            }
        }
    }
    progress.finish_and_clear();
    if options.series {
        check_series(&files, members, options, &renderer, &mut tally, out)?;
    }
    if options.format == OutputFormat::Human {
        write_table(&tally, out)?;
    }
    let errors = tally
        .by_edition
        .values()
        .any(|(_, with_errors, _)| *with_errors > 0)
        || tally.series.1 > 0;
    Ok(if tally.unreadable > 0 {
        2
    } else {
        u8::from(errors)
    })
}

fn check_file(path: &std::path::Path, options: &CheckOptions, renderer: &Renderer) -> Checked {
    let shown = path.display().to_string();
    let loaded = match load(path, &options.parse) {
        Ok(l) => l,
        Err(e) => {
            return Checked {
                output: unreadable(&e, options.format),
                outcome: Outcome::Unreadable,
            };
        }
    };
    let placed = loaded.check();
    let counts = Counts::of(placed.iter().map(|p| &p.finding));
    let report = &loaded.report;
    let meta = report.meta();
    let mut output = String::new();
    match options.format {
        OutputFormat::Human => {
            let _ = writeln!(output, "{}", summary_line(&shown, &loaded, counts));
            if let Some(cells) = cells_read(&loaded).filter(|c| c.of > 0) {
                let _ = writeln!(output, "  {cells}");
            }
            write_findings(
                &mut output,
                renderer,
                &shown,
                options.lang,
                &loaded,
                &placed,
            );
        }
        OutputFormat::Json => {
            output = json_object(&shown, &loaded, &placed);
            output.push('\n');
        }
    }
    let series = meta
        .report_year
        .filter(|_| report.edition() != Edition::Regulation2008 && !meta.agency.is_empty())
        .map(|year| (meta.agency.clone(), year.get()));
    Checked {
        output,
        outcome: Outcome::Read {
            edition: report.edition(),
            counts,
            series,
        },
    }
}

/// The line `ogi check` prints first for a file read: `PATH: EDITION · AGENCY · YEAR · FORM:
/// COUNTS`.
pub fn summary_line(shown: &str, loaded: &Loaded, counts: Counts) -> String {
    let report = &loaded.report;
    let meta = report.meta();
    format!(
        "{shown}: {} · {} · {} · {}: {counts}",
        report.edition().id(),
        if meta.agency.is_empty() {
            "(no agency)"
        } else {
            &meta.agency
        },
        meta.report_year
            .map_or_else(|| "(no year)".to_owned(), |y| y.to_string()),
        loaded.form,
    )
}

/// For a published form: how many of the report's table cells were read.
pub fn cells_read(loaded: &Loaded) -> Option<CellsRead> {
    loaded.parsed.as_ref().map(|p| CellsRead {
        read: p.cells_read.0,
        of: loaded.report.cells().count(),
        by_identities: p.cells_read.1,
    })
}

/// The object `ogi check --format json` prints for a file read (without the line's end).
pub fn json_object(shown: &str, loaded: &Loaded, placed: &[Placed]) -> String {
    let report = &loaded.report;
    let meta = report.meta();
    let line = FileLine {
        path: shown,
        form: loaded.form,
        edition: report.edition().id(),
        agency: &meta.agency,
        report_year: meta.report_year.map(|y| y.get()),
        summary: Counts::of(placed.iter().map(|p| &p.finding)),
        cells: cells_read(loaded),
        findings: placed.iter().map(FindingLine::of).collect(),
    };
    serde_json::to_string(&line).unwrap_or_default()
}

/// The object `ogi check --format json` prints for a file not read (without the line's end).
pub fn unread_object(shown: &str, reason: &str) -> String {
    serde_json::to_string(&Unread {
        path: shown,
        error: reason,
    })
    .unwrap_or_default()
}

fn unreadable(e: &Unreadable, format: OutputFormat) -> String {
    match format {
        OutputFormat::Human => format!("{e}\n"),
        OutputFormat::Json => {
            let mut line = unread_object(&e.path.display().to_string(), &e.reason);
            line.push('\n');
            line
        }
    }
}

/// The errors and warnings, each with its source excerpt. Notices are only counted.
fn write_findings(
    out: &mut String,
    renderer: &Renderer,
    path: &str,
    lang: Lang,
    loaded: &Loaded,
    placed: &[Placed],
) {
    let mut lines = None;
    for p in placed {
        if !matches!(p.finding.severity, Severity::Error | Severity::Warning) {
            continue;
        }
        let place = p.span.map(|span| {
            let lines = lines.get_or_insert_with(|| Lines::new(&loaded.text));
            (loaded, &*lines, span.start..span.end)
        });
        show::finding(out, renderer, path, lang, &p.finding, place);
    }
}

/// One object of `--format json`: a file read.
#[derive(Serialize)]
struct FileLine<'a> {
    path: &'a str,
    form: &'a str,
    edition: &'a str,
    agency: &'a str,
    report_year: Option<u16>,
    summary: Counts,
    /// For a published text: the table cells read.
    #[serde(skip_serializing_if = "Option::is_none")]
    cells: Option<CellsRead>,
    findings: Vec<FindingLine<'a>>,
}

/// How many of a report's table cells were read from its source.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CellsRead {
    /// Cells read as numbers (raw and blank cells are not).
    pub read: usize,
    /// The cells of the report's tables.
    pub of: usize,
    /// Cells read that only the table's identities placed (digits split by totals, rows of
    /// values placed apart from their labels).
    pub by_identities: usize,
}

impl std::fmt::Display for CellsRead {
    /// `read N of M cells`, and how many the identities alone placed.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "read {} of {} cells", self.read, self.of)?;
        if self.by_identities > 0 {
            write!(
                f,
                ", {} of them placed by the table's identities alone",
                self.by_identities
            )?;
        }
        Ok(())
    }
}

/// One object of `--format json`: a file not read.
#[derive(Serialize)]
struct Unread<'a> {
    path: &'a str,
    error: &'a str,
}

/// One object of `--format json`: a series checked.
#[derive(Serialize)]
struct SeriesLine<'a> {
    series: SeriesOf<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<Counts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    findings: Vec<FindingLine<'a>>,
}

#[derive(Serialize)]
struct SeriesOf<'a> {
    agency: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    years: Vec<u16>,
    paths: Vec<String>,
}

/// A finding with the file it is in (series only) and where in the file's text.
#[derive(Serialize)]
struct FindingLine<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<TextSpan>,
}

impl<'a> FindingLine<'a> {
    fn of(placed: &'a Placed) -> FindingLine<'a> {
        FindingLine {
            finding: &placed.finding,
            path: None,
            span: placed.span,
        }
    }
}

fn json_line(value: &impl Serialize) -> String {
    let mut line = serde_json::to_string(value).unwrap_or_default();
    line.push('\n');
    line
}

/// Checks the years of each agency given more than once, run by run of consecutive years.
fn check_series(
    files: &[PathBuf],
    members: BTreeMap<String, Vec<(u16, usize)>>,
    options: &CheckOptions,
    renderer: &Renderer,
    tally: &mut Tally,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut runs: Vec<(String, Vec<(u16, usize)>)> = Vec::new();
    for (agency, mut years) in members {
        if years.len() < 2 {
            continue;
        }
        years.sort_unstable();
        if let Some(pair) = years.windows(2).find(|p| p[0].0 == p[1].0) {
            tally.series_unchecked += 1;
            let paths = [&files[pair[0].1], &files[pair[1].1]];
            let reason = format!("two reports cover {}", pair[0].0);
            write_unchecked(out, options.format, &agency, &paths, &reason)?;
            continue;
        }
        let mut run: Vec<(u16, usize)> = Vec::new();
        for member in years {
            if run.last().is_some_and(|last| last.0 + 1 != member.0) {
                if run.len() > 1 {
                    runs.push((agency.clone(), std::mem::take(&mut run)));
                }
                run.clear();
            }
            run.push(member);
        }
        if run.len() > 1 {
            runs.push((agency, run));
        }
    }
    let results: Vec<(String, Counts)> = runs
        .par_iter()
        .map(|(agency, run)| series_run(files, agency, run, options, renderer))
        .collect();
    for (output, counts) in results {
        out.write_all(output.as_bytes())?;
        tally.series.0 += 1;
        tally.series.1 += usize::from(counts.errors > 0);
        tally.series.2.add(counts);
    }
    Ok(())
}

fn write_unchecked(
    out: &mut dyn Write,
    format: OutputFormat,
    agency: &str,
    paths: &[&PathBuf],
    reason: &str,
) -> std::io::Result<()> {
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    match format {
        OutputFormat::Human => writeln!(
            out,
            "series {agency}: not checked: {reason} ({})",
            shown.join(", ")
        ),
        OutputFormat::Json => out.write_all(
            json_line(&SeriesLine {
                series: SeriesOf {
                    agency,
                    years: Vec::new(),
                    paths: shown,
                },
                summary: None,
                error: Some(reason),
                findings: Vec::new(),
            })
            .as_bytes(),
        ),
    }
}

/// Checks one run of consecutive years. Each file is read again: a batch keeps no report in
/// memory while it goes on.
fn series_run(
    files: &[PathBuf],
    agency: &str,
    run: &[(u16, usize)],
    options: &CheckOptions,
    renderer: &Renderer,
) -> (String, Counts) {
    let mut loaded: Vec<(u16, &PathBuf, Loaded)> = Vec::new();
    for (year, index) in run {
        // Read once already; a file changed since is left out of the series.
        if let Ok(l) = load(&files[*index], &options.parse) {
            loaded.push((*year, &files[*index], l));
        }
    }
    let reports: Vec<Report> = loaded.iter().map(|(_, _, l)| l.report.clone()).collect();
    let years: Vec<u16> = loaded.iter().map(|(y, _, _)| *y).collect();
    let validation =
        match ogi_report::validate::validate_series_with(&reports, &options.series_options) {
            Ok(v) => v,
            Err(e) => {
                let shown: Vec<&PathBuf> = loaded.iter().map(|(_, p, _)| *p).collect();
                let mut out = Vec::new();
                let _ = write_unchecked(&mut out, options.format, agency, &shown, &e.to_string());
                return (
                    String::from_utf8_lossy(&out).into_owned(),
                    Counts::default(),
                );
            }
        };
    let counts = Counts::of(&validation.findings);
    // Each finding is shown in the report of its year.
    let file_of = |finding: &Finding| {
        let year = finding.report_year.map(|y| y.get());
        loaded
            .iter()
            .find(|(y, _, _)| Some(*y) == year)
            .or(loaded.last())
    };
    let mut output = String::new();
    let span = format!(
        "{}–{}",
        years.first().copied().unwrap_or_default(),
        years.last().copied().unwrap_or_default()
    );
    match options.format {
        OutputFormat::Human => {
            let _ = writeln!(output, "series {agency} {span}: {counts}");
            // The narrative parts' similarity to the year before, one line a year.
            for year in &years {
                let parts: Vec<String> = validation
                    .findings
                    .iter()
                    .filter(|f| {
                        f.rule == Rule::SeriesTextSimilarity
                            && f.report_year.map(|y| y.get()) == Some(*year)
                    })
                    .filter_map(|f| {
                        let part = f.pointer.split('/').nth(1)?;
                        let permille = f.actual?;
                        Some(format!("{part} {}.{} %", permille / 10, permille % 10))
                    })
                    .collect();
                if !parts.is_empty() {
                    let _ = writeln!(
                        output,
                        "  text similarity of {year} to {}: {}",
                        year - 1,
                        parts.join(", ")
                    );
                }
            }
            for finding in &validation.findings {
                if !matches!(finding.severity, Severity::Error | Severity::Warning) {
                    continue;
                }
                let Some((_, path, l)) = file_of(finding) else {
                    continue;
                };
                let lines = Lines::new(&l.text);
                let place = l.range_of(&finding.pointer).map(|r| (l, &lines, r));
                let shown = path.display().to_string();
                show::finding(&mut output, renderer, &shown, options.lang, finding, place);
            }
        }
        OutputFormat::Json => {
            let shown: Vec<String> = loaded
                .iter()
                .map(|(_, p, _)| p.display().to_string())
                .collect();
            let findings = validation
                .findings
                .iter()
                .map(|finding| {
                    let Some((_, path, l)) = file_of(finding) else {
                        return FindingLine {
                            finding,
                            path: None,
                            span: None,
                        };
                    };
                    let index = loaded.iter().position(|(_, p, _)| p == path).unwrap_or(0);
                    FindingLine {
                        finding,
                        path: shown.get(index).map(String::as_str),
                        span: l.range_of(&finding.pointer).map(|r| l.text_span(r)),
                    }
                })
                .collect();
            output = json_line(&SeriesLine {
                series: SeriesOf {
                    agency,
                    years,
                    paths: shown.clone(),
                },
                summary: Some(counts),
                error: None,
                findings,
            });
        }
    }
    (output, counts)
}

fn write_table(tally: &Tally, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rows: Vec<[String; 6]> = vec![[
        String::new(),
        "files".into(),
        "with errors".into(),
        "errors".into(),
        "warnings".into(),
        "notices".into(),
    ]];
    let mut total = (0usize, 0usize, Counts::default());
    let row = |name: &str, (files, with, c): (usize, usize, Counts)| {
        [
            name.to_owned(),
            files.to_string(),
            with.to_string(),
            c.errors.to_string(),
            c.warnings.to_string(),
            c.notices.to_string(),
        ]
    };
    for (edition, counts) in &tally.by_edition {
        rows.push(row(edition, *counts));
        total.0 += counts.0;
        total.1 += counts.1;
        total.2.add(counts.2);
    }
    if tally.unreadable > 0 {
        rows.push([
            "unreadable".into(),
            tally.unreadable.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
        total.0 += tally.unreadable;
    }
    rows.push(row("total", total));
    if tally.series.0 > 0 {
        rows.push(row("series", tally.series));
    }
    if tally.series_unchecked > 0 {
        rows.push([
            "series not checked".into(),
            tally.series_unchecked.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    let widths: Vec<usize> = (0..6)
        .map(|i| rows.iter().map(|r| r[i].len()).max().unwrap_or(0))
        .collect();
    writeln!(out)?;
    for r in &rows {
        let mut line = format!("{:<w$}", r[0], w = widths[0]);
        for i in 1..6 {
            let _ = write!(line, "  {:>w$}", r[i], w = widths[i]);
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
