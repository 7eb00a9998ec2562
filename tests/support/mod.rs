//! What the integration tests share: the fixtures, and a seed with values set.
//!
//! The tests write nothing: `cargo xtask generate` writes every generated file, and the
//! test `generated` compares them (`INSTA_UPDATE=always` updates the insta snapshots).
#![allow(dead_code, reason = "each test binary uses a part of the helpers")]

use ogi_report::Report;
use serde_json::Value;

/// Seed 002 (2021 format, all zeros, balanced) as the crate writes it.
pub const SEED_002_JSON: &str = include_str!("../fixtures/reports/002_luohe_huizu_2022.json");
/// Seed 003 (2019 format, blanks and a raw cell).
pub const SEED_003_JSON: &str = include_str!("../fixtures/reports/003_liaocheng_2019.json");
/// Seed 000 (2008 era).
pub const SEED_000_JSON: &str = include_str!("../fixtures/reports/000_xinyang_2018.json");

pub use xtask::{fixture_with, json_with};

/// Seed 002 with values set.
pub fn seed_002_with(cells: &[(&str, Value)]) -> Report {
    fixture_with(SEED_002_JSON, cells)
}

pub use xtask::with_subtotal_column;
