//! The top-level report type, of any edition, and reading it from JSON.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

use crate::catalogue::Edition;
use crate::error::ReadError;
use crate::format_2019::Format2019Report;
use crate::format_2021::Format2021Report;
use crate::meta::Meta;
use crate::regulation_2008::Regulation2008Report;
use crate::requests::Requests;

/// An annual report of any edition, tagged in JSON by `"edition"`.
///
/// ```
/// use ogi_report::Report;
/// use ogi_report::catalogue::Edition;
///
/// let json = include_str!("../tests/fixtures/reports/002_luohe_huizu_2022.json");
/// let report = Report::from_json(json)?;
/// assert_eq!(report.edition(), Edition::Format2021);
/// assert_eq!(report.meta().report_year.map(|y| y.get()), Some(2022));
///
/// let r = report.as_format_2021().expect("a 2021-format report");
/// assert_eq!(r.proactive.penalties.decisions.as_u64(), Some(67));
/// assert_eq!(r.proactive.fee().value().unwrap().to_string(), "27.2500");
///
/// // Canonical and lossless: the fixture is the crate's own output.
/// assert_eq!(report.to_json(), json);
/// # Ok::<(), ogi_report::ReadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
// A report is one large value whichever its edition; boxing the editions would only add an
// allocation per report.
#[allow(clippy::large_enum_variant, reason = "one value per report, see above")]
pub enum Report {
    /// The revised format of 2021 (report years from 2021).
    Format2021(Format2021Report),
    /// The trial format of 2019 (report years 2019 and 2020).
    Format2019(Format2019Report),
    /// The 2008 条例 era (report years 2008–2018): prose with figures.
    Regulation2008(Regulation2008Report),
}

/// What the first pass reads: only the tag, skipping everything else without allocating.
struct EditionPeek<'a> {
    edition: Option<Cow<'a, str>>,
}

impl<'de> Deserialize<'de> for EditionPeek<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PeekVisitor;

        impl<'de> serde::de::Visitor<'de> for PeekVisitor {
            type Value = EditionPeek<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a report: a JSON object")
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut edition = None;
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    if key == "edition" && edition.is_none() {
                        edition = Some(map.next_value::<EditionText<'de>>()?.0);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                Ok(EditionPeek { edition })
            }
        }

        deserializer.deserialize_map(PeekVisitor)
    }
}

/// The value of `"edition"`, which must be a string.
struct EditionText<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for EditionText<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::String(s) => Ok(EditionText(Cow::Owned(s))),
            other => Err(serde::de::Error::custom(not_a_string(&other))),
        }
    }
}

fn not_a_string(found: &serde_json::Value) -> String {
    format!("the edition is a string, found {found}")
}

fn not_an_object() -> ReadError {
    ReadError::Invalid {
        pointer: String::new(),
        message: "a report is a JSON object".to_owned(),
    }
}

