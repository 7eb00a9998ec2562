//! Aggregation of both table editions against a sum computed here, cell by cell over the
//! reports' JSON, and its refusals.

use std::collections::BTreeMap;

use ogi_report::Report;
use ogi_report::aggregate::{AggregateError, aggregate};
use ogi_report::builder::Format2019Builder;
use ogi_report::catalogue::Edition;
use ogi_report::meta::ReportYear;
use ogi_report::money::MoneyUnit;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::support::{SEED_000_JSON, SEED_002_JSON, SEED_003_JSON};

/// Every table cell of a report's JSON by pointer: numbers, decimal strings, nulls and
/// `{"raw": …}`, leaving out headings, prose, the procurement unit and local subtotals.
fn cells(value: &Value, pointer: &str, out: &mut BTreeMap<String, Value>) {
    match value {
        Value::Object(map) if !map.contains_key("raw") => {
            for (key, v) in map {
                let skip = [
                    "heading",
                    "text_before",
                    "text_after",
                    "unit",
                    "subtotal",
                    "organization_subtotal",
                ];
                if !skip.contains(&key.as_str()) {
                    cells(v, &format!("{pointer}/{key}"), out);
                }
            }
        }
        other => {
            out.insert(pointer.to_owned(), other.clone());
        }
    }
}

fn table_cells(report: &Report) -> BTreeMap<String, Value> {
    let json = serde_json::to_value(report).unwrap();
    let mut out = BTreeMap::new();
    for part in ["proactive", "requests", "review_litigation"] {
        cells(&json[part], &format!("/{part}"), &mut out);
    }
    out
}

/// The sum of the reports' cells, and for each cell a report leaves blank or raw, the
/// causes (as `aggregate` lists them, in JSON).
fn independent_sum(reports: &[&Report]) -> (BTreeMap<String, Value>, BTreeMap<String, Value>) {
    let all: Vec<BTreeMap<String, Value>> = reports.iter().map(|r| table_cells(r)).collect();
    let mut sums = BTreeMap::new();
    let mut causes = BTreeMap::new();
    for pointer in all[0].keys() {
        let values: Vec<&Value> = all.iter().map(|cells| &cells[pointer]).collect();
        let blank: Vec<Value> = values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_null() || v.is_object())
            .map(|(i, v)| {
                json!({
                    "report": i,
                    "agency": reports[i].meta().agency,
                    "pointer": pointer,
                    "value": v,
                })
            })
            .collect();
        let sum = if !blank.is_empty() {
            causes.insert(pointer.clone(), Value::Array(blank));
            Value::Null
        } else if values[0].is_string() {
            let total: Decimal = values
                .iter()
                .map(|v| v.as_str().unwrap().parse::<Decimal>().unwrap())
                .sum();
            Value::String(total.to_string())
        } else {
            json!(values.iter().map(|v| v.as_i64().unwrap()).sum::<i64>())
        };
        sums.insert(pointer.clone(), sum);
    }
    (sums, causes)
}

/// `aggregate` gives, cell for cell, the independent sum, and lists the same causes.
fn assert_sums(reports: &[&Report]) {
    let combined = aggregate(reports).unwrap();
    let report = combined.to_report("合计");
    assert_eq!(report.edition(), reports[0].edition());
    let (sums, causes) = independent_sum(reports);
    assert_eq!(table_cells(&report), sums);
    let listed: BTreeMap<String, Value> = combined
        .not_assessable
        .iter()
        .map(|n| (n.pointer.clone(), serde_json::to_value(&n.causes).unwrap()))
        .collect();
    assert_eq!(listed, causes);
    assert_eq!(
        combined.agencies,
        reports
            .iter()
            .map(|r| r.meta().agency.clone())
            .collect::<Vec<_>>()
    );
}

fn seed(json: &str, agency: &str) -> Report {
    let mut report = Report::from_json(json).unwrap();
    report.meta_mut().agency = agency.to_owned();
    report
}

#[test]
fn the_seeds_table_editions_sum_as_the_cells_add() {
    for json in [SEED_002_JSON, SEED_003_JSON] {
        let (a, b, c) = (seed(json, "甲"), seed(json, "乙"), seed(json, "丙"));
        assert_sums(&[&a]);
        assert_sums(&[&a, &b, &c]);
    }
    // Seed 003 leaves the five organisation columns of its 23 rows blank, and
    // 本机关不掌握 of natural persons and in all; it prints 减 for the penalties' 本年增/减.
    let a = seed(SEED_003_JSON, "甲");
    let combined = aggregate(&[&a, &a]).unwrap();
    assert_eq!(combined.not_assessable.len(), 5 * 23 + 2 + 1);
    let p = combined.proactive.as_format_2019().unwrap();
    assert_eq!(
        p.procurement.total_amount.value().unwrap().to_string(),
        "96719.798736"
    );
    assert_eq!(p.procurement.unit, Some(MoneyUnit::WanYuan));
}

