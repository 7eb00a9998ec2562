//! Builders produce reports that balance; aggregation sums without reading blanks as zero.

use ogi_report::aggregate::{AggregateError, Cause, NotAssessable, aggregate};
use ogi_report::builder::{Documents, Format2021Builder};
use ogi_report::catalogue::{
    ApplicantColumn as Col, RequestRow as Row, ReviewBlock, ReviewOutcome,
};
use ogi_report::findings::{Rule, Severity};
use ogi_report::meta::ReportYear;
use ogi_report::{Cell, Fee, Report, validate};
use proptest::prelude::*;
use serde_json::{Value, json};

fn year(y: u16) -> ReportYear {
    ReportYear::new(y).unwrap()
}

#[test]
fn totals_and_carry_forward_are_derived_from_the_leaves() {
    let mut b = Format2021Builder::new("某局", year(2023));
    b.applications(Row::NewReceived, Col::NaturalPerson, 7)
        .applications(Row::NewReceived, Col::CommercialEnterprise, 2)
        .applications(Row::CarriedOver, Col::NaturalPerson, 1)
        .applications(Row::Disclosed, Col::NaturalPerson, 3)
        .applications(Row::ThirdPartyRights, Col::CommercialEnterprise, 1)
        .applications(Row::FeeUnpaid, Col::NaturalPerson, 2)
        .documents(Documents::NormativeDocuments, 4, 1, 30)
        .review(ReviewBlock::LitigationDirect, ReviewOutcome::Pending, 2);
    let report = b.build().unwrap();
    let r = report.as_format_2021().unwrap();
    let row = |cells: &ogi_report::requests::ApplicantRow| -> Vec<Option<u64>> {
        Col::NATIONAL
            .iter()
            .map(|c| cells.cell(*c).unwrap().as_u64())
            .collect()
    };
    assert_eq!(
        row(&r.requests.new_received),
        [7, 2, 0, 0, 0, 0, 9].map(Some)
    );
    assert_eq!(
        row(&r.requests.outcomes.total),
        [5, 1, 0, 0, 0, 0, 6].map(Some)
    );
    assert_eq!(
        row(&r.requests.carried_forward),
        [3, 1, 0, 0, 0, 0, 4].map(Some)
    );
    assert_eq!(
        r.review_litigation.litigation_direct.total.as_u64(),
        Some(2)
    );
    assert_eq!(r.proactive.normative_documents.in_force.as_u64(), Some(30));
    assert!(validate(&report).is_clean());
}

#[test]
fn an_explicit_total_that_disagrees_stops_the_build() {
    let mut b = Format2021Builder::new("某局", year(2023));
    b.applications(Row::NewReceived, Col::NaturalPerson, 2)
        .applications(Row::NewReceived, Col::Total, 3);
    let err = b.build().unwrap_err();
    let found: Vec<(Rule, &str, Option<i64>, Option<i64>)> = err
        .findings
        .iter()
        .map(|f| (f.rule, f.pointer.as_str(), f.expected, f.actual))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                Rule::RequestsRowTotal,
                "/requests/new_received/total",
                Some(2),
                Some(3)
            ),
            (
                Rule::RequestsBalance,
                "/requests/carried_forward/total",
                Some(3),
                Some(2)
            ),
        ]
    );
}

#[test]
fn more_outcomes_than_applications_stop_the_build() {
    let mut b = Format2021Builder::new("某局", year(2023));
    b.applications(Row::NewReceived, Col::ResearchInstitution, 1)
        .applications(Row::Repeated, Col::ResearchInstitution, 3);
    let err = b.build().unwrap_err();
    assert_eq!(err.findings.len(), 1, "{:#?}", err.findings);
    let f = &err.findings[0];
    assert_eq!(
        (f.rule, f.severity),
        (Rule::RequestsBalance, Severity::Error)
    );
    assert_eq!(f.pointer, "/requests/carried_forward/research_institution");
    assert_eq!((f.expected, f.actual), (Some(1), Some(3)));
    assert_eq!(
        f.message.zh,
        "「法人或其他组织 › 科研机构」列办理结果3件多于新收与上年结转之和1件，四、结转下年度继续办理不能为负。"
    );
}

