//! Speed and allocations of rendering a report in each output.
//!
//! `cargo bench --bench render` measures; `cargo test --benches` runs each benchmark once as a
//! smoke test.

use divan::{AllocProfiler, Bencher, black_box};
use ogi_report::render::{self, Html};
use ogi_report::{Report, validate};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

/// Seed 003: a 2019-format report with blank cells, a raw cell and 153 findings.
fn seed_003() -> Report {
    Report::from_json(include_str!(
        "../tests/fixtures/reports/003_liaocheng_2019.json"
    ))
    .unwrap()
}

#[divan::bench]
fn markdown(bencher: Bencher) {
    let report = seed_003();
    bencher.bench(|| render::markdown(black_box(&report)));
}

#[divan::bench]
fn text(bencher: Bencher) {
    let report = seed_003();
    bencher.bench(|| render::text(black_box(&report)));
}

#[divan::bench]
fn html_page_with_findings(bencher: Bencher) {
    let report = seed_003();
    let findings = validate(&report);
    bencher.bench(|| {
        Html::new(black_box(&report))
            .with_findings(black_box(&findings))
            .page()
    });
}
