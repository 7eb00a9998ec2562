//! Each rule: a clean case, and each kind of failure yielding exactly the expected finding.

use ogi_report::findings::{Operand, RuleTally};
use ogi_report::findings::{Rule, Severity};
use ogi_report::validate::validate_series;
use ogi_report::{Cell, Finding, Report, validate};
use serde_json::{Value, json};

const SEED_002_JSON: &str = include_str!("fixtures/reports/002_luohe_huizu_2022.json");

use crate::support::seed_002_with as report_with;

fn op(pointer: &str, value: Cell<i64>) -> Operand {
    Operand {
        pointer: pointer.to_owned(),
        report_year: None,
        value,
    }
}

fn v(n: i64) -> Cell<i64> {
    Cell::Value(n)
}

/// The only finding, asserting there is exactly one.
fn only(report: &Report) -> Finding {
    let validation = validate(report);
    assert_eq!(validation.findings.len(), 1, "{:#?}", validation.findings);
    validation.findings.into_iter().next().unwrap()
}

#[test]
fn a_balanced_report_has_no_findings() {
    let report = report_with(&[
        ("/requests/new_received/natural_person", json!(3)),
        ("/requests/new_received/total", json!(3)),
        ("/requests/outcomes/disclosed/natural_person", json!(2)),
        ("/requests/outcomes/disclosed/total", json!(2)),
        ("/requests/outcomes/total/natural_person", json!(2)),
        ("/requests/outcomes/total/total", json!(2)),
        ("/requests/carried_forward/natural_person", json!(1)),
        ("/requests/carried_forward/total", json!(1)),
        ("/review_litigation/review/upheld", json!(1)),
        ("/review_litigation/review/total", json!(1)),
    ]);
    let validation = validate(&report);
    assert!(validation.is_clean(), "{:#?}", validation.findings);
    assert_eq!(
        validation.summary.rule(Rule::RequestsBalance),
        RuleTally {
            evaluated: 7,
            passed: 7,
            failed: 0,
            not_assessable: 0
        }
    );
    // The publication deadline is the one check not assessable: the report has no date.
    assert_eq!(
        validation.summary.checks(),
        RuleTally {
            evaluated: 44,
            passed: 44,
            failed: 0,
            not_assessable: 1
        }
    );
}

#[test]
fn row_total_fails_when_the_total_is_not_the_sum() {
    // 一、本年新收: 2 natural persons + 1 enterprise, total printed 4; balance kept by
    // carrying forward what is left, so only the row total fails.
    let report = report_with(&[
        ("/requests/new_received/natural_person", json!(2)),
        ("/requests/new_received/commercial_enterprise", json!(1)),
        ("/requests/new_received/total", json!(4)),
        ("/requests/carried_forward/natural_person", json!(2)),
        ("/requests/carried_forward/commercial_enterprise", json!(1)),
        ("/requests/carried_forward/total", json!(4)),
    ]);
    let validation = validate(&report);
    let errors: Vec<&Finding> = validation.with_severity(Severity::Error).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let f = errors[0];
    assert_eq!(f.rule, Rule::RequestsRowTotal);
    assert_eq!(f.pointer, "/requests/new_received/total");
    assert_eq!((f.expected, f.actual), (Some(3), Some(4)));
    assert_eq!(
        f.operands,
        vec![
            op("/requests/new_received/natural_person", v(2)),
            op("/requests/new_received/commercial_enterprise", v(1)),
            op("/requests/new_received/research_institution", v(0)),
            op("/requests/new_received/public_welfare_organization", v(0)),
            op("/requests/new_received/legal_service_institution", v(0)),
            op("/requests/new_received/other_organization", v(0)),
            op("/requests/new_received/total", v(4)),
        ]
    );
    assert_eq!(
        f.message.zh,
        "「一、本年新收政府信息公开申请数量」行的总计应为各类申请人之和3，报告为4。"
    );
    assert_eq!(
        f.message.en,
        "Row 「一、本年新收政府信息公开申请数量」: 总计 should be 3, the sum of the six applicant categories, but 4 is reported."
    );
    // the carried-forward row repeats the same mistake
    assert_eq!(errors[1].pointer, "/requests/carried_forward/total");
    assert_eq!(validation.summary.rule(Rule::RequestsRowTotal).failed, 2);
}

