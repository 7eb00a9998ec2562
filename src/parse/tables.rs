//! The one matcher: lines of cells, in any form, into the cells of the report's tables,
//! driven by the label matcher and the layout.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::catalogue::{
    ApplicantColumn, Edition, ProactiveColumn2019, ProactiveItem2019, ProactiveRow2019,
    ProactiveRow2021, RequestGroup, RequestRow, TableText,
};
use crate::findings::{Rule, quoted_en as en, quoted_zh as zh};
use crate::layout::label::{Hit, Label, normalize};
use crate::layout::{CellAddress, CellMut, CellRef, RequestLine};
use crate::report::Report;
use crate::requests::{OtherHandling, OtherHandlingItems};

use super::digits::readings;
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

pub(crate) struct TableReader<'s, 'i> {
    edition: Edition,
    report: &'s mut Report,
    sink: &'s mut Sink<'i>,
    context: Context,
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
    open: Option<Open<'i>>,
    /// Rows read, by what they fill.
    seen: Vec<Target>,
    /// The lines that held table material.
    table_lines: Vec<usize>,
    single_other_handling: Option<Placed<'i>>,
    /// Values printed before their rows' labels: (row, its values, the pointer of the row
    /// they followed). See [`TableReader::defer_surplus`].
    deferred: Vec<(RequestRow, Vec<Item<'i>>, String)>,
    /// Request rows whose labels stood with no value after them.
    bare_rows: Vec<RequestRow>,
    /// Request rows of a grid whose values stood on their label's own line.
    grid_rows: Vec<RequestRow>,
    /// Request rows of a grid given values printed apart from their labels (a converter
    /// tore the labels out of their rows): placed by inference, settled at the end. See
    /// [`TableReader::settle_apart`].
    apart_values: Vec<Vec<Item<'i>>>,
    /// Where the runs of digits with more than one reading start: their cells are raw.
    raw_runs: Vec<usize>,
    /// How the value starting at each byte was placed (see [`Placement`]).
    placements: HashMap<usize, Placement>,
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
    pub(crate) blanks_marked: bool,
    /// The text ends each cell with a delimiter (see [`super::source::Doc::cells_delimited`]).
    pub(crate) cells_delimited: bool,
    tables_seen: [bool; 3],
    /// The unit a 采购总金额 header prints ("（单位：万元）").
    amount_unit: Option<crate::money::MoneyUnit>,
}

impl<'s, 'i> TableReader<'s, 'i> {
    pub(crate) fn new(edition: Edition, report: &'s mut Report, sink: &'s mut Sink<'i>) -> Self {
        TableReader {
            edition,
            report,
            sink,
            context: Context::None,
            item: None,
            item_columns: Vec::new(),
            applicant_anchors: BTreeMap::new(),
            applicant_order: Vec::new(),
            review_anchors: Vec::new(),
            applicant_x: Vec::new(),
            full_row_x: Vec::new(),
            review_x: Vec::new(),
            column_x: Vec::new(),
            column_col: Vec::new(),
            open: None,
            seen: Vec::new(),
            table_lines: Vec::new(),
            single_other_handling: None,
            deferred: Vec::new(),
            bare_rows: Vec::new(),
            grid_rows: Vec::new(),
            apart_values: Vec::new(),
            raw_runs: Vec::new(),
            placements: HashMap::new(),
            stream_rows: Vec::new(),
            dropped_blanks: [false; 3],
            proactive_short: false,
            last_proactive_stream: None,
            single_from_stream: None,
            blanks_marked: false,
            cells_delimited: false,
            tables_seen: [false; 3],
            amount_unit: None,
        }
    }

