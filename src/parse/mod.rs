//! Reading a published report: text, tables and HTML into the model, with where every cell
//! came from.
//!
//! The reader is deterministic: no model, no network. Each input form turns its input into
//! one shared form, lines of cells with their source spans; one matcher, driven by the
//! [layout](crate::layout) and its label matcher, turns those into a [`Report`].
//!
//! | form | how it is read |
//! |---|---|
//! | tab-separated rows, ragged or not | a row per line, cells by tab |
//! | pipe rows, Markdown tables, web text with " \|" after each cell | cells by pipe |
//! | one cell per line (Word dumps, plain `pdftotext`) | cells in stream order; a tab-only line is a blank cell |
//! | text laid out with spaces (`pdftotext -layout`) | a label and its values, or pieces apart by two or more spaces |
//! | cells run together ("规章000") | split only where the table's identities leave one reading |
//! | HTML (feature `html`) | `<table>` rows and columns with rowspan and colspan expanded; paragraphs and headings |
//!
//! A cell the parser cannot read is raw (the text as printed) or blank, with a finding
//! (`parse.*`) that says why. It is never zero, and never a number the source did not show.
//!
//! ```
//! use ogi_report::parse::{ParseOptions, parse};
//!
//! let text = "某某局2022年政府信息公开工作年度报告\n一、总体情况\n概述。\n二、主动公开政府信息情况\n\
//!             第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t12\n";
//! let parsed = parse(text, &ParseOptions::default())?;
//! let r = parsed.report.as_format_2021().expect("a 2021-format report");
//! assert_eq!(r.meta.agency, "某某局");
//! assert_eq!(r.proactive.licensing.decisions.as_u64(), Some(12));
//! let span = parsed.span("/proactive/licensing/decisions").unwrap();
//! assert_eq!((span.line, span.column), (7, 6));
//! # Ok::<(), ogi_report::parse::ParseError>(())
//! ```

mod assemble;
mod cancel;
mod digits;
#[cfg(feature = "docx")]
mod docx;
mod encoding;
mod events;
#[cfg(feature = "html")]
mod html;
mod outline;
#[cfg(feature = "pdf")]
mod pdf;
mod positioned;
mod regulation_2008;
mod source;
mod tables;
mod text;
mod unrun;
mod value;

use std::ops::Range;

use serde::Serialize;

use crate::catalogue::Edition;
use crate::findings::{Finding, Message, Rule, Validation};
use crate::report::Report;

#[cfg(feature = "docx")]
pub use docx::{MAX_DOCUMENT, MAX_RATIO, MAX_XML_DEPTH, docx_text};
#[cfg(feature = "html")]
pub use html::{MAX_HTML_DEPTH, MAX_HTML_ELEMENTS};
#[cfg(feature = "pdf")]
pub use pdf::{
    MAX_PAGE_OPERATORS, MAX_PAGE_TEXT, MAX_PDF_INFLATED, MAX_PDF_NESTING, MAX_PDF_OPERATORS,
    MAX_PDF_RATIO, MAX_PDF_TEXT, parse_pdf, pdf_pieces,
};
pub use positioned::{TextPiece, layout_text, parse_positioned};
pub use source::SourceSpan;

/// What the caller knows beyond the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParseOptions {
    /// The agency, when the title does not name it in full (e.g. "市城管局").
    pub agency: Option<String>,
    /// The report year, when the text does not state it.
    pub report_year: Option<u16>,
    /// The edition, when known; otherwise it is inferred from the tables and the year.
    pub edition: Option<Edition>,
    /// Whether the agency is a department or a government, when known; otherwise it is read
    /// from an agency the title names, where the name says it (`meta.level`).
    pub level: Option<crate::meta::Tier>,
    /// The day the report was published, when the text does not state it (or states another).
    pub publication_date: Option<chrono::NaiveDate>,
    /// What stops the parse before it is done (see [`ParseOptions::with_cancel`]).
    cancel: cancel::Cancel,
}

