//! Text laid out with spaces, put back together by position: a label wrapped over several
//! lines ("1.属于国家" / "秘密"), a group label spread down the margin, and the values of a row
//! printed on a line of their own between the pieces of its label.
//!
//! Pieces of label text that stand in the same columns on nearby lines are joined while the
//! join is still the start of a known label; a finished label covers the lines its pieces
//! span. A line of values belongs to the rightmost row label that covers it. The result is
//! the stream the table reader reads: each label, then its values, in reading order.

use crate::layout::label::{Label, Matcher, Scope, normalize};

use super::item::{Item, Kind};
use crate::parse::source::Line;
use crate::parse::value::is_value_like;

struct Buffer {
    text: String,
    x0: u32,
    x1: u32,
    first_line: usize,
    last_line: usize,
    range: std::ops::Range<usize>,
    /// The label the text names so far, and the line it ended on.
    matched: Option<(crate::layout::label::Hit, usize)>,
}

struct LabelEvent {
    hit: crate::layout::label::Hit,
    text: String,
    first_line: usize,
    last_line: usize,
    x0: u32,
    x1: u32,
    range: std::ops::Range<usize>,
}

fn is_row(label: Label) -> bool {
    match label {
        Label::ProactiveRow(_) | Label::RequestRow(_) => true,
        Label::RequestGroup(g) => g != crate::catalogue::RequestGroup::Outcomes,
        _ => false,
    }
}

const SCOPE: Scope = Scope::ANY.without(Scope::PARTS);

/// The most lines one label can be wrapped over (a label is at most a few dozen characters,
/// and a piece of it is at least one).
const MAX_LABEL_LINES: usize = 256;

/// The items of lines laid out with spaces (`first` is the index of the first line).
pub(crate) fn items<'a>(
    lines: &[Line<'a>],
    first: usize,
    find: &dyn Fn(&str) -> Option<crate::layout::label::Hit>,
) -> Vec<Item<'a>> {
    let m = Matcher::get();
    let mut open: Vec<Buffer> = Vec::new();
    let mut labels: Vec<LabelEvent> = Vec::new();
    let mut others: Vec<Item<'a>> = Vec::new(); // values and unknown text, with their line
    for (i, line) in lines.iter().enumerate() {
        let index = first + i;
        // Buffers not continued for two lines are done.
        let (done, kept): (Vec<Buffer>, Vec<Buffer>) =
            open.into_iter().partition(|b| b.last_line + 2 < index);
        open = kept;
        for b in done {
            finish(b, &mut labels, &mut others);
        }
        for tok in &line.cells {
            let (x0, x1) = tok.x.unwrap_or((0, 0));
            if tok.text.is_empty() {
                continue;
            }
            if is_value_like(&tok.text) {
                others.push(Item {
                    kind: Kind::Value,
                    text: tok.text.clone(),
                    range: tok.range.clone(),
                    col: None,
                    x: tok.x,
                    line: index,
                    prefix: false,
                });
                continue;
            }
            let normalized = normalize(&tok.text);
            let labelish =
                find(&normalized).is_some() || m.is_prefix_normalized(&normalized, SCOPE);
            // A continuation: a buffer in the same columns (give or take two) on this line or
            // the two above, whose text this piece carries on (a label, or the start of one).
            // Of several, the one whose columns it overlaps most.
            let near = |b: &Buffer| b.last_line + 2 >= index && b.x0 <= x1 + 2 && x0 <= b.x1 + 2;
            let overlap = |b: &Buffer| (x1.min(b.x1) as i64 - x0.max(b.x0) as i64).max(-1);
            let mut best: Option<(usize, String, Option<crate::layout::label::Hit>)> = None;
            for (k, b) in open.iter().enumerate().filter(|(_, b)| near(b)) {
                let joined = format!("{}{}", b.text, tok.text);
                let n = normalize(&joined);
                let hit = find(&n);
                if hit.is_none() && !m.is_prefix_normalized(&n, SCOPE) {
                    continue;
                }
                let better = best.as_ref().is_none_or(|(j, _, h)| {
                    (hit.is_some(), overlap(b)) > (h.is_some(), overlap(&open[*j]))
                });
                if better {
                    best = Some((k, joined, hit));
                }
            }
            if let Some((k, joined, hit)) = best {
                let b = &mut open[k];
                b.text = joined;
                b.x0 = b.x0.min(x0);
                b.x1 = b.x1.max(x1);
                b.last_line = index;
                b.range.end = b.range.end.max(tok.range.end);
                if let Some(hit) = hit {
                    b.matched = Some((hit, index));
                }
                continue;
            }
            // A piece in the columns of a buffer it does not carry on ends that buffer.
            if let Some(k) = open.iter().position(|b| near(b) && b.last_line < index) {
                let b = open.remove(k);
                finish(b, &mut labels, &mut others);
            }
            if !labelish && tok.text.chars().count() > 2 {
                others.push(Item {
                    kind: Kind::Unknown,
                    text: tok.text.clone(),
                    range: tok.range.clone(),
                    col: None,
                    x: tok.x,
                    line: index,
                    prefix: false,
                });
                continue;
            }
            open.push(Buffer {
                text: tok.text.to_string(),
                x0,
                x1,
                first_line: index,
                last_line: index,
                range: tok.range.clone(),
                matched: find(&normalized).map(|h| (h, index)),
            });
        }
    }
    for b in open {
        finish(b, &mut labels, &mut others);
    }

    in_reading_order(labels, others)
}

