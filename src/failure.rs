//! The crate's one error: [`Error`], the one a user matches on, wrapping the error of each
//! way in ([`ReadError`] for JSON, [`ParseError`] for a published form, [`BuildError`] and
//! [`AggregateError`]), and [`ErrorKind`], what a program can do about it.

use std::path::PathBuf;
use std::sync::Arc;

use crate::aggregate::AggregateError;
use crate::builder::BuildError;
use crate::error::ReadError;
use crate::parse::{ParseError, PdfProblem};

/// Why a report could not be read, built or summed: the one error of the crate's ways in
/// ([`read`](crate::read), [`load::load_file`](crate::load::load_file),
/// [`Report::from_json`](crate::Report::from_json) through `?`, the builders and
/// [`aggregate`](crate::aggregate::aggregate)). [`Error::kind`] says what a program can do
/// about it; each variant keeps the error of the way in, and an I/O error keeps its source.
///
/// ```
/// use ogi_report::{Error, ErrorKind};
/// use ogi_report::parse::ParseOptions;
///
/// let err = ogi_report::read(b"", &ParseOptions::default()).unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::NotAReport);
/// let err = ogi_report::load::load_file("no/such/file.json".as_ref(), &ParseOptions::default())
///     .unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Io);
/// assert!(std::error::Error::source(&err).is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// JSON that is not text the reader decodes: not UTF-8, nor UTF-16 with its byte-order
    /// mark, nor GB18030 (with the `encoding` feature).
    #[error("the JSON is not UTF-8, UTF-16 or GB18030 text (byte {offset}); save it as UTF-8")]
    NotUtf8 {
        /// The first byte that could not be read.
        offset: usize,
    },
    /// JSON that is not a report.
    #[error(transparent)]
    Json(#[from] ReadError),
    /// A published form the parser could not read.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// A file larger than the parser reads ([`MAX_FILE`](crate::load::MAX_FILE)).
    #[error("the file is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A file that could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's error.
        source: IoError,
    },
    /// A report the builder cannot build.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// Reports that cannot be summed.
    #[error(transparent)]
    Aggregate(#[from] AggregateError),
}

/// What kind of failure an [`Error`] is: what a program can do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// JSON that is not a report: its syntax, a missing or unknown edition, a value the format
    /// does not allow (with its pointer, [`Error::pointer`]).
    Json,
    /// A file that could not be read.
    Io,
    /// Input past one of the readers' limits: its size, its depth, its lines or cells, a
    /// PDF's streams or operators.
    TooLarge,
    /// Text that is readable but not an annual report, or none at all.
    NotAReport,
    /// A form refused for what it is: binary, in an encoding not read, a scanned, encrypted
    /// or corrupt PDF, a .doc, a reader whose feature is off.
    Refused,
    /// A parse stopped from outside (`ParseOptions::with_cancel`, `with_deadline`).
    Cancelled,
    /// A report that does not balance, from a builder.
    Build,
    /// Reports that cannot be summed.
    Aggregate,
}

impl Error {
    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotUtf8 { .. } => ErrorKind::Refused,
            Error::Json(ReadError::TooLarge { .. }) | Error::TooLarge { .. } => ErrorKind::TooLarge,
            Error::Json(_) => ErrorKind::Json,
            Error::Parse(e) => parse_kind(e),
            Error::Io { .. } => ErrorKind::Io,
            Error::Build(_) => ErrorKind::Build,
            Error::Aggregate(_) => ErrorKind::Aggregate,
        }
    }

    /// The JSON Pointer of the value at fault, for JSON that is not a report.
    pub fn pointer(&self) -> Option<&str> {
        match self {
            Error::Json(e) => e.pointer(),
            _ => None,
        }
    }
}

fn parse_kind(e: &ParseError) -> ErrorKind {
    match e {
        ParseError::Empty | ParseError::NotAReport { .. } | ParseError::NoTables { .. } => {
            ErrorKind::NotAReport
        }
        ParseError::TooLarge { .. } | ParseError::TooDeep { .. } | ParseError::TooMany { .. } => {
            ErrorKind::TooLarge
        }
        ParseError::Pdf {
            problem: PdfProblem::TooLarge,
            ..
        } => ErrorKind::TooLarge,
        ParseError::Cancelled => ErrorKind::Cancelled,
        _ => ErrorKind::Refused,
    }
}

/// An I/O error, kept whole as the source of an [`Error`]; two are equal when their kinds and
/// messages are.
#[derive(Debug, Clone)]
pub struct IoError(Arc<std::io::Error>);

impl IoError {
    /// The system's error.
    pub fn get(&self) -> &std::io::Error {
        &self.0
    }
}

impl From<std::io::Error> for IoError {
    fn from(e: std::io::Error) -> IoError {
        IoError(Arc::new(e))
    }
}

impl std::fmt::Display for IoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for IoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.0)
    }
}

impl PartialEq for IoError {
    fn eq(&self, other: &IoError) -> bool {
        self.0.kind() == other.0.kind() && self.0.to_string() == other.0.to_string()
    }
}

impl Eq for IoError {}
