//! Speed and allocations of reading and validating reports, and of computing their rates.
//!
//! `cargo bench --bench validate` measures; `cargo test --benches` runs each benchmark once as
//! a smoke test. The allocation profiler reports heap allocations per iteration.

use divan::{AllocProfiler, Bencher, black_box};
use ogi_report::builder::Format2021Builder;
use ogi_report::catalogue::{
    ApplicantColumn as Col, RequestRow as Row, ReviewBlock, ReviewOutcome,
};
use ogi_report::meta::ReportYear;
use ogi_report::{Report, validate};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// A report with figures in every row and column, as a busy agency's would be.
fn busy_report(seed: u32) -> Report {
    let mut b = Format2021Builder::new("某市某局", ReportYear::new(2024).unwrap());
    for (i, row) in Row::ALL.iter().enumerate() {
        if matches!(
            row,
            Row::OutcomesTotal | Row::CarriedForward | Row::NewReceived
        ) {
            continue;
        }
        for (j, column) in Col::CATEGORIES.iter().enumerate() {
            b.applications(*row, *column, (seed + i as u32 * 7 + j as u32 * 3) % 5);
        }
    }
    for column in Col::CATEGORIES {
        b.applications(Row::NewReceived, column, 200);
    }
    for block in ReviewBlock::ALL {
        for outcome in ReviewOutcome::PARTS {
            b.review(*block, outcome, seed % 3);
        }
    }
    b.penalties(67).overview("总体情况……".repeat(200));
    b.build().expect("balanced")
}

#[divan::bench]
fn validate_one_report(bencher: Bencher) {
    let report = busy_report(1);
    bencher.bench_local(|| validate(black_box(&report)));
}

/// The busy report with an overview that states its figures as real reports do (received,
/// answered, each outcome with its share, carried forward, the review block), among some
/// 1,500 characters of prose, and two more parts of prose.
fn narrated_report() -> Report {
    let report = busy_report(1);
    let json = serde_json::to_value(&report).unwrap();
    let at = |p: &str| {
        json.pointer(&format!("/requests/{p}/total"))
            .and_then(serde_json::Value::as_u64)
            .unwrap()
    };
    let review = |p: &str| {
        json.pointer(&format!("/review_litigation/review/{p}"))
            .and_then(serde_json::Value::as_u64)
            .unwrap()
    };
    let done = at("outcomes/total");
    let share = |n: u64| {
        let scaled = (n * 20_000 + done) / (2 * done);
        format!("{}.{:02}%", scaled / 100, scaled % 100)
    };
    let disclosed = at("outcomes/disclosed");
    let filler = "本机关坚持以公开为常态、不公开为例外，持续完善政府信息公开工作机制，规范依申请公开办理流程，加强政策解读和回应关切。".repeat(12);
    let overview = format!(
        "2024年，{filler}全年共收到政府信息公开申请{}件，上年结转{}件，办结{done}件，其中予以公开{disclosed}件（{}），部分公开{}件，结转下年度继续办理{}件，所有申请均在法定期限内答复。政府信息公开行政复议{}件，其中结果维持{}件、结果纠正{}件、其他结果{}件、尚未审结{}件。",
        at("new_received"),
        at("carried_over"),
        share(disclosed),
        at("outcomes/partially_disclosed"),
        at("carried_forward"),
        review("total"),
        review("upheld"),
        review("corrected"),
        review("other"),
        review("pending"),
    );
    let mut json = json;
    json["overview"]["text"] = overview.into();
    json["problems"]["text"] = filler.clone().into();
    json["other_matters"]["text"] = "本年度未收取信息处理费。".into();
    Report::from_value(&json).unwrap()
}

#[divan::bench]
fn validate_one_report_with_its_narrative(bencher: Bencher) {
    let report = narrated_report();
    bencher.bench_local(|| validate(black_box(&report)));
}

/// Every named rate of a busy report, with its default denominator.
#[divan::bench]
fn metrics_of_one_report(bencher: Bencher) {
    let report = busy_report(1);
    bencher.bench_local(|| ogi_report::metrics::all(black_box(&report)));
}

#[divan::bench]
fn deserialize_and_validate_one_report(bencher: Bencher) {
    let json = busy_report(1).to_json();
    bencher
        .counter(divan::counter::BytesCount::of_str(&json))
        .bench_local(|| {
            let report = Report::from_json(black_box(&json)).unwrap();
            validate(&report)
        });
}

#[divan::bench(sample_count = 10)]
fn validate_10000_reports(bencher: Bencher) {
    let reports: Vec<Report> = (0..10_000).map(busy_report).collect();
    bencher
        .counter(divan::counter::ItemsCount::new(reports.len()))
        .bench_local(|| {
            reports
                .iter()
                .filter(|r| validate(black_box(r)).has_errors())
                .count()
        });
}
