//! `ogi check` end to end, as a user runs it: the binary over a folder of reports, on every
//! core, with the JSON Lines written to a discarded standard output.
//!
//! `cargo bench -p ogi-report-cli` measures; `cargo test -p ogi-report-cli --benches` runs
//! each benchmark once as a smoke test (with smaller folders). The figures divan prints are
//! per run of the whole folder; the throughput line gives reports per second.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use divan::Bencher;
use divan::counter::ItemsCount;
use ogi_report::Report;

fn main() {
    divan::main();
}

const SEED_002: &str = include_str!("../tests/fixtures/luohe_huizu_2022.json");
const SEED_003: &str = include_str!("../tests/fixtures/liaocheng_2019.json");

/// Whether this is the `--benches` smoke run of `cargo test` rather than a measurement.
fn smoke() -> bool {
    !std::env::args().any(|a| a == "--bench")
}

/// A folder of `n` reports, each of its own agency, written by `write`.
fn folder(name: &str, n: usize, write: impl Fn(&Path, usize)) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ogi-bench-{name}-{n}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    for i in 0..n {
        write(&dir, i);
    }
    dir
}

/// A report of its own agency (so that no two files make a series).
fn renamed(json: &str, i: usize) -> Report {
    let mut report = Report::from_json(json).expect("fixture");
    let agency = format!("第{i}号局");
    match &mut report {
        Report::Format2021(r) => r.meta.agency = agency,
        Report::Format2019(r) => r.meta.agency = agency,
        Report::Regulation2008(r) => r.meta.agency = agency,
    }
    report
}

fn check(bencher: Bencher, dir: &Path, n: usize, format: &str) {
    bencher.counter(ItemsCount::new(n)).bench(|| {
        let status = Command::new(env!("CARGO_BIN_EXE_ogi"))
            .args(["check", "--quiet", "--format", format])
            .arg(dir)
            .stdout(Stdio::null())
            .status()
            .expect("ogi runs");
        assert!(status.code().is_some_and(|c| c < 2), "every file was read");
    });
}

/// 10,000 canonical JSON reports (seed 002, 2021 format), in each output format.
#[divan::bench(sample_count = 5, sample_size = 1, args = ["human", "json"])]
fn check_json_reports(bencher: Bencher, format: &str) {
    let n = if smoke() { 100 } else { 10_000 };
    let dir = folder("json", n, |dir, i| {
        let path = dir.join(format!("{i:05}.json"));
        std::fs::write(path, renamed(SEED_002, i).to_json()).expect("written");
    });
    check(bencher, &dir, n, format);
    let _ = std::fs::remove_dir_all(&dir);
}

/// 1,000 published texts (seed 003's report as tab-separated text, 2019 format: 153 blank
/// cells, so 180 findings a file, most of them notices that only the JSON output lists).
#[divan::bench(sample_count = 5, sample_size = 1, args = ["human", "json"])]
fn check_text_reports(bencher: Bencher, format: &str) {
    let n = if smoke() { 20 } else { 1_000 };
    let dir = folder("text", n, |dir, i| {
        let path = dir.join(format!("{i:05}.txt"));
        std::fs::write(path, ogi_report::render::text(&renamed(SEED_003, i))).expect("written");
    });
    check(bencher, &dir, n, format);
    let _ = std::fs::remove_dir_all(&dir);
}
