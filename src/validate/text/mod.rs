//! `text.*`: the report's prose against its tables (文表一致).
//!
//! The figures the narrative parts state (一、总体情况, 五 and 六) are read with their bytes in
//! the text ([`figures`]), and each count whose words name cells unambiguously
//! ([`phrases::PHRASES`]) is compared with them:
//! - `text.count`: the count equals the cells' sum. Where a phrase has two readings ("收到" is
//!   新收, or 新收 + 上年结转) and the second matches, a notice says which.
//! - `text.rate`: a percentage printed after an outcome's count equals the table's count ÷
//!   （七）总计, rounded half up or cut at the printed decimals.
//! - `text.all_concluded`: a statement that every application was concluded meets a table that
//!   carries none forward.
//!
//! A figure whose scope is not the report's own (全市, 全区, 各部门 …), that speaks of another
//! year, or that is inexact ("20余件") is not compared: the instance is counted not assessable,
//! and nothing is reported. A blank or raw cell makes the comparison not assessable (a notice);
//! it is never read as 0.

mod figures;
pub(crate) mod phrases;

use crate::catalogue::{ApplicantColumn, ProactiveRow2021, RequestGroup, RequestRow, ReviewBlock};
use crate::findings::{Finding, Message, Operand, Quote, Rule, Severity};
use crate::layout::{CellAddress, CellRef, RequestLine};
use crate::metrics::Ratio;
use crate::report::Report;

use super::engine::{Checker, Named};
use figures::{Exactness, Stated};
use phrases::{Needs, PHRASES, Phrase, Term};

/// Words that give a figure a scope wider than the agency's own.
const SCOPES: &[&str] = &[
    "全市",
    "全区",
    "全县",
    "全省",
    "全州",
    "全盟",
    "全旗",
    "全镇",
    "全乡",
    "全系统",
    "各级",
    "各地",
    "各部门",
    "各单位",
    "各县",
    "各区",
    "各乡镇",
    "各街道",
    "所属",
    "下属",
];

/// Words that put a figure in another year than the report's.
const OTHER_YEAR: &[&str] = &["去年", "同比", "较上年", "比上年", "上年同期", "上一年度的"];

/// The characters the words of [`SCOPES`] and [`OTHER_YEAR`] begin with: one pass over a
/// sentence looks for them only where one of these stands.
const FIRST_CHARS: &str = "全各所下去同较比上";

/// Whether a text speaks of a wider scope or of another year: a word of [`SCOPES`] or
/// [`OTHER_YEAR`], or a year ("2023年") that is not the report's. One pass.
fn speaks_elsewhere(text: &str, year: Option<u16>) -> bool {
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if FIRST_CHARS.contains(c) {
            let rest = &text[i..];
            if SCOPES.iter().chain(OTHER_YEAR).any(|w| rest.starts_with(w)) {
                return true;
            }
        } else if c.is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 4 && text[i + 4..].starts_with('年') {
                let printed = text[i..i + 4].parse::<u16>().ok();
                if printed.is_some_and(|y| (1990..2100).contains(&y) && Some(y) != year) {
                    return true;
                }
            }
        }
    }
    false
}

/// Whether the sentence (up to and with the figure's clause) speaks of a wider scope or of
/// another year.
fn out_of_scope(context: &str, clause: &str, year: Option<u16>) -> bool {
    speaks_elsewhere(context, year) || speaks_elsewhere(clause, year)
}

/// The block a sentence names last: 行政复议, or litigation (行政诉讼, 起诉).
fn review_block(sentence: &str) -> Option<bool> {
    let review = sentence.rfind("复议");
    let litigation = ["诉讼", "起诉"]
        .iter()
        .filter_map(|w| sentence.rfind(w))
        .max();
    match (review, litigation) {
        (Some(r), Some(l)) => Some(l > r),
        (Some(_), None) => Some(false),
        (None, Some(_)) => Some(true),
        (None, None) => None,
    }
}

/// The part 二 row a sentence names last: 规章 (never 规章制度) or 规范性文件.
fn proactive_row(sentence: &str) -> Option<ProactiveRow2021> {
    let regulations = sentence
        .match_indices("规章")
        .filter(|(at, _)| !sentence[*at..].starts_with("规章制度"))
        .map(|(at, _)| at)
        .last();
    let documents = sentence.rfind("规范性文件");
    match (regulations, documents) {
        (Some(r), Some(d)) if r > d => Some(ProactiveRow2021::Regulations),
        (Some(_), None) => Some(ProactiveRow2021::Regulations),
        (_, Some(_)) => Some(ProactiveRow2021::NormativeDocuments),
        (None, None) => None,
    }
}

