//! An exact fraction of two integers: the value of a rate, shared by the metrics and the
//! validator's check of printed rates (re-exported as `metrics::Ratio`).

use std::fmt;

use rust_decimal::Decimal;

/// An exact fraction of two integers with a positive denominator, as the operands sum:
/// `966/1453` stays `966/1453`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ratio {
    numerator: i64,
    denominator: i64,
}

impl Ratio {
    /// The most decimal places [`Ratio::to_decimal`] and [`Ratio::percent`] give.
    pub const MAX_PLACES: u32 = 8;

    /// The largest numerator or denominator, in absolute value: 2^60.
    pub const MAX_OPERAND: i64 = 1 << 60;

    /// A ratio; `None` when the denominator is not positive or an operand is beyond
    /// [`Ratio::MAX_OPERAND`].
    pub const fn new(numerator: i64, denominator: i64) -> Option<Ratio> {
        if denominator <= 0
            || denominator > Self::MAX_OPERAND
            || numerator > Self::MAX_OPERAND
            || numerator < -Self::MAX_OPERAND
        {
            return None;
        }
        Some(Ratio {
            numerator,
            denominator,
        })
    }

    /// The numerator, as summed.
    pub const fn numerator(self) -> i64 {
        self.numerator
    }

    /// The denominator, as summed (always positive).
    pub const fn denominator(self) -> i64 {
        self.denominator
    }

    /// `numerator × 10^places × scale ÷ denominator`, rounded half away from zero, or cut
    /// toward zero.
    fn scaled(self, places: u32, scale: i128, half_up: bool) -> Decimal {
        let places = places.min(Self::MAX_PLACES);
        let n = i128::from(self.numerator) * scale * 10i128.pow(places);
        let d = i128::from(self.denominator);
        let magnitude = if half_up {
            (2 * n.abs() + d) / (2 * d)
        } else {
            n.abs() / d
        };
        let value = if n < 0 { -magnitude } else { magnitude };
        // |value| ≤ 2^60 × 100 × 10^8 < 2^96: always representable.
        Decimal::try_from_i128_with_scale(value, places).unwrap_or_default()
    }

    /// The fraction as a decimal with `places` decimals (at most [`Ratio::MAX_PLACES`]),
    /// rounded half away from zero: `966/1453` to 4 places is `0.6648`.
    pub fn to_decimal(self, places: u32) -> Decimal {
        self.scaled(places, 1, true)
    }

    /// The fraction in percent with `places` decimals (at most [`Ratio::MAX_PLACES`]),
    /// rounded half away from zero: `966/1453` to 2 places is `66.48`.
    pub fn percent(self, places: u32) -> Decimal {
        self.scaled(places, 100, true)
    }

    /// The fraction in percent with `places` decimals, the further decimals cut off (some
    /// reports print rates so): `2/3` to 1 place is `66.6`.
    pub fn percent_cut(self, places: u32) -> Decimal {
        self.scaled(places, 100, false)
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.numerator, self.denominator)
    }
}
