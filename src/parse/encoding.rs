//! Bytes to text: the encodings published reports are saved in.
//!
//! Many Chinese government sites still serve their pages as GB2312 or GBK, and text saved on
//! Windows is often GB18030 or UTF-16. The bytes are decoded to UTF-8 before any reading, and
//! the spans refer to the decoded text: decoding keeps every line break and every character,
//! so a span's line and column are those of the file as the user has it.
//!
//! The rule, in order:
//!
//! 1. A byte-order mark decides: UTF-8, UTF-16LE or UTF-16BE. The mark is no part of the
//!    text, and the rest must decode under it without error.
//! 2. Bytes that are valid UTF-8 are UTF-8, whatever they declare, and are read in place
//!    without a copy. A GBK text of any length is almost never valid UTF-8, while a UTF-8
//!    page whose template still declares gb2312 is common.
//! 3. Bytes that are neither, and start with the signature of a picture or an archive, or
//!    hold a NUL byte or more than eight control bytes, are binary data (UTF-16 without its
//!    mark among them), not text.
//! 4. A declaration of GB18030, GBK or GB2312 (by any of their WHATWG labels: a saved HTTP
//!    header's `Content-Type: …; charset=…` at the top, an XML declaration's `encoding`, or a
//!    `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes after
//!    it) is trusted when the bytes decode under it without error: GB18030, which reads GBK
//!    and GB2312 as well. When they do not, the text is refused at the first byte that does
//!    not decode.
//! 5. Without such a declaration (none, or one of UTF-8 the bytes contradict, or of an
//!    encoding the reader does not decode), the detector browsers use (chardetng) decides:
//!    when it takes the bytes for Simplified Chinese (GBK) and they decode as GB18030 without
//!    error, they are read so; otherwise they are refused, naming what the detector saw.
//!
//! A byte that does not decode is never replaced: a text is read whole or refused. Decoding
//! GB18030 and detecting it take the `encoding` feature; without it, UTF-16 with its mark is
//! still read, and bytes that are GB18030 in form are refused with the feature's name.

use std::borrow::Cow;

use super::ParseError;

/// How the bytes were decoded, and on what evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decoding {
    /// Valid UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 after its byte-order mark.
    Utf8Bom,
    /// UTF-16LE after its byte-order mark.
    Utf16Le,
    /// UTF-16BE after its byte-order mark.
    Utf16Be,
    /// GB18030 (GBK, GB2312), as the text declares it.
    #[cfg(feature = "encoding")]
    Gb18030Declared(Place),
    /// GB18030 (GBK, GB2312), as the detector takes it.
    #[cfg(feature = "encoding")]
    Gb18030Detected,
}

/// Where a text declares its encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A saved HTTP header at the top of the file.
    HttpHeader,
    /// An XML declaration (`<?xml … encoding="…"?>`).
    XmlDeclaration,
    /// An HTML `<meta charset>` or `<meta http-equiv="Content-Type">`.
    Meta,
}

impl Place {
    fn words(self) -> &'static str {
        match self {
            Place::HttpHeader => "in a saved HTTP header",
            Place::XmlDeclaration => "in its XML declaration",
            Place::Meta => "in a <meta> tag",
        }
    }
}

/// An encoding a text declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Declaration {
    /// The label as written, trimmed (at most 40 bytes, else no declaration).
    pub(crate) label: String,
    /// Where it is written.
    pub(crate) place: Place,
}

impl Declaration {
    /// Whether the label names GB18030 or one of the encodings it covers (GBK, GB2312): the
    /// WHATWG Encoding Standard's labels of `GBK` and `gb18030`.
    pub(crate) fn is_gb(&self) -> bool {
        const LABELS: &[&str] = &[
            "chinese",
            "csgb2312",
            "csiso58gb231280",
            "gb2312",
            "gb_2312",
            "gb_2312-80",
            "gbk",
            "iso-ir-58",
            "x-gbk",
            "gb18030",
        ];
        LABELS.iter().any(|l| l.eq_ignore_ascii_case(&self.label))
    }
}

