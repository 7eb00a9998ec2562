//! Reading one file, in any form, into a report with where its cells came from.

use std::path::{Path, PathBuf};

pub use ogi_report::load::Loaded;
use ogi_report::parse::ParseOptions;

/// The largest file read: the parser's own limit.
pub const MAX_FILE: u64 = ogi_report::parse::MAX_INPUT as u64;

/// The extensions read when a folder is searched. A file named on the command line is read
/// whatever its name: the form is told from the content.
pub const EXTENSIONS: &[&str] = &[
    "json", "txt", "text", "md", "markdown", "tsv", "html", "htm", "xhtml", "pdf", "docx",
];

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
    ogi_report::load::load_bytes(&bytes, options).map_err(|e| unreadable(e.to_string()))
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