    /// Reads the lines of one part (`index` is the index of the first line in the document).
    pub(crate) fn read(&mut self, lines: &[Line<'i>], first: usize, part: crate::catalogue::Part) {
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
        for item in items {
            self.take(item);
        }
        self.close();
        self.report_deferred();
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
                    let stream = self.cells_delimited || self.blanks_marked;
                    let how = match (item.x, item.col) {
                        (Some(_), _) => Placement::Position,
                        (None, Some(_)) if !stream => Placement::Grid,
                        _ => Placement::Order,
                    };
                    self.placements.entry(item.range.start).or_insert(how);
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

    fn label(&mut self, hit: Hit, item: Item<'i>) {
        let label = hit.label;
        if let Some(context) = switches(label) {
            if context != self.context {
                self.close();
                self.context = context;
                if context == Context::Review {
                    self.start_review();
                }
            }
        }
        self.sink.span(None, SpanKind::Label, &item.range);
        match label {
            Label::Item(item_label) => {
                self.close();
                self.item = Some(item_label);
                self.item_columns.clear();
                self.tables_seen[0] = true;
            }
            Label::Column2021(_) | Label::Column2019(_) => {
                self.close_if_filled();
                if let Some(x) = item.x {
                    if self.item_columns.is_empty() {
                        self.column_x.clear();
                    }
                    self.column_x.push((center(x), label));
                }
                if let Some(col) = item.col {
                    if self.item_columns.is_empty() {
                        self.column_col.clear();
                    }
                    self.column_col.push(col);
                }
                if label == Label::Column2019(ProactiveColumn2019::TotalAmount) {
                    self.amount_unit = value::strip_unit(
                        normalize(&item.text)
                            .trim_end_matches(')')
                            .trim_end_matches('）'),
                    )
                    .1;
                }
                self.item_columns.push(label);
            }
            Label::Text(TableText::InformationContent) => {
                self.close_if_filled();
                self.item_columns.clear();
                self.column_x.clear();
                self.column_col.clear();
            }
            Label::ProactiveRow(row) => {
                self.open(Target::Proactive(row), item.range, item.line);
                self.tables_seen[0] = true;
            }
            Label::RequestRow(row) => {
                self.open(
                    Target::Request(RequestLine::Row(row)),
                    item.range,
                    item.line,
                );
                self.tables_seen[1] = true;
            }
            Label::RequestGroup(RequestGroup::Outcomes) => self.close(),
            Label::RequestGroup(group) => {
                self.open(Target::Group(group), item.range, item.line);
                self.tables_seen[1] = true;
            }
            Label::ApplicantColumn(column) => {
                self.close_if_filled();
                if let Some(x) = item.x {
                    self.applicant_x.retain(|(_, c)| *c != column);
                    self.applicant_x.push((x, column));
                    self.full_row_x.clear();
                }
                if let Some(col) = item.col {
                    self.applicant_anchors.insert(col, column);
                }
                if !self.applicant_order.contains(&column) {
                    self.applicant_order.push(column);
                }
                self.tables_seen[1] = true;
            }
            Label::Text(TableText::Subtotal) if self.context == Context::Requests => {
                if let Some(open) = self.open.as_mut().filter(|o| o.values.is_empty()) {
                    // "（三）不予公开 小计": the group's own row follows.
                    open.subtotal = true;
                    return;
                }
                self.close();
                if let Some(col) = item.col {
                    self.applicant_anchors
                        .insert(col, ApplicantColumn::OrganizationSubtotal);
                }
                if let Some(x) = item.x {
                    let c = ApplicantColumn::OrganizationSubtotal;
                    self.applicant_x.retain(|(_, k)| *k != c);
                    self.applicant_x.push((x, c));
                    self.full_row_x.clear();
                }
                if !self
                    .applicant_order
                    .contains(&ApplicantColumn::OrganizationSubtotal)
                {
                    self.applicant_order
                        .push(ApplicantColumn::OrganizationSubtotal);
                }
            }
            Label::Text(TableText::Litigation) | Label::ReviewBlock(_) => {
                self.tables_seen[2] = true;
                if self.review_x.len() >= 15 {
                    self.review_x.clear();
                }
                if let Some(open) = &mut self.open {
                    if open.target == Target::Review
                        && open.values.iter().all(|v| v.kind == Kind::Empty)
                    {
                        open.values.clear();
                    }
                }
                self.start_review();
            }
            Label::Text(TableText::BalanceNote | TableText::ApplicantSituation) => {
                self.close_if_filled();
                self.applicant_x.clear();
                self.full_row_x.clear();
            }
            Label::Text(_) => self.close_if_filled(),
            Label::ReviewOutcome(_) => {
                self.tables_seen[2] = true;
                if let Some(open) = &mut self.open {
                    if open.target == Target::Review
                        && open.values.iter().all(|v| v.kind == Kind::Empty)
                    {
                        open.values.clear();
                    }
                }
                if let Some(col) = item.col {
                    self.review_anchors.push(col);
                }
                if let Some(x) = item.x {
                    if self.review_x.len() >= 15 {
                        self.review_x.clear();
                    }
                    self.review_x.push(x);
                }
                self.start_review();
            }
            Label::Part(_) => self.close(),
        }
    }

    /// Closes the open row if it has values; a header label printed between a row label and
    /// its values (plain `pdftotext` prints 信息内容 after 规章) leaves it open.
    fn close_if_filled(&mut self) {
        if self
            .open
            .as_ref()
            .is_some_and(|o| o.values.iter().any(|v| v.kind != Kind::Empty))
        {
            self.close();
        }
    }

    fn start_review(&mut self) {
        if self
            .open
            .as_ref()
            .is_some_and(|o| o.target == Target::Review)
        {
            return;
        }
        self.close();
        self.open = Some(Open {
            target: Target::Review,
            label: 0..0,
            line: usize::MAX,
            values: Vec::new(),
            name: Cow::Borrowed(""),
            subtotal: false,
        });
    }

    fn open(&mut self, target: Target, label: Range<usize>, line: usize) {
        self.close();
        self.open = Some(Open {
            target,
            label,
            line,
            values: Vec::with_capacity(8),
            name: Cow::Borrowed(""),
            subtotal: false,
        });
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
        let printed = &self.applicant_order;
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

    fn close(&mut self) {
        let Some(mut open) = self.open.take() else {
            return;
        };
        let mut target = open.target;
        if target == Target::Unknown {
            let printed: Vec<&str> = open
                .values
                .iter()
                .filter(|v| v.kind != Kind::Empty)
                .map(|v| v.text.as_ref())
                .collect();
            if !printed.is_empty() {
                let part = self.part_pointer();
                self.sink.finding_at(
                    Rule::ParseUnknownRow,
                    part,
                    &open.label,
                    format!(
                        "「{}」不是本表的行，其后的数值（{}）未读取",
                        zh(&open.name),
                        zh(&printed.join("、"))
                    ),
                    format!(
                        "{:?} is not a row of this table; the values after it ({}) were not read",
                        en(&open.name),
                        en(&printed.join(", "))
                    ),
                );
            }
            return;
        }
        if let Target::Group(group) = target {
            if !open.subtotal && open.values.iter().all(|v| v.kind == Kind::Empty) {
                return; // a group header with no cells of its own
            }
            if group == RequestGroup::OtherHandling {
                target = Target::Request(RequestLine::OtherHandlingSingle);
            } else {
                target = Target::Request(RequestLine::Subtotal(group));
            }
        }
        if target == Target::Review && open.values.iter().all(|v| v.kind == Kind::Empty) {
            return;
        }
        let addresses = self.columns(target);
        if addresses.is_empty() {
            if let Target::Proactive(row) = target {
                self.sink.finding_at(
                    Rule::ParseUnknownRow,
                    None,
                    &open.label,
                    format!(
                        "「{}」不是{}格式第二部分的行，其数值未读取",
                        row.label(),
                        edition_zh(self.edition)
                    ),
                    format!(
                        "{:?} is not a part 二 row of the {} format; its values were not read",
                        row.label(),
                        self.edition.id()
                    ),
                );
            }
            return;
        }
        self.sink.span(
            Some(pointer_of_row(addresses[0])),
            SpanKind::Label,
            &open.label,
        );
        if let Target::Request(RequestLine::Row(row)) = target {
            // A grid row: its values stand in the grid's columns. Those on the label's own
            // line are the row's; a line of values with no label is the values of some row
            // whose label the text tore away, and only their order says which: they are
            // settled at the end (see `settle_apart`).
            let printed = || open.values.iter().filter(|v| v.kind != Kind::Empty);
            // A form of one cell a line is a stream, not a grid: its rows go by count.
            let stream = self.cells_delimited
                || self.blanks_marked
                || printed().all(|v| printed().filter(|w| w.line == v.line).count() < 2);
            if !stream && printed().any(|v| v.col.is_some()) {
                let (own, apart): (Vec<Item<'i>>, Vec<Item<'i>>) = std::mem::take(&mut open.values)
                    .into_iter()
                    .partition(|v| v.line == open.line);
                let mut lines: Vec<Vec<Item<'i>>> = Vec::new();
                for v in apart {
                    match lines.last_mut() {
                        Some(l) if l[0].line == v.line => l.push(v),
                        _ => lines.push(vec![v]),
                    }
                }
                self.apart_values.extend(lines);
                open.values = own;
                if open.values.iter().all(|v| v.kind == Kind::Empty) {
                    self.seen.push(target);
                    return;
                }
                self.grid_rows.push(row);
            }
        }
        if let Target::Request(RequestLine::Row(row)) = target {
            if open.values.is_empty() {
                self.bare_rows.push(row);
            }
            let deferred = self.deferred.iter().position(|(r, ..)| *r == row);
            match deferred {
                // The row's label, printed apart from its values: they were kept for it. A
                // label with cells of its own, even blank ones (a tab-only line in a Word
                // dump), keeps what it shows.
                Some(i) if open.values.is_empty() => {
                    open.values = self.deferred.remove(i).1;
                }
                Some(_) => {}
                None => self.defer_surplus(row, &mut open, &addresses),
            }
        }
        let assigned = self.assign(&open, &addresses);
        self.note_full_row(&open, &addresses);
        let pending_single = target == Target::Request(RequestLine::OtherHandlingSingle);
        // Values with neither a grid column nor a position: their count is all that places
        // them.
        let printed: Vec<&Item<'i>> = open
            .values
            .iter()
            .filter(|v| v.kind != Kind::Empty)
            .collect();
        let by_count = matches!(
            target,
            Target::Request(_) | Target::Review | Target::Proactive(_)
        ) && !printed.is_empty()
            && printed.iter().all(|v| v.col.is_none() && v.x.is_none());
        // Fewer values than cells, none marked blank: the text dropped blank cells. More:
        // it holds cells the reader has no column for (a subtotal column it did not see).
        // Either way a count of values is no proof of whose they are.
        if by_count
            && printed.len() != addresses.len()
            && open.values.iter().all(|v| v.kind != Kind::Empty)
        {
            self.dropped_blanks[table_of(addresses[0])] = true;
        }
        let over_lines = printed.iter().any(|v| v.line != printed[0].line);
        let short_before = self.proactive_short && !self.cells_delimited;
        let proactive_row = matches!(target, Target::Proactive(_));
        if proactive_row {
            self.proactive_short = printed.len() < addresses.len();
            // A short row doubts the row before it too: plain `pdftotext` can print a row's
            // values after the label of the row before ("规章 … 5081 603 60854 行政规范性文件").
            let before = self.last_proactive_stream.take();
            if self.proactive_short && !self.cells_delimited {
                if let Some(row) = before.and_then(|i| self.stream_rows.get_mut(i)) {
                    row.2 = true;
                }
            }
        }
        if by_count
            && over_lines
            && !pending_single
            && assigned.iter().any(|(_, t, _)| !t.is_empty())
        {
            let after_short = proactive_row && short_before;
            if proactive_row {
                self.last_proactive_stream = Some(self.stream_rows.len());
            }
            self.stream_rows
                .push((assigned, open.label.clone(), after_short));
        } else if pending_single {
            self.single_from_stream = (by_count && over_lines).then(|| open.label.clone());
            self.single_other_handling = Some(assigned);
        } else {
            for (at, text, range) in assigned {
                self.set(at, &text, &range);
            }
        }
        self.seen.push(target);
    }

    /// Plain `pdftotext` can print the labels of rows that share a line with their group's
    /// label after the table ("（三）不予公开 4.保护第三方合法权益"), while their values stay
    /// in place, after the row before them. When a row closes with exactly k more whole rows
    /// of values, and the k rows that follow it in the table were not read, the surplus is
    /// kept for them, a row's worth each, in the table's order. Each takes its values only
    /// when its own label turns up later with no values of its own; whatever is not taken by
    /// the end of the part is reported as stray cells, as it would be without this.
    fn defer_surplus(&mut self, row: RequestRow, open: &mut Open<'i>, addresses: &[CellAddress]) {
        let n = addresses.len();
        let values = &open.values;
        if n == 0
            || values.len() <= n
            || values.len() % n != 0
            || values.iter().any(|v| v.kind != Kind::Value)
        {
            return;
        }
        let Some(from) = RequestRow::ALL.iter().position(|x| *x == row) else {
            return;
        };
        // The row before stood with no values: the surplus may as well be its values, and
        // the row's own those of the row after it. Which, the text does not tell.
        if from
            .checked_sub(1)
            .is_some_and(|before| self.bare_rows.contains(&RequestRow::ALL[before]))
        {
            return;
        }
        let Some(following) = RequestRow::ALL.get(from + 1..from + values.len() / n) else {
            return;
        };
        if following.iter().any(|r| {
            self.seen.contains(&Target::Request(RequestLine::Row(*r)))
                || self.deferred.iter().any(|(d, ..)| d == r)
        }) {
            return;
        }
        let pointer = pointer_of_row(addresses[0]);
        let mut surplus = open.values.split_off(n).into_iter();
        for r in following {
            let chunk: Vec<Item<'i>> = surplus.by_ref().take(n).collect();
            self.deferred.push((*r, chunk, pointer.clone()));
        }
    }

    /// Settles the lines of grid values that stood with no label of their own. Their order
    /// is no proof of whose they are, and the column identities cannot tell two orders apart
    /// (a sum does not change when its terms change places). What is proven: when exactly as
    /// many whole rows of values stand apart as the table has rows with no values on their
    /// label's line, each of those rows holds one of them. A cell on which all those value
    /// rows agree (a column of zeros) has that value whatever the order, and is committed;
    /// every other cell of those rows is left blank, with `parse.row_ambiguous` quoting the
    /// values it could hold. A line that is not a whole row is reported as stray.
    fn settle_apart(&mut self) {
        let lines = std::mem::take(&mut self.apart_values);
        if lines.is_empty() {
            return;
        }
        let rows: Vec<RequestRow> = RequestRow::ALL
            .iter()
            .copied()
            .filter(|r| !self.grid_rows.contains(r))
            .collect();
        let Some(&first) = rows.first() else {
            for line in &lines {
                for v in line.iter().filter(|v| v.kind != Kind::Empty) {
                    self.outside_cell(v);
                }
            }
            return;
        };
        let width = self.columns(Target::Request(RequestLine::Row(first))).len();
        let mut whole: Vec<Vec<&Item<'i>>> = Vec::new();
        for line in &lines {
            let printed: Vec<&Item<'i>> = line.iter().filter(|v| v.kind != Kind::Empty).collect();
            if printed.len() == width && printed.iter().all(|v| v.kind == Kind::Value) {
                whole.push(printed);
            } else {
                for v in printed {
                    self.outside_cell(v);
                }
            }
        }
        let settled = !whole.is_empty() && whole.len() == rows.len();
        let agreed: Vec<Option<(&str, Range<usize>)>> = (0..width)
            .map(|k| {
                let text = whole.first()?[k].text.as_ref();
                (settled && whole.iter().all(|w| w[k].text == text))
                    .then(|| (text, whole[0][k].range.clone()))
            })
            .collect();
        let unsure: Vec<usize> = (0..width).filter(|k| agreed[*k].is_none()).collect();
        let mut values: Vec<&str> = unsure
            .iter()
            .flat_map(|k| whole.iter().map(move |w| w[*k].text.as_ref()))
            .collect();
        values.sort_unstable();
        values.dedup();
        let values = values.join("、");
        for &row in &rows {
            let addresses = self.columns(Target::Request(RequestLine::Row(row)));
            if addresses.len() != width {
                continue;
            }
            for (at, agreed) in addresses.iter().zip(&agreed) {
                if let Some((text, range)) = agreed {
                    self.placements.insert(range.start, Placement::Agreed);
                    self.set(*at, text, range);
                }
            }
            // The row is printed: one of the value rows is its own.
            if settled && !self.seen.contains(&Target::Request(RequestLine::Row(row))) {
                self.seen.push(Target::Request(RequestLine::Row(row)));
            }
        }
        if unsure.is_empty() || whole.is_empty() {
            return;
        }
        let at = whole[0][0].range.clone();
        let (zh_why, en_why) = if settled {
            (
                format!("其余{}列", unsure.len()),
                format!("the other {} columns", unsure.len()),
            )
        } else {
            (
                format!(
                    "{}行无标签的数值不能对应到{}个未填的行",
                    whole.len(),
                    rows.len()
                ),
                format!(
                    "{} rows of values without labels for {} rows unfilled",
                    whole.len(),
                    rows.len()
                ),
            )
        };
        self.sink.finding_at(
            Rule::ParseRowAmbiguous,
            Some("/requests".to_owned()),
            &at,
            format!("表格中有数值行与其标签分离，次序不能证明其归属：{zh_why}留空（数值：{}）", zh(&values)),
            format!(
                "rows of values stand apart from their labels, and their order proves no row: {en_why} are left blank (values: {})",
                en(&values.replace('、', ", "))
            ),
        );
    }

    /// Values kept for rows whose labels never turned up: stray cells after all.
    fn report_deferred(&mut self) {
        for (_, values, pointer) in std::mem::take(&mut self.deferred) {
            for stray in values {
                self.stray_cell(&pointer, &stray);
            }
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

    /// Values to cells: by grid position when the header gives one, else by count.
    fn assign(&mut self, open: &Open<'i>, addresses: &[CellAddress]) -> Placed<'i> {
        let n = addresses.len();
        let values = &open.values;
        // One run of digits for several cells.
        let filled: Vec<&Item> = values.iter().filter(|v| v.kind != Kind::Empty).collect();
        // A value standing alone is a run of cells only when nothing sets it apart as one
        // cell (a grid column, a position) and it cannot be one count ("000"): "949" for
        // three cells is one number with two blank cells as much as three numbers.
        let standalone_run = |v: &Item| {
            v.text.len() >= n
                && v.text.len() > 1
                && v.text.bytes().all(|b| b.is_ascii_digit())
                && v.text.starts_with('0')
                && v.col.is_none()
                && v.x.is_none()
                && values.len() < n
        };
        if n > 1 && filled.len() == 1 && (filled[0].kind == Kind::Run || standalone_run(filled[0]))
        {
            return self.split_run(filled[0], addresses);
        }
        if let Some(by_position) = self.by_position(open, addresses) {
            return by_position;
        }
        if values.len() == n {
            return addresses
                .iter()
                .zip(values)
                .map(|(at, v)| (*at, v.text.clone(), v.range.clone()))
                .collect();
        }
        let first = values.iter().position(|v| v.kind != Kind::Empty);
        let last = values.iter().rposition(|v| v.kind != Kind::Empty);
        let (Some(first), Some(last)) = (first, last) else {
            // Nothing printed: every cell blank.
            return addresses
                .iter()
                .map(|at| (*at, Cow::Borrowed(""), open.label.clone()))
                .collect();
        };
        let run = &values[first..=last];
        // More values than cells, the first of them filling the row on one line: the row
        // prints extra cells, in no column of the table, and they are stray. Spread over
        // lines (one value a line, as plain `pdftotext` gives it), which of them are the
        // row's cannot be told: ambiguous.
        let one_line = run.iter().take(n).all(|v| v.line == run[0].line);
        if run.len() == n || run.len() > n && one_line {
            let pointer = pointer_of_row(addresses[0]);
            for stray in &run[n..] {
                if stray.kind != Kind::Empty {
                    self.stray_cell(&pointer, stray);
                }
            }
            return addresses
                .iter()
                .zip(run)
                .map(|(at, v)| (*at, v.text.clone(), v.range.clone()))
                .collect();
        }
        if values.len() >= n && first == 0 && run.len() < n {
            // The run opens the row and only empty cells follow it: they are the row's blanks.
            return addresses
                .iter()
                .zip(values)
                .map(|(at, v)| (*at, v.text.clone(), v.range.clone()))
                .collect();
        }
        let printed: Vec<&str> = run.iter().map(|v| v.text.as_ref()).collect();
        let (zh_kind, en_kind) = if values.len() < n {
            ("仅有", "only")
        } else {
            ("有", "")
        };
        self.sink.finding_at(
            Rule::ParseRowAmbiguous,
            Some(pointer_of_row(addresses[0])),
            &open.label,
            format!("本行{zh_kind}{}个值（{}），无法确定各属哪一列，本行单元格留空", run.len(), printed.join("、")),
            format!("the row has {en_kind} {} values ({}) for {n} cells and their columns cannot be told; its cells are left blank", run.len(), printed.join(", ")).replace("  ", " "),
        );
        addresses
            .iter()
            .map(|at| (*at, Cow::Borrowed(""), open.label.clone()))
            .collect()
    }

    fn by_position(&self, open: &Open<'i>, addresses: &[CellAddress]) -> Option<Placed<'i>> {
        if open.values.iter().any(|v| v.x.is_some()) {
            return self.by_x(open, addresses);
        }
        let anchors: Vec<(u32, CellAddress)> = match addresses.first()? {
            CellAddress::Requests(..) => {
                let mut a = Vec::new();
                for at in addresses {
                    let CellAddress::Requests(_, column) = at else {
                        return None;
                    };
                    let col = self
                        .applicant_anchors
                        .iter()
                        .find(|(_, c)| *c == column)
                        .map(|(col, _)| *col)?;
                    a.push((col, *at));
                }
                a
            }
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..) => {
                if self.column_col.len() != addresses.len() {
                    return None;
                }
                self.column_col
                    .iter()
                    .copied()
                    .zip(addresses.iter().copied())
                    .collect()
            }
            CellAddress::Review(..) => {
                if self.review_anchors.len() != addresses.len() {
                    return None;
                }
                self.review_anchors
                    .iter()
                    .copied()
                    .zip(addresses.iter().copied())
                    .collect()
            }
        };
        let mut distinct: Vec<u32> = anchors.iter().map(|(c, _)| *c).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() != anchors.len() {
            return None;
        }
        let mut cells: Placed<'i> = anchors
            .iter()
            .map(|(_, at)| (*at, Cow::Borrowed(""), open.label.clone()))
            .collect();
        let mut any = false;
        for v in &open.values {
            let col = v.col?;
            let slot = anchors.iter().position(|(c, _)| *c == col);
            match (slot, &v.kind) {
                (Some(i), _) => {
                    if v.kind != Kind::Empty {
                        any = true;
                    }
                    cells[i].1 = v.text.clone();
                    cells[i].2 = v.range.clone();
                }
                (None, Kind::Empty) => {}
                (None, _) => return None,
            }
        }
        // Every anchor must be backed by a printed cell.
        let cols: Vec<u32> = open.values.iter().filter_map(|v| v.col).collect();
        if !any || !anchors.iter().all(|(c, _)| cols.contains(c)) {
            return None;
        }
        Some(cells)
    }

    /// Keeps where a request row printing a value in every column, on one line, put each.
    fn note_full_row(&mut self, open: &Open<'i>, addresses: &[CellAddress]) {
        let printed: Vec<&Item<'i>> = open
            .values
            .iter()
            .filter(|v| v.kind != Kind::Empty)
            .collect();
        if printed.len() != addresses.len()
            || printed
                .iter()
                .any(|v| v.x.is_none() || v.line != printed[0].line)
        {
            return;
        }
        let columns: Option<Vec<(u32, ApplicantColumn)>> = printed
            .iter()
            .zip(addresses)
            .map(|(v, at)| match (v.x, at) {
                (Some(x), CellAddress::Requests(_, c)) => Some((center(x), *c)),
                _ => None,
            })
            .collect();
        if let Some(columns) = columns {
            self.full_row_x = columns;
        }
    }

    /// Values to cells by the centres of the header labels over them (text laid out with
    /// spaces). `None` unless every value stands clearly under one header, one per header.
    fn by_x(&self, open: &Open<'i>, addresses: &[CellAddress]) -> Option<Placed<'i>> {
        let mut anchors: Vec<(u32, CellAddress)> = match addresses.first()? {
            CellAddress::Requests(..) => {
                // Header labels set one space apart ("科研机 社会公益组 法律服务机") were
                // packed together by the text's layout and stand apart from the columns
                // they head: without a full row to check them against, they place nothing.
                let mut spans: Vec<(u32, u32)> = self.applicant_x.iter().map(|(x, _)| *x).collect();
                spans.sort_unstable();
                let packed = spans.windows(2).any(|w| w[1].0 <= w[0].1 + 1);
                if packed && self.full_row_x.is_empty() {
                    return None;
                }
                addresses
                    .iter()
                    .map(|at| {
                        let CellAddress::Requests(_, column) = at else {
                            return None;
                        };
                        self.applicant_x
                            .iter()
                            .find(|(_, c)| c == column)
                            .map(|(x, _)| (center(*x), *at))
                    })
                    .collect::<Option<_>>()?
            }
            CellAddress::Review(..) if self.review_x.len() == addresses.len() => {
                // Headers packed one space apart place nothing, as above; a review table has
                // a single row, with no full row to check them against.
                if self.review_x.windows(2).any(|w| w[1].0 <= w[0].1 + 1) {
                    return None;
                }
                self.review_x
                    .iter()
                    .map(|x| center(*x))
                    .zip(addresses.iter().copied())
                    .collect()
            }
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..)
                if self.column_x.len() == addresses.len() =>
            {
                self.column_x
                    .iter()
                    .map(|(x, _)| *x)
                    .zip(addresses.iter().copied())
                    .collect()
            }
            _ => return None,
        };
        anchors.sort_by_key(|(x, _)| *x);
        if anchors.windows(2).any(|w| w[0].0 == w[1].0) {
            return None;
        }
        let reach = |k: usize| -> u32 {
            let left = k.checked_sub(1).map(|j| anchors[k].0 - anchors[j].0);
            let right = anchors.get(k + 1).map(|a| a.0 - anchors[k].0);
            match (left, right) {
                (Some(l), Some(r)) => l.min(r) / 2,
                (Some(d), None) | (None, Some(d)) => d / 2,
                (None, None) => u32::MAX,
            }
        };
        let mut cells: Placed<'i> = addresses
            .iter()
            .map(|at| (*at, Cow::Borrowed(""), open.label.clone()))
            .collect();
        let mut filled = vec![false; anchors.len()];
        for v in open.values.iter().filter(|v| v.kind != Kind::Empty) {
            let c = center(v.x?);
            let (k, (x, at)) = anchors
                .iter()
                .enumerate()
                .min_by_key(|(_, (x, _))| x.abs_diff(c))?;
            if x.abs_diff(c) > reach(k) || filled[k] {
                return None;
            }
            // A value about as near the next header as its own (a number set flush right,
            // under headers set in the middle) stands under neither for certain.
            let second = anchors
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, (x, _))| x.abs_diff(c))
                .min()
                .unwrap_or(u32::MAX);
            if second != u32::MAX && x.abs_diff(c) * 5 > second * 3 {
                return None;
            }
            // Where a full row put its values, the nearest of them must be in the same
            // column: else the header stands apart from the values it heads.
            if let CellAddress::Requests(_, column) = at {
                let nearest = self.full_row_x.iter().min_by_key(|(x, _)| x.abs_diff(c));
                if nearest.is_some_and(|(_, full)| full != column) {
                    return None;
                }
            }
            filled[k] = true;
            let slot = addresses.iter().position(|a| a == at)?;
            cells[slot].1 = v.text.clone();
            cells[slot].2 = v.range.clone();
        }
        Some(cells)
    }

    fn split_run(&mut self, run: &Item<'i>, addresses: &[CellAddress]) -> Placed<'i> {
        let n = addresses.len();
        let total_at = addresses
            .iter()
            .position(|a| matches!(a, CellAddress::Requests(_, ApplicantColumn::Total)));
        let categories: Vec<usize> = addresses
            .iter()
            .enumerate()
            .filter(|(_, a)| matches!(a, CellAddress::Requests(_, c) if ApplicantColumn::CATEGORIES.contains(c)))
            .map(|(i, _)| i)
            .collect();
        let review = matches!(addresses[0], CellAddress::Review(..));
        let check = |p: &[u64]| -> bool {
            if let Some(t) = total_at {
                if categories.len() == 6 && categories.iter().map(|i| p[*i]).sum::<u64>() != p[t] {
                    return false;
                }
            }
            if review && p.len() == 15 {
                for b in 0..3 {
                    if p[b * 5..b * 5 + 4].iter().sum::<u64>() != p[b * 5 + 4] {
                        return false;
                    }
                }
            }
            true
        };
        let digits = value::folded(&run.text);
        let found = readings(&digits, n, 11, &check);
        let pointer = pointer_of_row(addresses[0]);
        // With no identity to hold (part 二), one reading into as many numbers as cells is
        // not enough: the digits may be fewer numbers, the other cells blank ("949" for
        // three cells is 9, 4 and 9, or 949).
        let identity = total_at.is_some() && categories.len() == 6 || review && n == 15;
        let fewer = if identity {
            None
        } else {
            (1..n)
                .find_map(|k| readings(&digits, k, 1, &|_| true).and_then(|r| r.into_iter().next()))
        };
        match found.as_deref() {
            Some([one]) if fewer.is_none() => {
                let shown: Vec<String> = one.iter().map(u64::to_string).collect();
                self.sink.finding_at(
                    Rule::ParseDigitsSplit,
                    Some(pointer),
                    &run.range,
                    format!("连写的数字「{}」只有一种符合本表勾稽关系的读法：{}", digits, shown.join("、")),
                    format!("the run-together digits {digits:?} have one reading that the table's identities allow: {}", shown.join(", ")),
                );
                self.placements.insert(run.range.start, Placement::Split);
                addresses
                    .iter()
                    .zip(shown)
                    .map(|(at, s)| (*at, Cow::Owned(s), run.range.clone()))
                    .collect()
            }
            other => {
                let (zh, en) = match other {
                    Some([_]) => {
                        let shown: Vec<String> =
                            fewer.iter().flatten().map(u64::to_string).collect();
                        (
                            format!("也可读作{}，其余单元格空白", shown.join("、")),
                            format!(
                                "it also reads as {} with the other cells blank",
                                shown.join(", ")
                            ),
                        )
                    }
                    None => (
                        "读法过多，无法穷举".to_owned(),
                        "too many readings to list".to_owned(),
                    ),
                    Some([]) => (
                        "没有符合本表勾稽关系的读法".to_owned(),
                        "no reading the table's identities allow".to_owned(),
                    ),
                    Some(list) => {
                        let shown: Vec<String> = list
                            .iter()
                            .take(10)
                            .map(|r| r.iter().map(u64::to_string).collect::<Vec<_>>().join("/"))
                            .collect();
                        let more = if list.len() > 10 { "…" } else { "" };
                        (
                            format!("可能的读法：{}{more}", shown.join("；")),
                            format!("readings that remain: {}{more}", shown.join("; ")),
                        )
                    }
                };
                self.sink.finding_at(
                    Rule::ParseAmbiguousDigits,
                    Some(pointer),
                    &run.range,
                    format!(
                        "连写的数字「{}」无法唯一拆分到{n}个单元格，按原文保留；{zh}",
                        self::zh(&digits)
                    ),
                    format!(
                        "the run-together digits {:?} cannot be split into {n} cells one way only and are kept raw; {en}",
                        self::en(&digits)
                    ),
                );
                // The digits as printed: no cell's number, so every cell of the row is raw.
                self.raw_runs.push(run.range.start);
                addresses
                    .iter()
                    .map(|at| (*at, run.text.clone(), run.range.clone()))
                    .collect()
            }
        }
    }

    fn set(&mut self, at: CellAddress, text: &str, range: &Range<usize>) {
        if self.report.cell(at).is_none() {
            self.materialize(at);
        }
        let Some(cell) = self.report.cell_mut(at) else {
            return;
        };
        if !text.is_empty() && self.raw_runs.contains(&range.start) {
            use crate::cell::Cell::Raw;
            match cell {
                CellMut::Count(c) => *c = Raw(text.to_owned()),
                CellMut::Change(c) => *c = Raw(text.to_owned()),
                CellMut::Fee(c) => *c = Raw(text.to_owned()),
                CellMut::Amount(c) => *c = Raw(text.to_owned()),
            }
            let how = self.how(range);
            self.sink.cell(at.pointer(), range, how);
            return;
        }
        match cell {
            CellMut::Count(c) => *c = value::count(text),
            CellMut::Change(c) => *c = value::change(text),
            CellMut::Fee(c) => *c = value::fee(text),
            CellMut::Amount(c) => {
                let (cell, unit) = value::amount(text);
                // The unit the value prints, else the one its header prints.
                let unit = unit.or(self.amount_unit);
                *c = cell;
                if let (Report::Format2019(r), Some(unit)) = (&mut *self.report, unit) {
                    r.proactive.procurement.unit = Some(unit);
                }
            }
        }
        if !text.is_empty() {
            let how = self.how(range);
            self.sink.cell(at.pointer(), range, how);
        }
    }

    /// How the value at a range was placed.
    fn how(&self, range: &Range<usize>) -> Placement {
        self.placements
            .get(&range.start)
            .copied()
            .unwrap_or(Placement::Order)
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

    /// Sets the rows read from values one a line. Where the text dropped blank cells, a row
    /// given as many values as it has cells may hold another row's: it is set only when its
    /// counts add up to its totals, and is otherwise left blank and reported.
    fn settle_stream_rows(&mut self) {
        for (cells, label, after_short) in std::mem::take(&mut self.stream_rows) {
            let proactive = matches!(
                cells.first(),
                Some((
                    CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..),
                    ..
                ))
            );
            // Part 二 has no total to check a row by: a row is doubted when the row before or
            // after it printed fewer values than cells (or none): these may be the rest of
            // that row's.
            // Any row is doubted when one of its values is a number its cell cannot hold
            // ("-39" in a count): plain text has set another row's values beside it.
            let misfit = cells
                .iter()
                .find(|(at, text, _)| self.cannot_hold(*at, text))
                .map(|(_, text, _)| text.to_string());
            let dropped = misfit.is_some()
                || if proactive {
                    after_short
                } else {
                    cells
                        .first()
                        .is_some_and(|(at, ..)| self.dropped_blanks[table_of(*at)])
                };
            if matches!(cells.first(), Some((CellAddress::Review(..), ..))) {
                self.settle_review(cells, &label);
            } else if !dropped || misfit.is_none() && !proactive && row_total_holds(&cells) {
                for (at, text, range) in cells {
                    self.set(at, &text, &range);
                }
            } else {
                self.report_unplaced(&cells, &label, misfit.as_deref());
            }
        }
    }

    /// Whether `text` is a number the cell at `at` cannot hold as a value: a sign or a
    /// decimal in a count, a decimal in a change. A mark ("—", "无") is not a number and is
    /// held raw as printed.
    fn cannot_hold(&self, at: CellAddress, text: &str) -> bool {
        let t = value::folded(text);
        if !value::is_number(&t) {
            return false;
        }
        match self.report.cell(at) {
            Some(CellRef::Count(_)) => value::count(&t).raw().is_some(),
            Some(CellRef::Change(_)) => value::change(&t).raw().is_some(),
            _ => false,
        }
    }

    /// The review row read from values one a line. Plain text sets them in an order of its
    /// own even with no blank cell, so unless the text marks its blanks, each block (复议,
    /// 直接起诉, 复议后起诉) is set only when its four outcomes add up to its total.
    fn settle_review(&mut self, cells: Placed<'i>, label: &Range<usize>) {
        let doubtful = self.dropped_blanks[2] || !self.blanks_marked;
        if !doubtful || cells.len() != 15 {
            for (at, text, range) in cells {
                self.set(at, &text, &range);
            }
            return;
        }
        for block in cells.chunks(5) {
            let counts: Option<Vec<u64>> = block
                .iter()
                .map(|(_, text, _)| match value::count(text) {
                    crate::cell::Cell::Value(n) => Some(n.get()),
                    _ => None,
                })
                .collect();
            if counts.is_some_and(|c| c[..4].iter().sum::<u64>() == c[4]) {
                for (at, text, range) in block {
                    self.set(*at, text, range);
                }
                continue;
            }
            let printed: Vec<&str> = block.iter().map(|(_, t, _)| t.as_ref()).collect();
            self.sink.finding_at(
                Rule::ParseRowAmbiguous,
                Some(block[0].0.pointer().rsplit_once('/').map_or(String::new(), |(b, _)| b.to_owned())),
                label,
                format!(
                    "本文本中复议、诉讼各值的次序不可靠，本组的值（{}）与其总计不符，本组单元格留空",
                    zh(&printed.join("、"))
                ),
                format!(
                    "this text does not keep the order of the review row's values, and this block's values ({}) do not add up to its total: its cells are left blank",
                    en(&printed.join(", "))
                ),
            );
        }
    }

    /// Reports a row whose values, placed by count where the text does not keep its cells
    /// in place, cannot be checked: they do not add up to its total, or it has none.
    /// Reports a row read by count whose values cannot be told to be its own: `misfit` is
    /// a value no cell of its column can hold, when that is the reason.
    fn report_unplaced(&mut self, cells: &Placed<'i>, label: &Range<usize>, misfit: Option<&str>) {
        let printed: Vec<&str> = cells
            .iter()
            .map(|(_, t, _)| t.as_ref())
            .filter(|t| !t.is_empty())
            .collect();
        let Some((first, ..)) = cells.first() else {
            return;
        };
        let proactive = matches!(
            first,
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..)
        );
        let (why_zh, why_en) = if let Some(value) = misfit {
            (
                format!("其中{}不是该列能填的数", zh(value)),
                format!("{} is no number its column holds", en(value)),
            )
        } else if proactive {
            (
                "第二部分的行没有总计可供核对".to_owned(),
                "part 二 rows have no total to check them by".to_owned(),
            )
        } else {
            (
                "本行的值与其总计不符".to_owned(),
                "the row's values do not add up to its total".to_owned(),
            )
        };
        self.sink.finding_at(
            Rule::ParseRowAmbiguous,
            Some(pointer_of_row(*first)),
            label,
            format!(
                "原文的值与单元格对不上（略去了空白单元格，或有未识别的列），{why_zh}（{}），无法确定哪些属于本行，本行单元格留空",
                zh(&printed.join("、"))
            ),
            format!(
                "the text's values do not line up with its cells (blank cells dropped, or a column not recognised), and {why_en} ({}): which of them are the row's cannot be told; its cells are left blank",
                en(&printed.join(", "))
            ),
        );
    }

    /// Settles （六）其他处理 and reports the rows and tables not found.
    pub(crate) fn finish(mut self) -> Vec<usize> {
        self.close();
        self.settle_apart();
        let itemized_seen = self.seen.iter().any(|t| {
            matches!(t, Target::Request(RequestLine::Row(r)) if r.group() == Some(RequestGroup::OtherHandling))
        });
        if let Some(mut single) = self.single_other_handling.take() {
            if let Some(label) = self.single_from_stream.take() {
                if self.dropped_blanks[1]
                    && single.iter().any(|(_, text, _)| !text.is_empty())
                    && !row_total_holds(&single)
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
        // A table that prints the subtotal column has it in every row, blank where a row's
        // cells could not be placed: as a report read from JSON holds it.
        self.report.complete();
        self.report_missing();
        self.table_lines.sort_unstable();
        self.table_lines.dedup();
        self.table_lines
    }

    fn report_missing(&mut self) {
        let edition = self.edition;
        let seen = self.seen.clone();
        let mut missing: Vec<String> = Vec::new();
        let mut first_pointer = None;
        for table in crate::layout::tables(edition) {
            for row in &table.body {
                let Some(at) = row.cells.first() else {
                    continue;
                };
                let target = match at {
                    CellAddress::Proactive2021(r, _) => ProactiveRow2019::from_id(r.id()).map(Target::Proactive),
                    CellAddress::Proactive2019(r, _) => Some(Target::Proactive(*r)),
                    CellAddress::Requests(RequestLine::Row(r), _)
                        if r.group() == Some(RequestGroup::OtherHandling)
                            && seen.contains(&Target::Request(RequestLine::OtherHandlingSingle)) =>
                    {
                        None
                    }
                    CellAddress::Requests(RequestLine::OtherHandlingSingle, _)
                        if seen.iter().any(|t| matches!(t, Target::Request(RequestLine::Row(r)) if r.group() == Some(RequestGroup::OtherHandling))) =>
                    {
                        None
                    }
                    CellAddress::Requests(line, _) => Some(Target::Request(*line)),
                    CellAddress::Review(..) => Some(Target::Review),
                };
                if let Some(target) = target {
                    if !seen.contains(&target) {
                        if first_pointer.is_none() {
                            first_pointer = Some(pointer_of_row(*at));
                        }
                        missing.push(if row.labels.is_empty() {
                            "四、政府信息公开行政复议、行政诉讼情况".to_owned()
                        } else {
                            row.labels.join(" › ")
                        });
                    }
                }
            }
        }
        if let Some(pointer) = first_pointer {
            let count = missing.len();
            let shown: Vec<&str> = missing.iter().take(5).map(String::as_str).collect();
            let more = if count > 5 { "…" } else { "" };
            self.sink.finding_at(
                Rule::ParseTableTruncated,
                Some(pointer),
                &(0..0),
                format!(
                    "原文缺少{count}行，其单元格留空：{}{more}",
                    shown.join("；")
                ),
                format!(
                    "{count} rows are not in the source and their cells are left blank: {}{more}",
                    shown.join("; ")
                ),
            );
        }
    }
}

/// Whether a request row's six applicant categories are counts that add up to its total.
fn row_total_holds(cells: &Placed<'_>) -> bool {
    let count = |column: ApplicantColumn| {
        cells
            .iter()
            .find(|(at, ..)| matches!(at, CellAddress::Requests(_, c) if *c == column))
            .and_then(|(_, text, _)| match value::count(text) {
                crate::cell::Cell::Value(n) => Some(n.get()),
                _ => None,
            })
    };
    let categories: Option<Vec<u64>> = ApplicantColumn::CATEGORIES
        .iter()
        .map(|c| count(*c))
        .collect();
    match (categories, count(ApplicantColumn::Total)) {
        (Some(c), Some(total)) => c.iter().sum::<u64>() == total,
        _ => false,
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

fn center((x0, x1): (u32, u32)) -> u32 {
    (x0 + x1) / 2
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

#[cfg(test)]
mod tests {
    use super::center;

    #[test]
    fn a_span_is_placed_at_its_middle_column() {
        assert_eq!(center((10, 20)), 15);
        assert_eq!(center((10, 21)), 15);
        assert_eq!(center((0, 0)), 0);
        assert_eq!(center((7, 8)), 7);
    }
}
