//! Each edition's tables as the official format prints them.

use crate::catalogue::{
    ApplicantColumn, Edition, Part, ProactiveItem2019, ProactiveItem2021, ProactiveRow2019,
    ProactiveRow2021, ReviewBlock, ReviewOutcome, TableText,
};

use super::{CellAddress, RequestLine};

/// One cell of a header row, with its spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderCell {
    /// The text printed.
    pub text: &'static str,
    /// How many rows the cell spans.
    pub row_span: u16,
    /// How many columns the cell spans.
    pub col_span: u16,
}

const fn h(text: &'static str, row_span: u16, col_span: u16) -> HeaderCell {
    HeaderCell {
        text,
        row_span,
        col_span,
    }
}

/// One body row: its printed label path and the cells it addresses, left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRow {
    /// The labels printed for the row, outermost first (empty for part 四's one row).
    pub labels: Vec<&'static str>,
    /// The cells of the row, in the order printed.
    pub cells: Vec<CellAddress>,
}

/// Which table of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TableKind {
    /// A part 二 table of the 2021 format, one per 第二十条 item.
    Proactive2021(ProactiveItem2021),
    /// A part 二 table of the 2019 format, one per 第二十条 item.
    Proactive2019(ProactiveItem2019),
    /// The applicant-category matrix of part 三.
    Requests,
    /// The review and litigation table of part 四.
    ReviewLitigation,
}

/// One table of an edition, as printed: header rows with their spans, then body rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Which table.
    pub kind: TableKind,
    /// The part that prints the table.
    pub part: Part,
    /// The header rows, top to bottom.
    pub header: Vec<Vec<HeaderCell>>,
    /// The body rows, top to bottom, in the national layout (no subtotal rows or columns).
    pub body: Vec<BodyRow>,
}

impl Table {
    /// Every cell the table addresses, in the order printed.
    pub fn cells(&self) -> impl Iterator<Item = CellAddress> + '_ {
        self.body.iter().flat_map(|row| row.cells.iter().copied())
    }
}

/// The part 二 tables of a format: one per 第二十条 item, its rows and their columns.
macro_rules! proactive_tables {
    ($out:expr, $item:ident, $row:ident, $kind:ident) => {
        for item in $item::ALL {
            let rows: Vec<$row> = $row::ALL
                .iter()
                .copied()
                .filter(|r| r.item() == *item)
                .collect();
            let Some(first) = rows.first() else { continue };
            $out.push(proactive_table(
                TableKind::$kind(*item),
                item.label(),
                first.columns().iter().map(|c| c.label()),
                rows.iter().map(|r| {
                    let cells = r.columns().iter().map(|c| CellAddress::$kind(*r, *c));
                    (r.label(), cells.collect())
                }),
            ));
        }
    };
}

/// The tables an edition prints, in order. Empty for the 2008 era.
///
/// ```
/// use ogi_report::catalogue::Edition;
/// use ogi_report::layout::tables;
///
/// let t = tables(Edition::Format2021);
/// assert_eq!(t.len(), 6); // four part 二 tables, part 三, part 四
/// assert_eq!(t[4].body.len(), 25);
/// assert_eq!(t[4].cells().count(), 25 * 7);
/// assert_eq!(tables(Edition::Format2019)[5].body.len(), 23);
/// ```
pub fn tables(edition: Edition) -> Vec<Table> {
    let mut out = Vec::new();
    match edition {
        Edition::Regulation2008 => return out,
        Edition::Format2021 => {
            proactive_tables!(out, ProactiveItem2021, ProactiveRow2021, Proactive2021)
        }
        Edition::Format2019 => {
            proactive_tables!(out, ProactiveItem2019, ProactiveRow2019, Proactive2019)
        }
    }
    out.push(requests_table(edition));
    out.push(review_table());
    out
}

fn proactive_table<'a>(
    kind: TableKind,
    item: &'static str,
    columns: impl Iterator<Item = &'static str>,
    rows: impl Iterator<Item = (&'static str, Vec<CellAddress>)> + 'a,
) -> Table {
    let mut second = vec![h(TableText::InformationContent.label(), 1, 1)];
    second.extend(columns.map(|c| h(c, 1, 1)));
    let width = second.len() as u16;
    Table {
        kind,
        part: Part::Proactive,
        header: vec![vec![h(item, 1, width)], second],
        body: rows
            .map(|(label, cells)| BodyRow {
                labels: vec![label],
                cells,
            })
            .collect(),
    }
}

fn requests_table(edition: Edition) -> Table {
    let header = vec![
        vec![
            h(TableText::BalanceNote.label(), 3, 3),
            h(TableText::ApplicantSituation.label(), 1, 7),
        ],
        vec![
            h(ApplicantColumn::NaturalPerson.label(), 2, 1),
            h(TableText::LegalPersonOrOrganization.label(), 1, 5),
            h(ApplicantColumn::Total.label(), 2, 1),
        ],
        ApplicantColumn::ORGANIZATIONS
            .iter()
            .map(|c| h(c.label(), 1, 1))
            .collect(),
    ];
    let body = RequestLine::all()
        .into_iter()
        .filter(|line| match line {
            RequestLine::Row(row) => {
                edition == Edition::Format2021
                    || row.group() != Some(crate::catalogue::RequestGroup::OtherHandling)
            }
            RequestLine::Subtotal(_) => false,
            RequestLine::OtherHandlingSingle => edition == Edition::Format2019,
        })
        .map(|line| BodyRow {
            labels: line.labels(),
            cells: ApplicantColumn::NATIONAL
                .iter()
                .map(|c| CellAddress::Requests(line, *c))
                .collect(),
        })
        .collect();
    Table {
        kind: TableKind::Requests,
        part: Part::Requests,
        header,
        body,
    }
}

fn review_table() -> Table {
    let outcomes = || ReviewOutcome::ALL.iter().map(|o| h(o.label(), 1, 1));
    Table {
        kind: TableKind::ReviewLitigation,
        part: Part::ReviewLitigation,
        header: vec![
            vec![
                h(ReviewBlock::Review.label(), 2, 5),
                h(TableText::Litigation.label(), 1, 10),
            ],
            vec![
                h(ReviewBlock::LitigationDirect.label(), 1, 5),
                h(ReviewBlock::LitigationAfterReview.label(), 1, 5),
            ],
            outcomes().chain(outcomes()).chain(outcomes()).collect(),
        ],
        body: vec![BodyRow {
            labels: Vec::new(),
            cells: CellAddress::review().collect(),
        }],
    }
}
