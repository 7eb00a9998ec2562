//! The one mechanism every cross-check uses: an identity between sums of cells.
//!
//! A rule instance reads its operand cells; if any is blank or not a number the instance is
//! not assessable and says which cells prevented it. Otherwise it compares the two sides.
//! Nothing is allocated unless there is something to report.

use std::fmt::Write as _;

use crate::catalogue::{RequestGroup, ReviewBlock, ReviewOutcome};
use crate::cell::CountCell;
use crate::cell::{Cell, Count};
use crate::findings::{
    Finding, Message, Operand, Rule, Severity, Validation, quoted_en, quoted_zh,
};
use crate::meta::ReportYear;

/// A cell a rule reads or reports: the one address of the layout.
pub(crate) use crate::layout::{CellAddress as At, RequestLine};

/// How findings name a cell: its row's labels, then its column's.
pub(crate) trait Named {
    /// Appends the cell's official labels, e.g. "一、本年新收政府信息公开申请数量 › 自然人".
    fn write_label(self, out: &mut String);

    /// The cell's official labels.
    fn label(self) -> String
    where
        Self: Sized,
    {
        let mut out = String::with_capacity(96);
        self.write_label(&mut out);
        out
    }
}

const SEP: &str = " › ";

/// Appends the labels of a part 三 row, outermost group first.
fn write_line_label(line: RequestLine, out: &mut String) {
    let (group, last) = match line {
        RequestLine::Row(row) => (row.group(), row.label()),
        RequestLine::Subtotal(group) => (Some(RequestGroup::Outcomes), group.label()),
        RequestLine::OtherHandlingSingle => (
            Some(RequestGroup::Outcomes),
            RequestGroup::OtherHandling.label(),
        ),
    };
    if let Some(group) = group {
        write_group_label(group, out);
    }
    out.push_str(last);
}

/// Appends a group's label after its parent's, each followed by the separator.
fn write_group_label(group: RequestGroup, out: &mut String) {
    if let Some(parent) = group.parent() {
        write_group_label(parent, out);
    }
    out.push_str(group.label());
    out.push_str(SEP);
}

/// How findings name a row of part 三.
pub(crate) fn line_label(line: RequestLine) -> String {
    let mut out = String::with_capacity(64);
    write_line_label(line, &mut out);
    out
}

impl Named for At {
    fn write_label(self, out: &mut String) {
        let (row, column): (&str, &str) = match self {
            At::Requests(line, column) => {
                write_line_label(line, out);
                out.push_str(SEP);
                if crate::catalogue::ApplicantColumn::ORGANIZATIONS.contains(&column) {
                    out.push_str(crate::catalogue::TableText::LegalPersonOrOrganization.label());
                    out.push_str(SEP);
                }
                out.push_str(column.label());
                return;
            }
            At::Review(block, outcome) => {
                if block != ReviewBlock::Review {
                    out.push_str(crate::catalogue::TableText::Litigation.label());
                    out.push_str(SEP);
                }
                (block.label(), outcome.label())
            }
            At::Proactive2021(row, column) => (row.label(), column.label()),
            At::Proactive2019(row, column) => (row.label(), column.label()),
        };
        out.push_str(row);
        out.push_str(SEP);
        out.push_str(column);
    }
}

/// The cell an operand reads: a count, or a signed change (本年增/减).
#[derive(Debug, Clone, Copy)]
pub(crate) enum OpCell<'a> {
    Count(&'a CountCell),
    Signed(&'a Cell<i64>),
}

impl OpCell<'_> {
    fn value(self) -> Option<i64> {
        match self {
            OpCell::Count(cell) => cell.value().map(|v| v.get() as i64),
            OpCell::Signed(cell) => cell.value().copied(),
        }
    }

    /// What the cell held, as an operand quotes it (long raw text cut, see
    /// [`QUOTE_LIMIT`](crate::findings::QUOTE_LIMIT)).
    fn reported(self) -> Cell<i64> {
        match self {
            OpCell::Count(Cell::Raw(raw)) | OpCell::Signed(Cell::Raw(raw)) => {
                Cell::Raw(quoted_en(raw).into_owned())
            }
            OpCell::Count(cell) => cell.map(|v| v.get() as i64),
            OpCell::Signed(cell) => cell.clone(),
        }
    }
}