impl ParseOptions {
    /// Options with the agency given.
    pub fn with_agency(mut self, agency: impl Into<String>) -> ParseOptions {
        self.agency = Some(agency.into());
        self
    }

    /// Options with the agency's level given.
    pub fn with_level(mut self, tier: crate::meta::Tier) -> ParseOptions {
        self.level = Some(tier);
        self
    }

    /// Options with the publication date given.
    pub fn with_publication_date(mut self, date: chrono::NaiveDate) -> ParseOptions {
        self.publication_date = Some(date);
        self
    }

    /// Options with the report year given.
    pub fn with_report_year(mut self, year: u16) -> ParseOptions {
        self.report_year = Some(year);
        self
    }

    /// Options with the edition given.
    pub fn with_edition(mut self, edition: Edition) -> ParseOptions {
        self.edition = Some(edition);
        self
    }

    /// Options with a flag that stops the parse: once another thread sets it, the readers
    /// stop at their next look and the parse gives [`ParseError::Cancelled`]. They look
    /// between the stages of a parse, at every page of a PDF and every few thousand of its
    /// operators and glyphs, every few thousand nodes of an HTML page, and every paragraph and
    /// table row of a Word document: one atomic load each time, so a parse stops within
    /// milliseconds of the flag. Work inside a library call between two looks (html5ever
    /// building a page's tree, lopdf loading a PDF's objects) is bounded by the limits on
    /// hostile input, not by the flag.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use std::sync::atomic::{AtomicBool, Ordering};
    /// use ogi_report::parse::{ParseError, ParseOptions, parse};
    ///
    /// let stop = Arc::new(AtomicBool::new(false));
    /// let options = ParseOptions::default().with_cancel(stop.clone());
    /// stop.store(true, Ordering::Relaxed); // from a watchdog, a request's timeout…
    /// assert_eq!(parse("某某局2022年政府信息公开工作年度报告", &options), Err(ParseError::Cancelled));
    /// ```
    pub fn with_cancel(
        mut self,
        flag: std::sync::Arc<std::sync::atomic::AtomicBool>,
    ) -> ParseOptions {
        self.cancel = self.cancel.with_flag(flag);
        self
    }

    /// Options with a deadline: a parse still running at that instant stops as if its flag
    /// were set ([`ParseOptions::with_cancel`]) and gives [`ParseError::Cancelled`]. With two
    /// deadlines, the earlier holds; a flag and a deadline may be given together.
    pub fn with_deadline(mut self, deadline: std::time::Instant) -> ParseOptions {
        self.cancel = self.cancel.with_deadline(deadline);
        self
    }
}

/// What a span locates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// A table cell that was read.
    Cell,
    /// A row or column label.
    Label,
    /// A part heading.
    Heading,
}

/// How a cell's value was put in its cell: the evidence that it is that cell's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Placement {
    /// The value shares a row of an explicit grid with its label (HTML, tab or pipe rows, a
    /// Word table): committed as printed.
    Grid,
    /// The value stands under its column's header (text laid out in columns, a PDF).
    Position,
    /// The value's place among the values printed after its label, one a line or apart by
    /// spaces: its count and order.
    Order,
    /// Digits run together, split the one way the row's identities (its total, a review
    /// block's total) allow.
    Split,
    /// Rows of values printed apart from their labels: every order of them gives this cell
    /// the same value.
    Agreed,
}

impl Placement {
    /// The placement's name, as serialized: `grid`, `position`, `order`, `split` or `agreed`.
    pub const fn id(self) -> &'static str {
        match self {
            Placement::Grid => "grid",
            Placement::Position => "position",
            Placement::Order => "order",
            Placement::Split => "split",
            Placement::Agreed => "agreed",
        }
    }

    /// Whether only the table's identities, not the layout, put the value in its cell.
    pub const fn by_identities(self) -> bool {
        matches!(self, Placement::Split | Placement::Agreed)
    }
}