#[test]
fn outcome_total_fails_when_a_leaf_is_left_out() {
    let report = report_with(&[
        (
            "/requests/outcomes/withheld/state_secret/natural_person",
            json!(1),
        ),
        ("/requests/outcomes/withheld/state_secret/total", json!(1)),
        ("/requests/new_received/natural_person", json!(1)),
        ("/requests/new_received/total", json!(1)),
        ("/requests/carried_forward/natural_person", json!(1)),
        ("/requests/carried_forward/total", json!(1)),
    ]);
    let validation = validate(&report);
    let errors: Vec<&Finding> = validation.with_severity(Severity::Error).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for (f, column) in errors.iter().zip(["natural_person", "total"]) {
        assert_eq!(f.rule, Rule::RequestsOutcomeTotal);
        assert_eq!(f.pointer, format!("/requests/outcomes/total/{column}"));
        assert_eq!((f.expected, f.actual), (Some(1), Some(0)));
        assert_eq!(f.operands.len(), 22);
        assert!(f.operands.contains(&op(
            &format!("/requests/outcomes/withheld/state_secret/{column}"),
            v(1)
        )));
    }
    assert_eq!(
        errors[0].message.en,
        "Column 「自然人」: （七）总计 should be 1, the sum of the outcome rows, but 0 is reported."
    );
}

#[test]
fn balance_fails_when_carried_forward_is_one_short() {
    let report = report_with(&[
        ("/requests/new_received/legal_service_institution", json!(5)),
        ("/requests/new_received/total", json!(5)),
        (
            "/requests/outcomes/disclosed/legal_service_institution",
            json!(3),
        ),
        ("/requests/outcomes/disclosed/total", json!(3)),
        (
            "/requests/outcomes/total/legal_service_institution",
            json!(3),
        ),
        ("/requests/outcomes/total/total", json!(3)),
        (
            "/requests/carried_forward/legal_service_institution",
            json!(1),
        ),
        ("/requests/carried_forward/total", json!(1)),
    ]);
    let validation = validate(&report);
    let errors: Vec<&Finding> = validation.with_severity(Severity::Error).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let f = errors[0];
    assert_eq!(f.rule, Rule::RequestsBalance);
    assert_eq!(
        f.pointer,
        "/requests/carried_forward/legal_service_institution"
    );
    assert_eq!((f.expected, f.actual), (Some(5), Some(4)));
    assert_eq!(
        f.operands,
        vec![
            op("/requests/new_received/legal_service_institution", v(5)),
            op("/requests/carried_over/legal_service_institution", v(0)),
            op("/requests/outcomes/total/legal_service_institution", v(3)),
            op("/requests/carried_forward/legal_service_institution", v(1)),
        ]
    );
    assert_eq!(
        f.message.zh,
        "「法人或其他组织 › 法律服务机构」列勾稽关系不平衡：第一项加第二项之和为5，第三项加第四项之和为4。"
    );
    assert_eq!(errors[1].pointer, "/requests/carried_forward/total");
}

#[test]
fn block_total_fails_for_litigation_after_review() {
    let report = report_with(&[
        (
            "/review_litigation/litigation_after_review/corrected",
            json!(2),
        ),
        (
            "/review_litigation/litigation_after_review/pending",
            json!(1),
        ),
        ("/review_litigation/litigation_after_review/total", json!(2)),
    ]);
    let f = only(&report);
    assert_eq!(f.rule, Rule::ReviewLitigationBlockTotal);
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(
        f.pointer,
        "/review_litigation/litigation_after_review/total"
    );
    assert_eq!((f.expected, f.actual), (Some(3), Some(2)));
    assert_eq!(f.operands.len(), 5);
    assert_eq!(
        f.message.en,
        "「行政诉讼 › 复议后起诉」: the total should be 3, the sum of upheld, corrected, other and pending cases, but 2 is reported."
    );
}

