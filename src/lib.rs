//! # ogi-report
//!
//! The reference model of China's annual reports on Open Government Information work
//! (政府信息公开工作年度报告): canonical types for every part of the report, exact money,
//! blank-aware cells, strict lossless JSON, cross-checks, rendering in the official layout,
//! and a reader for reports as they are published.
//!
//! Three editions, one [`Report`] type tagged in JSON by `"edition"`:
//! - [`format_2021`]: the revised format of 国办公开办函〔2021〕30号 (report years from 2021);
//! - [`format_2019`]: the trial format of 国办公开办函〔2019〕60号 (2019 and 2020);
//! - [`regulation_2008`]: the 2008 条例 era (2008–2018), prose with figures.
//!
//! The pieces:
//! - [`requests`] and [`review`]: the applicant-category matrix of part 三 and the review and
//!   litigation table of part 四, shared by the 2019 and 2021 formats.
//! - [`cell`] and [`money`]: a blank is never a zero; money never passes through a binary
//!   float.
//! - [`catalogue`]: every part, row and column with its identifier, official label and
//!   English title, once. [`layout`]: each edition's tables as data, one address for every
//!   cell, and a matcher for the labels real reports print.
//! - [`metrics`]: named rates (予以公开率, 纠错率, 结转率, 同比) with stated denominators, as
//!   exact fractions; [`fees`]: the 信息处理费 schedules.
//! - [`validate()`]: every cross-check, as [`Finding`]s with rule ids, severities and JSON
//!   Pointers.
//! - [`builder`]: a report of each edition from what its author sets, the totals derived
//!   and checked; [`aggregate`](mod@aggregate): several agencies' tables of one year and
//!   edition summed, blank-aware.
//! - [`render`]: Markdown, HTML and text in the official layout.
//! - [`parse`](mod@parse): published text (and HTML with the `html` feature) into a report, with the
//!   source of every cell.
//! - [`schema`]: the JSON Schemas (draft 2020-12) for other languages.
//! - [`read()`]: any file, JSON included, into a report with where its values came from.
//!
//! Read a report as published, check it, and render it:
//!
//! ```
//! use ogi_report::parse::{ParseOptions, parse};
//! use ogi_report::{render, validate};
//!
//! let text = include_str!("../tests/fixtures/seeds/002_e5cb504301f5c306.txt");
//! let parsed = parse(text, &ParseOptions::default())?;
//! let report = &parsed.report;
//! assert_eq!(report.meta().agency, "漯河回族区城市管理局");
//!
//! let validation = validate(report);
//! assert!(!validation.has_errors());
//!
//! let markdown = render::markdown(report);
//! assert!(markdown.contains("| 行政处罚 | 67 |"));
//! # Ok::<(), ogi_report::parse::ParseError>(())
//! ```
//!
//! Or read the crate's own JSON:
//!
//! ```
//! use ogi_report::Report;
//!
//! let json = include_str!("../tests/fixtures/reports/002_luohe_huizu_2022.json");
//! let report = Report::from_json(json).expect("a valid report");
//! let r = report.as_format_2021().expect("a 2021-format report");
//! let year = r.meta.report_year.map(|y| y.get()); // absent only if a published form states none
//! println!("{} {year:?}: {} new applications", r.meta.agency,
//!          r.requests.new_received.total.as_u64().unwrap_or_default());
//! ```
#![forbid(unsafe_code)]

pub mod aggregate;
pub mod builder;
pub mod catalogue;
pub mod cell;
pub mod compare;
mod error;
mod failure;
pub mod fees;
pub mod findings;
pub mod format_2019;
pub mod format_2021;
pub mod layout;
pub mod load;
pub mod meta;
pub mod metrics;
pub mod money;
pub mod narrative;
pub mod other_matters;
pub mod parse;
pub mod pointer;
mod ratio;
pub mod regulation_2008;
pub mod render;
mod report;
pub mod requests;
pub mod review;
pub mod schema;
mod tag;
pub mod tidy;
pub mod validate;

// The root re-exports the few names users write most; every other item has one path, in
// its module.
pub use cell::Cell;
pub use error::ReadError;
pub use failure::{Error, ErrorKind, IoError};
pub use findings::Finding;
pub use money::Fee;
pub use report::{MAX_JSON, Report};
pub use validate::validate;

/// Reads a report from bytes in any form: the crate's canonical JSON, or a published report
/// as text, Markdown, HTML, PDF or DOCX (each reader behind its feature), told from the
/// content. The [`Loaded`](load::Loaded) report keeps the text it was read from and, for a
/// published form, where each value came from; [`Loaded::check`](load::Loaded::check)
/// validates it and places every finding in that text.
///
/// ```
/// use ogi_report::parse::ParseOptions;
///
/// let json = include_bytes!("../tests/fixtures/reports/002_luohe_huizu_2022.json");
/// let loaded = ogi_report::read(json, &ParseOptions::default())?;
/// assert_eq!((loaded.form, loaded.report.meta().agency.as_str()), ("json", "漯河回族区城市管理局"));
///
/// let text = include_bytes!("../tests/fixtures/seeds/002_e5cb504301f5c306.txt");
/// let loaded = ogi_report::read(text, &ParseOptions::default())?;
/// assert_eq!(loaded.form, "text");
/// assert!(loaded.parsed.is_some());
/// # Ok::<(), ogi_report::Error>(())
/// ```
pub fn read(bytes: &[u8], options: &parse::ParseOptions) -> Result<load::Loaded, Error> {
    load::load_bytes(bytes, options)
}

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