/// Where one thing the parser read came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Located {
    /// The JSON Pointer of what was read (empty for a label of no single row).
    pub pointer: String,
    /// What it is.
    pub kind: SpanKind,
    /// Where it is in the source.
    pub span: SourceSpan,
    /// For a cell, how its value was placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// For a cell the table's identities placed, the rules of the identities that refuted
    /// every other reading of its text (empty where the layout or the count of values
    /// placed it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proved_by: Vec<Rule>,
}

/// A parse finding with the place in the source it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ParseFinding {
    /// The finding, in the format the validators use (rule ids `parse.*`).
    #[serde(flatten)]
    pub finding: Finding,
    /// Where in the source, when it is about a place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<SourceSpan>,
}

/// A report read from a published text.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The report.
    pub report: Report,
    /// Where every cell, label and heading read came from, in source order.
    pub spans: Vec<Located>,
    /// What the parser found, in source order.
    pub findings: Vec<ParseFinding>,
}

impl Parsed {
    /// Where the value at a JSON Pointer was read.
    pub fn span(&self, pointer: &str) -> Option<SourceSpan> {
        self.spans
            .iter()
            .find(|s| s.kind == SpanKind::Cell && s.pointer == pointer)
            .map(|s| s.span)
    }

    /// How many table cells were read from the source as numbers, and how many of them only
    /// the table's identities placed ([`Placement::by_identities`]). Raw and blank cells are
    /// not counted.
    pub fn cells_read(&self) -> (usize, usize) {
        let mut placed: Vec<(&str, bool)> = self
            .spans
            .iter()
            .filter(|s| s.kind == SpanKind::Cell)
            .map(|s| {
                (
                    s.pointer.as_str(),
                    s.placement.is_some_and(Placement::by_identities),
                )
            })
            .collect();
        placed.sort_unstable();
        placed.dedup_by(|a, b| a.0 == b.0);
        let mut read = 0;
        let mut by_identities = 0;
        for (at, cell) in self.report.cells() {
            if cell.is_blank() || cell.raw().is_some() {
                continue;
            }
            let pointer = at.pointer();
            if let Ok(i) = placed.binary_search_by(|(p, _)| (*p).cmp(pointer.as_str())) {
                read += 1;
                by_identities += usize::from(placed[i].1);
            }
        }
        (read, by_identities)
    }

    /// The parse findings as a [`Validation`] (with no tallies), to merge with the
    /// validator's.
    pub fn validation(&self) -> Validation {
        Validation {
            findings: self.findings.iter().map(|f| f.finding.clone()).collect(),
            ..Validation::default()
        }
    }
}