#[test]
fn a_blank_cell_is_a_notice_and_blocks_its_checks_without_reading_zero() {
    let report = report_with(&[("/requests/carried_over/research_institution", Value::Null)]);
    let validation = validate(&report);
    let rules: Vec<(Rule, Severity, &str)> = validation
        .findings
        .iter()
        .map(|f| (f.rule, f.severity, f.pointer.as_str()))
        .collect();
    assert_eq!(
        rules,
        vec![
            (
                Rule::CellBlank,
                Severity::Notice,
                "/requests/carried_over/research_institution"
            ),
            (
                Rule::RequestsRowTotal,
                Severity::Notice,
                "/requests/carried_over/total"
            ),
            (
                Rule::RequestsBalance,
                Severity::Notice,
                "/requests/carried_forward/research_institution"
            ),
        ]
    );
    let blocked = &validation.findings[2];
    assert_eq!((blocked.expected, blocked.actual), (None, None));
    assert!(blocked.operands.contains(&op(
        "/requests/carried_over/research_institution",
        Cell::Blank
    )));
    assert_eq!(
        blocked.message.zh,
        "无法核对「勾稽关系：第一项加第二项之和等于第三项加第四项之和」：「二、上年结转政府信息公开申请数量 › 法人或其他组织 › 科研机构」空白或非数值，不按零计算。"
    );
    assert_eq!(
        validation
            .summary
            .rule(Rule::RequestsBalance)
            .not_assessable,
        1
    );
    assert_eq!(validation.summary.rule(Rule::RequestsBalance).passed, 6);
    assert!(!validation.has_errors());
}

#[test]
fn a_raw_cell_is_a_not_numeric_notice() {
    let report = report_with(&[("/review_litigation/review/other", json!({"raw": "—"}))]);
    let validation = validate(&report);
    assert_eq!(validation.findings.len(), 2, "{:#?}", validation.findings);
    let f = &validation.findings[0];
    assert_eq!(f.rule, Rule::CellNotNumeric);
    assert_eq!(f.pointer, "/review_litigation/review/other");
    assert_eq!(
        f.operands,
        vec![op("/review_litigation/review/other", Cell::Raw("—".into()))]
    );
    assert_eq!(f.message.zh, "「行政复议 › 其他结果」填写的是“—”而非数值。");
    assert_eq!(
        validation.findings[1].rule,
        Rule::ReviewLitigationBlockTotal
    );
    assert_eq!(validation.findings[1].severity, Severity::Notice);
}

#[test]
fn long_raw_text_is_quoted_short_with_its_length() {
    // Two million characters where a number belongs: every finding that quotes the cell cuts
    // it at 200 characters and says how long it is, so the findings stay small.
    let long = "減".repeat(2_000_000);
    let report = report_with(&[(
        "/requests/new_received/natural_person",
        json!({"raw": long}),
    )]);
    let validation = validate(&report);
    let head = "減".repeat(200);
    let en = format!("{head}…[2000000 characters]");
    let quoting: Vec<&Finding> = validation
        .findings
        .iter()
        .filter(|f| {
            f.operands
                .iter()
                .any(|o| o.pointer == "/requests/new_received/natural_person")
        })
        .collect();
    // cell.not_numeric, and the row total and the balance it blocks.
    assert_eq!(
        quoting.iter().map(|f| f.rule).collect::<Vec<_>>(),
        [
            Rule::CellNotNumeric,
            Rule::RequestsRowTotal,
            Rule::RequestsBalance
        ]
    );
    for f in &quoting {
        let operand = f
            .operands
            .iter()
            .find(|o| o.pointer == "/requests/new_received/natural_person")
            .unwrap();
        assert_eq!(operand.value, Cell::Raw(en.clone()), "{}", f.rule.id());
    }
    assert_eq!(quoting[0].rule, Rule::CellNotNumeric);
    assert_eq!(
        quoting[0].message.zh,
        format!(
            "「一、本年新收政府信息公开申请数量 › 自然人」填写的是“{head}…[共2000000字]”而非数值。"
        )
    );
    assert_eq!(
        quoting[0].message.en,
        format!(
            "「一、本年新收政府信息公开申请数量 › 自然人」 holds \"{en}\" where a number belongs."
        )
    );
    let json = validation.to_json();
    assert!(json.len() < 40_000, "{} bytes of findings", json.len());
    // The report itself keeps every character.
    let cell = report.cell(ogi_report::layout::CellAddress::Requests(
        ogi_report::layout::RequestLine::Row(ogi_report::catalogue::RequestRow::NewReceived),
        ogi_report::catalogue::ApplicantColumn::NaturalPerson,
    ));
    assert_eq!(
        cell.and_then(|c| c.raw()).map(|r| r.chars().count()),
        Some(2_000_000)
    );
}

