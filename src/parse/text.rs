//! Plain text in its forms: tab-separated rows, pipe rows and Markdown tables, one cell per
//! line (tab-indented Word dumps, web text with a trailing " |"), and text laid out in
//! columns with spaces (`pdftotext -layout`). Every form becomes lines of cells.

use std::borrow::Cow;

use super::ParseError;
use super::source::{Doc, Line, LineKind, Tok};
use super::value::is_value_like;
use crate::layout::label::{Matcher, Scope};

fn is_table_label(word: &str) -> bool {
    Matcher::get()
        .find(word, Scope::ANY.without(Scope::PARTS))
        .is_some()
}

/// A label, or the start of one cut by a line break.
fn is_label_start(word: &str) -> bool {
    let m = Matcher::get();
    let scope = Scope::ANY.without(Scope::PARTS);
    let n = crate::layout::label::normalize(word);
    m.find_normalized(&n, scope).is_some()
        || (n.chars().count() >= 2 && m.is_prefix_normalized(&n, scope))
}

/// How the document lays out its cells, decided once for the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Cells separated by tabs, pipes or runs of spaces, a line per row.
    Rows,
    /// One cell per line, each indented by one tab (a Word export); a line holding only the
    /// tab is a blank cell.
    TabIndented,
    /// Text laid out in columns with spaces, as `pdftotext -layout` gives it: every piece
    /// keeps the columns it stands in, so that labels wrapped over several lines and values
    /// can be put back together by position.
    Layout,
}

/// The text's lines of cells; refused past [`MAX_LINES`](super::MAX_LINES) lines or
/// [`MAX_PIECES`](super::MAX_PIECES) cells.
pub(crate) fn read(input: &str) -> Result<Doc<'_>, ParseError> {
    read_as(input, detect(input))
}

/// Text laid out in columns, whatever it looks like.
pub(crate) fn read_laid_out(input: &str) -> Result<Doc<'_>, ParseError> {
    read_as(input, Mode::Layout)
}

fn read_as(input: &str, mode: Mode) -> Result<Doc<'_>, ParseError> {
    let lines = input.bytes().filter(|b| *b == b'\n').count() + 1;
    let mut doc = Doc {
        lines: Vec::with_capacity(lines.min(super::MAX_LINES)),
        blanks_marked: mode == Mode::TabIndented,
        ..Doc::default()
    };
    let mut offset = 0;
    let mut delimited = 0usize;
    for raw in input.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let body = raw.trim_end_matches(['\n', '\r']);
        // A whole report crawled into one line: the lines it was printed as.
        if let Some(cuts) = super::unrun::breaks(body) {
            let ends = cuts.iter().skip(1).copied().chain([body.len()]);
            for (from, to) in cuts.iter().copied().zip(ends) {
                doc.push(line(&body[from..to], start + from, mode), input)?;
            }
            continue;
        }
        let line = line(body, start, mode);
        if line.cells.len() == 1 && body.trim_end().ends_with('|') {
            delimited += 1;
        }
        doc.push(line, input)?;
    }
    doc.cells_delimited = delimited >= 8;
    Ok(doc)
}

fn detect(input: &str) -> Mode {
    let mut indented = 0usize;
    let mut tabbed = 0usize;
    for line in input.lines() {
        let line = line.trim_end_matches('\r');
        if !line.contains('\t') {
            continue;
        }
        tabbed += 1;
        if line.starts_with('\t') && !line[1..].contains('\t') {
            indented += 1;
        }
    }
    if tabbed >= 8 && indented * 10 >= tabbed * 9 {
        return Mode::TabIndented;
    }
    // Many lines with wide gaps between pieces, and no other separators: a page laid out.
    let mut wide = 0usize;
    let mut separated = 0usize;
    for line in input.lines() {
        if line.contains('|') || line.trim_start().contains('\t') {
            separated += 1;
        }
        let t = line.trim();
        if has_three_spaces(t) && t.split("  ").filter(|p| !p.trim().is_empty()).count() >= 2 {
            wide += 1;
        }
    }
    if wide >= 8 && separated * 4 < wide {
        Mode::Layout
    } else {
        Mode::Rows
    }
}

