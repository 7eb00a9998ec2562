//! Stage 2, row events: the lines of a part become labels and values, each with its span
//! and the grid column or position it was printed at. Labels are matched through the
//! catalogue's [`Matcher`], labels broken over lines are joined, and labels run together with
//! their digits ("规章000") are taken apart; nothing is placed in a cell here.

mod item;
mod reflow;

use std::borrow::Cow;

use crate::catalogue::TableText;
use crate::layout::label::{Hit, Label, Matcher, Scope, normalize};

use super::source::Line;
use super::value;

pub(crate) use item::{Item, Kind};

/// The table the reader stands in: what labels a piece of text is matched against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Context {
    None,
    Proactive,
    Requests,
    Review,
}

/// The longest text split into labels and runs of digits, in bytes: a whole table of part 三
/// crawled into one line (25 labels and their digits) fits.
const MAX_RUN_TOGETHER: usize = 4096;

pub(crate) fn items<'i>(lines: &[Line<'i>], first: usize, context: Context) -> Vec<Item<'i>> {
    const MEMO: usize = 12;
    if lines.iter().any(|l| l.cells.iter().any(|c| c.x.is_some())) {
        let m = Matcher::get();
        let find = |normalized: &str| find_label(m, normalized, context);
        return reflow::items(lines, first, &find);
    }
    let m = Matcher::get();
    let mut out = Vec::with_capacity(lines.iter().map(|l| l.cells.len()).sum());
    // The last pieces classified: rows repeat their group labels ("三、本年度办理结果 ›
    // （三）不予公开 › …") and their values, and `classify` depends only on the text here.
    let mut memo: Vec<(Cow<'i, str>, Kind, bool)> = Vec::with_capacity(MEMO);
    let mut next = 0;
    for (i, line) in lines.iter().enumerate() {
        let index = first + i;
        for tok in &line.cells {
            let mut add = |piece: Cow<'i, str>| {
                let (kind, prefix) = match memo.iter().find(|(text, ..)| *text == piece) {
                    Some((_, kind, prefix)) => (kind.clone(), *prefix),
                    None => {
                        let found = classify(m, &piece, context);
                        let entry = (piece.clone(), found.0.clone(), found.1);
                        if memo.len() < MEMO {
                            memo.push(entry);
                        } else {
                            memo[next] = entry;
                            next = (next + 1) % MEMO;
                        }
                        found
                    }
                };
                if kind == Kind::Unknown && !prefix {
                    if let Some(split) = decompose(m, &piece, context) {
                        for (kind, text) in split {
                            out.push(Item {
                                kind,
                                text: Cow::Owned(text),
                                range: tok.range.clone(),
                                col: tok.col,
                                x: tok.x,
                                line: index,
                                prefix: false,
                            });
                        }
                        return;
                    }
                }
                out.push(Item {
                    kind,
                    text: piece,
                    range: tok.range.clone(),
                    col: tok.col,
                    x: tok.x,
                    line: index,
                    prefix,
                });
            };
            // "三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密": one label per piece.
            // (A search for the one character first: most cells have none.)
            match &tok.text {
                Cow::Borrowed(text) if text.contains('›') => {
                    text.split(" › ").map(Cow::Borrowed).for_each(&mut add);
                }
                Cow::Owned(text) if text.contains('›') => {
                    text.split(" › ")
                        .map(|p| Cow::Owned(p.to_owned()))
                        .for_each(&mut add);
                }
                text => add(text.clone()),
            }
        }
    }
    join_wrapped(out, context)
}

/// Labels broken over lines ("三、本年度办理" / "结果"): pieces on consecutive lines whose
/// join is a label become that label, as long as every step of the join is the start of
/// a label.
fn join_wrapped<'i>(items: Vec<Item<'i>>, context: Context) -> Vec<Item<'i>> {
    let m = Matcher::get();
    let scope = scope(context).or(Scope::ANY.without(Scope::PARTS));
    let mut out: Vec<Item<'i>> = Vec::with_capacity(items.len());
    // The items joined so far, while their join is the start of a label.
    let mut pending: Vec<Item<'i>> = Vec::new();
    // Whether a short piece was already set aside in the join under way.
    let mut skipped = false;
    let flush = |pending: &mut Vec<Item<'i>>, out: &mut Vec<Item<'i>>| out.append(pending);
    for item in items {
        let joinable =
            matches!(item.kind, Kind::Unknown | Kind::Label(_)) && item.text.chars().count() <= 60;
        if !joinable {
            flush(&mut pending, &mut out);
            out.push(item);
            continue;
        }
        if let Some(last) = pending.last() {
            if item.line > last.line && item.line <= last.line + 2 && item.kind == Kind::Unknown {
                let joined: String = pending
                    .iter()
                    .map(|p| p.text.as_ref())
                    .chain([item.text.as_ref()])
                    .collect();
                let n = normalize(&joined);
                if let Some(hit) = m.find_normalized(&n, scope) {
                    let first = &pending[0];
                    let merged = Item {
                        kind: Kind::Label(hit),
                        text: Cow::Owned(joined),
                        range: first.range.start..item.range.end.max(first.range.end),
                        col: first.col,
                        x: first.x,
                        line: first.line,
                        prefix: false,
                    };
                    pending.clear();
                    // The join may go on ("（二）部分公开（区分处理的，" / "只计…").
                    if m.is_prefix_normalized(&n, scope) {
                        pending.push(merged);
                    } else {
                        out.push(merged);
                    }
                    continue;
                }
                if m.is_prefix_normalized(&n, scope) {
                    pending.push(item);
                    continue;
                }
                // One or two characters of a neighbouring label printed between the
                // lines of this one ("…缴纳费用、行政" / "理" / "机关不再处理…", the "理" of
                // （六）其他处理): set aside once, and the join goes on past them. They are
                // furniture to the reader either way.
                if !skipped && item.text.chars().count() <= 2 {
                    skipped = true;
                    out.push(item);
                    continue;
                }
            }
            flush(&mut pending, &mut out);
        }
        skipped = false;
        if item.prefix {
            pending.push(item);
        } else {
            out.push(item);
        }
    }
    flush(&mut pending, &mut out);
    // A join that went on past a label and then stopped leaves pieces that are not
    // labels: keep the pieces as they were.
    out
}

