//! Money, exactly: no amount ever passes through a binary float.
//!
//! - [`Fee`]: the part 二 administrative fee (行政事业性收费 本年收费金额), in 万元 with exactly
//!   four decimal places (to the 元). JSON: a string such as `"27.2500"`.
//! - [`Amount`]: any other sum of money (信息处理费, 2019 procurement totals), kept at exactly
//!   the precision it was given, with an explicit [`MoneyUnit`].
//!
//! ```
//! use ogi_report::Fee;
//! use ogi_report::money::MoneyError;
//! use rust_decimal::Decimal;
//!
//! let fee: Fee = "27.25".parse().unwrap();
//! assert_eq!(fee.to_string(), "27.2500");
//! assert_eq!(serde_json::to_string(&fee).unwrap(), r#""27.2500""#);
//!
//! // A fifth non-zero decimal cannot be held exactly: refused, never rounded.
//! assert!(matches!("1.23456".parse::<Fee>(), Err(MoneyError::TooPrecise { .. })));
//! // Rounding is an explicit, named call (四舍五入: halves away from zero).
//! assert_eq!(Fee::round_half_up("1.23455".parse().unwrap()).unwrap().to_string(), "1.2346");
//! // 3940 元 is exactly 0.3940 万元.
//! assert_eq!(Fee::from_yuan(Decimal::from(3940)).unwrap().to_string(), "0.3940");
//! ```

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::catalogue::FieldText;
use crate::cell::{Cell, CellValue};

/// Why a sum of money was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// The text is not a plain decimal number (digits, at most one point).
    #[error(
        "{text:?} is not a plain decimal number (digits with at most one decimal point, no sign, exponent, separator or unit)"
    )]
    NotDecimal {
        /// The refused text.
        text: String,
    },
    /// A fee must be written with exactly four decimal places in JSON.
    #[error(
        "{text:?} is not a fee in canonical form: write 万元 with exactly four decimal places, e.g. \"27.2500\""
    )]
    NotCanonical {
        /// The refused text.
        text: String,
    },
    /// More non-zero decimal places than the type holds.
    #[error(
        "{value} has more than {places} non-zero decimal places and cannot be held exactly; round it explicitly if that is meant"
    )]
    TooPrecise {
        /// The refused value.
        value: Decimal,
        /// The decimal places the type holds.
        places: u32,
    },
    /// A negative sum.
    #[error("{value} is negative; a sum of money reported here cannot be")]
    Negative {
        /// The refused value.
        value: Decimal,
    },
    /// Too many digits.
    #[error(
        "{text} has too many digits: at most {integer} before the point and {fraction} after it"
    )]
    TooLarge {
        /// The refused value, as text.
        text: String,
        /// Digits allowed before the point.
        integer: usize,
        /// Digits allowed after the point.
        fraction: usize,
    },
}

/// Digits allowed before the decimal point in any sum of money.
const MAX_INTEGER_DIGITS: usize = 16;
/// Decimal places of a [`Fee`].
const FEE_PLACES: u32 = 4;
/// Decimal places allowed in an [`Amount`].
const MAX_AMOUNT_PLACES: usize = 12;

/// Checks that `text` is a plain decimal: `0` or digits without a leading zero, then
/// optionally a point and at least one digit. Returns the digits after the point.
fn check_plain_decimal(text: &str, max_fraction: usize) -> Result<usize, MoneyError> {
    let not_decimal = || MoneyError::NotDecimal {
        text: text.to_owned(),
    };
    let (integer, fraction) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(integer) || (integer.len() > 1 && integer.starts_with('0')) {
        return Err(not_decimal());
    }
    if let Some(f) = fraction {
        if !all_digits(f) {
            return Err(not_decimal());
        }
    }
    let places = fraction.map_or(0, str::len);
    if integer.len() > MAX_INTEGER_DIGITS || places > max_fraction {
        return Err(MoneyError::TooLarge {
            text: text.to_owned(),
            integer: MAX_INTEGER_DIGITS,
            fraction: max_fraction,
        });
    }
    Ok(places)
}

/// Parses text already checked by [`check_plain_decimal`]; at most 28 digits, so exact.
fn parse_checked(text: &str) -> Result<Decimal, MoneyError> {
    Decimal::from_str_exact(text).map_err(|_| MoneyError::NotDecimal {
        text: text.to_owned(),
    })
}

/// The administrative fee of part 二 第（八）项, in 万元, with exactly four decimal places.
///
/// Never negative. Equality and ordering compare amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fee(Decimal);

impl Fee {
    /// Zero 万元.
    pub const ZERO: Fee = Fee(Decimal::from_parts(0, 0, 0, false, FEE_PLACES));

