//! What the 2019 and 2021 builders share: the narrative parts, and parts 三 and 四 derived
//! from the cells an author set.

use std::collections::BTreeMap;

use crate::catalogue::{ApplicantColumn, RequestGroup, RequestRow, ReviewBlock, ReviewOutcome};
use crate::cell::{Cell, Count, CountCell};
use crate::findings::{Finding, Message, Operand, Rule, Severity};
use crate::layout::RequestLine;
use crate::narrative::Narrative;
use crate::other_matters::{InformationProcessingFee, OtherMatters};
use crate::requests::{ApplicantRow, OtherHandling, Requests};
use crate::review::ReviewLitigation;

const COLUMNS: usize = ApplicantColumn::ALL.len();

/// A count cell; a sum beyond [`Count::MAX`] cannot come from `u32` leaves.
pub(super) fn count(n: u64) -> CountCell {
    Cell::Value(Count::new(n).unwrap_or(Count::MAX))
}

/// The narrative parts and the cells of parts 三 and 四 an author set.
#[derive(Debug, Clone, Default)]
pub(super) struct Common {
    pub(super) overview: String,
    pub(super) problems: String,
    pub(super) other_matters: String,
    pub(super) information_processing_fee: Option<InformationProcessingFee>,
    pub(super) tables: Tables,
}

impl Common {
    pub(super) fn overview(&self) -> Narrative {
        Narrative::new(self.overview.clone())
    }

    pub(super) fn problems(&self) -> Narrative {
        Narrative::new(self.problems.clone())
    }

    pub(super) fn other_matters(&self) -> OtherMatters {
        OtherMatters {
            heading: None,
            text: self.other_matters.clone(),
            information_processing_fee: self.information_processing_fee.clone(),
        }
    }
}

/// A table report of an edition from its meta, the shared parts and its own part 二.
macro_rules! assemble {
    ($report:ident, $tag:expr, $meta:expr, $common:expr, $proactive:expr, $requests:expr) => {{
        let common = &$common;
        let (requests, early) = $requests;
        let report = $report {
            edition: $tag,
            meta: $meta.clone(),
            preamble: None,
            overview: common.overview(),
            proactive: $proactive,
            requests,
            review_litigation: common.tables.review_table(),
            problems: common.problems(),
            other_matters: common.other_matters(),
        };
        (crate::Report::from(report), early)
    }};
}

pub(super) use assemble;

/// The cells of parts 三 and 四 set explicitly.
#[derive(Debug, Clone, Default)]
pub(super) struct Tables {
    cells: BTreeMap<(RequestLine, ApplicantColumn), u32>,
    review: [[Option<u32>; 5]; 3],
}

impl Tables {
    pub(super) fn set(&mut self, line: RequestLine, column: ApplicantColumn, count: u32) {
        self.cells.insert((line, column), count);
    }

    pub(super) fn set_review(&mut self, block: ReviewBlock, outcome: ReviewOutcome, count: u32) {
        self.review[block as usize][outcome as usize] = Some(count);
    }

    fn explicit(&self, line: RequestLine, column: ApplicantColumn) -> Option<u64> {
        self.cells.get(&(line, column)).map(|n| u64::from(*n))
    }

    /// Whether a sub-row of （六）其他处理 was set (the 2021 layout).
    pub(super) fn itemized(&self) -> bool {
        self.cells.keys().any(|(line, _)| {
            matches!(line, RequestLine::Row(row) if row.group() == Some(RequestGroup::OtherHandling))
        })
    }

