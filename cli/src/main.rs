//! `ogi`: check, read, render and export annual reports on Open Government Information work
//! (政府信息公开工作年度报告), one file or thousands.
//!
//! Every subcommand reads a report in any form: the canonical JSON, or a published report as
//! HTML, text (tab-separated, laid out in columns, one cell per line, pipes, Markdown), PDF or
//! DOCX. The form is told from the content, not the file name.

mod check;
mod export;
mod load;
mod metrics;
#[cfg(feature = "serve")]
mod serve;
mod show;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use ogi_report::parse::ParseOptions;
use ogi_report::render::Html;
use ogi_report::{Report, validate};

use crate::load::load;
use crate::show::Lang;

/// Check, read, render and export annual reports on Open Government Information work
/// (政府信息公开工作年度报告).
///
/// Files may be JSON reports or published reports as HTML, text, Markdown, PDF or DOCX; the
/// form is told from the content. Folders are searched recursively.
#[derive(Parser)]
#[command(name = "ogi", version, propagate_version = true, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check reports: each file, and the years of one agency as a series.
    ///
    /// Prints a summary line per file, each error and warning with the source of its cell,
    /// and a table of counts. Exit status: 0 when no file has an error, 1 when one does, 2
    /// when a file could not be read.
    Check {
        /// Files or folders (searched recursively for .json, .txt, .md, .tsv, .html, .htm,
        /// .pdf and .docx).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Human-readable text, or JSON Lines (one object per file and per series).
        #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
        format: OutputFormat,
        /// The language of the messages.
        #[arg(long, value_enum, default_value_t = Lang::En)]
        lang: Lang,
        /// Do not check the years of one agency as a series.
        #[arg(long)]
        no_series: bool,
        /// The similarity of a narrative part to the year before (0 to 1, e.g. 0.5) at or above
        /// which `series.text_similarity` is a warning; without it, a notice (no threshold is
        /// national).
        #[arg(long, value_name = "SHARE")]
        copy_threshold: Option<Share>,
        #[command(flatten)]
        batch: BatchArgs,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Read one report and write its canonical JSON.
    ///
    /// Parse findings go to standard error with their source lines. Exit status: 0 when a
    /// report was read, 2 when none was.
    Parse {
        /// The file: a published report in any form, or JSON.
        file: PathBuf,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write the JSON on one line.
        #[arg(long)]
        compact: bool,
        /// After the findings, write each cell read to standard error: where it was printed,
        /// how it was placed (grid, position, order, split, agreed) and the identities that
        /// proved it.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Render one report in the official layout.
    Render {
        /// The file: a published report in any form, or JSON.
        file: PathBuf,
        /// The output format.
        #[arg(long, value_enum)]
        to: RenderFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// HTML only: leave out the findings marked on their cells.
        #[arg(long)]
        no_findings: bool,
        /// Add a section after the tables with the named rates (`ogi metrics`), each with its
        /// numerator and denominator.
        #[arg(long)]
        metrics: bool,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Compute the named rates of many reports as one tidy table (CSV or JSON Lines).
    ///
    /// One line per file and metric. Columns: file, agency, report_year, edition, metric,
    /// name_zh, denominator_kind, numerator, denominator, value (the fraction, 6 decimals),
    /// percent (2 decimals), reason (why there is no value), cells (the cells concerned).
    /// new_requests_yoy compares each report with the same agency's report for the year
    /// before when one is among the files. docs/metrics.md defines every metric. Exit status
    /// 2 when a file could not be read (it is reported; the others are written).
    Metrics {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The denominator of every rate; without it, each metric's default. A metric that
        /// does not take it has no value (reason denominator_not_defined).
        #[arg(long, value_enum)]
        denominator: Option<metrics::DenominatorArg>,
        /// The output format.
        #[arg(long, value_enum, default_value_t = metrics::MetricsFormat::Csv)]
        format: metrics::MetricsFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        batch: BatchArgs,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Compute the 信息处理费 for a number of pieces in a month (按件计收) or pages (按量计收).
    ///
    /// Prints the amount in 元 and its tiers, in Chinese and English. An application is
    /// charged by one schedule, never both.
    Fee {
        /// Pieces one applicant applies for within one natural month.
        #[arg(
            long,
            value_name = "N",
            conflicts_with = "pages",
            required_unless_present = "pages"
        )]
        pieces: Option<u64>,
        /// Pages of one application.
        #[arg(long, value_name = "N")]
        pages: Option<u64>,
    },
    /// Export every cell of many reports as one tidy table (CSV or JSON Lines).
    ///
    /// Columns: file, agency, report_year, edition, table, row_id, column_id, row_label,
    /// column_label, value, state (value, blank or raw), raw. Exit status 2 when a file could
    /// not be read (it is reported; the others are written).
    Export {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The output format.
        #[arg(long, value_enum, default_value_t = export::ExportFormat::Csv)]
        to: export::ExportFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Start with a UTF-8 byte-order mark, so that Excel reads the Chinese text.
        #[arg(long)]
        bom: bool,
        #[command(flatten)]
        batch: BatchArgs,
        #[command(flatten)]
        read: ReadArgs,
    },
    /// Print a JSON Schema.
    Schema {
        /// Which schema.
        #[arg(value_enum)]
        which: SchemaKind,
    },
    /// Sum the tables of several departments' reports of one year and format (2019 or 2021).
    ///
    /// Blank-aware: a cell blank or not a number in any report leaves the sum blank, and the
    /// cells that caused it are listed on standard error.
    Aggregate {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The name the combined report is published under (e.g. the government's).
        #[arg(long)]
        agency: String,
        /// The year summed; reports of other years are left out, with a note.
        #[arg(long)]
        year: u16,
        /// The output: the combined report as JSON, or rendered.
        #[arg(long, value_enum, default_value_t = AggregateFormat::Json)]
        to: AggregateFormat,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        batch: BatchArgs,
    },
    /// Serve a page where anyone checks a report by dropping the file in, and the same check
    /// as JSON (`POST /api/check`). Feature `serve`.
    ///
    /// Nothing is kept: uploads are read in memory and dropped, nothing is written to disk,
    /// the log holds only routes, statuses, sizes, forms and timings, and no cookie is set.
    /// SIGTERM or Ctrl-C closes the idle connections, lets the requests in flight finish
    /// (for at most --drain-time), then stops.
    #[cfg(feature = "serve")]
    Serve {
        /// The address to listen on (port 0: any free port, printed at start).
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// The largest request body taken (bytes, or with KiB, MiB, GiB); a larger one gets
        /// 413 before it is read.
        #[arg(long, value_name = "SIZE", default_value = "20MiB", value_parser = serve::parse_size)]
        max_body: usize,
        /// The bytes of request bodies held at once across all connections (default: 8 times
        /// --max-body); a body takes at most half of what is free, or gets 503 with
        /// Retry-After before more of it is read.
        #[arg(long, value_name = "SIZE", value_parser = serve::parse_size)]
        max_buffered: Option<usize>,
        /// Checks run at once (default: one per core).
        #[arg(long, value_name = "N")]
        max_checks: Option<usize>,
        /// Checks waiting for a turn; past that, 503 with Retry-After.
        #[arg(long, value_name = "N", default_value_t = 64)]
        queue: usize,
        /// The longest one check may take, in seconds; past it, 503.
        #[arg(long, value_name = "SECONDS", default_value = "30", value_parser = parse_seconds)]
        time_limit: std::time::Duration,
        /// The longest an upload may take to arrive, in seconds; past it, 408.
        #[arg(long, value_name = "SECONDS", default_value = "120", value_parser = parse_seconds)]
        upload_time: std::time::Duration,
        /// Connections open at once (at most the open-file limit allows); past it, the one
        /// idle the longest is closed, or, every one busy, the new one gets 503.
        #[arg(long, value_name = "N", default_value_t = serve::DEFAULT_MAX_CONNECTIONS)]
        max_connections: usize,
        /// The longest a request's head may take to arrive, in seconds.
        #[arg(long, value_name = "SECONDS", default_value = "10", value_parser = parse_seconds)]
        header_time: std::time::Duration,
        /// The longest a connection stays open with no request in service and no traffic, in
        /// seconds (keep-alive).
        #[arg(long, value_name = "SECONDS", default_value = "5", value_parser = parse_seconds)]
        idle_time: std::time::Duration,
        /// On SIGTERM or Ctrl-C, the longest the requests in flight are waited for, in
        /// seconds; then their checks are told to stop and the server exits.
        #[arg(long, value_name = "SECONDS", default_value = "5", value_parser = parse_seconds)]
        drain_time: std::time::Duration,
    },
    /// Print shell completions.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What the parser is told about published texts.
#[derive(clap::Args)]
struct ReadArgs {
    /// The agency, when a report's title does not name it in full.
    #[arg(long, value_name = "NAME")]
    agency_hint: Option<String>,
    /// The report year, when a report does not state it.
    #[arg(long, value_name = "YEAR")]
    year_hint: Option<u16>,
    /// The agencies' level, which sets the publication deadline (部门 by 1月31日, 本级政府 by
    /// 3月31日); otherwise read from a title's agency where the name says it.
    #[arg(long, value_enum, value_name = "LEVEL")]
    level: Option<LevelArg>,
    /// The day the reports were published (YYYY-MM-DD), over what they state.
    #[arg(long, value_name = "DATE")]
    published: Option<chrono::NaiveDate>,
}

/// A share from 0 to 1 written as a decimal ("0.5", "0.835", "1"), held in per mille: read
/// exactly, with no float.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Share(u16);

impl std::str::FromStr for Share {
    type Err = String;

    fn from_str(s: &str) -> Result<Share, String> {
        let bad =
            || format!("{s:?} is not a share from 0 to 1 with at most three decimals, e.g. 0.5");
        let (whole, fraction) = s.trim().split_once('.').unwrap_or((s.trim(), ""));
        if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let whole: u16 = match whole {
            "" | "0" => 0,
            "1" => 1,
            _ => return Err(bad()),
        };
        let thousandths: u16 = format!("{fraction:0<3}").parse().map_err(|_| bad())?;
        let permille = whole * 1000 + thousandths;
        if permille > 1000 || (whole == 0 && fraction.is_empty() && s.trim().is_empty()) {
            return Err(bad());
        }
        Ok(Share(permille))
    }
}

/// Seconds, with up to three decimals ("30", "0.5"), read exactly.
#[cfg(feature = "serve")]
fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    let bad = || format!("{s:?} is not a number of seconds, e.g. 30 or 0.5");
    let (whole, fraction) = s.trim().split_once('.').unwrap_or((s.trim(), ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: u64 = whole.parse().map_err(|_| bad())?;
    let millis: u64 = format!("{fraction:0<3}").parse().map_err(|_| bad())?;
    let total = whole
        .checked_mul(1000)
        .and_then(|ms| ms.checked_add(millis))
        .filter(|ms| *ms > 0)
        .ok_or_else(bad)?;
    Ok(std::time::Duration::from_millis(total))
}

/// An agency's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LevelArg {
    /// A department of a government at or above the county (部门).
    Department,
    /// A government at or above the county (本级政府).
    Government,
}

impl ReadArgs {
    fn options(&self) -> ParseOptions {
        let mut options = ParseOptions::default();
        if let Some(agency) = &self.agency_hint {
            options = options.with_agency(agency.clone());
        }
        if let Some(year) = self.year_hint {
            options = options.with_report_year(year);
        }
        if let Some(level) = self.level {
            options = options.with_level(match level {
                LevelArg::Department => ogi_report::meta::Tier::Department,
                LevelArg::Government => ogi_report::meta::Tier::Government,
            });
        }
        if let Some(date) = self.published {
            options = options.with_publication_date(date);
        }
        options
    }
}

/// How a batch runs.
#[derive(clap::Args)]
struct BatchArgs {
    /// Threads (default: one per core).
    #[arg(long, short = 'j')]
    jobs: Option<usize>,
    /// No progress bar, even on a terminal.
    #[arg(long, short)]
    quiet: bool,
}

/// How a batch runs: files are read in parallel a chunk at a time, and each chunk's results
/// are written in the order given before the next is read, so memory stays bounded.
#[derive(Debug)]
pub struct Batch {
    /// Files per chunk.
    pub chunk: usize,
    quiet: bool,
}

impl Batch {
    fn new(args: &BatchArgs) -> Batch {
        if let Some(jobs) = args.jobs {
            // Only fails if a pool was built already; then that pool is used.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(jobs.max(1))
                .build_global();
        }
        Batch {
            chunk: 64 * rayon::current_num_threads(),
            quiet: args.quiet,
        }
    }

    /// A progress bar on standard error when it is a terminal; hidden otherwise.
    pub fn progress(&self, len: u64, what: &'static str) -> ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() || len < 2 {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} files, {per_sec}, {eta}")
        {
            bar.set_style(style);
        }
        bar.set_message(what);
        bar
    }
}

/// Human-readable text or JSON Lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Text for people, with source excerpts.
    Human,
    /// JSON Lines: one object per file, then one per series.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum RenderFormat {
    Html,
    Markdown,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum AggregateFormat {
    /// The combined report's canonical JSON (the cells left blank are listed on standard
    /// error).
    Json,
    Html,
    Markdown,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SchemaKind {
    /// The report schema.
    Report,
    /// The findings schema.
    Findings,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ogi: {e}");
            ExitCode::from(2)
        }
    }
}

/// Standard output, or a file.
fn output(path: Option<&Path>) -> std::io::Result<Box<dyn Write>> {
    Ok(match path {
        Some(path) => Box::new(std::io::BufWriter::new(std::fs::File::create(path)?)),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

fn run(command: Command) -> std::io::Result<u8> {
    match command {
        Command::Check {
            paths,
            format,
            lang,
            no_series,
            copy_threshold,
            batch,
            read,
        } => {
            let options = check::CheckOptions {
                format,
                lang,
                series: !no_series,
                color: format == OutputFormat::Human
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none(),
                parse: read.options(),
                series_options: match copy_threshold {
                    Some(t) => {
                        ogi_report::validate::SeriesOptions::default().with_copy_threshold(t.0)
                    }
                    None => ogi_report::validate::SeriesOptions::default(),
                },
            };
            let mut out = output(None)?;
            let code = check::run(&paths, &options, &Batch::new(&batch), &mut out)?;
            out.flush()?;
            Ok(code)
        }
        Command::Parse {
            file,
            output: out_path,
            compact,
            explain,
            read,
        } => {
            let loaded = match load(&file, &read.options()) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("{e}");
                    return Ok(2);
                }
            };
            if let Some(parsed) = &loaded.parsed {
                let renderer = annotate_snippets::Renderer::plain();
                let lines = show::Lines::new(&loaded.text);
                let mut text = String::new();
                for f in &parsed.findings {
                    let place = f.span.map(|s| (&loaded, &lines, s.start..s.end));
                    show::finding(
                        &mut text,
                        &renderer,
                        &file.display().to_string(),
                        Lang::En,
                        &f.finding,
                        place,
                    );
                }
                eprint!("{text}");
                if explain {
                    eprint!("{}", show::evidence(&loaded.report, &parsed.spans));
                }
            }
            let mut out = output(out_path.as_deref())?;
            if compact {
                writeln!(out, "{}", loaded.report.to_json_compact())?;
            } else {
                out.write_all(loaded.report.to_json().as_bytes())?;
            }
            out.flush()?;
            Ok(0)
        }
        Command::Render {
            file,
            to,
            output: out_path,
            no_findings,
            metrics,
            read,
        } => {
            let loaded = match load(&file, &read.options()) {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("{e}");
                    return Ok(2);
                }
            };
            let mut out = output(out_path.as_deref())?;
            let values = metrics.then(|| ogi_report::metrics::all(&loaded.report));
            let text = render_with(&loaded.report, to, !no_findings, values.as_deref());
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(0)
        }
        Command::Export {
            paths,
            to,
            output: out_path,
            bom,
            batch,
            read,
        } => {
            let mut out = output(out_path.as_deref())?;
            let code = export::run(
                &paths,
                to,
                bom,
                &read.options(),
                &Batch::new(&batch),
                &mut out,
            )?;
            out.flush()?;
            Ok(code)
        }
        Command::Metrics {
            paths,
            denominator,
            format,
            output: out_path,
            batch,
            read,
        } => {
            let mut out = output(out_path.as_deref())?;
            let code = metrics::run(
                &paths,
                denominator.map(Into::into),
                format,
                &read.options(),
                &Batch::new(&batch),
                &mut out,
            )?;
            out.flush()?;
            Ok(code)
        }
        Command::Fee { pieces, pages } => {
            let charge = match (pieces, pages) {
                (Some(n), _) => ogi_report::fees::per_piece(n),
                (None, Some(n)) => ogi_report::fees::per_page(n),
                (None, None) => unreachable!("clap requires --pieces or --pages"),
            };
            match charge {
                Ok(charge) => {
                    let mut out = output(None)?;
                    out.write_all(fee_text(&charge).as_bytes())?;
                    out.flush()?;
                    Ok(0)
                }
                Err(e) => {
                    eprintln!("ogi fee: {e}");
                    Ok(2)
                }
            }
        }
        #[cfg(feature = "serve")]
        Command::Serve {
            addr,
            max_body,
            max_buffered,
            max_checks,
            queue,
            time_limit,
            upload_time,
            max_connections,
            header_time,
            idle_time,
            drain_time,
        } => {
            let options = serve::ServeOptions {
                addr,
                max_body,
                max_buffered: max_buffered.unwrap_or_else(|| max_body.saturating_mul(8)),
                max_checks: max_checks.unwrap_or_else(|| {
                    std::thread::available_parallelism().map_or(2, std::num::NonZero::get)
                }),
                queue,
                time_limit,
                upload_time,
                max_connections,
                header_time,
                idle_time,
                drain_time,
            };
            match serve::run(options) {
                Ok(()) => Ok(0),
                Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
                    eprintln!("ogi serve: {e}");
                    Ok(2)
                }
                Err(e) => {
                    eprintln!("ogi serve: {addr}: {e}");
                    Ok(2)
                }
            }
        }
        Command::Schema { which } => {
            let mut out = output(None)?;
            out.write_all(
                match which {
                    SchemaKind::Report => ogi_report::schema::report_schema_text(),
                    SchemaKind::Findings => ogi_report::schema::findings_schema_text(),
                }
                .as_bytes(),
            )?;
            out.flush()?;
            Ok(0)
        }
        Command::Aggregate {
            paths,
            agency,
            year,
            to,
            output: out_path,
            batch,
        } => aggregate(&paths, &agency, year, to, out_path.as_deref(), &batch),
        Command::Completions { shell } => {
            let mut out = output(None)?;
            clap_complete::generate(shell, &mut Cli::command(), "ogi", &mut out);
            out.flush()?;
            Ok(0)
        }
    }
}

fn render(report: &Report, to: RenderFormat, findings: bool) -> String {
    render_with(report, to, findings, None)
}

/// Renders a report, with a metrics section when `metrics` is given.
fn render_with(
    report: &Report,
    to: RenderFormat,
    findings: bool,
    metrics: Option<&[ogi_report::metrics::Value]>,
) -> String {
    use ogi_report::render;
    match (to, metrics) {
        (RenderFormat::Markdown, None) => render::markdown(report),
        (RenderFormat::Markdown, Some(values)) => render::markdown_with_metrics(report, values),
        (RenderFormat::Text, None) => render::text(report),
        (RenderFormat::Text, Some(values)) => render::text_with_metrics(report, values),
        (RenderFormat::Html, _) => {
            let validation = validate(report);
            let mut html = Html::new(report);
            if let Some(values) = metrics {
                html = html.with_metrics(values);
            }
            if findings {
                html.with_findings(&validation).page()
            } else {
                html.page()
            }
        }
    }
}

/// The amount of a charge and its tiers, in Chinese and English. A per-piece charge of many
/// tiers shows the first eleven, a count of those left out, and the last.
fn fee_text(charge: &ogi_report::fees::Charge) -> String {
    use std::fmt::Write as _;
    let s = charge.schedule;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "信息处理费 {}（{}）: {} {} ({}s)",
        s.label(),
        s.title_en(),
        charge.units,
        s.unit_zh(),
        s.unit_en()
    );
    let _ = writeln!(out, "金额 amount: {} 元 (yuan)", charge.amount);
    let line = |out: &mut String, t: &ogi_report::fees::Tier| {
        let _ = writeln!(
            out,
            "  {}–{} {}: {} 元/{} × {} = {} 元",
            t.first,
            t.last,
            s.unit_zh(),
            t.price,
            s.unit_zh(),
            t.last - t.first + 1,
            t.amount
        );
    };
    let mut tiers = charge.tiers();
    let count = charge.tier_count();
    let shown = if count <= 13 { 13 } else { 11 };
    for tier in tiers.by_ref().take(shown) {
        line(&mut out, &tier);
    }
    if let Some(last) = tiers.next_back() {
        let more = count - 12;
        let _ = writeln!(
            out,
            "  …另有 {more} 档 ({more} more tiers, each ten {}s at 100 元 more than the one before)",
            s.unit_en()
        );
        line(&mut out, &last);
    }
    out
}