const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// Decodes bytes to text by the rule of this module. An error's offset counts bytes of the
/// input as given (a byte-order mark included).
pub(crate) fn decode(input: &[u8]) -> Result<(Cow<'_, str>, Decoding), ParseError> {
    if let Some(body) = input.strip_prefix(UTF8_BOM) {
        return match std::str::from_utf8(body) {
            Ok(text) => Ok((Cow::Borrowed(text), Decoding::Utf8Bom)),
            Err(e) => Err(refused(
                UTF8_BOM.len() + e.valid_up_to(),
                "its byte-order mark says UTF-8, but this byte is not UTF-8; save the text as UTF-8 again".into(),
            )),
        };
    }
    for (bom, big_endian, decoding) in [
        (b"\xff\xfe", false, Decoding::Utf16Le),
        (b"\xfe\xff", true, Decoding::Utf16Be),
    ] {
        if let Some(body) = input.strip_prefix(bom) {
            return utf16(body, big_endian)
                .map(|text| (Cow::Owned(text), decoding))
                .map_err(|(at, what)| {
                    let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
                    refused(
                        bom.len() + at,
                        format!(
                            "its byte-order mark says {name}, but {what}; save the text as UTF-8"
                        ),
                    )
                });
        }
    }
    let utf8_error = match std::str::from_utf8(input) {
        Ok(text) => return Ok((Cow::Borrowed(text), Decoding::Utf8)),
        Err(e) => e.valid_up_to(),
    };
    if let Some(reason) = binary(input) {
        return Err(refused(utf8_error, reason));
    }
    let declared = declaration(input);
    legacy(input, utf8_error, declared)
}

fn refused(offset: usize, reason: String) -> ParseError {
    ParseError::Encoding { offset, reason }
}

/// UTF-16 code units to text, or the offset and a description of the first that is not a
/// character.
fn utf16(body: &[u8], big_endian: bool) -> Result<String, (usize, &'static str)> {
    let units = body.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(body.len());
    let mut unit = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                text.push(c);
                unit += c.len_utf16();
            }
            Err(_) => return Err((2 * unit, "this byte starts an unpaired surrogate")),
        }
    }
    if body.len() % 2 == 1 {
        return Err((body.len() - 1, "the text ends in half a character"));
    }
    Ok(text)
}

/// Why bytes that are not UTF-8 are binary data rather than text, if they are: the
/// signature of a picture or an archive, a NUL byte, or more than eight control bytes
/// (escape aside, which ISO-2022 text uses).
fn binary(input: &[u8]) -> Option<String> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG picture"),
        (b"\xff\xd8\xff", "a JPEG picture"),
        (b"GIF87a", "a GIF picture"),
        (b"GIF89a", "a GIF picture"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
        (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    ];
    if let Some((_, what)) = SIGNATURES.iter().find(|(s, _)| input.starts_with(s)) {
        return Some(format!(
            "{what}, not text; give the report as text, HTML, PDF or .docx"
        ));
    }
    let (mut even, mut odd) = (0usize, 0usize);
    let mut controls = 0usize;
    for (i, b) in input.iter().enumerate() {
        match b {
            0 if i % 2 == 0 => even += 1,
            0 => odd += 1,
            0x01..=0x08 | 0x0e..=0x1a | 0x1c..=0x1f => controls += 1,
            _ => {}
        }
    }
    if even + odd >= 2 && (even == 0 || odd == 0) {
        Some(
            "NUL bytes between the characters, as in UTF-16 without its byte-order mark; \
             save the text as UTF-8, or as UTF-16 with its mark"
                .into(),
        )
    } else if even + odd > 0 || controls > 8 {
        Some(
            "binary data, such as a picture, an archive or an old Word file (.doc); \
             give the report as text, HTML, PDF or .docx"
                .into(),
        )
    } else {
        None
    }
}

