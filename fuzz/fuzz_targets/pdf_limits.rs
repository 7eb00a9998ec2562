//! PDFs built to meet the reader's limits (structure-aware): a page whose content is runs of
//! operators (text shown, graphics states saved and restored, forms drawn, colour spaces
//! set, arrays nested, inline images), a form that may draw itself, a colour profile and a
//! character map of chosen sizes, the content as it is, deflated once or twice, or a deflate
//! bomb, and the font kept in an object stream listed by a cross-reference stream or not.
//! The reader gives glyphs or a reason, never a panic, a stack overflow or runaway memory
//! (libFuzzer's limit on memory stands guard), and never more glyphs than its limit.
#![no_main]

use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{MAX_PDF_TEXT, pdf_pieces};

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = ZlibEncoder::new(Vec::new(), Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// `mib` mebibytes of zeros as zlib, some 1 KB a mebibyte.
fn zeros(mib: usize) -> Vec<u8> {
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
    let adler = ((((mib as u64) << 20) % 65521) << 16) | 1;
    out.extend((adler as u32).to_be_bytes());
    out
}

fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut o = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    o.extend(data);
    o.extend(b"\nendstream");
    o
}

/// A content stream: runs of operators, each repeated up to 2^17 times.
fn content(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let mut out = b"BT /F1 10 Tf 72 720 Td ".to_vec();
    while !u.is_empty() && out.len() < 4 << 20 {
        let times = 1usize << u.int_in_range(0..=17)?;
        let op: &[u8] = match u.int_in_range(0..=11)? {
            0 => b"q ",
            1 => b"Q ",
            2 => b"(x) Tj ",
            3 => b"[(ab) -20 <0041>] TJ ",
            4 => b"1 0 0 1 0 0 cm ",
            5 => b"/X Do ",
            6 => b"/CS0 cs ",
            7 => b"0 -12 Td ",
            8 => b"[",
            9 => b"] ",
            10 => b"BI /W 1 /H 1 /BPC 8 /CS /G ID x EI ",
            _ => b"/F1 10 Tf ",
        };
        out.extend(op.repeat(times));
    }
    out.extend(b" ET");
    Ok(out)
}

/// A stream's data and its filter: as it is, deflated once or twice, or a bomb.
fn filtered(u: &mut Unstructured<'_>, data: Vec<u8>) -> Result<(String, Vec<u8>)> {
    Ok(match u.int_in_range(0..=3)? {
        0 => (String::new(), data),
        1 => ("/Filter /FlateDecode".into(), zlib(&data)),
        2 => (
            "/Filter [/FlateDecode /FlateDecode]".into(),
            zlib(&zlib(&data)),
        ),
        _ => (
            "/Filter /FlateDecode".into(),
            zeros(usize::from(u.int_in_range(1..=8u8)?)),
        ),
    })
}

fn file(u: &mut Unstructured<'_>) -> Result<Vec<u8>> {
    let page = content(u)?;
    let (page_filter, page_data) = filtered(u, page)?;
    let form = content(u)?;
    let (form_filter, form_data) = filtered(u, form)?;
    let in_object_stream = u.arbitrary::<bool>()?;
    // The font: object 5, or object 10 in object stream 9.
    let font_id = if in_object_stream { 10 } else { 5 };
    let form_resources = if u.arbitrary()? {
        format!("/Resources << /XObject << /X 6 0 R >> /Font << /F1 {font_id} 0 R >> >>")
    } else {
        String::new()
    };
    let profile = vec![7u8; usize::from(u.arbitrary::<u16>()?) * 16];
    let (profile_filter, profile_data) = filtered(u, profile)?;
    let high = u.arbitrary::<u32>()?;
    let cmap = format!("begincmap 1 beginbfrange <0000> <{high:08X}> <0041> endbfrange endcmap");
    let font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 8 0 R >>";
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources << /Font << /F1 {font_id} 0 R >> /XObject << /X 6 0 R >> \
             /ColorSpace << /CS0 [/ICCBased 7 0 R] >> >> >>"
        )
        .into_bytes(),
        stream(&page_filter, &page_data),
        if in_object_stream {
            b"null".to_vec()
        } else {
            font.to_vec()
        },
        stream(
            &format!("/Type /XObject /Subtype /Form /BBox [0 0 10 10] {form_resources} {form_filter}"),
            &form_data,
        ),
        stream(&format!("/N 1 {profile_filter}"), &profile_data),
        stream("", cmap.as_bytes()),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend(body);
        out.extend(b"\nendobj\n");
    }
    if !in_object_stream {
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
        return Ok(out);
    }
    // The font as object 10 in object stream 9; a cross-reference stream (object 11).
    let inner = [b"10 0 ".as_slice(), font].concat();
    let (filter, data) = filtered(u, inner)?;
    objects.push(stream(&format!("/Type /ObjStm /N 1 /First 5 {filter}"), &data));
    offsets.push(out.len());
    out.extend(b"9 0 obj\n");
    out.extend(objects.last().unwrap());
    out.extend(b"\nendobj\n");
    let xref = out.len();
    let mut rows = vec![0u8; 6];
    for o in &offsets {
        rows.push(1);
        rows.extend((*o as u32).to_be_bytes());
        rows.push(0);
    }
    rows.extend([2, 0, 0, 0, 9, 0, 1]);
    rows.extend((xref as u32).to_be_bytes());
    rows.push(0);
    out.extend(b"11 0 obj\n");
    out.extend(stream("/Type /XRef /Size 12 /W [1 4 1] /Root 1 0 R", &rows));
    out.extend(format!("\nendobj\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    Ok(out)
}

fuzz_target!(
    init: {
        // The reader catches pdf-extract's panics; libFuzzer's hook would abort first.
        let _ = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        let Ok(file) = file(&mut Unstructured::new(data)) else {
            return;
        };
        if let Ok(pieces) = pdf_pieces(&file) {
            assert!(pieces.len() as u64 <= MAX_PDF_TEXT);
        }
    }
);
