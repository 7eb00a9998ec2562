//! The repository's generated files, made in one place.
//!
//! [`all`] makes every generated file from the code and the committed sources: the JSON
//! Schemas, `docs/rules.md`, `docs/metrics.md` and the README's metrics table, the example
//! pages, the Word fixtures, the canonical form of the seed reports and the findings
//! fixtures. `cargo xtask generate` writes them (and the bindings, through
//! `scripts/consumers/run --write`); `cargo xtask check` and the test `generated` compare.
//! Nothing else writes a committed file.

pub mod api;
pub mod docs;
pub mod docx;
pub mod metrics;
pub mod random;
pub mod rules;

use std::path::{Path, PathBuf};

use ogi_report::render::Html;
use ogi_report::{Report, validate};
use serde_json::Value;

/// The command that rewrites every generated file.
pub const COMMAND: &str = "cargo xtask generate";

/// A generated file: where it goes, what it holds, and the code that makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// The path from the repository's root.
    pub path: String,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// The source file of the code that makes it.
    pub by: &'static str,
}

impl Generated {
    fn text(path: impl Into<String>, text: String, by: &'static str) -> Generated {
        Generated {
            path: path.into(),
            bytes: text.into_bytes(),
            by,
        }
    }
}

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ sits in the repository")
        .to_owned()
}

/// A committed file, as text.
fn committed(path: &str) -> String {
    let full = root().join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// Every generated file, in a fixed order.
pub fn all() -> Vec<Generated> {
    let mut out = Vec::new();
    // The JSON Schemas: any report, the findings, each edition alone.
    out.push(Generated::text(
        "schema/ogi-report.schema.json",
        ogi_report::schema::report_schema_text(),
        "src/schema.rs",
    ));
    out.push(Generated::text(
        "schema/ogi-report-findings.schema.json",
        ogi_report::schema::findings_schema_text(),
        "src/schema.rs",
    ));
    for edition in Report::EDITIONS {
        out.push(Generated::text(
            format!(
                "schema/{}",
                ogi_report::schema::edition_schema_file(*edition)
            ),
            ogi_report::schema::edition_schema_text(*edition),
            "src/schema.rs",
        ));
    }
    // The reference documents.
    out.push(Generated::text(
        "docs/rules.md",
        rules::document(),
        "xtask/src/rules.rs",
    ));
    out.push(Generated::text(
        "docs/metrics.md",
        metrics::document(),
        "xtask/src/metrics.rs",
    ));
    if let Some(readme) = metrics::readme(&committed("README.md")) {
        out.push(Generated::text("README.md", readme, "xtask/src/metrics.rs"));
    }
    // The example pages: a report with blanks and a raw cell, and one with planted errors.
    for (page, json) in [
        (
            "docs/examples/003_liaocheng_2019.html",
            "tests/fixtures/reports/003_liaocheng_2019.json",
        ),
        (
            "docs/examples/002_luohe_huizu_2022_planted.html",
            "tests/fixtures/planted/002_luohe_huizu_2022_planted.json",
        ),
    ] {
        let report = read(json);
        let html = Html::new(&report).with_findings(&validate(&report)).page();
        out.push(Generated::text(page, html, "xtask/src/lib.rs"));
    }
    // The Word documents.
    for name in ["002_luohe_huizu_2022", "003_liaocheng_2019"] {
        out.push(Generated {
            path: format!("tests/fixtures/docx/{name}.docx"),
            bytes: docx::docx_of(&read(&format!("tests/fixtures/reports/{name}.json"))),
            by: "xtask/src/docx.rs",
        });
    }
    // The seed reports in canonical form, and the findings fixtures of the manifest.
    for name in SEEDS {
        let path = format!("tests/fixtures/reports/{name}.json");
        out.push(Generated::text(
            path.clone(),
            read(&path).to_json(),
            "xtask/src/lib.rs",
        ));
    }
    let manifest: Value =
        serde_json::from_str(&committed("tests/fixtures/manifest.json")).expect("the manifest");
    for fixture in manifest["fixtures"].as_array().into_iter().flatten() {
        let (Some(file), Some(of)) = (fixture["file"].as_str(), fixture["of"].as_str()) else {
            continue;
        };
        let report = read(&format!("tests/fixtures/{of}"));
        out.push(Generated::text(
            format!("tests/fixtures/{file}"),
            validate(&report).to_json(),
            "xtask/src/lib.rs",
        ));
    }
    out
}

/// The five seed reports, as their fixtures are named.
pub const SEEDS: [&str; 5] = [
    "000_xinyang_2018",
    "001_hengyang_yanfeng_2017",
    "002_luohe_huizu_2022",
    "003_liaocheng_2019",
    "004_qingdao_2018",
];

/// A committed report.
fn read(path: &str) -> Report {
    Report::from_json(&committed(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The generated files whose committed copy differs from what the code makes now.
pub fn stale_files() -> Vec<Generated> {
    all()
        .into_iter()
        .filter(|g| std::fs::read(root().join(&g.path)).ok().as_deref() != Some(&g.bytes[..]))
        .collect()
}

/// A fixture's JSON with values set (or inserted) at JSON Pointers.
pub fn json_with(json: &str, cells: &[(&str, Value)]) -> Value {
    let mut doc: Value = serde_json::from_str(json).expect("a fixture is JSON");
    for (pointer, value) in cells {
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
        doc.pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("no object {parent} in the fixture"))
            .insert(key.to_owned(), value.clone());
    }
    doc
}

/// A fixture with values set, read as a report.
pub fn fixture_with(json: &str, cells: &[(&str, Value)]) -> Report {
    Report::from_value(&json_with(json, cells)).expect("the fixture, changed, is a report")
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
    fixture_with(&doc.to_string(), cells)
}