#[test]
fn a_year_before_the_format_stops_the_build() {
    let err = Format2021Builder::new("某局", year(2020))
        .build()
        .unwrap_err();
    assert_eq!(err.findings.len(), 1);
    assert_eq!(
        (err.findings[0].rule, err.findings[0].severity),
        (Rule::EditionLayout, Severity::Warning)
    );
}

#[test]
fn a_subtotal_column_is_derived_in_every_row() {
    let mut b = Format2021Builder::new("某局", year(2023));
    b.applications(Row::NewReceived, Col::LegalServiceInstitution, 2)
        .applications(Row::NewReceived, Col::OrganizationSubtotal, 2)
        .applications(Row::Disclosed, Col::LegalServiceInstitution, 2);
    let report = b.build().unwrap();
    let r = report.as_format_2021().unwrap();
    assert_eq!(
        r.requests.outcomes.total.organization_subtotal,
        Some(Cell::count(2).unwrap())
    );
    assert_eq!(
        r.requests.carried_over.organization_subtotal,
        Some(Cell::count(0).unwrap())
    );
}

#[test]
fn aggregation_sums_and_names_the_report_behind_a_blank() {
    let a = Format2021Builder::new("甲局", year(2023))
        .applications(Row::NewReceived, Col::NaturalPerson, 4)
        .applications(Row::Disclosed, Col::NaturalPerson, 4)
        .administrative_fees("1.5".parse::<Fee>().unwrap())
        .build()
        .unwrap();
    let b = Format2021Builder::new("乙局", year(2023))
        .applications(Row::NewReceived, Col::NaturalPerson, 1)
        .administrative_fees("0.0001".parse::<Fee>().unwrap())
        .build()
        .unwrap();
    let mut c: Value =
        serde_json::to_value(Format2021Builder::new("丙局", year(2023)).build().unwrap()).unwrap();
    c["requests"]["carried_over"]["natural_person"] = Value::Null;
    c["review_litigation"]["review"]["total"] = json!({"raw": "/"});
    let c = Report::from_value(&c).unwrap();
    let combined = aggregate(&[&a, &b, &c]).unwrap();
    assert_eq!(combined.agencies, ["甲局", "乙局", "丙局"]);
    assert_eq!(
        combined.requests.new_received.natural_person.as_u64(),
        Some(5)
    );
    assert_eq!(
        combined.requests.carried_forward.natural_person.as_u64(),
        Some(1)
    );
    assert_eq!(combined.requests.carried_over.natural_person, Cell::Blank);
    assert_eq!(
        combined
            .proactive
            .as_format_2021()
            .unwrap()
            .fee()
            .value()
            .unwrap()
            .to_string(),
        "1.5001"
    );
    assert_eq!(
        combined.not_assessable,
        vec![
            NotAssessable {
                pointer: "/requests/carried_over/natural_person".into(),
                causes: vec![Cause {
                    report: 2,
                    agency: "丙局".into(),
                    pointer: "/requests/carried_over/natural_person".into(),
                    value: Cell::Blank,
                }],
            },
            NotAssessable {
                pointer: "/review_litigation/review/total".into(),
                causes: vec![Cause {
                    report: 2,
                    agency: "丙局".into(),
                    pointer: "/review_litigation/review/total".into(),
                    value: Cell::Raw("/".into()),
                }],
            },
        ]
    );
}

#[test]
fn aggregation_refuses_mixed_years_and_nothing() {
    let a = Format2021Builder::new("甲局", year(2023)).build().unwrap();
    let b = Format2021Builder::new("乙局", year(2024)).build().unwrap();
    assert_eq!(
        aggregate(&[&a, &b]).unwrap_err(),
        AggregateError::MixedYears {
            first: 2023,
            other: 2024,
            agency: "乙局".into()
        }
    );
    assert_eq!(aggregate(&[]).unwrap_err(), AggregateError::Empty);
    let mut undated = b.clone();
    undated.meta_mut().report_year = None;
    assert_eq!(
        aggregate(&[&a, &undated]).unwrap_err(),
        AggregateError::NoYear {
            agency: "乙局".into()
        }
    );
}

