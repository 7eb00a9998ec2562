//! The documented limits on hostile input, each met with a 100 MB input (or the shape that
//! would hurt: deep nesting, a million lines, a compression bomb, millions of operators): a
//! clear error or a result, quickly, never a crash. The hostile inputs are built here, in a
//! few lines each.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use ogi_report::findings::Validation;
use ogi_report::parse::{
    MAX_INPUT, MAX_LINES, MAX_PIECES, ParseError, ParseOptions, parse, parse_bytes,
};
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

/// Seed 002 as published, then `lines` lines a table could hold: blank cells, pipes, page
/// numbers.
fn seed_and_furniture(lines: usize) -> String {
    let mut text = String::from(include_str!("fixtures/seeds/002_e5cb504301f5c306.txt"));
    for i in 0..lines {
        text.push_str(match i % 4 {
            0 => "\t\n",
            1 => "| |\n",
            2 => "-3-\n",
            _ => "0\n",
        });
    }
    text
}

#[test]
fn a_million_lines_are_refused_at_the_limit_and_a_report_within_it_is_read() {
    let seed_lines = include_str!("fixtures/seeds/002_e5cb504301f5c306.txt")
        .lines()
        .count();
    let text = seed_and_furniture(1_000_000);
    let err = parse(&text, &ParseOptions::default()).unwrap_err();
    assert_eq!(
        err,
        ParseError::TooMany {
            what: "lines",
            limit: MAX_LINES,
            line: u32::try_from(MAX_LINES + 1).unwrap(),
        }
    );
    assert_eq!(
        err.to_string(),
        "the input holds more than 100000 lines (line 100001); a report holds a few thousand, and the reader stops at 100000"
    );
    let text = seed_and_furniture(MAX_LINES - seed_lines - 1);
    let parsed = parse(&text, &ParseOptions::default()).unwrap();
    assert_eq!(parsed.report.meta().agency, "漯河回族区城市管理局");
}

#[test]
fn a_text_of_more_cells_than_the_limit_is_refused_at_the_line_that_passes_it() {
    // 60,000 lines of eight numbers: 480,000 cells, past the limit on line 50,001.
    let line = "1 2 3 4 5 6 7 8\n";
    let text = format!(
        "某某局2021年政府信息公开工作年度报告\n{}",
        line.repeat(60_000)
    );
    assert_eq!(
        parse(&text, &ParseOptions::default()).unwrap_err(),
        ParseError::TooMany {
            what: "cells",
            limit: MAX_PIECES,
            line: 50_001,
        }
    );
}

#[cfg(feature = "html")]
#[test]
fn a_parse_lists_at_most_a_thousand_findings_of_a_rule_then_says_how_many_more() {
    // A row of 1,500 values with no label: each stands outside any cell.
    let head = "<html><body><h1>某某局2021年政府信息公开工作年度报告</h1><table><tr>";
    let page = format!(
        "{head}{}</tr><tr><td>行政许可</td><td>3</td></tr></table>",
        "<td>1</td>".repeat(1_500)
    );
    let parsed = parse(&page, &ParseOptions::default()).unwrap();
    assert_eq!(licensing(&parsed.report).as_deref(), Some("3"));
    let outside: Vec<_> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule.id() == "parse.value_outside_cell")
        .collect();
    assert_eq!(outside.len(), ogi_report::parse::MAX_FINDINGS_PER_RULE + 1);
    let last = outside.last().unwrap();
    assert_eq!(
        last.finding.message.en,
        "500 more findings of this rule are not listed (at most 1000 are), from here on"
    );
    assert_eq!(
        last.finding.message.zh,
        "另有 500 条同类发现未列出（每条规则最多列出 1000 条），自此处起"
    );
    // It points at the first value left out: the 1,001st.
    let at = head.len() + 1_000 * "<td>1</td>".len() + "<td>".len();
    assert_eq!(
        last.span.map(|s| (s.start, s.line, s.column)),
        Some((
            at,
            1,
            u32::try_from(page[..at].chars().count() + 1).unwrap()
        ))
    );
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

