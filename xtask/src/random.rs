//! Reports made at random: the one generator of them, a proptest strategy.
//!
//! The tests draw from [`report`] (the round trips through text, Markdown and HTML), and
//! `cargo xtask random-report SEED` writes the report a seed gives, for the round trip
//! through Chromium's PDFs (`scripts/pdf/check`). A report starts from seed 002 (2021
//! format) or seed 003 (2019), keeps its text and meta, and draws every table cell anew:
//!
//! - counts of one digit (half of them), two or three digits, or four or five;
//! - a share of blank cells chosen per report (none, a tenth, three tenths or six tenths);
//! - in one report of two, raw marks ("/", "—", "-", "减", "无", "详见附表", "5.0") in a
//!   twentieth of the cells;
//! - in one of two, the groups' own subtotal rows, and in one of two, the 法人或其他组织
//!   subtotal column with values of its own.

use ogi_report::catalogue::{ApplicantColumn, RequestRow, ReviewBlock, ReviewOutcome};
use ogi_report::cell::Count;
use ogi_report::layout::{CellAddress, CellMut, RequestLine};
use ogi_report::money::MoneyUnit;
use ogi_report::requests::{ApplicantRow, OtherHandling, Requests};
use ogi_report::review::ReviewLitigation;
use ogi_report::{Cell, Report};
use proptest::prelude::*;
use proptest::strategy::{Union, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// What a drawn cell holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drawn {
    /// A number.
    Value(u64),
    /// Nothing printed.
    Blank,
    /// A mark printed where a number belongs.
    Raw(&'static str),
}

/// The marks reports print where a number belongs.
pub const MARKS: [&str; 7] = ["/", "—", "-", "减", "无", "详见附表", "5.0"];

/// How a report is drawn.
#[derive(Debug, Clone, Copy)]
struct Shape {
    format_2021: bool,
    subtotal_rows: bool,
    subtotal_column: bool,
}

/// A count: one digit, two or three, or four or five.
fn count() -> impl Strategy<Value = u64> {
    prop_oneof![5 => 0u64..10, 3 => 10u64..1000, 2 => 1000u64..100_000]
}

/// A cell, blank in `blank` and raw in `raw` twentieths of the draws.
fn cell(blank: u32, raw: u32) -> BoxedStrategy<Drawn> {
    let mut arms: Vec<(u32, BoxedStrategy<Drawn>)> =
        vec![(20 - blank - raw, count().prop_map(Drawn::Value).boxed())];
    if blank > 0 {
        arms.push((blank, Just(Drawn::Blank).boxed()));
    }
    if raw > 0 {
        arms.push((
            raw,
            prop::sample::select(&MARKS[..])
                .prop_map(Drawn::Raw)
                .boxed(),
        ));
    }
    Union::new_weighted(arms).boxed()
}

/// A report drawn at random (see the module's documentation).
pub fn report() -> impl Strategy<Value = Report> {
    (
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        prop::sample::select(&[0u32, 2, 6, 12][..]),
        prop::sample::select(&[0u32, 1][..]),
    )
        .prop_flat_map(
            |(format_2021, subtotal_rows, subtotal_column, blank, raw)| {
                let shape = Shape {
                    format_2021,
                    subtotal_rows,
                    subtotal_column,
                };
                (Just(shape), prop::collection::vec(cell(blank, raw), 400))
            },
        )
        .prop_map(|(shape, cells)| build(shape, &cells))
}

/// The report a seed gives: the same seed, the same report.
pub fn report_of_seed(seed: u64) -> Report {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    report()
        .new_tree(&mut runner)
        .expect("the strategy always gives a report")
        .current()
}

fn requests_mut(report: &mut Report) -> Option<&mut Requests> {
    match report {
        Report::Format2021(r) => Some(&mut r.requests),
        Report::Format2019(r) => Some(&mut r.requests),
        _ => None,
    }
}

fn build(shape: Shape, cells: &[Drawn]) -> Report {
    let seed = if shape.format_2021 {
        include_str!("../../tests/fixtures/reports/002_luohe_huizu_2022.json")
    } else {
        include_str!("../../tests/fixtures/reports/003_liaocheng_2019.json")
    };
    let mut report = Report::from_json(seed).expect("a seed fixture");
    if let Some(requests) = requests_mut(&mut report) {
        if shape.subtotal_rows {
            let row = || ApplicantRow::filled(Cell::Blank);
            requests.outcomes.withheld.subtotal = Some(row());
            requests.outcomes.not_processed.subtotal = Some(row());
            if let OtherHandling::Itemized(items) = &mut requests.outcomes.other_handling {
                items.subtotal = Some(row());
            }
        }
    }
    if shape.subtotal_column {
        let lines: Vec<_> = report
            .cells()
            .filter_map(|(at, _)| match at {
                CellAddress::Requests(line, _) => Some(line),
                _ => None,
            })
            .collect();
        if let Some(requests) = requests_mut(&mut report) {
            for line in lines {
                if let Some(row) = line.row_mut(requests) {
                    row.organization_subtotal.get_or_insert(Cell::Blank);
                }
            }
        }
    }
    let addresses: Vec<CellAddress> = report.cells().map(|(at, _)| at).collect();
    for (at, drawn) in addresses.iter().zip(cells.iter().cycle()) {
        set(&mut report, *at, drawn);
    }
    debug_assert!(
        !shape.subtotal_column
            || report.cells().any(|(at, _)| matches!(
                at,
                CellAddress::Requests(_, ApplicantColumn::OrganizationSubtotal)
            ))
    );
    report
}

fn set(report: &mut Report, at: CellAddress, drawn: &Drawn) {
    // "5.0" in a money cell is a number, not a mark: another mark goes there.
    let money_mark = |d: &Drawn| match d {
        Drawn::Raw("5.0") => Drawn::Raw("—"),
        other => other.clone(),
    };
    fn put<T>(drawn: &Drawn, value: impl FnOnce(u64) -> T) -> Cell<T> {
        match drawn {
            Drawn::Value(n) => Cell::Value(value(*n)),
            Drawn::Blank => Cell::Blank,
            Drawn::Raw(text) => Cell::Raw((*text).to_owned()),
        }
    }
    match report.cell_mut(at) {
        Some(CellMut::Count(c)) => {
            *c = put(drawn, |n| Count::new(n).expect("a drawn count is small"))
        }
        Some(CellMut::Change(c)) => *c = put(drawn, |n| n as i64 - 1500),
        Some(CellMut::Fee(c)) => {
            *c = put(&money_mark(drawn), |n| {
                format!("{}.{:04}", n / 7, n % 10_000)
                    .parse()
                    .expect("a fee with four places")
            })
        }
        Some(CellMut::Amount(c)) => {
            *c = put(&money_mark(drawn), |n| {
                format!("{n}.{}", n % 97).parse().expect("an amount")
            })
        }
        _ => {}
    }
}

/// A report a builder can make, drawn at random: the same seeds as [`report`] with their
/// meta and the text of parts 一, 五 and 六, without the preamble, headings, prose around
/// the tables and local subtotals; every leaf cell a count as [`report`] draws them (none
/// blank or raw), and the cells the format derives computed here, so that every identity
/// holds: the `total` column, （七）总计 and 四、结转 (never negative: 一、新收 is drawn as
/// the outcomes less what was carried over, plus a count), part 四's totals, and in 2019
/// 本年新公开 ≤ 本年新制作 ≤ 对外公开总数量. The 2019 procurement amount has a unit drawn
/// among none, 元 and 万元.
pub fn balanced_report() -> impl Strategy<Value = Report> {
    (
        any::<bool>(),
        prop::collection::vec(count(), 400),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(format_2021, counts, unit)| balanced(format_2021, &counts, unit))
}

fn balanced(format_2021: bool, counts: &[u64], unit: Option<bool>) -> Report {
    let mut report = build(
        Shape {
            format_2021,
            subtotal_rows: false,
            subtotal_column: false,
        },
        &counts.iter().map(|n| Drawn::Value(*n)).collect::<Vec<_>>(),
    );
    report.meta_mut().publication_date = None;
    // What the builders do not write: the preamble, headings and prose around the tables.
    macro_rules! strip {
        ($r:expr) => {{
            $r.preamble = None;
            $r.overview.heading = None;
            $r.problems.heading = None;
            $r.other_matters.heading = None;
            $r.proactive.heading = None;
            $r.proactive.text_before = None;
            $r.proactive.text_after = None;
            strip_tables(&mut $r.requests, &mut $r.review_litigation);
        }};
    }
    match &mut report {
        Report::Format2021(r) => strip!(r),
        Report::Format2019(r) => {
            strip!(r);
            let p = &mut r.proactive;
            for row in [&mut p.regulations, &mut p.normative_documents] {
                let mut three = [&row.newly_published, &row.newly_made, &row.total_published]
                    .map(|c| c.as_u64().expect("a drawn count"));
                three.sort_unstable();
                let [published, made, total] = three.map(|n| Cell::count(n).expect("small"));
                (row.newly_published, row.newly_made, row.total_published) =
                    (published, made, total);
            }
            p.procurement.unit = unit.map(|wan| {
                if wan {
                    MoneyUnit::WanYuan
                } else {
                    MoneyUnit::Yuan
                }
            });
        }
        Report::Regulation2008(_) => {}
    }
    if let Some(requests) = requests_mut(&mut report) {
        balance_requests(requests);
    }
    report
}

fn strip_tables(requests: &mut Requests, review: &mut ReviewLitigation) {
    requests.heading = None;
    requests.text_before = None;
    requests.text_after = None;
    review.heading = None;
    review.text_before = None;
    review.text_after = None;
    for block in ReviewBlock::ALL {
        let cells = review.block_mut(*block);
        let sum: u64 = ReviewOutcome::PARTS
            .iter()
            .map(|o| cells.cell(*o).as_u64().expect("a drawn count"))
            .sum();
        cells.total = Cell::count(sum).expect("small");
    }
}

/// Sets （七）总计, 一、新收, 四、结转 and the `total` column from the other drawn cells.
fn balance_requests(requests: &mut Requests) {
    let value = |r: &Requests, line: RequestLine, column| {
        line.row(r)
            .and_then(|row| row.cell(column))
            .and_then(Cell::as_u64)
            .expect("a drawn count")
    };
    let put = |r: &mut Requests, line: RequestLine, column, n: u64| {
        if let Some(cell) = line.row_mut(r).and_then(|row| row.cell_mut(column)) {
            *cell = Cell::count(n).expect("small");
        }
    };
    let row = RequestLine::Row;
    let lines: Vec<RequestLine> = RequestLine::all()
        .into_iter()
        .filter(|line| line.row(requests).is_some())
        .collect();
    for column in ApplicantColumn::CATEGORIES {
        let outcomes: u64 = lines
            .iter()
            .filter(|line| match line {
                RequestLine::Row(r) => r.group().is_some() && *r != RequestRow::OutcomesTotal,
                _ => true,
            })
            .map(|line| value(requests, *line, column))
            .sum();
        let over = value(requests, row(RequestRow::CarriedOver), column);
        let extra = value(requests, row(RequestRow::NewReceived), column);
        let new = outcomes.saturating_sub(over) + extra;
        put(requests, row(RequestRow::OutcomesTotal), column, outcomes);
        put(requests, row(RequestRow::NewReceived), column, new);
        put(
            requests,
            row(RequestRow::CarriedForward),
            column,
            new + over - outcomes,
        );
    }
    for line in lines {
        let sum = ApplicantColumn::CATEGORIES
            .iter()
            .map(|c| value(requests, line, *c))
            .sum();
        put(requests, line, ApplicantColumn::Total, sum);
    }
}
