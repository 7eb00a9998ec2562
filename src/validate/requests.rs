//! The cross-checks of part 三 (2019 and 2021 formats).

use super::engine::Named;
use crate::catalogue::{ApplicantColumn as Col, RequestGroup, RequestRow};
use crate::findings::{Message, Rule};
use crate::requests::{ApplicantRow, OtherHandling, Outcomes, Requests};

use super::engine::{At, Checker, Op, Ops, RequestLine};

/// Calls `f` with every printed row, in the order the table prints them.
pub(crate) fn for_each_row<'a>(
    table: &'a Requests,
    f: &mut dyn FnMut(RequestLine, &'a ApplicantRow),
) {
    f(
        RequestLine::Row(RequestRow::NewReceived),
        &table.new_received,
    );
    f(
        RequestLine::Row(RequestRow::CarriedOver),
        &table.carried_over,
    );
    let o = &table.outcomes;
    f(RequestLine::Row(RequestRow::Disclosed), &o.disclosed);
    f(
        RequestLine::Row(RequestRow::PartiallyDisclosed),
        &o.partially_disclosed,
    );
    for group in crate::layout::RequestLine::SUBTOTAL_GROUPS {
        if let OtherHandling::SingleRow(row) = &o.other_handling {
            if group == RequestGroup::OtherHandling {
                f(RequestLine::OtherHandlingSingle, row);
                continue;
            }
        }
        if let Some(subtotal) = table.group_row(group) {
            f(RequestLine::Subtotal(group), subtotal);
        }
        for row in group.rows() {
            if let Some(cells) = table.row(row) {
                f(RequestLine::Row(row), cells);
            }
        }
    }
    f(RequestLine::Row(RequestRow::OutcomesTotal), &o.total);
    f(
        RequestLine::Row(RequestRow::CarriedForward),
        &table.carried_forward,
    );
}

/// Calls `f` with every leaf of the outcomes: the rows whose sum is （七）总计.
pub(crate) fn for_each_outcome_leaf<'a>(
    o: &'a Outcomes,
    f: &mut dyn FnMut(RequestLine, &'a ApplicantRow),
) {
    f(RequestLine::Row(RequestRow::Disclosed), &o.disclosed);
    f(
        RequestLine::Row(RequestRow::PartiallyDisclosed),
        &o.partially_disclosed,
    );
    for row in RequestGroup::Withheld.rows() {
        if let Some(cells) = o.withheld.row(row) {
            f(RequestLine::Row(row), cells);
        }
    }
    for row in RequestGroup::Unavailable.rows() {
        if let Some(cells) = o.unavailable.row(row) {
            f(RequestLine::Row(row), cells);
        }
    }
    for row in RequestGroup::NotProcessed.rows() {
        if let Some(cells) = o.not_processed.row(row) {
            f(RequestLine::Row(row), cells);
        }
    }
    match &o.other_handling {
        OtherHandling::SingleRow(cells) => f(RequestLine::OtherHandlingSingle, cells),
        OtherHandling::Itemized(items) => {
            for row in RequestGroup::OtherHandling.rows() {
                if let Some(cells) = items.row(row) {
                    f(RequestLine::Row(row), cells);
                }
            }
        }
    }
}

fn cell(row: &ApplicantRow, column: Col) -> &crate::cell::CountCell {
    // Every national column is present in every row.
    match row.cell(column) {
        Some(cell) => cell,
        None => &row.total,
    }
}

