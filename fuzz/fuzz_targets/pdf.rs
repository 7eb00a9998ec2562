//! The PDF reader (feature `pdf`) on any bytes: a reason or a report, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, parse_pdf};

fuzz_target!(|data: &[u8]| {
    let _ = parse_pdf(data, &ParseOptions::default());
});