/// Leaf rows an author sets (every part 三 row but the two derived ones).
fn leaf_rows() -> Vec<Row> {
    Row::ALL
        .iter()
        .copied()
        .filter(|r| {
            !matches!(
                r,
                Row::OutcomesTotal | Row::CarriedForward | Row::NewReceived
            )
        })
        .collect()
}

prop_compose! {
    pub(crate) fn built_report()(
        outcomes in prop::collection::vec(0u32..4, 22 * 6),
        over in prop::collection::vec(0u32..4, 6),
        extra in prop::collection::vec(0u32..4, 6),
        review in prop::collection::vec(0u32..3, 12),
        docs in prop::collection::vec(0u32..50, 6),
        decisions in prop::collection::vec(0u32..500, 3),
        fee in 0u64..10_000_000,
    ) -> Report {
        let mut b = Format2021Builder::new("某局", year(2024));
        let rows = leaf_rows();
        for (i, column) in Col::CATEGORIES.iter().enumerate() {
            let mut used = 0;
            for (j, row) in rows.iter().enumerate() {
                let n = if *row == Row::CarriedOver { over[i] } else { outcomes[j * 6 + i] };
                if *row != Row::CarriedOver { used += n; }
                b.applications(*row, *column, n);
            }
            b.applications(Row::NewReceived, *column, used.saturating_sub(over[i]) + extra[i]);
        }
        for (i, block) in ReviewBlock::ALL.iter().enumerate() {
            for (j, outcome) in ReviewOutcome::PARTS.iter().enumerate() {
                b.review(*block, *outcome, review[i * 4 + j]);
            }
        }
        b.documents(Documents::Regulations, docs[0], docs[1], docs[2])
            .documents(Documents::NormativeDocuments, docs[3], docs[4], docs[5])
            .licensing(decisions[0]).penalties(decisions[1]).coercion(decisions[2])
            .administrative_fees(Fee::from_yuan(fee.into()).unwrap());
        b.build().expect("the generated leaves balance")
    }
}

/// Every count cell of parts 三 and 四 by pointer.
fn checked_pointers() -> Vec<String> {
    use ogi_report::catalogue::Edition;
    use ogi_report::layout::{CellAddress, RequestLine};
    CellAddress::all(Edition::Format2021)
        .into_iter()
        .filter(|at| match at {
            CellAddress::Requests(RequestLine::Row(_), column) => Col::NATIONAL.contains(column),
            CellAddress::Review(..) => true,
            _ => false,
        })
        .map(|at| at.pointer())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_built_report_validates_clean(report in built_report()) {
        let validation = validate(&report);
        prop_assert!(validation.is_clean(), "{:#?}", validation.findings);
    }

    #[test]
    fn changing_one_cell_gives_errors_that_all_involve_it(
        report in built_report(),
        which in 0usize..(25 * 7 + 15),
        k in 1i64..5,
        up in any::<bool>(),
    ) {
        let pointer = &checked_pointers()[which];
        let mut doc = serde_json::to_value(&report).unwrap();
        let cell = doc.pointer_mut(pointer).unwrap();
        let old = cell.as_i64().unwrap();
        let new = if up || old < k { old + k } else { old - k };
        *cell = json!(new);
        let changed = Report::from_value(&doc).unwrap();
        let validation = validate(&changed);
        let errors: Vec<_> = validation.with_severity(Severity::Error).collect();
        prop_assert!(!errors.is_empty(), "{pointer}: {old} -> {new} gave no error");
        prop_assert_eq!(validation.findings.len(), errors.len());
        for f in errors {
            prop_assert!(
                f.pointer == *pointer || f.operands.iter().any(|o| o.pointer == *pointer),
                "{} does not involve {}", f, pointer
            );
        }
    }

    #[test]
    fn json_round_trip_is_byte_identical(report in built_report()) {
        let json = report.to_json();
        let back = Report::from_json(&json).unwrap();
        prop_assert_eq!(&back, &report);
        prop_assert_eq!(back.to_json(), json);
    }
}
