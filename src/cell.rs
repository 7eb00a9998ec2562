//! Table cells: a number, a blank, or whatever else was printed where a number belongs.
//!
//! A blank is never a zero. In JSON a count cell is `integer | null | {"raw": "…"}` and a
//! money cell is `"decimal string" | null | {"raw": "…"}`.
//!
//! ```
//! use ogi_report::Cell;
//! use ogi_report::cell::Count;
//!
//! let cells: Vec<Cell<Count>> = serde_json::from_str(r#"[3, null, {"raw": "减"}]"#).unwrap();
//! assert_eq!(cells[0], Cell::Value(Count::new(3).unwrap()));
//! assert_eq!(cells[1], Cell::Blank);
//! assert_eq!(cells[2], Cell::Raw("减".to_owned()));
//! assert_eq!(cells[1].value(), None); // a blank has no value, not zero
//! ```

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, IntoDeserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A non-negative whole number printed in a table (applications, documents, decisions, cases).
///
/// The largest count is 2^53 − 1 (`Number.MAX_SAFE_INTEGER`), so that every count survives
/// a trip through JavaScript and any other language that reads JSON numbers as doubles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Count(u64);

/// The error for a number that cannot be a [`Count`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value} is larger than the largest count ({max})", max = Count::MAX.0)]
pub struct CountTooLarge {
    /// The refused value.
    pub value: u64,
}

impl Count {
    /// Zero.
    pub const ZERO: Count = Count(0);
    /// The largest count: 2^53 − 1.
    pub const MAX: Count = Count((1 << 53) - 1);

    /// A count, refused above [`Count::MAX`].
    pub const fn new(value: u64) -> Result<Count, CountTooLarge> {
        if value > Count::MAX.0 {
            Err(CountTooLarge { value })
        } else {
            Ok(Count(value))
        }
    }

    /// The number.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The sum, or `None` past [`Count::MAX`].
    pub fn checked_add(self, other: Count) -> Option<Count> {
        self.0.checked_add(other.0).and_then(|v| Count::new(v).ok())
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl TryFrom<u64> for Count {
    type Error = CountTooLarge;
    fn try_from(value: u64) -> Result<Self, Self::Error> {
        Count::new(value)
    }
}

impl From<u32> for Count {
    fn from(value: u32) -> Self {
        Count(u64::from(value))
    }
}

impl From<Count> for u64 {
    fn from(value: Count) -> Self {
        value.0
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CountVisitor;

        impl Visitor<'_> for CountVisitor {
            type Value = Count;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a count (a whole number from 0 to 9007199254740991)")
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Count, E> {
                Count::new(v).map_err(E::custom)
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Count, E> {
                match u64::try_from(v) {
                    Ok(v) => self.visit_u64(v),
                    Err(_) => Err(E::custom(format_args!(
                        "a count cannot be negative, found {v}"
                    ))),
                }
            }

            // JSON does not distinguish `2` from `2.0`, and neither does JSON Schema's
            // `integer`; a number with a fractional part is refused.
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Count, E> {
                if v.is_nan() || v.fract() != 0.0 {
                    return Err(E::custom(format_args!(
                        "a count must be a whole number, found {v}"
                    )));
                }
                if v < 0.0 {
                    return Err(E::custom(format_args!(
                        "a count cannot be negative, found {v}"
                    )));
                }
                if v > Count::MAX.0 as f64 {
                    return Err(E::custom(format_args!(
                        "{v} is larger than the largest count ({})",
                        Count::MAX.0
                    )));
                }
                // Whole, non-negative and at most 2^53 − 1: exactly representable.
                Ok(Count(v as u64))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Count, E> {
                Err(E::custom(format_args!(
                    "a count must be a JSON number, not the string {v:?}; \
                     a mark printed where a number belongs is written {{\"raw\": {v:?}}}"
                )))
            }
        }

        deserializer.deserialize_any(CountVisitor)
    }
}

impl JsonSchema for Count {
    fn schema_name() -> Cow<'static, str> {
        "Count".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "件数",
            "description": "A non-negative whole number printed in a table, at most 2^53 - 1.",
            "type": "integer",
            "minimum": 0,
            "maximum": Count::MAX.0,
        })
    }
}

