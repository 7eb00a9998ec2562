//! The official tables as data: one address for every cell, the layout of each edition's
//! tables, and a matcher for the labels that real reports print.
//!
//! - [`CellAddress`] names every cell of the 2019- and 2021-format tables: part 二 (rows ×
//!   columns of each edition), part 三 (rows × applicant columns, including the group subtotal
//!   rows that local templates print, the single-row （六）其他处理 and the optional
//!   法人或其他组织 subtotal column) and part 四 (blocks × outcomes). Its JSON Pointer and its
//!   labels come from the [catalogue](crate::catalogue).
//! - [`Report::cell`](crate::Report::cell), [`Report::cell_mut`](crate::Report::cell_mut) and
//!   [`Report::cells`](crate::Report::cells) reach a cell by its address.
//! - [`tables`] gives each edition's tables as printed: header rows with their spans, and body
//!   rows with their label paths and the cells they address.
//! - [`label`] matches a printed label to the row or column it names, or to nothing.
//!
//! ```
//! use ogi_report::catalogue::{ApplicantColumn, RequestRow};
//! use ogi_report::layout::{CellAddress, RequestLine};
//!
//! let at = CellAddress::Requests(RequestLine::Row(RequestRow::StateSecret), ApplicantColumn::Total);
//! assert_eq!(at.pointer(), "/requests/outcomes/withheld/state_secret/total");
//! assert_eq!(at.row_labels(), ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"]);
//! assert_eq!(at.column_labels(), ["总计"]);
//! ```

pub mod label;
mod table;

pub use table::{BodyRow, HeaderCell, Table, TableKind, tables};

use crate::catalogue::{
    ApplicantColumn, Edition, Part, ProactiveColumn2019, ProactiveColumn2021, ProactiveRow2019,
    ProactiveRow2021, RequestGroup, RequestRow, ReviewBlock, ReviewOutcome, TableText,
};
use crate::cell::Cell;
use crate::cell::CountCell;
use crate::money::{ExactDecimal, Fee};
use crate::report::Report;
use crate::requests::{ApplicantRow, OtherHandling, Requests};

/// A row of part 三 as printed: a data row, a group's own subtotal row, or （六）其他处理
/// printed as one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestLine {
    /// One of the data rows of the format.
    Row(RequestRow),
    /// The row a local template prints for a group itself (不予公开, 无法提供, 不予处理 or an
    /// itemized 其他处理). Never [`RequestGroup::Outcomes`].
    Subtotal(RequestGroup),
    /// （六）其他处理 printed as one row (the 2019 layout, and some 2021 reports).
    OtherHandlingSingle,
}

impl RequestLine {
    /// The groups that print a subtotal row in some local templates.
    pub const SUBTOTAL_GROUPS: [RequestGroup; 4] = [
        RequestGroup::Withheld,
        RequestGroup::Unavailable,
        RequestGroup::NotProcessed,
        RequestGroup::OtherHandling,
    ];

    /// The group that holds the row (for a group's own row, that group).
    pub const fn group(self) -> Option<RequestGroup> {
        match self {
            RequestLine::Row(row) => row.group(),
            RequestLine::Subtotal(group) => Some(group),
            RequestLine::OtherHandlingSingle => Some(RequestGroup::OtherHandling),
        }
    }

    /// The JSON Pointer of the row object.
    pub fn pointer(self) -> String {
        match self {
            RequestLine::Row(row) => row.pointer(),
            RequestLine::Subtotal(group) => format!("{}/subtotal", group.pointer()),
            RequestLine::OtherHandlingSingle => {
                format!("{}/row", RequestGroup::OtherHandling.pointer())
            }
        }
    }