/// Where a figure is, for reading its phrase's terms.
struct Context<'a> {
    /// The sentence up to the figure, and its clause.
    sentence: String,
    figure: &'a Stated,
}

impl Context<'_> {
    fn allows(&self, phrase: &Phrase) -> bool {
        let clause = &self.figure.clause;
        match phrase.needs {
            Needs::Nothing => true,
            Needs::ApplicationInClause => clause.contains("申请"),
            Needs::ApplicationInSentence => {
                self.sentence.contains("申请") || self.figure.previous.contains("申请")
            }
            Needs::DisclosureInSentence => self.sentence.contains("信息公开"),
            Needs::ReviewBlock => review_block(&self.figure.context).is_some(),
            Needs::ProactiveRow => proactive_row(&self.sentence).is_some(),
        }
    }

    /// The phrase the figure's words name: those before it, else those after it.
    fn phrase(&self) -> Option<&'static Phrase> {
        let allowed = |p: &Phrase| self.allows(p);
        phrases::named(&self.figure.before, allowed)
            .or_else(|| phrases::named(&self.figure.after, allowed))
            .map(|i| &PHRASES[i])
    }

    /// The cells a term reads in `report`; `None` when the report has no such cells.
    fn cells(&self, report: &Report, term: Term) -> Option<Vec<CellAddress>> {
        let total = |line| CellAddress::Requests(line, ApplicantColumn::Total);
        Some(match term {
            Term::Row(row) => vec![total(RequestLine::Row(row))],
            Term::Group(group) => {
                let requests = report.requests()?;
                RequestLine::all()
                    .into_iter()
                    .filter(|line| match line {
                        RequestLine::Row(row) => row.group() == Some(group),
                        RequestLine::OtherHandlingSingle => group == RequestGroup::OtherHandling,
                        RequestLine::Subtotal(_) => false,
                    })
                    .filter(|line| line.row(requests).is_some())
                    .map(total)
                    .collect()
            }
            Term::Review(outcome) => {
                let sentence = format!("{}{}", self.figure.context, self.figure.clause);
                match review_block(&sentence)? {
                    false => vec![CellAddress::Review(ReviewBlock::Review, outcome)],
                    true => vec![
                        CellAddress::Review(ReviewBlock::LitigationDirect, outcome),
                        CellAddress::Review(ReviewBlock::LitigationAfterReview, outcome),
                    ],
                }
            }
            Term::Proactive(column) => {
                let Report::Format2021(_) = report else {
                    return None;
                };
                vec![CellAddress::Proactive2021(
                    proactive_row(&self.sentence)?,
                    column,
                )]
            }
        })
    }
}

/// The cells of a reading, with their sum when every one holds a number.
struct Reading {
    cells: Vec<(CellAddress, crate::cell::Cell<i64>)>,
    sum: Option<i64>,
}

fn read(report: &Report, cells: Vec<CellAddress>) -> Reading {
    let cells: Vec<(CellAddress, crate::cell::Cell<i64>)> = cells
        .into_iter()
        .map(|at| {
            let value = match report.cell(at) {
                Some(CellRef::Count(c)) => c.clone().map(|v| v.get() as i64),
                Some(CellRef::Change(c)) => c.clone(),
                _ => crate::cell::Cell::Blank,
            };
            (at, value)
        })
        .collect();
    let sum = cells
        .iter()
        .map(|(_, v)| v.value().copied())
        .sum::<Option<i64>>();
    Reading { cells, sum }
}

/// The labels of a reading's cells: "「（一）予以公开 › 总计」+「（二）部分公开… › 总计」", a group's
/// rows as one: "「三、本年度办理结果 › （三）不予公开」各行之和（总计）".
fn describe(cells: &[(CellAddress, crate::cell::Cell<i64>)]) -> String {
    let group_of = |at: &CellAddress| match at {
        CellAddress::Requests(line, _) => line
            .group()
            .filter(|g| *g != RequestGroup::Outcomes && cells.len() > 1),
        _ => None,
    };
    let mut out: Vec<String> = Vec::new();
    let mut last_group = None;
    for (at, _) in cells {
        let group = group_of(at);
        if group.is_some() && group == last_group {
            continue;
        }
        last_group = group;
        out.push(match group {
            Some(g) => format!(
                "「{} › {}」各行之和（总计）",
                RequestGroup::Outcomes.label(),
                g.label()
            ),
            None => format!("「{}」", at.label()),
        });
    }
    out.join("+")
}

