//! Validation of any report the reader accepts: no panic, and its findings written as JSON
//! read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::{Report, validate};
use ogi_report::findings::Validation;

fuzz_target!(|data: &[u8]| {
    let Ok(report) = Report::from_json_slice(data) else {
        return;
    };
    let validation = validate(&report);
    let json = validation.to_json();
    assert_eq!(Validation::from_json(&json).expect("findings read back"), validation);
    // Validation never changes the report.
    assert_eq!(Report::from_json(&report.to_json()).ok().as_ref(), Some(&report));
});
