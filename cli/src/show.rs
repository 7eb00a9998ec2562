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

/// A line longer than this many bytes is shown only around the value.
const LONG_LINE: usize = 4096;

/// The bytes shown on each side of a value on a long line.
const AROUND: usize = 240;

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
            if line_range.len() <= LONG_LINE {
                // The whole line: the renderer cuts it around the value when it is wide.
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
            } else {
                // A long line (a page on one line): only the part around the value is given
                // to the renderer, which measures all it is given, and the place is said
                // apart, with the column counted in the whole line.
                let from = floor_boundary(text, start.saturating_sub(AROUND).max(line_range.start));
                let to = ceil_boundary(text, end.saturating_add(AROUND).min(line_range.end));
                let column = text[line_range.start..start].chars().count() + 1;
                let snippet = Snippet::source(&text[from..to])
                    .line_start(line)
                    .fold(false)
                    .annotation(
                        AnnotationKind::Primary
                            .span(start - from..end - from)
                            .label(label),
                    );
                let rendered = renderer.render(&[Group::with_title(title).element(snippet)]);
                let (head, rest) = rendered.split_once('\n').unwrap_or((&rendered, ""));
                let gutter = " ".repeat(line.to_string().len());
                let _ = writeln!(out, "{head}\n{gutter}--> {path}:{line}:{column}\n{rest}");
                return;
            }
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
