//! Speed and allocations of reading and validating reports.
//!
//! `cargo bench --bench validate` measures; `cargo test --benches` runs each benchmark once as
//! a smoke test. The allocation profiler reports heap allocations per iteration.

use divan::{AllocProfiler, Bencher, black_box};
use ogi_report::builder::Format2021Builder;
use ogi_report::catalogue::{
    ApplicantColumn as Col, RequestRow as Row, ReviewBlock, ReviewOutcome,
};
use ogi_report::{Report, ReportYear, validate};

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
