//! The shared conformance fixtures, as listed in `tests/fixtures/manifest.json`.
//!
//! The same manifest drives the Python and TypeScript checks in `scripts/consumers/`; here the
//! crate's own verdicts, and the schema's verdicts through the Rust `jsonschema` crate, must
//! be the ones the manifest states.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use ogi_report::findings::Validation;
use ogi_report::schema::{findings_schema, report_schema};
use ogi_report::{Report, validate};
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    #[allow(dead_code, reason = "read for deny_unknown_fields, not used")]
    description: String,
    schemas: BTreeMap<String, String>,
    fixtures: Vec<Fixture>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    file: String,
    schema: String,
    valid: bool,
    #[serde(default)]
    pointer: Option<String>,
    #[serde(default)]
    of: Option<String>,
    about: String,
    #[serde(default)]
    known_differences: BTreeMap<String, KnownDifference>,
}

/// A validator known to give another verdict on a fixture, and why.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownDifference {
    valid: bool,
    why: String,
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(fixtures_dir().join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn read(file: &str) -> String {
    std::fs::read_to_string(fixtures_dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The fixture folders the manifest covers; every JSON file in them must be listed.
const FOLDERS: [&str; 4] = ["reports", "planted", "invalid", "findings"];

#[test]
fn the_manifest_lists_every_fixture_file_and_only_existing_ones() {
    let manifest = manifest();
    let listed: BTreeSet<String> = manifest.fixtures.iter().map(|f| f.file.clone()).collect();
    assert_eq!(
        listed.len(),
        manifest.fixtures.len(),
        "a file is listed twice"
    );
    let mut on_disk = BTreeSet::new();
    for folder in FOLDERS {
        for entry in std::fs::read_dir(fixtures_dir().join(folder)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if std::path::Path::new(&name)
                .extension()
                .is_some_and(|e| e == "json")
            {
                on_disk.insert(format!("{folder}/{name}"));
            }
        }
    }
    assert_eq!(listed, on_disk);
    for fixture in &manifest.fixtures {
        assert!(
            !fixture.about.trim().is_empty(),
            "{}: no description",
            fixture.file
        );
        assert!(
            matches!(fixture.schema.as_str(), "report" | "findings"),
            "{}: schema {:?}",
            fixture.file,
            fixture.schema
        );
        for (validator, difference) in &fixture.known_differences {
            assert_ne!(
                difference.valid, fixture.valid,
                "{}: {validator}",
                fixture.file
            );
            assert!(
                !difference.why.trim().is_empty(),
                "{}: {validator}",
                fixture.file
            );
        }
        // an invalid fixture says where the crate reports its defect; a valid one does not
        assert_eq!(
            fixture.pointer.is_some(),
            !fixture.valid,
            "{}: pointer",
            fixture.file
        );
    }
    // the manifest names the committed schemas
    assert_eq!(
        manifest.schemas,
        BTreeMap::from([
            (
                "report".to_owned(),
                "../../schema/ogi-report.schema.json".to_owned()
            ),
            (
                "findings".to_owned(),
                "../../schema/ogi-report-findings.schema.json".to_owned()
            ),
        ])
    );
}

#[test]
fn the_manifest_covers_every_seed_and_every_required_defect() {
    let manifest = manifest();
    let valid_reports = manifest
        .fixtures
        .iter()
        .filter(|f| f.valid && f.schema == "report" && f.file.starts_with("reports/"))
        .count();
    assert_eq!(valid_reports, 5, "one valid fixture per seed");
    for defect in [
        "invalid/unknown_field.json",
        "invalid/negative_count.json",
        "invalid/fee_five_decimals.json",
        "invalid/fee_as_number.json",
        "invalid/edition_unknown.json",
        "invalid/edition_mismatched.json",
        "invalid/missing_part.json",
    ] {
        let fixture = manifest.fixtures.iter().find(|f| f.file == defect);
        assert!(
            fixture.is_some_and(|f| !f.valid),
            "{defect} is not listed as invalid"
        );
    }
}

/// The crate reads every valid fixture (and writes it back byte for byte) and refuses every
/// invalid one at the pointer the manifest names.
#[test]
fn the_crate_gives_the_manifest_verdicts() {
    for fixture in manifest().fixtures {
        let text = read(&fixture.file);
        let (written, error) = match fixture.schema.as_str() {
            "report" => match Report::from_json(&text) {
                Ok(report) => (Some(report.to_json()), None),
                Err(e) => (None, Some(e)),
            },
            _ => match Validation::from_json(&text) {
                Ok(findings) => (Some(findings.to_json()), None),
                Err(e) => (None, Some(e)),
            },
        };
        match (fixture.valid, written, error) {
            (true, Some(written), None) => {
                assert_eq!(written, text, "{}: not canonical", fixture.file);
            }
            (false, None, Some(error)) => assert_eq!(
                error.pointer(),
                fixture.pointer.as_deref(),
                "{}: {error}",
                fixture.file
            ),
            (valid, _, error) => panic!(
                "{}: the manifest says valid = {valid}, the crate says {error:?}",
                fixture.file
            ),
        }
    }
}

/// What code generated from the schemas in other languages wrote back, read by the crate as
/// the same report or findings, byte for byte once written canonical.
///
/// `scripts/consumers/quicktype/check.py` runs the generated Go, Java and TypeScript code over
/// every fixture, writes what each read to `$OGI_REPORT_WRITTEN_BACK/LANGUAGE/FILE`, and then
/// runs this test with `--ignored`. Every valid fixture that a language is expected to read
/// (the manifest's `known_differences` may say otherwise) must be there.
#[test]
#[ignore = "run by scripts/consumers/quicktype/check.py after the generated code wrote its files"]
fn generated_code_writes_back_every_valid_fixture() {
    let dir = std::env::var_os("OGI_REPORT_WRITTEN_BACK")
        .map(PathBuf::from)
        .expect("OGI_REPORT_WRITTEN_BACK names the folder the generated code wrote to");
    let mut languages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    assert!(
        !languages.is_empty(),
        "nothing written in {}",
        dir.display()
    );
    let mut checked = 0;
    for language in &languages {
        for fixture in manifest().fixtures {
            let expected = fixture
                .known_differences
                .get(language)
                .map_or(fixture.valid, |d| d.valid);
            if !(fixture.valid && expected) {
                continue;
            }
            let path = dir.join(language).join(&fixture.file);
            let written = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{language}: {}: {e}", fixture.file));
            let original = read(&fixture.file);
            let again = match fixture.schema.as_str() {
                "report" => Report::from_json(&written)
                    .map(|r| r.to_json())
                    .map_err(|e| e.to_string()),
                _ => Validation::from_json(&written)
                    .map(|v| v.to_json())
                    .map_err(|e| e.to_string()),
            };
            assert_eq!(
                again.as_deref(),
                Ok(original.as_str()),
                "{language}: {}",
                fixture.file
            );
            checked += 1;
        }
    }
    println!("{checked} files written back by {languages:?} read as their fixtures");
}

/// The committed schemas, through the Rust `jsonschema` crate with format checking, give the
/// manifest's verdict on every fixture.
#[test]
fn the_schema_gives_the_manifest_verdicts() {
    let compile = |schema: Value| {
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
    };
    let report = compile(report_schema());
    let findings = compile(findings_schema());
    for fixture in manifest().fixtures {
        let doc: Value = serde_json::from_str(&read(&fixture.file)).unwrap();
        let validator = if fixture.schema == "report" {
            &report
        } else {
            &findings
        };
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert_eq!(
            errors.is_empty(),
            fixture.valid,
            "{}: {errors:#?}",
            fixture.file
        );
        assert!(
            !fixture.known_differences.contains_key("rust-jsonschema"),
            "{}",
            fixture.file
        );
    }
}

/// Each findings fixture is what `validate` gives for the report it names (`cargo xtask
/// generate` writes them; the test `generated` compares).
#[test]
fn the_manifest_names_the_report_of_each_findings_fixture() {
    let mut seen = 0;
    for fixture in manifest().fixtures {
        let Some(of) = &fixture.of else { continue };
        let report = Report::from_json(&read(of)).unwrap();
        assert_eq!(
            validate(&report).to_json(),
            read(&fixture.file),
            "{}",
            fixture.file
        );
        seen += 1;
    }
    assert_eq!(seen, 6);
}

/// The planted report is valid against the schema but does not add up: the findings fixtures
/// hold errors, notes and checks that could not be assessed.
#[test]
fn the_planted_findings_hold_every_kind_of_outcome() {
    let text = read("findings/002_luohe_huizu_2022_planted.json");
    let findings = Validation::from_json(&text).unwrap();
    let rules: Vec<(&str, &str)> = findings
        .findings
        .iter()
        .map(|f| (f.rule.id(), f.pointer.as_str()))
        .collect();
    assert_eq!(
        rules,
        [
            ("cell.blank", "/proactive/licensing/decisions"),
            ("requests.row_total", "/requests/carried_over/total"),
            (
                "requests.outcome_total",
                "/requests/outcomes/total/natural_person"
            ),
            ("requests.outcome_total", "/requests/outcomes/total/total"),
            (
                "requests.balance",
                "/requests/carried_forward/natural_person"
            ),
            ("requests.balance", "/requests/carried_forward/total"),
            ("cell.not_numeric", "/review_litigation/review/other"),
            (
                "review_litigation.block_total",
                "/review_litigation/review/total"
            ),
        ]
    );
    let checks = findings.summary.checks();
    assert_eq!(
        (
            checks.evaluated,
            checks.passed,
            checks.failed,
            checks.not_assessable
        ),
        // Not assessable: the blank licensing cell, and the deadline (no publication date).
        (44, 38, 5, 2)
    );
}

/// The findings reader names where a findings document goes wrong.
#[test]
fn findings_read_errors_name_the_pointer() {
    let err = Validation::from_json(r#"{"findings": [], "summary": {"checks": 3}}"#).unwrap_err();
    assert_eq!(err.pointer(), Some("/summary/checks"), "{err}");
    let err = Validation::from_json("[]").unwrap_err();
    assert_eq!(err.pointer(), Some(""), "{err}");
    let err = Validation::from_json("{").unwrap_err();
    assert_eq!(err.pointer(), None, "{err}");
}