/// Reads text that is not UTF-8: GB18030 by its declaration or by detection.
#[cfg(feature = "encoding")]
fn legacy(
    input: &[u8],
    utf8_error: usize,
    declared: Option<Declaration>,
) -> Result<(Cow<'_, str>, Decoding), ParseError> {
    use encoding_rs::{BIG5, EUC_JP, EUC_KR, GBK, ISO_2022_JP, SHIFT_JIS};
    if let Some(declared) = declared.as_ref().filter(|d| d.is_gb()) {
        return match gb18030(input) {
            Ok(text) => Ok((Cow::Owned(text), Decoding::Gb18030Declared(declared.place))),
            Err(at) => Err(refused(
                at,
                format!(
                    "it declares {} ({}), but this byte is not GB18030 (GBK); save the text as UTF-8",
                    declared.label,
                    declared.place.words()
                ),
            )),
        };
    }
    // No top-level domain: given `cn`, the detector takes Big5, EUC-KR and Shift_JIS for GBK.
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(input, true);
    let guess = detector.guess(None, false);
    let note = declared.map_or_else(String::new, |d| {
        format!(" (it declares {}, {})", d.label, d.place.words())
    });
    if guess == GBK {
        return match gb18030(input) {
            Ok(text) => Ok((Cow::Owned(text), Decoding::Gb18030Detected)),
            Err(at) => Err(refused(
                at,
                format!(
                    "the bytes look like GBK text{note}, but this byte is not GB18030 (GBK); save the text as UTF-8"
                ),
            )),
        };
    }
    let reason = if [BIG5, EUC_KR, SHIFT_JIS, EUC_JP, ISO_2022_JP].contains(&guess) {
        format!(
            "the bytes look like {} text{note}, an encoding this reader does not decode; save the text as UTF-8",
            guess.name()
        )
    } else {
        format!(
            "not UTF-8 from this byte on{note}, and the bytes do not look like GB18030 (GBK) text; save the text as UTF-8"
        )
    };
    Err(refused(utf8_error, reason))
}

/// Without the `encoding` feature: bytes that are GB18030 in form are refused with the
/// feature's name.
#[cfg(not(feature = "encoding"))]
fn legacy(
    input: &[u8],
    utf8_error: usize,
    declared: Option<Declaration>,
) -> Result<(Cow<'_, str>, Decoding), ParseError> {
    let at = match gb18030_form(input) {
        Ok(()) => return Err(ParseError::EncodingFeatureMissing { offset: utf8_error }),
        Err(at) => at,
    };
    Err(match declared {
        Some(d) if d.is_gb() => refused(
            at,
            format!(
                "it declares {} ({}), but this byte is not GB18030 (GBK); save the text as UTF-8",
                d.label,
                d.place.words()
            ),
        ),
        _ => {
            let note = declared.map_or_else(String::new, |d| {
                format!(" (it declares {}, {})", d.label, d.place.words())
            });
            refused(
                utf8_error,
                format!(
                    "not UTF-8 from this byte on{note}, nor GB18030 (GBK) in form; save the text as UTF-8"
                ),
            )
        }
    })
}

/// Decodes GB18030 (which reads GBK and GB2312 too), or gives the offset of the first byte
/// that does not decode.
#[cfg(feature = "encoding")]
fn gb18030(input: &[u8]) -> Result<String, usize> {
    use encoding_rs::DecoderResult;
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    let mut text = String::new();
    let mut at = 0;
    loop {
        let rest = &input[at..];
        // Room for the rest, or (past usize, which no slice reaches) for half of it.
        let room = decoder
            .max_utf8_buffer_length_without_replacement(rest.len())
            .unwrap_or(rest.len() / 2);
        text.reserve(room);
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        at += read;
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            DecoderResult::OutputFull => {}
            DecoderResult::Malformed(bad, after) => {
                // The malformed bytes and those read after them are all of this input.
                return Err(at.saturating_sub(usize::from(bad) + usize::from(after)));
            }
        }
    }
}

/// Whether bytes are GB18030 in form (ASCII, `0x80`, and the two- and four-byte sequences),
/// or the offset of the first byte that is not: enough to name the encoding a build without
/// the `encoding` feature cannot read.
#[cfg(not(feature = "encoding"))]
fn gb18030_form(input: &[u8]) -> Result<(), usize> {
    let mut i = 0;
    while i < input.len() {
        let len = match input[i..] {
            [0x00..=0x80, ..] => 1,
            [0x81..=0xfe, 0x40..=0x7e | 0x80..=0xfe, ..] => 2,
            [0x81..=0xfe, 0x30..=0x39, 0x81..=0xfe, 0x30..=0x39, ..] => 4,
            _ => return Err(i),
        };
        i += len;
    }
    Ok(())
}

