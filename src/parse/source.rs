//! The input as lines of cells, each with where it came from.

use std::borrow::Cow;
use std::ops::Range;

use super::ParseError;

/// Where a piece of the source is: a byte range, and the line and column (both from 1,
/// the column counted in characters) where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, schemars::JsonSchema)]
#[schemars(
    title = "源位置",
    description = "Where a piece of the source is: byte range, line and column (from 1)."
)]
pub struct SourceSpan {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The line, from 1.
    pub line: u32,
    /// The column, from 1, in characters.
    pub column: u32,
}

/// Maps byte offsets to lines and columns.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last span's line start, byte offset and column: cells are mostly asked for left to
    /// right, so the next column on the same line is counted on from there.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 0, 0)),
        }
    }

    pub(crate) fn span(&self, range: Range<usize>) -> SourceSpan {
        let start = range.start.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= start).max(1);
        let line_start = self.starts[line - 1];
        let (last_line, last_at, last_column) = self.last.get();
        // A little to the left of the last span, on its line: counted back from there (a
        // table's label after its values, on a report crawled onto one line).
        if last_line == line_start && start < last_at && last_at - start < start - line_start {
            if let Some(s) = self.text.get(start..last_at) {
                let column = last_column - s.chars().count();
                self.last.set((line_start, start, column));
                return SourceSpan {
                    start,
                    end: range.end.min(self.text.len()).max(start),
                    line: line as u32,
                    column: column as u32 + 1,
                };
            }
        }
        let (from, base) = if last_line == line_start && last_at <= start {
            (last_at, last_column)
        } else {
            (line_start, 0)
        };
        let column = match self.text.get(from..start) {
            Some(s) => {
                let column = base + s.chars().count();
                self.last.set((line_start, start, column));
                column
            }
            None => 0,
        };
        SourceSpan {
            start,
            end: range.end.min(self.text.len()).max(start),
            line: line as u32,
            column: column as u32 + 1,
        }
    }
}

/// One cell of a line: its text (trimmed) and its byte range in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) range: Range<usize>,
    /// The grid column, where the form has a grid (tab, pipe, HTML).
    pub(crate) col: Option<u32>,
    /// The columns the cell spans on its line, in characters, where the form is text laid
    /// out with spaces.
    pub(crate) x: Option<(u32, u32)>,
}

/// What a line is, as far as its form tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// A paragraph or heading: one piece of text.
    Text,
    /// A row of cells (tab- or pipe-separated, a table row of HTML).
    Row,
    /// A line with nothing on it.
    Empty,
    /// A heading marked as such by the form (Markdown `#`, HTML `<h1>`…).
    Heading,
}

/// A line of the source.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    pub(crate) kind: LineKind,
    /// The line's text as a paragraph (trimmed, markup removed).
    pub(crate) text: Cow<'a, str>,
    pub(crate) range: Range<usize>,
    pub(crate) cells: Vec<Tok<'a>>,
}

/// The document as lines: what every input form turns into.
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc<'a> {
    pub(crate) lines: Vec<Line<'a>>,
    /// The form marks a blank cell (a Word dump's tab-only line), so that values one a line
    /// keep their order and their count.
    pub(crate) blanks_marked: bool,
    /// Each cell of a line-per-cell form ends with its own delimiter ("21 |"): the values
    /// follow their labels as the page set them.
    pub(crate) cells_delimited: bool,
    /// The cells of every line so far, against [`MAX_PIECES`](super::MAX_PIECES).
    pub(crate) pieces: usize,
}

impl<'a> Doc<'a> {
    /// Adds a line, or refuses the input when the line takes it past [`MAX_LINES`] or
    /// [`MAX_PIECES`] (`input` is read only then, for the line number).
    ///
    /// [`MAX_LINES`]: super::MAX_LINES
    /// [`MAX_PIECES`]: super::MAX_PIECES
    pub(crate) fn push(&mut self, line: Line<'a>, input: &str) -> Result<(), ParseError> {
        self.pieces += line.cells.len();
        let past = if self.lines.len() >= super::MAX_LINES {
            Some(("lines", super::MAX_LINES))
        } else if self.pieces > super::MAX_PIECES {
            Some(("cells", super::MAX_PIECES))
        } else {
            None
        };
        if let Some((what, limit)) = past {
            let at = line.range.start.min(input.len());
            let breaks = input.as_bytes()[..at]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            let line = u32::try_from(breaks + 1).unwrap_or(u32::MAX);
            return Err(ParseError::TooMany { what, limit, line });
        }
        self.lines.push(line);
        Ok(())
    }
}

