//! The report laid out as the official format prints it, once, for the three writers.
//!
//! A [`Document`] is a sequence of blocks: the title, the report's particulars, headings,
//! prose, and tables whose cells carry their row and column spans exactly as the format
//! prints them. Every label comes from the catalogue; every value cell carries the JSON
//! Pointer of the value it shows, which is how findings find their cells.

use std::borrow::Cow;
use std::fmt::Display;

use crate::catalogue::{
    ApplicantColumn, Edition, FieldText, Part, ProactiveColumn2019, RequestGroup, ReviewBlock,
    ReviewOutcome, TableText,
};
use crate::cell::Cell;
use crate::layout::{self, CellRef, RequestLine};
use crate::meta::Meta;
use crate::narrative::Narrative;
use crate::other_matters::OtherMatters;
use crate::regulation_2008::{Figure, Regulation2008Report};
use crate::report::Report;
use crate::requests::{ApplicantRow, Requests};
use crate::review::ReviewLitigation;

/// A report laid out for writing.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    /// The title: the published title when known, else agency, year and the report's name.
    pub title: Cow<'a, str>,
    pub blocks: Vec<Block<'a>>,
}

#[derive(Debug)]
pub(crate) enum Block<'a> {
    /// A part's heading. `supplied` when the report's own heading is not known and the
    /// official one stands in for it (writers bracket it, as an editor brackets supplied text).
    Heading {
        text: Cow<'a, str>,
        supplied: bool,
        anchor: String,
    },
    /// Prose: paragraphs separated by `\n`.
    Text(&'a str),
    /// Labelled particulars, one per line ("机关名称：…").
    Fields(Vec<(Cow<'static, str>, Cow<'a, str>)>),
    Table(Table<'a>),
}

/// A table as printed: rows of cells with spans.
#[derive(Debug)]
pub(crate) struct Table<'a> {
    /// The anchor of the table, unique in the document ("requests", "figures-2").
    pub anchor: String,
    /// Physical columns.
    pub columns: usize,
    /// How many leading columns hold row labels (merged into one in Markdown).
    pub label_columns: usize,
    pub rows: Vec<Row<'a>>,
}

#[derive(Debug)]
pub(crate) struct Row<'a> {
    pub kind: RowKind,
    pub cells: Vec<TableCell<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowKind {
    /// Column headers.
    Header,
    /// A heading row across the table that starts a section (第二十条第（一）项).
    Section,
    /// Data.
    Body,
}

#[derive(Debug)]
pub(crate) struct TableCell<'a> {
    pub text: Cow<'a, str>,
    pub rowspan: usize,
    pub colspan: usize,
    pub kind: CellKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CellKind {
    /// A column header.
    Header,
    /// The header note of part 三 (the 勾稽关系).
    Note,
    /// A row label.
    Label,
    /// A value, with the JSON Pointer of what it shows and what was printed.
    Value { pointer: String, state: ValueState },
}

/// What a value cell holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ValueState {
    /// A number.
    Number,
    /// Text the model holds (a 2008-era figure's label, printed text, unit, …).
    Text,
    /// A blank cell: nothing was printed.
    Blank,
    /// Text printed where a number belongs.
    Raw,
    /// The column is not printed for this row (a local subtotal column other rows have).
    Absent,
}

