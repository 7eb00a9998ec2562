//! The parser on any bytes, in every text form (with HTML): an error or a report, never a
//! panic; every span it gives lies inside the input, on a character boundary.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, parse};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(parsed) = parse(text, &ParseOptions::default()) else {
        return;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for span in parsed
        .spans
        .iter()
        .map(|s| s.span)
        .chain(parsed.findings.iter().filter_map(|f| f.span))
    {
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    let _ = ogi_report::validate(&parsed.report);
});