pub(crate) mod sealed {
    /// Only the crate's own cell values implement [`CellValue`](super::CellValue) (the money
    /// types implement it where they are defined).
    pub trait Sealed {}
    impl Sealed for super::Count {}
    impl Sealed for i64 {}
}

/// A value that can stand in a [`Cell`]: a [`Count`], a signed change, a fee or an exact
/// amount. Sealed: the JSON form of a cell is part of the schema, so no other type can be a
/// cell value.
pub trait CellValue:
    sealed::Sealed + Sized + Clone + PartialEq + Serialize + for<'de> Deserialize<'de> + JsonSchema
{
    /// The name of `Cell<Self>` in the JSON Schema's `$defs`.
    const CELL_SCHEMA_NAME: &'static str;
    /// The Chinese title of `Cell<Self>` in the JSON Schema.
    const CELL_TITLE: &'static str;
}

impl CellValue for Count {
    const CELL_SCHEMA_NAME: &'static str = "CountCell";
    const CELL_TITLE: &'static str = "件数单元格";
}

/// A signed whole number: 本年增/减 in the 2019 format, and the values findings report.
impl CellValue for i64 {
    const CELL_SCHEMA_NAME: &'static str = "IntegerCell";
    const CELL_TITLE: &'static str = "整数单元格";
}

/// A count cell: applications, documents, decisions, cases.
pub type CountCell = Cell<Count>;

/// A signed cell: 本年增/减 in the 2019 format.
pub type ChangeCell = Cell<i64>;

/// One reported table cell.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Cell<T> {
    /// A number was printed.
    Value(T),
    /// Nothing was printed. Never read as zero.
    Blank,
    /// Something other than a number was printed where a number belongs ("/", "—", "减",
    /// "详见附表"), kept as printed. Never empty.
    Raw(String),
}

impl<T> Cell<T> {
    /// The number, if one was printed.
    pub fn value(&self) -> Option<&T> {
        match self {
            Cell::Value(v) => Some(v),
            Cell::Blank | Cell::Raw(_) => None,
        }
    }

    /// Whether the cell was left blank.
    pub fn is_blank(&self) -> bool {
        matches!(self, Cell::Blank)
    }

    /// The same cell with its value converted; a blank stays blank and raw text stays as
    /// printed.
    pub fn map<U>(&self, f: impl FnOnce(&T) -> U) -> Cell<U> {
        match self {
            Cell::Value(v) => Cell::Value(f(v)),
            Cell::Blank => Cell::Blank,
            Cell::Raw(raw) => Cell::Raw(raw.clone()),
        }
    }

    /// What was printed instead of a number, if anything.
    pub fn raw(&self) -> Option<&str> {
        match self {
            Cell::Raw(s) => Some(s),
            Cell::Value(_) | Cell::Blank => None,
        }
    }
}

impl<T> From<T> for Cell<T> {
    fn from(value: T) -> Self {
        Cell::Value(value)
    }
}

impl Cell<Count> {
    /// A count cell from a number (counts above [`Count::MAX`] are refused).
    pub fn count(value: u64) -> Result<Self, CountTooLarge> {
        Count::new(value).map(Cell::Value)
    }

    /// The count as a plain number, if one was printed.
    pub fn as_u64(&self) -> Option<u64> {
        self.value().map(|c| c.get())
    }
}

impl<T: Serialize> Serialize for Cell<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Value(v) => v.serialize(serializer),
            Cell::Blank => serializer.serialize_none(),
            Cell::Raw(raw) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("raw", raw)?;
                map.end()
            }
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Cell<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CellVisitor(PhantomData))
    }
}

