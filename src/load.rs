//! `load`: one report from bytes in any form (its canonical JSON, or a published text,
//! HTML page, PDF or .docx the parser reads), checked, with every finding placed in the text
//! it came from.
//!
//! This is what `ogi check` and the Python package do with each file:
//!
//! ```
//! use ogi_report::parse::ParseOptions;
//!
//! let json = std::fs::read("tests/fixtures/planted/002_luohe_huizu_2022_planted.json")?;
//! let loaded = ogi_report::read(&json, &ParseOptions::default())?;
//! assert_eq!(loaded.form, "json");
//! let findings = loaded.check();
//! // The first: a blank cell, found on line 33 of the JSON, column 20.
//! let first = &findings[0];
//! assert_eq!(first.finding.rule.id(), "cell.blank");
//! assert_eq!(first.finding.pointer, "/proactive/licensing/decisions");
//! let span = first.span.unwrap();
//! assert_eq!((span.line, span.column), (33, 20));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Serialize;

use crate::failure::{Error, IoError};
use crate::findings::{Finding, Quote};
use crate::parse::{
    Located, ParseError, ParseFinding, ParseOptions, Parsed, SpanKind, source_text_with,
};
use crate::report::Report;

/// A report read from bytes, with the text its spans refer to.
#[derive(Debug)]
pub struct Loaded {
    /// The report.
    pub report: Report,
    /// The form the bytes came in: `json`, or the parser's form id (`text`, `html`, `pdf`,
    /// `docx`).
    pub form: &'static str,
    /// The text spans refer to: the JSON itself (decoded to UTF-8, without a byte-order mark),
    /// or the text read out of the published form.
    pub text: String,
    /// What the parser recorded besides the report; `None` for JSON.
    pub parsed: Option<ParsedSpans>,
    /// Where each pointer's value is in the text, built when first asked.
    index: OnceLock<HashMap<String, Range<usize>>>,
}

/// What the parser recorded besides the report.
#[derive(Debug)]
pub struct ParsedSpans {
    /// Where each value was read.
    pub spans: Vec<Located>,
    /// The parse findings.
    pub findings: Vec<ParseFinding>,
    /// The table cells read, and how many of them the table's identities alone placed (see
    /// [`Parsed::cells_read`]).
    pub cells_read: (usize, usize),
}

/// The largest file read: the parser's own limit.
pub const MAX_FILE: u64 = crate::parse::MAX_INPUT as u64;

/// The extensions [`files`] takes in a folder. A file named itself is read whatever its
/// name: the form is told from the content.
pub const EXTENSIONS: &[&str] = &[
    "json", "txt", "text", "md", "markdown", "tsv", "html", "htm", "xhtml", "pdf", "docx",
];

/// Reads a file as [`read`](crate::read) reads bytes, refusing one over [`MAX_FILE`] before
/// reading it.
pub fn load_file(path: &Path, options: &ParseOptions) -> Result<Loaded, Error> {
    let io = |e: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source: IoError::from(e),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE {
        return Err(Error::TooLarge {
            size,
            limit: MAX_FILE,
        });
    }
    load_bytes(&std::fs::read(path).map_err(io)?, options)
}

/// A path that could not be searched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", path.display())]
pub struct Unsearchable {
    /// The file or folder.
    pub path: PathBuf,
    /// The system's words.
    pub reason: String,
}

/// The files under the paths given, in a stable order: a file given is taken as it is; a
/// folder is searched recursively for files with one of the [`EXTENSIONS`], in name order.
/// Hidden files and folders (names starting with a dot) are skipped inside folders, and
/// links are followed to files, never to folders (no cycles).
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Unsearchable> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Unsearchable {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        if meta.is_dir() {
            walk(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Unsearchable> {
    let error = |e: std::io::Error| Unsearchable {
        path: dir.to_owned(),
        reason: e.to_string(),
    };
    let mut entries = std::fs::read_dir(dir)
        .map_err(error)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(error)?;
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.iter().any(|k| k.eq_ignore_ascii_case(e)))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether bytes hold a JSON report rather than a published text: the first character that
/// is not white space (after a byte-order mark, of UTF-8 or of UTF-16) opens an object.
pub fn is_json(bytes: &[u8]) -> bool {
    fn opens(mut units: impl Iterator<Item = u16>) -> bool {
        units
            .find(|u| !matches!(u, 0x09 | 0x0a | 0x0c | 0x0d | 0x20))
            .is_some_and(|u| u == u16::from(b'{'))
    }
    if let Some(body) = bytes.strip_prefix(b"\xff\xfe") {
        return opens(
            body.chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]])),
        );
    }
    if let Some(body) = bytes.strip_prefix(b"\xfe\xff") {
        return opens(
            body.chunks_exact(2)
                .map(|p| u16::from_be_bytes([p[0], p[1]])),
        );
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    opens(bytes.iter().map(|b| u16::from(*b)))
}

