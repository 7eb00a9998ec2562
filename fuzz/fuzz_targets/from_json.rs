//! `Report::from_json` on any bytes: an error or a report, never a panic; a report read is
//! written back canonical and reads back the same, byte for byte.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::Report;

fuzz_target!(|data: &[u8]| {
    let Ok(report) = Report::from_json_slice(data) else {
        return;
    };
    let canonical = report.to_json();
    let again = Report::from_json(&canonical).expect("canonical JSON reads back");
    assert_eq!(again, report);
    assert_eq!(again.to_json(), canonical);
});