struct CellVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for CellVisitor<T> {
    type Value = Cell<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a cell: a value, null for a blank, or {\"raw\": \"…\"}")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Cell::Blank)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Cell::Blank)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        T::deserialize(v.into_deserializer()).map(Cell::Value)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        T::deserialize(v.into_deserializer()).map(Cell::Value)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        T::deserialize(v.into_deserializer()).map(Cell::Value)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        T::deserialize(v.into_deserializer()).map(Cell::Value)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        T::deserialize(v.into_deserializer()).map(Cell::Value)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(de::Error::custom(
            "a cell cannot be an array; expected a value, null for a blank, or {\"raw\": \"…\"}",
        ))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut raw: Option<String> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key != "raw" {
                return Err(de::Error::custom(format_args!(
                    "unknown field `{key}` in a cell object; the only field is `raw`"
                )));
            }
            if raw.is_some() {
                return Err(de::Error::custom("duplicate field `raw`"));
            }
            let text: String = map.next_value()?;
            if text.is_empty() {
                return Err(de::Error::custom(
                    "a raw cell holds the text printed in it and cannot be empty; \
                     a blank cell is null",
                ));
            }
            raw = Some(text);
        }
        raw.map(Cell::Raw)
            .ok_or_else(|| de::Error::custom("a cell object needs the field `raw`"))
    }
}

/// The schema of `{"raw": "…"}`.
pub(crate) struct RawCellSchema;

impl JsonSchema for RawCellSchema {
    fn schema_name() -> Cow<'static, str> {
        "RawCell".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "非数值单元格",
            "description": "Text printed where a number belongs (a slash, a dash, a word or a reference to an annex), kept as printed.",
            "type": "object",
            "properties": {
                "raw": {
                    "title": crate::catalogue::FieldText::Printed.label(),
                    "description": "The text exactly as printed; never empty.",
                    "type": "string",
                    "minLength": 1,
                }
            },
            "required": ["raw"],
            "additionalProperties": false,
        })
    }
}

impl<T: CellValue> JsonSchema for Cell<T> {
    fn schema_name() -> Cow<'static, str> {
        T::CELL_SCHEMA_NAME.into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<T>();
        let raw = generator.subschema_for::<RawCellSchema>();
        json_schema!({
            "title": T::CELL_TITLE,
            "description": "A reported cell: a value, null for a blank (never zero), or the text printed instead of a number.",
            "anyOf": [value, {"type": "null"}, raw],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count_cell(json: &str) -> Result<Cell<Count>, String> {
        serde_json::from_str(json).map_err(|e| {
            let text = e.to_string();
            let suffix = format!(" at line {} column {}", e.line(), e.column());
            text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
        })
    }

    #[test]
    fn reads_the_three_kinds_of_cell() {
        assert_eq!(count_cell("0"), Ok(Cell::Value(Count::ZERO)));
        assert_eq!(count_cell("null"), Ok(Cell::Blank));
        assert_eq!(count_cell(r#"{"raw":"/"}"#), Ok(Cell::Raw("/".into())));
    }

    #[test]
    fn refuses_what_is_not_a_count() {
        assert_eq!(
            count_cell("-1").unwrap_err(),
            "a count cannot be negative, found -1"
        );
        assert_eq!(
            count_cell("1.5").unwrap_err(),
            "a count must be a whole number, found 1.5"
        );
        assert!(
            count_cell(r#""3""#)
                .unwrap_err()
                .starts_with("a count must be a JSON number, not the string \"3\"")
        );
        assert_eq!(
            count_cell("9007199254740992").unwrap_err(),
            "9007199254740992 is larger than the largest count (9007199254740991)"
        );
        assert!(
            count_cell(r#"{"raw":""}"#)
                .unwrap_err()
                .contains("cannot be empty")
        );
        assert!(
            count_cell(r#"{"text":"x"}"#)
                .unwrap_err()
                .contains("unknown field `text`")
        );
        assert!(
            count_cell("{}")
                .unwrap_err()
                .contains("needs the field `raw`")
        );
        assert!(
            count_cell("[1]")
                .unwrap_err()
                .contains("cannot be an array")
        );
        assert!(count_cell("true").is_err());
    }

    #[test]
    fn a_whole_number_written_with_a_point_is_the_same_count() {
        assert_eq!(count_cell("2.0"), Ok(Cell::Value(Count::new(2).unwrap())));
    }

    #[test]
    fn writes_the_three_kinds_of_cell() {
        let cells = vec![
            Cell::Value(Count::new(7).unwrap()),
            Cell::Blank,
            Cell::Raw("减".into()),
        ];
        assert_eq!(
            serde_json::to_string(&cells).unwrap(),
            r#"[7,null,{"raw":"减"}]"#
        );
    }
}