#[test]
fn a_blank_fee_is_noted() {
    let report = report_with(&[("/proactive/administrative_fees/amount", Value::Null)]);
    let f = only(&report);
    assert_eq!((f.rule, f.severity), (Rule::CellBlank, Severity::Notice));
    assert_eq!(f.pointer, "/proactive/administrative_fees/amount");
    assert_eq!(
        f.message.en,
        "「行政事业性收费 › 本年收费金额（单位：万元）」 is blank."
    );
}

#[test]
fn the_wrong_year_for_the_edition_is_a_layout_warning() {
    let report = report_with(&[("/meta/report_year", json!(2020))]);
    let f = only(&report);
    assert_eq!(
        (f.rule, f.severity, f.pointer.as_str()),
        (Rule::EditionLayout, Severity::Warning, "/edition")
    );
    assert_eq!(
        f.message.en,
        "A report for 2020 should use the 2019 trial format (report years 2019–2020), but this one uses the 2021 revised format (report years from 2021)."
    );
}

#[test]
fn other_handling_as_one_row_is_a_layout_warning_and_a_leaf() {
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    let mut single = doc["requests"]["new_received"].clone();
    single["natural_person"] = json!(1);
    single["total"] = json!(1);
    doc["requests"]["outcomes"]["other_handling"] = json!({ "row": single });
    doc["requests"]["new_received"]["natural_person"] = json!(1);
    doc["requests"]["new_received"]["total"] = json!(1);
    doc["requests"]["outcomes"]["total"]["natural_person"] = json!(1);
    doc["requests"]["outcomes"]["total"]["total"] = json!(1);
    let report = Report::from_value(&doc).unwrap();
    let f = only(&report);
    assert_eq!(
        (f.rule, f.severity),
        (Rule::EditionLayout, Severity::Warning)
    );
    assert_eq!(f.pointer, "/requests/outcomes/other_handling");
    assert_eq!(
        f.message.en,
        "（六）其他处理 is printed as one row, as in the 2019 format; the 2021 format itemizes it in three rows."
    );
    assert_eq!(
        validate(&report).summary.rule(Rule::EditionLayout),
        RuleTally {
            evaluated: 2,
            passed: 1,
            failed: 1,
            not_assessable: 0
        }
    );
    // The method is the function.
    assert_eq!(report.validate(), validate(&report));
    assert_eq!(report.validate().findings, vec![f]);
}

#[test]
fn other_handling_itemized_in_a_2019_report_is_a_layout_warning() {
    let mut doc: Value =
        serde_json::from_str(include_str!("fixtures/reports/003_liaocheng_2019.json")).unwrap();
    let itemized = serde_json::from_str::<Value>(SEED_002_JSON).unwrap()["requests"]["outcomes"]
        ["other_handling"]
        .clone();
    doc["requests"]["outcomes"]["other_handling"] = itemized;
    let report = Report::from_value(&doc).unwrap();
    let validation = validate(&report);
    let layout: Vec<&Finding> = validation
        .findings
        .iter()
        .filter(|f| f.rule == Rule::EditionLayout)
        .collect();
    assert_eq!(layout.len(), 1, "{layout:#?}");
    assert_eq!(layout[0].severity, Severity::Warning);
    assert_eq!(layout[0].pointer, "/requests/outcomes/other_handling");
    assert_eq!(
        layout[0].message.en,
        "（六）其他处理 is itemized in three rows, as in the 2021 format; the 2019 format prints it as one row."
    );
    assert_eq!(
        layout[0].message.zh,
        "（六）其他处理按2021年格式分为三个子项，2019年格式印作一行。"
    );
}

#[test]
fn a_printed_group_subtotal_is_checked() {
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    let mut subtotal = doc["requests"]["new_received"].clone();
    subtotal["total"] = json!(2);
    doc["requests"]["outcomes"]["unavailable"]["subtotal"] = subtotal;
    let report = Report::from_value(&doc).unwrap();
    let validation = validate(&report);
    let failed: Vec<(Rule, &str)> = validation
        .findings
        .iter()
        .map(|f| (f.rule, f.pointer.as_str()))
        .collect();
    assert_eq!(
        failed,
        vec![
            (
                Rule::RequestsRowTotal,
                "/requests/outcomes/unavailable/subtotal/total"
            ),
            (
                Rule::RequestsGroupSubtotal,
                "/requests/outcomes/unavailable/subtotal/total"
            ),
        ]
    );
    assert_eq!(validation.findings[1].operands.len(), 4);
}