/// The encoding the bytes declare, if any: a saved HTTP header's `Content-Type` at the top,
/// else an XML declaration's `encoding`, else the first `<meta>` in the first 1024 bytes
/// after the header that gives a charset.
pub(crate) fn declaration(input: &[u8]) -> Option<Declaration> {
    let (header, body) = http_header(input);
    if let Some(label) = header {
        return Some(Declaration {
            label,
            place: Place::HttpHeader,
        });
    }
    let start = input.len() - body.len();
    if let Some(label) = xml_encoding(body) {
        return Some(Declaration {
            label,
            place: Place::XmlDeclaration,
        });
    }
    let window = &input[start..input.len().min(start + 1024)];
    meta_charset(window).map(|label| Declaration {
        label,
        place: Place::Meta,
    })
}

/// A saved HTTP header at the top of the bytes: its `Content-Type` charset, if it gives one,
/// and the bytes after the header. A header is an optional status line (`HTTP/1.1 200 OK`)
/// and lines `Name: value`, ended by an empty line or by the first line that is neither.
fn http_header(input: &[u8]) -> (Option<String>, &[u8]) {
    let mut at = 0;
    let mut charset = None;
    let mut first = true;
    while at < input.len() && at < 16 * 1024 {
        let end = input[at..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(input.len(), |i| at + i + 1);
        let line = trim_line_end(&input[at..end]);
        if line.is_empty() {
            if at > 0 {
                at = end;
            }
            break;
        }
        let status = first && starts_with_ignore_case(line, b"HTTP/");
        first = false;
        if !status {
            let Some(colon) = line.iter().position(|b| *b == b':') else {
                break;
            };
            let name = &line[..colon];
            if name.is_empty() || !name.iter().all(|b| is_token(*b)) {
                break;
            }
            if name.eq_ignore_ascii_case(b"content-type") && charset.is_none() {
                charset = charset_in(&line[colon + 1..]);
            }
        }
        at = end;
    }
    (charset, &input[at..])
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// A character of an HTTP header name (RFC 9110's `tchar`).
fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix))
}

/// The encoding an XML declaration at the very start names.
fn xml_encoding(input: &[u8]) -> Option<String> {
    if !input.starts_with(b"<?xml") {
        return None;
    }
    let end = input.iter().take(1024).position(|b| *b == b'>')?;
    let decl = &input[..end];
    let at = find_ignore_case(decl, b"encoding")?;
    let rest = skip_space(&decl[at + b"encoding".len()..]);
    let rest = skip_space(rest.strip_prefix(b"=")?);
    let quote = *rest.first().filter(|q| **q == b'"' || **q == b'\'')?;
    let value = &rest[1..];
    label(&value[..value.iter().position(|b| *b == quote)?])
}

/// The charset of the first `<meta>` that gives one: `<meta charset=…>`, or
/// `<meta http-equiv="Content-Type" content="…; charset=…">`. Comments are skipped.
fn meta_charset(input: &[u8]) -> Option<String> {
    let mut at = 0;
    while let Some(lt) = input[at..].iter().position(|b| *b == b'<') {
        at += lt;
        let rest = &input[at..];
        if let Some(comment) = rest.strip_prefix(b"<!--") {
            at += 4 + find(comment, b"-->").map_or(comment.len(), |e| e + 3);
            continue;
        }
        let is_meta = starts_with_ignore_case(&rest[1..], b"meta")
            && rest
                .get(5)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/');
        if !is_meta {
            at += 1;
            continue;
        }
        let (attributes, end) = attributes(&rest[5..]);
        at += 5 + end;
        let get = |name: &[u8]| {
            attributes
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| *v)
        };
        if let Some(charset) = get(b"charset") {
            return label(charset);
        }
        let content_type = get(b"http-equiv")
            .is_some_and(|v| v.trim_ascii().eq_ignore_ascii_case(b"content-type"));
        if let (true, Some(content)) = (content_type, get(b"content")) {
            if let Some(charset) = charset_in(content) {
                return Some(charset);
            }
        }
    }
    None
}

