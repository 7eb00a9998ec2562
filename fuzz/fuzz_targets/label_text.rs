//! Label text with brackets, built from the bytes (structure-aware): a real report's text
//! with lines made of runs of brackets (ASCII, full-width, square, lenticular), row labels
//! and their pieces, numbering and digits, up to 64 KiB. The reader's work must stay linear in
//! a line's length: 400,000 brackets on a line once took 5 s, and work that grows with the
//! square of 64 KiB passes libFuzzer's time limit (10 s an input). Every span lies inside the
//! input.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{ParseOptions, parse};

const SEED: &str = include_str!("../../tests/fixtures/seeds/002_e5cb504301f5c306.txt");

/// The pieces a line is built of.
const PIECES: &[&str] = &[
    "（", "）", "(", ")", "[", "]", "【", "】", "〔", "〕", "行政许可", "行政处罚", "不予公开",
    "（三）", "1.", "一、", "其他", "总计", "小计", "申请人", "0", "12", " ", "\t", "、", "，",
    "|", "zhèng", "（一）予以公开", "属于国家秘密",
];

fn text(u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = String::from(SEED);
    while !u.is_empty() && text.len() < 64 << 10 {
        let piece = PIECES[u.choose_index(PIECES.len())?];
        let times = 1usize << u.int_in_range(0..=12)?;
        text.push_str(&piece.repeat(times));
        if u.ratio(1, 8)? {
            text.push('\n');
        }
    }
    Ok(text)
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(text) = text(&mut u) else {
        return;
    };
    let Ok(parsed) = parse(&text, &ParseOptions::default()) else {
        return;
    };
    for span in parsed
        .spans
        .iter()
        .map(|s| s.span)
        .chain(parsed.findings.iter().filter_map(|f| f.span))
    {
        assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
});
