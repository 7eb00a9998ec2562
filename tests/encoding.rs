//! Text in the encodings reports are saved in: every real text, Markdown and HTML file read
//! from GB18030 (GBK) and from UTF-16 to the same report, findings and spans as from its
//! UTF-8 original, and bytes in no encoding the reader knows refused by name.
//!
//! The encoded copies are made here from the originals (GB18030 and GBK by encoding_rs,
//! UTF-16 by the standard library), not kept as files.

use std::sync::OnceLock;

use ogi_report::parse::{ParseError, ParseOptions, Parsed, SourceSpan, parse_bytes, source_text};
use proptest::prelude::*;

/// The real reports of `fixtures/real/` that are text, Markdown or HTML.
const REAL: &[(&str, &[u8])] = &[
    (
        "huaian_2024_pdftotext_layout.txt",
        include_bytes!("fixtures/real/huaian_2024_pdftotext_layout.txt"),
    ),
    (
        "huaian_2024_pdftotext_plain.txt",
        include_bytes!("fixtures/real/huaian_2024_pdftotext_plain.txt"),
    ),
    (
        "pingtan_2018_crawled.txt",
        include_bytes!("fixtures/real/pingtan_2018_crawled.txt"),
    ),
    (
        "pingtan_2019_crawled.txt",
        include_bytes!("fixtures/real/pingtan_2019_crawled.txt"),
    ),
    (
        "pingtan_2022_crawled.txt",
        include_bytes!("fixtures/real/pingtan_2022_crawled.txt"),
    ),
    (
        "shkewei_2024_converted.md",
        include_bytes!("fixtures/real/shkewei_2024_converted.md"),
    ),
    (
        "shoffice_2025_converted.md",
        include_bytes!("fixtures/real/shoffice_2025_converted.md"),
    ),
    (
        "pingtan_2024_page.html",
        include_bytes!("fixtures/real/pingtan_2024_page.html"),
    ),
];

#[cfg(all(feature = "encoding", feature = "html"))]
const PAGE: &str = include_str!("fixtures/real/pingtan_2024_page.html");

fn original(name: &str) -> &'static str {
    let (_, bytes) = REAL.iter().find(|(n, _)| *n == name).unwrap();
    std::str::from_utf8(bytes).unwrap()
}

fn read(bytes: &[u8]) -> Parsed {
    parse_bytes(bytes, &ParseOptions::default()).unwrap()
}

/// Each original read once, for every test that compares with it: its report, or the error
/// it gives (the page, without the `html` feature).
fn originals() -> &'static [(&'static str, Result<Parsed, ParseError>)] {
    static READ: OnceLock<Vec<(&'static str, Result<Parsed, ParseError>)>> = OnceLock::new();
    READ.get_or_init(|| {
        REAL.iter()
            .map(|(name, bytes)| (*name, parse_bytes(bytes, &ParseOptions::default())))
            .collect()
    })
}

fn original_parsed(name: &str) -> &'static Parsed {
    let (_, parsed) = originals().iter().find(|(n, _)| *n == name).unwrap();
    parsed.as_ref().unwrap()
}

/// UTF-16 with its byte-order mark.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xfe, 0xff]
    } else {
        vec![0xff, 0xfe]
    };
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

/// The text in an encoding of the GB family, every character in it (none written as a
/// numeric character reference).
fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, used, unmappable) = encoding.encode(text);
    assert_eq!((used, unmappable), (encoding, false));
    bytes.into_owned()
}

/// What a reading gives, with spans as the user sees them: lines and columns, not bytes.
fn as_seen(parsed: &Parsed) -> impl PartialEq + std::fmt::Debug {
    let at = |s: &SourceSpan| (s.line, s.column);
    (
        parsed.report.clone(),
        parsed
            .findings
            .iter()
            .map(|f| (f.finding.clone(), f.span.as_ref().map(at)))
            .collect::<Vec<_>>(),
        parsed
            .spans
            .iter()
            .map(|s| (s.pointer.clone(), s.kind, s.placement, at(&s.span)))
            .collect::<Vec<_>>(),
    )
}

#[test]
fn real_texts_in_utf16_with_a_bom_read_as_their_utf8_originals() {
    for (name, parsed) in originals() {
        let text = original(name);
        for big_endian in [false, true] {
            let bytes = utf16(text, big_endian);
            // The decoded text is the original itself: every span, bytes included, is the
            // original's.
            assert_eq!(source_text(&bytes).unwrap().text, text, "{name}");
            assert_eq!(
                &parse_bytes(&bytes, &ParseOptions::default()),
                parsed,
                "{name}, big endian {big_endian}"
            );
        }
    }
}

