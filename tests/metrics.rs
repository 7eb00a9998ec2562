//! Named rates: each worked out by hand on seed 003 (聊城市城管局 2019), the blank, raw and
//! zero-denominator cases of every metric, the series checks and the exact fraction.

use ogi_report::Report;
use ogi_report::catalogue::Edition;
use ogi_report::catalogue::{ApplicantColumn, RequestRow, ReviewBlock, ReviewOutcome};
use ogi_report::layout::{CellAddress, RequestLine};
use ogi_report::metrics::{
    self, DEFINITIONS, Denominator, Metric, NotComputable, Operand, Ratio, Reason, Term, Value,
};
use serde_json::{Value as Json, json};

use crate::support::{SEED_003_JSON, fixture_with};
use xtask::metrics::REASONS;

const QINGDAO_2018: &str = include_str!("fixtures/reports/004_qingdao_2018.json");

fn total(row: RequestRow) -> CellAddress {
    CellAddress::Requests(RequestLine::Row(row), ApplicantColumn::Total)
}

fn op(at: CellAddress) -> Operand {
    Operand {
        at,
        last_year: false,
    }
}

fn seed_003() -> Report {
    Report::from_json(SEED_003_JSON).unwrap()
}

fn seed_003_with(cells: &[(&str, Json)]) -> Report {
    fixture_with(SEED_003_JSON, cells)
}

/// The ratio's numerator, denominator and percent at 2 places.
fn parts(value: &Value) -> (i64, i64, String) {
    let r = value
        .ratio()
        .unwrap_or_else(|| panic!("{:?} not computable: {:?}", value.metric, value.result));
    (r.numerator(), r.denominator(), r.percent(2).to_string())
}

fn why(value: &Value) -> &NotComputable {
    value
        .not_computable()
        .unwrap_or_else(|| panic!("{:?} computed: {:?}", value.metric, value.result))
}

// Seed 003 prints, in the 总计 column: 一、本年新收 2, 二、上年结转 0, （一）予以公开 1,
// （二）部分公开 1, every row of （三） and （五） 0, （四）1.本机关不掌握 blank and its other two
// rows 0, （六） as one row 0, （七）总计 2, 四、结转下年度 0; part 四 all 0.

#[test]
fn disclosure_rate_on_seed_003() {
    // （一） 1 ÷ （七）总计 2 = 1/2 = 50.00 %; over 一 + 二 = 2 + 0 and over 一 = 2, the same.
    let report = seed_003();
    let value = metrics::compute(&report, Metric::DisclosureRate);
    assert_eq!(value.denominator, Denominator::Answered);
    assert_eq!(parts(&value), (1, 2, "50.00".into()));
    for kind in [Denominator::Received, Denominator::NewOnly] {
        let value = metrics::compute_with(&report, Metric::DisclosureRate, kind);
        assert_eq!(
            (value.denominator, parts(&value)),
            (kind, (1, 2, "50.00".into()))
        );
    }
}

#[test]
fn substantive_disclosure_rate_on_seed_003() {
    // （一） 1 + （二） 1 = 2, ÷ （七）总计 2 = 100.00 %.
    let value = metrics::compute(&seed_003(), Metric::SubstantiveDisclosureRate);
    assert_eq!(parts(&value), (2, 2, "100.00".into()));
}

#[test]
fn withheld_rate_on_seed_003() {
    // The eight rows of （三） are 0: 0 ÷ 2 = 0.00 %.
    let value = metrics::compute(&seed_003(), Metric::WithheldRate);
    assert_eq!(parts(&value), (0, 2, "0.00".into()));
}

