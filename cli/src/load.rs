//! Reading one file, in any form, into a report with where its cells came from.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ogi_report::Report;
use ogi_report::parse::{ParseFinding, ParseOptions, Parsed, source_text};

/// The largest file read: the parser's own limit.
pub const MAX_FILE: u64 = ogi_report::parse::MAX_INPUT as u64;

/// The extensions read when a folder is searched. A file named on the command line is read
/// whatever its name: the form is told from the content.
pub const EXTENSIONS: &[&str] = &[
    "json", "txt", "text", "md", "markdown", "tsv", "html", "htm", "xhtml", "pdf", "docx",
];

/// A report read from a file.
pub struct Loaded {
    /// The report.
    pub report: Report,
    /// The form the file came in: `json`, `text`, `html`, `pdf` or `docx`.
    pub form: &'static str,
    /// The text spans refer to (the file itself, or the text read out of a PDF or .docx).
    pub text: String,
    /// Where cells were read, for a published text; `None` for JSON.
    pub parsed: Option<ParsedSpans>,
    /// Where each pointer's value is in the text, built when first asked.
    index: OnceLock<HashMap<String, Range<usize>>>,
}

/// What the parser recorded besides the report.
pub struct ParsedSpans {
    spans: Vec<ogi_report::parse::Located>,
    /// The parse findings.
    pub findings: Vec<ParseFinding>,
    /// The table cells read from the source, and how many of them the table's identities
    /// alone placed (see [`Parsed::cells_read`]).
    pub cells_read: (usize, usize),
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
                        if s.kind == ogi_report::parse::SpanKind::Cell {
                            index
                                .entry(s.pointer.clone())
                                .or_insert(s.span.start..s.span.end);
                        }
                    }
                    index
                }
                None => ogi_report::pointer::value_ranges(&self.text),
            })
            .get(pointer)
            .cloned()
    }
}

/// Why a file could not be read.
#[derive(Debug)]
pub struct Unreadable {
    /// The file.
    pub path: PathBuf,
    /// What is wrong, in one line.
    pub reason: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Whether bytes hold a JSON report rather than a published text: the first character that
/// is not white space (after a byte-order mark) opens an object.
fn is_json(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{')
}

/// Reads a file: a JSON report, or a published report in any form the parser reads.
pub fn load(path: &Path, options: &ParseOptions) -> Result<Loaded, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        path: path.to_owned(),
        reason,
    };
    let size = std::fs::metadata(path)
        .map_err(|e| unreadable(e.to_string()))?
        .len();
    if size > MAX_FILE {
        return Err(unreadable(format!(
            "the file is {size} bytes; the limit is {MAX_FILE} bytes"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    if is_json(&bytes) {
        let text = String::from_utf8(bytes).map_err(|e| {
            unreadable(format!(
                "not UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ))
        })?;
        let report = Report::from_json(&text).map_err(|e| unreadable(e.to_string()))?;
        return Ok(Loaded {
            report,
            form: "json",
            text,
            parsed: None,
            index: OnceLock::new(),
        });
    }
    let source = source_text(&bytes).map_err(|e| unreadable(e.to_string()))?;
    let parsed = source
        .parse(options)
        .map_err(|e| unreadable(e.to_string()))?;
    let cells_read = parsed.cells_read();
    let Parsed {
        report,
        spans,
        findings,
        ..
    } = parsed;
    let form = source.form.id();
    let text = source.text.into_owned();
    Ok(Loaded {
        report,
        form,
        text,
        parsed: Some(ParsedSpans {
            spans,
            findings,
            cells_read,
        }),
        index: OnceLock::new(),
    })
}

/// The files under the paths given, in a stable order: a file given is taken as it is; a
/// folder is searched recursively for files with a known extension, in name order. Hidden
/// files and folders (names starting with a dot) are skipped inside folders.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Unreadable> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Unreadable {
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

/// [`collect`], saying on standard error why the paths cannot be searched (`ogi COMMAND:
/// reason`) when they cannot.
pub fn collect_or_say(paths: &[PathBuf], command: &str) -> Option<Vec<PathBuf>> {
    collect(paths)
        .map_err(|e| eprintln!("ogi {command}: {e}"))
        .ok()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Unreadable> {
    let error = |e: std::io::Error| Unreadable {
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
        // Follows links to files, not to folders (no cycles).
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, out)?;
        } else if has_known_extension(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn has_known_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|k| k.eq_ignore_ascii_case(e)))
}
