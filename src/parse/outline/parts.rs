//! The part headings and the edition.

use crate::catalogue::Part;
use crate::layout::label::{Matcher, Scope};
use crate::parse::source::{Line, LineKind, heading_text};
use crate::parse::{Sink, SpanKind};

pub(crate) struct Heading {
    pub(crate) line: usize,
    pub(crate) part: Part,
    /// The heading as printed; `None` for one the renderer supplied.
    pub(crate) text: Option<String>,
    /// The heading is known by its words only (see [`super::keyword_part`]).
    pub(crate) by_words: bool,
}

/// Whether a line holds 情况, 事项 or 问题, in one pass over its bytes: each of the three
/// opens with the byte 0xE4, 0xE6 or 0xE9, which no other byte of the line is tested against.
fn names_a_part(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, b)| {
        matches!(b, 0xE4 | 0xE6 | 0xE9)
            && ["情况", "事项", "问题"]
                .iter()
                .any(|w| bytes[i..].starts_with(w.as_bytes()))
    })
}

/// Part headings of the 2019 and 2021 formats, in order.
pub(super) fn part_headings(lines: &[Line], from: usize, sink: &mut Sink<'_>) -> Vec<Heading> {
    let m = Matcher::get();
    let mut out: Vec<Heading> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(from) {
        // Every part heading names a 情况, a 事项 or the 问题: other lines are not headings.
        if line.text.len() > 240 || line.kind == LineKind::Empty || !names_a_part(&line.text) {
            continue;
        }
        let Some(text) = heading_text(line) else {
            continue;
        };
        if text.chars().count() > 60 {
            continue;
        }
        // "[一、总体情况]": a heading the renderer supplied; the report printed none.
        let supplied = text.starts_with('[') && text.ends_with(']');
        let bare = if supplied {
            &text[1..text.len() - 1]
        } else {
            text.as_str()
        };
        let exact = m.find(bare, Scope::PARTS).and_then(|hit| match hit.label {
            crate::layout::label::Label::Part(part) => Some(part),
            _ => None,
        });
        let Some(part) = exact.or_else(|| super::keyword_part(bare)) else {
            continue;
        };
        if out.last().is_some_and(|h| h.part >= part) {
            continue;
        }

        sink.span(
            Some(format!("/{}/heading", part.id())),
            SpanKind::Heading,
            &line.range,
        );
        out.push(Heading {
            line: i,
            part,
            text: (!supplied).then_some(text),
            by_words: exact.is_none(),
        });
    }
    out
}
