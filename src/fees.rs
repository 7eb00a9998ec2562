//! The 信息处理费: what an agency may charge an applicant whose requests exceed a quantity or a
//! frequency (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号, in force from 2021-01-01).
//!
//! Two schedules, both marginal (超额累进): each unit is priced by the tier it falls in. An
//! application is charged by one schedule, never both; [`Schedule`] names which.
//!
//! - [`per_piece`] (按件计收): the pieces one applicant applies for within one natural month.
//!   Pieces 1–10 are free, 11–30 cost 100 元 each, and from piece 31 each step of ten costs
//!   100 元 more than the one before: 31–40 at 200 元, 41–50 at 300 元, and so on.
//! - [`per_page`] (按量计收): the pages of one application. Pages 1–30 are free, 31–100 cost
//!   10 元 each, 101–200 cost 20 元, and from page 201 40 元.
//!
//! Amounts are whole 元 ([`Yuan`], an integer); no rounding arises. The amount an agency
//! collected in the year is reported in part 六, in 元, and is never part 二's 行政事业性收费.
//!
//! ```
//! use ogi_report::fees::{self, Schedule};
//!
//! let charge = fees::per_piece(31)?;
//! assert_eq!(charge.amount.get(), 2_200);
//! let tiers: Vec<_> = charge.tiers().map(|t| (t.first, t.last, t.price.get(), t.amount.get())).collect();
//! assert_eq!(tiers, [(1, 10, 0, 0), (11, 30, 100, 2_000), (31, 31, 200, 200)]);
//!
//! assert_eq!(Schedule::PerPage.charge(250)?.amount.get(), 4_700);
//! assert!(fees::per_page(u64::MAX).is_err());
//! # Ok::<(), fees::FeeError>(())
//! ```

use std::fmt;

use serde::Serialize;

/// An amount in whole 元.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
#[serde(transparent)]
pub struct Yuan(u64);

impl Yuan {
    /// An amount.
    pub const fn new(yuan: u64) -> Yuan {
        Yuan(yuan)
    }

    /// The amount in 元.
    pub const fn get(self) -> u64 {
        self.0
    }
}

impl fmt::Display for Yuan {
    /// The amount with thousands separators: `11,000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.0.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        f.pad(&out)
    }
}

/// How an application is charged: by pieces in a month, or by pages. One, never both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Schedule {
    /// 按件计收: by the pieces one applicant applies for within one natural month.
    PerPiece,
    /// 按量计收: by the pages of one application.
    PerPage,
}

impl Schedule {
    /// The schedule's name in Chinese: 按件计收 or 按量计收.
    pub const fn label(self) -> &'static str {
        match self {
            Schedule::PerPiece => "按件计收",
            Schedule::PerPage => "按量计收",
        }
    }

    /// The schedule's name in English.
    pub const fn title_en(self) -> &'static str {
        match self {
            Schedule::PerPiece => "by pieces in a month",
            Schedule::PerPage => "by pages",
        }
    }

    /// The unit counted, in Chinese: 件 or 页.
    pub const fn unit_zh(self) -> &'static str {
        match self {
            Schedule::PerPiece => "件",
            Schedule::PerPage => "页",
        }
    }

    /// The unit counted, in English: piece or page.
    pub const fn unit_en(self) -> &'static str {
        match self {
            Schedule::PerPiece => "piece",
            Schedule::PerPage => "page",
        }
    }

    /// The price of the `k`-th unit (counting from 1); `None` for unit 0 or a price beyond
    /// `u64`.
    pub fn price_of(self, k: u64) -> Option<Yuan> {
        if k == 0 {
            return None;
        }
        match self {
            Schedule::PerPiece => match k {
                1..=10 => Some(Yuan(0)),
                11..=30 => Some(Yuan(100)),
                _ => ((k - 31) / 10 + 2).checked_mul(100).map(Yuan),
            },
            Schedule::PerPage => Some(Yuan(match k {
                1..=30 => 0,
                31..=100 => 10,
                101..=200 => 20,
                _ => 40,
            })),
        }
    }

    /// The amount for `units` units, with its tiers.
    pub fn charge(self, units: u64) -> Result<Charge, FeeError> {
        let amount = self.amount(units).ok_or(FeeError::TooLarge {
            schedule: self,
            units,
        })?;
        Ok(Charge {
            schedule: self,
            units,
            amount,
        })
    }

    /// The closed form of the amount; `None` beyond `u64`.
    fn amount(self, units: u64) -> Option<Yuan> {
        let n = u128::from(units);
        let total: u128 = match self {
            Schedule::PerPiece => {
                if n <= 10 {
                    0
                } else if n <= 30 {
                    (n - 10) * 100
                } else {
                    // Steps of ten from piece 31: step j (from 0) costs 100 × (2 + j) a piece.
                    // Σ_{j<steps} 1,000 × (2 + j) = 1,000 × (2·steps + steps·(steps − 1)/2).
                    let (steps, rest) = ((n - 30) / 10, (n - 30) % 10);
                    let triangle = steps.checked_mul(steps.saturating_sub(1))? / 2;
                    let full = (2 * steps).checked_add(triangle)?.checked_mul(1_000)?;
                    let partial = (100 * rest).checked_mul(2 + steps)?;
                    full.checked_add(partial)?.checked_add(2_000)?
                }
            }
            Schedule::PerPage => {
                let band = |from: u128, to: u128| n.min(to).saturating_sub(from - 1);
                10 * band(31, 100) + 20 * band(101, 200) + 40 * n.saturating_sub(200)
            }
        };
        u64::try_from(total).ok().map(Yuan)
    }

    /// The first and last unit of the tier that holds the `k`-th unit.
    fn tier_bounds(self, k: u64) -> (u64, u64) {
        match (self, k) {
            (Schedule::PerPiece, 0..=10) => (1, 10),
            (Schedule::PerPiece, 11..=30) => (11, 30),
            (Schedule::PerPiece, _) => {
                let first = 31 + (k - 31) / 10 * 10;
                (first, first.saturating_add(9))
            }
            (Schedule::PerPage, 0..=30) => (1, 30),
            (Schedule::PerPage, 31..=100) => (31, 100),
            (Schedule::PerPage, 101..=200) => (101, 200),
            (Schedule::PerPage, _) => (201, u64::MAX),
        }
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// An amount that would not fit in `u64` 元: far beyond any real application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FeeError {
    /// The amount for this many units is beyond `u64` 元.
    #[error("{units} {unit}s charged {schedule} come to more than {max} 元", unit = schedule.unit_en(), schedule = schedule.title_en(), max = u64::MAX)]
    TooLarge {
        /// The schedule.
        schedule: Schedule,
        /// The units asked for.
        units: u64,
    },
}