    /// The printed label path, outermost first.
    pub fn labels(self) -> Vec<&'static str> {
        match self {
            RequestLine::Row(row) => {
                let mut labels = vec![row.label()];
                let mut group = row.group();
                while let Some(g) = group {
                    labels.push(g.label());
                    group = g.parent();
                }
                labels.reverse();
                labels
            }
            RequestLine::Subtotal(group) => vec![
                RequestGroup::Outcomes.label(),
                group.label(),
                TableText::Subtotal.label(),
            ],
            RequestLine::OtherHandlingSingle => vec![
                RequestGroup::Outcomes.label(),
                RequestGroup::OtherHandling.label(),
            ],
        }
    }

    /// The row in a table, if the table prints it.
    pub fn row(self, requests: &Requests) -> Option<&ApplicantRow> {
        match self {
            RequestLine::Row(row) => requests.row(row),
            RequestLine::Subtotal(RequestGroup::OtherHandling) => {
                match &requests.outcomes.other_handling {
                    OtherHandling::Itemized(items) => items.subtotal.as_ref(),
                    OtherHandling::SingleRow(_) => None,
                }
            }
            RequestLine::Subtotal(group) => requests.group_row(group),
            RequestLine::OtherHandlingSingle => match &requests.outcomes.other_handling {
                OtherHandling::SingleRow(row) => Some(row),
                OtherHandling::Itemized(_) => None,
            },
        }
    }

    /// The row in a table, mutably, if the table prints it.
    pub fn row_mut(self, requests: &mut Requests) -> Option<&mut ApplicantRow> {
        if let RequestLine::Row(row) = self {
            return requests.row_mut(row);
        }
        let o = &mut requests.outcomes;
        match self {
            RequestLine::Row(_) => None,
            RequestLine::Subtotal(group) => match group {
                RequestGroup::Withheld => o.withheld.subtotal.as_mut(),
                RequestGroup::Unavailable => o.unavailable.subtotal.as_mut(),
                RequestGroup::NotProcessed => o.not_processed.subtotal.as_mut(),
                RequestGroup::OtherHandling => match &mut o.other_handling {
                    OtherHandling::Itemized(items) => items.subtotal.as_mut(),
                    OtherHandling::SingleRow(_) => None,
                },
                RequestGroup::Outcomes => None,
            },
            RequestLine::OtherHandlingSingle => match &mut o.other_handling {
                OtherHandling::SingleRow(row) => Some(row),
                OtherHandling::Itemized(_) => None,
            },
        }
    }

    /// Every line a part 三 table can print, in the order printed.
    pub fn all() -> Vec<RequestLine> {
        let mut lines = Vec::with_capacity(RequestRow::ALL.len() + 5);
        let mut open: Option<RequestGroup> = None;
        for row in RequestRow::ALL {
            let group = row.group().filter(|g| *g != RequestGroup::Outcomes);
            if group != open {
                if let Some(g) = group {
                    if g == RequestGroup::OtherHandling {
                        lines.push(RequestLine::OtherHandlingSingle);
                    }
                    lines.push(RequestLine::Subtotal(g));
                }
                open = group;
            }
            lines.push(RequestLine::Row(*row));
        }
        lines
    }
}

/// The address of one table cell of a 2019- or 2021-format report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CellAddress {
    /// Part 二 of the 2021 format: a row and one of its columns.
    Proactive2021(ProactiveRow2021, ProactiveColumn2021),
    /// Part 二 of the 2019 format: a row and one of its columns.
    Proactive2019(ProactiveRow2019, ProactiveColumn2019),
    /// Part 三: a printed row and an applicant column.
    Requests(RequestLine, ApplicantColumn),
    /// Part 四: a block and an outcome.
    Review(ReviewBlock, ReviewOutcome),
}