/// Why no report could be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// The input holds no text.
    #[error("the input is empty: expected the text of an annual report")]
    Empty,
    /// The input is not text: a PDF or a Word document read without its feature, or a text
    /// of control characters.
    #[error(
        "the input is binary, not text (byte {offset}: {what}); expected UTF-8 text, HTML, or a PDF or DOCX read with its feature"
    )]
    Binary {
        /// Where the first sign of binary data is.
        offset: usize,
        /// What it is.
        what: String,
    },
    /// The bytes are not text in an encoding the reader decodes: UTF-8, UTF-16 with its
    /// byte-order mark, or GB18030 (which covers GBK and GB2312) with the `encoding` feature.
    /// See [`source_text`] for how the encoding is told.
    #[error("not UTF-8, UTF-16 or GB18030 text (byte {offset}): {reason}")]
    Encoding {
        /// The first byte that could not be read, counted in the input as given.
        offset: usize,
        /// What was tried and what to do, in words.
        reason: String,
    },
    /// The bytes look like GB18030 (GBK, GB2312) text and the crate was built without the
    /// `encoding` feature.
    #[error(
        "the input looks like GB18030 (GBK, GB2312) text, not UTF-8 (byte {offset}); build ogi-report with the `encoding` feature to read it"
    )]
    EncodingFeatureMissing {
        /// The first byte that is not UTF-8.
        offset: usize,
    },
    /// The text is not an annual report.
    #[error("not an annual report on Open Government Information work: {reason}")]
    NotAReport {
        /// What was looked for and not found.
        reason: String,
    },
    /// The edition needs tables the text does not have.
    #[error(
        "no tables: a report of {year} in the {edition} format prints the tables of parts 二, 三 and 四, and none was found"
    )]
    NoTables {
        /// The report year.
        year: u16,
        /// The edition the year calls for.
        edition: &'static str,
    },
    /// The input is HTML and the crate was built without the `html` feature.
    #[error("the input is HTML (line {line}); build ogi-report with the `html` feature to read it")]
    HtmlFeatureMissing {
        /// The line where the markup starts.
        line: u32,
    },
    /// A PDF that cannot be read (feature `pdf`).
    #[error("not a readable PDF: {reason}")]
    Pdf {
        /// What is wrong with it, as a kind a program can act on.
        problem: PdfProblem,
        /// What is wrong with it, in words.
        reason: String,
    },
    /// A Word document that cannot be read (feature `docx`).
    #[error("not a readable .docx: {reason}")]
    Docx {
        /// What is wrong with it.
        reason: String,
    },
    /// The input is too large.
    #[error("the input is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// The size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// An HTML page nests elements deeper than the reader follows (`MAX_HTML_DEPTH`, feature
    /// `html`). No report needs it; the page is refused before its tree is built.
    #[error(
        "the HTML nests elements more than {limit} deep (line {line}); the limit is {limit} levels"
    )]
    TooDeep {
        /// The line of the element that goes past the limit.
        line: u32,
        /// The limit.
        limit: usize,
    },
    /// The parse was stopped from outside before it was done: its flag was set or its deadline
    /// passed ([`ParseOptions::with_cancel`], [`ParseOptions::with_deadline`]).
    #[error("the parse was stopped before it was done: cancelled, or past its deadline")]
    Cancelled,
    /// The input is made of more lines, cells or HTML elements than the reader takes
    /// ([`MAX_LINES`], [`MAX_PIECES`], `MAX_HTML_ELEMENTS`). A report prints a few thousand
    /// of each; the reader's memory grows with them, so it stops at the limit and reads nothing.
    #[error(
        "the input holds more than {limit} {what} (line {line}); a report holds a few thousand, and the reader stops at {limit}"
    )]
    TooMany {
        /// What was counted: `lines`, `cells` or `HTML elements`.
        what: &'static str,
        /// The limit.
        limit: usize,
        /// The line of the input where the limit was passed.
        line: u32,
    },
}

/// Why a PDF is refused ([`ParseError::Pdf`]): what a person can do about it differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PdfProblem {
    /// The bytes do not start with `%PDF`.
    NotPdf,
    /// The file is corrupt or cut short: its structure cannot be read.
    Corrupt,
    /// The file is encrypted.
    Encrypted,
    /// The file's pages draw no text: a scan, or text drawn as pictures. It needs OCR.
    NoTextLayer,
    /// The structure was read, but the content of its pages could not be.
    Unreadable,
    /// The file passes a limit on hostile input before it is interpreted: its streams inflate
    /// too far (`MAX_PDF_INFLATED`, `MAX_PDF_RATIO`), a page draws too many operators or too
    /// much text (`MAX_PAGE_OPERATORS`, `MAX_PAGE_TEXT`, and the whole file's), or nests too
    /// deep (`MAX_PDF_NESTING`). The reason names the limit and where it was passed.
    TooLarge,
}

/// The largest input read: 64 MiB, of the bytes given and of the text they decode to.
pub const MAX_INPUT: usize = 64 << 20;

/// The most lines a text is read into (a line crawled whole counts as the lines it is cut
/// into). A report printed as text has a few thousand; past this the input is refused
/// ([`ParseError::TooMany`]).
pub const MAX_LINES: usize = 100_000;

/// The most cells and runs of text a text or page is read into. A report has a few thousand;
/// past this the input is refused ([`ParseError::TooMany`]).
pub const MAX_PIECES: usize = 400_000;

