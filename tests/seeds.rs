//! The seed reports as reference models: typed values, committed canonical JSON, snapshots.

use crate::reference;

use ogi_report::{Cell, Report};

const SEED_002_JSON: &str = include_str!("fixtures/reports/002_luohe_huizu_2022.json");

#[test]
fn seed_002_serializes_to_the_committed_fixture() {
    let report = reference::seed_002();
    assert_eq!(report.to_json(), SEED_002_JSON);
}

#[test]
fn seed_002_reads_back_to_the_same_model_and_bytes() {
    let read = Report::from_json(SEED_002_JSON).unwrap();
    assert_eq!(read, reference::seed_002());
    assert_eq!(read.to_json(), SEED_002_JSON);
    // compact form round-trips too
    let compact = read.to_json_compact();
    assert_eq!(
        Report::from_json(&compact).unwrap().to_json_compact(),
        compact
    );
}

#[test]
fn seed_002_holds_the_published_figures() {
    let report = Report::from_json(SEED_002_JSON).unwrap();
    let r = report.as_format_2021().unwrap();
    assert_eq!(r.meta.agency, "漯河回族区城市管理局");
    assert_eq!(r.meta.report_year.map(|y| y.get()), Some(2022));
    assert_eq!(r.proactive.penalties.decisions, reference::c(67));
    assert_eq!(r.proactive.coercion.decisions, reference::c(0));
    let Cell::Value(fee) = r.proactive.fee() else {
        panic!("the fee is a value")
    };
    assert_eq!(fee.to_string(), "27.2500");
    assert_eq!(fee.yuan().to_string(), "272500");
    assert_eq!(r.requests.outcomes.total.total, reference::c(0));
    assert_eq!(
        r.review_litigation.litigation_after_review.total,
        reference::c(0)
    );
    assert!(
        r.overview
            .text
            .starts_with("本年度报告根据《中华人民共和国政府信息公开条例》")
    );
    assert_eq!(r.overview.paragraphs().count(), 9);
    assert_eq!(r.other_matters.text, "无");
    // the JSON holds the fee as a string with four places
    assert!(SEED_002_JSON.contains(r#""amount": "27.2500""#));
}

#[test]
fn seed_002_json_equals_its_fixture() {
    assert_eq!(
        reference::seed_002().to_json(),
        include_str!("fixtures/reports/002_luohe_huizu_2022.json"),
        "seed 002's json differs from tests/fixtures/reports/002_luohe_huizu_2022.json"
    );
}

#[test]
fn seed_files_are_kept_byte_for_byte() {
    // The seeds are copied in unchanged; their messiness is what the crate must cope with.
    let seed = include_bytes!("fixtures/seeds/002_e5cb504301f5c306.txt");
    assert_eq!(seed.len(), 8199);
    assert!(
        std::str::from_utf8(seed)
            .unwrap()
            .ends_with("## 六、其他需要报告的事项\n\n无")
    );
}

#[test]
fn seed_002_findings_equal_their_fixture() {
    // Seed 002 balances and has no blank cell: nothing to report, 44 checks passed.
    let validation = ogi_report::validate(&reference::seed_002());
    assert!(validation.is_clean());
    assert_eq!(
        validation.to_json(),
        include_str!("fixtures/findings/002_luohe_huizu_2022.json"),
        "seed 002's findings differs from tests/fixtures/findings/002_luohe_huizu_2022.json"
    );
}

const SEED_003_JSON: &str = include_str!("fixtures/reports/003_liaocheng_2019.json");

#[test]
fn seed_003_serializes_to_the_committed_fixture_and_reads_back() {
    let report = reference::seed_003();
    assert_eq!(report.to_json(), SEED_003_JSON);
    let read = Report::from_json(SEED_003_JSON).unwrap();
    assert_eq!(read, report);
    assert_eq!(read.to_json(), SEED_003_JSON);
}

#[test]
fn seed_003_holds_blanks_raw_marks_and_the_exact_amount() {
    let report = Report::from_json(SEED_003_JSON).unwrap();
    let r = report.as_format_2019().unwrap();
    assert_eq!(
        r.proactive.penalties.items_change,
        Cell::Raw("减".to_owned())
    );
    assert_eq!(r.proactive.penalties.decisions, reference::c(90));
    assert_eq!(r.proactive.procurement.projects, reference::c(56));
    assert_eq!(
        r.proactive
            .procurement
            .total_amount
            .value()
            .unwrap()
            .to_string(),
        "48359.899368"
    );
    assert!(SEED_003_JSON.contains(r#""total_amount": "48359.899368""#));
    let not_held = &r.requests.outcomes.unavailable.not_held;
    assert!(
        not_held
            .columns()
            .all(|c| not_held.cell(c).unwrap().is_blank())
    );
    assert!(r.requests.new_received.commercial_enterprise.is_blank());
    assert_eq!(r.requests.new_received.total, reference::c(2));
}

#[test]
fn seed_003_json_and_findings_equal_their_fixtures() {
    let report = reference::seed_003();
    assert_eq!(
        report.to_json(),
        include_str!("fixtures/reports/003_liaocheng_2019.json"),
        "seed 003's json differs from tests/fixtures/reports/003_liaocheng_2019.json"
    );
    assert_eq!(
        ogi_report::validate(&report).to_json(),
        include_str!("fixtures/findings/003_liaocheng_2019.json"),
        "seed 003's findings differs from tests/fixtures/findings/003_liaocheng_2019.json"
    );
}

/// Checks the model against its fixture and reads it back.
fn check_fixture(report: &Report, file: &str, committed: &str) {
    assert_eq!(report.to_json(), committed, "{file}");
    let read = Report::from_json(committed).unwrap();
    assert_eq!(&read, report, "{file}");
    assert_eq!(read.to_json(), committed, "{file}");
}

const SEED_000_JSON: &str = include_str!("fixtures/reports/000_xinyang_2018.json");

#[test]
fn seed_000_fixture_and_round_trip() {
    check_fixture(
        &reference::seed_000(),
        "000_xinyang_2018.json",
        SEED_000_JSON,
    );
}

#[test]
fn seed_000_states_its_figures_as_printed() {
    let report = Report::from_json(SEED_000_JSON).unwrap();
    let r = report.as_regulation_2008().unwrap();
    assert_eq!(r.parts.len(), 6);
    assert_eq!(r.parts[1].heading, "二、主动公开政府信息情况");
    let disclosed = &r.parts[1].figures[0];
    assert_eq!(
        (disclosed.printed.as_str(), disclosed.value.to_string()),
        ("992条", "992".to_owned())
    );
    let media = &disclosed.parts[3];
    assert_eq!(media.printed, "60余篇");
    // "60余" is more than 60, never exactly 60
    assert_eq!(
        media.qualifier,
        ogi_report::regulation_2008::Qualifier::MoreThan
    );
    assert_eq!(r.applications_received().unwrap().value.to_string(), "0");
    assert_eq!(r.disclosure_staff().unwrap().parts.len(), 2);
    assert_eq!(r.fees_collected().unwrap().printed, "没有收取");
    assert!(!r.parts[0].text.contains("[image:"));
}

#[test]
fn seed_000_json_and_findings_equal_their_fixtures() {
    let report = reference::seed_000();
    assert_eq!(
        report.to_json(),
        include_str!("fixtures/reports/000_xinyang_2018.json"),
        "seed 000's json differs from tests/fixtures/reports/000_xinyang_2018.json"
    );
    let validation = ogi_report::validate(&report);
    // 341 + 132 + 86 + more than 60 is more than 619: fewer than 992, so nothing is
    // contradicted (a "其中" list need not be complete); 2 + 2 = 4 staff.
    assert_eq!(
        validation
            .summary
            .rule(ogi_report::findings::Rule::FiguresBreakdown),
        ogi_report::findings::RuleTally {
            evaluated: 2,
            passed: 2,
            failed: 0,
            not_assessable: 0
        }
    );
    assert_eq!(
        validation.to_json(),
        include_str!("fixtures/findings/000_xinyang_2018.json"),
        "seed 000's findings differs from tests/fixtures/findings/000_xinyang_2018.json"
    );
}

const SEED_001_JSON: &str = include_str!("fixtures/reports/001_hengyang_yanfeng_2017.json");

#[test]
fn seed_001_fixture_and_round_trip() {
    check_fixture(
        &reference::seed_001(),
        "001_hengyang_yanfeng_2017.json",
        SEED_001_JSON,
    );
}

#[test]
fn seed_001_states_its_figures_as_printed() {
    let report = Report::from_json(SEED_001_JSON).unwrap();
    let r = report.as_regulation_2008().unwrap();
    let headings: Vec<&str> = r.parts.iter().map(|p| p.heading.as_str()).collect();
    assert_eq!(headings.len(), 7);
    assert_eq!(headings[6], "七、政府信息公开工作存在的主要问题及改进情况");
    let items = &r.parts[1].figures[1];
    assert_eq!(
        (items.printed.as_str(), items.qualifier),
        ("100余条", ogi_report::regulation_2008::Qualifier::MoreThan)
    );
    assert_eq!(r.parts[3].figures[1].value.to_string(), "1584");
    assert_eq!(r.parts[5].figures[0].unit.as_deref(), Some("万元"));
    assert_eq!(r.applications_received().unwrap().value.to_string(), "0");
    assert!(r.disclosure_staff().is_none());
}

#[test]
fn seed_001_json_and_findings_equal_their_fixtures() {
    let report = reference::seed_001();
    assert_eq!(
        report.to_json(),
        include_str!("fixtures/reports/001_hengyang_yanfeng_2017.json"),
        "seed 001's json differs from tests/fixtures/reports/001_hengyang_yanfeng_2017.json"
    );
    assert_eq!(
        ogi_report::validate(&report).to_json(),
        include_str!("fixtures/findings/001_hengyang_yanfeng_2017.json"),
        "seed 001's findings differs from tests/fixtures/findings/001_hengyang_yanfeng_2017.json"
    );
}

const SEED_004_JSON: &str = include_str!("fixtures/reports/004_qingdao_2018.json");

#[test]
fn seed_004_fixture_and_round_trip() {
    check_fixture(
        &reference::seed_004(),
        "004_qingdao_2018.json",
        SEED_004_JSON,
    );
}

#[test]
fn seed_004_states_its_figures_as_printed() {
    use ogi_report::regulation_2008::Qualifier;
    let report = Report::from_json(SEED_004_JSON).unwrap();
    let r = report.as_regulation_2008().unwrap();
    assert_eq!(r.parts.len(), 9);
    assert_eq!(r.meta.publication_date.unwrap().to_string(), "2019-01-17");
    let cases = r.parts[1]
        .figures
        .iter()
        .find(|f| f.printed == "约122万件")
        .unwrap();
    assert_eq!(
        (cases.value.to_string(), cases.qualifier),
        ("122".to_owned(), Qualifier::About)
    );
    let satisfaction = r.parts[1]
        .figures
        .iter()
        .find(|f| f.label == "全行业群众满意率")
        .unwrap();
    assert_eq!(
        (satisfaction.value.to_string(), satisfaction.unit.as_deref()),
        ("97.62".to_owned(), Some("%"))
    );
    let top_ups = r.parts[3]
        .figures
        .iter()
        .find(|f| f.printed == "7304.01万元")
        .unwrap();
    assert_eq!(top_ups.value.to_string(), "7304.01");
    assert_eq!(r.applications_received().unwrap().printed, "28件");
    assert_eq!(r.lawsuits().unwrap().value.to_string(), "1");
    assert_eq!(r.reviews().unwrap().value.to_string(), "0");
    // 1 + 16 + 21 + 28 + 2 + 2 figures in parts 一 to 六, breakdown parts included
    assert_eq!(r.figures().count(), 70);
}

#[test]
fn seed_004_json_and_findings_equal_their_fixtures() {
    let report = reference::seed_004();
    assert_eq!(
        report.to_json(),
        include_str!("fixtures/reports/004_qingdao_2018.json"),
        "seed 004's json differs from tests/fixtures/reports/004_qingdao_2018.json"
    );
    let validation = ogi_report::validate(&report);
    // 84 + 173 + 15 = 272 and 56 + 19 + 1 = 76 hold; "540余件" is no exact whole.
    assert_eq!(
        validation
            .summary
            .rule(ogi_report::findings::Rule::FiguresBreakdown),
        ogi_report::findings::RuleTally {
            evaluated: 3,
            passed: 2,
            failed: 0,
            not_assessable: 1
        }
    );
    assert_eq!(
        validation.to_json(),
        include_str!("fixtures/findings/004_qingdao_2018.json"),
        "seed 004's findings differs from tests/fixtures/findings/004_qingdao_2018.json"
    );
}
