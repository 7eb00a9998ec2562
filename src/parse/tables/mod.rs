//! The tables of parts 二, 三 and 四: row events (stage 2, [`super::events`]) are read into
//! rows, a label opening its row and the values after it being its values ([`rows`]); each
//! row's values go to a placement strategy (stage 3, [`place`]), and what is committed is
//! decided in one place (stage 4, [`settle`]).
//!
//! [`RowReader`] holds what reading a part needs from one row to the next, grouped by what
//! it serves: the headers' columns ([`Header`]), the order strategy's rows waiting to be
//! settled ([`Stream`]), values apart from their labels ([`Apart`]), and the evidence of
//! committed cells ([`Evidence`]).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use crate::catalogue::{
    ApplicantColumn, Edition, ProactiveColumn2019, ProactiveItem2019, ProactiveRow2019,
    ProactiveRow2021, RequestGroup, RequestRow, TableText,
};
use crate::findings::{Rule, quoted_en as en, quoted_zh as zh};
use crate::layout::label::{Hit, Label, normalize};
use crate::layout::{CellAddress, CellMut, RequestLine};
use crate::report::Report;
use crate::requests::{OtherHandling, OtherHandlingItems};

mod place;
mod rows;
mod settle;
pub(crate) mod solve;

use place::center;
use settle::row_total_proves;

use super::digits::readings_of;
use super::events::{self, Context, Item, Kind, switches};
use super::source::Line;
use super::value;
use super::{Placement, Sink, SpanKind};

/// Cells placed: each address with the text printed for it and where.
type Placed<'a> = Vec<(CellAddress, Cow<'a, str>, Range<usize>)>;

/// What a row of values fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Proactive(ProactiveRow2019),
    Request(RequestLine),
    Group(RequestGroup),
    Review,
    /// A row whose label names no row of the table.
    Unknown,
}

struct Open<'a> {
    target: Target,
    label: Range<usize>,
    /// The line the label is on.
    line: usize,
    values: Vec<Item<'a>>,
    /// The label as printed.
    name: Cow<'a, str>,
    /// A group's row marked 小计: its own row, printed even when every cell is blank.
    subtotal: bool,
}

/// A part 二 row's cells, in the order its header prints the columns when the header names
/// exactly the row's columns, else in the official order.
macro_rules! printed_columns {
    ($reader:expr, $row:expr, $label:ident, $address:ident) => {{
        let row = $row;
        let official = row.columns();
        let printed: Vec<_> = $reader
            .header
            .item_columns
            .iter()
            .filter_map(|l| match l {
                Label::$label(c) => Some(*c),
                _ => None,
            })
            .collect();
        let matches = !printed.is_empty()
            && printed.len() == official.len()
            && printed.iter().all(|c| official.contains(c));
        let columns = if matches { printed } else { official.to_vec() };
        columns
            .into_iter()
            .map(|c| CellAddress::$address(row, c))
            .collect()
    }};
}

/// A run of digits with several readings under its row's total.
struct Ambiguous {
    addresses: Vec<CellAddress>,
    readings: Vec<Vec<u64>>,
    /// For each reading, where each of its numbers was printed.
    sources: Vec<Vec<Range<usize>>>,
    /// Where each run of the row starts.
    starts: Vec<usize>,
    /// The digits as printed.
    text: String,
    range: Range<usize>,
    /// The row's pointer.
    pointer: String,
    /// The `parse.ambiguous_digits` message, in Chinese and English, for a row left raw.
    message: (String, String),
}

/// Reads the rows of a report's tables into the report, with their spans and findings.
pub(crate) struct RowReader<'s, 'i> {
    edition: Edition,
    report: &'s mut Report,
    sink: &'s mut Sink<'i>,
    context: Context,
    open: Option<Open<'i>>,
    /// Rows read, by what they fill.
    seen: Vec<Target>,
    /// The lines that held table material.
    table_lines: Vec<usize>,
    single_other_handling: Option<Placed<'i>>,
    tables_seen: [bool; 3],
    /// What the headers say.
    header: Header,
    /// The order strategy's state.
    stream: Stream<'i>,
    /// Values apart from their labels.
    apart: Apart<'i>,
    /// The evidence of committed cells.
    evidence: Evidence,
}