/// The form a published report came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InputForm {
    /// Plain text in any of its forms, or Markdown.
    Text,
    /// An HTML page or fragment.
    Html,
    /// A PDF file, read glyph by glyph (feature `pdf`).
    Pdf,
    /// A Word document (feature `docx`).
    Docx,
}

impl InputForm {
    /// The form's name: `text`, `html`, `pdf` or `docx`.
    pub const fn id(self) -> &'static str {
        match self {
            InputForm::Text => "text",
            InputForm::Html => "html",
            InputForm::Pdf => "pdf",
            InputForm::Docx => "docx",
        }
    }
}

impl std::fmt::Display for InputForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// A published report as the text the parser reads. The spans of the [`Parsed`] it gives
/// refer to [`SourceText::text`]: for text and HTML the input decoded to UTF-8 (the input
/// itself, borrowed, when it is UTF-8 already), the text laid out from the glyphs for a PDF,
/// and the paragraphs and table rows for a .docx. Decoding keeps every line and character, so
/// a span's line and column are those of the file as the user has it; its bytes count in the
/// UTF-8 text. Keep it to show the source of a cell or a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceText<'a> {
    /// The form the input came in.
    pub form: InputForm,
    /// The text the spans refer to.
    pub text: std::borrow::Cow<'a, str>,
}

impl SourceText<'_> {
    /// Reads the report in the text.
    pub fn parse(&self, options: &ParseOptions) -> Result<Parsed, ParseError> {
        match self.form {
            InputForm::Pdf => parse_laid_out(&self.text, options),
            _ => parse(&self.text, options),
        }
    }
}

/// The text of a published report, whatever its form: text or HTML, a PDF with the `pdf`
/// feature, a .docx with the `docx` feature. The form is detected from the content, never
/// from a file name.
///
/// Text is UTF-8 (with a byte-order mark or not), UTF-16LE or UTF-16BE with its byte-order
/// mark, or, with the `encoding` feature, GB18030 (and so GBK and GB2312). Bytes that are
/// valid UTF-8 are UTF-8, read without a copy. Other bytes are GB18030 when the text declares
/// it (a saved HTTP header's `Content-Type` at the top, an XML declaration, a `<meta>` charset)
/// and they decode so without error; with no such declaration, when the detector browsers use
/// (chardetng) takes them for GBK and they decode without error. A byte that does not decode
/// is never replaced: such a text is refused ([`ParseError::Encoding`]), naming what was
/// tried.
pub fn source_text(input: &[u8]) -> Result<SourceText<'_>, ParseError> {
    source_text_with(input, &ParseOptions::default())
}

/// The text of a published report, as [`source_text`] reads it, stopping when the options'
/// flag or deadline says so ([`ParseOptions::with_cancel`]): reading a PDF or a Word document
/// is most of the work of a parse.
pub fn source_text_with<'a>(
    input: &'a [u8],
    options: &ParseOptions,
) -> Result<SourceText<'a>, ParseError> {
    let cancel = &options.cancel;
    cancel.check()?;
    if input.len() > MAX_INPUT {
        return Err(ParseError::TooLarge {
            size: input.len(),
            limit: MAX_INPUT,
        });
    }
    // A byte-order mark before a PDF or a ZIP is no part of it.
    let unmarked = input.strip_prefix(b"\xef\xbb\xbf").unwrap_or(input);
    if unmarked.starts_with(b"%PDF") {
        #[cfg(feature = "pdf")]
        {
            let pieces = pdf::pieces(unmarked, cancel)?;
            cancel.check()?;
            return Ok(SourceText {
                form: InputForm::Pdf,
                text: layout_text(&pieces).into(),
            });
        }
        #[cfg(not(feature = "pdf"))]
        return Err(ParseError::Binary {
            offset: 0,
            what: "a PDF file; read it with the `pdf` feature, or extract its text first".into(),
        });
    }
    if unmarked.starts_with(b"PK\x03\x04") || unmarked.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        #[cfg(feature = "docx")]
        {
            return Ok(SourceText {
                form: InputForm::Docx,
                text: docx::text(unmarked, cancel)?.into(),
            });
        }
        #[cfg(not(feature = "docx"))]
        return Err(ParseError::Binary {
            offset: 0,
            what: "a ZIP or OLE container (a .docx?); read it with the `docx` feature".into(),
        });
    }
    let (text, _) = encoding::decode(input)?;
    Ok(SourceText {
        form: if html_start(&text).is_some() {
            InputForm::Html
        } else {
            InputForm::Text
        },
        text,
    })
}