/// Reads bytes: a JSON report (told by its first character, `{`), or a published report in
/// any form the parser reads with the features built. The level and publication date in
/// `options` stand over a JSON report's own, as over a published one's.
pub(crate) fn load_bytes(bytes: &[u8], options: &ParseOptions) -> Result<Loaded, Error> {
    if is_json(bytes) {
        // Decoded as a published text is (UTF-8, UTF-16 with its byte-order mark, GB18030
        // with the `encoding` feature); a byte-order mark is no part of the JSON (nor of the
        // text spans refer to).
        let text = match crate::parse::decode_text(bytes) {
            Ok(text) => text.into_owned(),
            Err(ParseError::Encoding { offset, .. }) => return Err(Error::NotUtf8 { offset }),
            Err(e) => return Err(Error::Parse(e)),
        };
        let mut report = Report::from_json(&text)?;
        // What the user gives about a report stands over what its data says.
        let meta = report.meta_mut();
        if let Some(tier) = options.level {
            meta.level = Some(crate::meta::AgencyLevel {
                tier,
                from: crate::meta::LevelFrom::Given,
            });
        }
        if let Some(date) = options.publication_date {
            meta.publication_date = Some(date);
        }
        return Ok(Loaded {
            report,
            form: "json",
            text,
            parsed: None,
            index: OnceLock::new(),
        });
    }
    // The options' flag and deadline reach the reading of a PDF or .docx as well as the parse.
    let source = source_text_with(bytes, options)?;
    let parsed = source.parse(options)?;
    let cells_read = parsed.cells_read();
    let Parsed {
        report,
        spans,
        findings,
        ..
    } = parsed;
    Ok(Loaded {
        report,
        form: source.form.id(),
        text: source.text.into_owned(),
        parsed: Some(ParsedSpans {
            spans,
            findings,
            cells_read,
        }),
        index: OnceLock::new(),
    })
}

/// A finding with where it is in the loaded text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placed {
    /// The finding.
    #[serde(flatten)]
    pub finding: Finding,
    /// Where its value is in [`Loaded::text`], when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<TextSpan>,
}

/// Where a value is in a text: bytes, and line and column (from 1, the column in
/// characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TextSpan {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
    /// The line of `start`, from 1.
    pub line: usize,
    /// The column of `start` in characters, from 1.
    pub column: usize,
}

impl Loaded {
    /// The byte range in [`Loaded::text`] of the value at a JSON Pointer, if known: where
    /// the parser read the cell, or where the JSON holds the value.
    pub fn range_of(&self, pointer: &str) -> Option<Range<usize>> {
        self.index
            .get_or_init(|| match &self.parsed {
                Some(p) => {
                    let mut index = HashMap::with_capacity(p.spans.len());
                    for s in &p.spans {
                        if s.kind == SpanKind::Cell {
                            index
                                .entry(s.pointer.clone())
                                .or_insert(s.span.start..s.span.end);
                        }
                    }
                    index
                }
                None => crate::pointer::value_ranges(&self.text),
            })
            .get(pointer)
            .cloned()
    }

    /// Every finding, as `ogi check` lists them: the parse findings first (for a published
    /// form), then the validator's, each placed in the text where known.
    pub fn check(&self) -> Vec<Placed> {
        let validation = crate::validate::validate(&self.report);
        let mut ranged: Vec<(&Finding, Option<Range<usize>>)> = Vec::new();
        if let Some(parsed) = &self.parsed {
            ranged.extend(
                parsed
                    .findings
                    .iter()
                    .map(|f| (&f.finding, f.span.map(|s| s.start..s.end))),
            );
        }
        ranged.extend(validation.findings.iter().map(|f| {
            let range = match &f.quote {
                Some(quote) => self.quote_range(&f.pointer, quote),
                None => self.range_of(&f.pointer),
            };
            (f, range)
        }));
        let mut lines = None;
        ranged
            .into_iter()
            .map(|(finding, range)| Placed {
                finding: finding.clone(),
                span: range.map(|range| {
                    let lines = lines.get_or_insert_with(|| Lines::new(&self.text));
                    lines.span(range)
                }),
            })
            .collect()
    }