fn known_editions() -> String {
    Report::EDITIONS
        .iter()
        .map(|e| format!("{:?}", e.id()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn edition_of(found: Option<&str>) -> Result<Edition, ReadError> {
    let found = found.ok_or_else(|| ReadError::MissingEdition {
        expected: known_editions(),
    })?;
    Edition::from_id(found)
        .filter(|e| Report::EDITIONS.contains(e))
        .ok_or_else(|| ReadError::UnknownEdition {
            found: found.to_owned(),
            expected: known_editions(),
        })
}

/// The largest JSON text read as a report or as findings: 64 MiB. A report is about 15 KB.
pub const MAX_JSON: usize = 64 << 20;

impl Report {
    /// The editions this version of the crate reads.
    pub const EDITIONS: &'static [Edition] = &[
        Edition::Format2021,
        Edition::Format2019,
        Edition::Regulation2008,
    ];

    /// Reads a report from JSON text. Strict: unknown fields, negative or fractional counts
    /// and malformed money are errors naming the JSON Pointer of the offending value.
    ///
    /// Limits: the text is at most [`MAX_JSON`] bytes, and nested at most 128 deep (a
    /// report nests 6 deep); past either it is refused before or while it is read, never
    /// with a crash.
    pub fn from_json(json: &str) -> Result<Report, ReadError> {
        if json.len() > MAX_JSON {
            return Err(ReadError::TooLarge {
                size: json.len(),
                limit: MAX_JSON,
            });
        }
        let peek: EditionPeek<'_> = read_all(json).map_err(|e| match e {
            ReadError::Invalid { ref message, .. } if message.starts_with("invalid type") => {
                not_an_object()
            }
            other => other,
        })?;
        let mut report = match edition_of(peek.edition.as_deref())? {
            Edition::Format2021 => read_exact(json).map(Report::Format2021),
            Edition::Format2019 => read_exact(json).map(Report::Format2019),
            Edition::Regulation2008 => read_exact(json).map(Report::Regulation2008),
        }?;
        report.complete();
        Ok(report)
    }

    /// Completes what the JSON form leaves implicit: a table that prints the organisation
    /// subtotal column has it in every row (see [`ApplicantRow::organization_subtotal`]).
    ///
    /// [`ApplicantRow::organization_subtotal`]: crate::requests::ApplicantRow::organization_subtotal
    pub(crate) fn complete(&mut self) {
        match self {
            Report::Format2021(r) => r.requests.complete_subtotal_column(),
            Report::Format2019(r) => r.requests.complete_subtotal_column(),
            Report::Regulation2008(_) => {}
        }
    }

    /// Reads a report from JSON bytes (UTF-8).
    pub fn from_json_slice(json: &[u8]) -> Result<Report, ReadError> {
        match std::str::from_utf8(json) {
            Ok(text) => Report::from_json(text),
            Err(e) => {
                let before = &json[..e.valid_up_to()];
                let line = before.iter().filter(|b| **b == b'\n').count() + 1;
                let column = before.len()
                    - before
                        .iter()
                        .rposition(|b| *b == b'\n')
                        .map_or(0, |p| p + 1)
                    + 1;
                Err(ReadError::Syntax {
                    line,
                    column,
                    message: "the text is not UTF-8".to_owned(),
                })
            }
        }
    }

    /// Reads a report from a parsed JSON value, with the same checks as [`Report::from_json`].
    pub fn from_value(value: &serde_json::Value) -> Result<Report, ReadError> {
        let Some(object) = value.as_object() else {
            return Err(not_an_object());
        };
        let found = match object.get("edition") {
            None => None,
            Some(serde_json::Value::String(s)) => Some(s.as_str()),
            Some(other) => {
                return Err(ReadError::Invalid {
                    pointer: "/edition".to_owned(),
                    message: not_a_string(other),
                });
            }
        };
        let mut report = match edition_of(found)? {
            Edition::Format2021 => serde_path_to_error::deserialize(value)
                .map(Report::Format2021)
                .map_err(ReadError::from_tracked),
            Edition::Format2019 => serde_path_to_error::deserialize(value)
                .map(Report::Format2019)
                .map_err(ReadError::from_tracked),
            Edition::Regulation2008 => serde_path_to_error::deserialize(value)
                .map(Report::Regulation2008)
                .map_err(ReadError::from_tracked),
        }?;
        report.complete();
        Ok(report)
    }

    /// The canonical JSON text: two-space indentation, fields in the model's order, a final
    /// line break. Reading it back and writing again gives the same bytes.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self)
            .expect("a report serializes: every map key is a string");
        text.push('\n');
        text
    }

    /// The same JSON on one line.
    pub fn to_json_compact(&self) -> String {
        serde_json::to_string(self).expect("a report serializes: every map key is a string")
    }

    /// The edition of the report.
    pub fn edition(&self) -> Edition {
        match self {
            Report::Format2021(_) => Edition::Format2021,
            Report::Format2019(_) => Edition::Format2019,
            Report::Regulation2008(_) => Edition::Regulation2008,
        }
    }

    /// The report, if it is in the 2021 format.
    pub fn as_format_2021(&self) -> Option<&Format2021Report> {
        match self {
            Report::Format2021(r) => Some(r),
            _ => None,
        }
    }

    /// The report, if it is in the 2019 format.
    pub fn as_format_2019(&self) -> Option<&Format2019Report> {
        match self {
            Report::Format2019(r) => Some(r),
            _ => None,
        }
    }

    /// The report, if it is of the 2008 条例 era.
    pub fn as_regulation_2008(&self) -> Option<&Regulation2008Report> {
        match self {
            Report::Regulation2008(r) => Some(r),
            _ => None,
        }
    }

    /// Part 三, the applicant-category matrix, in the editions that have it.
    pub fn requests(&self) -> Option<&Requests> {
        match self {
            Report::Format2021(r) => Some(&r.requests),
            Report::Format2019(r) => Some(&r.requests),
            Report::Regulation2008(_) => None,
        }
    }

    /// Part 四, the review and litigation table (2019 and 2021 formats).
    pub fn review_litigation(&self) -> Option<&crate::review::ReviewLitigation> {
        match self {
            Report::Format2021(r) => Some(&r.review_litigation),
            Report::Format2019(r) => Some(&r.review_litigation),
            Report::Regulation2008(_) => None,
        }
    }

    /// Who published the report and for which year.
    pub fn meta(&self) -> &Meta {
        match self {
            Report::Format2021(r) => &r.meta,
            Report::Format2019(r) => &r.meta,
            Report::Regulation2008(r) => &r.meta,
        }
    }

    /// The meta, to change.
    pub fn meta_mut(&mut self) -> &mut Meta {
        match self {
            Report::Format2021(r) => &mut r.meta,
            Report::Format2019(r) => &mut r.meta,
            Report::Regulation2008(r) => &mut r.meta,
        }
    }
}