/// Bytes of text decoded as [`source_text`] decodes them, whatever they hold (the loader's
/// JSON).
pub(crate) fn decode_text(input: &[u8]) -> Result<std::borrow::Cow<'_, str>, ParseError> {
    encoding::decode(input).map(|(text, _)| text)
}

/// Reads a report from bytes, whatever their form (see [`source_text`]).
pub fn parse_bytes(input: &[u8], options: &ParseOptions) -> Result<Parsed, ParseError> {
    source_text_with(input, options)?.parse(options)
}

/// Reads a report from a Word document (.docx). Spans refer to the text [`docx_text`] makes
/// of it: paragraphs as lines, table rows as tab-separated lines.
#[cfg(feature = "docx")]
pub fn parse_docx(bytes: &[u8], options: &ParseOptions) -> Result<Parsed, ParseError> {
    let text = docx::text(bytes, &options.cancel)?;
    parse(&text, options)
}

/// Reads a report from its published text: plain text in any of its forms, Markdown, or
/// HTML (with the `html` feature). The form is detected from the content.
pub fn parse(input: &str, options: &ParseOptions) -> Result<Parsed, ParseError> {
    options.cancel.check()?;
    if input.len() > MAX_INPUT {
        return Err(ParseError::TooLarge {
            size: input.len(),
            limit: MAX_INPUT,
        });
    }
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if input.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(offset) = input
        .char_indices()
        .filter(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .map(|(i, _)| i)
        .nth(8)
        .or_else(|| input.find('\0'))
    {
        return Err(ParseError::Binary {
            offset,
            what: "control characters".into(),
        });
    }
    options.cancel.check()?;
    let doc = if let Some(at) = html_start(input) {
        #[cfg(feature = "html")]
        {
            let _ = at;
            html::read(input, &options.cancel)?
        }
        #[cfg(not(feature = "html"))]
        {
            let line = source::LineIndex::new(input).span(at..at).line;
            return Err(ParseError::HtmlFeatureMissing { line });
        }
    } else {
        text::read(input, &options.cancel)?
    };
    options.cancel.check()?;
    assemble::build(input, doc, options)
}

/// Reads text known to be laid out in columns (what [`layout_text`] makes).
fn parse_laid_out(input: &str, options: &ParseOptions) -> Result<Parsed, ParseError> {
    options.cancel.check()?;
    if input.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let doc = text::read_laid_out(input, &options.cancel)?;
    options.cancel.check()?;
    assemble::build(input, doc, options)
}

/// Where the markup of an HTML input starts, if it is HTML: a document type or `<html>` at
/// the start, or a block tag anywhere with a closing tag somewhere.
fn html_start(input: &str) -> Option<usize> {
    let bytes = input.as_bytes();
    let starts_with_tag = |at: usize, tag: &[u8]| {
        bytes
            .get(at..at + tag.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(tag))
    };
    let lead = input.len() - input.trim_start().len();
    if starts_with_tag(lead, b"<!doctype html") || starts_with_tag(lead, b"<html") {
        return Some(lead);
    }
    let mut first = None;
    let mut closing = false;
    for (at, _) in input.match_indices('<') {
        if first.is_none()
            && [
                &b"<table"[..],
                b"<body",
                b"<p>",
                b"<p ",
                b"<div",
                b"<h1",
                b"<h2",
                b"<tr",
            ]
            .iter()
            .any(|tag| starts_with_tag(at, tag))
        {
            first = Some(at);
        }
        closing |= bytes.get(at + 1) == Some(&b'/');
        if first.is_some() && closing {
            return first;
        }
    }
    None
}

/// Collects spans and findings.
pub(crate) struct Sink<'a> {
    index: source::LineIndex<'a>,
    spans: Vec<Located>,
    findings: Vec<ParseFinding>,
    /// Findings of each rule so far, and those left out past [`MAX_FINDINGS_PER_RULE`].
    per_rule: std::collections::BTreeMap<Rule, (usize, Option<Range<usize>>)>,
    /// Byte offsets of HTML spans map to the original input already.
    _input: &'a str,
}

