//! Stage 2, row events: the lines of a part become labels and values, each with its span
//! and the grid column or position it was printed at. Labels are matched through the
//! catalogue's [`Matcher`], labels broken over lines are joined, and labels run together with
//! their digits ("规章000") are taken apart; nothing is placed in a cell here.

mod item;
mod reflow;

use std::borrow::Cow;

use crate::catalogue::{RequestGroup, TableText};
use crate::layout::label::{
    Hit, Label, Matcher, Scope, normalize, normalize_onto, with_normalized,
};

use super::source::{Line, LineKind};
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
                        let last = split.len() - 1;
                        let wider = scope(context).or(Scope::ANY.without(Scope::PARTS));
                        for (i, (kind, text)) in split.into_iter().enumerate() {
                            // The last piece may be a label wrapped onto the next line:
                            // text that is no label (the start of one), or a label that is
                            // also the start of a longer one.
                            let prefix = i == last
                                && (kind == Kind::Unknown
                                    || text.chars().nth(1).is_some()
                                        && m.is_prefix_normalized(&text, wider));
                            out.push(Item {
                                kind,
                                text: Cow::Owned(text),
                                range: tok.range.clone(),
                                col: tok.col,
                                x: tok.x,
                                line: index,
                                prefix,
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
    under_headings(join_wrapped(out, context), lines, first)
}

/// Row labels printed without their group, under a heading or a group row that names it
/// (a converter prints "### （六）其他处理" and then a table of rows "其他", "小计"): text
/// that stands as a row's label, the first cell of a line whose other cells are values, and
/// names no row by itself, is read as the row of that group it names
/// ([`Matcher::find_under`]). A label of another row, a heading that names no group, or a
/// part ends the group's reach; a text that names two rows of the group, or none, is left as
/// it was.
fn under_headings<'i>(items: Vec<Item<'i>>, lines: &[Line<'i>], first: usize) -> Vec<Item<'i>> {
    let m = Matcher::get();
    let mut out: Vec<Item<'i>> = Vec::with_capacity(items.len());
    // What the nearest heading or group row names: a group of part 三, or a row.
    let mut heading: Option<Label> = None;
    let mut items = items.into_iter().peekable();
    let mut line: Vec<Item<'i>> = Vec::new();
    while let Some(item) = items.next() {
        let at = item.line;
        line.push(item);
        if items.peek().is_some_and(|next| next.line == at) {
            continue;
        }
        let is_heading = at
            .checked_sub(first)
            .and_then(|i| lines.get(i))
            .is_some_and(|l| l.kind == LineKind::Heading);
        if is_heading {
            heading = line.iter().rev().find_map(|i| match i.kind {
                Kind::Label(hit) => names_rows(hit.label),
                _ => None,
            });
            out.append(&mut line);
            continue;
        }
        if let Some(under) = heading {
            if let Some(k) = row_label_at(&line) {
                let hit = with_normalized(&line[k].text, |n| m.find_under(n, under));
                if let Some(hit) = hit {
                    // "小计" names the group: the group's own row, with the values after it.
                    line[k].kind = Kind::Label(hit);
                    line[k].prefix = false;
                }
            }
        }
        for item in &line {
            if let Kind::Label(hit) = item.kind {
                heading = match hit.label {
                    Label::RequestGroup(_) => names_rows(hit.label),
                    Label::RequestRow(r) => heading.filter(|h| match *h {
                        Label::RequestGroup(g) => r.group() == Some(g),
                        other => other == hit.label,
                    }),
                    // Part 三's header, printed again under the heading: still under it.
                    Label::ApplicantColumn(_) | Label::Text(_) => heading,
                    _ => None,
                };
            }
        }
        out.append(&mut line);
    }
    out
}

/// The label a heading gives the rows under it: a group of part 三 (not 三、本年度办理结果,
/// which holds the groups), or a row.
fn names_rows(label: Label) -> Option<Label> {
    match label {
        Label::RequestGroup(g) if g != RequestGroup::Outcomes => Some(label),
        Label::RequestRow(_) => Some(label),
        _ => None,
    }
}

/// Where a line's row label is, when the line is a row: its first filled cell, unknown text
/// or a text of part 三's header (the applicant column "其他", "小计", "总计"), followed by
/// blank cells and at least one value, nothing else.
fn row_label_at(line: &[Item<'_>]) -> Option<usize> {
    let k = line.iter().position(|i| i.kind != Kind::Empty)?;
    let no_row = match line[k].kind {
        Kind::Unknown => true,
        Kind::Label(hit) => matches!(hit.label, Label::ApplicantColumn(_) | Label::Text(_)),
        _ => false,
    };
    let rest = &line[k + 1..];
    let values = rest
        .iter()
        .all(|i| matches!(i.kind, Kind::Value | Kind::Empty | Kind::Run))
        && rest
            .iter()
            .any(|i| matches!(i.kind, Kind::Value | Kind::Run));
    (no_row && values).then_some(k)
}

/// Labels broken over lines ("三、本年度办理" / "结果"): pieces on consecutive lines whose
/// join is a label become that label, as long as every step of the join is the start of
/// a label.
///
/// In a grid (pipe or tab rows) a converter prints each line of a wrapped label cell as a
/// row of its own, the values on one of them ("| 1.申请人无正当理由逾期不补正、 |  |  |" /
/// "| 行政机关不再处理其政府信息公开申请 | 0 | 2 |"): the cells of a piece's row are held while
/// the join goes on. When it makes a label, the label stands on the row of the values, and
/// the other rows' blank cells, which are no cells of it, are dropped. Values on two of the
/// rows make two rows, never one label.
fn join_wrapped<'i>(items: Vec<Item<'i>>, context: Context) -> Vec<Item<'i>> {
    let m = Matcher::get();
    let scope = scope(context).or(Scope::ANY.without(Scope::PARTS));
    let mut out: Vec<Item<'i>> = Vec::with_capacity(items.len());
    let mut pending = Join::default();
    // Whether a short piece was already set aside in the join under way.
    let mut skipped = false;
    for item in items {
        let joinable =
            matches!(item.kind, Kind::Unknown | Kind::Label(_)) && item.text.chars().count() <= 60;
        if !joinable {
            if !pending.hold(&item) {
                pending.finish(&mut out);
                out.push(item);
            }
            continue;
        }
        if let Some(last) = pending.last_line {
            let next_line = item.line > last && item.line <= last + 2;
            if pending.open && next_line && item.kind == Kind::Unknown {
                // The join folded piece by piece: the pieces before are not folded again.
                let mut n = pending.folded.clone();
                normalize_onto(&item.text, &mut n);
                if let Some(hit) = m.find_normalized(&n, scope) {
                    let first = pending.items[0].line;
                    pending.open = m.is_prefix_normalized(&n, scope);
                    pending.folded = n;
                    pending.piece(item);
                    pending.label = Some((pending.items.len(), hit));
                    // The next piece goes on from the first line (a label is at most three).
                    // The join may go on ("（二）部分公开（区分处理的，" / "只计…").
                    pending.last_line = Some(first);
                    continue;
                }
                if m.is_prefix_normalized(&n, scope) {
                    pending.folded = n;
                    pending.piece(item);
                    pending.open = true;
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
            pending.finish(&mut out);
        }
        skipped = false;
        if item.prefix {
            normalize_onto(&item.text, &mut pending.folded);
            pending.piece(item);
            pending.open = true;
        } else {
            out.push(item);
        }
    }
    pending.finish(&mut out);
    out
}

/// A join of label pieces under way: the pieces and, in a grid, the cells of their rows.
#[derive(Default)]
struct Join<'i> {
    /// The items from the first piece on, in order.
    items: Vec<Item<'i>>,
    /// Which of `items` are pieces of the label.
    is_piece: Vec<bool>,
    /// The longest join that is a label: the items it covers up to its last piece, and the
    /// label.
    label: Option<(usize, Hit)>,
    /// The line the next piece follows; `None` when no join is under way.
    last_line: Option<usize>,
    /// The join so far is the start of a label: another piece may carry it on.
    open: bool,
    /// The line of the values held, in a grid.
    values_line: Option<usize>,
    /// The pieces joined, folded ([`normalize`]).
    folded: String,
}

impl<'i> Join<'i> {
    fn piece(&mut self, item: Item<'i>) {
        self.last_line = Some(item.line);
        self.items.push(item);
        self.is_piece.push(true);
    }

    /// Holds a grid cell of the last piece's row while the join goes on; `false` when the
    /// cell ends the join.
    fn hold(&mut self, item: &Item<'i>) -> bool {
        let Some(last) = self.items.last() else {
            return false;
        };
        if item.col.is_none() || last.col.is_none() || item.line != last.line {
            return false;
        }
        if item.kind != Kind::Empty {
            match self.values_line {
                Some(line) if line != item.line => {
                    // Values on two of the rows the label was joined over: two rows, never
                    // one label.
                    if self
                        .label
                        .is_some_and(|(k, _)| self.items[k - 1].line == item.line)
                    {
                        self.label = None;
                    }
                    return false;
                }
                _ => self.values_line = Some(item.line),
            }
        }
        self.items.push(item.clone());
        self.is_piece.push(false);
        true
    }

    /// Ends the join: the label joined, with its row's cells, then what followed it as it
    /// was; or every item as it was.
    fn finish(&mut self, out: &mut Vec<Item<'i>>) {
        let items = std::mem::take(&mut self.items);
        let is_piece = std::mem::take(&mut self.is_piece);
        let label = self.label.take();
        let values_line = self.values_line.take();
        self.folded.clear();
        self.last_line = None;
        self.open = false;
        let Some((k, hit)) = label else {
            out.extend(items);
            return;
        };
        // The label's row: its pieces, and the cells held on the line of its last piece.
        let last = items[k - 1].line;
        let end = k + items[k..]
            .iter()
            .zip(&is_piece[k..])
            .take_while(|(i, p)| !**p && i.line == last)
            .count();
        let first = &items[0];
        let line = values_line
            .filter(|l| {
                items[..end]
                    .iter()
                    .any(|i| i.line == *l && i.kind != Kind::Empty)
            })
            .unwrap_or(first.line);
        let text: String = items[..k]
            .iter()
            .zip(&is_piece)
            .filter(|(_, p)| **p)
            .map(|(i, _)| i.text.as_ref())
            .collect();
        let end_byte = items[..k]
            .iter()
            .zip(&is_piece)
            .filter(|(_, p)| **p)
            .map(|(i, _)| i.range.end)
            .max()
            .unwrap_or(first.range.end);
        let merged = Item {
            kind: Kind::Label(hit),
            text: Cow::Owned(text),
            range: first.range.start..end_byte,
            col: first.col,
            x: first.x,
            line,
            prefix: false,
        };
        out.push(merged);
        let mut rest = items.into_iter().zip(is_piece);
        for (item, piece) in rest.by_ref().take(end) {
            // The blank cells of the rows the label was wrapped over are no cells of it.
            if !piece && (item.line == line || item.kind != Kind::Empty) {
                out.push(item);
            }
        }
        out.extend(rest.map(|(item, _)| item));
    }
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
/// them and holds at least one label and one run. Labels may end with the start of a label
/// wrapped onto the next line ("（六）其他处理 1.申请人无正当理由逾期不补正、"): that start
/// comes last, as `Kind::Unknown`, for the join of wrapped labels to carry on.
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
        if labels > 0 {
            // The last label goes on past the text ("…逾期不补正" then "、"), or what is left
            // is the start of a label: wrapped onto the next line.
            // (A start is shorter than the longest label, and a numbering set aside is
            // within the last label: with as much text left, no join is looked up.)
            if let Some((Kind::Label(_), last)) = out.last() {
                if labels > 1 && rest.len() < m.longest() {
                    let on = format!("{last}{rest}");
                    if m.is_prefix_normalized(&on, scope) {
                        out.pop();
                        out.push((Kind::Unknown, on));
                        return Some(out);
                    }
                }
            }
            if rest.chars().nth(1).is_some() && m.is_prefix_normalized(rest, scope) {
                out.push((Kind::Unknown, rest.to_owned()));
                return Some(out);
            }
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
