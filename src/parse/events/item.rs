//! A piece of a table's text, and what it is.

use std::borrow::Cow;
use std::ops::Range;

use crate::layout::label::Hit;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Label(Hit),
    Value,
    Empty,
    /// Digits that ran into a label ("规章000"): one run for several cells.
    Run,
    Unknown,
}

#[derive(Debug, Clone)]
pub(crate) struct Item<'a> {
    pub(crate) kind: Kind,
    pub(crate) text: Cow<'a, str>,
    pub(crate) range: Range<usize>,
    pub(crate) col: Option<u32>,
    /// The columns, in characters, of text laid out with spaces.
    pub(crate) x: Option<(u32, u32)>,
    pub(crate) line: usize,
    /// The text is the start of a label (it may go on on the next line).
    pub(crate) prefix: bool,
}