#[test]
fn editions_without_tables_or_of_two_kinds_are_refused() {
    let (format_2021, format_2019) = (seed(SEED_002_JSON, "甲"), seed(SEED_003_JSON, "乙"));
    let era_2008 = seed(SEED_000_JSON, "丙");
    assert_eq!(
        aggregate(&[&format_2021, &format_2019]).unwrap_err(),
        AggregateError::MixedEditions {
            first: Edition::Format2021,
            other: Edition::Format2019,
            agency: "乙".into(),
        }
    );
    assert_eq!(
        aggregate(&[&format_2019, &era_2008]).unwrap_err(),
        AggregateError::NoTables {
            agency: "丙".into(),
            edition: Edition::Regulation2008,
        }
    );
    assert_eq!(
        aggregate(&[&era_2008]).unwrap_err(),
        AggregateError::NoTables {
            agency: "丙".into(),
            edition: Edition::Regulation2008,
        }
    );
    let mut undated = format_2019.clone();
    undated.meta_mut().report_year = None;
    assert_eq!(
        aggregate(&[&format_2019, &undated]).unwrap_err(),
        AggregateError::NoYear {
            agency: "乙".into()
        }
    );
    let mut later = seed(SEED_003_JSON, "丁");
    later.meta_mut().report_year = Some(ReportYear::new(2020).unwrap());
    assert_eq!(
        aggregate(&[&format_2019, &later]).unwrap_err(),
        AggregateError::MixedYears {
            first: 2019,
            other: 2020,
            agency: "丁".into(),
        }
    );
}

fn procurement(agency: &str, amount: &str, unit: Option<MoneyUnit>) -> Report {
    Format2019Builder::new(agency, ReportYear::new(2020).unwrap())
        .procurement(1, amount.parse().unwrap(), unit)
        .build()
        .unwrap()
}

#[test]
fn procurement_amounts_sum_exactly_in_their_unit() {
    let amount = |reports: &[&Report]| {
        let combined = aggregate(reports).unwrap();
        let p = combined
            .proactive
            .as_format_2019()
            .unwrap()
            .procurement
            .clone();
        (
            p.total_amount.value().unwrap().to_string(),
            p.unit,
            p.projects.as_u64(),
        )
    };
    let (wan, yuan) = (Some(MoneyUnit::WanYuan), Some(MoneyUnit::Yuan));
    let a = procurement("甲", "0.1", wan);
    let b = procurement("乙", "0.2", wan);
    assert_eq!(amount(&[&a, &b]), ("0.3".into(), wan, Some(2)));
    // 0.1 万元 + 0.000001 万元 + 3.5 元, in 元.
    let c = procurement("丙", "0.000001", wan);
    let d = procurement("丁", "3.5", yuan);
    assert_eq!(amount(&[&a, &c, &d]), ("1003.51".into(), yuan, Some(3)));
    let (e, f) = (
        procurement("戊", "7", None),
        procurement("己", "8.25", None),
    );
    assert_eq!(amount(&[&e, &f]), ("15.25".into(), None, Some(2)));
    assert_eq!(
        aggregate(&[&a, &e]).unwrap_err(),
        AggregateError::UnknownUnit {
            pointer: "/proactive/procurement/total_amount".into(),
            agency: "戊".into(),
        }
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random 2019 reports (blanks, raw marks, subtotal rows and column included) sum as
    /// their cells add, and every blank or raw cell is named.
    #[test]
    fn random_2019_reports_sum_as_the_cells_add(
        reports in prop::collection::vec(
            xtask::random::report().prop_filter("2019 format", |r| r.edition() == Edition::Format2019),
            1..4,
        ),
    ) {
        let refs: Vec<&Report> = reports.iter().collect();
        assert_sums(&refs);
    }
}

#[test]
fn a_one_row_other_handling_sums_the_itemized_reports_three_rows() {
    // Three rows of counts none of which is 0, so that leaving one out shows.
    let mut json = serde_json::to_value(seed(SEED_002_JSON, "甲")).unwrap();
    for (k, sub) in ["no_amendment", "fee_unpaid", "other"].iter().enumerate() {
        for (c, column) in [
            "natural_person",
            "commercial_enterprise",
            "research_institution",
            "public_welfare_organization",
            "legal_service_institution",
            "other_organization",
            "total",
        ]
        .iter()
        .enumerate()
        {
            json["requests"]["outcomes"]["other_handling"][sub][column] = json!(10 * k + c + 1);
        }
    }
    let itemized = Report::from_value(&json).unwrap();
    let mut json = serde_json::to_value(seed(SEED_002_JSON, "乙")).unwrap();
    let row = json!({
        "natural_person": 4, "commercial_enterprise": 0, "research_institution": 0,
        "public_welfare_organization": 0, "legal_service_institution": 1,
        "other_organization": 0, "total": 5
    });
    json["requests"]["outcomes"]["other_handling"] = json!({ "row": row });
    let single = Report::from_value(&json).unwrap();
    let combined = aggregate(&[&itemized, &single]).unwrap();
    let summed = serde_json::to_value(&combined.requests).unwrap();
    let items = serde_json::to_value(&itemized).unwrap();
    let items = &items["requests"]["outcomes"]["other_handling"];
    for (column, in_single) in row.as_object().unwrap() {
        let three: i64 = ["no_amendment", "fee_unpaid", "other"]
            .iter()
            .map(|r| items[r][column].as_i64().unwrap())
            .sum();
        assert_eq!(
            summed["outcomes"]["other_handling"]["row"][column],
            json!(three + in_single.as_i64().unwrap()),
            "{column}"
        );
    }
    assert!(
        summed["outcomes"]["other_handling"]
            .get("no_amendment")
            .is_none()
    );
    assert!(combined.not_assessable.is_empty());
}
