//! The 2019 and 2008-era builders: reports equal to the generator's for the same content,
//! errors that name their rule and cells.

use ogi_report::builder::{
    BuildError, Documents, Format2019Builder, Format2021Builder, ItemRow, Regulation2008Builder,
};
use ogi_report::catalogue::{
    ApplicantColumn as Col, Content2008, KeyFigure, RequestRow as Row, ReviewBlock, ReviewOutcome,
};
use ogi_report::findings::Severity;
use ogi_report::format_2019::ItemCounts;
use ogi_report::meta::{Meta, ReportYear};
use ogi_report::regulation_2008::{Figure, Qualifier};
use ogi_report::requests::{ApplicantRow, OtherHandling, Requests};
use ogi_report::review::ReviewLitigation;
use ogi_report::{Report, validate};
use proptest::prelude::*;

fn year(y: u16) -> ReportYear {
    ReportYear::new(y).unwrap()
}

fn n(cell: &ogi_report::cell::CountCell) -> u32 {
    u32::try_from(cell.as_u64().expect("a count")).unwrap()
}

fn change(cell: &ogi_report::cell::ChangeCell) -> i32 {
    i32::try_from(*cell.value().expect("a change")).unwrap()
}

/// The rows an author sets (every row but （七）总计 and 四、结转).
fn leaf_rows(requests: &Requests) -> Vec<(Row, &ApplicantRow)> {
    Row::ALL
        .iter()
        .filter(|r| !matches!(r, Row::OutcomesTotal | Row::CarriedForward))
        .filter_map(|r| requests.row(*r).map(|cells| (*r, cells)))
        .collect()
}

/// Macro rather than function: the two builders are different types with the same setters.
macro_rules! set_shared {
    ($b:expr, $meta:expr, $r:expr, $all:expr) => {{
        let (b, meta, r) = (&mut $b, &$meta, &$r);
        if let Some(source) = &meta.source {
            b.source(source.clone());
        }
        if let Some(contact) = &meta.contact {
            b.contact(contact.clone());
        }
        if let Some(level) = meta.level {
            b.level(level);
        }
        b.overview(r.overview.text.clone())
            .problems(r.problems.text.clone())
            .other_matters(r.other_matters.text.clone());
        if let Some(fee) = &r.other_matters.information_processing_fee {
            b.information_processing_fee(fee.clone());
        }
        let rows: Vec<(Row, &ApplicantRow)> = if $all {
            Row::ALL
                .iter()
                .filter_map(|row| r.requests.row(*row).map(|cells| (*row, cells)))
                .collect()
        } else {
            leaf_rows(&r.requests)
        };
        for (row, cells) in rows {
            for column in Col::CATEGORIES {
                b.applications(row, column, n(cells.cell(column).unwrap()));
            }
            if $all {
                b.applications(row, Col::Total, n(&cells.total));
            }
        }
        for (block, outcome, count) in review_cells(&r.review_litigation, $all) {
            b.review(block, outcome, count);
        }
    }};
}

/// Part 四's cells an author sets (`all`: the totals too).
fn review_cells(review: &ReviewLitigation, all: bool) -> Vec<(ReviewBlock, ReviewOutcome, u32)> {
    let outcomes: &[ReviewOutcome] = if all {
        ReviewOutcome::ALL
    } else {
        &ReviewOutcome::PARTS
    };
    ReviewBlock::ALL
        .iter()
        .flat_map(|block| {
            outcomes
                .iter()
                .map(move |o| (*block, *o, n(review.block(*block).cell(*o))))
        })
        .collect()
}