    /// A fee in 万元. Fewer decimals are padded (`27.25` → `27.2500`); a value with a fifth
    /// non-zero decimal, a negative value or one with more than 16 digits before the point
    /// is refused.
    pub fn new(value: Decimal) -> Result<Fee, MoneyError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(MoneyError::Negative { value });
        }
        let normalized = value.normalize();
        if normalized.scale() > FEE_PLACES {
            return Err(MoneyError::TooPrecise {
                value,
                places: FEE_PLACES,
            });
        }
        Self::from_exact(normalized)
    }

    /// 四舍五入: rounds to four decimal places, halves away from zero, then as [`Fee::new`].
    pub fn round_half_up(value: Decimal) -> Result<Fee, MoneyError> {
        Fee::new(value.round_dp_with_strategy(FEE_PLACES, RoundingStrategy::MidpointAwayFromZero))
    }

    /// A fee from a sum in 元 (1 万元 = 10 000 元), exactly. Refused when the sum is not a
    /// whole number of 元, since four places in 万元 hold exactly one 元.
    pub fn from_yuan(yuan: Decimal) -> Result<Fee, MoneyError> {
        let mut wan = yuan;
        if wan.set_scale(yuan.scale() + FEE_PLACES).is_err() {
            return Err(MoneyError::TooPrecise {
                value: yuan,
                places: FEE_PLACES,
            });
        }
        Fee::new(wan)
    }

    /// The fee's canonical JSON text: exactly four decimals, e.g. `"27.2500"`.
    pub fn from_canonical(text: &str) -> Result<Fee, MoneyError> {
        let not_canonical = || MoneyError::NotCanonical {
            text: text.to_owned(),
        };
        let places = check_plain_decimal(text, 28).map_err(|e| match e {
            MoneyError::NotDecimal { .. } => not_canonical(),
            other => other,
        })?;
        let value = parse_checked(text)?;
        if places != FEE_PLACES as usize {
            if value.normalize().scale() > FEE_PLACES {
                return Err(MoneyError::TooPrecise {
                    value,
                    places: FEE_PLACES,
                });
            }
            return Err(not_canonical());
        }
        Self::from_exact(value)
    }

    fn from_exact(value: Decimal) -> Result<Fee, MoneyError> {
        let mut v = value;
        v.rescale(FEE_PLACES);
        if v.trunc().to_string().len() > MAX_INTEGER_DIGITS {
            return Err(MoneyError::TooLarge {
                text: value.to_string(),
                integer: MAX_INTEGER_DIGITS,
                fraction: FEE_PLACES as usize,
            });
        }
        Ok(Fee(v))
    }

    /// The amount in 万元 (scale always 4).
    pub const fn wan_yuan(self) -> Decimal {
        self.0
    }

    /// The amount in 元, exactly.
    pub fn yuan(self) -> Decimal {
        let mut yuan = self.0 * Decimal::from(10_000);
        yuan.rescale(0);
        yuan
    }
}

impl Default for Fee {
    fn default() -> Self {
        Fee::ZERO
    }
}

/// Parses a fee as printed in a report (`"27.25"`, `"96171.6"`, `"0"`): plain digits with
/// at most one point; at most four decimal places that are not zero.
impl FromStr for Fee {
    type Err = MoneyError;
    fn from_str(text: &str) -> Result<Fee, MoneyError> {
        check_plain_decimal(text, 28)?;
        Fee::new(parse_checked(text)?)
    }
}

impl fmt::Display for Fee {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Decimal's Display keeps the scale, which is always 4 here.
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for Fee {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fee {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MoneyTextVisitor {
            what: "a fee in 万元 as a string with four decimals, e.g. \"27.2500\"",
            parse: Fee::from_canonical,
        })
    }
}

impl JsonSchema for Fee {
    fn schema_name() -> Cow<'static, str> {
        "Fee".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "金额（万元）",
            "description": "A sum in 10,000 yuan with exactly four decimal places, as a string, e.g. \"27.2500\".",
            "type": "string",
            "pattern": "^(0|[1-9][0-9]{0,15})\\.[0-9]{4}$",
        })
    }
}

/// The 2021 fee cell, in 万元.
pub type FeeCell = Cell<Fee>;

/// An exact amount cell: 采购总金额 in the 2019 format.
pub type AmountCell = Cell<ExactDecimal>;

impl crate::cell::sealed::Sealed for Fee {}
impl crate::cell::sealed::Sealed for ExactDecimal {}

impl CellValue for Fee {
    const CELL_SCHEMA_NAME: &'static str = "FeeCell";
    const CELL_TITLE: &'static str = "金额单元格（万元）";
}