#[test]
fn unavailable_rate_on_seed_003() {
    // （四）1 is blank: no rate, and the blank cell is named.
    let value = metrics::compute(&seed_003(), Metric::UnavailableRate);
    assert_eq!(
        why(&value),
        &NotComputable {
            reason: Reason::Blank,
            cells: vec![op(total(RequestRow::NotHeld))]
        }
    );
    // With 1 written in it: 1 + 0 + 0 = 1 over a （七）总计 of 2 → 50.00 %.
    let filled = seed_003_with(&[("/requests/outcomes/unavailable/not_held/total", json!(1))]);
    let value = metrics::compute(&filled, Metric::UnavailableRate);
    assert_eq!(parts(&value), (1, 2, "50.00".into()));
}

#[test]
fn not_processed_rate_on_seed_003() {
    // The five rows of （五） are 0: 0 ÷ 2.
    let value = metrics::compute(&seed_003(), Metric::NotProcessedRate);
    assert_eq!(parts(&value), (0, 2, "0.00".into()));
}

#[test]
fn other_handling_rate_on_seed_003_reads_its_one_row() {
    // （六） is printed as one row (2019), 0: 0 ÷ 2. With 2 in it and （七）总计 set to 4: 2/4.
    let value = metrics::compute(&seed_003(), Metric::OtherHandlingRate);
    assert_eq!(parts(&value), (0, 2, "0.00".into()));
    let report = seed_003_with(&[
        ("/requests/outcomes/other_handling/row/total", json!(2)),
        ("/requests/outcomes/total/total", json!(4)),
    ]);
    let value = metrics::compute(&report, Metric::OtherHandlingRate);
    assert_eq!(parts(&value), (2, 4, "50.00".into()));
    // Blank, the one row is named.
    let report = seed_003_with(&[("/requests/outcomes/other_handling/row/total", Json::Null)]);
    let single = CellAddress::Requests(RequestLine::OtherHandlingSingle, ApplicantColumn::Total);
    assert_eq!(
        why(&metrics::compute(&report, Metric::OtherHandlingRate)).cells,
        [op(single)]
    );
}

#[test]
fn other_handling_rate_of_the_2021_format_sums_its_three_rows() {
    // Seed 002 (2021): 1 + 2 + 3 over a （七）总计 of 8 = 6/8 = 75.00 %.
    let report = crate::support::seed_002_with(&[
        (
            "/requests/outcomes/other_handling/no_amendment/total",
            json!(1),
        ),
        (
            "/requests/outcomes/other_handling/fee_unpaid/total",
            json!(2),
        ),
        ("/requests/outcomes/other_handling/other/total", json!(3)),
        ("/requests/outcomes/total/total", json!(8)),
    ]);
    let value = metrics::compute(&report, Metric::OtherHandlingRate);
    assert_eq!(parts(&value), (6, 8, "75.00".into()));
}

#[test]
fn carry_forward_rate_on_seed_003() {
    // 四 0 ÷ (一 2 + 二 0) = 0/2. It takes 受理 only.
    let report = seed_003();
    let value = metrics::compute(&report, Metric::CarryForwardRate);
    assert_eq!(value.denominator, Denominator::Received);
    assert_eq!(parts(&value), (0, 2, "0.00".into()));
    let asked = metrics::compute_with(&report, Metric::CarryForwardRate, Denominator::Answered);
    assert_eq!(
        (asked.denominator, why(&asked).reason),
        (Denominator::Answered, Reason::DenominatorNotDefined)
    );
}

#[test]
fn review_correction_rate_on_seed_003_with_cases() {
    // 维持 3, 纠正 1, 其他 0, 尚未审结 1, 总计 5: concluded 5 − 1 = 4, so 1/4 = 25.00 %; over
    // every case filed, 1/5 = 20.00 %.
    let report = seed_003_with(&[
        ("/review_litigation/review/upheld", json!(3)),
        ("/review_litigation/review/corrected", json!(1)),
        ("/review_litigation/review/pending", json!(1)),
        ("/review_litigation/review/total", json!(5)),
    ]);
    let value = metrics::compute(&report, Metric::ReviewCorrectionRate);
    assert_eq!(value.denominator, Denominator::Concluded);
    assert_eq!(parts(&value), (1, 4, "25.00".into()));
    let value = metrics::compute_with(&report, Metric::ReviewCorrectionRate, Denominator::Received);
    assert_eq!(parts(&value), (1, 5, "20.00".into()));
    // Seed 003 as published has no review case: 0 − 0 = 0, not computable.
    let value = metrics::compute(&seed_003(), Metric::ReviewCorrectionRate);
    let review = |o| op(CellAddress::Review(ReviewBlock::Review, o));
    assert_eq!(
        why(&value),
        &NotComputable {
            reason: Reason::ZeroDenominator,
            cells: vec![review(ReviewOutcome::Total), review(ReviewOutcome::Pending)]
        }
    );
}

