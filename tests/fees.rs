//! The 信息处理费 schedules: the spec's examples, the tiers, the closed form against a
//! brute-force sum, and inputs past any real case.

use ogi_report::fees::{self, FeeError, Schedule, Tier, Yuan};
use proptest::prelude::*;

fn amount(schedule: Schedule, units: u64) -> u64 {
    schedule.charge(units).unwrap().amount.get()
}

#[test]
fn per_piece_totals_from_the_spec() {
    // 1–10 free; 11–30 at 100; 31–40 at 200; 41–50 at 300; 51–60 at 400.
    let cases = [
        (0, 0),
        (10, 0),
        (11, 100),
        (20, 1_000),
        (30, 2_000),
        (31, 2_200),
        (40, 4_000),
        (50, 7_000),
        (60, 11_000),
    ];
    for (pieces, yuan) in cases {
        assert_eq!(
            fees::per_piece(pieces).unwrap().amount,
            Yuan::new(yuan),
            "{pieces}"
        );
    }
}

#[test]
fn per_page_totals_from_the_spec() {
    // 1–30 free; 31–100 at 10; 101–200 at 20; from 201 at 40.
    let cases = [
        (0, 0),
        (30, 0),
        (31, 10),
        (100, 700),
        (150, 1_700),
        (200, 2_700),
        (250, 4_700),
    ];
    for (pages, yuan) in cases {
        assert_eq!(
            fees::per_page(pages).unwrap().amount,
            Yuan::new(yuan),
            "{pages}"
        );
    }
}

fn tiers(schedule: Schedule, units: u64) -> Vec<(u64, u64, u64, u64)> {
    schedule
        .charge(units)
        .unwrap()
        .tiers()
        .map(|t| (t.first, t.last, t.price.get(), t.amount.get()))
        .collect()
}

#[test]
fn a_charge_breaks_down_by_tier() {
    assert_eq!(
        tiers(Schedule::PerPiece, 45),
        [
            (1, 10, 0, 0),
            (11, 30, 100, 2_000),
            (31, 40, 200, 2_000),
            (41, 45, 300, 1_500)
        ]
    );
    assert_eq!(
        tiers(Schedule::PerPage, 250),
        [
            (1, 30, 0, 0),
            (31, 100, 10, 700),
            (101, 200, 20, 2_000),
            (201, 250, 40, 2_000)
        ]
    );
    assert_eq!(tiers(Schedule::PerPage, 7), [(1, 7, 0, 0)]);
    assert_eq!(tiers(Schedule::PerPiece, 0), []);
    let charge = fees::per_piece(45).unwrap();
    assert_eq!(
        serde_json::to_value(charge).unwrap(),
        serde_json::json!({"schedule": "per_piece", "units": 45, "amount": 5500})
    );
    let first: Tier = charge.tiers().nth(3).unwrap();
    assert_eq!(
        serde_json::to_value(first).unwrap(),
        serde_json::json!({"first": 41, "last": 45, "price": 300, "amount": 1500})
    );
}

#[test]
fn the_price_of_each_unit_at_the_tier_boundaries() {
    let piece = |k| Schedule::PerPiece.price_of(k).map(Yuan::get);
    assert_eq!(
        [0, 1, 10, 11, 30, 31, 40, 41, 50, 51, 101].map(piece),
        [
            None,
            Some(0),
            Some(0),
            Some(100),
            Some(100),
            Some(200),
            Some(200),
            Some(300),
            Some(300),
            Some(400),
            Some(900)
        ]
    );
    let page = |k| Schedule::PerPage.price_of(k).map(Yuan::get);
    assert_eq!(
        [0, 1, 30, 31, 100, 101, 200, 201, u64::MAX].map(page),
        [
            None,
            Some(0),
            Some(0),
            Some(10),
            Some(10),
            Some(20),
            Some(20),
            Some(40),
            Some(40)
        ]
    );
    // The k-th piece from 31: 100 × (2 + ⌊(k − 31) / 10⌋).
    assert_eq!(piece(1_000_000_031), Some(100 * (2 + 100_000_000)));
    // Past u64, no price.
    assert_eq!(piece(u64::MAX), None);
}

#[test]
fn the_closed_form_equals_the_sum_of_unit_prices_up_to_a_million() {
    for schedule in [Schedule::PerPiece, Schedule::PerPage] {
        let mut sum: u64 = 0;
        for n in 1..=1_000_000u64 {
            sum += schedule.price_of(n).unwrap().get();
            if n % 997 == 0 || n <= 300 || n == 1_000_000 {
                assert_eq!(amount(schedule, n), sum, "{schedule:?} {n}");
            }
        }
        let tiers_sum: u64 = schedule
            .charge(1_000_000)
            .unwrap()
            .tiers()
            .map(|t| t.amount.get())
            .sum();
        assert_eq!(tiers_sum, sum);
    }
}