/// The cells of a reading that hold no number, named.
fn blocking(reading: &Reading) -> String {
    reading
        .cells
        .iter()
        .filter(|(_, v)| v.value().is_none())
        .map(|(at, _)| format!("「{}」", at.label()))
        .collect::<Vec<_>>()
        .join("、")
}

fn operands(reading: &Reading) -> Vec<Operand> {
    reading
        .cells
        .iter()
        .map(|(at, value)| Operand {
            pointer: at.pointer(),
            report_year: None,
            value: value.clone(),
        })
        .collect()
}

/// One narrative part: its pointer and text.
struct Part<'a> {
    pointer: &'static str,
    text: &'a str,
}

pub(crate) fn check(report: &Report, checker: &mut Checker<'_>) {
    let year = report.meta().report_year.map(crate::meta::ReportYear::get);
    for (pointer, _, text) in super::similarity::parts(report).into_iter().flatten() {
        // Most text states no count: nothing is allocated for it.
        if !figures::may_state(text) {
            continue;
        }
        let part = Part { pointer, text };
        let compact = figures::Compact::new(text);
        for figure in figures::stated_in(&compact) {
            count(report, &part, &figure, year, checker);
        }
        for statement in figures::all_concluded_in(&compact) {
            all_concluded(report, &part, &statement, year, checker);
        }
    }
}

fn quote(range: std::ops::Range<usize>, clause: &str) -> Option<Quote> {
    Some(Quote {
        start: range.start,
        end: range.end,
        text: clause.to_owned(),
    })
}

/// `text.count` (and `text.rate`) for one figure.
fn count(
    report: &Report,
    part: &Part<'_>,
    figure: &Stated,
    year: Option<u16>,
    checker: &mut Checker<'_>,
) {
    let context = Context {
        sentence: format!("{}{}", figure.context, figure.clause),
        figure,
    };
    let Some(phrase) = context.phrase() else {
        return;
    };
    let readings: Option<Vec<Reading>> = phrase
        .readings
        .iter()
        .map(|terms| {
            let mut cells = Vec::new();
            for term in *terms {
                cells.extend(context.cells(report, *term)?);
            }
            Some(read(report, cells))
        })
        .collect();
    let Some(readings) = readings.filter(|r| r.iter().all(|r| !r.cells.is_empty())) else {
        return;
    };
    let tally = checker.out.summary.tally_mut(Rule::TextCount);
    tally.evaluated += 1;
    if figure.exactness == Exactness::Inexact || out_of_scope(&figure.context, &figure.clause, year)
    {
        tally.not_assessable += 1;
        return;
    }
    let stated = figure.value as i64;
    let clause = &figure.clause;
    let first = &readings[0];
    let Some(expected) = first.sum else {
        tally.not_assessable += 1;
        let cells = blocking(first);
        push(
            checker,
            part,
            figure,
            Severity::Notice,
            (None, Some(stated)),
            operands(first),
            Message {
                zh: format!("无法核对正文“{clause}”：{cells}空白或非数值，不按零计算。"),
                en: format!(
                    "Not assessable: the text says \"{clause}\", but {cells} is blank or not a number, and is not read as zero."
                ),
            },
        );
        return;
    };
    if expected == stated {
        tally.passed += 1;
        rate(report, part, figure, first, checker);
        return;
    }
    let cells = describe(&first.cells);
    if let Some(other) = readings[1..].iter().find(|r| r.sum == Some(stated)) {
        tally.passed += 1;
        let also = describe(&other.cells);
        push(
            checker,
            part,
            figure,
            Severity::Notice,
            (Some(stated), Some(stated)),
            operands(other),
            Message {
                zh: format!(
                    "正文“{clause}”所述{stated}件不是{cells}（{expected}），而是{also}之和。"
                ),
                en: format!(
                    "The text's \"{clause}\" ({stated}) is not {cells} ({expected}) but the sum {also}; {}.",
                    phrase.caveat
                ),
            },
        );
        return;
    }
    tally.failed += 1;
    push(
        checker,
        part,
        figure,
        Rule::TextCount.severity(),
        (Some(expected), Some(stated)),
        operands(first),
        Message {
            zh: format!("正文“{clause}”所述{stated}件与表格不一致：{cells}为{expected}。"),
            en: format!(
                "The text says \"{clause}\" ({stated}), but the table gives {expected} for {cells}."
            ),
        },
    );
}

