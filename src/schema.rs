//! The exported JSON Schemas (draft 2020-12), shaped for validators and code generators.
//!
//! - `title`s are English type names (`Format2021Report`, `CountCell`): generators name their
//!   types after them. The official Chinese label of each definition and property is in the
//!   annotation `x-label-zh`, and opens its `description`.
//! - The root of the report schema selects one edition by its `"edition"` tag (`if`/`then`),
//!   so a validator reports a defect at its own pointer, inside the one edition it belongs
//!   to. Generators that need one type per edition read the edition schemas
//!   ([`edition_schema`]).
//! - Every date has a `pattern` as well as `"format": "date"`, so that validators that treat
//!   `format` as an annotation still refuse a malformed date; e-mail addresses and URLs carry
//!   `format`. `examples` come from the fixture reports. Each `$id` carries the crate version.
//!
//! The committed copies are in `schema/`; a test fails when they differ from what these
//! functions generate (`cargo xtask generate` rewrites them; a test compares).

use schemars::generate::SchemaSettings;
use schemars::transform::RestrictFormats;

use crate::catalogue::Edition;
use crate::findings::Validation;
use crate::report::Report;

/// Where the schemas are published: the crate's sources as docs.rs serves them, by version.
const PUBLISHED: &str = concat!(
    "https://docs.rs/crate/ogi-report/",
    env!("CARGO_PKG_VERSION"),
    "/source/schema/"
);

/// The schema's `$id`: where the crate's published sources hold it, for this version.
pub const REPORT_SCHEMA_ID: &str = concat!(
    "https://docs.rs/crate/ogi-report/",
    env!("CARGO_PKG_VERSION"),
    "/source/schema/ogi-report.schema.json"
);

/// The JSON Schema of [`Report`]: draft 2020-12, one root with `$defs`, only standard
/// `format` values, every object closed.
///
/// ```
/// let schema = ogi_report::schema::report_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["$id"], ogi_report::schema::REPORT_SCHEMA_ID);
/// assert!(schema["$defs"]["CountCell"].is_object());
/// ```
pub fn report_schema() -> serde_json::Value {
    let mut schema = schema_for::<Report>(REPORT_SCHEMA_ID, "OgiReport");
    select_by_edition(&mut schema);
    schema["examples"] = serde_json::json!([example_report()]);
    schema
}

/// The file name of an edition's schema in `schema/`, e.g. `format-2021.schema.json`.
pub fn edition_schema_file(edition: Edition) -> String {
    format!("{}.schema.json", edition.id().replace('_', "-"))
}

/// The schema of one edition's reports alone: its report type at the root, with the
/// definitions it uses. For code generators, which make one type per schema: a 2021-format
/// report read and written through the types of this schema keeps exactly its fields.
///
/// ```
/// use ogi_report::catalogue::Edition;
/// use ogi_report::schema::edition_schema;
///
/// let schema = edition_schema(Edition::Format2021);
/// assert_eq!(schema["title"], "Format2021Report");
/// assert!(schema["$defs"]["FeeCell"].is_object());
/// assert!(schema["$defs"].get("Format2019Report").is_none());
/// ```
pub fn edition_schema(edition: Edition) -> serde_json::Value {
    let full = schema_for::<Report>(REPORT_SCHEMA_ID, "OgiReport");
    let name = report_def(edition);
    let defs = full["$defs"].as_object().cloned().unwrap_or_default();
    // The definitions reachable from the edition's report type.
    let mut reachable = std::collections::BTreeSet::new();
    let mut queue = vec![name.to_owned()];
    while let Some(def) = queue.pop() {
        if !reachable.insert(def.clone()) {
            continue;
        }
        let text = defs.get(&def).map(|d| d.to_string()).unwrap_or_default();
        for piece in text.split("\"#/$defs/").skip(1) {
            if let Some(end) = piece.find('"') {
                queue.push(piece[..end].to_owned());
            }
        }
    }
    let kept: serde_json::Map<String, serde_json::Value> = defs
        .into_iter()
        .filter(|(k, _)| reachable.contains(k))
        .collect();
    let root = &kept[name];
    let mut schema = serde_json::json!({
        "$schema": full["$schema"],
        "$id": format!("{PUBLISHED}{}", edition_schema_file(edition)),
        "title": name,
        "x-label-zh": root["x-label-zh"],
        "description": root["description"],
        "$ref": format!("#/$defs/{name}"),
        "$defs": kept,
    });
    if edition == Edition::Format2021 {
        schema["examples"] = serde_json::json!([example_report()]);
    }
    schema
}

/// [`edition_schema`] as the text of the committed file.
pub fn edition_schema_text(edition: Edition) -> String {
    pretty(&edition_schema(edition))
}

fn report_def(edition: Edition) -> &'static str {
    match edition {
        Edition::Format2019 => "Format2019Report",
        Edition::Regulation2008 => "Regulation2008Report",
        _ => "Format2021Report",
    }
}

/// A report from the fixtures, as the schemas' example.
fn example_report() -> serde_json::Value {
    serde_json::from_str(include_str!(
        "../tests/fixtures/reports/002_luohe_huizu_2022.json"
    ))
    .expect("the fixture is JSON")
}

