//! The exported JSON Schema: valid, and in agreement with serde (the test `generated` keeps
//! the committed copies fresh).

use ogi_report::catalogue::Edition;
use ogi_report::schema::{edition_schema, findings_schema, report_schema};
use ogi_report::{Report, validate};
use serde_json::{Value, json};

const SEED_002_JSON: &str = include_str!("fixtures/reports/002_luohe_huizu_2022.json");

fn validator() -> jsonschema::Validator {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&report_schema())
        .expect("the schema compiles")
}

/// Every error a validator with format assertion gives for a document, as "pointer: message".
fn errors_of(schema: &Value, doc: &Value, formats: bool) -> Vec<String> {
    let v = jsonschema::draft202012::options()
        .should_validate_formats(formats)
        .build(schema)
        .expect("the schema compiles");
    v.iter_errors(doc)
        .map(|e| format!("{}: {}", e.instance_path(), e))
        .collect()
}

#[test]
fn a_wrong_fee_gives_one_error_at_its_own_pointer() {
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    doc["proactive"]["administrative_fees"]["amount"] = json!(27.25);
    for schema in [report_schema(), edition_schema(Edition::Format2021)] {
        let errors = errors_of(&schema, &doc, true);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].starts_with("/proactive/administrative_fees/amount: "),
            "{errors:#?}"
        );
    }
    // A tag no edition has is one error, at the tag.
    doc["edition"] = json!("format_2030");
    let errors = errors_of(&report_schema(), &doc, true);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("/edition: "), "{errors:#?}");
}

#[test]
fn each_edition_schema_holds_its_fixtures_and_refuses_the_others() {
    for (name, text) in report_fixtures() {
        let doc: Value = serde_json::from_str(&text).unwrap();
        let edition = Report::from_json(&text).unwrap().edition();
        for candidate in Report::EDITIONS {
            let errors = errors_of(&edition_schema(*candidate), &doc, true);
            assert_eq!(
                errors.is_empty(),
                *candidate == edition,
                "{name} {candidate:?}: {errors:#?}"
            );
        }
    }
}

#[test]
fn dates_are_refused_by_pattern_even_where_format_is_an_annotation() {
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    for (date, by_pattern, by_format) in [
        ("2023-01-17", true, true),
        ("2023-1-17", false, false),
        ("2023-01-17T00:00:00", false, false),
        ("17/01/2023", false, false),
        // What no pattern can catch: the manifest records it.
        ("2023-02-30", true, false),
    ] {
        doc["meta"]["publication_date"] = json!(date);
        assert_eq!(
            errors_of(&report_schema(), &doc, false).is_empty(),
            by_pattern,
            "{date}"
        );
        assert_eq!(
            errors_of(&report_schema(), &doc, true).is_empty(),
            by_format,
            "{date}"
        );
        assert_eq!(Report::from_value(&doc).is_ok(), by_format, "{date}");
    }
}

