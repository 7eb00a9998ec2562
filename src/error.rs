//! Errors from reading a report or its findings.

use std::fmt::Write as _;

/// Why a report (or a findings document) could not be read. Every variant says where: a line
/// and column for text that is not JSON, an RFC 6901 JSON Pointer for JSON that is not what
/// it should be.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The text is not JSON.
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The report object has no `"edition"`.
    #[error("the report has no \"edition\"; expected one of {expected}")]
    MissingEdition {
        /// The editions this crate reads.
        expected: String,
    },
    /// `"edition"` names an edition this crate does not know.
    #[error("at /edition: unknown edition {found:?}; expected one of {expected}")]
    UnknownEdition {
        /// The edition found.
        found: String,
        /// The editions this crate reads.
        expected: String,
    },
    /// A value is not what the report format allows there.
    #[error("at {}: {message}", display_pointer(pointer))]
    Invalid {
        /// RFC 6901 JSON Pointer to the offending value ("" for the whole document).
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// The text is larger than any report: refused before it is read.
    #[error("the JSON is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// The size.
        size: usize,
        /// The limit ([`crate::MAX_JSON`]).
        limit: usize,
    },
}

fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() {
        "the top level"
    } else {
        pointer
    }
}

impl ReadError {
    /// The JSON Pointer of the offending value, when the text was JSON.
    pub fn pointer(&self) -> Option<&str> {
        match self {
            ReadError::Syntax { .. } | ReadError::TooLarge { .. } => None,
            ReadError::MissingEdition { .. } => Some(""),
            ReadError::UnknownEdition { .. } => Some("/edition"),
            ReadError::Invalid { pointer, .. } => Some(pointer),
        }
    }

    /// Converts a serde_json error met while reading at `path`.
    pub(crate) fn from_tracked(err: serde_path_to_error::Error<serde_json::Error>) -> ReadError {
        let mut pointer = String::new();
        for segment in err.path() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => {
                    let _ = write!(pointer, "/{index}");
                }
                serde_path_to_error::Segment::Map { key } => {
                    pointer.push('/');
                    push_escaped(&mut pointer, key);
                }
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => {}
            }
        }
        ReadError::from_json_error(pointer, err.into_inner())
    }

    /// Converts a serde_json error met at `pointer`.
    pub(crate) fn from_json_error(pointer: String, inner: serde_json::Error) -> ReadError {
        let message = strip_position(&inner);
        match inner.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                ReadError::Syntax {
                    line: inner.line(),
                    column: inner.column(),
                    message,
                }
            }
            serde_json::error::Category::Data | serde_json::error::Category::Io => {
                ReadError::Invalid { pointer, message }
            }
        }
    }
}

/// The message of a serde_json error without its " at line L column C" suffix.
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&suffix) {
        Some(message) => message.to_owned(),
        None => text,
    }
}

/// Appends a JSON Pointer reference token, escaped per RFC 6901.
pub(crate) fn push_escaped(pointer: &mut String, token: &str) {
    for ch in token.chars() {
        match ch {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}
