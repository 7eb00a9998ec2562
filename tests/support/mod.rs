//! What the integration tests share: the fixtures, a seed with values set, and
//! check-or-write for every generated file.
//!
//! `OGI_REPORT_WRITE=1 cargo test --locked` rewrites every generated file the tests guard
//! (the schemas, `docs/rules.md`, the example pages, the canonical fixtures) and
//! `INSTA_UPDATE=always` the snapshots; `OGI_REPORT_WRITE=1 scripts/consumers/run` rewrites
//! the Python and TypeScript bindings. None of them writes when `CI` is set.
#![allow(dead_code)]

use ogi_report::Report;
use serde_json::Value;

/// Seed 002 (2021 format, all zeros, balanced) as the crate writes it.
pub const SEED_002_JSON: &str = include_str!("../fixtures/reports/002_luohe_huizu_2022.json");
/// Seed 003 (2019 format, blanks and a raw cell).
pub const SEED_003_JSON: &str = include_str!("../fixtures/reports/003_liaocheng_2019.json");
/// Seed 000 (2008 era).
pub const SEED_000_JSON: &str = include_str!("../fixtures/reports/000_xinyang_2018.json");

/// Whether this run rewrites generated files: `OGI_REPORT_WRITE` is set and `CI` is not.
/// Under CI a request to write is refused, loudly.
pub fn write_requested() -> bool {
    let asked = std::env::var_os("OGI_REPORT_WRITE").is_some();
    assert!(
        !(asked && std::env::var_os("CI").is_some()),
        "OGI_REPORT_WRITE is set under CI: generated files are never rewritten there"
    );
    asked
}

/// Checks that the committed file at `path` (relative to the crate) is `generated`, or
/// rewrites it when [`write_requested`].
pub fn check_or_write(path: &str, generated: &str) {
    check_or_write_bytes(path, generated.as_bytes());
}

/// As [`check_or_write`], for a binary file.
pub fn check_or_write_bytes(path: &str, generated: &[u8]) {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if write_requested() {
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&full, generated).unwrap();
        return;
    }
    let committed = std::fs::read(&full).unwrap_or_default();
    assert!(
        committed == generated,
        "{path} is stale: run `OGI_REPORT_WRITE=1 cargo test --locked --all-features` and commit the result"
    );
}

/// A fixture's JSON with values set (or inserted) at JSON Pointers.
pub fn json_with(json: &str, cells: &[(&str, Value)]) -> Value {
    let mut doc: Value = serde_json::from_str(json).unwrap();
    for (pointer, value) in cells {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        doc.pointer_mut(parent)
            .unwrap_or_else(|| panic!("no {parent} in the fixture"))
            .as_object_mut()
            .unwrap_or_else(|| panic!("{parent} is not an object"))
            .insert(key.to_owned(), value.clone());
    }
    doc
}

/// A fixture with values set, read as a report.
pub fn fixture_with(json: &str, cells: &[(&str, Value)]) -> Report {
    Report::from_value(&json_with(json, cells)).unwrap()
}

/// Seed 002 with values set.
pub fn seed_002_with(cells: &[(&str, Value)]) -> Report {
    fixture_with(SEED_002_JSON, cells)
}

/// A fixture's JSON with the organisation subtotal column printed down its matrix, `0` in
/// every row, and then values set at JSON Pointers.
pub fn with_subtotal_column(json: &str, cells: &[(&str, Value)]) -> Report {
    fn add(value: &mut Value) {
        if let Value::Object(map) = value {
            if map.contains_key("natural_person") {
                map.insert("organization_subtotal".to_owned(), Value::from(0));
            }
            map.values_mut().for_each(add);
        }
    }
    let mut doc = json_with(json, &[]);
    add(&mut doc["requests"]);
    let text = doc.to_string();
    fixture_with(&text, cells)
}
