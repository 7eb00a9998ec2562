//! Rendering a report in the official layout: Markdown, HTML (with findings marked) and text.
//!
//! Every edition renders with the same structure: the title, the report's particulars
//! (agency, year, edition, and where known publication date, source and contact), the
//! preamble, then each part under its heading with its prose and its tables. Labels come
//! from the [catalogue](crate::catalogue), never from the report; values are shown as the
//! model holds them: a blank cell is empty, a raw cell shows its text, money shows the
//! decimals it carries (`27.2500`, `48359.899368`).
//!
//! - [`markdown`]: the tables as Markdown tables. Markdown has no spans, so the row labels
//!   of part 三 become paths (`三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密`) and the
//!   column headers too (`法人或其他组织 › 商业企业`, `行政诉讼 › 复议后起诉 › 总计`); the part 二
//!   items are one table each under their 第二十条 title.
//! - [`Html`]: a standalone page or an embeddable fragment; the tables carry the official
//!   `rowspan`/`colspan` (三、本年度办理结果 spans 22 rows in the 2021 format, 20 in 2019).
//!   With findings, every cell an `error` or `warning` is about gets the classes
//!   `ogi-flagged` and `ogi-error` or `ogi-warning` and a tooltip naming the rule and the
//!   expected value; cells the rule read get `ogi-involved`; a list of the findings, linked to
//!   their cells, follows the report. Other classes: `ogi-blank`, `ogi-raw` and `ogi-absent`
//!   on value cells, `ogi-note` on the 勾稽关系 note, `ogi-section` and `ogi-subheader` on the
//!   rows of part 二, `ogi-supplied` on a heading the report did not record.
//! - [`text`]: headings and paragraphs as lines separated by blank lines; each table as
//!   tab-separated lines in the official row order, every row as wide as the table, a
//!   spanned cell's text in its first slot and the slots it covers empty.
//!
//! A heading the report did not record (the model holds `None`) is rendered as the official
//! heading in square brackets, as an editor marks supplied text, so that the outputs say
//! exactly what the model holds.
//!
//! # Reading the outputs back
//!
//! The outputs are regular so that a parser can read them back into the same model: the
//! blocks come in a fixed order per edition; each particular is one `label：value` line with
//! a catalogue label; each value of the model appears once, in a place fixed by its row and
//! column labels; a table's shape depends only on the edition and on which local variants the
//! report prints (a group's own row, the 法人或其他组织 subtotal column, （六） as one row). Two
//! things only HTML keeps: an empty paragraph, and a subtotal column cell that a row does not
//! print (`ogi-absent`), which Markdown and text show empty, like a blank.
//!
//! ```
//! # let json = include_str!("../../tests/fixtures/reports/002_luohe_huizu_2022.json");
//! use ogi_report::{Report, render};
//!
//! let report = Report::from_json(json)?;
//! let text = render::text(&report);
//! assert!(text.contains("行政事业性收费\t27.2500\t\t\n"));
//! let markdown = render::markdown(&report);
//! assert!(markdown.contains("| 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 | 0 |"));
//! # Ok::<(), ogi_report::ReadError>(())
//! ```

mod document;
mod escape;
mod grid;
mod html;
mod markdown;
mod metrics;
mod text;

use std::fmt;
use std::str::FromStr;

pub use escape::escape_html;
pub use html::Html;

use crate::report::Report;

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    markdown::write(&document::document(report))
}

/// The report as text, tables as tab-separated lines.
pub fn text(report: &Report) -> String {
    text::write(&document::document(report))
}

/// The report as Markdown, with its [metrics](crate::metrics) in a section after the tables
/// (compute them with [`metrics::all`](crate::metrics::all) or
/// [`metrics::all_with`](crate::metrics::all_with)).
pub fn markdown_with_metrics(report: &Report, values: &[crate::metrics::Value]) -> String {
    let mut out = markdown(report);
    out.push('\n');
    out.push_str(&metrics::markdown(values));
    out
}

/// The report as text, with its [metrics](crate::metrics) in a section after the tables.
pub fn text_with_metrics(report: &Report, values: &[crate::metrics::Value]) -> String {
    let mut out = text(report);
    out.push('\n');
    out.push_str(&metrics::text(values));
    out
}

/// The report as a standalone HTML page, without findings; see [`Html`] for findings and
/// fragments.
pub fn html(report: &Report) -> String {
    Html::new(report).page()
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Markdown ([`markdown`]).
    Markdown,
    /// A standalone HTML page ([`Html::page`]).
    Html,
    /// Text with tab-separated tables ([`text`]).
    Text,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Html, Format::Text];

    /// The format's name: `markdown`, `html` or `text`.
    pub const fn id(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Text => "text",
        }
    }

    /// The usual file extension: `md`, `html` or `txt`.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
        }
    }

    /// Renders `report` in this format (HTML without findings).
    pub fn render(self, report: &Report) -> String {
        match self {
            Format::Markdown => markdown(report),
            Format::Html => html(report),
            Format::Text => text(report),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A format name that is not `markdown`, `html` or `text`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?}; expected one of \"markdown\", \"html\", \"text\"")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    /// Reads a format name: `markdown` (or `md`), `html`, `text` (or `txt`).
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        match s {
            "markdown" | "md" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "text" | "txt" => Ok(Format::Text),
            other => Err(UnknownFormat(other.to_owned())),
        }
    }
}