#[test]
fn examples_are_valid_instances() {
    let schema = report_schema();
    let v = validator();
    for example in schema["examples"].as_array().unwrap() {
        assert!(v.is_valid(example));
        assert!(Report::from_value(example).is_ok());
    }
    let mut checked = 0;
    for (name, def) in schema["$defs"].as_object().unwrap() {
        let Some(examples) = def["examples"].as_array() else {
            continue;
        };
        let mut one = schema.clone();
        one["$ref"] = json!(format!("#/$defs/{name}"));
        for key in ["allOf", "properties", "required", "type", "examples"] {
            one.as_object_mut().unwrap().remove(key);
        }
        let v = jsonschema::draft202012::options().build(&one).unwrap();
        for example in examples {
            assert!(v.is_valid(example), "{name}: {example}");
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked}");
}

#[test]
fn findings_validate_against_the_findings_schema() {
    let schema = findings_schema();
    jsonschema::draft202012::meta::validate(&schema).expect("valid draft 2020-12");
    let v = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    doc["requests"]["carried_over"]["total"] = json!(2);
    doc["review_litigation"]["review"]["other"] = json!({"raw": "/"});
    doc["proactive"]["licensing"]["decisions"] = Value::Null;
    doc["meta"]["report_year"] = json!(2020);
    let validation = validate(&Report::from_value(&doc).unwrap());
    assert!(validation.findings.len() >= 6, "{:#?}", validation.findings);
    let json: Value = serde_json::from_str(&validation.to_json()).unwrap();
    let errors: Vec<String> = v.iter_errors(&json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // and what the schema refuses, serde refuses
    let mut bad = json.clone();
    bad["findings"][0]["rule"] = json!("requests.nonsense");
    assert!(!v.is_valid(&bad));
    assert!(serde_json::from_value::<ogi_report::findings::Validation>(bad).is_err());
    let mut bad = json.clone();
    bad["findings"][0]["severity"] = json!("fatal");
    assert!(!v.is_valid(&bad));
    assert!(serde_json::from_value::<ogi_report::findings::Validation>(bad).is_err());
}

#[test]
fn schema_is_valid_against_its_meta_schema() {
    let schema = report_schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::draft202012::meta::validate(&schema).expect("valid draft 2020-12");
}

/// Every report fixture under `tests/fixtures/reports/`, by file name.
fn report_fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reports");
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_report_fixture_validates_against_the_schema_and_round_trips() {
    let v = validator();
    let fixtures = report_fixtures();
    assert!(fixtures.len() >= 2, "{fixtures:?}");
    for (name, text) in fixtures {
        let doc: Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        let report = Report::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.to_json(), text, "{name} is not canonical");
    }
}

/// Puts `value` at `pointer` in seed 002 and asks both serde and the schema.
fn verdicts(pointer: &str, value: &Value, v: &jsonschema::Validator) -> (bool, bool) {
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    *doc.pointer_mut(pointer).unwrap() = value.clone();
    (Report::from_value(&doc).is_ok(), v.is_valid(&doc))
}

fn odd_values() -> Vec<Value> {
    let mut values = vec![
        json!(null),
        json!(0),
        json!(1),
        json!(-1),
        json!(1.5),
        json!(2.0),
        json!(-0.0),
        json!(1e2),
        json!(1e300),
        json!(-1e300),
        json!(9_007_199_254_740_991_u64),
        json!(9_007_199_254_740_992_u64),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(true),
        json!(false),
        json!(""),
        json!(" "),
        json!("0"),
        json!("3"),
        json!("3E8"),
        json!("NaN"),
        json!("27.2500"),
        json!("27.25"),
        json!("27.250"),
        json!("27.25000"),
        json!("27.123456"),
        json!("0.0000"),
        json!("00.0000"),
        json!("-1.0000"),
        json!("+1.0000"),
        json!("1e3"),
        json!("1_000.0000"),
        json!("1,000.0000"),
        json!(" 1.0000"),
        json!("1.0000 "),
        json!("１.0000"),
        json!("1234567890123456.0000"),
        json!("12345678901234567.0000"),
        json!(".5000"),
        json!("1."),
        json!(27.25),
        json!([]),
        json!([1]),
        json!({}),
        json!({"raw": "/"}),
        json!({"raw": "减"}),
        json!({"raw": "详见附表"}),
        json!({"raw": " "}),
        json!({"raw": ""}),
        json!({"raw": 1}),
        json!({"raw": null}),
        json!({"raw": "x", "note": "y"}),
        json!({"Raw": "x"}),
        json!({"value": 1}),
    ];
    values.dedup();
    values
}

#[test]
fn serde_and_schema_agree_on_count_cells() {
    let v = validator();
    for pointer in [
        "/requests/outcomes/withheld/state_secret/natural_person",
        "/proactive/penalties/decisions",
        "/review_litigation/litigation_direct/pending",
    ] {
        for value in odd_values() {
            let (serde, schema) = verdicts(pointer, &value, &v);
            assert_eq!(
                serde, schema,
                "{pointer} = {value}: serde {serde}, schema {schema}"
            );
        }
    }
}

#[test]
fn serde_and_schema_agree_on_fee_cells() {
    let v = validator();
    for value in odd_values() {
        let (serde, schema) = verdicts("/proactive/administrative_fees/amount", &value, &v);
        assert_eq!(
            serde, schema,
            "fee = {value}: serde {serde}, schema {schema}"
        );
    }
}

#[test]
fn serde_and_schema_agree_on_optional_and_odd_structure() {
    let v = validator();
    let cases: Vec<(&str, Value)> = vec![
        ("/meta/report_year", json!(1989)),
        ("/meta/report_year", json!(2022)),
        ("/meta/report_year", json!(2101)),
        ("/meta/report_year", json!("2022")),
        ("/meta/agency", json!(null)),
        ("/meta/publication_date", json!("2023-01-31")),
        ("/meta/publication_date", json!(null)),
        (
            "/meta/source",
            json!({"url": "https://example.gov.cn/a.html"}),
        ),
        ("/meta/source", json!({"link": "x"})),
        ("/edition", json!("format_2019x")),
        ("/requests/new_received/organization_subtotal", json!(null)),
        ("/requests/new_received/organization_subtotal", json!(3)),
        ("/requests/outcomes/withheld/subtotal", json!(null)),
        ("/requests/outcomes/other_handling", json!({})),
        ("/requests/outcomes/other_handling", json!(null)),
        (
            "/other_matters/information_processing_fee",
            json!({"collected": {"value": "3940", "unit": "yuan"}}),
        ),
        (
            "/other_matters/information_processing_fee",
            json!({"collected": {"value": "3940.5", "unit": "wan_yuan"}}),
        ),
        (
            "/other_matters/information_processing_fee",
            json!({"collected": {"value": 3940, "unit": "yuan"}}),
        ),
        (
            "/other_matters/information_processing_fee",
            json!({"collected": {"value": "12..5", "unit": "yuan"}}),
        ),
        (
            "/other_matters/information_processing_fee",
            json!({"collected": {"value": "1", "unit": "jiao"}}),
        ),
        (
            "/other_matters/information_processing_fee",
            json!({"charged_applications": -1}),
        ),
    ];
    for (pointer, value) in cases {
        let doc = crate::support::json_with(SEED_002_JSON, &[(pointer, value.clone())]);
        let serde = Report::from_value(&doc).is_ok();
        let schema = v.is_valid(&doc);
        assert_eq!(
            serde, schema,
            "{pointer} = {value}: serde {serde}, schema {schema}"
        );
    }
}

#[test]
fn other_handling_as_one_row_validates() {
    let mut doc: Value = serde_json::from_str(SEED_002_JSON).unwrap();
    doc["requests"]["outcomes"]["other_handling"] =
        json!({ "row": doc["requests"]["new_received"] });
    assert!(Report::from_value(&doc).is_ok());
    assert!(validator().is_valid(&doc));
    // The bare cells of a row are refused by both.
    doc["requests"]["outcomes"]["other_handling"] = doc["requests"]["new_received"].clone();
    assert!(Report::from_value(&doc).is_err());
    assert!(!validator().is_valid(&doc));
}

/// Walks every subschema, calling `f` with its JSON Pointer.
fn walk(schema: &Value, at: &str, f: &mut dyn FnMut(&str, &Value)) {
    f(at, schema);
    match schema {
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, &format!("{at}/{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{at}/{i}"), f);
            }
        }
        _ => {}
    }
}