impl CellAddress {
    /// The part of the report that holds the cell.
    pub const fn part(self) -> Part {
        match self {
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..) => Part::Proactive,
            CellAddress::Requests(..) => Part::Requests,
            CellAddress::Review(..) => Part::ReviewLitigation,
        }
    }

    /// The JSON Pointer of the cell in the report's canonical JSON.
    pub fn pointer(self) -> String {
        let mut out = String::with_capacity(64);
        self.write_row_pointer(&mut out);
        out.push('/');
        out.push_str(match self {
            CellAddress::Proactive2021(_, column) => column.id(),
            CellAddress::Proactive2019(_, column) => column.id(),
            CellAddress::Requests(_, column) => column.id(),
            CellAddress::Review(_, outcome) => outcome.id(),
        });
        out
    }

    /// The JSON Pointer of the row (or part 四 block) that holds the cell.
    pub fn row_pointer(self) -> String {
        let mut out = String::with_capacity(48);
        self.write_row_pointer(&mut out);
        out
    }

    fn write_row_pointer(self, out: &mut String) {
        let mut push = |id: &str| {
            out.push('/');
            out.push_str(id);
        };
        match self {
            CellAddress::Proactive2021(row, _) => {
                push(Part::Proactive.id());
                push(row.id());
            }
            CellAddress::Proactive2019(row, _) => {
                push(Part::Proactive.id());
                push(row.id());
            }
            CellAddress::Requests(line, _) => {
                push(Part::Requests.id());
                let (group, last) = match line {
                    RequestLine::Row(row) => (row.group(), Some(row.id())),
                    RequestLine::Subtotal(group) => (Some(group), Some("subtotal")),
                    RequestLine::OtherHandlingSingle => {
                        (Some(RequestGroup::OtherHandling), Some("row"))
                    }
                };
                if let Some(group) = group {
                    if let Some(parent) = group.parent() {
                        push(parent.id());
                    }
                    push(group.id());
                }
                if let Some(last) = last {
                    push(last);
                }
            }
            CellAddress::Review(block, _) => {
                push(Part::ReviewLitigation.id());
                push(block.id());
            }
        }
    }

    /// The printed labels of the cell's row, outermost first.
    pub fn row_labels(self) -> Vec<&'static str> {
        match self {
            CellAddress::Proactive2021(row, _) => vec![row.item().label(), row.label()],
            CellAddress::Proactive2019(row, _) => vec![row.item().label(), row.label()],
            CellAddress::Requests(line, _) => line.labels(),
            CellAddress::Review(block, _) => match block {
                ReviewBlock::Review => vec![block.label()],
                _ => vec![TableText::Litigation.label(), block.label()],
            },
        }
    }

    /// The printed labels of the cell's column, outermost first.
    pub fn column_labels(self) -> Vec<&'static str> {
        match self {
            CellAddress::Proactive2021(_, column) => vec![column.label()],
            CellAddress::Proactive2019(_, column) => vec![column.label()],
            CellAddress::Requests(_, column)
                if ApplicantColumn::ORGANIZATIONS.contains(&column) =>
            {
                vec![TableText::LegalPersonOrOrganization.label(), column.label()]
            }
            CellAddress::Requests(_, ApplicantColumn::OrganizationSubtotal) => vec![
                TableText::LegalPersonOrOrganization.label(),
                TableText::Subtotal.label(),
            ],
            CellAddress::Requests(_, column) => vec![column.label()],
            CellAddress::Review(_, outcome) => vec![outcome.label()],
        }
    }

    /// Every address a report of this edition can hold, in the order printed (part 三 with
    /// every optional row and column). Empty for the 2008 era, which has no tables.
    pub fn all(edition: Edition) -> Vec<CellAddress> {
        let mut out: Vec<CellAddress> = CellAddress::proactive(edition).collect();
        if edition == Edition::Regulation2008 {
            return out;
        }
        for line in RequestLine::all() {
            out.extend(
                ApplicantColumn::ALL
                    .iter()
                    .map(|c| CellAddress::Requests(line, *c)),
            );
        }
        out.extend(CellAddress::review());
        out
    }
}

impl CellAddress {
    /// The 15 cells of part 四, in the order printed (blocks, then outcomes).
    pub fn review() -> impl Iterator<Item = CellAddress> {
        ReviewBlock::ALL.iter().flat_map(|block| {
            ReviewOutcome::ALL
                .iter()
                .map(move |outcome| CellAddress::Review(*block, *outcome))
        })
    }

    /// The cells of part 二 of an edition, in the order printed, without allocating.
    pub fn proactive(edition: Edition) -> impl Iterator<Item = CellAddress> {
        let rows_2021: &'static [ProactiveRow2021] = match edition {
            Edition::Format2021 => ProactiveRow2021::ALL,
            _ => &[],
        };
        let rows_2019: &'static [ProactiveRow2019] = match edition {
            Edition::Format2019 => ProactiveRow2019::ALL,
            _ => &[],
        };
        let in_2021 = rows_2021.iter().flat_map(|row| {
            row.columns()
                .iter()
                .map(move |c| CellAddress::Proactive2021(*row, *c))
        });
        let in_2019 = rows_2019.iter().flat_map(|row| {
            row.columns()
                .iter()
                .map(move |c| CellAddress::Proactive2019(*row, *c))
        });
        in_2021.chain(in_2019)
    }
}

impl std::fmt::Display for CellAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} × {}",
            self.row_labels().join(" › "),
            self.column_labels().join(" › ")
        )
    }
}

