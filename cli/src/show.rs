//! Findings shown with the source of the cell they are about.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use ogi_report::Finding;
use ogi_report::findings::Severity;

use crate::load::Loaded;
pub use ogi_report::load::Lines;

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

/// Each cell read, one a line: its pointer and value, where it was printed, how it was
/// placed, and the identities that proved it (`ogi parse --explain`).
pub fn evidence(report: &ogi_report::Report, spans: &[ogi_report::parse::Located]) -> String {
    use ogi_report::parse::SpanKind;
    let cells: Vec<_> = spans.iter().filter(|s| s.kind == SpanKind::Cell).collect();
    let values: std::collections::HashMap<String, String> = report
        .cells()
        .filter_map(|(at, cell)| Some((at.pointer(), cell.display()?)))
        .collect();
    let mut out = format!("evidence: {} cells read\n", cells.len());
    for located in cells {
        let value = values.get(&located.pointer).map_or("", String::as_str);
        let _ = write!(
            out,
            "  {} = {value}  (line {}, column {}",
            located.pointer, located.span.line, located.span.column
        );
        if let Some(how) = located.placement {
            let _ = write!(out, "; {}", how.id());
        }
        if !located.proved_by.is_empty() {
            let rules: Vec<&str> = located.proved_by.iter().map(|r| r.id()).collect();
            let _ = write!(out, "; proved by {}", rules.join(", "));
        }
        out.push_str(")\n");
    }
    out
}
