//! The checks of a 2008-era report: its figures.

use rust_decimal::Decimal;

use crate::catalogue::{Edition, KeyFigure};
use crate::findings::{Finding, Message, Rule};
use crate::regulation_2008::{Figure, Qualifier, Regulation2008Report};

use super::check_year;
use super::engine::Checker;

/// Runs every check of a 2008-era report.
pub(crate) fn check(r: &Regulation2008Report, checker: &mut Checker<'_>) {
    check_year(
        checker,
        Edition::Regulation2008,
        r.meta.report_year.map(|y| y.get()),
    );
    let mut keys: Vec<(KeyFigure, String)> = Vec::new();
    for (i, part) in r.parts.iter().enumerate() {
        for (j, figure) in part.figures.iter().enumerate() {
            walk(
                figure,
                &format!("/parts/{i}/figures/{j}"),
                checker,
                &mut keys,
            );
        }
    }
}

fn walk(
    figure: &Figure,
    pointer: &str,
    checker: &mut Checker<'_>,
    keys: &mut Vec<(KeyFigure, String)>,
) {
    if let Some(key) = figure.key {
        let first = keys.iter().find(|(k, _)| *k == key).map(|(_, p)| p.clone());
        checker.note(
            Rule::FiguresKey,
            || pointer.to_owned(),
            first.is_none(),
            || Message {
                zh: format!(
                    "关键数据「{}」已标注于{}，此处再次标注。",
                    key.label(),
                    first.clone().unwrap_or_default()
                ),
                en: format!(
                    "The key figure {} is already marked at {}; it is marked again here.",
                    key.id(),
                    first.clone().unwrap_or_default()
                ),
            },
        );
        keys.push((key, pointer.to_owned()));
    }
    if !figure.parts.is_empty() {
        breakdown(figure, pointer, checker);
    }
    for (k, part) in figure.parts.iter().enumerate() {
        walk(part, &format!("{pointer}/parts/{k}"), checker, keys);
    }
}

/// As an integer, if the value is whole and fits.
fn whole(value: Decimal) -> Option<i64> {
    if value.fract().is_zero() {
        value.trunc().to_string().parse().ok()
    } else {
        None
    }
}

/// `figures.breakdown`: the parts of an exact whole must not provably exceed it. What is
/// provable: an exact part counts its value, a "余"/"多" part more than its value, an "约"
/// part nothing certain, so it is left out of the lower bound.
fn breakdown(figure: &Figure, pointer: &str, checker: &mut Checker<'_>) {
    let tally = checker.out.summary.tally_mut(Rule::FiguresBreakdown);
    tally.evaluated += 1;
    let total = whole(figure.value.get());
    let parts: Option<Vec<i64>> = figure.parts.iter().map(|p| whole(p.value.get())).collect();
    let (Some(total), Some(parts), Qualifier::Exact) = (total, parts, figure.qualifier) else {
        // A whole that is itself "余" or "约", or values that are not whole numbers: nothing
        // certain can be concluded.
        tally.not_assessable += 1;
        checker.out.findings.push(notice(figure, pointer));
        return;
    };
    let mut lower = 0_i64;
    let mut strict = false;
    for (part, value) in figure.parts.iter().zip(&parts) {
        match part.qualifier {
            Qualifier::Exact => lower += value,
            Qualifier::MoreThan => {
                lower += value;
                strict = true;
            }
            Qualifier::About => {}
        }
    }
    if lower < total || (lower == total && !strict) {
        tally.passed += 1;
        return;
    }
    tally.failed += 1;
    let printed = figure
        .parts
        .iter()
        .map(|p| p.printed.as_str())
        .collect::<Vec<_>>()
        .join("、");
    let (bound, bound_en) = if strict {
        ("超过", "more than ")
    } else {
        ("为", "")
    };
    let en = format!(
        "「{}」 is {} in all, but its parts ({printed}) add up to {bound_en}{lower}, more than the whole.",
        figure.label, figure.printed
    );
    checker.out.findings.push(Finding {
        rule: Rule::FiguresBreakdown,
        severity: Rule::FiguresBreakdown.severity(),
        pointer: pointer.to_owned(),
        report_year: checker.year,
        expected: Some(total),
        actual: Some(lower),
        operands: Vec::new(),
        message: Message {
            zh: format!(
                "「{}」共{}，其中各项（{printed}）之和{bound}{lower}，超过总数{total}。",
                figure.label, figure.printed
            ),
            en,
        },
        quote: None,
    });
}

fn notice(figure: &Figure, pointer: &str) -> Finding {
    Finding {
        rule: Rule::FiguresBreakdown,
        severity: crate::findings::Severity::Notice,
        pointer: pointer.to_owned(),
        report_year: None,
        expected: None,
        actual: None,
        operands: Vec::new(),
        message: Message {
            zh: format!(
                "无法核对「{}」（{}）的其中各项：总数不确切或数值不是整数。",
                figure.label, figure.printed
            ),
            en: format!(
                "Not assessable: the breakdown of 「{}」 ({}) has an inexact whole or values that are not whole numbers.",
                figure.label, figure.printed
            ),
        },
        quote: None,
    }
}