/// Adds a `text.count` finding with the figure quoted.
fn push(
    checker: &mut Checker<'_>,
    part: &Part<'_>,
    figure: &Stated,
    severity: Severity,
    (expected, actual): (Option<i64>, Option<i64>),
    operands: Vec<Operand>,
    message: Message,
) {
    debug_assert!(part.text.get(figure.range.clone()).is_some());
    checker.out.findings.push(Finding {
        rule: Rule::TextCount,
        severity,
        pointer: part.pointer.to_owned(),
        report_year: checker.year,
        expected,
        actual,
        operands,
        message,
        quote: quote(figure.range.clone(), &figure.clause),
    });
}

/// `numerator / denominator` in percent at `decimals` places, rounded half up and cut (the
/// two ways reports print a rate), each × 10^`decimals`: the metrics' exact [`Ratio`].
fn percent_of(numerator: i64, denominator: i64, decimals: u32) -> Option<(i128, i128)> {
    let ratio = Ratio::new(numerator, denominator)?;
    if numerator < 0 || decimals > Ratio::MAX_PLACES {
        return None;
    }
    Some((
        ratio.percent(decimals).mantissa(),
        ratio.percent_cut(decimals).mantissa(),
    ))
}

/// `text.rate`: the percentage printed after an outcome's count, against the table.
fn rate(
    report: &Report,
    part: &Part<'_>,
    figure: &Stated,
    reading: &Reading,
    checker: &mut Checker<'_>,
) {
    let Some(percent) = &figure.percent else {
        return;
    };
    let outcome = reading.cells.iter().all(|(at, _)| match at {
        CellAddress::Requests(line, _) => {
            line.group().is_some() && *line != RequestLine::Row(RequestRow::OutcomesTotal)
        }
        _ => false,
    });
    if !outcome {
        return;
    }
    let total = read(report, vec![crate::metrics::ANSWERED_TOTAL]);
    let tally = checker.out.summary.tally_mut(Rule::TextRate);
    tally.evaluated += 1;
    let (Some(count), Some(denominator)) = (reading.sum, total.sum) else {
        tally.not_assessable += 1;
        return;
    };
    let Some((rounded, cut)) = percent_of(count, denominator, percent.decimals) else {
        tally.not_assessable += 1;
        return;
    };
    let printed = i128::from(percent.scaled);
    if printed == rounded || printed == cut {
        tally.passed += 1;
        return;
    }
    tally.failed += 1;
    let places = percent.decimals as usize;
    let show = |v: i128| {
        let unit = 10i128.pow(percent.decimals);
        if places == 0 {
            format!("{v}%")
        } else {
            format!("{}.{:0places$}%", v / unit, v % unit)
        }
    };
    let (stated, computed) = (show(printed), show(rounded));
    let cells = describe(&reading.cells);
    let mut ops = operands(reading);
    ops.extend(operands(&total));
    let clause = &figure.clause;
    checker.out.findings.push(Finding {
        rule: Rule::TextRate,
        severity: Rule::TextRate.severity(),
        pointer: part.pointer.to_owned(),
        report_year: checker.year,
        expected: Some(rounded as i64),
        actual: Some(printed as i64),
        operands: ops,
        message: Message {
            zh: format!("正文“{clause}”所述占比{stated}与表格不一致：{cells}（{count}）÷「（七）总计」（{denominator}）为{computed}。"),
            en: format!("The text's \"{clause}\" gives {stated}, but {cells} ({count}) ÷ （七）总计 ({denominator}) is {computed}."),
        },
        quote: quote(percent.range.clone(), clause),
    });
}