#[test]
fn json_nested_past_128_deep_where_a_free_value_is_read_is_refused_at_the_limit() {
    // The edition's value is read as any JSON value, which serde_json follows only 128 deep.
    let json = format!("{{\"edition\": {}{}}}", "[".repeat(200), "]".repeat(200));
    // The report's object is one level: the 128th bracket is one too many.
    assert_eq!(
        Report::from_json(&json).unwrap_err(),
        ReadError::Syntax {
            line: 1,
            column: 12 + 127,
            message: "recursion limit exceeded".into()
        }
    );
    // Less deep, it is read and refused for what it is.
    let json = format!("{{\"edition\": {}{}}}", "[".repeat(100), "]".repeat(100));
    assert_eq!(
        Report::from_json(&json).unwrap_err(),
        ReadError::Invalid {
            pointer: "/edition".into(),
            message: format!(
                "the edition is a string, found {}{}",
                "[".repeat(100),
                "]".repeat(100)
            )
        }
    );
}

#[cfg(feature = "html")]
#[test]
fn html_of_more_elements_than_the_limit_is_refused_before_its_tree_is_built() {
    // html and body on line 1 with the first paragraph: element 100,001 is the paragraph of
    // line 99,999.
    let page = format!("<html><body>{}", "<p>a</p>\n".repeat(200_000));
    let err = parse(&page, &ParseOptions::default()).unwrap_err();
    assert_eq!(
        err,
        ParseError::TooMany {
            what: "HTML elements",
            limit: ogi_report::parse::MAX_HTML_ELEMENTS,
            line: 99_999,
        }
    );
    assert_eq!(
        err.to_string(),
        "the input holds more than 100000 HTML elements (line 99999); a report holds a few thousand, and the reader stops at 100000"
    );
}

#[cfg(feature = "html")]
#[test]
fn cells_spanning_64_rows_and_columns_each_are_read_without_a_grid_of_every_cell() {
    // 20,000 cells of 64 × 64: a grid of every cell they cover would hold 82 million.
    let page = format!(
        "<html><body><h1>某某局2021年政府信息公开工作年度报告</h1><table><tr>{}</tr><tr><td>行政许可</td><td>3</td></tr></table>",
        "<td rowspan=64 colspan=64>1</td>".repeat(20_000)
    );
    let parsed = parse(&page, &ParseOptions::default()).unwrap();
    assert_eq!(licensing(&parsed.report).as_deref(), Some("3"));
}

/// The 行政许可 cell as read.
#[cfg(feature = "html")]
fn licensing(report: &Report) -> Option<String> {
    report
        .cells()
        .find(|(at, _)| at.pointer() == "/proactive/licensing/decisions")
        .and_then(|(_, cell)| cell.display())
}

/// An HTML page nesting `tag` `depth` deep, closed again.
#[cfg(feature = "html")]
fn nested(tag: &str, depth: usize) -> String {
    format!(
        "<!DOCTYPE html><html><body>{}x{}</body></html>",
        format!("<{tag}>").repeat(depth),
        format!("</{tag}>").repeat(depth)
    )
}

#[cfg(feature = "html")]
fn too_deep(line: u32) -> ParseError {
    ParseError::TooDeep {
        line,
        limit: ogi_report::parse::MAX_HTML_DEPTH,
    }
}

#[cfg(feature = "html")]
#[test]
fn html_nested_a_million_deep_is_refused_before_its_tree_is_built() {
    // 7 MB of `<span>`: refused where the 257th opens, having built no tree.
    let page = nested("span", 1_000_000);
    let err = parse(&page, &ParseOptions::default()).unwrap_err();
    assert_eq!(err, too_deep(1));
    assert_eq!(
        err.to_string(),
        "the HTML nests elements more than 256 deep (line 1); the limit is 256 levels"
    );
    // Each on a line of its own: the line of the element past the limit.
    let page = format!("<html><body>\n{}", "<span>\n".repeat(1_000_000));
    assert_eq!(
        parse(&page, &ParseOptions::default()).unwrap_err(),
        too_deep(258)
    );
    // `<span/>` is no shorter: html5ever keeps a span open whatever its slash says.
    let page = format!("<html><body>{}", "<span/>".repeat(1_000_000));
    assert_eq!(
        parse(&page, &ParseOptions::default()).unwrap_err(),
        too_deep(1)
    );
}