#[test]
fn litigation_correction_rate_on_seed_003_with_cases() {
    // Direct: 维持 1, 纠正 1, 总计 2. After review: 尚未审结 1, 总计 1. Concluded:
    // 2 + 1 − 0 − 1 = 2, corrected 1 + 0 = 1 → 1/2 = 50.00 %; over every case, 1/3 = 33.33 %.
    let report = seed_003_with(&[
        ("/review_litigation/litigation_direct/upheld", json!(1)),
        ("/review_litigation/litigation_direct/corrected", json!(1)),
        ("/review_litigation/litigation_direct/total", json!(2)),
        (
            "/review_litigation/litigation_after_review/pending",
            json!(1),
        ),
        ("/review_litigation/litigation_after_review/total", json!(1)),
    ]);
    let value = metrics::compute(&report, Metric::LitigationCorrectionRate);
    assert_eq!(parts(&value), (1, 2, "50.00".into()));
    let value = metrics::compute_with(
        &report,
        Metric::LitigationCorrectionRate,
        Denominator::Received,
    );
    assert_eq!(parts(&value), (1, 3, "33.33".into()));
}

#[test]
fn new_requests_yoy_on_seed_003_and_the_year_after() {
    // 2019: 一 2. 2020 (the same agency, 一 set to 3): (3 − 2) ÷ 2 = 50.00 %.
    let before = seed_003();
    let after = seed_003_with(&[
        ("/meta/report_year", json!(2020)),
        ("/requests/new_received/total", json!(3)),
    ]);
    let value = metrics::compute_series(
        &before,
        &after,
        Metric::NewRequestsYoy,
        Denominator::NewOnly,
    );
    assert_eq!(value.denominator, Denominator::NewOnly);
    assert_eq!(parts(&value), (1, 2, "50.00".into()));
    // A fall: 2 after 3 is (2 − 3) ÷ 3 = −33.33 %.
    let later = seed_003_with(&[("/meta/report_year", json!(2021))]);
    let value =
        metrics::compute_series(&after, &later, Metric::NewRequestsYoy, Denominator::NewOnly);
    assert_eq!(parts(&value), (-1, 3, "-33.33".into()));
    // One report alone has no year before.
    assert_eq!(
        why(&metrics::compute(&after, Metric::NewRequestsYoy)).reason,
        Reason::NoPreviousYear
    );
}

#[test]
fn new_requests_yoy_across_editions_reads_the_2008_key_figure() {
    // 青岛市城市管理局 2018 states 28 applications, exactly; a 2019 report of the same agency
    // with 一 = 35: (35 − 28) ÷ 28 = 25.00 %.
    let before = Report::from_json(QINGDAO_2018).unwrap();
    let after = seed_003_with(&[
        ("/meta/agency", json!("青岛市城市管理局")),
        ("/requests/new_received/total", json!(35)),
    ]);
    let value = metrics::compute_series(
        &before,
        &after,
        Metric::NewRequestsYoy,
        Denominator::NewOnly,
    );
    assert_eq!(parts(&value), (7, 28, "25.00".into()));
}