#[test]
fn every_definition_has_an_english_title_and_every_label_a_chinese_annotation() {
    for schema in [report_schema(), findings_schema()] {
        titles_and_labels(&schema);
    }
    for edition in Report::EDITIONS {
        titles_and_labels(&edition_schema(*edition));
    }
}

/// Definitions are titled by their own name, in English; definitions and properties carry
/// their Chinese label in `x-label-zh`, which also opens the description; no other node has
/// a title (generators would name types after it).
fn titles_and_labels(schema: &Value) {
    let is_chinese = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut checked = 0;
    let mut labelled = |at: &str, node: &Value| {
        let label = node["x-label-zh"].as_str().unwrap_or_default();
        let description = node["description"].as_str().unwrap_or_default();
        assert!(is_chinese(label), "{at}: x-label-zh {label:?}");
        assert!(
            description.starts_with(label) && description.len() > label.len() + 2,
            "{at}: description {description:?}"
        );
        assert!(!description.contains('\n'), "{at}: one line");
        checked += 1;
    };
    for (name, def) in schema["$defs"].as_object().unwrap() {
        assert_eq!(def["title"], json!(name), "/$defs/{name}");
        labelled(&format!("/$defs/{name}"), def);
        if let Some(props) = def["properties"].as_object() {
            for (p, node) in props {
                labelled(&format!("/$defs/{name}/properties/{p}"), node);
            }
        }
    }
    assert!(checked > 20, "{checked}");
    let title = schema["title"].as_str().unwrap();
    let roots = [
        "OgiReport",
        "OgiReportFindings",
        "Format2021Report",
        "Format2019Report",
        "Regulation2008Report",
    ];
    assert!(roots.contains(&title), "{title}");
    walk(schema, "", &mut |at, node| {
        let data = at.contains("/examples/") || at.contains("/properties/title");
        if let Some(title) = node.get("title").and_then(Value::as_str).filter(|_| !data) {
            let named = at.is_empty() || at.matches('/').count() == 2 && at.starts_with("/$defs/");
            assert!(named && title.is_ascii(), "{at}: title {title:?}");
        }
    });
}

#[test]
fn every_object_is_closed_and_formats_are_standard() {
    for schema in [report_schema(), findings_schema()] {
        closed_and_standard(&schema);
    }
}

fn closed_and_standard(schema: &Value) {
    walk(schema, "", &mut |at, node| {
        // The report schema's root is open: it selects an edition, which is closed.
        if node.get("type") == Some(&json!("object")) && !at.is_empty() {
            assert_eq!(
                node.get("additionalProperties"),
                Some(&json!(false)),
                "{at}"
            );
        }
        // enums are documented value by value: `oneOf` of `const`s with a description each
        if let Some(values) = node.get("enum").and_then(Value::as_array) {
            panic!("{at}: an undocumented enum of {} values", values.len());
        }
        if node.get("const").is_some_and(Value::is_string) && !at.ends_with("/edition") {
            let description = node["description"].as_str().unwrap_or_default();
            assert!(!description.is_empty(), "{at}: an undocumented value");
        }
        if let Some(format) = node.get("format").and_then(Value::as_str) {
            assert!(
                ["date", "uri", "email"].contains(&format),
                "{at}: format {format}"
            );
            if format == "date" {
                assert_eq!(
                    node["pattern"],
                    json!(ogi_report::schema::DATE_PATTERN),
                    "{at}"
                );
            }
        }
    });
    let defs: Vec<&String> = schema["$defs"].as_object().unwrap().keys().collect();
    for name in defs {
        // Edition-specific types carry their edition's year; any other trailing digit is a
        // schemars collision suffix.
        let edition_suffix = ["2021", "2019", "2008"].iter().any(|y| name.ends_with(y));
        assert!(
            !name.chars().last().unwrap().is_ascii_digit() || edition_suffix,
            "collision suffix: {name}"
        );
    }
}