#[test]
fn a_printed_organization_subtotal_is_checked() {
    let doc = report_with(&[]).to_json();
    let report = crate::support::with_subtotal_column(
        &doc,
        &[("/requests/carried_over/organization_subtotal", json!(1))],
    );
    let f = only(&report);
    assert_eq!(f.rule, Rule::RequestsOrganizationSubtotal);
    assert_eq!(f.pointer, "/requests/carried_over/organization_subtotal");
    assert_eq!((f.expected, f.actual), (Some(0), Some(1)));
}

#[test]
fn validation_never_changes_the_report() {
    let report = report_with(&[("/requests/new_received/total", json!(9))]);
    let before = report.to_json();
    let validation = validate(&report);
    assert!(validation.has_errors());
    assert_eq!(report.to_json(), before);
}

#[test]
fn findings_serialize_and_read_back() {
    let report = report_with(&[
        ("/review_litigation/review/total", json!(1)),
        ("/requests/carried_over/total", Value::Null),
    ]);
    let validation = validate(&report);
    let json = validation.to_json();
    let back: ogi_report::findings::Validation = serde_json::from_str(&json).unwrap();
    assert_eq!(back, validation);
    assert_eq!(back.to_json(), json);
}

fn year(report: &Report, y: u16, cells: &[(&str, Value)]) -> Report {
    let mut doc = serde_json::to_value(report).unwrap();
    doc["meta"]["report_year"] = json!(y);
    for (pointer, value) in cells {
        *doc.pointer_mut(pointer).unwrap() = value.clone();
    }
    Report::from_value(&doc).unwrap()
}

#[test]
fn series_carried_over_must_match_last_years_carried_forward() {
    let base = report_with(&[]);
    let y2022 = year(
        &base,
        2022,
        &[
            ("/requests/new_received/natural_person", json!(2)),
            ("/requests/new_received/total", json!(2)),
            ("/requests/carried_forward/natural_person", json!(2)),
            ("/requests/carried_forward/total", json!(2)),
        ],
    );
    let y2023 = year(
        &base,
        2023,
        &[
            ("/requests/carried_over/natural_person", json!(1)),
            ("/requests/carried_over/total", json!(1)),
            ("/requests/carried_forward/natural_person", json!(1)),
            ("/requests/carried_forward/total", json!(1)),
        ],
    );
    assert!(validate(&y2022).is_clean() && validate(&y2023).is_clean());
    // any order
    let mut validation = validate_series(&[y2023, y2022]).unwrap();
    // The narrative parts, the same text both years, are noted last (see the similarity test).
    let similar: Vec<_> = validation
        .findings
        .drain(2..)
        .map(|f| (f.rule, f.severity, f.actual))
        .collect();
    assert_eq!(
        similar,
        // 一 and 五; 六 is "无", one character and no bigram: not assessable.
        [(Rule::SeriesTextSimilarity, Severity::Notice, Some(1000)); 2]
    );
    assert_eq!(validation.findings.len(), 2, "{:#?}", validation.findings);
    let f = &validation.findings[0];
    assert_eq!(
        (f.rule, f.severity),
        (Rule::SeriesCarriedOver, Severity::Warning)
    );
    assert_eq!(f.pointer, "/requests/carried_over/natural_person");
    assert_eq!(f.report_year.map(|y| y.get()), Some(2023));
    assert_eq!((f.expected, f.actual), (Some(2), Some(1)));
    assert_eq!(f.operands[0].report_year.map(|y| y.get()), Some(2022));
    assert_eq!(
        f.operands[0].pointer,
        "/requests/carried_forward/natural_person"
    );
    assert_eq!(
        validation.findings[1].pointer,
        "/requests/carried_over/total"
    );
    assert_eq!(
        validation.summary.rule(Rule::SeriesCarriedOver).evaluated,
        7
    );
}