/// 青岛 2018 with its key figure 收到政府信息公开申请数 changed by `edit`.
fn qingdao_2018_with(edit: impl Fn(&mut serde_json::Map<String, Json>) + Copy) -> Report {
    fn walk(value: &mut Json, edit: impl Fn(&mut serde_json::Map<String, Json>) + Copy) {
        match value {
            Json::Object(map) => {
                if map.get("key") == Some(&json!("applications_received")) {
                    edit(map);
                }
                map.values_mut().for_each(|v| walk(v, edit));
            }
            Json::Array(items) => items.iter_mut().for_each(|v| walk(v, edit)),
            _ => {}
        }
    }
    let mut doc: Json = serde_json::from_str(QINGDAO_2018).unwrap();
    walk(&mut doc, edit);
    Report::from_value(&doc).unwrap()
}

#[test]
fn a_2008_key_figure_stated_as_a_bound_is_not_compared() {
    let before = qingdao_2018_with(|figure| {
        figure.insert("qualifier".into(), json!("more_than"));
    });
    let after = seed_003_with(&[("/meta/agency", json!("青岛市城市管理局"))]);
    let value = metrics::compute_series(
        &before,
        &after,
        Metric::NewRequestsYoy,
        Denominator::NewOnly,
    );
    assert_eq!(
        why(&value),
        &NotComputable {
            reason: Reason::NotExact,
            cells: vec![Operand {
                at: total(RequestRow::NewReceived),
                last_year: true
            }]
        }
    );
}

#[test]
fn a_series_needs_one_agency_in_consecutive_stated_years() {
    let before = seed_003();
    let case = |after: &Report| {
        why(&metrics::compute_series(
            &before,
            after,
            Metric::NewRequestsYoy,
            Denominator::NewOnly,
        ))
        .reason
    };
    let two_years_on = seed_003_with(&[("/meta/report_year", json!(2021))]);
    assert_eq!(case(&two_years_on), Reason::NotConsecutive);
    let same_year = seed_003();
    assert_eq!(case(&same_year), Reason::NotConsecutive);
    let other = seed_003_with(&[
        ("/meta/report_year", json!(2020)),
        ("/meta/agency", json!("聊城市教育局")),
    ]);
    assert_eq!(case(&other), Reason::DifferentAgencies);
    let mut unknown: Json = serde_json::from_str(SEED_003_JSON).unwrap();
    unknown["meta"]
        .as_object_mut()
        .unwrap()
        .remove("report_year");
    let unknown = Report::from_value(&unknown).unwrap();
    assert_eq!(case(&unknown), Reason::YearUnknown);
    let value = metrics::compute_series(
        &before,
        &unknown,
        Metric::NewRequestsYoy,
        Denominator::Answered,
    );
    assert_eq!(why(&value).reason, Reason::DenominatorNotDefined);
    // A metric of one report is computed on the later report alone.
    let value = metrics::compute_series(
        &before,
        &two_years_on,
        Metric::DisclosureRate,
        Denominator::Answered,
    );
    assert_eq!(parts(&value), (1, 2, "50.00".into()));
}