/// The labels and values in the order they are read: each line of values goes to the
/// rightmost row label that covers it, after that label.
fn in_reading_order<'a>(mut labels: Vec<LabelEvent>, others: Vec<Item<'a>>) -> Vec<Item<'a>> {
    labels.sort_by_key(|l| (l.first_line, l.x0));
    let mut keyed: Vec<((usize, u8, u32, u32), Item<'a>)> = Vec::new();
    let mut owner_line: Vec<Option<usize>> = vec![None; labels.len()];
    let mut assigned: Vec<Option<usize>> = vec![None; others.len()];
    for (k, item) in others.iter().enumerate() {
        if item.kind != Kind::Value {
            continue;
        }
        let vx = item.x.map_or(0, |x| x.0);
        // Labels are sorted by their first line and span a few lines at most: look only at
        // those that start shortly before this line, so the work stays linear.
        let from = labels.partition_point(|l| l.first_line + MAX_LABEL_LINES < item.line);
        let to = labels.partition_point(|l| l.first_line <= item.line);
        let owner = labels[from..to.max(from)]
            .iter()
            .enumerate()
            .map(|(j, l)| (j + from, l))
            .filter(|(_, l)| {
                is_row(l.hit.label)
                    && l.first_line <= item.line
                    && item.line <= l.last_line
                    && l.x1 <= vx
            })
            .max_by_key(|(_, l)| {
                (
                    matches!(l.hit.label, Label::RequestRow(_) | Label::ProactiveRow(_)),
                    l.x0,
                )
            })
            .map(|(j, _)| j);
        if let Some(j) = owner {
            assigned[k] = Some(j);
            owner_line[j] = Some(owner_line[j].map_or(item.line, |l| l.min(item.line)));
        }
    }
    for (j, l) in labels.iter().enumerate() {
        let line = owner_line[j].map_or(l.first_line, |v| v.min(l.first_line));
        keyed.push((
            (line, 0, l.x0, 0),
            Item {
                kind: Kind::Label(l.hit),
                text: l.text.clone().into(),
                range: l.range.clone(),
                col: None,
                x: Some((l.x0, l.x1)),
                line: l.first_line,
                prefix: false,
            },
        ));
    }
    for (k, item) in others.into_iter().enumerate() {
        let vx = item.x.map_or(0, |x| x.0);
        let key = match assigned[k] {
            Some(j) => {
                let l = &labels[j];
                let line = owner_line[j].map_or(l.first_line, |v| v.min(l.first_line));
                (line, 1, l.x0, vx)
            }
            None => (item.line, 2, vx, 0),
        };
        keyed.push((key, item));
    }
    keyed.sort_by_key(|(key, _)| *key);
    keyed.into_iter().map(|(_, item)| item).collect()
}

fn finish(b: Buffer, labels: &mut Vec<LabelEvent>, others: &mut Vec<Item<'_>>) {
    match b.matched {
        Some((hit, last_line)) => labels.push(LabelEvent {
            hit,
            text: b.text,
            first_line: b.first_line,
            last_line: last_line.max(b.last_line),
            x0: b.x0,
            x1: b.x1,
            range: b.range,
        }),
        None => others.push(Item {
            kind: Kind::Unknown,
            text: b.text.into(),
            range: b.range,
            col: None,
            x: Some((b.x0, b.x1)),
            line: b.first_line,
            prefix: false,
        }),
    }
}