/// Deserializes the whole text as `T`, tracking the path of any error, and refuses trailing
/// text after the value.
///
/// The first pass does not track the path (tracking copies every key); only when it fails is
/// the text read again, tracked, to say where.
pub(crate) fn read_all<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, ReadError> {
    if let Ok(value) = serde_json::from_str(json) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(ReadError::from_tracked)?;
    de.end()
        .map_err(|e| ReadError::from_json_error(String::new(), e))?;
    Ok(value)
}

/// [`read_all`], with every number literal read exactly as written: a number that is not
/// whole as written (`1.0000000000000001`) or too large to read exactly is refused at its
/// pointer, quoted as written, even where reading it through `f64` would have passed. When
/// the text has another error before it, that error is given.
pub(crate) fn read_exact<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, ReadError> {
    if json.len() > MAX_JSON {
        return Err(ReadError::TooLarge {
            size: json.len(),
            limit: MAX_JSON,
        });
    }
    let inexact = crate::pointer::first_inexact_number(json);
    let result = read_all(json);
    let Some((range, problem)) = inexact else {
        return result;
    };
    let ranges = crate::pointer::value_ranges(json);
    let number_error = || {
        let pointer = ranges
            .iter()
            .find(|(_, r)| **r == range)
            .map(|(p, _)| p.clone())
            .unwrap_or_default();
        let literal = &json[range.clone()];
        let message = match problem {
            crate::pointer::NumberProblem::NotWhole => format!(
                "{literal} is not a whole number as written; counts are whole numbers, and money \
                 and other decimals are strings (\"27.2500\")"
            ),
            crate::pointer::NumberProblem::TooLarge => format!(
                "{literal} is too large to be read exactly; the largest count is {}",
                crate::cell::Count::MAX
            ),
        };
        ReadError::Invalid { pointer, message }
    };
    match result {
        Ok(_) => Err(number_error()),
        // serde_json's own refusal of a literal past f64 names no pointer.
        Err(ReadError::Syntax { message, .. }) if message == "number out of range" => {
            Err(number_error())
        }
        Err(e @ ReadError::Syntax { .. }) => Err(e),
        Err(e) => {
            let at = e.pointer().and_then(|p| ranges.get(p));
            let before = at.is_some_and(|r| r.start < range.start);
            // An error about this very literal that quotes it as written says more (e.g.
            // that money is a string); one that misquotes it does not.
            let quoted = *at.unwrap_or(&(0..0)) == range
                && matches!(&e, ReadError::Invalid { message, .. } if message.contains(&json[range.clone()]));
            Err(if before || quoted { e } else { number_error() })
        }
    }
}

impl From<Format2021Report> for Report {
    fn from(report: Format2021Report) -> Report {
        Report::Format2021(report)
    }
}

impl From<Regulation2008Report> for Report {
    fn from(report: Regulation2008Report) -> Report {
        Report::Regulation2008(report)
    }
}

impl From<Format2019Report> for Report {
    fn from(report: Format2019Report) -> Report {
        Report::Format2019(report)
    }
}

impl<'de> Deserialize<'de> for Report {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Report::from_value(&value).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Report {
    fn schema_name() -> Cow<'static, str> {
        "Report".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let format_2021 = generator.subschema_for::<Format2021Report>();
        let format_2019 = generator.subschema_for::<Format2019Report>();
        let regulation_2008 = generator.subschema_for::<Regulation2008Report>();
        json_schema!({
            "title": crate::catalogue::FieldText::ReportName.label(),
            "description": "An annual report on Open Government Information work, of any edition, tagged by \"edition\".",
            "oneOf": [format_2021, format_2019, regulation_2008],
        })
    }
}
