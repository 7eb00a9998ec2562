//! The exported JSON Schema (draft 2020-12).
//!
//! The committed copy is `schema/ogi-report.schema.json`; a test fails when it differs from
//! what [`report_schema`] generates. To rewrite it after changing a public type:
//!
//! ```text
//! OGI_REPORT_WRITE_SCHEMA=1 cargo test --test schema
//! ```

use schemars::generate::SchemaSettings;
use schemars::transform::RestrictFormats;

use crate::findings::Validation;
use crate::report::Report;

/// The schema's `$id`.
pub const REPORT_SCHEMA_ID: &str = "urn:ogi-report:schema:report:0.1";

/// The JSON Schema of [`Report`]: draft 2020-12, one root with `$defs`, only standard
/// `format` values, every object closed.
///
/// ```
/// let schema = ogi_report::report_schema();
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(schema["$id"], ogi_report::REPORT_SCHEMA_ID);
/// assert!(schema["$defs"]["CountCell"].is_object());
/// ```
pub fn report_schema() -> serde_json::Value {
    schema_for::<Report>(REPORT_SCHEMA_ID)
}

/// The findings schema's `$id`.
pub const FINDINGS_SCHEMA_ID: &str = "urn:ogi-report:schema:findings:0.1";

/// The JSON Schema of [`Validation`] (the findings and tallies a validator returns), with the
/// same conventions as [`report_schema`]. Committed as `schema/ogi-report-findings.schema.json`.
pub fn findings_schema() -> serde_json::Value {
    schema_for::<Validation>(FINDINGS_SCHEMA_ID)
}

fn schema_for<T: schemars::JsonSchema>(id: &str) -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12()
        .for_deserialize()
        .with_transform(RestrictFormats::default())
        .into_generator();
    let schema = generator.into_root_schema_for::<T>();
    let mut value = schema.to_value();
    if let Some(root) = value.as_object_mut() {
        root.insert("$id".to_owned(), id.into());
    }
    value
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