/// What the tables' headers say: the columns they print, in order, at their grid columns
/// or positions.
#[derive(Default)]
struct Header {
    item: Option<ProactiveItem2019>,
    item_columns: Vec<Label>,
    applicant_anchors: BTreeMap<u32, ApplicantColumn>,
    applicant_order: Vec<ApplicantColumn>,
    review_anchors: Vec<u32>,
    /// Centres of the header labels, where the form is text laid out with spaces.
    /// The columns each applicant header label spans, in laid-out text.
    applicant_x: Vec<((u32, u32), ApplicantColumn)>,
    /// Where the last request row with a value in every column put each value, since the
    /// header was last seen: laid-out text can set a header tighter than its values.
    full_row_x: Vec<(u32, ApplicantColumn)>,
    /// The columns each review outcome header spans, in laid-out text, in order.
    review_x: Vec<(u32, u32)>,
    column_x: Vec<(u32, Label)>,
    /// Grid columns of the part 二 header labels.
    column_col: Vec<u32>,
    /// The unit a 采购总金额 header prints ("（单位：万元）").
    amount_unit: Option<crate::money::MoneyUnit>,
}

/// The order strategy's state, for text that prints one cell a line (plain `pdftotext`,
/// Word dumps): rows read by count wait here until the tables are finished, and what the
/// text showed of its dropped blanks.
#[derive(Default)]
struct Stream<'i> {
    /// Rows read from values one a line, by count: set when the tables are finished, once it
    /// is known whether the text kept its cells in place. With the label's range, and for a
    /// part 二 row whether the row before or after it printed fewer values than cells.
    stream_rows: Vec<(Placed<'i>, Range<usize>, bool)>,
    /// By table (part 二, 三, 四): a row printed fewer values than cells (or more), with no
    /// blank marked, in text with no columns. The text dropped blank cells (or holds a
    /// column the reader did not see), and a row's values can come from another row. (A
    /// part 二 row, with no total to check, goes by `proactive_short` instead.)
    dropped_blanks: [bool; 3],
    /// The last part 二 row closed printed fewer values than cells, or none: the next row's
    /// values may be its (plain `pdftotext` prints labels together, then values).
    proactive_short: bool,
    /// The last part 二 row closed, when it was read by count from values one a line: its
    /// place in `stream_rows`, to doubt it when the row after it is short.
    last_proactive_stream: Option<usize>,
    /// The label of （六） printed as one row, when its values were placed by count from
    /// values one a line.
    single_from_stream: Option<Range<usize>>,
    /// The text marks blank cells (see [`super::source::Doc::blanks_marked`]).
    blanks_marked: bool,
    /// The text ends each cell with a delimiter (see [`super::source::Doc::cells_delimited`]).
    cells_delimited: bool,
}

/// Values printed apart from their labels: kept for the rows whose labels come later, and
/// grid value rows with no label of their own.
#[derive(Default)]
struct Apart<'i> {
    /// Values printed before their rows' labels: (row, its values, the pointer of the row
    /// they followed). See [`RowReader::defer_surplus`].
    deferred: Vec<(RequestRow, Vec<Item<'i>>, String)>,
    /// Request rows whose labels stood with no value after them.
    bare_rows: Vec<RequestRow>,
    /// Request rows of a grid whose values stood on their label's own line.
    grid_rows: Vec<RequestRow>,
    /// Request rows of a grid given values printed apart from their labels (a converter
    /// tore the labels out of their rows): placed by inference, settled at the end. See
    /// [`RowReader::settle_apart`].
    apart_values: Vec<Vec<Item<'i>>>,
}

/// What each committed cell rests on.
#[derive(Default)]
struct Evidence {
    /// Where the runs of digits with more than one reading start: their cells are raw.
    raw_runs: std::collections::BTreeSet<usize>,
    /// How the value starting at each byte was placed (see [`Placement`]).
    /// (The last entry for a byte wins: a split or an agreement said after the value was
    /// taken.)
    placements: Vec<(usize, Placement)>,
    /// The identities that proved the value starting at each byte, where identities did
    /// (the last entry for a byte wins).
    proofs: Vec<(usize, Vec<Rule>)>,
    /// Part 三 rows whose digits split more than one way under their totals, to settle by
    /// the columns' identities once the table is read.
    ambiguous: Vec<Ambiguous>,
}

impl<'s, 'i> RowReader<'s, 'i> {
    pub(crate) fn new(edition: Edition, report: &'s mut Report, sink: &'s mut Sink<'i>) -> Self {
        RowReader {
            edition,
            report,
            sink,
            context: Context::None,
            open: None,
            seen: Vec::new(),
            table_lines: Vec::new(),
            single_other_handling: None,
            tables_seen: [false; 3],
            header: Header::default(),
            stream: Stream::default(),
            apart: Apart::default(),
            evidence: Evidence::default(),
        }
    }