/// An attribute of a tag: its name, and its value (empty when it has none).
type Attribute<'a> = (&'a [u8], &'a [u8]);

/// The attributes of a tag, from just after its name, and the offset after its `>` (or the
/// end of the bytes).
fn attributes(mut input: &[u8]) -> (Vec<Attribute<'_>>, usize) {
    let len = input.len();
    let mut found = Vec::new();
    loop {
        input = skip_space(input);
        match input.first() {
            None => return (found, len),
            Some(b'>') => return (found, len - input.len() + 1),
            Some(b'/') => {
                input = &input[1..];
                continue;
            }
            Some(_) => {}
        }
        let name_end = input
            .iter()
            .position(|b| b.is_ascii_whitespace() || b"=>/".contains(b))
            .unwrap_or(input.len())
            .max(1);
        let name = &input[..name_end];
        input = skip_space(&input[name_end..]);
        let Some(rest) = input.strip_prefix(b"=") else {
            found.push((name, &b""[..]));
            continue;
        };
        input = skip_space(rest);
        let value;
        match input.first() {
            Some(&quote @ (b'"' | b'\'')) => {
                let end = input[1..]
                    .iter()
                    .position(|b| *b == quote)
                    .map_or(input.len(), |e| e + 1);
                value = &input[1..end];
                input = input.get(end + 1..).unwrap_or_default();
            }
            _ => {
                let end = input
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || *b == b'>')
                    .unwrap_or(input.len());
                value = &input[..end];
                input = &input[end..];
            }
        }
        found.push((name, value));
    }
}

/// The charset a `Content-Type` value gives (`text/html; charset=GBK`), quoted or not.
fn charset_in(value: &[u8]) -> Option<String> {
    let at = find_ignore_case(value, b"charset")?;
    let rest = skip_space(&value[at + b"charset".len()..]);
    let rest = skip_space(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| b.is_ascii_whitespace() || b";\"'".contains(b))
        .unwrap_or(rest.len());
    label(&rest[..end])
}

/// A label as written: ASCII, not empty, at most 40 bytes.
fn label(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.trim_ascii();
    (!bytes.is_empty() && bytes.len() <= 40 && bytes.iter().all(u8::is_ascii_graphic))
        .then(|| String::from_utf8_lossy(bytes).into_owned())
}