/// Reads a sum of money from a JSON string, refusing JSON numbers (they would pass through
/// a binary float on most readers).
struct MoneyTextVisitor<T> {
    what: &'static str,
    parse: fn(&str) -> Result<T, MoneyError>,
}

impl<T> MoneyTextVisitor<T> {
    fn number<E: de::Error>(&self, shown: &dyn fmt::Display) -> E {
        E::custom(format_args!(
            "money must be a JSON string, not the number {shown}: expected {}",
            self.what
        ))
    }
}

impl<T> Visitor<'_> for MoneyTextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        Err(self.number(&v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        Err(self.number(&v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        Err(self.number(&v))
    }
}

/// The unit a sum of money was reported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(
    title = FieldText::MoneyUnit.label(),
    description = "The unit a sum of money was reported in."
)]
pub enum MoneyUnit {
    /// 元.
    Yuan,
    /// 万元 (10 000 元).
    WanYuan,
}

impl MoneyUnit {
    /// The unit as printed: 元 or 万元.
    pub const fn label(self) -> &'static str {
        match self {
            MoneyUnit::Yuan => "元",
            MoneyUnit::WanYuan => "万元",
        }
    }
}

/// A non-negative decimal kept at exactly the precision it was given (`"3940"`,
/// `"48359.899368"`): at most 16 digits before the point and 12 after.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExactDecimal(Decimal);

impl ExactDecimal {
    /// Zero, written "0".
    pub const ZERO: ExactDecimal = ExactDecimal(Decimal::ZERO);

    /// The value; refused when negative or beyond 16 + 12 digits. Its scale is kept.
    pub fn new(value: Decimal) -> Result<ExactDecimal, MoneyError> {
        if value.is_sign_negative() && !value.is_zero() {
            return Err(MoneyError::Negative { value });
        }
        let mut value = value;
        value.set_sign_positive(true);
        let text = value.to_string();
        check_plain_decimal(&text, MAX_AMOUNT_PLACES)?;
        Ok(ExactDecimal(value))
    }

    /// The value.
    pub const fn get(self) -> Decimal {
        self.0
    }
}

/// Parses plain decimal text, keeping its scale: `"3940"`, `"48359.899368"`.
impl FromStr for ExactDecimal {
    type Err = MoneyError;
    fn from_str(text: &str) -> Result<ExactDecimal, MoneyError> {
        check_plain_decimal(text, MAX_AMOUNT_PLACES)?;
        Ok(ExactDecimal(parse_checked(text)?))
    }
}

impl fmt::Display for ExactDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for ExactDecimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ExactDecimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MoneyTextVisitor {
            what: "a non-negative decimal as a string, e.g. \"3940\" or \"48359.899368\"",
            parse: ExactDecimal::from_str,
        })
    }
}

impl JsonSchema for ExactDecimal {
    fn schema_name() -> Cow<'static, str> {
        "ExactDecimal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": "精确数值",
            "description": "A non-negative decimal as a string, kept at the precision given (at most 16 digits before the point and 12 after).",
            "type": "string",
            "pattern": "^(0|[1-9][0-9]{0,15})(\\.[0-9]{1,12})?$",
        })
    }
}

impl CellValue for ExactDecimal {
    const CELL_SCHEMA_NAME: &'static str = "DecimalCell";
    const CELL_TITLE: &'static str = "数值单元格";
}

/// A sum of money other than the part 二 fee, exactly as reported, with its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "金额",
    description = "A sum of money exactly as reported, with its unit."
)]
pub struct Amount {
    /// The sum, at the precision reported.
    #[schemars(title = "数额")]
    pub value: ExactDecimal,
    /// The unit it was reported in.
    #[schemars(title = FieldText::Unit.label())]
    pub unit: MoneyUnit,
}

impl Amount {
    /// An amount in 元.
    pub fn yuan(value: ExactDecimal) -> Amount {
        Amount {
            value,
            unit: MoneyUnit::Yuan,
        }
    }

    /// An amount in 万元.
    pub fn wan_yuan(value: ExactDecimal) -> Amount {
        Amount {
            value,
            unit: MoneyUnit::WanYuan,
        }
    }

