//! The files the docs cite exist: `cargo xtask docs`, and part of `cargo xtask check`.
//!
//! A citation is a code span of one word (`` `src/parse/mod.rs` ``) outside fenced blocks in
//! [`DOCS`] that names a repository path: either it starts with an entry of the repository's
//! root (`src/…`, `scripts/serve/soak`, `Cargo.toml`), or it has a folder and a file's
//! extension (`parse/tables/solve.rs`), and then it is the end of some file's path. What
//! follows a path is not part of it: a line (`:120`), an anchor (`#…`) or an item (`::…`).
//! A `*` matches within one name, `{a,b}` stands for both, and a name with `...` or `<…>`
//! stands for anything under the folder before it. Build output (`target/`) is never a
//! citation.

use std::path::{Path, PathBuf};

/// The docs checked, from the repository's root: `*` is any Markdown file of the folder.
pub const DOCS: &[&str] = &["README.md", "CHANGELOG.md", "docs/*.md"];

/// Extensions that make a path with a folder a citation even when it starts below the root.
const EXTENSIONS: &[&str] = &[
    "rs", "md", "toml", "json", "py", "pyi", "ipynb", "txt", "html", "pdf", "docx", "sh", "lock",
    "yml", "yaml", "csv", "snap",
];

/// Folders never searched nor cited: build output and tool state.
const SKIPPED: &[&str] = &[
    "target",
    ".git",
    "node_modules",
    "__pycache__",
    ".venv",
    ".mypy_cache",
];

/// A cited path that names nothing in the repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    /// The doc, from the root.
    pub doc: String,
    /// Its line, from 1.
    pub line: usize,
    /// The code span as written.
    pub cited: String,
}

/// The repository's files, as paths from the root with `/` between names.
fn files(root: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !SKIPPED.contains(&name.as_str()) {
                    walk(root, &path, out);
                }
            } else if let Ok(relative) = path.strip_prefix(root) {
                let parts: Vec<_> = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// The docs [`DOCS`] names, from the root.
fn docs(root: &Path) -> Vec<String> {
    let all = files(root);
    let mut out: Vec<String> = all
        .iter()
        .filter(|f| DOCS.iter().any(|d| matches(d, f)))
        .cloned()
        .collect();
    out.dedup();
    out
}

/// Whether `path` matches `pattern`, where `*` stands for any run of characters but `/`.
fn matches(pattern: &str, path: &str) -> bool {
    let (p, s): (Vec<char>, Vec<char>) = (pattern.chars().collect(), path.chars().collect());
    // Backtracking over where each `*` ends; the patterns and paths are short.
    fn go(p: &[char], s: &[char]) -> bool {
        match p.split_first() {
            None => s.is_empty(),
            Some(('*', rest)) => (0..=s.len())
                .take_while(|&i| i == 0 || s[i - 1] != '/')
                .any(|i| go(rest, &s[i..])),
            Some((c, rest)) => s.first() == Some(c) && go(rest, &s[1..]),
        }
    }
    go(&p, &s)
}

/// The code spans of one word on a line, outside fenced blocks (the caller skips those).
fn spans(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        let after = &rest[start..];
        let ticks = after.len() - after.trim_start_matches('`').len();
        let body = &after[ticks..];
        let fence = &after[..ticks];
        let Some(end) = body.find(fence) else { break };
        let span = body[..end].trim();
        if !span.is_empty() && !span.contains(char::is_whitespace) {
            out.push(span);
        }
        rest = &body[end + ticks..];
    }
    out
}

/// The path a code span cites, or `None` when it cites none: `tops` are the names at the
/// root.
fn citation<'a>(span: &'a str, tops: &[String]) -> Option<&'a str> {
    let end = span.find([':', '#']).unwrap_or(span.len());
    let path = span[..end].trim_end_matches([',', ';', ')']);
    let path = path.strip_prefix("./").unwrap_or(path);
    if path.is_empty() || path.starts_with("target/") || path == "target" {
        return None;
    }
    let first = path.split('/').next().unwrap_or_default();
    if tops.iter().any(|t| t == first) && (path.contains('/') || tops.iter().any(|t| t == path)) {
        return Some(path);
    }
    if path.starts_with(['/', '~', '$', '-', '.']) {
        return None;
    }
    let last = path.rsplit('/').next().unwrap_or_default();
    let extension = last.rsplit_once('.').map(|(_, e)| e);
    (path.contains('/') && extension.is_some_and(|e| EXTENSIONS.contains(&e))).then_some(path)
}

/// `{a,b}` expanded (one pair of braces; the docs use no more).
fn expand(path: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (path.find('{'), path.find('}')) else {
        return vec![path.to_owned()];
    };
    if close < open {
        return vec![path.to_owned()];
    }
    path[open + 1..close]
        .split(',')
        .map(|alt| format!("{}{alt}{}", &path[..open], &path[close + 1..]))
        .collect()
}