/// The most findings of one rule a parse lists; past it, one more finding of the rule says
/// how many were left out. A report gives a few of each; a text of thousands of stray rows
/// would otherwise give a finding for each.
pub const MAX_FINDINGS_PER_RULE: usize = 1_000;

impl<'a> Sink<'a> {
    fn new(input: &'a str) -> Sink<'a> {
        Sink {
            index: source::LineIndex::new(input),
            spans: Vec::with_capacity(512),
            findings: Vec::new(),
            per_rule: std::collections::BTreeMap::new(),
            _input: input,
        }
    }

    pub(crate) fn span(&mut self, pointer: Option<String>, kind: SpanKind, range: &Range<usize>) {
        if range.is_empty() && range.start == 0 {
            return;
        }
        self.spans.push(Located {
            pointer: pointer.unwrap_or_default(),
            kind,
            span: self.index.span(range.clone()),
            placement: None,
            proved_by: Vec::new(),
        });
    }

    /// Records where a cell's value was read, how it was placed, and which identities proved
    /// it.
    pub(crate) fn cell(
        &mut self,
        pointer: String,
        range: &Range<usize>,
        how: Placement,
        proved_by: &[Rule],
    ) {
        if range.is_empty() && range.start == 0 {
            return;
        }
        self.spans.push(Located {
            pointer,
            kind: SpanKind::Cell,
            span: self.index.span(range.clone()),
            placement: Some(how),
            proved_by: proved_by.to_vec(),
        });
    }

    pub(crate) fn finding_at(
        &mut self,
        rule: Rule,
        pointer: Option<String>,
        range: &Range<usize>,
        zh: String,
        en: String,
    ) {
        let seen = self.per_rule.entry(rule).or_insert((0, None));
        seen.0 += 1;
        if seen.0 > MAX_FINDINGS_PER_RULE {
            seen.1.get_or_insert_with(|| range.clone());
            return;
        }
        let span =
            (!(range.is_empty() && range.start == 0)).then(|| self.index.span(range.clone()));
        self.findings.push(ParseFinding {
            finding: Finding {
                rule,
                severity: rule.severity(),
                pointer: pointer.unwrap_or_default(),
                report_year: None,
                expected: None,
                actual: None,
                operands: Vec::new(),
                message: Message { zh, en },
                quote: None,
            },
            span,
        });
    }

    fn finish(mut self, report: Report) -> Parsed {
        let capped: Vec<_> = std::mem::take(&mut self.per_rule)
            .into_iter()
            .filter_map(|(rule, (seen, first))| {
                Some((rule, seen.checked_sub(MAX_FINDINGS_PER_RULE)?, first?))
            })
            .collect();
        for (rule, left, first) in capped {
            self.finding_at(
                rule,
                None,
                &first,
                format!(
                    "另有 {left} 条同类发现未列出（每条规则最多列出 {MAX_FINDINGS_PER_RULE} 条），自此处起"
                ),
                format!(
                    "{left} more findings of this rule are not listed (at most {MAX_FINDINGS_PER_RULE} are), from here on"
                ),
            );
        }
        self.spans.sort_by_key(|s| s.span.start);
        self.findings
            .sort_by_key(|f| f.span.map_or(usize::MAX, |s| s.start));
        Parsed {
            report,
            spans: self.spans,
            findings: self.findings,
        }
    }
}