/// `text.all_concluded` for one statement: contradicted by any cell of row 四 that holds a
/// number above 0 (its 总计, or an applicant's column when the 总计 is left blank); met when
/// the 总计 is 0.
fn all_concluded(
    report: &Report,
    part: &Part<'_>,
    statement: &figures::AllConcluded,
    year: Option<u16>,
    checker: &mut Checker<'_>,
) {
    let line = RequestLine::Row(RequestRow::CarriedForward);
    let total = CellAddress::Requests(line, ApplicantColumn::Total);
    if report.cell(total).is_none() {
        return;
    }
    let mut columns = vec![total];
    columns.extend(
        ApplicantColumn::ALL
            .iter()
            .filter(|c| **c != ApplicantColumn::Total)
            .map(|c| CellAddress::Requests(line, *c))
            .filter(|at| report.cell(*at).is_some()),
    );
    let row = read(report, columns);
    let tally = checker.out.summary.tally_mut(Rule::TextAllConcluded);
    tally.evaluated += 1;
    let clause = &statement.clause;
    if out_of_scope(&statement.context, clause, year) {
        tally.not_assessable += 1;
        return;
    }
    let forward = row
        .cells
        .iter()
        .find(|(_, v)| v.value().is_some_and(|v| *v > 0));
    let Some((at, value)) = forward else {
        if row.cells[0].1.value() == Some(&0) {
            tally.passed += 1;
        } else {
            tally.not_assessable += 1;
        }
        return;
    };
    tally.failed += 1;
    let forward = value.value().copied().unwrap_or_default();
    let label = at.label();
    checker.out.findings.push(Finding {
        rule: Rule::TextAllConcluded,
        severity: Rule::TextAllConcluded.severity(),
        pointer: part.pointer.to_owned(),
        report_year: checker.year,
        expected: Some(0),
        actual: Some(forward),
        operands: vec![Operand {
            pointer: at.pointer(),
            report_year: None,
            value: value.clone(),
        }],
        message: Message {
            zh: format!("正文称“{clause}”，但表格「{label}」为{forward}。"),
            en: format!("The text says \"{clause}\" (every application concluded), but the table carries {forward} forward in 「{label}」."),
        },
        quote: quote(statement.range.clone(), clause),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_is_rounded_half_up_or_cut_at_the_printed_decimals() {
        assert_eq!(percent_of(208, 1191, 2), Some((1746, 1746)));
        assert_eq!(percent_of(564, 1191, 2), Some((4736, 4735)));
        assert_eq!(percent_of(1, 3, 0), Some((33, 33)));
        assert_eq!(percent_of(2, 3, 1), Some((667, 666)));
        assert_eq!(percent_of(1, 0, 2), None);
        assert_eq!(percent_of(966, 1453, 2), Some((6648, 6648)));
        assert_eq!(percent_of(1, 3, 9), None);
    }

    #[test]
    fn the_block_and_the_row_a_sentence_names_last() {
        assert_eq!(
            review_block("政府信息公开行政复议351件，其中结果维持"),
            Some(false)
        );
        assert_eq!(
            review_block("行政复议2件、行政诉讼1件，其中维持"),
            Some(true)
        );
        assert_eq!(review_block("其中维持"), None);
        assert_eq!(
            proactive_row("制发规章2件，行政规范性文件"),
            Some(ProactiveRow2021::NormativeDocuments)
        );
        assert_eq!(proactive_row("制定内部规章制度"), None);
        assert_eq!(
            proactive_row("印发规章"),
            Some(ProactiveRow2021::Regulations)
        );
    }

    #[test]
    fn every_scope_and_year_word_begins_with_a_listed_character() {
        for word in SCOPES.iter().chain(OTHER_YEAR) {
            let first = word.chars().next().unwrap();
            assert!(FIRST_CHARS.contains(first), "{word}");
        }
    }

    #[test]
    fn a_wider_scope_or_another_year_puts_a_figure_out_of_scope() {
        assert!(out_of_scope("", "上年同期共受理", Some(2024)));
        assert!(out_of_scope("各部门共受理", "", Some(2024)));
        assert!(!out_of_scope("12024年共受理", "", Some(2024)));
        assert!(!out_of_scope("2024年共受理", "", None.or(Some(2024))));
        assert!(out_of_scope("1999年", "", Some(2024)));
        assert!(!out_of_scope("1989年", "", Some(2024)));
        assert!(out_of_scope("2024年，全市共受理", "", Some(2024)));
        assert!(out_of_scope("2023年共受理", "", Some(2024)));
        assert!(out_of_scope("", "同比增长", Some(2024)));
        assert!(!out_of_scope("2024年，市政府共受理", "", Some(2024)));
    }
}