impl<'a> From<&'a CountCell> for OpCell<'a> {
    fn from(cell: &'a CountCell) -> Self {
        OpCell::Count(cell)
    }
}

impl<'a> From<&'a Cell<i64>> for OpCell<'a> {
    fn from(cell: &'a Cell<i64>) -> Self {
        OpCell::Signed(cell)
    }
}

/// One operand of an identity.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Op<'a> {
    pub(crate) at: At,
    pub(crate) cell: OpCell<'a>,
    pub(crate) year: Option<ReportYear>,
    pub(crate) negate: bool,
}

impl<'a> Op<'a> {
    pub(crate) fn new(at: At, cell: impl Into<OpCell<'a>>) -> Op<'a> {
        Op {
            at,
            cell: cell.into(),
            year: None,
            negate: false,
        }
    }

    pub(crate) fn in_year(mut self, year: ReportYear) -> Op<'a> {
        self.year = Some(year);
        self
    }

    pub(crate) fn negated(mut self) -> Op<'a> {
        self.negate = true;
        self
    }

    fn operand(self) -> Operand {
        Operand {
            pointer: self.at.pointer(),
            report_year: self.year,
            value: self.cell.reported(),
        }
    }

    fn write_description(self, out: &mut String) {
        if let Some(year) = self.year {
            let _ = write!(out, "{year}年");
        }
        out.push('「');
        self.at.write_label(out);
        out.push('」');
    }
}

static ZERO: CountCell = Cell::Value(Count::ZERO);

/// A fixed-capacity list of operands on the stack.
pub(crate) struct Ops<'a> {
    items: [Op<'a>; Ops::CAPACITY],
    len: usize,
}

impl<'a> Ops<'a> {
    const CAPACITY: usize = 32;

    pub(crate) fn new() -> Ops<'a> {
        let filler = Op::new(At::Review(ReviewBlock::Review, ReviewOutcome::Total), &ZERO);
        Ops {
            items: [filler; Ops::CAPACITY],
            len: 0,
        }
    }

    pub(crate) fn push(&mut self, op: Op<'a>) {
        // The largest identity of the formats has 22 operands; past the capacity an operand
        // would be dropped, which the debug build refuses.
        let slot = self.items.get_mut(self.len);
        debug_assert!(slot.is_some(), "more than {} operands", Ops::CAPACITY);
        if let Some(slot) = slot {
            *slot = op;
            self.len += 1;
        }
    }

    pub(crate) fn as_slice(&self) -> &[Op<'a>] {
        &self.items[..self.len]
    }
}

/// The messages of a failed identity, built only when one fails.
pub(crate) type Describe<'f> = &'f dyn Fn(i64, i64) -> Message;

/// Collects findings and tallies.
pub(crate) struct Checker<'v> {
    pub(crate) out: &'v mut Validation,
    pub(crate) year: Option<ReportYear>,
}

