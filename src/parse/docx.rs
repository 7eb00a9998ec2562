//! Word documents (.docx): the paragraphs and tables of `word/document.xml`, read into the
//! text the parser reads. Each paragraph is a line; each table row is a line of cells apart
//! by tabs, every grid column in its place (`w:gridSpan` widens a cell, a `w:vMerge`
//! continuation leaves its place empty), so that the same matcher reads it as it reads a
//! table copied as tab-separated text.
//!
//! Hostile files are refused, never followed: a ZIP entry larger than [`MAX_DOCUMENT`]
//! uncompressed, or inflating more than [`MAX_RATIO`] times its compressed size, is an error
//! (a ZIP bomb), as are elements nested more than [`MAX_XML_DEPTH`] deep and encrypted,
//! truncated and corrupt files. The XML is read as a stream of events, never as a tree, and
//! a cancelled parse stops at the next paragraph or table row.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::ParseError;
use super::cancel::Cancel;

/// The largest `word/document.xml` read, uncompressed: 64 MiB.
pub const MAX_DOCUMENT: u64 = 64 << 20;

/// The largest ratio of uncompressed to compressed size accepted for `word/document.xml`.
pub const MAX_RATIO: u64 = 200;

/// The deepest nesting of elements read in `word/document.xml`: 256 levels (a paragraph in a
/// table in a table cell in a text box is some 30).
pub const MAX_XML_DEPTH: usize = 256;

/// Whether `size` bytes inflated from `compressed` are within the limits: at most
/// [`MAX_DOCUMENT`] bytes and at most [`MAX_RATIO`] times the compressed size.
fn within_limits(size: u64, compressed: u64) -> bool {
    size <= MAX_DOCUMENT && size <= compressed.saturating_mul(MAX_RATIO)
}

fn refused(reason: impl Into<String>) -> ParseError {
    ParseError::Docx {
        reason: reason.into(),
    }
}

/// The XML of the document body, read within the limits.
fn document_xml(bytes: &[u8]) -> Result<String, ParseError> {
    if bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0]) {
        return Err(refused(
            "an OLE compound file: an encrypted .docx or an old .doc, which this reader does not open",
        ));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        refused(format!(
            "not a readable ZIP container ({e}): a corrupt or truncated file"
        ))
    })?;
    let mut entry = archive.by_name("word/document.xml").map_err(|e| match e {
        zip::result::ZipError::FileNotFound => {
            refused("no word/document.xml: a ZIP file, but not a Word document")
        }
        zip::result::ZipError::UnsupportedArchive(what) => {
            refused(format!("an archive this reader does not open: {what}"))
        }
        other => refused(format!("word/document.xml cannot be read: {other}")),
    })?;
    if entry.encrypted() {
        return Err(refused("word/document.xml is encrypted"));
    }
    let declared = entry.size();
    let compressed = entry.compressed_size();
    if !within_limits(declared, compressed) {
        return Err(refused(format!(
            "word/document.xml would inflate to {declared} bytes from {compressed}: over the limits ({MAX_DOCUMENT} bytes, {MAX_RATIO}×), refused as a ZIP bomb"
        )));
    }
    let mut xml = Vec::new();
    (&mut entry)
        .take(MAX_DOCUMENT + 1)
        .read_to_end(&mut xml)
        .map_err(|e| refused(format!("word/document.xml is corrupt: {e}")))?;
    if !within_limits(xml.len() as u64, compressed) {
        return Err(refused(
            "word/document.xml inflates past the limits its header declared: refused as a ZIP bomb",
        ));
    }
    String::from_utf8(xml).map_err(|_| refused("word/document.xml is not UTF-8"))
}

/// A cell of a table row being read.
struct CellOut {
    text: String,
    span: usize,
    /// A `w:vMerge` continuation: the cell above spans into it.
    merged: bool,
}

/// The text of a Word document, as the parser reads it: paragraphs as lines, table rows as
/// tab-separated lines, headings (by style) marked with `#`.
pub fn docx_text(bytes: &[u8]) -> Result<String, ParseError> {
    text(bytes, &Cancel::default())
}