    /// The amount in 元, exactly (a 万元 amount is multiplied by 10 000, by moving the decimal
    /// point, so no digit is ever rounded away).
    pub fn in_yuan(self) -> Decimal {
        let value = self.value.get();
        match self.unit {
            MoneyUnit::Yuan => value,
            MoneyUnit::WanYuan if value.scale() >= 4 => {
                let mut yuan = value;
                // Lowering the scale by 4 keeps the same digits: always representable.
                if yuan.set_scale(value.scale() - 4).is_ok() {
                    yuan
                } else {
                    value * Decimal::from(10_000)
                }
            }
            // At most 16 + 4 integer digits and 3 decimals: exact.
            MoneyUnit::WanYuan => value * Decimal::from(10_000),
        }
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.value, self.unit.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn a_fee_always_has_four_places() {
        assert_eq!(Fee::new(dec("27.25")).unwrap().to_string(), "27.2500");
        assert_eq!(Fee::new(dec("0")).unwrap().to_string(), "0.0000");
        assert_eq!(Fee::new(dec("96171.6")).unwrap().to_string(), "96171.6000");
        assert_eq!(
            Fee::new(dec("59237.2449")).unwrap().to_string(),
            "59237.2449"
        );
        // trailing zeros beyond the fourth place are not precision
        assert_eq!(Fee::new(dec("1.230000")).unwrap().to_string(), "1.2300");
        assert_eq!(Fee::ZERO.to_string(), "0.0000");
    }

    #[test]
    fn a_fifth_nonzero_place_is_refused_not_rounded() {
        assert_eq!(
            Fee::new(dec("27.123456")),
            Err(MoneyError::TooPrecise {
                value: dec("27.123456"),
                places: 4
            })
        );
    }

    #[test]
    fn rounding_is_half_up_only_when_asked() {
        assert_eq!(
            Fee::round_half_up(dec("0.00005")).unwrap().to_string(),
            "0.0001"
        );
        assert_eq!(
            Fee::round_half_up(dec("0.00015")).unwrap().to_string(),
            "0.0002"
        );
        assert_eq!(
            Fee::round_half_up(dec("2.12344")).unwrap().to_string(),
            "2.1234"
        );
    }

    #[test]
    fn negative_fees_are_refused() {
        assert_eq!(
            Fee::new(dec("-1")),
            Err(MoneyError::Negative { value: dec("-1") })
        );
        assert_eq!(Fee::new(dec("-0")).unwrap().to_string(), "0.0000");
    }

    #[test]
    fn yuan_convert_exactly() {
        assert_eq!(
            Fee::from_yuan(dec("272500")).unwrap().to_string(),
            "27.2500"
        );
        assert_eq!(Fee::from_yuan(dec("1")).unwrap().to_string(), "0.0001");
        assert_eq!(
            Fee::from_yuan(dec("272500")).unwrap().yuan().to_string(),
            "272500"
        );
        assert!(matches!(
            Fee::from_yuan(dec("0.5")),
            Err(MoneyError::TooPrecise { .. })
        ));
    }

    #[test]
    fn printed_text_parses_strictly() {
        assert_eq!("27.25".parse::<Fee>().unwrap().to_string(), "27.2500");
        for bad in [
            "1e3", "1_000.0", "+1", "-1", " 1", "1.", ".5", "01", "1,000", "", "NaN",
        ] {
            assert!(
                matches!(bad.parse::<Fee>(), Err(MoneyError::NotDecimal { .. })),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn canonical_text_needs_exactly_four_places() {
        assert_eq!(
            Fee::from_canonical("27.2500").unwrap().to_string(),
            "27.2500"
        );
        for bad in [
            "27.25",
            "27",
            "27.25000",
            "1e3",
            "1_000.0000",
            "-1.0000",
            "01.0000",
        ] {
            assert!(Fee::from_canonical(bad).is_err(), "{bad:?}");
        }
        assert!(matches!(
            Fee::from_canonical("12345678901234567.0000"),
            Err(MoneyError::TooLarge { .. })
        ));
    }

    #[test]
    fn amounts_keep_their_precision() {
        let a: ExactDecimal = "48359.899368".parse().unwrap();
        assert_eq!(a.to_string(), "48359.899368");
        let b: ExactDecimal = "3940".parse().unwrap();
        assert_eq!(Amount::yuan(b).to_string(), "3940元");
        assert_eq!(Amount::wan_yuan(a).in_yuan().to_string(), "483598993.68");
        assert!("12..5".parse::<ExactDecimal>().is_err());
        // the largest amount, 16 + 12 digits, converts without losing a digit
        let big: ExactDecimal = "9999999999999999.999999999999".parse().unwrap();
        assert_eq!(
            Amount::wan_yuan(big).in_yuan().to_string(),
            "99999999999999999999.99999999"
        );
        let small: ExactDecimal = "1.5".parse().unwrap();
        assert_eq!(Amount::wan_yuan(small).in_yuan().to_string(), "15000.0");
    }
}
