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
//!
//! Many reports print part 三's 总计 column blank but for （七）总计, and fill the six applicant
//! cells of every row. Where a row's 总计 holds no number and all six of its applicant cells
//! (自然人 … 其他) hold one, their sum stands for it, in a row or in a group alike: the finding
//! says so ("各申请人类别之和", "the sum of the applicant cells printed in row …") and its
//! operands are those six cells. A row with one applicant cell blank or raw is not summed: the
//! notice names its 总计 and the cells missing.

mod figures;
pub(crate) mod phrases;

use crate::catalogue::{ApplicantColumn, ProactiveRow2021, RequestGroup, RequestRow, ReviewBlock};
use crate::cell::Cell;
use crate::findings::{Finding, Message, Operand, Quote, Rule, Severity, quoted_en};
use crate::layout::{CellAddress, CellRef, RequestLine};
use crate::ratio::Ratio;
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
                if review_block(&sentence)? {
                    vec![
                        CellAddress::Review(ReviewBlock::LitigationDirect, outcome),
                        CellAddress::Review(ReviewBlock::LitigationAfterReview, outcome),
                    ]
                } else {
                    vec![CellAddress::Review(ReviewBlock::Review, outcome)]
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

/// What a cell holds, as a finding reads it: a number, blank, or the raw text (cut as findings
/// quote it).
fn value_at(report: &Report, at: CellAddress) -> Cell<i64> {
    match report.cell(at) {
        Some(CellRef::Count(c)) => match c {
            Cell::Raw(raw) => Cell::Raw(quoted_en(raw).into_owned()),
            _ => c.clone().map(|v| v.get() as i64),
        },
        Some(CellRef::Change(c)) => match c {
            Cell::Raw(raw) => Cell::Raw(quoted_en(raw).into_owned()),
            _ => c.clone(),
        },
        _ => Cell::Blank,
    }
}

/// One cell a phrase names, as read.
struct Piece {
    /// The cell: a part 三 总计, or a cell of part 二 or 四.
    at: CellAddress,
    value: Cell<i64>,
    /// For a part 三 总计 that holds no number, the six applicant cells of its row (自然人 …
    /// 其他), which stand for it when every one holds a number; empty otherwise.
    applicants: Vec<(CellAddress, Cell<i64>)>,
}

impl Piece {
    /// The piece's count: the cell's number, else the sum of its row's applicant cells when
    /// every one holds a number. A blank is never read as 0.
    fn count(&self) -> Option<i64> {
        if let Some(value) = self.value.value() {
            return Some(*value);
        }
        if self.applicants.is_empty() {
            return None;
        }
        self.applicants
            .iter()
            .map(|(_, v)| v.value().copied())
            .sum::<Option<i64>>()
    }

    /// Whether the count is the sum of the row's printed applicant cells.
    fn by_applicants(&self) -> bool {
        self.value.value().is_none() && self.count().is_some()
    }

    /// The part 三 row of the piece.
    fn line(&self) -> Option<RequestLine> {
        match self.at {
            CellAddress::Requests(line, _) => Some(line),
            _ => None,
        }
    }
}

/// The cells of a reading, with their sum when every one has a count.
struct Reading {
    pieces: Vec<Piece>,
    sum: Option<i64>,
}

impl Reading {
    /// Whether any row's count is the sum of its printed applicant cells.
    fn by_applicants(&self) -> bool {
        self.pieces.iter().any(Piece::by_applicants)
    }
}

fn read(report: &Report, cells: Vec<CellAddress>) -> Reading {
    let pieces: Vec<Piece> = cells
        .into_iter()
        .map(|at| {
            let value = value_at(report, at);
            let applicants = match at {
                CellAddress::Requests(line, ApplicantColumn::Total) if value.value().is_none() => {
                    ApplicantColumn::CATEGORIES
                        .iter()
                        .map(|c| {
                            let cell = CellAddress::Requests(line, *c);
                            (cell, value_at(report, cell))
                        })
                        .collect()
                }
                _ => Vec::new(),
            };
            Piece {
                at,
                value,
                applicants,
            }
        })
        .collect();
    let sum = pieces.iter().map(Piece::count).sum::<Option<i64>>();
    Reading { pieces, sum }
}

/// The labels of a reading's cells, in Chinese and in English: "「（一）予以公开 › 总计」+
/// 「（二）部分公开… › 总计」", a group's rows as one: "「三、本年度办理结果 › （三）不予公开」各行之和
/// （总计）", and a row counted by its applicant cells as their sum: "「三、本年度办理结果 ›
/// （一）予以公开」各申请人类别之和（总计未填数值）", "the sum of the applicant cells printed in row
/// 「…」".
fn describe(pieces: &[Piece]) -> (String, String) {
    let group_of = |piece: &Piece| {
        piece
            .line()?
            .group()
            .filter(|g| *g != RequestGroup::Outcomes && pieces.len() > 1)
    };
    let (mut zh, mut en): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut start = 0;
    while start < pieces.len() {
        let group = group_of(&pieces[start]);
        let mut end = start + 1;
        if group.is_some() {
            while end < pieces.len() && group_of(&pieces[end]) == group {
                end += 1;
            }
        }
        let run = &pieces[start..end];
        let summed = run.iter().filter(|p| p.by_applicants()).count();
        match (group, &run[0]) {
            (Some(g), _) => {
                let name = format!("「{} › {}」", RequestGroup::Outcomes.label(), g.label());
                if summed == 0 {
                    zh.push(format!("{name}各行之和（总计）"));
                    en.push(format!("{name}各行之和（总计）"));
                } else if summed == run.len() {
                    zh.push(format!("{name}各行各申请人类别之和（总计未填数值）"));
                    en.push(format!(
                        "the sum of the applicant cells printed in the rows of {name} (their 总计 holds no number)"
                    ));
                } else {
                    zh.push(format!(
                        "{name}各行之和（总计；总计未填数值的行为各申请人类别之和）"
                    ));
                    en.push(format!(
                        "the sum of the rows of {name} (总计, or the applicant cells printed where 总计 holds no number)"
                    ));
                }
            }
            (None, piece) => match piece.line().filter(|_| piece.by_applicants()) {
                Some(line) => {
                    let row = super::engine::line_label(line);
                    zh.push(format!("「{row}」各申请人类别之和（总计未填数值）"));
                    en.push(format!(
                        "the sum of the applicant cells printed in row 「{row}」 (its 总计 holds no number)"
                    ));
                }
                None => {
                    zh.push(format!("「{}」", piece.at.label()));
                    en.push(format!("「{}」", piece.at.label()));
                }
            },
        }
        start = end;
    }
    let join = if pieces.iter().any(Piece::by_applicants) {
        " + "
    } else {
        "+"
    };
    (zh.join("+"), en.join(join))
}

/// The cells of a reading that hold no number, named in Chinese and in English. A part 三 row
/// is named once, with the cells missing: its 总计, and the applicant cells that would have
/// stood for it ("「…（一）予以公开」的总计、科研机构"), or all of them ("的总计及各申请人类别").
fn blocking(reading: &Reading) -> (String, String) {
    let (mut zh, mut en): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut rows = false;
    for piece in reading.pieces.iter().filter(|p| p.count().is_none()) {
        let Some(line) = piece.line().filter(|_| !piece.applicants.is_empty()) else {
            zh.push(format!("「{}」", piece.at.label()));
            en.push(format!("「{}」", piece.at.label()));
            continue;
        };
        rows = true;
        let row = super::engine::line_label(line);
        let missing: Vec<&str> = piece
            .applicants
            .iter()
            .filter(|(_, v)| v.value().is_none())
            .filter_map(|(at, _)| match at {
                CellAddress::Requests(_, column) => Some(column.label()),
                _ => None,
            })
            .collect();
        let total = ApplicantColumn::Total.label();
        if missing.len() == piece.applicants.len() {
            zh.push(format!("「{row}」的{total}及各申请人类别"));
            en.push(format!("「{row}」 ({total} and every applicant cell)"));
        } else {
            zh.push(format!("「{row}」的{total}、{}", missing.join("、")));
            en.push(format!("「{row}」 ({total}, {})", missing.join(", ")));
        }
    }
    if rows {
        (zh.join("；"), en.join("; "))
    } else {
        (zh.join("、"), en.join("、"))
    }
}

/// The cells a reading read: each named cell that holds a number; for a 总计 that holds none,
/// the applicant cells of its row (after the 总计 itself when they do not all hold one).
fn operands(reading: &Reading) -> Vec<Operand> {
    let operand = |(at, value): (&CellAddress, &Cell<i64>)| Operand {
        pointer: at.pointer(),
        report_year: None,
        value: value.clone(),
    };
    let mut out = Vec::new();
    for piece in &reading.pieces {
        if !piece.by_applicants() {
            out.push(operand((&piece.at, &piece.value)));
        }
        if piece.value.value().is_none() {
            out.extend(piece.applicants.iter().map(|(at, v)| operand((at, v))));
        }
    }
    out
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
    let Some(readings) = readings.filter(|r| r.iter().all(|r| !r.pieces.is_empty())) else {
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
        let (zh, en) = blocking(first);
        push(
            checker,
            part,
            figure,
            Severity::Notice,
            (None, Some(stated)),
            operands(first),
            Message {
                zh: format!("无法核对正文“{clause}”：{zh}空白或非数值，不按零计算。"),
                en: format!(
                    "Not assessable: the text says \"{clause}\", but {en} is blank or not a number, and is not read as zero."
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
    let (cells_zh, cells_en) = describe(&first.pieces);
    if let Some(other) = readings[1..].iter().find(|r| r.sum == Some(stated)) {
        tally.passed += 1;
        let (also_zh, also_en) = describe(&other.pieces);
        let (also_zh, also_en) = if other.by_applicants() {
            (
                format!("{also_zh}，合计{stated}"),
                format!("{also_en}, {stated} in all"),
            )
        } else {
            (format!("{also_zh}之和"), format!("the sum {also_en}"))
        };
        push(
            checker,
            part,
            figure,
            Severity::Notice,
            (Some(stated), Some(stated)),
            operands(other),
            Message {
                zh: format!(
                    "正文“{clause}”所述{stated}件不是{cells_zh}（{expected}），而是{also_zh}。"
                ),
                en: format!(
                    "The text's \"{clause}\" ({stated}) is not {cells_en} ({expected}) but {also_en}; {}.",
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
            zh: format!("正文“{clause}”所述{stated}件与表格不一致：{cells_zh}为{expected}。"),
            en: format!(
                "The text says \"{clause}\" ({stated}), but the table gives {expected} for {cells_en}."
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
    let outcome = reading.pieces.iter().all(|piece| match piece.line() {
        Some(line) => line.group().is_some() && line != RequestLine::Row(RequestRow::OutcomesTotal),
        None => false,
    });
    if !outcome {
        return;
    }
    // The denominator is the printed （七）总计 only.
    let total = CellAddress::Requests(
        RequestLine::Row(RequestRow::OutcomesTotal),
        ApplicantColumn::Total,
    );
    let total_value = value_at(report, total);
    let tally = checker.out.summary.tally_mut(Rule::TextRate);
    tally.evaluated += 1;
    let (Some(count), Some(denominator)) = (reading.sum, total_value.value().copied()) else {
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
    let (cells_zh, cells_en) = describe(&reading.pieces);
    let mut ops = operands(reading);
    ops.push(Operand {
        pointer: total.pointer(),
        report_year: None,
        value: total_value,
    });
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
            zh: format!("正文“{clause}”所述占比{stated}与表格不一致：{cells_zh}（{count}）÷「（七）总计」（{denominator}）为{computed}。"),
            en: format!("The text's \"{clause}\" gives {stated}, but {cells_en} ({count}) ÷ （七）总计 ({denominator}) is {computed}."),
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
    let row: Vec<(CellAddress, Cell<i64>)> = columns
        .into_iter()
        .map(|at| (at, value_at(report, at)))
        .collect();
    let tally = checker.out.summary.tally_mut(Rule::TextAllConcluded);
    tally.evaluated += 1;
    let clause = &statement.clause;
    if out_of_scope(&statement.context, clause, year) {
        tally.not_assessable += 1;
        return;
    }
    let forward = row.iter().find(|(_, v)| v.value().is_some_and(|v| *v > 0));
    let Some((at, value)) = forward else {
        if row[0].1.value() == Some(&0) {
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