impl<'a> TableCell<'a> {
    fn header(text: impl Into<Cow<'a, str>>) -> TableCell<'a> {
        TableCell {
            text: text.into(),
            rowspan: 1,
            colspan: 1,
            kind: CellKind::Header,
        }
    }

    fn label(text: impl Into<Cow<'a, str>>) -> TableCell<'a> {
        TableCell {
            kind: CellKind::Label,
            ..TableCell::header(text)
        }
    }

    /// A value cell of any kind.
    fn of(cell: CellRef<'a>, pointer: String) -> TableCell<'a> {
        match cell {
            CellRef::Count(c) => TableCell::value(c, pointer),
            CellRef::Change(c) => TableCell::value(c, pointer),
            CellRef::Fee(c) => TableCell::value(c, pointer),
            CellRef::Amount(c) => TableCell::value(c, pointer),
        }
    }

    fn value<T: Display>(cell: &'a Cell<T>, pointer: String) -> TableCell<'a> {
        let (text, state) = match cell {
            Cell::Value(v) => (Cow::Owned(v.to_string()), ValueState::Number),
            Cell::Blank => (Cow::Borrowed(""), ValueState::Blank),
            Cell::Raw(raw) => (Cow::Borrowed(raw.as_str()), ValueState::Raw),
        };
        TableCell {
            text,
            rowspan: 1,
            colspan: 1,
            kind: CellKind::Value { pointer, state },
        }
    }

    fn text_value(text: impl Into<Cow<'a, str>>, pointer: String) -> TableCell<'a> {
        TableCell {
            text: text.into(),
            rowspan: 1,
            colspan: 1,
            kind: CellKind::Value {
                pointer,
                state: ValueState::Text,
            },
        }
    }

    fn number_value(text: String, pointer: String) -> TableCell<'a> {
        TableCell {
            text: text.into(),
            rowspan: 1,
            colspan: 1,
            kind: CellKind::Value {
                pointer,
                state: ValueState::Number,
            },
        }
    }

    fn span(mut self, rowspan: usize, colspan: usize) -> TableCell<'a> {
        self.rowspan = rowspan;
        self.colspan = colspan;
        self
    }
}

impl<'a> Row<'a> {
    fn new(kind: RowKind, cells: Vec<TableCell<'a>>) -> Row<'a> {
        Row { kind, cells }
    }
}

/// The paragraphs of a text as Markdown and text write them: lines that hold something.
pub(crate) fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|p| !p.trim().is_empty())
}

/// Lays a report out.
/// A report of the 2019 or 2021 format: the same six parts, part 二 from the layout.
macro_rules! tabled_document {
    ($report:expr, $r:expr) => {{
        let (report, r) = ($report, $r);
        let mut blocks = vec![particulars(&r.meta, report.edition())];
        prose(&mut blocks, r.preamble.as_deref());
        narrative(&mut blocks, Part::Overview, &r.overview);
        let p = &r.proactive;
        blocks.push(heading(Part::Proactive, p.heading.as_deref()));
        prose(&mut blocks, p.text_before.as_deref());
        blocks.push(Block::Table(proactive(report)));
        prose(&mut blocks, p.text_after.as_deref());
        shared_parts(
            &mut blocks,
            &r.requests,
            &r.review_litigation,
            &r.problems,
            &r.other_matters,
        );
        Document {
            title: title(&r.meta),
            blocks,
        }
    }};
}

pub(crate) fn document(report: &Report) -> Document<'_> {
    match report {
        Report::Format2021(r) => tabled_document!(report, r),
        Report::Format2019(r) => tabled_document!(report, r),
        Report::Regulation2008(r) => regulation_2008(r),
    }
}

fn title(meta: &Meta) -> Cow<'_, str> {
    match meta.source.as_ref().and_then(|s| s.title.as_deref()) {
        Some(title) => Cow::Borrowed(title),
        None => Cow::Owned(match meta.report_year {
            Some(year) => format!("{}{year}年{}", meta.agency, FieldText::ReportName.label()),
            None => format!("{}{}", meta.agency, FieldText::ReportName.label()),
        }),
    }
}