/// A cell of a report, whatever it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CellRef<'a> {
    /// A count.
    Count(&'a CountCell),
    /// A signed change (2019 本年增/减).
    Change(&'a Cell<i64>),
    /// The 2021 fee in 万元.
    Fee(&'a Cell<Fee>),
    /// An exact amount (2019 采购总金额).
    Amount(&'a Cell<ExactDecimal>),
}

impl<'a> CellRef<'a> {
    /// Whether the cell is blank.
    pub fn is_blank(self) -> bool {
        match self {
            CellRef::Count(c) => c.is_blank(),
            CellRef::Change(c) => c.is_blank(),
            CellRef::Fee(c) => c.is_blank(),
            CellRef::Amount(c) => c.is_blank(),
        }
    }

    /// The text printed, when the cell is raw.
    pub fn raw(self) -> Option<&'a str> {
        match self {
            CellRef::Count(c) => c.raw(),
            CellRef::Change(c) => c.raw(),
            CellRef::Fee(c) => c.raw(),
            CellRef::Amount(c) => c.raw(),
        }
    }

    /// The value as the report would print it (`None` for a blank; the text for a raw cell).
    pub fn display(self) -> Option<String> {
        fn show<T: std::fmt::Display>(cell: &Cell<T>) -> Option<String> {
            match cell {
                Cell::Value(v) => Some(v.to_string()),
                Cell::Blank => None,
                Cell::Raw(text) => Some(text.clone()),
            }
        }
        match self {
            CellRef::Count(c) => show(c),
            CellRef::Change(c) => show(c),
            CellRef::Fee(c) => show(c),
            CellRef::Amount(c) => show(c),
        }
    }
}

/// A cell of a report, mutably.
#[derive(Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CellMut<'a> {
    /// A count.
    Count(&'a mut CountCell),
    /// A signed change (2019 本年增/减).
    Change(&'a mut Cell<i64>),
    /// The 2021 fee in 万元.
    Fee(&'a mut Cell<Fee>),
    /// An exact amount (2019 采购总金额).
    Amount(&'a mut Cell<ExactDecimal>),
}

impl Report {
    /// The cell at an address, if the report holds it (its edition has the table, and the
    /// optional row or column is printed).
    pub fn cell(&self, at: CellAddress) -> Option<CellRef<'_>> {
        match (self, at) {
            (Report::Format2021(r), CellAddress::Proactive2021(row, column)) => {
                if row == ProactiveRow2021::AdministrativeFees {
                    return (column == ProactiveColumn2021::Amount)
                        .then(|| CellRef::Fee(r.proactive.fee()));
                }
                r.proactive.count(row, column).map(CellRef::Count)
            }
            (Report::Format2019(r), CellAddress::Proactive2019(row, column)) => {
                proactive_2019(&r.proactive, row, column)
            }
            (Report::Regulation2008(_), _) => None,
            (_, CellAddress::Requests(line, column)) => {
                line.row(self.requests()?)?.cell(column).map(CellRef::Count)
            }
            (Report::Format2021(r), CellAddress::Review(block, outcome)) => Some(CellRef::Count(
                r.review_litigation.block(block).cell(outcome),
            )),
            (Report::Format2019(r), CellAddress::Review(block, outcome)) => Some(CellRef::Count(
                r.review_litigation.block(block).cell(outcome),
            )),
            _ => None,
        }
    }

    /// The cell at an address, mutably, if the report holds it.
    pub fn cell_mut(&mut self, at: CellAddress) -> Option<CellMut<'_>> {
        match (self, at) {
            (Report::Format2021(r), CellAddress::Proactive2021(row, column)) => {
                proactive_2021_mut(&mut r.proactive, row, column)
            }
            (Report::Format2019(r), CellAddress::Proactive2019(row, column)) => {
                proactive_2019_mut(&mut r.proactive, row, column)
            }
            (Report::Format2021(r), CellAddress::Requests(line, column)) => line
                .row_mut(&mut r.requests)?
                .cell_mut(column)
                .map(CellMut::Count),
            (Report::Format2019(r), CellAddress::Requests(line, column)) => line
                .row_mut(&mut r.requests)?
                .cell_mut(column)
                .map(CellMut::Count),
            (Report::Format2021(r), CellAddress::Review(block, outcome)) => Some(CellMut::Count(
                r.review_litigation.block_mut(block).cell_mut(outcome),
            )),
            (Report::Format2019(r), CellAddress::Review(block, outcome)) => Some(CellMut::Count(
                r.review_litigation.block_mut(block).cell_mut(outcome),
            )),
            _ => None,
        }
    }

    /// Every table cell the report holds, with its address, in the order printed.
    pub fn cells(&self) -> impl Iterator<Item = (CellAddress, CellRef<'_>)> + '_ {
        CellAddress::all(self.edition())
            .into_iter()
            .filter_map(move |at| self.cell(at).map(|cell| (at, cell)))
    }
}

fn proactive_2019(
    p: &crate::format_2019::Proactive,
    row: ProactiveRow2019,
    column: ProactiveColumn2019,
) -> Option<CellRef<'_>> {
    use ProactiveColumn2019 as C;
    use ProactiveRow2019 as R;
    if let Some(d) = p.published(row) {
        return match column {
            C::NewlyMade => Some(CellRef::Count(&d.newly_made)),
            C::NewlyPublished => Some(CellRef::Count(&d.newly_published)),
            C::TotalPublished => Some(CellRef::Count(&d.total_published)),
            _ => None,
        };
    }
    if let Some(d) = p.items(row) {
        return match column {
            C::ItemsLastYear => Some(CellRef::Count(&d.items_last_year)),
            C::ItemsChange => Some(CellRef::Change(&d.items_change)),
            C::Decisions => Some(CellRef::Count(&d.decisions)),
            _ => None,
        };
    }
    match (row, column) {
        (R::AdministrativeFees, C::ItemsLastYear) => {
            Some(CellRef::Count(&p.administrative_fees.items_last_year))
        }
        (R::AdministrativeFees, C::ItemsChange) => {
            Some(CellRef::Change(&p.administrative_fees.items_change))
        }
        (R::Procurement, C::Projects) => Some(CellRef::Count(&p.procurement.projects)),
        (R::Procurement, C::TotalAmount) => Some(CellRef::Amount(&p.procurement.total_amount)),
        _ => None,
    }
}

fn proactive_2019_mut(
    p: &mut crate::format_2019::Proactive,
    row: ProactiveRow2019,
    column: ProactiveColumn2019,
) -> Option<CellMut<'_>> {
    use ProactiveColumn2019 as C;
    use ProactiveRow2019 as R;
    let items = match row {
        R::Licensing => Some(&mut p.licensing),
        R::OtherServices => Some(&mut p.other_services),
        R::Penalties => Some(&mut p.penalties),
        R::Coercion => Some(&mut p.coercion),
        _ => None,
    };
    if let Some(d) = items {
        return match column {
            C::ItemsLastYear => Some(CellMut::Count(&mut d.items_last_year)),
            C::ItemsChange => Some(CellMut::Change(&mut d.items_change)),
            C::Decisions => Some(CellMut::Count(&mut d.decisions)),
            _ => None,
        };
    }
    let published = match row {
        R::Regulations => Some(&mut p.regulations),
        R::NormativeDocuments => Some(&mut p.normative_documents),
        _ => None,
    };
    if let Some(d) = published {
        return match column {
            C::NewlyMade => Some(CellMut::Count(&mut d.newly_made)),
            C::NewlyPublished => Some(CellMut::Count(&mut d.newly_published)),
            C::TotalPublished => Some(CellMut::Count(&mut d.total_published)),
            _ => None,
        };
    }
    match (row, column) {
        (R::AdministrativeFees, C::ItemsLastYear) => {
            Some(CellMut::Count(&mut p.administrative_fees.items_last_year))
        }
        (R::AdministrativeFees, C::ItemsChange) => {
            Some(CellMut::Change(&mut p.administrative_fees.items_change))
        }
        (R::Procurement, C::Projects) => Some(CellMut::Count(&mut p.procurement.projects)),
        (R::Procurement, C::TotalAmount) => Some(CellMut::Amount(&mut p.procurement.total_amount)),
        _ => None,
    }
}

fn proactive_2021_mut(
    p: &mut crate::format_2021::Proactive,
    row: ProactiveRow2021,
    column: ProactiveColumn2021,
) -> Option<CellMut<'_>> {
    use ProactiveColumn2021 as C;
    use ProactiveRow2021 as R;
    let docs = match row {
        R::Regulations => Some(&mut p.regulations),
        R::NormativeDocuments => Some(&mut p.normative_documents),
        _ => None,
    };
    if let Some(d) = docs {
        return match column {
            C::Issued => Some(CellMut::Count(&mut d.issued)),
            C::Repealed => Some(CellMut::Count(&mut d.repealed)),
            C::InForce => Some(CellMut::Count(&mut d.in_force)),
            _ => None,
        };
    }
    match (row, column) {
        (R::Licensing, C::Decisions) => Some(CellMut::Count(&mut p.licensing.decisions)),
        (R::Penalties, C::Decisions) => Some(CellMut::Count(&mut p.penalties.decisions)),
        (R::Coercion, C::Decisions) => Some(CellMut::Count(&mut p.coercion.decisions)),
        (R::AdministrativeFees, C::Amount) => Some(CellMut::Fee(&mut p.administrative_fees.amount)),
        _ => None,
    }
}