#[test]
fn series_in_force_follows_issued_and_repealed() {
    let base = report_with(&[]);
    let y1 = year(
        &base,
        2022,
        &[("/proactive/normative_documents/in_force", json!(10))],
    );
    let good = year(
        &base,
        2023,
        &[
            ("/proactive/normative_documents/issued", json!(3)),
            ("/proactive/normative_documents/repealed", json!(1)),
            ("/proactive/normative_documents/in_force", json!(12)),
        ],
    );
    // Nothing but the notes of the narrative parts' similarity.
    assert!(
        validate_series(&[y1.clone(), good])
            .unwrap()
            .findings
            .iter()
            .all(|f| f.rule == Rule::SeriesTextSimilarity && f.severity == Severity::Notice)
    );
    let bad = year(
        &base,
        2023,
        &[
            ("/proactive/normative_documents/issued", json!(3)),
            ("/proactive/normative_documents/repealed", json!(1)),
            ("/proactive/normative_documents/in_force", json!(14)),
        ],
    );
    let validation = validate_series(&[y1, bad]).unwrap();
    // One finding of the tables, then the notes of the narrative parts.
    let rules: Vec<Rule> = validation.findings.iter().map(|f| f.rule).collect();
    assert_eq!(
        rules,
        [
            Rule::SeriesInForce,
            Rule::SeriesTextSimilarity,
            Rule::SeriesTextSimilarity
        ]
    );
    let f = &validation.findings[0];
    assert_eq!(
        (f.rule, f.severity),
        (Rule::SeriesInForce, Severity::Warning)
    );
    assert_eq!(f.pointer, "/proactive/normative_documents/in_force");
    assert_eq!((f.expected, f.actual), (Some(12), Some(14)));
}

#[test]
fn series_refuses_mixed_agencies_gaps_and_duplicates() {
    use ogi_report::validate::SeriesError;
    let base = report_with(&[]);
    let mut other = serde_json::to_value(&base).unwrap();
    other["meta"]["agency"] = json!("另一机关");
    other["meta"]["report_year"] = json!(2023);
    let other = Report::from_value(&other).unwrap();
    assert_eq!(
        validate_series(&[base.clone(), other]).unwrap_err(),
        SeriesError::MixedAgencies {
            first: "漯河回族区城市管理局".into(),
            other: "另一机关".into(),
            year: 2023
        }
    );
    assert_eq!(
        validate_series(&[base.clone(), year(&base, 2024, &[])]).unwrap_err(),
        SeriesError::Gap {
            before: 2022,
            after: 2024
        }
    );
    assert_eq!(
        validate_series(&[base.clone(), base.clone()]).unwrap_err(),
        SeriesError::DuplicateYear { year: 2022 }
    );
    assert_eq!(validate_series(&[]).unwrap_err(), SeriesError::Empty);
    // A report that states no year has no place in a series.
    let mut undated = serde_json::to_value(&base).unwrap();
    undated["meta"]
        .as_object_mut()
        .unwrap()
        .remove("report_year");
    let undated = Report::from_value(&undated).unwrap();
    assert_eq!(undated.meta().report_year, None);
    assert_eq!(
        validate_series(&[base.clone(), undated.clone()]).unwrap_err(),
        SeriesError::NoYear {
            agency: "漯河回族区城市管理局".into()
        }
    );
    // Alone it validates as any report, less the year's check of the layout.
    assert_eq!(
        validate(&undated).findings,
        validate(&base)
            .findings
            .into_iter()
            .filter(|f| f.rule != Rule::EditionLayout)
            .collect::<Vec<_>>()
    );
    assert!(validate_series(&[base]).unwrap().is_clean());
}

#[test]
fn a_breakdown_whose_parts_reach_the_whole_with_more_than_exceeds_it() {
    // 341 + 132 + 86 + "60余" is more than 619: a whole of exactly 619 is contradicted.
    let report = crate::support::fixture_with(
        include_str!("fixtures/reports/000_xinyang_2018.json"),
        &[
            ("/parts/1/figures/0/value", json!("619")),
            ("/parts/1/figures/0/printed", json!("619条")),
        ],
    );
    let validation = validate(&report);
    let f = validation
        .findings
        .iter()
        .find(|f| f.rule == Rule::FiguresBreakdown)
        .expect("a breakdown finding");
    assert_eq!((f.expected, f.actual), (Some(619), Some(619)));
    assert_eq!(f.pointer, "/parts/1/figures/0");
    assert_eq!(
        f.message.en,
        "「公开政府信息」 is 619条 in all, but its parts (341条、132条、86条、60余篇) add up to more than 619, more than the whole."
    );
    assert_eq!(
        validation.summary.rule(Rule::FiguresBreakdown),
        RuleTally {
            evaluated: 2,
            passed: 1,
            failed: 1,
            not_assessable: 0
        }
    );
    // Exactly the parts, none "余": the whole holds.
    let report = crate::support::fixture_with(
        include_str!("fixtures/reports/000_xinyang_2018.json"),
        &[
            ("/parts/1/figures/0/value", json!("619")),
            ("/parts/1/figures/0/parts/3/qualifier", json!("exact")),
        ],
    );
    assert_eq!(
        validate(&report)
            .summary
            .rule(Rule::FiguresBreakdown)
            .passed,
        2
    );
}