    /// Tells the reader what the text's form marks: blank cells (a Word dump's tab-only
    /// lines), and each cell's end (" |" after every cell).
    pub(crate) fn set_form(&mut self, blanks_marked: bool, cells_delimited: bool) {
        self.stream.blanks_marked = blanks_marked;
        self.stream.cells_delimited = cells_delimited;
    }

    /// Reads the lines of one part (`index` is the index of the first line in the document).
    /// Reads the table of `part` from its lines; stops with [`ParseError::Cancelled`] when
    /// `cancel` says so.
    ///
    /// [`ParseError::Cancelled`]: crate::parse::ParseError::Cancelled
    pub(crate) fn read(
        &mut self,
        lines: &[Line<'i>],
        first: usize,
        part: crate::catalogue::Part,
        cancel: &crate::parse::cancel::Cancel,
    ) -> Result<(), crate::parse::ParseError> {
        use crate::catalogue::Part;
        self.close();
        self.context = match part {
            Part::Proactive => Context::Proactive,
            Part::Requests => Context::Requests,
            Part::ReviewLitigation => Context::Review,
            _ => Context::None,
        };
        if self.context == Context::Review {
            self.start_review();
        }
        let items = events::items(lines, first, self.context);
        let mut poll = cancel.poll(256);
        for item in items {
            poll.step()?;
            self.take(item);
        }
        self.close();
        self.report_deferred();
        Ok(())
    }

    /// The pointer of the part whose table is being read.
    fn part_pointer(&self) -> Option<String> {
        use crate::catalogue::Part;
        let part = match self.context {
            Context::Proactive => Part::Proactive,
            Context::Requests => Part::Requests,
            Context::Review => Part::ReviewLitigation,
            Context::None => return None,
        };
        Some(format!("/{}", part.id()))
    }

    fn take(&mut self, item: Item<'i>) {
        match &item.kind {
            Kind::Label(hit) => {
                self.table_lines.push(item.line);
                if hit.misprint {
                    self.sink.finding_at(
                        Rule::ParseLabelMisprint,
                        None,
                        &item.range,
                        format!("「{}」按「{}」读取", zh(&item.text), hit.label.text()),
                        format!(
                            "{:?} was read as the label {:?}",
                            en(&item.text),
                            hit.label.text()
                        ),
                    );
                }
                self.label(*hit, item);
            }
            Kind::Value | Kind::Empty | Kind::Run => {
                if item.kind != Kind::Empty {
                    self.table_lines.push(item.line);
                    let stream = self.stream.cells_delimited || self.stream.blanks_marked;
                    let how = match (item.x, item.col) {
                        (Some(_), _) => Placement::Position,
                        (None, Some(_)) if !stream => Placement::Grid,
                        _ => Placement::Order,
                    };
                    self.evidence.placements.push((item.range.start, how));
                }
                match &mut self.open {
                    Some(open) => open.values.push(item),
                    None if item.kind != Kind::Empty && self.context != Context::None => {
                        self.outside_cell(&item);
                    }
                    None => {}
                }
            }
            Kind::Unknown => {
                let chars = item.text.chars().count();
                if chars <= 2 {
                    // A character of a label printed down the margin, or other furniture.
                    return;
                }
                let looks_like_row = matches!(self.context, Context::Proactive | Context::Requests)
                    && chars <= 40
                    && !item.text.contains('。')
                    && item.text.chars().any(crate::layout::label::is_han);
                let in_open_row =
                    self.open.as_ref().is_some_and(|o| {
                        matches!(o.target, Target::Proactive(_) | Target::Request(_))
                    }) && self.table_lines.last() == Some(&item.line);
                if in_open_row && !looks_like_row {
                    // Text in a row that is neither a value nor a label: said, not dropped.
                    self.outside_cell(&item);
                } else if looks_like_row {
                    // Its values, if any follow, are reported when the row closes.
                    self.close();
                    self.open = Some(Open {
                        target: Target::Unknown,
                        label: item.range.clone(),
                        line: item.line,
                        values: Vec::new(),
                        name: item.text,
                        subtotal: false,
                    });
                } else if self.context == Context::Review {
                    // Headers printed one character a line and other furniture: not cells.
                } else if self.open.as_ref().is_some_and(|o| !o.values.is_empty()) {
                    self.close();
                }
            }
        }
    }

    /// Reports text that stands in no cell (`parse.value_outside_cell`); it is not read.
    fn outside_cell(&mut self, item: &Item<'_>) {
        let part = self.part_pointer();
        self.sink.finding_at(
            Rule::ParseValueOutsideCell,
            part,
            &item.range,
            format!("「{}」不在任何单元格内，未读取", zh(&item.text)),
            format!(
                "{:?} stands outside any cell and was not read",
                en(&item.text)
            ),
        );
    }

    fn columns(&self, target: Target) -> Vec<CellAddress> {
        match target {
            Target::Proactive(row) => match self.edition {
                Edition::Format2021 => match ProactiveRow2021::from_id(row.id()) {
                    Some(row) => printed_columns!(self, row, Column2021, Proactive2021),
                    None => Vec::new(),
                },
                _ => printed_columns!(self, row, Column2019, Proactive2019),
            },
            Target::Request(line) => self
                .applicant_columns()
                .into_iter()
                .map(|c| CellAddress::Requests(line, c))
                .collect(),
            Target::Group(group) => {
                let line = if group == RequestGroup::OtherHandling {
                    RequestLine::OtherHandlingSingle
                } else {
                    RequestLine::Subtotal(group)
                };
                self.columns(Target::Request(line))
            }
            Target::Unknown => Vec::new(),
            Target::Review => CellAddress::review().collect(),
        }
    }

    /// The applicant columns in the order the header prints them (the national order when the
    /// header is missing or unusual).
    fn applicant_columns(&self) -> Vec<ApplicantColumn> {
        let printed = &self.header.applicant_order;
        let national = ApplicantColumn::NATIONAL;
        if national.iter().all(|c| printed.contains(c)) {
            let mut out = vec![ApplicantColumn::NaturalPerson];
            out.extend(printed.iter().copied().filter(|c| {
                ApplicantColumn::ORGANIZATIONS.contains(c)
                    || *c == ApplicantColumn::OrganizationSubtotal
            }));
            out.push(ApplicantColumn::Total);
            out
        } else {
            national.to_vec()
        }
    }

    fn stray_cell(&mut self, pointer: &str, stray: &Item<'_>) {
        self.sink.finding_at(
            Rule::ParseStrayCell,
            Some(pointer.to_owned()),
            &stray.range,
            format!(
                "本行多出的单元格「{}」不属于表格的任何列，未读取",
                zh(&stray.text)
            ),
            format!(
                "the extra cell {:?} in this row is in no column of the table and was not read",
                en(&stray.text)
            ),
        );
    }

    fn set(&mut self, at: CellAddress, text: &str, range: &Range<usize>) {
        if self.report.cell(at).is_none() {
            self.materialize(at);
        }
        let Some(cell) = self.report.cell_mut(at) else {
            return;
        };
        if !text.is_empty() && self.evidence.raw_runs.contains(&range.start) {
            use crate::cell::Cell::Raw;
            match cell {
                CellMut::Count(c) => *c = Raw(text.to_owned()),
                CellMut::Change(c) => *c = Raw(text.to_owned()),
                CellMut::Fee(c) => *c = Raw(text.to_owned()),
                CellMut::Amount(c) => *c = Raw(text.to_owned()),
            }
            let how = self.how(range);
            self.sink.cell(at.pointer(), range, how, &[]);
            return;
        }
        match cell {
            CellMut::Count(c) => *c = value::count(text),
            CellMut::Change(c) => *c = value::change(text),
            CellMut::Fee(c) => *c = value::fee(text),
            CellMut::Amount(c) => {
                let (cell, unit) = value::amount(text);
                // The unit the value prints, else the one its header prints.
                let unit = unit.or(self.header.amount_unit);
                *c = cell;
                if let (Report::Format2019(r), Some(unit)) = (&mut *self.report, unit) {
                    r.proactive.procurement.unit = Some(unit);
                }
            }
        }
        if !text.is_empty() {
            let how = self.how(range);
            let proof = self
                .evidence
                .proofs
                .iter()
                .rev()
                .find(|(start, _)| *start == range.start)
                .map_or(&[][..], |(_, rules)| rules.as_slice());
            self.sink.cell(at.pointer(), range, how, proof);
        }
    }

    /// How the value at a range was placed.
    fn how(&self, range: &Range<usize>) -> Placement {
        // Values are set soon after they are taken: the search from the end is short.
        self.evidence
            .placements
            .iter()
            .rev()
            .find(|(at, _)| *at == range.start)
            .map_or(Placement::Order, |(_, how)| *how)
    }

    /// Makes room for a cell of a row or column that only some layouts print: a group's
    /// subtotal row, the 法人或其他组织 subtotal column.
    fn materialize(&mut self, at: CellAddress) {
        use crate::requests::ApplicantRow;
        let CellAddress::Requests(line, column) = at else {
            return;
        };
        let requests = match &mut *self.report {
            Report::Format2021(r) => &mut r.requests,
            Report::Format2019(r) => &mut r.requests,
            Report::Regulation2008(_) => return,
        };
        let o = &mut requests.outcomes;
        // A row of （六） itemized, in a report whose edition prints it as one row: the table
        // prints it itemized, and so it is held (the validator's `edition.layout` says so). The
        // one row's own cells are only set when the table is finished.
        if let RequestLine::Row(row) = line {
            if row.group() == Some(RequestGroup::OtherHandling)
                && matches!(o.other_handling, OtherHandling::SingleRow(_))
            {
                o.other_handling = OtherHandling::Itemized(OtherHandlingItems::from_rows(
                    std::array::from_fn(|_| ApplicantRow::filled(crate::cell::Cell::Blank)),
                ));
            }
        }
        if let RequestLine::Subtotal(group) = line {
            let slot = match group {
                RequestGroup::Withheld => &mut o.withheld.subtotal,
                RequestGroup::Unavailable => &mut o.unavailable.subtotal,
                RequestGroup::NotProcessed => &mut o.not_processed.subtotal,
                RequestGroup::OtherHandling => match &mut o.other_handling {
                    OtherHandling::Itemized(items) => &mut items.subtotal,
                    OtherHandling::SingleRow(_) => return,
                },
                RequestGroup::Outcomes => return,
            };
            if slot.is_none() {
                *slot = Some(ApplicantRow::filled(crate::cell::Cell::Blank));
            }
        }
        if column == ApplicantColumn::OrganizationSubtotal {
            if let Some(row) = line.row_mut(requests) {
                if row.organization_subtotal.is_none() {
                    row.organization_subtotal = Some(crate::cell::Cell::Blank);
                }
            }
        }
    }

    /// Settles （六）其他处理 and reports the rows and tables not found.
    pub(crate) fn finish(mut self) -> Vec<usize> {
        self.close();
        self.settle_apart();
        let itemized_seen = self.seen.iter().any(|t| {
            matches!(t, Target::Request(RequestLine::Row(r)) if r.group() == Some(RequestGroup::OtherHandling))
        });
        if let Some(mut single) = self.single_other_handling.take() {
            if let Some(label) = self.stream.single_from_stream.take() {
                if self.stream.dropped_blanks[1]
                    && single.iter().any(|(_, text, _)| !text.is_empty())
                    && !row_total_proves(&single)
                {
                    self.report_unplaced(&single, &label, None);
                    for cell in &mut single {
                        cell.1 = Cow::Borrowed("");
                    }
                }
            }
            let requests = match &mut *self.report {
                Report::Format2021(r) => Some(&mut r.requests),
                Report::Format2019(r) => Some(&mut r.requests),
                Report::Regulation2008(_) => None,
            };
            if let Some(requests) = requests {
                if itemized_seen {
                    if let OtherHandling::SingleRow(_) = requests.outcomes.other_handling {
                        requests.outcomes.other_handling = OtherHandling::Itemized(
                            OtherHandlingItems::from_rows(std::array::from_fn(|_| {
                                crate::requests::ApplicantRow::filled(crate::cell::Cell::Blank)
                            })),
                        );
                    }
                    if let OtherHandling::Itemized(items) = &mut requests.outcomes.other_handling {
                        items.subtotal = Some(crate::requests::ApplicantRow::filled(
                            crate::cell::Cell::Blank,
                        ));
                    }
                    for (at, text, range) in single {
                        if let CellAddress::Requests(_, c) = at {
                            self.set(
                                CellAddress::Requests(
                                    RequestLine::Subtotal(RequestGroup::OtherHandling),
                                    c,
                                ),
                                &text,
                                &range,
                            );
                        }
                    }
                } else {
                    requests.outcomes.other_handling = OtherHandling::SingleRow(
                        crate::requests::ApplicantRow::filled(crate::cell::Cell::Blank),
                    );
                    for (at, text, range) in single {
                        self.set(at, &text, &range);
                    }
                }
            }
        }
        self.settle_stream_rows();
        self.settle_runs_by_columns();
        // A table that prints the subtotal column has it in every row, blank where a row's
        // cells could not be placed: as a report read from JSON holds it.
        self.report.complete();
        self.report_missing();
        self.table_lines.sort_unstable();
        self.table_lines.dedup();
        self.table_lines
    }
}

/// The table a cell is in: part 二, part 三 or part 四.
fn table_of(at: CellAddress) -> usize {
    match at {
        CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..) => 0,
        CellAddress::Requests(..) => 1,
        CellAddress::Review(..) => 2,
    }
}

fn pointer_of_row(at: CellAddress) -> String {
    at.row_pointer()
}

fn edition_zh(edition: Edition) -> &'static str {
    match edition {
        Edition::Format2019 => "2019年",
        Edition::Format2021 => "2021年",
        _ => "2008年",
    }
}
