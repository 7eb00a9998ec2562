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
//! - [`render`]: Markdown, HTML and text in the official layout.
//! - [`parse`](mod@parse): published text (and HTML with the `html` feature) into a report, with the
//!   source of every cell.
//! - [`report_schema`]: the JSON Schema (draft 2020-12) for other languages.
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
#![warn(missing_docs)]

pub mod aggregate;
pub mod builder;
pub mod catalogue;
pub mod cell;
pub mod compare;
mod error;
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
pub mod regulation_2008;
pub mod render;
mod report;
pub mod requests;
pub mod review;
mod schema;
mod tag;
pub mod tidy;
pub mod validate;

pub use catalogue::Edition;
pub use cell::{Cell, Count, CountCell};
pub use error::ReadError;
pub use findings::{Finding, Rule, Severity, Validation};
pub use format_2019::Format2019Report;
pub use format_2021::Format2021Report;
pub use meta::{AgencyLevel, Contact, LevelFrom, Meta, ReportYear, Source, Tier};
pub use money::{Amount, ExactDecimal, Fee, MoneyError, MoneyUnit};
pub use narrative::Narrative;
pub use regulation_2008::Regulation2008Report;
pub use report::{MAX_JSON, Report};
pub use requests::{ApplicantRow, Requests};
pub use review::{ReviewCells, ReviewLitigation};
pub use schema::{
    DATE_PATTERN, FINDINGS_SCHEMA_ID, REPORT_SCHEMA_ID, edition_schema, edition_schema_file,
    edition_schema_text, findings_schema, findings_schema_text, report_schema, report_schema_text,
};
pub use validate::{SeriesError, validate, validate_series};

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