/// Whether the text holds three spaces in a row (a byte search: no searcher to set up).
fn has_three_spaces(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(p) = bytes[from..].iter().position(|b| *b == b' ') {
        let at = from + p;
        match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(b' '), Some(b' ')) => return true,
            (Some(b' '), _) => from = at + 2,
            _ => from = at + 1,
        }
    }
    false
}

fn line(body: &str, start: usize, mode: Mode) -> Line<'_> {
    let range = start..start + body.len();
    let trimmed = body.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\u{c}');
    if trimmed.is_empty() || is_page_furniture(trimmed) {
        // A lone tab in a Word dump is a blank cell; any other empty line is only a break.
        let blank_cell = mode == Mode::TabIndented && body.contains('\t');
        return Line {
            kind: if blank_cell {
                LineKind::Row
            } else {
                LineKind::Empty
            },
            text: Cow::Borrowed(""),
            range: range.clone(),
            cells: if blank_cell {
                vec![Tok {
                    text: Cow::Borrowed(""),
                    range,
                    col: None,
                    x: None,
                }]
            } else {
                Vec::new()
            },
        };
    }
    let lead = body.len() - body.trim_start().len();
    if let Some(heading) = markdown_heading(trimmed) {
        let at = start + lead + (trimmed.len() - heading.len());
        return Line {
            kind: LineKind::Heading,
            text: strip_markup(heading),
            range: at..at + heading.len(),
            cells: vec![tok(heading, at, None)],
        };
    }
    // Pipes cut a line into cells in every form ("21 |" in a Word dump too).
    if trimmed.contains('|') {
        return pipe_line(body, start);
    }
    if mode == Mode::Rows && body.trim_start_matches('\t').contains('\t') {
        return tab_line(body, start);
    }
    if mode == Mode::Rows {
        if let Some(line) = spaced_line(body, start) {
            return line;
        }
    }
    if mode == Mode::Layout {
        return laid_out_line(body, start);
    }
    let at = start + lead;
    let text = strip_markup(trimmed);
    Line {
        kind: LineKind::Text,
        cells: vec![tok(trimmed, at, None)],
        text,
        range: at..at + trimmed.len(),
    }
}

fn tok(text: &str, at: usize, col: Option<u32>) -> Tok<'_> {
    let lead = text.len() - text.trim_start().len();
    let trimmed = text.trim();
    Tok {
        text: Cow::Borrowed(trimmed),
        range: at + lead..at + lead + trimmed.len(),
        col,
        x: None,
    }
}

/// A page number or page header printed between the lines of a table: "-3-", "— 4 —",
/// "第 3 页", "第3页 共10页", "P. 9", "3 / 10".
pub(crate) fn is_page_furniture(line: &str) -> bool {
    if line.len() > 32 {
        return false;
    }
    // Most lines have no white space to drop: no copy then.
    let t: Cow<'_, str> = if line.contains(char::is_whitespace) {
        Cow::Owned(line.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(line)
    };
    let t = t.as_ref();
    let dashes = |c: char| matches!(c, '-' | '—' | '–' | '－' | '―');
    let inner = t.trim_matches(dashes);
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    if digits(inner) && inner.len() < t.len() && t.starts_with(dashes) && t.ends_with(dashes) {
        return true;
    }
    if let Some(rest) = t.strip_prefix('第') {
        if let Some((n, tail)) = rest.split_once('页') {
            return digits(n)
                && (tail.is_empty()
                    || tail
                        .strip_prefix('共')
                        .and_then(|x| x.strip_suffix('页'))
                        .is_some_and(digits));
        }
    }
    if let Some(n) = t.strip_prefix("P.").or_else(|| t.strip_prefix("Page")) {
        return digits(n);
    }
    if let Some((a, b)) = t.split_once('/') {
        return digits(a) && digits(b) && t.len() <= 9 && line.contains(' ');
    }
    false
}