#[cfg(feature = "encoding")]
#[test]
fn real_texts_in_gb18030_read_as_their_utf8_originals() {
    for (name, parsed) in originals() {
        let text = original(name);
        let bytes = encode(text, encoding_rs::GB18030);
        assert!(std::str::from_utf8(&bytes).is_err(), "{name}");
        assert_eq!(source_text(&bytes).unwrap().text, text, "{name}");
        assert_eq!(
            &parse_bytes(&bytes, &ParseOptions::default()),
            parsed,
            "{name}"
        );
    }
}

/// The real page with its `<meta charset="utf-8">` (line 4) changed.
#[cfg(all(feature = "encoding", feature = "html"))]
fn page_with_meta(meta: &str) -> String {
    let page = PAGE.replacen(r#"<meta charset="utf-8" "#, meta, 1);
    assert_ne!(page, PAGE);
    page
}

#[cfg(all(feature = "encoding", feature = "html"))]
#[test]
fn a_gbk_page_that_declares_gb2312_reads_as_its_utf8_original() {
    let page = page_with_meta(r#"<meta charset="gb2312" "#);
    let bytes = encode(&page, encoding_rs::GBK);
    assert_eq!(source_text(&bytes).unwrap().text, page);
    let parsed = read(&bytes);
    let original = original_parsed("pingtan_2024_page.html");
    assert_eq!(as_seen(&parsed), as_seen(original));
    // Only the bytes after the longer charset moved, by one.
    assert_eq!(
        parsed
            .spans
            .iter()
            .map(|s| s.span.start)
            .collect::<Vec<_>>(),
        original
            .spans
            .iter()
            .map(|s| s.span.start + 1)
            .collect::<Vec<_>>()
    );
}

#[cfg(all(feature = "encoding", feature = "html"))]
#[test]
fn a_gbk_page_that_declares_nothing_or_utf8_is_detected() {
    let original = original_parsed("pingtan_2024_page.html");
    // No declaration at all: the detector tells GBK.
    let page = page_with_meta("<meta ");
    assert!(!page.to_ascii_lowercase().contains("charset"));
    let bytes = encode(&page, encoding_rs::GBK);
    assert_eq!(source_text(&bytes).unwrap().text, page);
    assert_eq!(as_seen(&read(&bytes)), as_seen(original));
    // The page as published, `<meta charset="utf-8">` and all, saved as GBK: the declaration
    // the bytes contradict does not win.
    let bytes = encode(PAGE, encoding_rs::GBK);
    assert_eq!(&read(&bytes), original);
}

#[cfg(all(feature = "encoding", feature = "html"))]
#[test]
fn a_saved_http_header_declares_gbk() {
    let header = "HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=GBK\r\n\r\n";
    let saved = format!("{header}{PAGE}");
    let bytes = encode(&saved, encoding_rs::GBK);
    assert_eq!(source_text(&bytes).unwrap().text, saved);
    assert_eq!(read(&bytes), read(saved.as_bytes()));
    // The header's lines are the file's: every cell four lines down.
    let original = original_parsed("pingtan_2024_page.html");
    let lines = |p: &Parsed| p.spans.iter().map(|s| s.span.line).collect::<Vec<_>>();
    assert_eq!(
        lines(&read(&bytes)),
        lines(original).iter().map(|l| l + 4).collect::<Vec<_>>()
    );
}

#[test]
fn crlf_lines_keep_their_lines_and_columns_in_every_encoding() {
    let name = "shkewei_2024_converted.md";
    let crlf = original(name).replace('\n', "\r\n");
    let parsed = read(crlf.as_bytes());
    // The same report, cells and findings at the same lines and columns as with LF.
    assert_eq!(as_seen(&parsed), as_seen(original_parsed(name)));
    assert_eq!(read(&utf16(&crlf, false)), parsed);
    assert_eq!(read(&utf16(&crlf, true)), parsed);
    #[cfg(feature = "encoding")]
    assert_eq!(read(&encode(&crlf, encoding_rs::GB18030)), parsed);
}

#[test]
fn json_is_read_from_utf16_and_gb18030() {
    let json = include_str!("fixtures/reports/002_luohe_huizu_2022.json");
    let none = ParseOptions::default();
    let want = ogi_report::read(json.as_bytes(), &none).unwrap();
    for bytes in [utf16(json, false), utf16(json, true)] {
        assert!(ogi_report::load::is_json(&bytes));
        let loaded = ogi_report::read(&bytes, &none).unwrap();
        assert_eq!((loaded.form, &loaded.text), ("json", &want.text));
        assert_eq!(loaded.report, want.report);
    }
    // JSON whose bytes do not decode: the loader's own error, at the byte.
    let err = ogi_report::read(b"\xff\xfe{\x00\x00\xd8", &none).unwrap_err();
    assert_eq!(err, ogi_report::Error::NotUtf8 { offset: 4 });
    assert_eq!(
        err.to_string(),
        "the JSON is not UTF-8, UTF-16 or GB18030 text (byte 4); save it as UTF-8"
    );
    let bytes = encode(json, encoding_rs::GB18030);
    assert!(ogi_report::load::is_json(&bytes));
    let loaded = ogi_report::read(&bytes, &none);
    if cfg!(feature = "encoding") {
        let loaded = loaded.unwrap();
        assert_eq!((loaded.form, &loaded.text), ("json", &want.text));
    } else {
        let offset = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
        assert_eq!(
            loaded.unwrap_err(),
            ogi_report::Error::Parse(ParseError::EncodingFeatureMissing { offset })
        );
    }
}

mod refusals {
    //! Bytes in no encoding the reader knows: each refusal names what was tried, where, and
    //! what to do.

    use super::*;

    fn refused(bytes: &[u8]) -> String {
        source_text(bytes).unwrap_err().to_string()
    }

    #[test]
    fn binary_data_is_refused_as_such() {
        // A picture or an archive by its signature.
        assert_eq!(
            refused(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            "not UTF-8, UTF-16 or GB18030 text (byte 0): a PNG picture, not text; give the \
             report as text, HTML, PDF or .docx"
        );
        assert_eq!(
            refused(b"\xff\xd8\xff\xe0\x00\x10JFIF"),
            "not UTF-8, UTF-16 or GB18030 text (byte 0): a JPEG picture, not text; give the \
             report as text, HTML, PDF or .docx"
        );
        assert_eq!(
            refused(b"Rar!\x1a\x07\x01\x00\x92"),
            "not UTF-8, UTF-16 or GB18030 text (byte 8): a RAR archive, not text; give the \
             report as text, HTML, PDF or .docx"
        );
        // Any other bytes with a NUL: every byte once, the first that is not UTF-8 at 128.
        let junk: Vec<u8> = (0..=255).collect();
        assert_eq!(
            refused(&junk),
            "not UTF-8, UTF-16 or GB18030 text (byte 128): binary data, such as a picture, \
             an archive or an old Word file (.doc); give the report as text, HTML, PDF or .docx"
        );
        // Control bytes that are not white space, more than eight of them.
        let controls = [b"\xd6\xd0".as_slice(), &[0x01; 9]].concat();
        assert_eq!(
            refused(&controls),
            "not UTF-8, UTF-16 or GB18030 text (byte 0): binary data, such as a picture, \
             an archive or an old Word file (.doc); give the report as text, HTML, PDF or .docx"
        );
        // An old .doc is named by the Word reader, a PDF by its own (as before).
        assert_eq!(
            ogi_report::Error::from(source_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1").unwrap_err())
                .to_string(),
            if cfg!(feature = "docx") {
                "not a readable .docx: an OLE compound file: an encrypted .docx or an old .doc, \
                 which this reader does not open"
            } else {
                "the input is binary, not text (byte 0: a ZIP or OLE container (a .docx?); read \
                 it with the `docx` feature); expected UTF-8 text, HTML, or a PDF or DOCX read \
                 with its feature"
            }
        );
    }

    #[test]
    fn utf16_without_its_mark_is_named() {
        let bytes: Vec<u8> = "某某局\n\t12 "
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            refused(&bytes),
            "not UTF-8, UTF-16 or GB18030 text (byte 0): NUL bytes between the characters, as \
             in UTF-16 without its byte-order mark; save the text as UTF-8, or as UTF-16 with \
             its mark"
        );
    }

    #[test]
    fn a_byte_order_mark_the_bytes_contradict_is_named() {
        // A lone high surrogate (D800) at the third code unit.
        assert_eq!(
            refused(b"\xff\xfe\x2d\x4e\x0a\x00\x00\xd8\x41\x00"),
            "not UTF-8, UTF-16 or GB18030 text (byte 6): its byte-order mark says UTF-16LE, \
             but this byte starts an unpaired surrogate; save the text as UTF-8"
        );
        assert_eq!(
            refused(b"\xfe\xff\x4e\x2d\x00"),
            "not UTF-8, UTF-16 or GB18030 text (byte 4): its byte-order mark says UTF-16BE, \
             but the text ends in half a character; save the text as UTF-8"
        );
        assert_eq!(
            refused(b"\xef\xbb\xbfabc\xd6\xd0"),
            "not UTF-8, UTF-16 or GB18030 text (byte 6): its byte-order mark says UTF-8, but \
             this byte is not UTF-8; save the text as UTF-8 again"
        );
    }

    #[test]
    fn a_gb_declaration_the_bytes_contradict_is_refused_at_its_byte() {
        // 0xff is no byte of GB18030.
        let bytes = b"<meta charset=\"gb2312\"><p>\xd6\xd0\xff</p>";
        assert_eq!(
            source_text(bytes).unwrap_err(),
            ParseError::Encoding {
                offset: 28,
                reason: "it declares gb2312 (in a <meta> tag), but this byte is not GB18030 \
                         (GBK); save the text as UTF-8"
                    .into()
            }
        );
    }

    #[test]
    fn text_that_is_neither_utf8_nor_gb18030_is_refused() {
        let err = source_text(b"abc\xff\xfe").unwrap_err();
        if cfg!(feature = "encoding") {
            assert_eq!(
                err.to_string(),
                "not UTF-8, UTF-16 or GB18030 text (byte 3): not UTF-8 from this byte on, and \
                 the bytes do not look like GB18030 (GBK) text; save the text as UTF-8"
            );
        } else {
            assert_eq!(
                err.to_string(),
                "not UTF-8, UTF-16 or GB18030 text (byte 3): not UTF-8 from this byte on, nor \
                 GB18030 (GBK) in form; save the text as UTF-8"
            );
        }
    }

    #[cfg(feature = "encoding")]
    #[test]
    fn other_cjk_encodings_are_named_by_the_detector() {
        let text =
            "臺北市政府資訊公開工作年度報告：本年度受理申請案件共計一百二十件，均依法辦理完畢。";
        let (big5, _, unmappable) = encoding_rs::BIG5.encode(text);
        assert!(!unmappable);
        // The first byte that is not UTF-8: the first of "臺" (0xBB 0x4F).
        assert_eq!(
            source_text(&big5).unwrap_err(),
            ParseError::Encoding {
                offset: 0,
                reason: "the bytes look like Big5 text, an encoding this reader does not \
                         decode; save the text as UTF-8"
                    .into()
            }
        );
        let page = [b"<meta charset=\"big5\">".as_slice(), &big5].concat();
        assert_eq!(
            refused(&page),
            "not UTF-8, UTF-16 or GB18030 text (byte 21): the bytes look like Big5 text (it \
             declares big5, in a <meta> tag), an encoding this reader does not decode; save \
             the text as UTF-8"
        );
    }

    #[cfg(feature = "encoding")]
    #[test]
    fn gbk_the_detector_tells_but_that_breaks_is_refused_at_its_byte() {
        let mut bytes = encode(original("pingtan_2022_crawled.txt"), encoding_rs::GBK);
        let at = bytes.len();
        bytes.push(0xff);
        assert_eq!(
            source_text(&bytes).unwrap_err(),
            ParseError::Encoding {
                offset: at,
                reason: "the bytes look like GBK text, but this byte is not GB18030 (GBK); \
                         save the text as UTF-8"
                    .into()
            }
        );
    }

    #[cfg(not(feature = "encoding"))]
    #[test]
    fn gb18030_without_the_feature_names_the_feature() {
        // "某某局" in GBK: C4 B3 C4 B3 BE D6, of which C4 B3 is UTF-8 too (U+0133).
        let (gbk, _, _) = encoding_rs::GBK.encode("某某局2022年政府信息公开工作年度报告");
        assert_eq!(
            refused(&gbk),
            "the input looks like GB18030 (GBK, GB2312) text, not UTF-8 (byte 4); build \
             ogi-report with the `encoding` feature to read it"
        );
        // A real page, too.
        let bytes = encode(original("pingtan_2024_page.html"), encoding_rs::GB18030);
        assert!(matches!(
            source_text(&bytes).unwrap_err(),
            ParseError::EncodingFeatureMissing { .. }
        ));
    }
}

/// Random bytes, behind each byte-order mark and each kind of declaration.
const PREFIXES: &[&[u8]] = &[
    b"",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"Content-Type: text/html; charset=GBK\r\n\r\n",
    b"<?xml version=\"1.0\" encoding=\"gb2312\"?>",
    b"<meta charset=\"gb18030\">",
    b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_bytes_panic_and_utf16_decodes_exactly(
        prefix in prop::sample::select(PREFIXES),
        body in prop::collection::vec(any::<u8>(), 0..600),
    ) {
        let bytes = [prefix, body.as_slice()].concat();
        let source = source_text(&bytes);
        let _ = parse_bytes(&bytes, &ParseOptions::default());
        if let (Ok(source), Some(units)) = (&source, bytes.get(2..)) {
            // UTF-16 is decoded exactly: the text gives back every byte after the mark.
            let back: Option<Vec<u8>> = match &bytes[..2] {
                b"\xff\xfe" => Some(source.text.encode_utf16().flat_map(u16::to_le_bytes).collect()),
                b"\xfe\xff" => Some(source.text.encode_utf16().flat_map(u16::to_be_bytes).collect()),
                _ => None,
            };
            if let Some(back) = back {
                prop_assert_eq!(back.as_slice(), units);
            }
        }
        if let Err(ParseError::Encoding { offset, .. } | ParseError::EncodingFeatureMissing { offset }) = source {
            prop_assert!(offset <= bytes.len());
        }
    }
}