/// Lines of a web page around the report, not of the report: breadcrumbs, the publishing
/// line, print and share buttons.
pub(crate) fn is_web_furniture(text: &str) -> bool {
    // One pass to rule out almost every line: furniture holds one of these characters.
    if !text.contains([
        '>', '»', '发', '字', '扫', '打', '关', '分', '相', '浏', '访', '【',
    ]) {
        return false;
    }
    const WORDS: &[&str] = &[
        "字体大小",
        "扫一扫在手机打开",
        "打印本页",
        "关闭窗口",
        "【关闭】",
        "【打印】",
        "分享到",
        "相关阅读",
        "浏览次数",
        "访问次数",
        "【字体",
    ];
    let breadcrumb = text.matches('>').count() >= 2 || text.matches('»').count() >= 2;
    let published =
        (text.contains("发布日期") || text.contains("发布时间")) && text.chars().count() <= 80;
    breadcrumb || published || WORDS.iter().any(|w| text.contains(w)) && text.chars().count() <= 40
}

/// The text of a line as a paragraph, or `None` when it holds nothing to keep.
pub(crate) fn paragraph(line: &Line) -> Option<String> {
    let t = line
        .text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() || t.len() <= 240 && is_web_furniture(t) {
        return None;
    }
    // A laid-out line's runs of spaces are where its glyphs stood ("国令第            711号"):
    // one space.
    if is_laid_out(line) && t.contains("  ") {
        return Some(t.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    if !t.contains("[bookmark:") && !t.contains("[image:") {
        return Some(t.to_owned());
    }
    let mut text = t.to_owned();
    // Word-export markers: "[bookmark: _GoBack]", "[image: C:\\…\\截图.png]".
    while let Some(start) = text.find("[bookmark:").or_else(|| text.find("[image:")) {
        let end = text[start..]
            .find(']')
            .map_or(text.len(), |e| start + e + 1);
        text.replace_range(start..end, "");
    }
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    (!text.is_empty()).then(|| text.to_owned())
}

/// The text of the lines as paragraphs, separated by `\n`: each line a paragraph, or, in text
/// broken at a page's margin, the lines of each paragraph joined ([`Wrap`]).
#[cfg(test)]
pub(crate) fn join(lines: &[Line], indices: impl Iterator<Item = usize>) -> Option<String> {
    join_with(lines, Wrap::of(lines), indices)
}

/// As [`join`], with the text's margin already measured ([`Wrap::of`] the same lines): a
/// document's parts are joined with one measure, not one each.
pub(crate) fn join_with(
    lines: &[Line],
    wrap: Option<Wrap>,
    indices: impl Iterator<Item = usize>,
) -> Option<String> {
    let mut text = String::new();
    let mut last: Option<&Line> = None;
    for i in indices {
        let line = &lines[i];
        let Some(p) = paragraph(line) else {
            continue;
        };
        match last {
            Some(before) if wrap.as_ref().is_some_and(|w| w.carries_on(before, line)) => {
                join_line(&mut text, &p);
            }
            Some(_) => {
                text.push('\n');
                text.push_str(&p);
            }
            None => text.push_str(&p),
        }
        last = Some(line);
    }
    (!text.is_empty()).then_some(text)
}

/// Appends a line to the paragraph it carries on: with no space between them ("政府" / "信息"),
/// or one between two Latin words or numbers ("Open" / "Data": a line breaks at the space
/// between them).
pub(crate) fn join_line(paragraph: &mut String, line: &str) {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(paragraph.chars().next_back()) && latin(line.chars().next()) {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

/// How the prose lines of a text broken at a page's right margin end: a PDF's text
/// (`pdftotext`, with `-layout` or without, or the glyphs laid out), or a converter's
/// Markdown that kept the PDF's lines. Text whose lines are its paragraphs (a web page, a
/// Word dump, Markdown written as such) has none.
///
/// The text is broken at a margin when most of its prose lines (three in ten, four at least)
/// run to one width (within an eighth of it) and end inside a sentence, and hardly any (one
/// in ten) is much wider (a quarter more). A line then carries on the paragraph of the line
/// before when that line runs to the margin and, where lines are laid out with indentation
/// that marks paragraphs (most lines after a short one stand further in), the line is not
/// indented; where they are not, when the line before ends inside a sentence (not after 。,
/// ！ or ？). So, without indentation, a paragraph can be cut where a sentence ended at the
/// margin, but never inside a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Wrap {
    /// The width the lines run to, in columns (a Han character two).
    margin: u32,
    /// How far short of the margin a line still runs to it.
    slack: u32,
    /// The indentation of a paragraph's second and later lines, where lines are laid out.
    indent: Option<u32>,
}

/// A line's shape: its indentation (where laid out), its width in columns, and whether it
/// ends inside a sentence.
#[derive(Debug, Clone, Copy)]
struct Shape {
    lead: Option<u32>,
    width: u32,
    open: bool,
}

/// Lines narrower than this (ten Han characters) say nothing of a margin.
const MIN_WIDTH: u32 = 20;

/// The widest margin looked for: wider lines are not a page's.
const MAX_MARGIN: usize = 400;

/// The widest a line is measured: wider than any margin with its slack (a line of a page,
/// or one that runs a quarter past it). A line's shape says as much of a margin at this
/// width as at any greater one.
const MAX_WIDTH: u32 = 2 * MAX_MARGIN as u32;

impl Wrap {
    /// The margin the prose lines are broken at, if they are.
    pub(crate) fn of(lines: &[Line]) -> Option<Wrap> {
        let shapes: Vec<Shape> = lines
            .iter()
            .filter(|l| is_prose(l))
            .filter_map(shape)
            .collect();
        let measured: Vec<&Shape> = shapes.iter().filter(|s| s.width >= MIN_WIDTH).collect();
        // How many lines ending inside a sentence run to each width.
        let mut open = vec![0usize; MAX_MARGIN + 1];
        for s in measured.iter().filter(|s| s.open) {
            if let Some(n) = open.get_mut(s.width as usize) {
                *n += 1;
            }
        }
        let slack = |width: usize| (width / 8).max(4);
        let band = |m: usize| m.saturating_sub(slack(m))..=(m + slack(m)).min(MAX_MARGIN);
        // How many run to each width or less, less one: a band's count is a difference.
        let below: Vec<usize> = open
            .iter()
            .scan(0, |sum, n| {
                *sum += n;
                Some(*sum)
            })
            .collect();
        let in_band = |m: usize| {
            let band = band(m);
            below[*band.end()] - band.start().checked_sub(1).map_or(0, |b| below[b])
        };
        // The band of widths that holds the most such lines; the margin is their median.
        let (around, full) = (MIN_WIDTH as usize..=MAX_MARGIN)
            .map(|m| (m, in_band(m)))
            .max_by_key(|(m, n)| (*n, std::cmp::Reverse(*m)))?;
        let mut seen = 0;
        let margin = band(around).find(|w| {
            seen += open[*w];
            seen * 2 >= full
        })?;
        let wide = measured
            .iter()
            .filter(|s| s.width as usize > margin + margin / 4)
            .count();
        if full < 4 || full * 10 < measured.len() * 3 || wide * 10 > measured.len() {
            return None;
        }
        let slack = slack(margin) as u32;
        let margin = margin as u32;
        let runs_to_margin = |s: &Shape| s.width + slack >= margin;
        // The indentation most lines running to the margin have: a paragraph's later lines.
        let mut leads: Vec<u32> = shapes
            .iter()
            .filter(|s| s.open && runs_to_margin(s))
            .filter_map(|s| s.lead)
            .collect();
        leads.sort_unstable();
        // Indentation marks paragraphs where most lines after one that ends short of the
        // margin stand further in.
        let indent = mode(&leads).filter(|base| {
            let after_short = shapes
                .windows(2)
                .filter(|w| !runs_to_margin(&w[0]))
                .filter_map(|w| w[1].lead);
            let (starts, indented) = after_short.fold((0usize, 0usize), |(n, k), lead| {
                (n + 1, k + usize::from(lead >= base + 2))
            });
            indented >= 2 && indented * 2 >= starts
        });
        Some(Wrap {
            margin,
            slack,
            indent,
        })
    }

    /// Whether `line` carries on the paragraph that `before` (the line above it, blank lines
    /// and page numbers apart) ends.
    pub(crate) fn carries_on(&self, before: &Line, line: &Line) -> bool {
        let (Some(a), Some(b)) = (shape(before), shape(line)) else {
            return false;
        };
        if a.width + self.slack < self.margin {
            return false;
        }
        match (self.indent, b.lead) {
            (Some(indent), Some(lead)) => lead < indent + 2,
            _ => a.open,
        }
    }
}

/// The most common value of a sorted list (the smallest on a tie).
fn mode(sorted: &[u32]) -> Option<u32> {
    let mut best: Option<(u32, usize)> = None;
    let mut at = 0;
    while at < sorted.len() {
        let run = sorted[at..]
            .iter()
            .take_while(|v| **v == sorted[at])
            .count();
        if best.is_none_or(|(_, n)| run > n) {
            best = Some((sorted[at], run));
        }
        at += run;
    }
    best.map(|(v, _)| v)
}

/// Whether the line was laid out with spaces (`pdftotext -layout`, a PDF's glyphs): its
/// pieces stand at columns.
fn is_laid_out(line: &Line) -> bool {
    line.cells.first().is_some_and(|c| c.x.is_some())
}

/// Whether a line is prose to measure the margin by: a paragraph line, or a line laid out in
/// pieces that holds a sentence's punctuation (a PDF's prose, with wide gaps around its
/// numbers), not a table's row.
fn is_prose(line: &Line) -> bool {
    match line.kind {
        LineKind::Text => true,
        LineKind::Row => is_laid_out(line) && line.text.contains(['，', '。', '；']),
        LineKind::Heading | LineKind::Empty => false,
    }
}

/// The shape of a line of text: a paragraph line, or a line laid out in pieces. `None` for a
/// row of a grid (tab, pipe, HTML), a heading the form marks, or a line with no text.
fn shape(line: &Line) -> Option<Shape> {
    let text = line.text.trim();
    let last = text.chars().next_back()?;
    let laid_out = line.cells.first().and_then(|c| c.x);
    if !(line.kind == LineKind::Text || line.kind == LineKind::Row && laid_out.is_some()) {
        return None;
    }
    let mut width = 0u32;
    let mut space = false;
    for c in text.chars() {
        // Any width past this is wider than any margin by far: counted no further.
        if width > MAX_WIDTH {
            break;
        }
        // A run of white space is one column: a laid-out line's gaps are the layout's.
        if c.is_whitespace() {
            width += u32::from(!space);
            space = true;
            continue;
        }
        space = false;
        width += if is_wide(c) { 2 } else { 1 };
    }
    let lead = laid_out.map(|(x, _)| x);
    let sentence_end = |c: char| "。！？!?".contains(c);
    let closed = sentence_end(last)
        || "”’」』）)".contains(last) && text.chars().nth_back(1).is_some_and(sentence_end);
    Some(Shape {
        lead,
        width: lead.unwrap_or(0).saturating_add(width),
        open: !closed,
    })
}

/// A character two columns wide: Han, and the full-width forms and punctuation set with it.
pub(crate) fn is_wide(c: char) -> bool {
    crate::layout::label::is_han(c)
        || matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ff60}' | '\u{2018}'..='\u{201d}' | '\u{2014}' | '\u{2026}')
}

/// A line that can be a heading: a paragraph, or a row with one filled cell.
pub(crate) fn heading_text(line: &Line) -> Option<String> {
    match line.kind {
        LineKind::Text | LineKind::Heading => paragraph(line),
        LineKind::Row => {
            let filled: Vec<&str> = line
                .cells
                .iter()
                .map(|c| c.text.as_ref())
                .filter(|t| !t.is_empty())
                .collect();
            (filled.len() == 1).then(|| filled[0].to_owned())
        }
        LineKind::Empty => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{Wrap, join, join_line};
    use crate::parse::text;

    /// Four paragraphs as a page prints them: the first line of each indented by two Han
    /// characters (18 to a line), the others 20 to a line; the third has a sentence that
    /// ends at the margin ("均已按时发布。"), the fourth "Open" and "Data" on two lines.
    const LINES: [&str; 11] = [
        "本机关坚持以公开为常态、不公开为例外",
        "的原则，全年主动公开政府信息三百余条，涵",
        "盖机构职能、政策文件等内容。",
        "（一）主动公开情况",
        "全年通过门户网站发布信息，其中政策文",
        "件四十件，解读材料十二件，均已按时发布。",
        "群众对公开工作的满意度较上年有所提高。",
        "政务新媒体全年推送信息五百篇，开设专",
        "题栏目八个，网站设有数据开放栏目提供Open",
        "Data服务，全年下载量稳步增长，用户遍及全",
        "省各地。",
    ];

    /// The first line of each paragraph.
    const FIRST: [usize; 4] = [0, 3, 4, 7];

    const A: &str = "本机关坚持以公开为常态、不公开为例外的原则，全年主动公开政府信息三百余条，涵盖机构职能、政策文件等内容。";
    const B: &str = "（一）主动公开情况";
    const C1: &str = "全年通过门户网站发布信息，其中政策文件四十件，解读材料十二件，均已按时发布。";
    const C2: &str = "群众对公开工作的满意度较上年有所提高。";
    const D: &str = "政务新媒体全年推送信息五百篇，开设专题栏目八个，网站设有数据开放栏目提供Open Data服务，全年下载量稳步增长，用户遍及全省各地。";

    fn paragraphs(lines: &[super::Line]) -> Vec<String> {
        join(lines, 0..lines.len())
            .unwrap()
            .split('\n')
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn laid_out_lines_are_joined_into_the_paragraphs_their_indentation_marks() {
        let text: String = LINES
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let indent = if FIRST.contains(&i) { "    " } else { "" };
                format!("{indent}{l}\n")
            })
            .collect();
        let doc = text::read_laid_out(&text, &crate::parse::cancel::Cancel::default()).unwrap();
        assert_eq!(
            Wrap::of(&doc.lines),
            Some(Wrap {
                margin: 40,
                slack: 5,
                indent: Some(0)
            })
        );
        // The sentence that ends at the margin goes on: the next line is not indented.
        assert_eq!(paragraphs(&doc.lines), [A, B, &format!("{C1}{C2}"), D]);
    }

    #[test]
    fn lines_with_no_indentation_end_their_paragraph_at_a_sentence_end_or_short() {
        let text: String = LINES.iter().map(|l| format!("{l}\n")).collect();
        let doc = text::read(&text, &crate::parse::cancel::Cancel::default()).unwrap();
        assert_eq!(
            Wrap::of(&doc.lines),
            Some(Wrap {
                margin: 36,
                slack: 4,
                indent: None
            })
        );
        // Without indentation, a sentence that ends at the margin ends its paragraph: a
        // paragraph may be cut between two sentences, never inside one.
        assert_eq!(paragraphs(&doc.lines), [A, B, C1, C2, D]);
        // Blank lines and a page number between two lines of a paragraph are not a break.
        let paged = text.replacen("涵\n", "涵\n\n- 1 -\n\n", 1);
        assert_eq!(
            paragraphs(
                &text::read(&paged, &crate::parse::cancel::Cancel::default())
                    .unwrap()
                    .lines
            ),
            [A, B, C1, C2, D]
        );
    }

    #[test]
    fn lines_that_are_paragraphs_stay_paragraphs() {
        // Each paragraph on a line of its own, as a web page or a Word dump gives it.
        let text = format!("{A}\n{B}\n{C1}{C2}\n{D}\n");
        let doc = text::read(&text, &crate::parse::cancel::Cancel::default()).unwrap();
        assert_eq!(Wrap::of(&doc.lines), None);
        assert_eq!(paragraphs(&doc.lines), [A, B, &format!("{C1}{C2}"), D]);
        // Lines of one width that each end a sentence: paragraphs, not a margin.
        let sentences = "本机关全年主动公开政府信息三百余条。\n".repeat(8);
        let doc = text::read(&sentences, &crate::parse::cancel::Cancel::default()).unwrap();
        assert_eq!(Wrap::of(&doc.lines), None);
        assert_eq!(paragraphs(&doc.lines).len(), 8);
        // Lines running to one width, but longer ones among them (more than a tenth of
        // them a quarter wider): a web page's paragraphs.
        let mut mixed = "本机关全年主动公开政府信息三百余条涵盖机构\n".repeat(6);
        mixed.push_str(&format!("{}\n", A).repeat(2));
        assert_eq!(
            Wrap::of(
                &text::read(&mixed, &crate::parse::cancel::Cancel::default())
                    .unwrap()
                    .lines
            ),
            None
        );
    }

    #[test]
    fn a_join_puts_a_space_between_latin_words_only() {
        let joined = |a: &str, b: &str| {
            let mut p = a.to_owned();
            join_line(&mut p, b);
            p
        };
        assert_eq!(joined("公开政府", "信息"), "公开政府信息");
        assert_eq!(joined("提供Open", "Data服务"), "提供Open Data服务");
        assert_eq!(joined("2024", "年"), "2024年");
        assert_eq!(joined("共计", "95个"), "共计95个");
        assert_eq!(joined("www.np.gov.", "cn"), "www.np.gov.cn");
        assert_eq!(joined("邮箱：hazwgkc@", "163.com"), "邮箱：hazwgkc@163.com");
    }
}