fn sum(ops: &[Op<'_>]) -> Option<i64> {
    let mut total: i64 = 0;
    for op in ops {
        let value = op.cell.value()?;
        total += if op.negate { -value } else { value };
    }
    Some(total)
}

impl Checker<'_> {
    /// Checks `Σ lhs = Σ rhs` (terms may be negated), reporting at `at`.
    ///
    /// `expected` is `Σ lhs`, `actual` is `Σ rhs`.
    pub(crate) fn identity(
        &mut self,
        rule: Rule,
        at: At,
        lhs: &[Op<'_>],
        rhs: &[Op<'_>],
        describe: Describe<'_>,
    ) {
        self.relation(
            rule,
            at,
            lhs,
            rhs,
            |expected, actual| expected == actual,
            describe,
        );
    }

    /// Checks `Σ value ≤ Σ bound`, reporting at `at`; `expected` is the bound, `actual` the
    /// value.
    pub(crate) fn at_most(
        &mut self,
        rule: Rule,
        at: At,
        bound: &[Op<'_>],
        value: &[Op<'_>],
        describe: Describe<'_>,
    ) {
        self.relation(
            rule,
            at,
            bound,
            value,
            |bound, value| value <= bound,
            describe,
        );
    }

    fn relation(
        &mut self,
        rule: Rule,
        at: At,
        lhs: &[Op<'_>],
        rhs: &[Op<'_>],
        holds: fn(i64, i64) -> bool,
        describe: Describe<'_>,
    ) {
        let tally = self.out.summary.tally_mut(rule);
        tally.evaluated += 1;
        match (sum(lhs), sum(rhs)) {
            (Some(expected), Some(actual)) if holds(expected, actual) => tally.passed += 1,
            (Some(expected), Some(actual)) => {
                tally.failed += 1;
                let finding = Finding {
                    rule,
                    severity: rule.severity(),
                    pointer: at.pointer(),
                    report_year: self.year,
                    expected: Some(expected),
                    actual: Some(actual),
                    operands: lhs.iter().chain(rhs).map(|op| op.operand()).collect(),
                    message: describe(expected, actual),
                    quote: None,
                };
                self.out.findings.push(finding);
            }
            _ => {
                tally.not_assessable += 1;
                let mut blocking = String::with_capacity(128);
                for op in lhs.iter().chain(rhs).filter(|op| op.cell.value().is_none()) {
                    if !blocking.is_empty() {
                        blocking.push('、');
                    }
                    op.write_description(&mut blocking);
                }
                let finding = Finding {
                    rule,
                    severity: Severity::Notice,
                    pointer: at.pointer(),
                    report_year: self.year,
                    expected: None,
                    actual: None,
                    operands: lhs.iter().chain(rhs).map(|op| op.operand()).collect(),
                    message: Message {
                        zh: format!(
                            "无法核对「{}」：{blocking}空白或非数值，不按零计算。",
                            rule.label()
                        ),
                        en: format!(
                            "Not assessable ({}): {blocking} is blank or not a number, and is not read as zero.",
                            rule.title_en()
                        ),
                    },
                    quote: None,
                };
                self.out.findings.push(finding);
            }
        }
    }

    /// Flags a blank cell or one that is not a number (`cell.blank`, `cell.not_numeric`).
    pub(crate) fn cell<T>(&mut self, at: At, cell: &Cell<T>) {
        // Every cell is evaluated by both cell rules.
        for rule in [Rule::CellBlank, Rule::CellNotNumeric] {
            let tally = self.out.summary.tally_mut(rule);
            tally.evaluated += 1;
            let flagged = match cell {
                Cell::Value(_) => false,
                Cell::Blank => rule == Rule::CellBlank,
                Cell::Raw(_) => rule == Rule::CellNotNumeric,
            };
            if flagged {
                tally.failed += 1;
            } else {
                tally.passed += 1;
            }
        }
        if matches!(cell, Cell::Value(_)) {
            return;
        }
        let label = at.label();
        let (rule, zh, en) = match cell {
            Cell::Raw(raw) => (
                Rule::CellNotNumeric,
                format!("「{label}」填写的是“{}”而非数值。", quoted_zh(raw)),
                format!(
                    "「{label}」 holds \"{}\" where a number belongs.",
                    quoted_en(raw)
                ),
            ),
            _ => (
                Rule::CellBlank,
                format!("「{label}」空白。"),
                format!("「{label}」 is blank."),
            ),
        };
        let value = match cell {
            Cell::Raw(raw) => Cell::Raw(quoted_en(raw).into_owned()),
            _ => Cell::Blank,
        };
        let pointer = at.pointer();
        self.out.findings.push(Finding {
            rule,
            severity: rule.severity(),
            pointer: pointer.clone(),
            report_year: self.year,
            expected: None,
            actual: None,
            operands: vec![Operand {
                pointer,
                report_year: self.year,
                value,
            }],
            message: Message { zh, en },
            quote: None,
        });
    }

    /// A finding with no arithmetic (e.g. `edition.layout`).
    pub(crate) fn note(
        &mut self,
        rule: Rule,
        pointer: impl FnOnce() -> String,
        passed: bool,
        message: impl FnOnce() -> Message,
    ) {
        let tally = self.out.summary.tally_mut(rule);
        tally.evaluated += 1;
        if passed {
            tally.passed += 1;
            return;
        }
        tally.failed += 1;
        self.out.findings.push(Finding {
            rule,
            severity: rule.severity(),
            pointer: pointer(),
            report_year: self.year,
            expected: None,
            actual: None,
            operands: Vec::new(),
            message: message(),
            quote: None,
        });
    }
}