/// The report's particulars, each labelled from the catalogue; absent ones are left out.
fn particulars(meta: &Meta, edition: Edition) -> Block<'_> {
    let mut lines: Vec<(Cow<'static, str>, Cow<'_, str>)> = vec![(
        FieldText::Agency.label().into(),
        meta.agency.as_str().into(),
    )];
    if let Some(year) = meta.report_year {
        lines.push((
            FieldText::ReportYear.label().into(),
            year.to_string().into(),
        ));
    }
    lines.push((FieldText::EditionTag.label().into(), edition.label().into()));
    if let Some(date) = meta.publication_date {
        lines.push((
            FieldText::PublicationDate.label().into(),
            date.to_string().into(),
        ));
    }
    if let Some(level) = meta.level {
        lines.push((FieldText::AgencyLevel.label().into(), level.field().into()));
    }
    let nested = |outer: FieldText, inner: FieldText| -> Cow<'static, str> {
        Cow::Owned(format!("{} › {}", outer.label(), inner.label()))
    };
    if let Some(source) = &meta.source {
        for (field, value) in [
            (FieldText::Title, &source.title),
            (FieldText::Url, &source.url),
        ] {
            if let Some(value) = value {
                lines.push((nested(FieldText::Source, field), value.as_str().into()));
            }
        }
    }
    if let Some(contact) = &meta.contact {
        for (field, value) in [
            (FieldText::Office, &contact.office),
            (FieldText::Address, &contact.address),
            (FieldText::Postcode, &contact.postcode),
            (FieldText::Phone, &contact.phone),
            (FieldText::Fax, &contact.fax),
            (FieldText::Email, &contact.email),
        ] {
            if let Some(value) = value {
                lines.push((nested(FieldText::Contact, field), value.as_str().into()));
            }
        }
    }
    Block::Fields(lines)
}

fn heading(part: Part, printed: Option<&str>) -> Block<'_> {
    Block::Heading {
        text: printed.map_or(Cow::Borrowed(part.label()), Cow::Borrowed),
        supplied: printed.is_none(),
        anchor: part.id().to_owned(),
    }
}

fn prose<'a>(blocks: &mut Vec<Block<'a>>, text: Option<&'a str>) {
    if let Some(text) = text {
        blocks.push(Block::Text(text));
    }
}

fn narrative<'a>(blocks: &mut Vec<Block<'a>>, part: Part, n: &'a Narrative) {
    blocks.push(heading(part, n.heading.as_deref()));
    blocks.push(Block::Text(&n.text));
}

fn other_matters<'a>(blocks: &mut Vec<Block<'a>>, o: &'a OtherMatters) {
    blocks.push(heading(Part::OtherMatters, o.heading.as_deref()));
    blocks.push(Block::Text(&o.text));
    if let Some(fee) = &o.information_processing_fee {
        let mut lines: Vec<(Cow<'static, str>, Cow<'a, str>)> = Vec::new();
        let label = |field: FieldText| -> Cow<'static, str> {
            Cow::Owned(format!(
                "{} › {}",
                FieldText::InformationProcessingFee.label(),
                field.label()
            ))
        };
        if let Some(amount) = &fee.collected {
            lines.push((label(FieldText::FeesCollected), amount.to_string().into()));
        }
        if let Some(count) = fee.charged_applications {
            lines.push((
                label(FieldText::ChargedApplications),
                count.to_string().into(),
            ));
        }
        if !lines.is_empty() {
            blocks.push(Block::Fields(lines));
        }
    }
}

/// Parts 三 to 六, which the 2019 and 2021 formats share, and the closing.
fn shared_parts<'a>(
    blocks: &mut Vec<Block<'a>>,
    requests: &'a Requests,
    review: &'a ReviewLitigation,
    problems: &'a Narrative,
    other: &'a OtherMatters,
) {
    blocks.push(heading(Part::Requests, requests.heading.as_deref()));
    prose(blocks, requests.text_before.as_deref());
    blocks.push(Block::Table(requests_table(requests)));
    prose(blocks, requests.text_after.as_deref());

    blocks.push(heading(Part::ReviewLitigation, review.heading.as_deref()));
    prose(blocks, review.text_before.as_deref());
    blocks.push(Block::Table(review_table(review)));
    prose(blocks, review.text_after.as_deref());

    narrative(blocks, Part::Problems, problems);
    other_matters(blocks, other);
}

/// The part 二 tables are printed as one table of four columns: a section row per item of
/// 第二十条, its column headers, then its rows; a column the item does not use is merged into
/// the last one.
const PROACTIVE_COLUMNS: usize = 4;

fn pointer(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push('/');
        out.push_str(part);
    }
    out
}

