//! Text laid out with spaces, put back together by position: a label wrapped over several
//! lines ("1.属于国家" / "秘密"), a group label spread down the margin, and the values of a row
//! printed on a line of their own between the pieces of its label.
//!
//! Pieces of label text that stand in the same columns on nearby lines are joined while the
//! join is still the start of a known label; a finished label covers the lines its pieces
//! span. A line of values belongs to the rightmost row label that covers it. The result is
//! the stream the table reader reads: each label, then its values, in reading order.

use std::collections::BTreeSet;

use crate::layout::label::{Label, Matcher, Scope, normalize, normalize_onto};

use super::item::{Item, Kind};
use crate::parse::source::Line;
use crate::parse::value::is_value_like;

struct Buffer {
    text: String,
    /// `text` folded ([`normalize`]), for the next piece to be folded onto.
    folded: String,
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

/// The widest a label stands, in columns, and the most bytes it is printed with: a piece
/// wider or longer is text, not a piece of a label, and no label is joined wider or longer.
/// (The longest label, wrapped or with a pinyin gloss after every character, fits a few
/// times over.) Both bound the work of finding the labels a piece may carry on.
const MAX_LABEL_COLUMNS: u32 = 512;
const MAX_LABEL_BYTES: usize = 1024;

/// The items of lines laid out with spaces (`first` is the index of the first line).
///
/// The labels under way are found by their columns (an index by first column, none wider
/// than the widest made, at most [`MAX_LABEL_COLUMNS`]), never by a search of all of them:
/// the work is linear in the pieces, however many a line holds.
pub(crate) fn items<'a>(
    lines: &[Line<'a>],
    first: usize,
    find: &dyn Fn(&str) -> Option<crate::layout::label::Hit>,
) -> Vec<Item<'a>> {
    let m = Matcher::get();
    // Every buffer made, by its number (the order they were made in); `None` once finished.
    let mut buffers: Vec<Option<Buffer>> = Vec::new();
    // The numbers of the buffers open, in the order they were made.
    let mut open: Vec<usize> = Vec::new();
    // The open buffers by their first column, and the widest buffer made.
    let mut by_column: BTreeSet<(u32, usize)> = BTreeSet::new();
    let mut widest: u32 = 0;
    let mut labels: Vec<LabelEvent> = Vec::new();
    let mut others: Vec<Item<'a>> = Vec::new(); // values and unknown text, with their line
    for (i, line) in lines.iter().enumerate() {
        let index = first + i;
        // Buffers not continued for two lines are done.
        open.retain(|&k| {
            let done = buffers[k].as_ref().is_some_and(|b| b.last_line + 2 < index);
            if done {
                if let Some(b) = buffers[k].take() {
                    by_column.remove(&(b.x0, k));
                    finish(b, &mut labels, &mut others);
                }
            }
            buffers[k].is_some()
        });
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
            let piece = tok.text.len() <= MAX_LABEL_BYTES && x1 - x0 <= MAX_LABEL_COLUMNS;
            let normalized = if piece {
                normalize(&tok.text)
            } else {
                String::new()
            };
            let names = if piece { find(&normalized) } else { None };
            let labelish = names.is_some() || piece && m.is_prefix_normalized(&normalized, SCOPE);
            // A continuation: a buffer in the same columns (give or take two) on this line or
            // the two above, whose text this piece carries on (a label, or the start of one).
            // Of several, the one whose columns it overlaps most, the first made of equals.
            let near = |b: &Buffer| b.last_line + 2 >= index && b.x0 <= x1 + 2 && x0 <= b.x1 + 2;
            let overlap = |b: &Buffer| (x1.min(b.x1) as i64 - x0.max(b.x0) as i64).max(-1);
            // Every buffer near starts within its width of the piece.
            let from = x0.saturating_sub(2 + widest);
            let nearby: Vec<usize> = by_column
                .range((from, 0)..=(x1.saturating_add(2), usize::MAX))
                .map(|(_, k)| *k)
                .filter(|k| buffers[*k].as_ref().is_some_and(near))
                .collect();
            let mut best: Option<(usize, String, Option<crate::layout::label::Hit>)> = None;
            for &k in nearby.iter().filter(|_| piece) {
                let Some(b) = &buffers[k] else { continue };
                let wide = x1.max(b.x1) - x0.min(b.x0) > MAX_LABEL_COLUMNS;
                if wide || b.text.len() + tok.text.len() > MAX_LABEL_BYTES {
                    continue;
                }
                let mut n = b.folded.clone();
                normalize_onto(&tok.text, &mut n);
                let hit = find(&n);
                if hit.is_none() && !m.is_prefix_normalized(&n, SCOPE) {
                    continue;
                }
                let better = best.as_ref().is_none_or(|(j, _, h)| {
                    let other = buffers[*j].as_ref().map_or(-1, overlap);
                    (hit.is_some(), overlap(b), std::cmp::Reverse(k))
                        > (h.is_some(), other, std::cmp::Reverse(*j))
                });
                if better {
                    best = Some((k, n, hit));
                }
            }
            if let Some((k, folded, hit)) = best {
                if let Some(b) = &mut buffers[k] {
                    b.text.push_str(&tok.text);
                    b.folded = folded;
                    if x0 < b.x0 {
                        by_column.remove(&(b.x0, k));
                        by_column.insert((x0, k));
                        b.x0 = x0;
                    }
                    b.x1 = b.x1.max(x1);
                    widest = widest.max(b.x1 - b.x0);
                    b.last_line = index;
                    b.range.end = b.range.end.max(tok.range.end);
                    if let Some(hit) = hit {
                        b.matched = Some((hit, index));
                    }
                }
                continue;
            }
            // A piece in the columns of a buffer it does not carry on ends that buffer (the
            // first made).
            let ended = nearby
                .iter()
                .copied()
                .filter(|k| buffers[*k].as_ref().is_some_and(|b| b.last_line < index))
                .min();
            if let Some(b) = ended.and_then(|k| buffers[k].take().map(|b| (k, b))) {
                by_column.remove(&(b.1.x0, b.0));
                finish(b.1, &mut labels, &mut others);
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
            let k = buffers.len();
            widest = widest.max(x1 - x0);
            buffers.push(Some(Buffer {
                text: tok.text.to_string(),
                folded: normalized,
                x0,
                x1,
                first_line: index,
                last_line: index,
                range: tok.range.clone(),
                matched: names.map(|h| (h, index)),
            }));
            open.push(k);
            by_column.insert((x0, k));
        }
    }
    for k in open {
        if let Some(b) = buffers[k].take() {
            finish(b, &mut labels, &mut others);
        }
    }

