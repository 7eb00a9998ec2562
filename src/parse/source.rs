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