/// The content of a generated report, set through the builder of its edition; `all` sets
/// every cell, derived ones included.
fn rebuild(report: &Report, all: bool) -> Result<Report, BuildError> {
    let meta: &Meta = report.meta();
    let year = meta.report_year.unwrap();
    match report {
        Report::Format2021(r) => {
            let mut b = Format2021Builder::new(meta.agency.clone(), year);
            set_shared!(b, meta, r, all);
            let p = &r.proactive;
            for (row, d) in [
                (Documents::Regulations, &p.regulations),
                (Documents::NormativeDocuments, &p.normative_documents),
            ] {
                b.documents(row, n(&d.issued), n(&d.repealed), n(&d.in_force));
            }
            b.licensing(n(&p.licensing.decisions))
                .penalties(n(&p.penalties.decisions))
                .coercion(n(&p.coercion.decisions))
                .administrative_fees(*p.fee().value().unwrap());
            b.build()
        }
        Report::Format2019(r) => {
            let mut b = Format2019Builder::new(meta.agency.clone(), year);
            set_shared!(b, meta, r, all);
            let p = &r.proactive;
            for (row, d) in [
                (Documents::Regulations, &p.regulations),
                (Documents::NormativeDocuments, &p.normative_documents),
            ] {
                b.documents(
                    row,
                    n(&d.newly_made),
                    n(&d.newly_published),
                    n(&d.total_published),
                );
            }
            let items: [(ItemRow, &ItemCounts); 4] = [
                (ItemRow::Licensing, &p.licensing),
                (ItemRow::OtherServices, &p.other_services),
                (ItemRow::Penalties, &p.penalties),
                (ItemRow::Coercion, &p.coercion),
            ];
            for (row, i) in items {
                b.items(
                    row,
                    n(&i.items_last_year),
                    change(&i.items_change),
                    n(&i.decisions),
                );
            }
            let fees = &p.administrative_fees;
            b.fee_items(n(&fees.items_last_year), change(&fees.items_change));
            let amount = *p.procurement.total_amount.value().unwrap();
            let projects = n(&p.procurement.projects);
            b.procurement(projects, amount, p.procurement.unit);
            if let OtherHandling::SingleRow(cells) = &r.requests.outcomes.other_handling {
                for column in Col::CATEGORIES {
                    b.other_handling(column, n(cells.cell(column).unwrap()));
                }
                if all {
                    b.other_handling(Col::Total, n(&cells.total));
                }
            }
            b.build()
        }
        Report::Regulation2008(_) => unreachable!("the generator draws table editions"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// The leaves of a generated report, set through its edition's builder, give the
    /// generator's report, byte for byte.
    #[test]
    fn leaves_through_the_builder_give_the_generated_report(
        report in xtask::random::balanced_report(),
    ) {
        let built = rebuild(&report, false).unwrap();
        prop_assert_eq!(built.to_json(), report.to_json());
        prop_assert_eq!(built, report);
    }

    /// Every cell set explicitly, the derived ones included, is kept: the same report.
    #[test]
    fn every_cell_set_explicitly_gives_the_generated_report(
        report in xtask::random::balanced_report(),
    ) {
        prop_assert_eq!(rebuild(&report, true), Ok(report));
    }
}

/// Rule id, pointer, expected, actual and the pointers of the operands of each finding.
type Named = (&'static str, String, Option<i64>, Option<i64>, Vec<String>);

fn named(err: &BuildError) -> Vec<Named> {
    err.findings
        .iter()
        .map(|f| {
            (
                f.rule.id(),
                f.pointer.clone(),
                f.expected,
                f.actual,
                f.operands.iter().map(|o| o.pointer.clone()).collect(),
            )
        })
        .collect()
}

fn strings(pointers: &[&str]) -> Vec<String> {
    pointers.iter().map(|p| (*p).to_owned()).collect()
}

#[test]
fn the_2019_builder_derives_the_single_other_handling_row_into_the_totals() {
    let mut b = Format2019Builder::new("某局", year(2020));
    b.applications(Row::NewReceived, Col::NaturalPerson, 4)
        .applications(Row::CarriedOver, Col::LegalServiceInstitution, 2)
        .applications(Row::Disclosed, Col::NaturalPerson, 1)
        .other_handling(Col::NaturalPerson, 2)
        .other_handling(Col::LegalServiceInstitution, 1)
        .review(
            ReviewBlock::LitigationAfterReview,
            ReviewOutcome::Corrected,
            3,
        );
    let report = b.build().unwrap();
    let r = report.as_format_2019().unwrap();
    let row = |cells: &ApplicantRow| -> Vec<Option<u64>> {
        Col::NATIONAL
            .iter()
            .map(|c| cells.cell(*c).unwrap().as_u64())
            .collect()
    };
    let OtherHandling::SingleRow(single) = &r.requests.outcomes.other_handling else {
        panic!("（六） is one row in 2019");
    };
    assert_eq!(row(single), [2, 0, 0, 0, 1, 0, 3].map(Some));
    assert_eq!(
        row(&r.requests.outcomes.total),
        [3, 0, 0, 0, 1, 0, 4].map(Some)
    );
    assert_eq!(
        row(&r.requests.carried_forward),
        [1, 0, 0, 0, 1, 0, 2].map(Some)
    );
    assert_eq!(
        r.review_litigation.litigation_after_review.total.as_u64(),
        Some(3)
    );
    assert!(validate(&report).is_clean());
}

#[test]
fn a_2019_outcome_total_that_disagrees_names_the_single_row() {
    let mut b = Format2019Builder::new("某局", year(2019));
    b.applications(Row::NewReceived, Col::NaturalPerson, 5)
        .other_handling(Col::NaturalPerson, 2)
        .applications(Row::OutcomesTotal, Col::NaturalPerson, 3);
    let err = b.build().unwrap_err();
    // Every outcome row of the column, the single （六） row among them, and the total.
    let operands = |column: &str| -> Vec<String> {
        Row::ALL
            .iter()
            .filter(|r| {
                r.group().is_some()
                    && r.group() != Some(ogi_report::catalogue::RequestGroup::OtherHandling)
                    && **r != Row::OutcomesTotal
            })
            .map(|r| format!("{}/{column}", r.pointer()))
            .chain([
                format!("/requests/outcomes/other_handling/row/{column}"),
                format!("/requests/outcomes/total/{column}"),
            ])
            .collect()
    };
    assert_eq!(
        named(&err),
        vec![
            (
                "requests.outcome_total",
                "/requests/outcomes/total/natural_person".into(),
                Some(2),
                Some(3),
                operands("natural_person"),
            ),
            (
                "requests.outcome_total",
                "/requests/outcomes/total/total".into(),
                Some(2),
                Some(3),
                operands("total"),
            ),
        ]
    );
    assert_eq!(operands("total").len(), 20);
}

#[test]
fn more_2019_outcomes_than_applications_name_the_column_and_its_cells() {
    let mut b = Format2019Builder::new("某局", year(2019));
    b.applications(Row::CarriedOver, Col::OtherOrganization, 1)
        .other_handling(Col::OtherOrganization, 4);
    let err = b.build().unwrap_err();
    assert_eq!(
        named(&err),
        vec![(
            "requests.balance",
            "/requests/carried_forward/other_organization".into(),
            Some(1),
            Some(4),
            strings(&[
                "/requests/new_received/other_organization",
                "/requests/carried_over/other_organization",
                "/requests/outcomes/total/other_organization",
            ]),
        )]
    );
    assert_eq!(err.findings[0].severity, Severity::Error);
}

#[test]
fn documents_published_beyond_those_made_stop_a_2019_build() {
    let mut b = Format2019Builder::new("某局", year(2019));
    b.documents(Documents::NormativeDocuments, 3, 2, 2);
    let err = b.build().unwrap_err();
    assert_eq!(
        named(&err),
        vec![(
            "proactive.published_within_made",
            "/proactive/normative_documents/newly_made".into(),
            Some(2),
            Some(3),
            strings(&[
                "/proactive/normative_documents/total_published",
                "/proactive/normative_documents/newly_made",
            ]),
        )]
    );
}

#[test]
fn a_2021_sub_row_in_a_2019_build_is_a_layout_finding() {
    let mut b = Format2019Builder::new("某局", year(2019));
    b.applications(Row::NewReceived, Col::NaturalPerson, 1)
        .applications(Row::FeeUnpaid, Col::NaturalPerson, 1);
    let err = b.build().unwrap_err();
    assert_eq!(
        named(&err),
        vec![(
            "edition.layout",
            "/requests/outcomes/other_handling".into(),
            None,
            None,
            vec![],
        )]
    );
}

#[test]
fn a_year_outside_the_edition_stops_the_build() {
    let layout = vec![("edition.layout", "/edition".to_owned(), None, None, vec![])];
    let err = Format2019Builder::new("某局", year(2021)).build();
    assert_eq!(named(&err.unwrap_err()), layout);
    let err = Regulation2008Builder::new("某局", year(2019)).build();
    assert_eq!(named(&err.unwrap_err()), layout);
}

#[test]
fn a_review_total_that_disagrees_names_its_block() {
    let mut b = Format2019Builder::new("某局", year(2020));
    b.review(ReviewBlock::Review, ReviewOutcome::Upheld, 2)
        .review(ReviewBlock::Review, ReviewOutcome::Total, 1);
    let err = b.build().unwrap_err();
    assert_eq!(
        named(&err),
        vec![(
            "review_litigation.block_total",
            "/review_litigation/review/total".into(),
            Some(2),
            Some(1),
            strings(&[
                "/review_litigation/review/upheld",
                "/review_litigation/review/corrected",
                "/review_litigation/review/other",
                "/review_litigation/review/pending",
                "/review_litigation/review/total",
            ]),
        )]
    );
}

#[test]
fn a_2019_build_keeps_the_procurement_amount_exactly() {
    let mut b = Format2019Builder::new("某局", year(2019));
    b.procurement(
        4,
        "48359.899368".parse().unwrap(),
        Some(ogi_report::money::MoneyUnit::WanYuan),
    )
    .items(ItemRow::OtherServices, 7, -2, 11)
    .fee_items(3, 1);
    let report = b.build().unwrap();
    let json: serde_json::Value = serde_json::to_value(&report).unwrap();
    assert_eq!(
        json["proactive"]["procurement"],
        serde_json::json!({"projects": 4, "total_amount": "48359.899368", "unit": "wan_yuan"})
    );
    assert_eq!(
        json["proactive"]["other_services"],
        serde_json::json!({"items_last_year": 7, "items_change": -2, "decisions": 11})
    );
    assert_eq!(
        json["proactive"]["administrative_fees"],
        serde_json::json!({"items_last_year": 3, "items_change": 1})
    );
}

// The 2008 era.

fn figure(label: &str, value: u32, unit: &str) -> Figure {
    Figure::exact(
        label,
        &format!("{value}{unit}"),
        value.to_string().parse().unwrap(),
        Some(unit),
    )
}

#[test]
fn a_key_figure_marked_twice_stops_a_2008_build() {
    let mut b = Regulation2008Builder::new("某局", year(2015));
    b.part("一、依申请公开", "收到申请3件。")
        .key_figure(KeyFigure::ApplicationsReceived, figure("收到申请", 3, "件"));
    b.part("二、复议诉讼", "收到申请3件，复议0件。")
        .serves(Content2008::ReviewLitigation)
        .key_figure(KeyFigure::ApplicationsReceived, figure("收到申请", 3, "件"))
        .key_figure(KeyFigure::Reviews, figure("复议", 0, "件"));
    let err = b.build().unwrap_err();
    assert_eq!(
        named(&err),
        vec![(
            "figures.key",
            "/parts/1/figures/0".into(),
            None,
            None,
            vec![]
        )]
    );
    assert_eq!(err.findings[0].severity, Severity::Error);
}

#[test]
fn a_late_publication_stops_a_2008_build() {
    let mut b = Regulation2008Builder::new("某市人民政府", year(2015));
    b.publication_date(chrono::NaiveDate::from_ymd_opt(2016, 5, 1).unwrap());
    let err = b.build().unwrap_err();
    assert_eq!(
        named(&err),
        vec![(
            "meta.published_late",
            "/meta/publication_date".into(),
            Some(0),
            Some(31),
            vec![]
        )]
    );
}

fn qualifier() -> impl Strategy<Value = Qualifier> {
    prop::sample::select(&[Qualifier::Exact, Qualifier::MoreThan, Qualifier::About][..])
}

/// A figure with a breakdown its whole holds: parts drawn within the whole.
fn drawn_figure(key: Option<KeyFigure>) -> impl Strategy<Value = Figure> {
    (
        prop::sample::select(&["主动公开信息", "收到申请", "答复", "收取费用", "工作人员"][..]),
        0u32..100_000,
        prop::sample::select(&["条", "件", "万元", "人", "%"][..]),
        qualifier(),
        prop::collection::vec((0u32..100, qualifier()), 0..3),
    )
        .prop_map(move |(label, value, unit, qualifier, parts)| {
            let mut f = figure(label, value, unit);
            f.qualifier = qualifier;
            f.key = key;
            let mut left = value;
            for (share, q) in parts {
                let v = left * share / 100 / 2;
                left -= v;
                let mut part = figure("其中", v, unit);
                part.qualifier = q;
                f = f.of_which(part);
            }
            f
        })
}

prop_compose! {
    fn drawn_parts()(
        parts in prop::collection::vec(
            (
                prop::sample::select(&["一、概述", "二、主动公开", "三、依申请公开", "四、收费"][..]),
                prop::option::of(prop::sample::select(&[Content2008::Proactive, Content2008::OnRequest, Content2008::FeesAndWaivers][..])),
                prop::collection::vec(drawn_figure(None), 0..4),
            ),
            1..5,
        ),
        keys in prop::collection::vec((any::<prop::sample::Index>(), drawn_figure(None)), 0..5),
    ) -> Vec<(String, Option<Content2008>, Vec<Figure>)> {
        let mut parts: Vec<(String, Option<Content2008>, Vec<Figure>)> = parts
            .into_iter()
            .map(|(h, s, f)| (h.to_owned(), s, f))
            .collect();
        let count = parts.len();
        for ((at, mut f), key) in keys.into_iter().zip(KeyFigure::ALL) {
            f.key = Some(*key);
            parts[at.index(count)].2.push(f);
        }
        parts
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Random parts and figures build a report that holds them as given, validates clean,
    /// and reads back from its JSON byte for byte.
    #[test]
    fn a_2008_report_built_from_random_figures_round_trips(
        parts in drawn_parts(),
        report_year in 2008u16..=2018,
    ) {
        let mut b = Regulation2008Builder::new("某局", year(report_year));
        b.preamble("根据《中华人民共和国政府信息公开条例》……");
        for (heading, serves, figures) in &parts {
            let mut part = b.part(heading.clone(), "正文。");
            if let Some(content) = serves {
                part = part.serves(*content);
            }
            for f in figures {
                part = part.figure(f.clone());
            }
        }
        let report = b.build().unwrap();
        let r = report.as_regulation_2008().unwrap();
        prop_assert_eq!(r.parts.len(), parts.len());
        for (built, (heading, serves, figures)) in r.parts.iter().zip(&parts) {
            prop_assert_eq!(&built.heading, heading);
            prop_assert_eq!(built.serves, *serves);
            prop_assert_eq!(&built.figures, figures);
        }
        let json = report.to_json();
        let back = Report::from_json(&json).unwrap();
        prop_assert_eq!(&back, &report);
        prop_assert_eq!(back.to_json(), json);
        let validation = validate(&back);
        prop_assert!(!validation.findings.iter().any(|f| f.severity != Severity::Notice));
    }
}
