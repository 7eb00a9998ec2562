//! The Word reader (feature `docx`) on any bytes: a reason or a report, never a panic, and no
//! more memory than its limits allow (ZIP bombs are refused).
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, docx_text, parse_docx};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = docx_text(data) {
        assert!(text.len() as u64 <= ogi_report::parse::MAX_DOCUMENT);
    }
    let _ = parse_docx(data, &ParseOptions::default());
});