fn aggregate(
    paths: &[PathBuf],
    agency: &str,
    year: u16,
    to: AggregateFormat,
    out_path: Option<&Path>,
    batch: &BatchArgs,
) -> std::io::Result<u8> {
    use rayon::prelude::*;
    let _ = Batch::new(batch);
    let Some(files) = load::collect_or_say(paths, "aggregate") else {
        return Ok(2);
    };
    let options = ParseOptions::default();
    let loaded: Vec<_> = files.par_iter().map(|p| (p, load(p, &options))).collect();
    let mut reports = Vec::new();
    let mut status = 0;
    for (path, result) in loaded {
        match result {
            Err(e) => {
                eprintln!("ogi aggregate: {e}");
                status = 2;
            }
            Ok(l) if l.report.meta().report_year.map(|y| y.get()) != Some(year) => eprintln!(
                "ogi aggregate: {}: left out: a report for {}, not {year}",
                path.display(),
                l.report
                    .meta()
                    .report_year
                    .map_or_else(|| "no stated year".to_owned(), |y| y.to_string())
            ),
            Ok(l) if l.report.requests().is_none() => {
                eprintln!(
                    "ogi aggregate: {}: left out: the {} edition has no tables to sum",
                    path.display(),
                    l.report.edition().id()
                );
                status = 2;
            }
            Ok(l) => reports.push(l.report),
        }
    }
    let refs: Vec<_> = reports.iter().collect();
    let combined = match ogi_report::aggregate::aggregate(&refs) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ogi aggregate: {e}");
            return Ok(2);
        }
    };
    for blank in &combined.not_assessable {
        let causes: Vec<String> = blank
            .causes
            .iter()
            .map(|c| format!("{} {}", c.agency, c.pointer))
            .collect();
        eprintln!(
            "ogi aggregate: {} left blank: not a number in {}",
            blank.pointer,
            causes.join("; ")
        );
    }
    let report = combined.to_report(agency);
    let text = match to {
        AggregateFormat::Json => report.to_json(),
        AggregateFormat::Html => render(&report, RenderFormat::Html, false),
        AggregateFormat::Markdown => render(&report, RenderFormat::Markdown, false),
        AggregateFormat::Text => render(&report, RenderFormat::Text, false),
    };
    let mut out = output(out_path)?;
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(status)
}