mod deadline {
    //! `meta.published_late`: 部门 by 1月31日, 本级政府 by 3月31日, every agency by 3月31日
    //! before the 2019 report year; not assessable without a date, a year or the level.

    use super::*;
    use chrono::NaiveDate;
    use ogi_report::meta::Tier;
    use ogi_report::validate::deadline;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn tally(report: &Report) -> RuleTally {
        validate(report).summary.rule(Rule::MetaPublishedLate)
    }

    fn late(report: &Report) -> Vec<Finding> {
        validate(report)
            .findings
            .into_iter()
            .filter(|f| f.rule == Rule::MetaPublishedLate)
            .collect()
    }

    #[test]
    fn the_deadline_is_the_levels_in_the_next_year() {
        assert_eq!(
            deadline(2022, Some(Tier::Department)),
            Some(day(2023, 1, 31))
        );
        assert_eq!(
            deadline(2022, Some(Tier::Government)),
            Some(day(2023, 3, 31))
        );
        assert_eq!(
            deadline(2019, Some(Tier::Department)),
            Some(day(2020, 1, 31))
        );
        // Before the 2019 report year every agency had until 3月31日; from it, the level decides.
        assert_eq!(deadline(2018, None), Some(day(2019, 3, 31)));
        assert_eq!(
            deadline(2018, Some(Tier::Department)),
            Some(day(2019, 3, 31))
        );
        assert_eq!(deadline(2019, None), None);
    }

    #[test]
    fn a_department_publishing_after_31_january_is_late_by_its_days() {
        let level = |tier: &str, from: &str| json!({"tier": tier, "from": from});
        let report = report_with(&[
            ("/meta/publication_date", json!("2023-02-15")),
            ("/meta/level", level("department", "title")),
        ]);
        let found = late(&report);
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(
            (f.severity, f.pointer.as_str()),
            (Severity::Warning, "/meta/publication_date")
        );
        assert_eq!((f.expected, f.actual), (Some(0), Some(15)));
        assert_eq!(
            f.message.en,
            "The 2022 report was published on 2023-02-15; for a department (read from the agency the title names) the deadline is 2023-01-31: 15 days late."
        );
        assert_eq!(
            f.message.zh,
            "2022年度报告于2023-02-15发布，部门（按标题中的机关名称认定）应于2023-01-31前公开，晚15天。"
        );
        assert_eq!((tally(&report).evaluated, tally(&report).failed), (1, 1));
        // The last day itself is on time; a government has until 3月31日.
        let on_the_day = report_with(&[
            ("/meta/publication_date", json!("2023-01-31")),
            ("/meta/level", level("department", "given")),
        ]);
        assert_eq!(late(&on_the_day), []);
        assert_eq!(
            (tally(&on_the_day).evaluated, tally(&on_the_day).passed),
            (1, 1)
        );
        let government = report_with(&[
            ("/meta/publication_date", json!("2023-02-15")),
            ("/meta/level", level("government", "given")),
        ]);
        assert_eq!(late(&government), []);
        let april = report_with(&[
            ("/meta/publication_date", json!("2023-04-01")),
            ("/meta/level", level("government", "given")),
        ]);
        assert_eq!(late(&april)[0].actual, Some(1));
        assert!(
            late(&april)[0]
                .message
                .en
                .contains("for a government (given)")
        );
    }