/// Replaces the root's `oneOf` over the editions by a selection on the `"edition"` tag: the
/// tag must name an edition, and the document is then checked against that edition only.
fn select_by_edition(schema: &mut serde_json::Value) {
    let Some(root) = schema.as_object_mut() else {
        return;
    };
    root.remove("oneOf");
    let tags: Vec<serde_json::Value> = Report::EDITIONS
        .iter()
        .map(|e| serde_json::json!({"const": e.id(), "description": e.title_en(), "x-label-zh": e.label()}))
        .collect();
    root.insert("type".into(), "object".into());
    root.insert("required".into(), serde_json::json!(["edition"]));
    root.insert(
        "properties".into(),
        serde_json::json!({"edition": {
            "description": "Which edition of the format the report follows; the rest of the report is checked against that edition.",
            "x-label-zh": crate::catalogue::FieldText::EditionTag.label(),
            "oneOf": tags,
        }}),
    );
    let branches: Vec<serde_json::Value> = Report::EDITIONS
        .iter()
        .map(|e| {
            serde_json::json!({
                "if": {"required": ["edition"], "properties": {"edition": {"const": e.id()}}},
                "then": {"$ref": format!("#/$defs/{}", report_def(*e))},
            })
        })
        .collect();
    root.insert("allOf".into(), serde_json::Value::Array(branches));
}

/// The findings schema's `$id`.
pub const FINDINGS_SCHEMA_ID: &str = concat!(
    "https://docs.rs/crate/ogi-report/",
    env!("CARGO_PKG_VERSION"),
    "/source/schema/ogi-report-findings.schema.json"
);

/// The JSON Schema of [`Validation`] (the findings and tallies a validator returns), with the
/// same conventions as [`report_schema`]. Committed as `schema/ogi-report-findings.schema.json`.
pub fn findings_schema() -> serde_json::Value {
    schema_for::<Validation>(FINDINGS_SCHEMA_ID, "OgiReportFindings")
}

fn schema_for<T: schemars::JsonSchema>(id: &str, title: &str) -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .with_transform(RestrictFormats::default())
        .into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut value = schema.to_value();
    if let Some(root) = value.as_object_mut() {
        root.insert("$id".to_owned(), id.into());
    }
    english_titles(&mut value, Some(title));
    if let Some(defs) = value.get_mut("$defs").and_then(|d| d.as_object_mut()) {
        for (name, def) in defs.iter_mut() {
            english_titles(def, Some(name));
        }
    }
    value
}

/// Gives a schema node the English `title` given (or none), moving its Chinese title to
/// `x-label-zh` and to the head of its description; walks every nested node without a name
/// of its own (properties, items, branches), which lose their titles. Adds the pattern of a
/// date, the format of e-mail addresses and URLs, and the examples of cells and money.
fn english_titles(node: &mut serde_json::Value, title: Option<&str>) {
    use serde_json::Value;
    let Some(map) = node.as_object_mut() else {
        if let Value::Array(items) = node {
            for item in items {
                english_titles(item, None);
            }
        }
        return;
    };
    if let Some(Value::String(zh)) = map.remove("title") {
        let description = match map.get("description").and_then(Value::as_str) {
            Some(d) if !d.starts_with(zh.as_str()) => format!("{zh}: {d}"),
            Some(d) => d.to_owned(),
            None => zh.clone(),
        };
        map.insert("description".into(), description.into());
        map.insert("x-label-zh".into(), zh.into());
    }
    if let Some(title) = title {
        map.insert("title".into(), title.into());
        if let Some(examples) = examples_of(title) {
            map.insert("examples".into(), examples);
        }
    }
    if map.get("format").and_then(Value::as_str) == Some("date") {
        map.insert("pattern".into(), DATE_PATTERN.into());
    }
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        for (name, property) in properties.iter_mut() {
            let format = match name.as_str() {
                "email" => Some("email"),
                "url" => Some("uri"),
                _ => None,
            };
            if let (Some(format), Some(p)) = (format, property.as_object_mut()) {
                p.insert("format".into(), format.into());
            }
        }
    }
    for (key, value) in map.iter_mut() {
        match key.as_str() {
            "$defs" | "examples" | "const" | "default" | "required" => {}
            // A map from names to schemas: each value is a schema, whatever its name.
            "properties" | "patternProperties" => {
                if let Value::Object(properties) = value {
                    for property in properties.values_mut() {
                        english_titles(property, None);
                    }
                }
            }
            _ => {
                if matches!(value, Value::Object(_) | Value::Array(_)) {
                    english_titles(value, None);
                }
            }
        }
    }
}

/// A calendar day written YYYY-MM-DD. A pattern cannot know month lengths: 2023-02-30 passes
/// it, and only a validator that asserts `format` (or the crate) refuses it.
pub const DATE_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// The examples of the definitions that have them, taken from the fixture reports.
fn examples_of(definition: &str) -> Option<serde_json::Value> {
    use serde_json::json;
    Some(match definition {
        "Count" => json!([67, 0]),
        "CountCell" => json!([67, null, {"raw": "/"}]),
        "IntegerCell" => json!([3, -2, null, {"raw": "减"}]),
        "Fee" => json!(["27.2500"]),
        "FeeCell" => json!(["27.2500", null, {"raw": "/"}]),
        "ExactDecimal" => json!(["48359.899368", "386.17"]),
        "DecimalCell" => json!(["48359.899368", null, {"raw": "/"}]),
        "RawCell" => json!([{"raw": "/"}, {"raw": "减"}]),
        "ReportYear" => json!([2022]),
        _ => return None,
    })
}

/// [`report_schema`] as the text of the committed file: pretty-printed, final line break.
pub fn report_schema_text() -> String {
    pretty(&report_schema())
}

/// [`findings_schema`] as the text of the committed file.
pub fn findings_schema_text() -> String {
    pretty(&findings_schema())
}

fn pretty(schema: &serde_json::Value) -> String {
    let mut text = serde_json::to_string_pretty(schema)
        .expect("a schema serializes: every map key is a string");
    text.push('\n');
    text
}