#[cfg(feature = "html")]
#[test]
fn html_nested_deep_in_divs_and_spans_is_refused_and_a_page_at_the_limit_is_read() {
    for (tag, depth) in [
        ("span", 5_000),
        ("div", 200_000),
        ("b", 5_000),
        ("td", 5_000),
    ] {
        let page = nested(tag, depth);
        let err = parse_bytes(page.as_bytes(), &ParseOptions::default()).unwrap_err();
        if tag == "td" {
            // A cell closes the cell before it: never deep, and no report either.
            assert!(matches!(err, ParseError::NotAReport { .. }), "{tag}: {err}");
        } else {
            assert_eq!(err, too_deep(1), "{tag}");
        }
    }
    // 256 deep is read (and is no report), as are tables nested in cells 60 deep.
    let err = parse(&nested("div", 256), &ParseOptions::default()).unwrap_err();
    assert!(matches!(err, ParseError::NotAReport { .. }), "{err}");
    let tables = format!(
        "<html><body>{}x{}</body></html>",
        "<table><tr><td>".repeat(60),
        "</td></tr></table>".repeat(60)
    );
    let err = parse(&tables, &ParseOptions::default()).unwrap_err();
    assert!(matches!(err, ParseError::NotAReport { .. }), "{err}");
}

#[test]
fn a_parse_cancelled_before_it_starts_stops_at_once() {
    let flag = Arc::new(AtomicBool::new(true));
    let options = ParseOptions::default().with_cancel(flag.clone());
    let text = include_str!("fixtures/seeds/002_e5cb504301f5c306.txt");
    assert_eq!(parse(text, &options), Err(ParseError::Cancelled));
    assert_eq!(
        parse_bytes(text.as_bytes(), &options),
        Err(ParseError::Cancelled)
    );
    assert_eq!(
        ogi_report::read(text.as_bytes(), &options).unwrap_err(),
        ogi_report::Error::Parse(ParseError::Cancelled)
    );
    assert_eq!(
        ParseError::Cancelled.to_string(),
        "the parse was stopped before it was done: cancelled, or past its deadline"
    );
    // A deadline passed stops it as well; the flag cleared, the same options read it.
    let past = ParseOptions::default().with_deadline(std::time::Instant::now());
    assert_eq!(parse(text, &past), Err(ParseError::Cancelled));
    flag.store(false, Ordering::Relaxed);
    assert!(parse(text, &options).is_ok());
}

#[cfg(feature = "html")]
#[test]
fn a_parse_cancelled_while_it_reads_a_large_page_stops() {
    // A page of 60 MB in 80,000 elements (within their limit): html5ever alone takes far
    // longer to build its tree than the flag takes to be set.
    let row = format!(
        "<tr><td>行政许可{}</td><td>12</td><td>0</td></tr>\n",
        "说明".repeat(500)
    );
    let mut page = String::from("<html><body><table>");
    while page.len() < 60 << 20 {
        page.push_str(&row);
    }
    let flag = Arc::new(AtomicBool::new(false));
    let options = ParseOptions::default().with_cancel(flag.clone());
    let setter = {
        let flag = flag.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            flag.store(true, Ordering::Relaxed);
        })
    };
    assert_eq!(parse(&page, &options), Err(ParseError::Cancelled));
    setter.join().unwrap();
}

/// Hostile PDFs, built object by object.
#[cfg(feature = "pdf")]
pub(crate) mod pdf {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::ZlibEncoder;