/// Adds one item of part 二: its section row, its header, and its rows.
fn proactive_item<'a>(
    rows: &mut Vec<Row<'a>>,
    item: &'static str,
    columns: &[Cow<'static, str>],
    body: Vec<(&'static str, Vec<TableCell<'a>>)>,
) {
    rows.push(Row::new(
        RowKind::Section,
        vec![TableCell::header(item).span(1, PROACTIVE_COLUMNS)],
    ));
    let last = PROACTIVE_COLUMNS - columns.len();
    let mut header = vec![TableCell::header(TableText::InformationContent.label())];
    for (i, column) in columns.iter().enumerate() {
        let colspan = if i + 1 == columns.len() { last } else { 1 };
        header.push(TableCell::header(column.clone()).span(1, colspan));
    }
    rows.push(Row::new(RowKind::Header, header));
    for (label, values) in body {
        let mut cells = vec![TableCell::label(label)];
        let n = values.len();
        for (i, value) in values.into_iter().enumerate() {
            let colspan = if i + 1 == n { PROACTIVE_COLUMNS - n } else { 1 };
            cells.push(value.span(1, colspan));
        }
        rows.push(Row::new(RowKind::Body, cells));
    }
}

/// Part 二 as the layout prints it: each 第二十条 item's section row, its header and its rows.
fn proactive(report: &Report) -> Table<'_> {
    let mut rows = Vec::new();
    let tables = layout::tables(report.edition());
    for table in tables.iter().filter(|t| t.part == Part::Proactive) {
        let (Some(section), Some(header)) = (table.header.first(), table.header.get(1)) else {
            continue;
        };
        let columns: Vec<Cow<'static, str>> = header
            .iter()
            .skip(1)
            .map(|h| proactive_column(report, h.text))
            .collect();
        let body = table
            .body
            .iter()
            .map(|row| {
                let label = row.labels.last().copied().unwrap_or_default();
                let cells = row
                    .cells
                    .iter()
                    .filter_map(|at| report.cell(*at).map(|c| TableCell::of(c, at.pointer())))
                    .collect();
                (label, cells)
            })
            .collect();
        proactive_item(&mut rows, section[0].text, &columns, body);
    }
    Table {
        anchor: Part::Proactive.id().to_owned(),
        columns: PROACTIVE_COLUMNS,
        label_columns: 1,
        rows,
    }
}

/// A part 二 column header; 采购总金额 carries its unit, which the format does not fix.
fn proactive_column(report: &Report, label: &'static str) -> Cow<'static, str> {
    let unit = match report {
        Report::Format2019(r) if label == ProactiveColumn2019::TotalAmount.label() => {
            r.proactive.procurement.unit
        }
        _ => None,
    };
    match unit {
        Some(unit) => Cow::Owned(format!(
            "{label}（{}：{}）",
            FieldText::Unit.label(),
            unit.label()
        )),
        None => Cow::Borrowed(label),
    }
}

/// The label columns of the part 三 matrix: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.
const MATRIX_LABEL_COLUMNS: usize = 3;

/// Every printed row of the matrix, in the order of the layout.
fn matrix_rows(requests: &Requests) -> Vec<(RequestLine, &ApplicantRow)> {
    RequestLine::all()
        .into_iter()
        .filter_map(|line| line.row(requests).map(|row| (line, row)))
        .collect()
}

/// The value columns of the matrix: the national seven, with the local 法人或其他组织 subtotal
/// column after the five organisations when any row prints it.
fn matrix_columns(rows: &[(RequestLine, &ApplicantRow)]) -> Vec<ApplicantColumn> {
    let mut columns = ApplicantColumn::NATIONAL.to_vec();
    if rows
        .iter()
        .any(|(_, row)| row.organization_subtotal.is_some())
    {
        columns.insert(
            ApplicantColumn::NATIONAL.len() - 1,
            ApplicantColumn::OrganizationSubtotal,
        );
    }
    columns
}

fn is_organization(column: ApplicantColumn) -> bool {
    ApplicantColumn::ORGANIZATIONS.contains(&column)
        || column == ApplicantColumn::OrganizationSubtotal
}

fn matrix_values<'a>(
    row: &'a ApplicantRow,
    pointer: &str,
    columns: &[ApplicantColumn],
) -> Vec<TableCell<'a>> {
    columns
        .iter()
        .map(|column| {
            let at = format!("{pointer}/{}", column.id());
            match row.cell(*column) {
                Some(cell) => TableCell::value(cell, at),
                None => TableCell {
                    text: Cow::Borrowed(""),
                    rowspan: 1,
                    colspan: 1,
                    kind: CellKind::Value {
                        pointer: at,
                        state: ValueState::Absent,
                    },
                },
            }
        })
        .collect()
}

