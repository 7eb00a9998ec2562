//! Reads a report, prints a readable summary, checks it and prints every finding.
//!
//! ```text
//! cargo run --example inspect -- path/to/report.json
//! cargo run --example inspect -- path/to/published.txt       # any form the parser reads
//! cargo run --example inspect -- --json path/to/report.json   # the findings as JSON
//! cargo run --example inspect                                 # the bundled seed report 002
//! cargo run --example inspect -- --render html --out report.html path/to/report.json
//! ```
//!
//! `--render markdown|html|text` writes the report in the official layout instead of the
//! summary; the HTML page marks the cells the findings concern and lists the findings.
//! `--out FILE` writes to a file instead of standard output.
//!
//! Exit status: 0 when the report has no `error` finding, 1 when it has one, 2 when it could
//! not be read.

use std::process::ExitCode;

use ogi_report::catalogue::{
    ApplicantColumn, Part, ProactiveColumn2019, ProactiveColumn2021, ProactiveRow2019,
    ProactiveRow2021, RequestRow, ReviewBlock, ReviewOutcome,
};
use ogi_report::findings::Validation;
use ogi_report::format_2019::Format2019Report;
use ogi_report::format_2021::Format2021Report;
use ogi_report::parse::ParseOptions;
use ogi_report::regulation_2008::Regulation2008Report;
use ogi_report::render::{Format, Html};
use ogi_report::requests::Requests;
use ogi_report::review::ReviewLitigation;
use ogi_report::{Cell, Report};

const BUNDLED: &str = include_str!("../tests/fixtures/reports/002_luohe_huizu_2022.json");

const USAGE: &str =
    "usage: inspect [--json | --render markdown|html|text] [--out FILE] [REPORT.json | PUBLISHED]";

/// What the command line asks for.
struct Options {
    json: bool,
    render: Option<Format>,
    out: Option<String>,
    path: Option<String>,
}

fn options(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options {
        json: false,
        render: None,
        out: None,
        path: None,
    };
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        // `--render=html` and `--render html` both work
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--json" => options.json = true,
            "--render" => {
                let format = value("--render")?;
                options.render = Some(format.parse().map_err(|e| format!("--render: {e}"))?);
            }
            "--out" => options.out = Some(value("--out")?),
            other if other.starts_with("--") => return Err(format!("unknown option {other}")),
            _ if options.path.is_none() => options.path = Some(arg),
            _ => return Err("more than one report given".to_owned()),
        }
    }
    if options.json && options.render.is_some() {
        return Err("--json and --render cannot be used together".to_owned());
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (name, bytes) = match &options.path {
        None => (
            "bundled example (seed 002)".to_owned(),
            BUNDLED.as_bytes().to_vec(),
        ),
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => (path.clone(), bytes),
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    // A report in the crate's JSON, or a published report in any form the parser reads
    // (detected from the content, whatever the file is called).
    let loaded = match ogi_report::read(&bytes, &ParseOptions::default()) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("{name}: {e}");
            return ExitCode::from(2);
        }
    };
    let report = loaded.report;
    let mut validation = report.validate();
    // What the parser found comes first: it says how the cells were read.
    if let Some(parsed) = loaded.parsed {
        validation
            .findings
            .splice(0..0, parsed.findings.into_iter().map(|f| f.finding));
    }
    let output = match options.render {
        // HTML carries the findings: the cells they concern are marked, and listed after
        Some(Format::Html) => Html::new(&report).with_findings(&validation).page(),
        Some(format) => format.render(&report),
        None if options.json => validation.to_json(),
        None => summary(&name, &report) + &findings(&validation),
    };
    match &options.out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, output) {
                eprintln!("{path}: {e}");
                return ExitCode::from(2);
            }
        }
        None => emit(&output),
    }
    if validation.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes to standard output; a reader that closed the pipe (`| head`) is not an error.
