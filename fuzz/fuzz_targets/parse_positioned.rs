//! Positioned text (as PDF and OCR libraries give it) made from any bytes: pieces of text with
//! boxes, including boxes that are empty, inverted, huge, or not numbers at all.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, TextPiece, layout_text, parse_positioned};

/// Pieces from bytes: each line is `page x0 y0 x1 y1 text`; a field that is not a number
/// becomes NaN, infinity or a large value by its first byte.
fn pieces(data: &[u8]) -> Vec<TextPiece> {
    let text = String::from_utf8_lossy(data);
    text.lines()
        .take(2_000)
        .map(|line| {
            let mut fields = line.splitn(6, ' ');
            let mut number = || {
                let field = fields.next().unwrap_or("");
                field.parse::<f64>().unwrap_or(match field.bytes().next() {
                    Some(b'n') => f64::NAN,
                    Some(b'i') => f64::INFINITY,
                    Some(b'-') => -1e300,
                    _ => 0.0,
                })
            };
            let page = number();
            let (x0, y0, x1, y1) = (number(), number(), number(), number());
            let text = fields.next().unwrap_or("").to_owned();
            TextPiece::new(text, page.clamp(0.0, 1e6) as u32, x0, y0, x1, y1)
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let pieces = pieces(data);
    let laid_out = layout_text(&pieces);
    if let Ok(parsed) = parse_positioned(&pieces, &ParseOptions::default()) {
        for span in parsed.spans.iter().map(|s| s.span) {
            assert!(span.end <= laid_out.len());
        }
    }
});
