//! The documented limits on hostile input, each met with a 100 MB input (or the shape that
//! would hurt: deep nesting, a million lines): a clear error or a result, quickly, never a
//! crash.

use ogi_report::findings::Validation;
use ogi_report::parse::{MAX_INPUT, ParseError, ParseOptions, parse, parse_bytes};
use ogi_report::{MAX_JSON, ReadError, Report};

const HUNDRED_MB: usize = 100 << 20;

#[test]
fn a_100_mb_text_is_refused_before_it_is_read() {
    let text = "一".repeat(HUNDRED_MB / 3 + 1);
    assert!(text.len() > HUNDRED_MB);
    let err = parse(&text, &ParseOptions::default()).unwrap_err();
    assert_eq!(
        err,
        ParseError::TooLarge {
            size: text.len(),
            limit: MAX_INPUT
        }
    );
    assert_eq!(
        err.to_string(),
        format!(
            "the input is {} bytes; the limit is 67108864 bytes",
            text.len()
        )
    );
    assert_eq!(
        parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap_err(),
        err
    );
}

#[test]
fn a_100_mb_json_is_refused_before_it_is_read() {
    let mut json = String::with_capacity(HUNDRED_MB + 16);
    json.push_str("{\"edition\": \"format_2021\", \"x\": \"");
    json.extend(std::iter::repeat_n('x', HUNDRED_MB));
    json.push_str("\"}");
    let err = Report::from_json(&json).unwrap_err();
    assert_eq!(
        err,
        ReadError::TooLarge {
            size: json.len(),
            limit: MAX_JSON
        }
    );
    assert_eq!(err.pointer(), None);
    assert_eq!(Report::from_json_slice(json.as_bytes()).unwrap_err(), err);
    assert_eq!(Validation::from_json(&json).unwrap_err(), err);
}

#[test]
fn json_nested_a_million_deep_is_refused_without_a_crash() {
    let json = "[".repeat(1_000_000);
    // A report is an object: an array is refused at its first byte, without descending.
    assert_eq!(
        Report::from_json(&json).unwrap_err().to_string(),
        "at the top level: a report is a JSON object"
    );
    assert_eq!(
        Validation::from_json(&json).unwrap_err(),
        ReadError::Invalid {
            pointer: "/0/0/0".into(),
            message: "invalid type: sequence, expected a string".into()
        }
    );
    // Deep in a place that takes an object: refused at the first field that is not one.
    let json = format!(
        "{{\"edition\": \"format_2021\", \"meta\": {}1{}}}",
        "{\"a\": ".repeat(100_000),
        "}".repeat(100_000)
    );
    assert_eq!(
        Report::from_json(&json).unwrap_err().pointer(),
        Some("/meta/a")
    );
    // Deep where a string belongs: refused at its first bracket.
    let json = format!(
        "{{\"edition\": \"format_2021\", \"preamble\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert_eq!(
        Report::from_json(&json).unwrap_err(),
        ReadError::Invalid {
            pointer: "/preamble".into(),
            message: "invalid type: sequence, expected a string".into()
        }
    );
}

#[test]
fn a_million_lines_of_table_furniture_read_in_linear_time() {
    // One report, then a million lines a table could hold: blank cells, pipes, page numbers.
    let mut text = String::from(include_str!("fixtures/seeds/002_e5cb504301f5c306.txt"));
    for i in 0..1_000_000 {
        text.push_str(match i % 4 {
            0 => "\t\n",
            1 => "| |\n",
            2 => "-3-\n",
            _ => "0\n",
        });
    }
    let parsed = parse(&text, &ParseOptions::default()).unwrap();
    assert_eq!(parsed.report.meta().agency, "漯河回族区城市管理局");
}

#[cfg(feature = "pdf")]
#[test]
fn a_100_mb_pdf_is_refused_before_it_is_read() {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(HUNDRED_MB, b' ');
    assert_eq!(
        ogi_report::parse::pdf_pieces(&pdf).unwrap_err(),
        ParseError::TooLarge {
            size: HUNDRED_MB,
            limit: MAX_INPUT
        }
    );
}

#[cfg(feature = "docx")]
#[test]
fn a_100_mb_docx_is_refused_before_it_is_read() {
    let mut docx = b"PK\x03\x04".to_vec();
    docx.resize(HUNDRED_MB, 0);
    assert_eq!(
        parse_bytes(&docx, &ParseOptions::default()).unwrap_err(),
        ParseError::TooLarge {
            size: HUNDRED_MB,
            limit: MAX_INPUT
        }
    );
}