fn skip_space(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::{Declaration, Decoding, Place, declaration, decode};

    fn declared(label: &str, place: Place) -> Option<Declaration> {
        Some(Declaration {
            label: label.to_owned(),
            place,
        })
    }

    #[test]
    fn a_meta_tag_declares_by_charset_or_by_http_equiv() {
        assert_eq!(
            declaration(b"<html><head><meta charset=\"gb2312\"></head>"),
            declared("gb2312", Place::Meta)
        );
        assert_eq!(
            declaration(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />"),
            declared("GBK", Place::Meta)
        );
        assert_eq!(
            declaration(b"<META HTTP-EQUIV=content-type CONTENT='text/html;charset=gb18030'>"),
            declared("gb18030", Place::Meta)
        );
        // The first meta that gives a charset counts; one in a comment does not.
        assert_eq!(
            declaration(b"<!-- <meta charset=big5> --><meta name=x><meta charset=gbk>"),
            declared("gbk", Place::Meta)
        );
        // A content that is not the Content-Type, another tag, an empty charset: none.
        assert_eq!(
            declaration(b"<meta name=\"description\" content=\"charset=gbk\">"),
            None
        );
        assert_eq!(declaration(b"<metadata charset=gbk>"), None);
        assert_eq!(declaration(b"<meta charset=\"\">"), None);
        // Only the first 1024 bytes are looked at, as browsers do.
        let late = [" ".repeat(1010).as_bytes(), b"<meta charset=gbk>"].concat();
        assert_eq!(declaration(&late), None);
        assert_eq!(declaration(&late[20..]), declared("gbk", Place::Meta));
    }

    #[test]
    fn an_xml_declaration_and_a_saved_http_header_declare() {
        assert_eq!(
            declaration(b"<?xml version=\"1.0\" encoding=\"GB2312\"?>\n<html/>"),
            declared("GB2312", Place::XmlDeclaration)
        );
        // The header stands over the page's own meta, as it does in a browser.
        let saved = b"HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=GBK\r\n\r\n<html><meta charset=utf-8>";
        assert_eq!(declaration(saved), declared("GBK", Place::HttpHeader));
        // A header without a charset leaves the page's own.
        assert_eq!(
            declaration(b"Content-Type: text/html\n\n<meta charset=\"gb18030\">"),
            declared("gb18030", Place::Meta)
        );
        // A quoted charset, and a first line that is no header line.
        assert_eq!(
            declaration(b"content-type: text/plain; charset=\"gb2312\"\n\nsome text"),
            declared("gb2312", Place::HttpHeader)
        );
        assert_eq!(
            declaration("标题: 某某局\nContent-Type: text/html; charset=GBK\n".as_bytes()),
            None
        );
    }

    #[test]
    fn the_labels_of_gb18030_are_the_whatwg_ones() {
        for label in ["gb2312", "GBK", "x-gbk", "GB18030", "chinese", "csgb2312"] {
            assert!(declared(label, Place::Meta).unwrap().is_gb(), "{label}");
        }
        for label in ["big5", "utf-8", "cp936", "gb", "iso-8859-1"] {
            assert!(!declared(label, Place::Meta).unwrap().is_gb(), "{label}");
        }
    }

    #[test]
    fn valid_utf8_is_read_in_place_whatever_it_declares() {
        let page = "<meta charset=\"gb2312\"><p>某某局</p>";
        let (text, how) = decode(page.as_bytes()).unwrap();
        assert!(matches!(text, std::borrow::Cow::Borrowed(t) if t == page));
        assert_eq!(how, Decoding::Utf8);
        let (text, how) = decode(b"\xef\xbb\xbfabc").unwrap();
        assert_eq!((text.as_ref(), how), ("abc", Decoding::Utf8Bom));
        let (text, how) = decode(b"\xfe\xff\x4e\x2d\x00\n").unwrap();
        assert_eq!((text.as_ref(), how), ("中\n", Decoding::Utf16Be));
        let (text, how) = decode(b"\xff\xfe\x2d\x4e\n\x00").unwrap();
        assert_eq!((text.as_ref(), how), ("中\n", Decoding::Utf16Le));
    }

    #[cfg(feature = "encoding")]
    #[test]
    fn a_declaration_is_trusted_when_the_bytes_decode_under_it() {
        use crate::parse::ParseError;
        // "中" in GBK: alone, too little for the detector, which takes it for windows-1252.
        let mut page = b"<meta charset=gb2312><p>".to_vec();
        page.extend_from_slice(b"\xd6\xd0</p>");
        let (text, how) = decode(&page).unwrap();
        assert_eq!(text, "<meta charset=gb2312><p>中</p>");
        assert_eq!(how, Decoding::Gb18030Declared(Place::Meta));
        let mut saved = b"Content-Type: text/html; charset=GBK\r\n\r\n".to_vec();
        saved.extend_from_slice(b"\xd6\xd0");
        assert_eq!(
            decode(&saved).unwrap(),
            (
                "Content-Type: text/html; charset=GBK\r\n\r\n中".into(),
                Decoding::Gb18030Declared(Place::HttpHeader)
            )
        );
        assert_eq!(
            decode(b"<p>\xd6\xd0</p>").unwrap_err(),
            ParseError::Encoding {
                offset: 3,
                reason: "not UTF-8 from this byte on, and the bytes do not look like GB18030 (GBK) text; save the text as UTF-8".into()
            }
        );
        // A declaration of UTF-8 the bytes contradict leaves the detector to decide.
        let text = "某某局2022年政府信息公开工作年度报告";
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        let page = [b"<meta charset=utf-8>".as_slice(), &gbk].concat();
        assert_eq!(
            decode(&page).unwrap(),
            (
                format!("<meta charset=utf-8>{text}").into(),
                Decoding::Gb18030Detected
            )
        );
    }
}