    #[test]
    fn without_a_date_a_level_or_a_year_it_is_never_taken_as_met() {
        let none = |report: &Report| {
            let t = tally(report);
            assert_eq!((t.evaluated, t.passed, t.not_assessable), (0, 0, 1));
            assert_eq!(late(report), []);
        };
        // Seed 002's title names a 局: its level is known, its date is not.
        none(&report_with(&[]));
        none(&report_with(&[
            ("/meta/publication_date", json!("2023-02-15")),
            ("/meta/level", Value::Null),
        ]));
        none(&report_with(&[(
            "/meta/level",
            json!({"tier": "department", "from": "given"}),
        )]));
    }

    #[test]
    fn before_2019_every_agency_had_until_31_march() {
        let json = include_str!("fixtures/reports/000_xinyang_2018.json");
        let report =
            crate::support::fixture_with(json, &[("/meta/publication_date", json!("2019-04-02"))]);
        let found = late(&report);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].actual, Some(2));
        assert_eq!(
            found[0].message.en,
            "The 2018 report was published on 2019-04-02; for every agency's report before the 2019 report year the deadline is 2019-03-31: 2 days late."
        );
    }
}

mod similarity {
    //! `series.text_similarity`: each narrative part against the year before, in per mille.

    use super::*;
    use ogi_report::validate::{SeriesOptions, text_similarity, validate_series_with};

    #[test]
    fn similarity_is_the_share_of_shared_bigrams_with_digits_read_alike() {
        // White space, punctuation and the year's digits do not count.
        assert_eq!(
            text_similarity("2023年，我局 认真落实。", "2024年我局认真落实"),
            Some(1000)
        );
        assert_eq!(text_similarity("认真落实", "全面推进"), Some(0));
        // 认真 真落 落实 vs 认真 真推 推进: one shared of five, 200 ‰.
        assert_eq!(text_similarity("认真落实", "认真推进"), Some(200));
        // One of three (ab bc vs ab bd ... ): rounded half up.
        assert_eq!(text_similarity("甲乙丙", "甲乙丁"), Some(333));
        assert_eq!(text_similarity("甲乙丙丁", "甲乙丙戊"), Some(500));
        assert_eq!(text_similarity("。", "认真落实"), None);
        assert_eq!(text_similarity("", ""), None);
    }

    #[test]
    fn a_part_at_or_over_the_threshold_set_is_a_warning() {
        let base = report_with(&[]);
        let y2022 = year(&base, 2022, &[("/problems/text", json!("甲乙丙丁"))]);
        let y2023 = year(&base, 2023, &[("/problems/text", json!("甲乙丙戊"))]);
        let problems =
            |options: &SeriesOptions| -> Vec<(Severity, Option<i64>, Option<i64>, String)> {
                validate_series_with(&[y2022.clone(), y2023.clone()], options)
                    .unwrap()
                    .findings
                    .into_iter()
                    .filter(|f| f.pointer == "/problems/text")
                    .map(|f| (f.severity, f.expected, f.actual, f.message.en))
                    .collect()
            };
        assert_eq!(
            problems(&SeriesOptions::default()),
            [(
                Severity::Notice,
                None,
                Some(500),
                "「五、存在的主要问题及改进情况」 is 50.0 % similar to 2022's (shared character bigrams).".to_owned()
            )]
        );
        assert_eq!(
            problems(&SeriesOptions::default().with_copy_threshold(500)),
            [(
                Severity::Warning,
                Some(500),
                Some(500),
                "「五、存在的主要问题及改进情况」 is 50.0 % similar to 2022's (shared character bigrams), at or above the threshold of 50.0 % set.".to_owned()
            )]
        );
        assert_eq!(
            problems(&SeriesOptions::default().with_copy_threshold(501))[0].0,
            Severity::Notice
        );
        // The operands are the two texts, each with its year and its length in characters.
        let found = validate_series(&[y2022, y2023]).unwrap();
        let f = found
            .findings
            .iter()
            .find(|f| f.pointer == "/problems/text")
            .unwrap();
        assert_eq!(
            f.operands
                .iter()
                .map(|o| (o.report_year.map(|y| y.get()), o.value.clone()))
                .collect::<Vec<_>>(),
            [(Some(2022), Cell::Value(4)), (Some(2023), Cell::Value(4))]
        );
        let tally = found.summary.rule(Rule::SeriesTextSimilarity);
        // 一 and 五 compared; 六 ("无") holds no bigram.
        assert_eq!((tally.evaluated, tally.not_assessable), (2, 1));
    }
}
