//! Figures compared across editions: the same meaning, `None` where an edition lacks one.

use ogi_report::Report;
use ogi_report::catalogue::Edition;
use ogi_report::compare::{NOT_COMPARABLE, Quantity, comparable};
use ogi_report::regulation_2008::Qualifier;
use rust_decimal::Decimal;

fn load(json: &str) -> Report {
    Report::from_json(json).unwrap()
}

fn exact(n: i64) -> Option<Quantity> {
    Some(Quantity {
        value: Some(Decimal::from(n)),
        qualifier: Qualifier::Exact,
        unit: None,
    })
}

#[test]
fn the_2019_and_2021_tables_compare_figure_by_figure() {
    let y2019 = comparable(&load(include_str!(
        "fixtures/reports/003_liaocheng_2019.json"
    )));
    let y2022 = comparable(&load(include_str!(
        "fixtures/reports/002_luohe_huizu_2022.json"
    )));
    assert_eq!(
        (y2019.edition, y2022.edition),
        (Edition::Format2019, Edition::Format2021)
    );
    assert_eq!(y2019.applications_received, exact(2));
    assert_eq!(y2022.applications_received, exact(0));
    assert_eq!(y2019.rules_made, exact(1)); // 本年新制作数量
    assert_eq!(y2022.rules_made, exact(0)); // 本年制发件数
    assert_eq!(y2019.penalty_decisions, exact(90));
    assert_eq!(y2022.penalty_decisions, exact(67));
    let o = y2019.outcomes.unwrap();
    assert_eq!(o.disclosed.value, Some(Decimal::from(1)));
    assert_eq!(o.partially_disclosed.value, Some(Decimal::from(1)));
    assert_eq!(o.total.value, Some(Decimal::from(2)));
    // seed 003 left （四）1. blank: the group's sum cannot be known, and is not read as zero
    assert_eq!(o.unavailable.value, None);
    assert_eq!(o.other_handling.value, Some(Decimal::ZERO));
    // a fee in 万元 in 2021; 2019 counted fee items, which are not comparable
    assert_eq!(
        y2022
            .administrative_fees
            .unwrap()
            .value
            .unwrap()
            .to_string(),
        "27.2500"
    );
    assert_eq!(y2019.administrative_fees, None);
    assert_eq!(y2022.lawsuits, exact(0));
}

#[test]
fn the_2008_era_compares_its_key_figures_only() {
    let y2018 = comparable(&load(include_str!(
        "fixtures/reports/004_qingdao_2018.json"
    )));
    assert_eq!(y2018.edition, Edition::Regulation2008);
    let received = y2018.applications_received.unwrap();
    assert_eq!(
        (received.value, received.unit.as_deref()),
        (Some(28.into()), Some("件"))
    );
    assert_eq!(y2018.lawsuits.unwrap().value, Some(1.into()));
    assert_eq!(y2018.reviews.unwrap().value, Some(0.into()));
    assert_eq!(
        y2018.disclosure_fees_collected.unwrap().value,
        Some(0.into())
    );
    assert_eq!(y2018.outcomes, None);
    assert_eq!(y2018.penalty_decisions, None);
    assert_eq!(y2018.rules_made, None);
    let y2017 = comparable(&load(include_str!(
        "fixtures/reports/001_hengyang_yanfeng_2017.json"
    )));
    assert_eq!(y2017.applications_received.unwrap().value, Some(0.into()));
}

#[test]
fn what_is_not_comparable_is_said() {
    assert!(
        NOT_COMPARABLE
            .iter()
            .any(|n| n.figure.contains("对外公开总数量") && n.figure.contains("现行有效件数"))
    );
    assert!(
        NOT_COMPARABLE
            .iter()
            .any(|n| n.figure.contains("上一年项目数量"))
    );
    assert!(NOT_COMPARABLE.iter().all(|n| !n.reason.is_empty()));
}