/// `# 标题` → `标题`.
fn markdown_heading(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches('#');
    let hashes = line.len() - rest.len();
    (1..=6)
        .contains(&hashes)
        .then_some(rest)
        .filter(|r| r.starts_with(' '))
        .map(str::trim)
}

/// Markdown emphasis and escapes removed from a paragraph.
pub(crate) fn strip_markup(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    let text = text.strip_prefix("- ").unwrap_or(text);
    if !text.bytes().any(|b| b == b'\\' || b == b'*') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next_if(|n| n.is_ascii_punctuation()) {
                    out.push(next);
                } else {
                    out.push('\\');
                }
            }
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
            }
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn pipe_line(body: &str, start: usize) -> Line<'_> {
    // The pieces between unescaped pipes, found by byte ('|' and '\\' are ASCII, so every
    // split falls on a character boundary).
    let bytes = body.as_bytes();
    let mut pieces: Vec<(usize, &str)> =
        Vec::with_capacity(bytes.iter().filter(|b| **b == b'|').count() + 1);
    let mut from = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            pieces.push((from, &body[from..i]));
            from = i + 1;
        }
    }
    pieces.push((from, &body[from..]));
    // "| a | b |": the text before the first pipe and after the last is not a cell.
    let first = usize::from(pieces.first().is_some_and(|(_, p)| p.trim().is_empty()));
    let last = pieces.len()
        - usize::from(
            pieces.len() > first && pieces.last().is_some_and(|(_, p)| p.trim().is_empty()),
        );
    let pieces = &pieces[first..last];
    // A Markdown delimiter row: | --- | ---: |
    if !pieces.is_empty()
        && pieces.iter().all(|(_, p)| {
            let p = p.trim().trim_start_matches(':').trim_end_matches(':');
            !p.is_empty() && p.bytes().all(|c| c == b'-')
        })
    {
        return Line {
            kind: LineKind::Empty,
            text: Cow::Borrowed(""),
            range: start..start + body.len(),
            cells: Vec::new(),
        };
    }
    // One cell on a line ("21 |"): the line is a cell in a stream, not a grid row, and its
    // place says nothing about its column.
    let grid = pieces.len() > 1;
    let mut cells = Vec::with_capacity(pieces.len());
    for (col, (at, piece)) in pieces.iter().enumerate() {
        let mut t = tok(piece, start + at, grid.then_some(col as u32));
        t.text = match strip_markup(piece) {
            Cow::Borrowed(text) => join_cell_lines(text),
            Cow::Owned(text) => Cow::Owned(join_cell_lines(&text.replace("\\|", "|")).into_owned()),
        };
        cells.push(t);
    }
    Line {
        kind: LineKind::Row,
        text: Cow::Borrowed(body.trim()),
        range: start..start + body.len(),
        cells,
    }
}

/// The lines of a Markdown table cell, which converters write with `<br>` ("逾期不补正、<br>
/// 行政机关不再处理…"), joined where text meets text: a label wrapped in its cell is read
/// whole. Beside a digit the break stays, and the cell with it: "3<br>0" is two numbers in
/// one cell, never 30.
fn join_cell_lines(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    // "<br>", "<br/>", "<br />", in any case: its length at `at`.
    let tag_at = |at: usize| -> Option<usize> {
        let rest = bytes.get(at..)?;
        if rest.len() < 4 || !rest[..3].eq_ignore_ascii_case(b"<br") {
            return None;
        }
        let mut end = 3;
        while rest.get(end) == Some(&b' ') {
            end += 1;
        }
        if rest.get(end) == Some(&b'/') {
            end += 1;
        }
        (rest.get(end) == Some(&b'>')).then_some(end + 1)
    };
    let mut out: Option<String> = None;
    // The text up to `from` is in `out` (or borrowed as it is).
    let mut from = 0;
    let mut at = 0;
    while let Some(p) = bytes[at..].iter().position(|b| *b == b'<') {
        let tag = at + p;
        let Some(len) = tag_at(tag) else {
            at = tag + 1;
            continue;
        };
        let before = text[..tag].trim_end().chars().next_back();
        let after = text[tag + len..].trim_start().chars().next();
        let text_meets_text = matches!((before, after), (Some(b), Some(a))
            if !b.is_ascii_digit() && !a.is_ascii_digit());
        if text_meets_text {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            o.push_str(text[from..tag].trim_end());
            from = tag + len;
            // The next line's text starts after its indentation.
            from += text[from..].len() - text[from..].trim_start().len();
        }
        at = tag + len;
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut o) => {
            o.push_str(&text[from..]);
            Cow::Owned(o)
        }
    }
}

