//! `load`: bytes of any form to a report, its findings placed in the text they came from.

use ogi_report::Error as LoadError;
use ogi_report::ErrorKind;
use ogi_report::load::TextSpan;
use ogi_report::parse::{ParseError, ParseOptions};
use ogi_report::read;

const SEED_003: &str = include_str!("fixtures/seeds/003_d6691d8e51d808ed.txt");

#[test]
fn json_is_told_by_its_first_character_and_read_strictly() {
    let none = ParseOptions::default();
    // A byte-order mark and white space before the brace are still JSON.
    let err = read(b"\xef\xbb\xbf \n{\"edition\": 7}", &none).unwrap_err();
    assert!(matches!(err, LoadError::Json(_)), "{err:?}");
    assert_eq!(err.pointer(), Some("/edition"));
    let bad_year = br#"{"edition": "format_2021", "meta": {"agency": "x", "report_year": 1066}}"#;
    let err = read(bad_year, &none).unwrap_err();
    assert_eq!(err.pointer(), Some("/meta/report_year"));
    assert_eq!(
        err.to_string(),
        "at /meta/report_year: 1066 is not a plausible report year (1990–2100)"
    );
    assert_eq!(
        read(b"{\"a\": \"\xff\"}", &none).unwrap_err(),
        LoadError::NotUtf8 { offset: 7 }
    );
    // Anything else goes to the parser, and its error is the parser's.
    assert_eq!(
        read(b"", &none).unwrap_err(),
        LoadError::Parse(ParseError::Empty)
    );
    assert_eq!(read(b"", &none).unwrap_err().pointer(), None);
}

#[test]
fn every_way_in_fails_with_the_one_error_and_its_kind() {
    let none = ParseOptions::default();
    let kind = |bytes: &[u8]| read(bytes, &none).unwrap_err().kind();
    assert_eq!(kind(b"{\"edition\": 7}"), ErrorKind::Json);
    assert_eq!(kind(b"{\"a\": \"\xff\"}"), ErrorKind::Refused);
    assert_eq!(kind(b""), ErrorKind::NotAReport);
    assert_eq!(
        kind("某局的通知：本周停电。".as_bytes()),
        ErrorKind::NotAReport
    );
    assert_eq!(
        kind(b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b"),
        ErrorKind::Refused
    );
    assert_eq!(
        kind(&"1\n".repeat(200_000).into_bytes()),
        ErrorKind::TooLarge
    );
    let cancelled = ParseOptions::default().with_deadline(std::time::Instant::now());
    assert_eq!(
        read(SEED_003.as_bytes(), &cancelled).unwrap_err().kind(),
        ErrorKind::Cancelled
    );
    // A file that is not there: the path is said, and the system's error is its source.
    let path = std::path::Path::new("no/such/report.json");
    let err = ogi_report::load::load_file(path, &none).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Io);
    let LoadError::Io { path: at, source } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(at, path);
    assert_eq!(source.get().kind(), std::io::ErrorKind::NotFound);
    assert_eq!(
        err.to_string(),
        format!("no/such/report.json: {}", source.get())
    );
    let inner = std::error::Error::source(&err).and_then(std::error::Error::source);
    assert!(inner.is_some_and(|e| e.is::<std::io::Error>()));
}

#[test]
fn reading_building_and_summing_share_the_error_through_question_marks() {
    use ogi_report::aggregate::aggregate;
    use ogi_report::builder::Format2021Builder;
    use ogi_report::catalogue::{ApplicantColumn, RequestRow};
    use ogi_report::meta::ReportYear;

    fn build(disclosed: u32) -> Result<ogi_report::Report, ogi_report::Error> {
        let mut b = Format2021Builder::new("某局", ReportYear::new(2023).unwrap());
        b.applications(RequestRow::NewReceived, ApplicantColumn::NaturalPerson, 1)
            .applications(
                RequestRow::Disclosed,
                ApplicantColumn::NaturalPerson,
                disclosed,
            );
        Ok(b.build()?)
    }
    let err = build(2).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Build);
    let LoadError::Build(build_error) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(
        build_error.findings[0].pointer,
        "/requests/carried_forward/natural_person"
    );
    let sum = || -> Result<u64, ogi_report::Error> {
        let combined = aggregate(&[])?;
        Ok(combined.agencies.len() as u64)
    };
    assert_eq!(sum().unwrap_err().kind(), ErrorKind::Aggregate);
}

#[test]
fn a_published_text_lists_its_parse_findings_first_each_at_its_line() {
    let loaded = read(SEED_003.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(loaded.form, "text");
    let parsed = loaded.parsed.as_ref().unwrap();
    let findings = loaded.check();
    let n = parsed.findings.len();
    // The parser's findings first, as it gave them, then the validator's.
    let parse_rules: Vec<&str> = findings[..n].iter().map(|p| p.finding.rule.id()).collect();
    let given: Vec<&str> = parsed
        .findings
        .iter()
        .map(|f| f.finding.rule.id())
        .collect();
    assert_eq!(parse_rules, given);
    assert_eq!(
        findings[n..]
            .iter()
            .map(|p| p.finding.clone())
            .collect::<Vec<_>>(),
        loaded.report.validate().findings
    );
    // A span's line and column are those of its first byte in the text.
    for placed in &findings {
        let Some(TextSpan {
            start,
            end,
            line,
            column,
        }) = placed.span
        else {
            continue;
        };
        assert!(start <= end && end <= loaded.text.len());
        let before = &loaded.text[..start];
        assert_eq!(line, before.matches('\n').count() + 1);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        assert_eq!(column, before[line_start..].chars().count() + 1);
    }
    // Each cell read is found where the parser read it.
    let (at, cell) = loaded
        .report
        .cells()
        .find(|(at, _)| at.pointer() == "/requests/new_received/natural_person")
        .unwrap();
    let range = loaded.range_of(&at.pointer()).unwrap();
    assert_eq!(loaded.text[range].trim(), cell.display().unwrap());
}
