//! Rendering any report in every format: no panic; each rendering is read back by the
//! parser without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, parse};
use ogi_report::render::{self, Html};
use ogi_report::{Report, validate};

fuzz_target!(|data: &[u8]| {
    let Ok(report) = Report::from_json_slice(data) else {
        return;
    };
    let validation = validate(&report);
    let page = Html::new(&report).with_findings(&validation).page();
    let fragment = Html::new(&report).id_prefix("f-").fragment();
    assert!(page.len() > fragment.len());
    for text in [render::markdown(&report), render::text(&report), page] {
        let _ = parse(&text, &ParseOptions::default());
    }
});