fn emit(text: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn findings(validation: &Validation) -> String {
    let checks = validation.summary.checks();
    let mut out = format!(
        "\nChecks: {} evaluated, {} passed, {} failed, {} not assessable\n",
        checks.evaluated, checks.passed, checks.failed, checks.not_assessable
    );
    for finding in &validation.findings {
        out += &format!(
            "{} [{}] {}\n  {}\n  {}\n",
            finding.severity.label(),
            finding.rule.id(),
            finding.pointer,
            finding.message.zh,
            finding.message.en
        );
    }
    out
}

fn show(cell: &Cell<impl std::fmt::Display>) -> String {
    match cell {
        Cell::Value(v) => v.to_string(),
        Cell::Blank => "(blank)".to_owned(),
        Cell::Raw(raw) => format!("\"{raw}\""),
    }
}

fn summary(name: &str, report: &Report) -> String {
    let meta = report.meta();
    let mut out = format!(
        "{name}\n{} — {} report, edition {}\n",
        meta.agency,
        meta.report_year
            .map_or_else(|| "undated".to_owned(), |y| y.to_string()),
        report.edition().id()
    );
    if let Some(date) = meta.publication_date {
        out += &format!("published {date}\n");
    }
    match report {
        Report::Format2021(r) => format_2021(&mut out, r),
        Report::Format2019(r) => format_2019(&mut out, r),
        Report::Regulation2008(r) => regulation_2008(&mut out, r),
    }
    out
}

fn regulation_2008(out: &mut String, r: &Regulation2008Report) {
    for part in &r.parts {
        let serves = part
            .serves
            .map(|c| format!(" [{}]", c.label()))
            .unwrap_or_default();
        *out += &format!(
            "\n{}{serves} ({} characters)\n",
            part.heading,
            part.text.chars().count()
        );
        for figure in part.figures.iter().flat_map(|f| f.with_parts()) {
            let key = figure
                .key
                .map(|k| format!(" [{}]", k.label()))
                .unwrap_or_default();
            *out += &format!("  {}: {}{key}\n", figure.label, figure.printed);
        }
    }
}

fn format_2019(out: &mut String, r: &Format2019Report) {
    *out += &format!(
        "\n{} ({} characters)\n",
        Part::Overview.label(),
        r.overview.text.chars().count()
    );
    *out += &format!("\n{}\n", Part::Proactive.label());
    let p = &r.proactive;
    for row in ProactiveRow2019::ALL {
        let cells: Vec<String> = row
            .columns()
            .iter()
            .map(|column| {
                let value = match (row, column) {
                    (ProactiveRow2019::Procurement, ProactiveColumn2019::Projects) => {
                        show(&p.procurement.projects)
                    }
                    (ProactiveRow2019::Procurement, _) => format!(
                        "{}{}",
                        show(&p.procurement.total_amount),
                        p.procurement.unit.map_or("", |u| u.label())
                    ),
                    (ProactiveRow2019::AdministrativeFees, ProactiveColumn2019::ItemsLastYear) => {
                        show(&p.administrative_fees.items_last_year)
                    }
                    (ProactiveRow2019::AdministrativeFees, _) => {
                        show(&p.administrative_fees.items_change)
                    }
                    (_, ProactiveColumn2019::NewlyMade) => p
                        .published(*row)
                        .map(|c| show(&c.newly_made))
                        .unwrap_or_default(),
                    (_, ProactiveColumn2019::NewlyPublished) => p
                        .published(*row)
                        .map(|c| show(&c.newly_published))
                        .unwrap_or_default(),
                    (_, ProactiveColumn2019::TotalPublished) => p
                        .published(*row)
                        .map(|c| show(&c.total_published))
                        .unwrap_or_default(),
                    (_, ProactiveColumn2019::ItemsLastYear) => p
                        .items(*row)
                        .map(|c| show(&c.items_last_year))
                        .unwrap_or_default(),
                    (_, ProactiveColumn2019::ItemsChange) => p
                        .items(*row)
                        .map(|c| show(&c.items_change))
                        .unwrap_or_default(),
                    (_, _) => p
                        .items(*row)
                        .map(|c| show(&c.decisions))
                        .unwrap_or_default(),
                };
                format!("{} {value}", column.label())
            })
            .collect();
        *out += &format!("  {}: {}\n", row.label(), cells.join(", "));
    }
    requests_and_review(out, &r.requests, &r.review_litigation);
    *out += &format!(
        "\n{} ({} characters)\n",
        Part::Problems.label(),
        r.problems.text.chars().count()
    );
    *out += &format!(
        "{}: {}\n",
        Part::OtherMatters.label(),
        first_line(&r.other_matters.text)
    );
}

fn format_2021(out: &mut String, r: &Format2021Report) {
    *out += &format!(
        "\n{} ({} characters)\n",
        Part::Overview.label(),
        r.overview.text.chars().count()
    );

    *out += &format!("\n{}\n", Part::Proactive.label());
    for row in ProactiveRow2021::ALL {
        let cells: Vec<String> = row
            .columns()
            .iter()
            .map(|column| {
                let value = match column {
                    ProactiveColumn2021::Amount => show(r.proactive.fee()),
                    _ => r
                        .proactive
                        .count(*row, *column)
                        .map(show)
                        .unwrap_or_default(),
                };
                format!("{} {value}", column.label())
            })
            .collect();
        *out += &format!("  {}: {}\n", row.label(), cells.join(", "));
    }

    requests_and_review(out, &r.requests, &r.review_litigation);
    *out += &format!(
        "\n{} ({} characters)\n",
        Part::Problems.label(),
        r.problems.text.chars().count()
    );
    *out += &format!(
        "{}: {}\n",
        Part::OtherMatters.label(),
        first_line(&r.other_matters.text)
    );
}

fn requests_and_review(out: &mut String, requests: &Requests, review: &ReviewLitigation) {
    *out += &format!("\n{}\n", Part::Requests.label());
    let header: Vec<&str> = ApplicantColumn::NATIONAL
        .iter()
        .map(|c| c.label())
        .collect();
    *out += &format!("  (columns: {})\n", header.join(" | "));
    for row in [
        RequestRow::NewReceived,
        RequestRow::CarriedOver,
        RequestRow::Disclosed,
        RequestRow::PartiallyDisclosed,
        RequestRow::OutcomesTotal,
        RequestRow::CarriedForward,
    ] {
        let cells: Vec<String> = match requests.row(row) {
            Some(applicants) => ApplicantColumn::NATIONAL
                .iter()
                .map(|c| applicants.cell(*c).map(show).unwrap_or_default())
                .collect(),
            None => vec!["(not printed)".to_owned()],
        };
        *out += &format!("  {}: {}\n", row.label(), cells.join(" | "));
    }

    *out += &format!("\n{}\n", Part::ReviewLitigation.label());
    for block in ReviewBlock::ALL {
        let cells = review.block(*block);
        let shown: Vec<String> = ReviewOutcome::ALL
            .iter()
            .map(|o| format!("{} {}", o.label(), show(cells.cell(*o))))
            .collect();
        *out += &format!("  {}: {}\n", block.full_label(), shown.join(", "));
    }
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let short: String = line.chars().take(60).collect();
    if short.chars().count() < line.chars().count() {
        format!("{short}…")
    } else {
        short
    }
}