/// What an application (or an applicant's month) is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Charge {
    /// The schedule.
    pub schedule: Schedule,
    /// The pieces or pages.
    pub units: u64,
    /// The amount.
    pub amount: Yuan,
}

impl Charge {
    /// The tiers the units fall in, cheapest first, each with the units charged in it. Lazy:
    /// the per-piece schedule has a tier for every ten pieces past 30.
    pub fn tiers(&self) -> Tiers {
        Tiers {
            schedule: self.schedule,
            next: 1,
            back: self.units,
        }
    }

    /// How many tiers [`Charge::tiers`] yields, without walking them.
    pub fn tier_count(&self) -> u64 {
        match (self.schedule, self.units) {
            (_, 0) => 0,
            (Schedule::PerPiece, 1..=10) | (Schedule::PerPage, 1..=30) => 1,
            (Schedule::PerPiece, 11..=30) | (Schedule::PerPage, 31..=100) => 2,
            (Schedule::PerPiece, n) => 2 + (n - 30).div_ceil(10),
            (Schedule::PerPage, 101..=200) => 3,
            (Schedule::PerPage, _) => 4,
        }
    }
}

/// One tier of a charge: units `first..=last` at `price` each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Tier {
    /// The first unit charged in the tier.
    pub first: u64,
    /// The last unit charged in the tier (the charge's last unit in its last tier).
    pub last: u64,
    /// The price of each unit.
    pub price: Yuan,
    /// `price × (last − first + 1)`.
    pub amount: Yuan,
}

/// The tiers of a [`Charge`], from [`Charge::tiers`], from either end.
#[derive(Debug, Clone)]
pub struct Tiers {
    schedule: Schedule,
    /// The first unit not yet yielded from the front.
    next: u64,
    /// The last unit not yet yielded from the back.
    back: u64,
}

impl Tiers {
    fn tier(&self, first: u64, last: u64) -> Option<Tier> {
        let price = self.schedule.price_of(first)?;
        // The charge's total fits in u64, so each tier's does.
        let amount = price.get().checked_mul(last - first + 1)?;
        Some(Tier {
            first,
            last,
            price,
            amount: Yuan(amount),
        })
    }
}

impl Iterator for Tiers {
    type Item = Tier;

    fn next(&mut self) -> Option<Tier> {
        if self.next == 0 || self.next > self.back {
            return None;
        }
        let (first, end) = self.schedule.tier_bounds(self.next);
        let last = end.min(self.back);
        let tier = self.tier(first.max(self.next), last)?;
        // Past u64::MAX there is nothing left: 0 marks the end.
        self.next = last.checked_add(1).unwrap_or(0);
        Some(tier)
    }
}

impl DoubleEndedIterator for Tiers {
    fn next_back(&mut self) -> Option<Tier> {
        if self.next == 0 || self.next > self.back {
            return None;
        }
        let (first, _) = self.schedule.tier_bounds(self.back);
        let first = first.max(self.next);
        let tier = self.tier(first, self.back)?;
        self.back = first - 1;
        if self.back == 0 {
            self.next = 0;
        }
        Some(tier)
    }
}

/// The charge for `pieces` pieces one applicant applies for within one natural month
/// (按件计收).
pub fn per_piece(pieces: u64) -> Result<Charge, FeeError> {
    Schedule::PerPiece.charge(pieces)
}

/// The charge for `pages` pages of one application (按量计收).
pub fn per_page(pages: u64) -> Result<Charge, FeeError> {
    Schedule::PerPage.charge(pages)
}
