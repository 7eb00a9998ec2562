//! Where each cell of a spanned table lands, and the same table flattened for formats without
//! spans.

use std::borrow::Cow;

use super::document::{CellKind, Row, RowKind, Table, TableCell, ValueState};

/// The cell covering each slot of a run of rows: `slots[r][c]` is `(row, index)` of the cell.
pub(crate) struct Grid {
    pub slots: Vec<Vec<Option<(usize, usize)>>>,
}

impl Grid {
    /// Places the cells of `rows` (a run of rows no span crosses out of) in `columns` columns,
    /// as an HTML table places them: each cell takes the first free slot of its row. Spans
    /// past the edge are cut at the edge.
    pub(crate) fn new(rows: &[Row<'_>], columns: usize) -> Grid {
        let mut slots = vec![vec![None; columns]; rows.len()];
        for (r, row) in rows.iter().enumerate() {
            let mut c = 0;
            for (i, cell) in row.cells.iter().enumerate() {
                while c < columns && slots[r][c].is_some() {
                    c += 1;
                }
                let bottom = (r + cell.rowspan.max(1)).min(rows.len());
                let right = (c + cell.colspan.max(1)).min(columns);
                for line in &mut slots[r..bottom] {
                    for slot in &mut line[c..right] {
                        *slot = Some((r, i));
                    }
                }
                c = right;
            }
        }
        Grid { slots }
    }

    /// The cell at `(row, column)`, when that slot is the cell's top-left corner.
    pub(crate) fn origin(&self, row: usize, column: usize) -> Option<(usize, usize)> {
        let (r, i) = self.slots[row][column]?;
        let first = self.slots[row].iter().position(|s| *s == Some((r, i)))?;
        (r == row && first == column).then_some((r, i))
    }
}

/// One stretch of a table with its own column headers: the whole table, or for part 二 one
/// item of 第二十条 with its section title.
pub(crate) struct Segment<'t, 'a> {
    pub section: Option<&'t TableCell<'a>>,
    pub rows: &'t [Row<'a>],
}

/// Splits a table at its section rows.
pub(crate) fn segments<'t, 'a>(table: &'t Table<'a>) -> Vec<Segment<'t, 'a>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut section = None;
    for (i, row) in table.rows.iter().enumerate() {
        if row.kind == RowKind::Section {
            if i > start {
                out.push(Segment {
                    section,
                    rows: &table.rows[start..i],
                });
            }
            section = row.cells.first();
            start = i + 1;
        }
    }
    if start < table.rows.len() {
        out.push(Segment {
            section,
            rows: &table.rows[start..],
        });
    }
    out
}

/// A stretch of a table without spans: one header row and body rows of the same width.
pub(crate) struct Flat<'t, 'a> {
    pub header: Vec<Cow<'t, str>>,
    /// Whether each column holds values (right-aligned) rather than labels.
    pub numeric: Vec<bool>,
    pub body: Vec<Vec<Cow<'t, str>>>,
    #[doc(hidden)]
    pub _cells: std::marker::PhantomData<&'t TableCell<'a>>,
}

/// Flattens a segment: the label columns become one column whose text is the path of the
/// labels ("三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密"); value columns always covered
/// by one cell together become one column; a column header is the path of the headers above
/// it, leaving out a header over every value column, which says nothing about any one.
pub(crate) fn flatten<'t, 'a>(
    segment: &Segment<'t, 'a>,
    columns: usize,
    label_columns: usize,
) -> Flat<'t, 'a> {
    let rows = segment.rows;
    let grid = Grid::new(rows, columns);
    let cell = |(r, i): (usize, usize)| &rows[r].cells[i];
    let header_rows = rows
        .iter()
        .take_while(|r| r.kind == RowKind::Header)
        .count();

    // value columns: start a new logical column where some row's covering cell changes
    let mut starts = Vec::new();
    for c in label_columns..columns {
        let joined = c > label_columns && grid.slots.iter().all(|line| line[c] == line[c - 1]);
        if !joined {
            starts.push(c);
        }
    }
    let value_columns = columns - label_columns;
    let spans_all = |at: (usize, usize)| {
        let covered = grid.slots[at.0]
            .iter()
            .skip(label_columns)
            .filter(|s| **s == Some(at))
            .count();
        starts.len() > 1 && covered == value_columns
    };
    // the distinct cells over a run of slots, in order
    let path = |slots: &mut dyn Iterator<Item = Option<(usize, usize)>>, skip_all: bool| {
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for at in slots.flatten() {
            if seen.last() != Some(&at) && !(skip_all && spans_all(at)) {
                seen.push(at);
            }
        }
        seen
    };
    let join = |cells: Vec<(usize, usize)>| -> Cow<'t, str> {
        let texts: Vec<&str> = cells
            .into_iter()
            .map(|at| cell(at).text.as_ref())
            .filter(|t| !t.is_empty())
            .collect();
        match texts.as_slice() {
            [] => Cow::Borrowed(""),
            [one] => Cow::Borrowed(*one),
            many => Cow::Owned(many.join(" › ")),
        }
    };

    let mut header = Vec::new();
    let mut numeric = Vec::new();
    if label_columns > 0 {
        let mut slots = grid.slots[..header_rows]
            .iter()
            .flat_map(|line| line[..label_columns].iter().copied());
        header.push(join(path(&mut slots, false)));
        numeric.push(false);
    }
    for &start in &starts {
        let mut slots = grid.slots[..header_rows].iter().map(|line| line[start]);
        header.push(join(path(&mut slots, true)));
        // a column of text the model holds reads left to right; numbers align right
        let text = grid.slots[header_rows..].iter().any(|line| {
            line[start].is_some_and(|at| {
                matches!(
                    cell(at).kind,
                    CellKind::Value {
                        state: ValueState::Text,
                        ..
                    }
                )
            })
        });
        numeric.push(!text);
    }

    let mut body = Vec::new();
    for line in &grid.slots[header_rows..] {
        let mut texts = Vec::new();
        if label_columns > 0 {
            let mut slots = line[..label_columns].iter().copied();
            texts.push(join(path(&mut slots, false)));
        }
        for &start in &starts {
            texts.push(match line[start] {
                Some(at) => Cow::Borrowed(cell(at).text.as_ref()),
                None => Cow::Borrowed(""),
            });
        }
        body.push(texts);
    }
    Flat {
        header,
        numeric,
        body,
        _cells: std::marker::PhantomData,
    }
}