/// Runs every part 三 check.
pub(crate) fn check(table: &Requests, checker: &mut Checker<'_>) {
    // Blank and raw cells.
    for_each_row(table, &mut |row_at, row| {
        for column in row.columns() {
            if let Some(c) = row.cell(column) {
                checker.cell(At::Requests(row_at, column), c);
            }
        }
    });

    // requests.row_total and requests.organization_subtotal, row by row.
    for_each_row(table, &mut |row_at, row| {
        let mut parts = Ops::new();
        for column in Col::CATEGORIES {
            parts.push(Op::new(At::Requests(row_at, column), cell(row, column)));
        }
        let total = [Op::new(At::Requests(row_at, Col::Total), &row.total)];
        checker.identity(
            Rule::RequestsRowTotal,
            At::Requests(row_at, Col::Total),
            parts.as_slice(),
            &total,
            &|expected, actual| Message {
                zh: format!(
                    "「{}」行的总计应为各类申请人之和{expected}，报告为{actual}。",
                    super::engine::line_label(row_at)
                ),
                en: format!(
                    "Row 「{}」: {} should be {expected}, the sum of the six applicant categories, but {actual} is reported.",
                    super::engine::line_label(row_at),
                    Col::Total.label()
                ),
            },
        );
        if let Some(subtotal) = &row.organization_subtotal {
            let mut parts = Ops::new();
            for column in Col::ORGANIZATIONS {
                parts.push(Op::new(At::Requests(row_at, column), cell(row, column)));
            }
            let at = At::Requests(row_at, Col::OrganizationSubtotal);
            checker.identity(
                Rule::RequestsOrganizationSubtotal,
                at,
                parts.as_slice(),
                &[Op::new(at, subtotal)],
                &|expected, actual| Message {
                    zh: format!(
                        "「{}」行的{}应为五类组织之和{expected}，报告为{actual}。",
                        super::engine::line_label(row_at),
                        Col::OrganizationSubtotal.label()
                    ),
                    en: format!(
                        "Row 「{}」: the organisation subtotal should be {expected}, the sum of the five organisation columns, but {actual} is reported.",
                        super::engine::line_label(row_at)
                    ),
                },
            );
        }
    });

    // requests.group_subtotal: a printed group row against the rows of the group.
    let o = &table.outcomes;
    for group in crate::layout::RequestLine::SUBTOTAL_GROUPS {
        if matches!(
            (group, &o.other_handling),
            (RequestGroup::OtherHandling, OtherHandling::SingleRow(_))
        ) {
            continue;
        }
        let Some(subtotal) = table.group_row(group) else {
            continue;
        };
        for column in Col::NATIONAL {
            let mut parts = Ops::new();
            for row in group.rows() {
                if let Some(cells) = table.row(row) {
                    parts.push(Op::new(
                        At::Requests(RequestLine::Row(row), column),
                        cell(cells, column),
                    ));
                }
            }
            let at = At::Requests(RequestLine::Subtotal(group), column);
            checker.identity(
                Rule::RequestsGroupSubtotal,
                at,
                parts.as_slice(),
                &[Op::new(at, cell(subtotal, column))],
                &|expected, actual| Message {
                    zh: format!("「{}」应为组内各行之和{expected}，报告为{actual}。", at.label()),
                    en: format!(
                        "「{}」 should be {expected}, the sum of the rows of the group, but {actual} is reported.",
                        at.label()
                    ),
                },
            );
        }
    }

    // requests.outcome_total, column by column.
    for column in Col::NATIONAL {
        let mut parts = Ops::new();
        for_each_outcome_leaf(o, &mut |row_at, row| {
            parts.push(Op::new(At::Requests(row_at, column), cell(row, column)));
        });
        let at = At::Requests(RequestLine::Row(RequestRow::OutcomesTotal), column);
        checker.identity(
            Rule::RequestsOutcomeTotal,
            at,
            parts.as_slice(),
            &[Op::new(at, cell(&o.total, column))],
            &|expected, actual| Message {
                zh: format!(
                    "「{}」列的{}应为各项办理结果之和{expected}，报告为{actual}。",
                    column.full_label(),
                    RequestRow::OutcomesTotal.label()
                ),
                en: format!(
                    "Column 「{}」: {} should be {expected}, the sum of the outcome rows, but {actual} is reported.",
                    column.full_label(),
                    RequestRow::OutcomesTotal.label()
                ),
            },
        );
    }

    // requests.balance, column by column: 一 + 二 = 三 + 四.
    for column in Col::NATIONAL {
        let at = |row| At::Requests(RequestLine::Row(row), column);
        let lhs = [
            Op::new(
                at(RequestRow::NewReceived),
                cell(&table.new_received, column),
            ),
            Op::new(
                at(RequestRow::CarriedOver),
                cell(&table.carried_over, column),
            ),
        ];
        let rhs = [
            Op::new(at(RequestRow::OutcomesTotal), cell(&o.total, column)),
            Op::new(
                at(RequestRow::CarriedForward),
                cell(&table.carried_forward, column),
            ),
        ];
        checker.identity(
            Rule::RequestsBalance,
            at(RequestRow::CarriedForward),
            &lhs,
            &rhs,
            &|expected, actual| Message {
                zh: format!(
                    "「{}」列勾稽关系不平衡：第一项加第二项之和为{expected}，第三项加第四项之和为{actual}。",
                    column.full_label()
                ),
                en: format!(
                    "Column 「{}」 does not balance: new plus carried-over applications (一 + 二) are {expected}, but outcomes plus carried-forward ones (三 + 四) are {actual}.",
                    column.full_label()
                ),
            },
        );
    }
}