fn tab_line(body: &str, start: usize) -> Line<'_> {
    let mut cells = Vec::new();
    let mut at = 0;
    for (col, piece) in body.split('\t').enumerate() {
        cells.push(tok(piece, start + at, Some(col as u32)));
        at += piece.len() + 1;
    }
    Line {
        kind: LineKind::Row,
        text: Cow::Borrowed(body.trim()),
        range: start..start + body.len(),
        cells,
    }
}

/// A line laid out with spaces: a label and values ("四、结转下年度继续办理 0 0 0 0 0 0 0"),
/// or pieces apart by runs of two or more spaces. `None` for a line of prose.
fn spaced_line(body: &str, start: usize) -> Option<Line<'_>> {
    // A line with no space between two pieces is one piece: prose, or a lone label.
    if !body.trim().contains([' ', '\u{3000}', '\t']) {
        return None;
    }
    // Words with their offsets.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut word_start = None;
    for (i, c) in body.char_indices() {
        let space = c == ' ' || c == '\u{3000}' || c == '\t';
        match (space, word_start) {
            (true, Some(s)) => {
                words.push((s, &body[s..i]));
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = word_start {
        words.push((s, &body[s..]));
    }
    if words.len() < 2 {
        return None;
    }
    let values = words
        .iter()
        .rev()
        .take_while(|(_, w)| is_value_like(w))
        .count();
    let wide_gap = words
        .windows(2)
        .any(|w| body[w[0].0 + w[0].1.len()..w[1].0].chars().count() >= 2);
    // A label with digits run into it, then values apart by spaces ("5.属于三类内部事务信息001
    // 110012", a crawler's row): its digits are values too.
    let run_into_label = values >= 1
        && words.len() > values
        && words[words.len() - values - 1]
            .1
            .ends_with(|c: char| c.is_ascii_digit())
        && is_table_label(
            words[words.len() - values - 1]
                .1
                .trim_end_matches(|c: char| c.is_ascii_digit()),
        );
    let mut cells = Vec::new();
    if values >= 2 || (values >= 1 && (wide_gap || run_into_label)) {
        // The label part: pieces apart by two or more spaces ("三     （一）予以公开").
        let label_words = &words[..words.len() - values];
        let mut piece: Option<(usize, usize)> = None;
        for (at, w) in label_words {
            let end = at + w.len();
            piece = match piece {
                Some((from, to)) if body[to..*at].chars().count() >= 2 => {
                    cells.push(joined(body, start, from, to));
                    Some((*at, end))
                }
                Some((from, _)) => Some((from, end)),
                None => Some((*at, end)),
            };
        }
        if let Some((from, to)) = piece {
            cells.push(joined(body, start, from, to));
        }
        for (at, w) in &words[words.len() - values..] {
            cells.push(tok(w, start + at, None));
        }
    } else if wide_gap {
        // Pieces apart by two or more spaces; a single space stays inside a piece.
        let mut piece_start = words[0].0;
        let mut piece_end = words[0].0 + words[0].1.len();
        for (at, w) in &words[1..] {
            let gap = body[piece_end..*at].chars().count();
            if gap >= 2 {
                cells.push(joined(body, start, piece_start, piece_end));
                piece_start = *at;
            }
            piece_end = at + w.len();
        }
        cells.push(joined(body, start, piece_start, piece_end));
        // Prose that happens to hold a wide gap stays prose.
        if cells.iter().any(|c| c.text.chars().count() > 40) {
            return None;
        }
    } else if words.iter().all(|(_, w)| is_table_label(w))
        || words.iter().any(|(_, w)| is_table_label(w))
            && words.iter().all(|(_, w)| is_label_start(w))
    {
        // Labels side by side with one space: "行政复议 行政诉讼", or with the start of a
        // label wrapped onto the next line: "（三）不予公 4.保护第三方合法权益".
        for (at, w) in &words {
            cells.push(tok(w, start + at, None));
        }
    } else {
        return None;
    }
    Some(Line {
        kind: LineKind::Row,
        text: Cow::Borrowed(body.trim()),
        range: start..start + body.len(),
        cells,
    })
}

/// A piece of the line from `from` to `to`, single spaces between Han characters removed.
fn joined(body: &str, start: usize, from: usize, to: usize) -> Tok<'_> {
    let piece = &body[from..to];
    Tok {
        text: Cow::Owned(piece.split_whitespace().collect::<Vec<_>>().join("")),
        range: start + from..start + to,
        col: None,
        x: None,
    }
}

/// A line of text laid out with spaces: pieces apart by two or more spaces, each with the
/// columns (in characters) it stands in. A piece of values apart by single spaces ("0 0 0"),
/// or of labels apart by single spaces ("（四）无法提供 2.没有现成信息需要另行制作"), is split
/// into its words; any other piece (prose) stays whole.
fn laid_out_line(body: &str, start: usize) -> Line<'_> {
    let body = body.trim_end_matches('\u{c}');
    let mut pieces: Vec<(usize, u32, &str)> = Vec::new(); // (byte offset, char column, text)
    let mut piece: Option<(usize, u32, usize)> = None; // (start byte, start column, end byte)
    let mut spaces = 0u32;
    for (column, (i, c)) in (0u32..).zip(body.char_indices()) {
        let space = c == ' ' || c == '\u{3000}' || c == '\u{c}' || c == '\t';
        if space {
            spaces += 1;
        } else {
            match piece {
                Some((s, col, _)) if spaces >= 2 => {
                    let end = piece.map_or(s, |p| p.2);
                    pieces.push((s, col, &body[s..end]));
                    piece = Some((i, column, i + c.len_utf8()));
                }
                Some((s, col, _)) => piece = Some((s, col, i + c.len_utf8())),
                None => piece = Some((i, column, i + c.len_utf8())),
            }
            spaces = 0;
        }
    }
    if let Some((s, col, end)) = piece {
        pieces.push((s, col, &body[s..end]));
    }
    let mut cells = Vec::new();
    for (offset, col, text) in pieces {
        let words: Vec<(usize, &str)> = text
            .split(' ')
            .scan(0usize, |at, w| {
                let here = *at;
                *at += w.len() + 1;
                Some((here, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        let split = words.len() > 1
            && (words.iter().all(|(_, w)| is_value_like(w))
                || words
                    .iter()
                    .all(|(_, w)| is_value_like(w) || is_label_start(w)));
        if split {
            for (at, w) in words {
                let c0 = col + text[..at].chars().count() as u32;
                cells.push(Tok {
                    text: Cow::Borrowed(w),
                    range: start + offset + at..start + offset + at + w.len(),
                    col: None,
                    x: Some((c0, c0 + w.chars().count() as u32)),
                });
            }
        } else {
            cells.push(Tok {
                text: Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" ")),
                range: start + offset..start + offset + text.len(),
                col: None,
                x: Some((col, col + text.chars().count() as u32)),
            });
        }
    }
    let kind = if cells.len() > 1 {
        LineKind::Row
    } else {
        LineKind::Text
    };
    Line {
        kind,
        text: Cow::Borrowed(body.trim()),
        range: start..start + body.len(),
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Line, Mode, detect, is_page_furniture, laid_out_line, line, pipe_line, spaced_line,
        tab_line,
    };
    use crate::parse::source::LineKind;

    /// A cell as the tests see it: its text, the source text its range covers, its columns.
    type Seen = (String, String, Option<(u32, u32)>);

    /// Each cell of a line read at byte 100 of a document.
    fn cells(line: &Line<'_>, body: &str) -> Vec<Seen> {
        line.cells
            .iter()
            .map(|c| {
                let at = c.range.start - 100..c.range.end - 100;
                (c.text.to_string(), body[at].to_owned(), c.x)
            })
            .collect()
    }

    type Want<'a> = (&'a str, &'a str, Option<(u32, u32)>);

    fn owned(cells: &[Want<'_>]) -> Vec<Seen> {
        cells
            .iter()
            .map(|(t, s, x)| ((*t).to_owned(), (*s).to_owned(), *x))
            .collect()
    }

    #[test]
    fn tab_indented_needs_eight_tabbed_lines_nine_in_ten_of_them_indented() {
        let text = |indented: usize, rows: usize| {
            let mut t = String::new();
            for _ in 0..indented {
                t += "\t0\n";
            }
            for _ in 0..rows {
                t += "行政许可\t0\t0\n";
            }
            t
        };
        assert_eq!(detect(&text(9, 1)), Mode::TabIndented);
        assert_eq!(detect(&text(8, 0)), Mode::TabIndented);
        assert_eq!(detect(&text(7, 0)), Mode::Rows);
        assert_eq!(detect(&text(8, 1)), Mode::Rows);
        assert_eq!(detect(&text(18, 2)), Mode::TabIndented);
        assert_eq!(detect(&text(17, 2)), Mode::Rows);
    }

    /// Wide gaps between pieces make text laid out in columns only where no line is cut by
    /// pipes or tabs: a Markdown table padded with spaces is rows.
    #[test]
    fn a_padded_pipe_table_is_rows_not_a_page_laid_out() {
        let mut text = String::new();
        for row in [
            "规章",
            "行政规范性文件",
            "行政许可",
            "行政处罚",
            "行政强制",
            "行政事业性收费",
            "其他",
            "总计",
        ] {
            text += &format!("|   {row}   |   0   |   0   |\n");
        }
        assert_eq!(detect(&text), Mode::Rows);
        // The same without the pipes is a page laid out.
        assert_eq!(detect(&text.replace('|', " ")), Mode::Layout);
    }

    /// A Markdown delimiter row is no row; a row of pipes is, with its range.
    #[test]
    fn pipe_rows_and_delimiter_rows() {
        for delimiter in ["| --- | :---: |", "|---|---:|", "| :- |"] {
            assert_eq!(pipe_line(delimiter, 0).kind, LineKind::Empty, "{delimiter}");
        }
        for row in ["| - | 3 |", "|  |  |", "| --- | 3 |"] {
            assert_eq!(pipe_line(row, 0).kind, LineKind::Row, "{row}");
        }
        let body = "| 规章 | 1 |";
        let row = pipe_line(body, 100);
        assert_eq!(row.range, 100..100 + body.len());
        let cells: Vec<_> = row
            .cells
            .iter()
            .map(|c| (c.text.to_string(), c.col))
            .collect();
        assert_eq!(
            cells,
            [("规章".to_owned(), Some(0)), ("1".to_owned(), Some(1))]
        );
    }

    /// A cell ending in " |" is read as such in every form, a Word dump's tab before it or
    /// not.
    #[test]
    fn a_cell_ending_in_a_pipe_is_a_cell_in_every_form() {
        for mode in [Mode::Rows, Mode::TabIndented, Mode::Layout] {
            let read = line("21 |", 0, mode);
            assert_eq!(read.kind, LineKind::Row, "{mode:?}");
            assert_eq!(read.cells[0].text, "21", "{mode:?}");
        }
        let read = line("\t21 |", 0, Mode::TabIndented);
        assert_eq!(read.cells[0].text, "21");
    }

    /// A cell's lines written with `<br>` are joined where text meets text; beside a digit
    /// the break stays.
    #[test]
    fn the_lines_of_a_markdown_cell_are_joined_between_words() {
        use super::join_cell_lines;
        assert_eq!(
            join_cell_lines("1.申请人无正当理由逾期不补正、<br>行政机关不再处理"),
            "1.申请人无正当理由逾期不补正、行政机关不再处理"
        );
        assert_eq!(
            join_cell_lines("属于国家 <BR/> 秘密<br />"),
            "属于国家秘密<br />"
        );
        assert_eq!(join_cell_lines("3<br>0"), "3<br>0");
        assert_eq!(join_cell_lines("规章<br>12"), "规章<br>12");
        assert_eq!(join_cell_lines("<br>规章"), "<br>规章");
        assert_eq!(join_cell_lines("a<b>c<brx>d"), "a<b>c<brx>d");
        let line = pipe_line("| 4. 无正当理由大量<br>反复申请 | 0 |", 0);
        assert_eq!(line.cells[0].text, "4. 无正当理由大量反复申请");
    }

    #[test]
    fn tab_cells_point_at_their_text() {
        let body = "（一）行政许可\t 12 \t\t3";
        let line = tab_line(body, 100);
        assert_eq!(line.range, 100..100 + body.len());
        let got: Vec<_> = line
            .cells
            .iter()
            .map(|c| (c.text.to_string(), c.range.clone(), c.col))
            .collect();
        let at = |s: &str| 100 + body.find(s).unwrap();
        assert_eq!(
            got,
            vec![
                ("（一）行政许可".to_owned(), 100..at("\t"), Some(0)),
                ("12".to_owned(), at("12")..at("12") + 2, Some(1)),
                (String::new(), at("\t\t") + 1..at("\t\t") + 1, Some(2)),
                ("3".to_owned(), at("3")..at("3") + 1, Some(3)),
            ]
        );
    }

    #[test]
    fn a_spaced_row_is_its_label_then_its_values() {
        let body = "四、结转下年度 继续办理  0 1 22";
        let line = spaced_line(body, 100).unwrap();
        assert_eq!(
            cells(&line, body),
            owned(&[
                ("四、结转下年度继续办理", "四、结转下年度 继续办理", None),
                ("0", "0", None),
                ("1", "1", None),
                ("22", "22", None),
            ])
        );
        // One value needs a wide gap before it to make a row; with one space it is prose.
        let body = "行政许可  7";
        let line = spaced_line(body, 100).unwrap();
        assert_eq!(
            cells(&line, body),
            owned(&[("行政许可", "行政许可", None), ("7", "7", None)])
        );
        assert!(spaced_line("全年共受理 7", 100).is_none());
        // Prose with a wide gap in it, a piece over 40 characters and no value: prose.
        let prose = format!("{}  其他", "我局认真贯彻落实条例规定".repeat(4));
        assert!(spaced_line(&prose, 100).is_none());
        // Short pieces apart by wide gaps are cells, with or without values after them.
        let body = "行政复议  行政诉讼";
        assert_eq!(
            cells(&spaced_line(body, 100).unwrap(), body),
            owned(&[
                ("行政复议", "行政复议", None),
                ("行政诉讼", "行政诉讼", None)
            ])
        );
        assert!(spaced_line("共受理7件", 100).is_none());
    }

    #[test]
    fn laid_out_pieces_keep_their_bytes_and_columns() {
        let body = "  （一）行政许可      12 3    不予公开 理由";
        let line = laid_out_line(body, 100);
        assert_eq!(
            cells(&line, body),
            owned(&[
                ("（一）行政许可", "（一）行政许可", Some((2, 9))),
                ("12", "12", Some((15, 17))),
                ("3", "3", Some((18, 19))),
                ("不予公开 理由", "不予公开 理由", Some((23, 30))),
            ])
        );
    }

    #[test]
    fn page_numbers_are_furniture() {
        for line in [
            "-3-",
            "— 4 —",
            "- 12 -",
            "第 3 页",
            "第3页共10页",
            "P. 9",
            "3 / 10",
        ] {
            assert!(is_page_furniture(line), "{line:?}");
        }
        for line in ["3", "-3", "0 0 0", "第二十条第（一）项", "—", "2/3", "12.5"] {
            assert!(!is_page_furniture(line), "{line:?}");
        }
    }
}