    /// A PDF of the objects given, numbered from 1, with its cross-reference table.
    pub(crate) fn file(objects: &[Vec<u8>]) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend(body);
            out.extend(b"\nendobj\n");
        }
        let xref = out.len();
        let size = objects.len() + 1;
        out.extend(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
        for o in offsets {
            out.extend(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend(
            format!("trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n")
                .as_bytes(),
        );
        out
    }

    /// A stream object: its dictionary's entries, then its data.
    pub(crate) fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
        let mut o = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
        o.extend(data);
        o.extend(b"\nendstream");
        o
    }

    /// The catalogue, the page tree and a page (objects 1 to 3) drawing content object 4
    /// with Helvetica as /F1 (object 5), then the objects given (from 6).
    pub(crate) fn page(content: Vec<u8>, resources: &str, more: Vec<Vec<u8>>) -> Vec<u8> {
        let mut objects = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
                 /Resources << /Font << /F1 5 0 R >> {resources} >> >>"
            )
            .into_bytes(),
            content,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        ];
        objects.extend(more);
        file(&objects)
    }

    pub(crate) fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// A zlib stream of `mib` mebibytes of zeros, some 1 KB a mebibyte: a mebibyte of zeros
    /// deflated once, its blocks repeated (each refers back to zeros only), then a last
    /// empty block and the checksum.
    pub(crate) fn zeros(mib: usize) -> Vec<u8> {
        let mut deflate = flate2::Compress::new(Compression::best(), false);
        let mut block = Vec::with_capacity(1 << 16);
        deflate
            .compress_vec(&vec![0; 1 << 20], &mut block, flate2::FlushCompress::Sync)
            .unwrap();
        let mut out = vec![0x78, 0xda];
        for _ in 0..mib {
            out.extend_from_slice(&block);
        }
        out.extend([0x03, 0x00]);
        let size = (mib as u64) << 20;
        let adler = ((size % 65521) << 16) | 1;
        out.extend((adler as u32).to_be_bytes());
        out
    }
}

#[cfg(feature = "pdf")]
fn pdf_refused(reason: &str) -> ParseError {
    ParseError::Pdf {
        problem: ogi_report::parse::PdfProblem::TooLarge,
        reason: reason.into(),
    }
}