/// Whether a cited path (braces expanded) names a file or folder of the repository.
fn exists(path: &str, files: &[String], tops: &[String]) -> bool {
    let names: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let from_root = tops.iter().any(|t| t == names[0]);
    // A placeholder name stands for anything under the folder before it.
    if let Some(i) = names
        .iter()
        .position(|n| n.contains("...") || n.contains('…') || n.contains('<'))
    {
        let folder = format!("{}/", names[..i].join("/"));
        return i > 0
            && files.iter().any(|f| {
                f.starts_with(&folder) || !from_root && f.contains(&format!("/{folder}"))
            });
    }
    let path = names.join("/");
    files.iter().any(|f| {
        if from_root {
            under_tail(&path, f)
        } else {
            // Relative: the end of some file's path, from one of its names on.
            f.char_indices()
                .filter(|&(i, c)| i == 0 || c == '/')
                .any(|(i, _)| under_tail(&path, &f[i..]))
        }
    })
}

/// Whether `pattern` names a folder holding `file` (both from the same place).
fn is_folder_of(pattern: &str, file: &str) -> bool {
    let depth = pattern.split('/').count();
    let parts: Vec<&str> = file.split('/').collect();
    parts.len() > depth && matches(pattern, &parts[..depth].join("/"))
}

/// Whether `tail` (a piece of a file's path that starts at a name) is or is under `pattern`.
fn under_tail(pattern: &str, tail: &str) -> bool {
    let tail = tail.trim_start_matches('/');
    matches(pattern, tail) || is_folder_of(pattern, tail)
}

/// How many citations the docs hold, and every stale one, in order.
pub fn check(root: &Path) -> (usize, Vec<Stale>) {
    let files = files(root);
    let mut tops: Vec<String> = files
        .iter()
        .map(|f| f.split('/').next().unwrap_or_default().to_owned())
        .collect();
    tops.dedup();
    let (mut count, mut out) = (0, Vec::new());
    for doc in docs(root) {
        let text = std::fs::read_to_string(root.join(&doc)).unwrap_or_default();
        let mut fenced = false;
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("```") {
                fenced = !fenced;
                continue;
            }
            if fenced {
                continue;
            }
            for span in spans(line) {
                let Some(path) = citation(span, &tops) else {
                    continue;
                };
                count += 1;
                if !expand(path).iter().all(|p| exists(p, &files, &tops)) {
                    out.push(Stale {
                        doc: doc.clone(),
                        line: n + 1,
                        cited: span.to_owned(),
                    });
                }
            }
        }
    }
    (count, out)
}

/// The docs checked, for the report.
pub fn checked(root: &Path) -> Vec<PathBuf> {
    docs(root).into_iter().map(|d| root.join(d)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tops() -> Vec<String> {
        ["src", "docs", "Cargo.toml", "scripts", "tests"]
            .map(String::from)
            .to_vec()
    }

    fn files() -> Vec<String> {
        [
            "src/parse/tables/solve.rs",
            "scripts/serve/soak",
            "tests/fixtures/reports/a.json",
            "tests/fixtures/findings/a.json",
            "docs/TESTING.md",
            "Cargo.toml",
        ]
        .map(String::from)
        .to_vec()
    }

    fn cites(span: &str) -> Option<bool> {
        let (files, tops) = (files(), tops());
        citation(span, &tops).map(|p| expand(p).iter().all(|p| exists(p, &files, &tops)))
    }

    #[test]
    fn spans_are_the_one_word_code_spans() {
        assert_eq!(
            spans("see `src/a.rs` and ``b `c` d`` or `cargo xtask check`, then `x`"),
            ["src/a.rs", "x"]
        );
    }

    #[test]
    fn a_path_from_the_root_or_with_a_folder_and_extension_is_a_citation() {
        assert_eq!(cites("src/parse/tables/solve.rs"), Some(true));
        assert_eq!(cites("src/parse/tables/solve.rs:120"), Some(true));
        assert_eq!(cites("scripts/serve/soak"), Some(true));
        assert_eq!(cites("Cargo.toml"), Some(true));
        assert_eq!(cites("src/parse/tables/"), Some(true));
        assert_eq!(cites("tables/solve.rs"), Some(true));
        assert_eq!(cites("parse/tables/solve.rs"), Some(true));
        assert_eq!(cites("tests/fixtures/{reports,findings}"), Some(true));
        assert_eq!(cites("tests/fixtures/..."), Some(true));
        assert_eq!(cites("tests/fixtures/reports/*.json"), Some(true));
        assert_eq!(cites("docs/*.md"), Some(true));
        // Stale.
        assert_eq!(cites("src/parse/figures.rs"), Some(false));
        assert_eq!(cites("scripts/pdf/random_report.py"), Some(false));
        assert_eq!(cites("tests/fixtures/{reports,gone}"), Some(false));
        assert_eq!(cites("lost/solve.rs"), Some(false));
        assert_eq!(cites("src/*.toml"), Some(false));
        // Not citations.
        assert_eq!(cites("solve.rs"), None);
        assert_eq!(cites("target/debug/ogi"), None);
        assert_eq!(cites("/requests/outcomes"), None);
        assert_eq!(cites("multipart/form-data"), None);
        assert_eq!(cites("https://docs.rs/x/a.json"), None);
        assert_eq!(cites("word/document.xml"), None);
    }
}