    in_reading_order(labels, others)
}

/// The labels and values in the order they are read: each line of values goes to the
/// rightmost row label that covers it, after that label.
///
/// The values of a line are matched to its labels in one sweep by column: the labels that
/// cover the line, by their last column, with the best so far of those ending left of each
/// value. No value looks at the labels one by one.
fn in_reading_order<'a>(mut labels: Vec<LabelEvent>, others: Vec<Item<'a>>) -> Vec<Item<'a>> {
    labels.sort_by_key(|l| (l.first_line, l.x0));
    let mut keyed: Vec<((usize, u8, u32, u32), Item<'a>)> = Vec::new();
    let mut owner_line: Vec<Option<usize>> = vec![None; labels.len()];
    let mut assigned: Vec<Option<usize>> = vec![None; others.len()];
    // The values, by line and then column.
    let mut values: Vec<(usize, u32, usize)> = others
        .iter()
        .enumerate()
        .filter(|(_, item)| item.kind == Kind::Value)
        .map(|(k, item)| (item.line, item.x.map_or(0, |x| x.0), k))
        .collect();
    values.sort_unstable();
    // (A row label's key: a row of a table before a group, then the rightmost; of equals,
    // the last in `labels`.)
    let key = |j: usize| {
        let l = &labels[j];
        (
            matches!(l.hit.label, Label::RequestRow(_) | Label::ProactiveRow(_)),
            l.x0,
            j,
        )
    };
    let mut at = 0;
    while at < values.len() {
        let line = values[at].0;
        let end = at + values[at..].iter().take_while(|v| v.0 == line).count();
        // Labels are sorted by their first line and span a few lines at most: look only at
        // those that start shortly before this line, so the work stays linear.
        let from = labels.partition_point(|l| l.first_line + MAX_LABEL_LINES < line);
        let to = labels.partition_point(|l| l.first_line <= line);
        let mut covering: Vec<(u32, usize)> = (from..to.max(from))
            .filter(|j| {
                let l = &labels[*j];
                is_row(l.hit.label) && l.first_line <= line && line <= l.last_line
            })
            .map(|j| (labels[j].x1, j))
            .collect();
        covering.sort_unstable();
        // The best label among the first i covering ones, by last column.
        let mut best: Vec<usize> = Vec::with_capacity(covering.len());
        for (i, (_, j)) in covering.iter().enumerate() {
            let b = match i {
                0 => *j,
                _ => std::cmp::max_by_key(best[i - 1], *j, |j| key(*j)),
            };
            best.push(b);
        }
        for &(_, vx, k) in &values[at..end] {
            let ending_left = covering.partition_point(|(x1, _)| *x1 <= vx);
            if ending_left > 0 {
                let j = best[ending_left - 1];
                assigned[k] = Some(j);
                owner_line[j] = Some(owner_line[j].map_or(line, |l| l.min(line)));
            }
        }
        at = end;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::events::{Context, find_label};
    use crate::parse::source::{LineKind, Tok};
    use std::borrow::Cow;

    /// A buffer as first written: its text joined, folded again at every piece.
    struct OldBuffer {
        text: String,
        x0: u32,
        x1: u32,
        first_line: usize,
        last_line: usize,
        range: std::ops::Range<usize>,
        matched: Option<(crate::layout::label::Hit, usize)>,
    }

    fn old_finish(b: OldBuffer, labels: &mut Vec<LabelEvent>, others: &mut Vec<Item<'_>>) {
        let b = Buffer {
            text: b.text,
            folded: String::new(),
            x0: b.x0,
            x1: b.x1,
            first_line: b.first_line,
            last_line: b.last_line,
            range: b.range,
            matched: b.matched,
        };
        finish(b, labels, others);
    }

    /// The reader of laid-out lines as first written, kept as the reference: each piece
    /// tried against every buffer open, and each value against every label near its line.
    fn reference_items<'a>(
        lines: &[Line<'a>],
        first: usize,
        find: &dyn Fn(&str) -> Option<crate::layout::label::Hit>,
    ) -> Vec<Item<'a>> {
        let m = Matcher::get();
        let mut open: Vec<OldBuffer> = Vec::new();
        let mut labels: Vec<LabelEvent> = Vec::new();
        let mut others: Vec<Item<'a>> = Vec::new(); // values and unknown text, with their line
        for (i, line) in lines.iter().enumerate() {
            let index = first + i;
            // Buffers not continued for two lines are done.
            let (done, kept): (Vec<OldBuffer>, Vec<OldBuffer>) =
                open.into_iter().partition(|b| b.last_line + 2 < index);
            open = kept;
            for b in done {
                old_finish(b, &mut labels, &mut others);
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
                let near =
                    |b: &OldBuffer| b.last_line + 2 >= index && b.x0 <= x1 + 2 && x0 <= b.x1 + 2;
                let overlap = |b: &OldBuffer| (x1.min(b.x1) as i64 - x0.max(b.x0) as i64).max(-1);
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
                    old_finish(b, &mut labels, &mut others);
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
                open.push(OldBuffer {
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
            old_finish(b, &mut labels, &mut others);
        }

        reference_in_reading_order(labels, others)
    }

    fn reference_in_reading_order<'a>(
        mut labels: Vec<LabelEvent>,
        others: Vec<Item<'a>>,
    ) -> Vec<Item<'a>> {
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

    /// Pieces of labels of part 三 (and of no label), values, and pinyin glosses.
    const PIECES: [&str; 24] = [
        "1.属于国家",
        "秘密",
        "（三）不予公开",
        "（三）不",
        "予公开",
        "2.其他法律行政法规禁",
        "止公开",
        "三",
        "本年度办理结果",
        "自然人",
        "商业",
        "企业",
        "其他",
        "总计",
        "小计",
        "0",
        "12",
        "3",
        "(shǔ)",
        "属",
        "3.其他",
        "（七）总计",
        "理",
        "说明文字",
    ];

    /// Lines of pieces, each (gap before it, piece), laid out left to right.
    fn laid_out(rows: &[Vec<(u32, usize)>]) -> Vec<Line<'static>> {
        let mut at = 0;
        rows.iter()
            .map(|row| {
                let mut x = 0;
                let cells = row
                    .iter()
                    .map(|(gap, piece)| {
                        let text = PIECES[*piece];
                        let x0 = x + gap;
                        let x1 = x0 + text.chars().count() as u32;
                        x = x1 + 2;
                        at += text.len() + 2;
                        Tok {
                            text: Cow::Borrowed(text),
                            range: at - text.len()..at,
                            col: None,
                            x: Some((x0, x1)),
                        }
                    })
                    .collect();
                Line {
                    kind: LineKind::Row,
                    text: Cow::Borrowed(""),
                    range: 0..0,
                    cells,
                }
            })
            .collect()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1500))]

        /// Random pages of label pieces, values and glosses, in columns near one another: the
        /// reader by column index and sweep gives what the reference gives, item for item.
        #[test]
        fn the_reader_by_columns_equals_its_reference(
            rows in proptest::collection::vec(
                proptest::collection::vec((0u32..4, 0usize..PIECES.len()), 0..6),
                0..10,
            ),
        ) {
            let lines = laid_out(&rows);
            let m = Matcher::get();
            let find = |n: &str| find_label(m, n, Context::Requests);
            let got = format!("{:?}", items(&lines, 3, &find));
            let want = format!("{:?}", reference_items(&lines, 3, &find));
            proptest::prop_assert_eq!(got, want);
        }
    }
}