    /// Where a figure a `text.*` finding quotes is in [`Loaded::text`]: inside the JSON
    /// string, or, for a published form, where its clause is printed (white space aside).
    fn quote_range(&self, pointer: &str, quote: &Quote) -> Option<Range<usize>> {
        let narrative = crate::validate::narrative(&self.report, pointer)?;
        let figure = narrative.get(quote.start..quote.end)?;
        if self.parsed.is_none() {
            let literal = self.range_of(pointer)?;
            let json = self.text.get(literal.clone())?;
            let start = literal.start + decoded_offset(json, quote.start)?;
            let end = literal.start + decoded_offset(json, quote.end)?;
            return Some(start..end);
        }
        let clause = find_compact(&self.text, 0, &quote.text)?;
        let compact: String = figure.chars().filter(|c| !c.is_whitespace()).collect();
        let within = find_compact(&self.text[..clause.end], clause.start, &compact)?;
        Some(within)
    }

    /// The line and column of a byte range of [`Loaded::text`].
    pub fn text_span(&self, range: Range<usize>) -> TextSpan {
        Lines::new(&self.text).span(range)
    }
}

/// Line starts of a text, to turn byte offsets into lines and columns.
#[derive(Debug)]
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// Indexes a text.
    pub fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    /// The line (from 1) holding byte `at`, and the byte range of that line (without its
    /// line break).
    pub fn line_of(&self, at: usize) -> (usize, Range<usize>) {
        let at = at.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= at).max(1);
        let start = self.starts[line - 1];
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        (line, start..end.max(start))
    }

    /// A byte range with the line and column of its start.
    pub fn span(&self, range: Range<usize>) -> TextSpan {
        let (line, column) = self.position(range.start);
        TextSpan {
            start: range.start,
            end: range.end,
            line,
            column,
        }
    }

    /// The line and column (both from 1, the column in characters) of byte `at`.
    pub fn position(&self, at: usize) -> (usize, usize) {
        let (line, range) = self.line_of(at);
        let mut at = at.min(range.end).max(range.start);
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        (line, self.text[range.start..at].chars().count() + 1)
    }
}

/// The byte range of the first place at or after `from` where `text`, white space aside,
/// reads `needle` (which holds none).
fn find_compact(text: &str, from: usize, needle: &str) -> Option<Range<usize>> {
    let first = needle.chars().next()?;
    let tail = &needle[first.len_utf8()..];
    let rest = text.get(from..)?;
    for (at, c) in rest.char_indices().filter(|(_, c)| *c == first) {
        let start = from + at;
        let mut end = start + c.len_utf8();
        let mut chars = text[end..]
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace());
        let mut matched = true;
        for want in tail.chars() {
            match chars.next() {
                Some((i, got)) if got == want => end = start + c.len_utf8() + i + got.len_utf8(),
                _ => {
                    matched = false;
                    break;
                }
            }
        }
        if matched {
            return Some(start..end);
        }
    }
    None
}

/// The offset in a JSON string literal (quotes included) of byte `target` of the string it
/// decodes to.
fn decoded_offset(literal: &str, target: usize) -> Option<usize> {
    let bytes = literal.as_bytes();
    let mut i = 1; // past the opening quote
    let mut decoded = 0;
    while decoded < target {
        match *bytes.get(i)? {
            b'"' => return None,
            b'\\' => {
                let (len, width) = match *bytes.get(i + 1)? {
                    b'u' => {
                        let hex = literal.get(i + 2..i + 6)?;
                        let unit = u32::from_str_radix(hex, 16).ok()?;
                        if (0xD800..0xDC00).contains(&unit) {
                            (12, 4) // a surrogate pair: one character of four bytes
                        } else {
                            (6, char::from_u32(unit).map_or(3, char::len_utf8))
                        }
                    }
                    _ => (2, 1),
                };
                i += len;
                decoded += width;
            }
            b => {
                let width = match b {
                    0x00..=0x7F => 1,
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                i += width;
                decoded += width;
            }
        }
    }
    (decoded == target).then_some(i)
}