pub(crate) fn scope(context: Context) -> Scope {
    match context {
        Context::Proactive => Scope::PROACTIVE,
        Context::Requests => Scope::REQUEST_ROWS.or(Scope::REQUEST_HEADER),
        Context::Review => Scope::REVIEW,
        Context::None => Scope::PROACTIVE.or(Scope::REQUEST_ROWS).or(Scope::REVIEW),
    }
}

/// What a piece of text is, and whether it is the start of a label.
fn classify(m: &Matcher, text: &str, context: Context) -> (Kind, bool) {
    if text.trim().is_empty() {
        return (Kind::Empty, false);
    }
    if value::is_value_like(text) {
        return (Kind::Value, false);
    }
    if text.chars().count() > 80 {
        return (Kind::Unknown, false);
    }
    let scope = scope(context).or(Scope::ANY.without(Scope::PARTS));
    crate::layout::label::with_normalized(text, |n| {
        let prefix = n.chars().count() >= 2 && m.is_prefix_normalized(n, scope);
        match find_label(m, n, context) {
            Some(hit) => (Kind::Label(hit), prefix),
            None => (Kind::Unknown, prefix),
        }
    })
}

/// The label a normalized text names where the reader stands: a label of the table in
/// hand, or one that switches to another table.
pub(crate) fn find_label(m: &Matcher, normalized: &str, context: Context) -> Option<Hit> {
    if let Some(hit) = m.find_normalized(normalized, scope(context)) {
        return Some(hit);
    }
    m.find_normalized(normalized, Scope::ANY.without(Scope::PARTS))
        .filter(|hit| switches(hit.label).is_some())
}

/// "规章000规范性文件898989" → labels and runs of digits, when the whole text is made of
/// them and holds at least one label and one run.
fn decompose(m: &Matcher, text: &str, context: Context) -> Option<Vec<(Kind, String)>> {
    if text.len() > MAX_RUN_TOGETHER {
        return None;
    }
    let normalized = normalize(text);
    let scope = scope(context);
    // It must open with a label or digits: prose is left alone at once.
    let opens_with_digit = normalized.starts_with(|c: char| c.is_ascii_digit());
    if !opens_with_digit && m.longest_label_at(&normalized, scope).is_none() {
        return None;
    }
    let mut out = Vec::new();
    let mut rest = normalized.as_str();
    let mut labels = 0;
    let mut runs = 0;
    while !rest.is_empty() {
        if let Some((len, hit)) = m.longest_label_at(rest, scope) {
            out.push((Kind::Label(hit), rest[..len].to_owned()));
            rest = &rest[len..];
            labels += 1;
            continue;
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        // A number with a decimal point ends the text, as printed: one cell's value
        // ("行政事业性收费9116.36"), and for a row of several cells digits that no split
        // reads ("政府集中采购13575394432.52元": a count and an amount run together).
        if rest.as_bytes().get(digits) == Some(&b'.') && value::is_number(rest) {
            out.push((Kind::Run, rest.to_owned()));
            runs += 1;
            break;
        }
        // Digits that open the next label ("01.属于…") belong to the label.
        let mut take = digits;
        while take > 0 && m.longest_label_at(&rest[take - 1..], scope).is_some() {
            take -= 1;
        }
        if take == 0 {
            return None;
        }
        out.push((Kind::Run, rest[..take].to_owned()));
        rest = &rest[take..];
        runs += 1;
    }
    // Labels and digits run together, or labels of nested rows run together in one cell
    // ("（三）不予公开1.属于国家秘密").
    (labels > 0 && runs > 0 || labels > 1).then_some(out)
}

/// The table a label belongs to, when reading it switches tables.
pub(crate) fn switches(label: Label) -> Option<Context> {
    match label {
        Label::Item(_) | Label::ProactiveRow(_) | Label::Column2021(_) | Label::Column2019(_) => {
            Some(Context::Proactive)
        }
        Label::RequestRow(_)
        | Label::RequestGroup(_)
        | Label::Text(TableText::BalanceNote)
        | Label::Text(TableText::ApplicantSituation)
        | Label::Text(TableText::LegalPersonOrOrganization) => Some(Context::Requests),
        Label::ReviewBlock(_) | Label::Text(TableText::Litigation) => Some(Context::Review),
        _ => None,
    }
}
