//! Findings shown with the source of the cell they are about.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use ogi_report::{Finding, Severity};

use crate::load::Loaded;

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    /// English.
    En,
    /// Chinese.
    Zh,
}

impl Lang {
    /// The finding's message in this language.
    pub fn message(self, finding: &Finding) -> &str {
        match self {
            Lang::En => &finding.message.en,
            Lang::Zh => &finding.message.zh,
        }
    }
}

/// Line starts of a text, to turn byte offsets into lines and columns.
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

    /// The line and column (both from 1, the column in characters) of byte `at`.
    pub fn position(&self, at: usize) -> (usize, usize) {
        let (line, range) = self.line_of(at);
        let at = floor_boundary(self.text, at.min(range.end).max(range.start));
        (line, self.text[range.start..at].chars().count() + 1)
    }
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Appends a finding, with the source line of its value and a caret under the value when
/// the place is known.
pub fn finding(
    out: &mut String,
    renderer: &Renderer,
    path: &str,
    lang: Lang,
    finding: &Finding,
    place: Option<(&Loaded, &Lines<'_>, Range<usize>)>,
) {
    let level = match finding.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        _ => Level::NOTE,
    };
    let label = match (finding.expected, finding.actual, lang) {
        (Some(e), Some(a), Lang::En) => format!("expected {e}, found {a}"),
        (Some(e), Some(a), Lang::Zh) => format!("应为 {e}，实为 {a}"),
        (Some(e), None, Lang::En) => format!("expected {e}"),
        (Some(e), None, Lang::Zh) => format!("应为 {e}"),
        _ => String::new(),
    };
    let title = level
        .primary_title(lang.message(finding))
        .id(finding.rule.id());
    let group = match place {
        Some((loaded, lines, range)) => {
            let text = loaded.text.as_str();
            let start = floor_boundary(text, range.start.min(text.len()));
            let (line, line_range) = lines.line_of(start);
            let end = ceil_boundary(text, range.end.clamp(start, line_range.end.max(start)));
            // The whole line: a long one is cut around the value when shown.
            let shown = line_range.clone();
            let snippet = Snippet::source(&text[shown.clone()])
                .line_start(line)
                .path(path)
                .fold(false)
                .annotation(
                    AnnotationKind::Primary
                        .span(start - shown.start..end - shown.start)
                        .label(label),
                );
            Group::with_title(title).element(snippet)
        }
        None => {
            // No place in the source: the title, then the file and the pointer.
            let _ = writeln!(out, "{}", renderer.render(&[Group::with_title(title)]));
            let _ = write!(out, "  --> {path}");
            if !finding.pointer.is_empty() {
                let _ = write!(out, " at {}", finding.pointer);
            }
            if !label.is_empty() {
                let _ = write!(out, " ({label})");
            }
            out.push('\n');
            return;
        }
    };
    let _ = writeln!(out, "{}", renderer.render(&[group]));
}
