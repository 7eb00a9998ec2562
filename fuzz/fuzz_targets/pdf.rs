//! The PDF reader (feature `pdf`) on any bytes: a reason or a report, never a panic or a hang.
//!
//! `pdf-extract` panics on some malformed files; the reader catches that with
//! `catch_unwind` and reports "the PDF library failed on this file". libFuzzer's panic hook
//! would abort before the unwind is caught, so the default hook is put back: a panic that the
//! reader catches is not a crash, and one that escapes it still aborts the run.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, parse_pdf};

fuzz_target!(
    init: {
        let _ = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        let _ = parse_pdf(data, &ParseOptions::default());
    }
);