#[test]
fn past_any_real_case_is_an_error_not_an_overflow() {
    for schedule in [Schedule::PerPiece, Schedule::PerPage] {
        assert_eq!(
            schedule.charge(u64::MAX),
            Err(FeeError::TooLarge {
                schedule,
                units: u64::MAX
            })
        );
    }
    assert_eq!(
        fees::per_page(u64::MAX).unwrap_err().to_string(),
        "18446744073709551615 pages charged by pages come to more than 18446744073709551615 元"
    );
    // The largest page count that fits: 40 × n − 5,300 ≤ u64::MAX.
    let fits = (u64::MAX as u128 + 5_300) / 40;
    assert_eq!(
        fees::per_page(fits as u64).unwrap().amount.get() as u128,
        40 * fits - 5_300
    );
    assert!(fees::per_page(fits as u64 + 1).is_err());
    // Per piece the amount grows as the square (about 500 × (n / 10)² 元): 1.5 × 10⁹ pieces
    // fit, 2 × 10⁹ do not.
    assert!(fees::per_piece(1_500_000_000).is_ok());
    assert!(fees::per_piece(2_000_000_000).is_err());
}

#[test]
fn an_amount_prints_with_thousands_separators() {
    assert_eq!(Yuan::new(11_000).to_string(), "11,000");
    assert_eq!(Yuan::new(0).to_string(), "0");
    assert_eq!(Yuan::new(999).to_string(), "999");
    assert_eq!(Yuan::new(1_000_000).to_string(), "1,000,000");
    assert_eq!(format!("{:>8}", Yuan::new(4_700)), "   4,700");
    assert_eq!(Schedule::PerPiece.to_string(), "按件计收");
}

proptest! {
    #[test]
    fn the_amount_is_monotone_and_rises_by_the_next_units_price(
        n in 0u64..1_000_000_000,
        per_piece in any::<bool>(),
    ) {
        let schedule = if per_piece { Schedule::PerPiece } else { Schedule::PerPage };
        let here = amount(schedule, n);
        let next = amount(schedule, n + 1);
        prop_assert!(next >= here);
        prop_assert_eq!(next - here, schedule.price_of(n + 1).unwrap().get());
        // The tiers add up to the amount and cover 1..=n without a gap.
        let charge = schedule.charge(n).unwrap();
        let mut expected_first = 1;
        let mut total = 0u64;
        for tier in charge.tiers().take(64) {
            prop_assert_eq!(tier.first, expected_first);
            prop_assert_eq!(tier.price, schedule.price_of(tier.first).unwrap());
            prop_assert_eq!(tier.price, schedule.price_of(tier.last).unwrap());
            total += tier.amount.get();
            expected_first = tier.last + 1;
        }
        if expected_first > n {
            prop_assert_eq!(total, here);
        }
    }
}

proptest! {
    #[test]
    fn the_tiers_count_and_read_the_same_from_either_end(
        n in 0u64..20_000,
        per_piece in any::<bool>(),
    ) {
        let schedule = if per_piece { Schedule::PerPiece } else { Schedule::PerPage };
        let charge = schedule.charge(n).unwrap();
        let forward: Vec<Tier> = charge.tiers().collect();
        let mut backward: Vec<Tier> = charge.tiers().rev().collect();
        backward.reverse();
        prop_assert_eq!(charge.tier_count(), forward.len() as u64);
        prop_assert_eq!(&backward, &forward);
        // Met in the middle: three from the front, the rest from the back, each tier once.
        let mut both = charge.tiers();
        let mut met: Vec<Tier> = both.by_ref().take(3).collect();
        let mut rest: Vec<Tier> = both.rev().collect();
        rest.reverse();
        met.extend(rest);
        prop_assert_eq!(met, forward);
    }
}

#[test]
fn the_last_tier_of_a_huge_charge_is_read_without_walking() {
    let charge = fees::per_piece(1_500_000_000).unwrap();
    assert_eq!(charge.tier_count(), 150_000_000 - 1);
    let last = charge.tiers().next_back().unwrap();
    assert_eq!(
        (last.first, last.last, last.price.get(), last.amount.get()),
        (
            1_499_999_991,
            1_500_000_000,
            14_999_999_800,
            149_999_998_000
        )
    );
    let pages = fees::per_page(u64::MAX / 64).unwrap();
    let last = pages.tiers().next_back().unwrap();
    assert_eq!(
        (last.first, last.last, last.price.get()),
        (201, u64::MAX / 64, 40)
    );
    assert_eq!(pages.tier_count(), 4);
}