#[test]
fn the_real_example_comes_out_as_its_report_prints_it() {
    // A report answering 1,453 requests, 966 of them disclosed in full (the outcomes
    // 966 + 200 + (50 + 37) + (100 + 50) + (10 + 20) + 20 = 1,453), prints 予以公开
    // "占 66.48%": 966/1453.
    let report = crate::support::seed_002_with(&[
        ("/requests/new_received/total", json!(1453)),
        ("/requests/outcomes/disclosed/total", json!(966)),
        ("/requests/outcomes/partially_disclosed/total", json!(200)),
        // Each group's count spread over its first and last rows, so that a group summed
        // from one row only would not give it.
        ("/requests/outcomes/withheld/state_secret/total", json!(50)),
        (
            "/requests/outcomes/withheld/administrative_inquiry/total",
            json!(37),
        ),
        ("/requests/outcomes/unavailable/not_held/total", json!(100)),
        (
            "/requests/outcomes/unavailable/unclear_after_amendment/total",
            json!(50),
        ),
        (
            "/requests/outcomes/not_processed/petition_or_complaint/total",
            json!(10),
        ),
        (
            "/requests/outcomes/not_processed/confirmation/total",
            json!(20),
        ),
        ("/requests/outcomes/other_handling/other/total", json!(20)),
        ("/requests/outcomes/total/total", json!(1453)),
    ]);
    let value = metrics::compute(&report, Metric::DisclosureRate);
    assert_eq!(parts(&value), (966, 1453, "66.48".into()));
    let ratio = value.ratio().unwrap();
    assert_eq!(ratio.to_string(), "966/1453");
    assert_eq!(ratio.to_decimal(4).to_string(), "0.6648");
    assert_eq!(ratio.percent(3).to_string(), "66.483");
    // The outcome groups, each summed over its rows: 87, 150, 30 and 20.
    let shares: Vec<i64> = [
        Metric::DisclosureRate,
        Metric::WithheldRate,
        Metric::UnavailableRate,
        Metric::NotProcessedRate,
        Metric::OtherHandlingRate,
    ]
    .iter()
    .map(|m| metrics::compute(&report, *m).ratio().unwrap().numerator())
    .collect();
    assert_eq!(shares, [966, 87, 150, 30, 20]);
}

/// A report where every metric's operands hold numbers: seed 003 with （四）1 filled and cases
/// in part 四. `previous` is the year before.
fn complete() -> (Report, Report) {
    let report = seed_003_with(&[
        ("/requests/outcomes/unavailable/not_held/total", json!(0)),
        ("/review_litigation/review/corrected", json!(1)),
        ("/review_litigation/review/total", json!(1)),
        ("/review_litigation/litigation_direct/corrected", json!(1)),
        ("/review_litigation/litigation_direct/total", json!(1)),
    ]);
    let previous = seed_003_with(&[("/meta/report_year", json!(2018))]);
    (report, previous)
}

fn value_of(previous: &Report, report: &Report, metric: Metric) -> Value {
    let kind = metric.definition().default_denominator();
    metrics::compute_series(previous, report, metric, kind)
}

/// The cells a formula names (a group's rows as the report prints them).
fn first_cell(formula: metrics::Formula, report: &Report) -> (CellAddress, bool) {
    match formula.plus[0] {
        Term::Cell(at) => (at, false),
        Term::LastYear(at) => (at, true),
        Term::Group(group) => {
            let at = group
                .rows()
                .map(total)
                .find(|at| report.cell(*at).is_some())
                .unwrap_or(CellAddress::Requests(
                    RequestLine::OtherHandlingSingle,
                    ApplicantColumn::Total,
                ));
            (at, false)
        }
        _ => unreachable!("a term of this crate's catalogue"),
    }
}

/// `report` (or `previous`, for a last-year cell) with the cell at `at` set to `value`.
fn set(report: &Report, at: CellAddress, value: Json) -> Report {
    let mut doc: Json = serde_json::from_str(&report.to_json()).unwrap();
    *doc.pointer_mut(&at.pointer()).unwrap() = value;
    Report::from_value(&doc).unwrap()
}

#[test]
fn every_metric_is_computable_on_a_complete_report() {
    let (report, previous) = complete();
    for metric in Metric::ALL {
        let value = value_of(&previous, &report, metric);
        assert!(value.ratio().is_some(), "{metric:?}: {:?}", value.result);
    }
}

#[test]
fn every_metric_with_a_blank_or_raw_operand_is_not_computable() {
    let (report, previous) = complete();
    for metric in Metric::ALL {
        let (at, last_year) = first_cell(metric.definition().numerator, &report);
        for (cell, reason) in [
            (Json::Null, Reason::Blank),
            (json!({"raw": "—"}), Reason::Raw),
        ] {
            let (r, p) = if last_year {
                (report.clone(), set(&previous, at, cell.clone()))
            } else {
                (set(&report, at, cell.clone()), previous.clone())
            };
            let value = value_of(&p, &r, metric);
            let why = why(&value);
            assert_eq!(why.reason, reason, "{metric:?}");
            assert!(
                why.cells.contains(&Operand { at, last_year }),
                "{metric:?}: {why:?}"
            );
        }
    }
}