fn matrix_header(columns: &[ApplicantColumn]) -> Vec<Row<'static>> {
    let organizations: Vec<ApplicantColumn> = columns
        .iter()
        .copied()
        .filter(|c| is_organization(*c))
        .collect();
    vec![
        Row::new(
            RowKind::Header,
            vec![
                TableCell {
                    kind: CellKind::Note,
                    ..TableCell::header(TableText::BalanceNote.label())
                }
                .span(3, MATRIX_LABEL_COLUMNS),
                TableCell::header(TableText::ApplicantSituation.label()).span(1, columns.len()),
            ],
        ),
        Row::new(
            RowKind::Header,
            vec![
                TableCell::header(ApplicantColumn::NaturalPerson.label()).span(2, 1),
                TableCell::header(TableText::LegalPersonOrOrganization.label())
                    .span(1, organizations.len()),
                TableCell::header(ApplicantColumn::Total.label()).span(2, 1),
            ],
        ),
        Row::new(
            RowKind::Header,
            organizations
                .iter()
                .map(|c| {
                    TableCell::header(if *c == ApplicantColumn::OrganizationSubtotal {
                        TableText::Subtotal.label()
                    } else {
                        c.label()
                    })
                })
                .collect(),
        ),
    ]
}

fn requests_table(requests: &Requests) -> Table<'_> {
    let printed = matrix_rows(requests);
    let columns = matrix_columns(&printed);
    let mut rows = matrix_header(&columns);
    // How many rows a group spans: every printed row inside it.
    let span = |group: RequestGroup| {
        printed
            .iter()
            .filter(|(row, _)| {
                let mut g = row.group();
                while let Some(inner) = g {
                    if inner == group {
                        return true;
                    }
                    g = inner.parent();
                }
                false
            })
            .count()
    };
    let mut outcomes_started = false;
    let mut open_group = None;
    for (row, data) in &printed {
        let mut cells = Vec::new();
        match (*row, row.group()) {
            (RequestLine::Row(row), None) => {
                // 一, 二 and 四: one label across the three label columns
                cells.push(TableCell::label(row.label()).span(1, MATRIX_LABEL_COLUMNS));
            }
            (_, Some(group)) => {
                if !outcomes_started {
                    outcomes_started = true;
                    cells.push(
                        TableCell::label(RequestGroup::Outcomes.label())
                            .span(span(RequestGroup::Outcomes), 1),
                    );
                }
                match *row {
                    // （一）, （二）, （七）: across the two inner label columns
                    RequestLine::Row(data_row) if group == RequestGroup::Outcomes => {
                        cells.push(TableCell::label(data_row.label()).span(1, 2));
                    }
                    // （六） printed as one row
                    RequestLine::Subtotal(_) | RequestLine::OtherHandlingSingle
                        if span(group) == 1 =>
                    {
                        cells.push(TableCell::label(group.label()).span(1, 2));
                    }
                    _ => {
                        if open_group != Some(group) {
                            open_group = Some(group);
                            cells.push(TableCell::label(group.label()).span(span(group), 1));
                        }
                        cells.push(TableCell::label(match *row {
                            RequestLine::Row(r) => r.label(),
                            _ => TableText::Subtotal.label(),
                        }));
                    }
                }
            }
            (_, None) => {}
        }
        cells.extend(matrix_values(data, &row.pointer(), &columns));
        rows.push(Row::new(RowKind::Body, cells));
    }
    Table {
        anchor: Part::Requests.id().to_owned(),
        columns: MATRIX_LABEL_COLUMNS + columns.len(),
        label_columns: MATRIX_LABEL_COLUMNS,
        rows,
    }
}