    /// Part 三 with every derived cell, laid out with （六） as one row when `single`, and the
    /// findings of columns whose outcomes exceed their applications.
    pub(super) fn requests(&self, single: bool) -> (Requests, Vec<Finding>) {
        let lines: Vec<RequestLine> = RequestRow::ALL
            .iter()
            .filter(|row| !single || row.group() != Some(RequestGroup::OtherHandling))
            .map(|row| RequestLine::Row(*row))
            .chain(single.then_some(RequestLine::OtherHandlingSingle))
            .collect();
        let total_line = RequestLine::Row(RequestRow::OutcomesTotal);
        let forward_line = RequestLine::Row(RequestRow::CarriedForward);
        let leaf = |line: &RequestLine| match line {
            RequestLine::Row(row) => row.group().is_some() && *row != RequestRow::OutcomesTotal,
            RequestLine::OtherHandlingSingle => true,
            RequestLine::Subtotal(_) => false,
        };
        let mut values: BTreeMap<RequestLine, [u64; COLUMNS]> = BTreeMap::new();
        for line in &lines {
            let row = values.entry(*line).or_insert([0; COLUMNS]);
            for column in ApplicantColumn::CATEGORIES {
                row[column as usize] = self.explicit(*line, column).unwrap_or(0);
            }
        }
        let mut early = Vec::new();
        for column in ApplicantColumn::CATEGORIES {
            let c = column as usize;
            let at = |values: &BTreeMap<RequestLine, [u64; COLUMNS]>, row| {
                values.get(&RequestLine::Row(row)).map_or(0, |v| v[c])
            };
            let leaves: u64 = lines.iter().filter(|l| leaf(l)).map(|l| values[l][c]).sum();
            let total = self.explicit(total_line, column).unwrap_or(leaves);
            let available =
                at(&values, RequestRow::NewReceived) + at(&values, RequestRow::CarriedOver);
            let forward = match self.explicit(forward_line, column) {
                Some(v) => v,
                None if available >= total => available - total,
                None => {
                    let over = at(&values, RequestRow::CarriedOver);
                    early.push(overdrawn(column, available - over, over, total));
                    0
                }
            };
            values.entry(total_line).or_default()[c] = total;
            values.entry(forward_line).or_default()[c] = forward;
        }
        let with_subtotal = self
            .cells
            .keys()
            .any(|(_, column)| *column == ApplicantColumn::OrganizationSubtotal);
        let mut requests = Requests::filled(count(0));
        if single {
            requests.outcomes.other_handling =
                OtherHandling::SingleRow(ApplicantRow::filled(count(0)));
        }
        for line in &lines {
            let v = &values[line];
            let Some(cells) = line.row_mut(&mut requests) else {
                continue;
            };
            for column in ApplicantColumn::CATEGORIES {
                if let Some(cell) = cells.cell_mut(column) {
                    *cell = count(v[column as usize]);
                }
            }
            let sum = |columns: &[ApplicantColumn]| columns.iter().map(|c| v[*c as usize]).sum();
            let derived = |column, columns| {
                count(self.explicit(*line, column).unwrap_or_else(|| sum(columns)))
            };
            cells.total = derived(ApplicantColumn::Total, &ApplicantColumn::CATEGORIES);
            if with_subtotal {
                cells.organization_subtotal = Some(derived(
                    ApplicantColumn::OrganizationSubtotal,
                    &ApplicantColumn::ORGANIZATIONS,
                ));
            }
        }
        (requests, early)
    }

    /// Part 四, each block's total derived unless set.
    pub(super) fn review_table(&self) -> ReviewLitigation {
        let mut review = ReviewLitigation::from_cells(std::array::from_fn(|_| count(0)));
        for block in ReviewBlock::ALL {
            let set = &self.review[*block as usize];
            let cells = review.block_mut(*block);
            let mut parts = 0;
            for outcome in ReviewOutcome::PARTS {
                let n = u64::from(set[outcome as usize].unwrap_or(0));
                parts += n;
                *cells.cell_mut(outcome) = count(n);
            }
            cells.total = count(set[ReviewOutcome::Total as usize].map_or(parts, u64::from));
        }
        review
    }
}

/// The finding for a column whose outcomes exceed the applications to account for.
fn overdrawn(column: ApplicantColumn, received: u64, over: u64, outcomes: u64) -> Finding {
    let available = received + over;
    let at = |row: RequestRow| format!("{}/{}", row.pointer(), column.id());
    let operand = |row: RequestRow, value: u64| Operand {
        pointer: at(row),
        report_year: None,
        value: Cell::Value(value as i64),
    };
    let label = RequestRow::CarriedForward.label();
    Finding {
        rule: Rule::RequestsBalance,
        severity: Severity::Error,
        pointer: at(RequestRow::CarriedForward),
        report_year: None,
        expected: Some(available as i64),
        actual: Some(outcomes as i64),
        operands: vec![
            operand(RequestRow::NewReceived, received),
            operand(RequestRow::CarriedOver, over),
            operand(RequestRow::OutcomesTotal, outcomes),
        ],
        message: Message {
            zh: format!(
                "「{}」列办理结果{outcomes}件多于新收与上年结转之和{available}件，{label}不能为负。",
                column.full_label(),
            ),
            en: format!(
                "Column 「{}」: {outcomes} outcomes exceed the {available} applications received or carried over; {label} cannot be negative.",
                column.full_label(),
            ),
        },
        quote: None,
    }
}