#[cfg(feature = "pdf")]
#[test]
fn the_pdfs_these_tests_build_are_read() {
    let hello = pdf::page(
        pdf::stream("", b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"),
        "",
        vec![],
    );
    let pieces = ogi_report::parse::pdf_pieces(&hello).unwrap();
    let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(text, "Hello");
    let compressed = pdf::page(
        pdf::stream(
            "/Filter /FlateDecode",
            &pdf::zlib(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET"),
        ),
        "",
        vec![],
    );
    assert_eq!(ogi_report::parse::pdf_pieces(&compressed).unwrap(), pieces);
    // The bomb is what it says: each mebibyte of zeros in some 1 KB.
    let mut two = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::ZlibDecoder::new(&pdf::zeros(2)[..]),
        &mut two,
    )
    .unwrap();
    assert_eq!(two, vec![0; 2 << 20]);
    let bomb = pdf::zeros(1024);
    assert!(bomb.len() < 1_100_000, "{}", bomb.len());
}

#[cfg(feature = "pdf")]
#[test]
fn a_flate_bomb_of_a_gibibyte_is_refused_before_it_inflates() {
    // 1 MB of content that inflates to 1 GiB of zeros: refused a mebibyte in, for its ratio.
    let bomb = pdf::zeros(1024);
    let size = bomb.len();
    let file = pdf::page(pdf::stream("/Filter /FlateDecode", &bomb), "", vec![]);
    assert_eq!(
        parse_bytes(&file, &ParseOptions::default()).unwrap_err(),
        pdf_refused(&format!(
            "the content of page 1 (object 4) inflates to more than 200 times its {size} bytes (the limit past 1048576 bytes): a compression bomb"
        ))
    );
}

#[cfg(feature = "pdf")]
#[test]
fn images_inflate_within_the_limit_of_all_streams_together() {
    // An image may inflate far (a blank scan does), but all streams together no further
    // than 64 MiB: a 65 MiB image is refused as it passes it.
    let image = pdf::stream(
        "/Type /XObject /Subtype /Image /Width 8192 /Height 8320 /ColorSpace /DeviceGray \
         /BitsPerComponent 8 /Filter /FlateDecode",
        &pdf::zeros(65),
    );
    let file = pdf::page(
        pdf::stream("", b"q 100 0 0 100 0 0 cm /Im1 Do Q"),
        "/XObject << /Im1 6 0 R >>",
        vec![image],
    );
    assert_eq!(
        ogi_report::parse::pdf_pieces(&file).unwrap_err(),
        pdf_refused(
            "its streams inflate to more than 67108864 bytes in all (the limit), passed at image /Im1 drawn on page 1"
        )
    );
}

#[cfg(feature = "pdf")]
#[test]
fn two_million_text_operators_are_refused_before_they_are_drawn() {
    // 14 MB of content, as it is (compressed, it would be refused as a bomb first): refused
    // at the 100,001st byte of text on its page.
    let content = [
        b"BT /F1 1 Tf 72 720 Td".to_vec(),
        b" (x) Tj".repeat(2_000_000),
        b" ET".to_vec(),
    ]
    .concat();
    let file = pdf::page(pdf::stream("", &content), "", vec![]);
    assert_eq!(
        parse_bytes(&file, &ParseOptions::default()).unwrap_err(),
        pdf_refused("page 1 shows more than 100000 bytes of text (the limit per page)")
    );
    // Two million moves and no text: refused at the 500,001st operator or operand.
    let content = [b"BT /F1 1 Tf".to_vec(), b" 1 0 Td".repeat(2_000_000)].concat();
    let file = pdf::page(pdf::stream("", &content), "", vec![]);
    assert_eq!(
        parse_bytes(&file, &ParseOptions::default()).unwrap_err(),
        pdf_refused("page 1 draws more than 500000 operators and operands (the limit per page)")
    );
}

#[cfg(feature = "pdf")]
#[test]
fn a_million_saved_graphics_states_are_refused_before_they_are_copied() {
    let content = b"q ".repeat(1_000_000);
    let file = pdf::page(pdf::stream("", &content), "", vec![]);
    assert_eq!(
        parse_bytes(&file, &ParseOptions::default()).unwrap_err(),
        pdf_refused(
            "page 1 saves the graphics state (q) more than 64 times without restoring it (the limit)"
        )
    );
    // Compressed, its 2 MB come from 2 KB: refused as a bomb first.
    let compressed = pdf::zlib(&content);
    let size = compressed.len();
    let file = pdf::page(pdf::stream("/Filter /FlateDecode", &compressed), "", vec![]);
    assert_eq!(
        parse_bytes(&file, &ParseOptions::default()).unwrap_err(),
        pdf_refused(&format!(
            "the content of page 1 (object 4) inflates to more than 200 times its {size} bytes (the limit past 1048576 bytes): a compression bomb"
        ))
    );
    // Saved and restored a million times, the state never nests: the page is read.
    let balanced = pdf::page(
        pdf::stream(
            "",
            &[b"q Q ".repeat(100_000), b"BT /F1 12 Tf (ok) Tj ET".to_vec()].concat(),
        ),
        "",
        vec![],
    );
    assert_eq!(ogi_report::parse::pdf_pieces(&balanced).unwrap().len(), 2);
}

#[cfg(feature = "pdf")]
#[test]
fn a_pdf_cancelled_is_stopped() {
    let flag = Arc::new(AtomicBool::new(true));
    let options = ParseOptions::default().with_cancel(flag);
    let file = include_bytes!("fixtures/pdf/002_luohe_huizu_2022.pdf");
    assert_eq!(
        parse_bytes(file, &options).unwrap_err(),
        ParseError::Cancelled
    );
    assert_eq!(
        ogi_report::parse::parse_pdf(file, &options).unwrap_err(),
        ParseError::Cancelled
    );
}

#[cfg(feature = "docx")]
#[test]
fn a_docx_nested_past_the_limit_is_refused_and_one_cancelled_is_stopped() {
    use std::io::Write;
    let docx = |xml: &str| {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        // Stored: repeated tags would deflate past the ZIP bomb limit first.
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("word/document.xml", stored).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    };
    let deep = format!(
        "<w:document><w:body>{}{}</w:body></w:document>",
        "<w:sdt>".repeat(100_000),
        "</w:sdt>".repeat(100_000)
    );
    let err = parse_bytes(&docx(&deep), &ParseOptions::default()).unwrap_err();
    assert_eq!(
        err,
        ParseError::Docx {
            reason: "word/document.xml nests elements more than 256 deep (byte 1805); the limit is 256 levels".into()
        }
    );
    let text = include_str!("fixtures/seeds/002_e5cb504301f5c306.txt");
    let body: String = text
        .lines()
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    let file = docx(&format!("<w:document><w:body>{body}</w:body></w:document>"));
    assert!(parse_bytes(&file, &ParseOptions::default()).is_ok());
    let stop = ParseOptions::default().with_cancel(Arc::new(AtomicBool::new(true)));
    assert_eq!(
        ogi_report::parse::parse_docx(&file, &stop).unwrap_err(),
        ParseError::Cancelled
    );
}
