//! Reading one file, in any form, into a report with where its cells came from.

use std::path::{Path, PathBuf};

pub use ogi_report::load::Loaded;
use ogi_report::parse::ParseOptions;

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

/// Reads a file: a JSON report, or a published report in any form the parser reads.
pub fn load(path: &Path, options: &ParseOptions) -> Result<Loaded, Unreadable> {
    ogi_report::load::load_file(path, options).map_err(|e| Unreadable {
        path: path.to_owned(),
        // The path is said once, before the reason.
        reason: match e {
            ogi_report::Error::Io { source, .. } => source.to_string(),
            e => e.to_string(),
        },
    })
}

/// The files under the paths given ([`ogi_report::load::files`]).
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Unreadable> {
    ogi_report::load::files(paths).map_err(|e| Unreadable {
        path: e.path,
        reason: e.reason,
    })
}

/// [`collect`], saying on standard error why the paths cannot be searched (`ogi COMMAND:
/// reason`) when they cannot.
pub fn collect_or_say(paths: &[PathBuf], command: &str) -> Option<Vec<PathBuf>> {
    collect(paths)
        .map_err(|e| eprintln!("ogi {command}: {e}"))
        .ok()
}