#[test]
fn every_metric_over_a_zero_denominator_is_not_computable() {
    let (report, previous) = complete();
    for metric in Metric::ALL {
        let definition = metric.definition();
        let formula = definition
            .denominator(definition.default_denominator())
            .unwrap();
        // Every cell the denominator reads (and the numerator, to keep the table whole) set
        // to 0.
        let (mut r, mut p) = (report.clone(), previous.clone());
        for term in formula
            .plus
            .iter()
            .chain(formula.minus)
            .chain(definition.numerator.plus)
        {
            match *term {
                Term::Cell(at) => r = set(&r, at, json!(0)),
                Term::LastYear(at) => p = set(&p, at, json!(0)),
                Term::Group(_) => {}
                _ => unreachable!(),
            }
        }
        let value = value_of(&p, &r, metric);
        let why = why(&value);
        assert_eq!(why.reason, Reason::ZeroDenominator, "{metric:?}");
        assert!(!why.cells.is_empty(), "{metric:?}");
    }
}

#[test]
fn a_2008_era_report_has_no_table_rates() {
    let report = Report::from_json(QINGDAO_2018).unwrap();
    for value in metrics::all(&report) {
        let expected = if value.metric == Metric::NewRequestsYoy {
            Reason::NoPreviousYear
        } else {
            Reason::EditionNotCovered
        };
        assert_eq!(why(&value).reason, expected, "{:?}", value.metric);
    }
}