fn review_table(review: &ReviewLitigation) -> Table<'_> {
    let outcomes = ReviewOutcome::ALL.len();
    let mut labels = Vec::new();
    let mut values = Vec::new();
    for block in ReviewBlock::ALL.iter().copied() {
        for outcome in ReviewOutcome::ALL.iter().copied() {
            labels.push(TableCell::header(outcome.label()));
            values.push(TableCell::value(
                review.block(block).cell(outcome),
                pointer(&[Part::ReviewLitigation.id(), block.id(), outcome.id()]),
            ));
        }
    }
    let rows = vec![
        Row::new(
            RowKind::Header,
            vec![
                TableCell::header(ReviewBlock::Review.label()).span(2, outcomes),
                TableCell::header(TableText::Litigation.label()).span(1, 2 * outcomes),
            ],
        ),
        Row::new(
            RowKind::Header,
            vec![
                TableCell::header(ReviewBlock::LitigationDirect.label()).span(1, outcomes),
                TableCell::header(ReviewBlock::LitigationAfterReview.label()).span(1, outcomes),
            ],
        ),
        Row::new(RowKind::Header, labels),
        Row::new(RowKind::Body, values),
    ];
    Table {
        anchor: Part::ReviewLitigation.id().to_owned(),
        columns: ReviewBlock::ALL.len() * outcomes,
        label_columns: 0,
        rows,
    }
}

fn regulation_2008(r: &Regulation2008Report) -> Document<'_> {
    let mut blocks = vec![particulars(&r.meta, Edition::Regulation2008)];
    prose(&mut blocks, r.preamble.as_deref());
    for (index, part) in r.parts.iter().enumerate() {
        blocks.push(Block::Heading {
            text: Cow::Borrowed(&part.heading),
            supplied: false,
            anchor: format!("part-{index}"),
        });
        if let Some(serves) = part.serves {
            blocks.push(Block::Fields(vec![(
                FieldText::Serves.label().into(),
                serves.label().into(),
            )]));
        }
        blocks.push(Block::Text(&part.text));
        if !part.figures.is_empty() {
            blocks.push(Block::Table(figures_table(index, &part.figures)));
        }
    }
    Document {
        title: title(&r.meta),
        blocks,
    }
}

/// The figures a 2008-era part states, as a table: one row per figure, a breakdown's parts
/// numbered under their whole (1, 1.1, 1.2, 2).
fn figures_table(index: usize, figures: &[Figure]) -> Table<'_> {
    let header = [
        FieldText::Number,
        FieldText::FigureLabel,
        FieldText::Printed,
        FieldText::FigureValue,
        FieldText::Unit,
        FieldText::Qualifier,
        FieldText::KeyFigure,
    ];
    let mut rows = vec![Row::new(
        RowKind::Header,
        header
            .iter()
            .map(|f| TableCell::header(f.label()))
            .collect(),
    )];
    fn add<'a>(rows: &mut Vec<Row<'a>>, figures: &'a [Figure], number: &str, at: &str) {
        for (i, figure) in figures.iter().enumerate() {
            let number = if number.is_empty() {
                (i + 1).to_string()
            } else {
                format!("{number}.{}", i + 1)
            };
            let at = format!("{at}/{i}");
            let field = |name: &str| format!("{at}/{name}");
            rows.push(Row::new(
                RowKind::Body,
                vec![
                    TableCell::label(number.clone()),
                    TableCell::text_value(figure.label.as_str(), field("label")),
                    TableCell::text_value(figure.printed.as_str(), field("printed")),
                    // the figure's own pointer: findings about a figure point here
                    TableCell::number_value(figure.value.to_string(), at.clone()),
                    TableCell::text_value(figure.unit.as_deref().unwrap_or(""), field("unit")),
                    TableCell::text_value(figure.qualifier.label(), field("qualifier")),
                    TableCell::text_value(figure.key.map_or("", |k| k.label()), field("key")),
                ],
            ));
            add(rows, &figure.parts, &number, &format!("{at}/parts"));
        }
    }
    add(&mut rows, figures, "", &format!("/parts/{index}/figures"));
    Table {
        anchor: format!("figures-{index}"),
        columns: header.len(),
        label_columns: 1,
        rows,
    }
}