/// [`docx_text`], stopping when `cancel` says so.
pub(crate) fn text(bytes: &[u8], cancel: &Cancel) -> Result<String, ParseError> {
    cancel.check()?;
    let xml = document_xml(bytes)?;
    cancel.check()?;
    let mut reader = Reader::from_str(&xml);
    // Elements open around the event being read; events between two looks at `cancel`.
    let mut open = 0usize;
    let mut poll = cancel.poll(4096);
    let mut out = String::with_capacity(xml.len() / 4);
    let mut paragraph = String::new();
    let mut heading = false;
    let mut in_text = false;
    // Tables nest: a table inside a cell is read as that cell's text.
    let mut depth = 0usize;
    let mut row: Vec<CellOut> = Vec::new();
    let mut cell: Option<CellOut> = None;
    let mut tables = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| refused(format!("word/document.xml is not well-formed XML: {e}")))?;
        poll.step()?;
        match &event {
            Event::Start(_) => {
                open += 1;
                if open > MAX_XML_DEPTH {
                    return Err(refused(format!(
                        "word/document.xml nests elements more than {MAX_XML_DEPTH} deep (byte {}); the limit is {MAX_XML_DEPTH} levels",
                        reader.buffer_position()
                    )));
                }
            }
            Event::End(_) => open = open.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name();
                let attr = |key: &[u8]| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key)
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                };
                match name.as_ref() {
                    b"w:tbl" => {
                        depth += 1;
                        tables += 1;
                    }
                    b"w:tr" if depth == 1 => row.clear(),
                    b"w:tc" if depth == 1 => {
                        cell = Some(CellOut {
                            text: String::new(),
                            span: 1,
                            merged: false,
                        })
                    }
                    b"w:gridSpan" if depth == 1 => {
                        if let (Some(c), Some(v)) = (cell.as_mut(), attr(b"w:val")) {
                            c.span = v.parse::<usize>().unwrap_or(1).clamp(1, 64);
                        }
                    }
                    b"w:vMerge" if depth == 1 => {
                        if let Some(c) = cell.as_mut() {
                            c.merged = attr(b"w:val").is_none_or(|v| v == "continue");
                        }
                    }
                    b"w:pStyle" => {
                        let style = attr(b"w:val").unwrap_or_default().to_ascii_lowercase();
                        heading = style.starts_with("heading") || style.starts_with("title");
                    }
                    b"w:t" => in_text = true,
                    b"w:tab" => paragraph.push(' '),
                    b"w:br" | b"w:cr" => paragraph.push(' '),
                    _ => {}
                }
            }
            Event::Text(t) if in_text => {
                let text = t
                    .decode()
                    .map_err(|e| refused(format!("word/document.xml has bad text: {e}")))?;
                paragraph.push_str(&text);
            }
            Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8_lossy(&r);
                let c = match name.as_ref() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => ' ',
                };
                paragraph.push(c);
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => {
                    cancel.check()?;
                    let text = std::mem::take(&mut paragraph);
                    let text = text.trim();
                    match cell.as_mut() {
                        Some(c) if depth >= 1 && !text.is_empty() => {
                            if !c.text.is_empty() {
                                c.text.push(' ');
                            }
                            c.text.push_str(text);
                        }
                        Some(_) if depth >= 1 => {}
                        _ if depth == 0 && !text.is_empty() => {
                            if heading {
                                out.push_str("# ");
                            }
                            out.push_str(text);
                            out.push('\n');
                        }
                        _ => {}
                    }
                    heading = false;
                }
                b"w:tc" if depth == 1 => {
                    if let Some(c) = cell.take() {
                        row.push(c);
                    }
                }
                b"w:tr" if depth == 1 => {
                    cancel.check()?;
                    let mut line = String::new();
                    let mut first = true;
                    for c in row.drain(..) {
                        for i in 0..c.span {
                            if !first {
                                line.push('\t');
                            }
                            first = false;
                            if i == 0 && !c.merged {
                                line.push_str(&c.text.replace(['\t', '\n'], " "));
                            }
                        }
                    }
                    if line.contains('\t') || !line.trim().is_empty() {
                        // A row of one cell still needs a tab to read as a row.
                        if !line.contains('\t') {
                            line.push('\t');
                        }
                        out.push_str(&line);
                        out.push('\n');
                    }
                }
                b"w:tbl" => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        out.push('\n');
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if out.trim().is_empty() {
        return Err(refused("the document holds no text"));
    }
    // A document with no table (`tables == 0`) is still read: a 2008-era report is prose, and
    // a later one is refused by the parser for want of its tables.
    let _ = tables;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{MAX_DOCUMENT, MAX_RATIO, within_limits};

    #[test]
    fn a_document_may_inflate_to_the_limits_and_not_a_byte_past_them() {
        assert!(within_limits(MAX_RATIO, 1));
        assert!(!within_limits(MAX_RATIO + 1, 1));
        assert!(within_limits(2 * MAX_RATIO, 2));
        assert!(!within_limits(2 * MAX_RATIO + 1, 2));
        assert!(within_limits(0, 0));
        assert!(!within_limits(1, 0));
        assert!(within_limits(MAX_DOCUMENT, MAX_DOCUMENT));
        assert!(!within_limits(MAX_DOCUMENT + 1, MAX_DOCUMENT));
        assert!(!within_limits(u64::MAX, u64::MAX));
    }
}
