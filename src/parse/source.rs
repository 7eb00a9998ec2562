//! The input as lines of cells, each with where it came from.

use std::borrow::Cow;
use std::ops::Range;

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

pub(crate) fn join(lines: &[Line], indices: impl Iterator<Item = usize>) -> Option<String> {
    let paragraphs: Vec<String> = indices.filter_map(|i| paragraph(&lines[i])).collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n"))
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