#[test]
fn all_with_a_denominator_never_puts_another_in_its_place() {
    let values = metrics::all_with(&seed_003(), Some(Denominator::Received));
    let got: Vec<(&str, Option<String>, Option<Reason>)> = values
        .iter()
        .map(|v| {
            assert_eq!(v.denominator, Denominator::Received);
            (
                v.metric.id(),
                v.ratio().map(|r| r.to_string()),
                v.not_computable().map(|w| w.reason),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("disclosure_rate", Some("1/2".to_owned()), None),
            ("substantive_disclosure_rate", Some("2/2".to_owned()), None),
            ("withheld_rate", Some("0/2".to_owned()), None),
            ("unavailable_rate", None, Some(Reason::Blank)),
            ("not_processed_rate", Some("0/2".to_owned()), None),
            ("other_handling_rate", Some("0/2".to_owned()), None),
            ("carry_forward_rate", Some("0/2".to_owned()), None),
            (
                "review_correction_rate",
                None,
                Some(Reason::ZeroDenominator)
            ),
            (
                "litigation_correction_rate",
                None,
                Some(Reason::ZeroDenominator)
            ),
            (
                "new_requests_yoy",
                None,
                Some(Reason::DenominatorNotDefined)
            ),
        ]
    );
}

#[test]
fn a_value_serializes_with_its_denominator_and_reason() {
    let report = seed_003();
    let json = serde_json::to_value(metrics::all(&report)).unwrap();
    assert_eq!(
        json[0],
        json!({"metric": "disclosure_rate", "denominator_kind": "answered", "numerator": 1,
               "denominator": 2, "percent": "50.00", "reason": null, "cells": []})
    );
    assert_eq!(
        json[3],
        json!({"metric": "unavailable_rate", "denominator_kind": "answered", "numerator": null,
               "denominator": null, "percent": null, "reason": "blank",
               "cells": [{"pointer": "/requests/outcomes/unavailable/not_held/total", "last_year": false}]})
    );
}

#[test]
fn a_ratio_is_exact_and_rounds_only_for_display() {
    let r = Ratio::new(2, 3).unwrap();
    assert_eq!(r.percent(1).to_string(), "66.7");
    assert_eq!(r.percent_cut(1).to_string(), "66.6");
    assert_eq!(r.to_decimal(3).to_string(), "0.667");
    assert_eq!(r.percent(0).to_string(), "67");
    let half = Ratio::new(1, 8).unwrap(); // 12.5 %
    assert_eq!(half.percent(0).to_string(), "13");
    assert_eq!(Ratio::new(-1, 8).unwrap().percent(0).to_string(), "-13");
    assert_eq!(
        Ratio::new(-2, 3).unwrap().percent_cut(1).to_string(),
        "-66.6"
    );
    // At most 8 places.
    assert_eq!(
        Ratio::new(1, 3).unwrap().to_decimal(20).to_string(),
        "0.33333333"
    );
    assert_eq!(Ratio::new(1, 0), None);
    assert_eq!(Ratio::new(1, -2), None);
    assert_eq!(Ratio::new(Ratio::MAX_OPERAND + 1, 1), None);
    assert_eq!(Ratio::new(-Ratio::MAX_OPERAND - 1, 1), None);
    let big = Ratio::new(Ratio::MAX_OPERAND, 1).unwrap();
    assert_eq!(big.percent(8).to_string(), "115292150460684697600.00000000");
    let tiny = Ratio::new(-Ratio::MAX_OPERAND, Ratio::MAX_OPERAND).unwrap();
    assert_eq!(tiny.to_decimal(2).to_string(), "-1.00");
}

#[test]
fn the_catalogue_is_in_order_with_unique_ids() {
    for (i, metric) in Metric::ALL.iter().enumerate() {
        assert_eq!(DEFINITIONS[i].metric, *metric);
        assert_eq!(Metric::from_id(metric.id()), Some(*metric));
        assert!(!DEFINITIONS[i].denominators.is_empty());
    }
    let mut ids: Vec<&str> = DEFINITIONS.iter().map(|d| d.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), DEFINITIONS.len());
    for kind in Denominator::ALL {
        assert_eq!(Denominator::from_id(kind.id()), Some(kind));
    }
    assert_eq!(Metric::from_id("nope"), None);
    assert_eq!(Metric::DisclosureRate.to_string(), "予以公开率");
    assert_eq!(
        DEFINITIONS[7].denominators[0].1.to_string(),
        "行政复议 总计 − 行政复议 尚未审结"
    );
    assert_eq!(DEFINITIONS[2].numerator.to_string(), "（三）不予公开");
    assert_eq!(
        DEFINITIONS[9].numerator.to_string(),
        "一、本年新收 − 上年 一、本年新收"
    );
    assert!(
        DEFINITIONS
            .iter()
            .all(|d| d.series == d.editions.contains(&Edition::Regulation2008))
    );
}

#[test]
fn every_reason_is_listed_in_the_docs() {
    let value = serde_json::to_value(REASONS).unwrap();
    let ids: Vec<&str> = REASONS.iter().map(|r| r.id()).collect();
    assert_eq!(value, json!(ids));
}

#[test]
fn a_2008_report_that_states_no_key_figure_gives_no_change() {
    let before = qingdao_2018_with(|figure| {
        figure.remove("key");
    });
    let after = seed_003_with(&[("/meta/agency", json!("青岛市城市管理局"))]);
    let value = metrics::compute_series(
        &before,
        &after,
        Metric::NewRequestsYoy,
        Denominator::NewOnly,
    );
    assert_eq!(why(&value).reason, Reason::NotStated);
    // And the 2008-era report as this year's: its own figure is not stated either.
    let value = metrics::compute_series(
        &seed_003_with(&[
            ("/meta/agency", json!("青岛市城市管理局")),
            ("/meta/report_year", json!(2017)),
        ]),
        &before,
        Metric::NewRequestsYoy,
        Denominator::NewOnly,
    );
    assert_eq!(
        why(&value),
        &NotComputable {
            reason: Reason::NotStated,
            cells: vec![op(total(RequestRow::NewReceived))]
        }
    );
}
