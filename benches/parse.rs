//! Speed and allocations of reading a published report, in each form.
//!
//! `cargo bench --bench parse` measures (add `--features html` for the HTML benchmark);
//! `cargo test --benches` runs each benchmark once as a smoke test. Per-MB figures over
//! growing inputs show that time grows linearly with the input.

use divan::{AllocProfiler, Bencher, black_box};
use ogi_report::parse::{ParseOptions, parse};
use ogi_report::render;

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

fn main() {
    divan::main();
}

const SEED_003: &str = include_str!("../tests/fixtures/seeds/003_d6691d8e51d808ed.txt");
const SEED_002: &str = include_str!("../tests/fixtures/seeds/002_e5cb504301f5c306.txt");

/// Seed 003 as published: a Word dump, one cell per line (199 table cells).
#[divan::bench]
fn text_one_cell_per_line(bencher: Bencher) {
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(SEED_003), &options).unwrap());
}

/// Seed 002 as published: ragged tab-separated rows (200 table cells).
#[divan::bench]
fn text_tab_separated(bencher: Bencher) {
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(SEED_002), &options).unwrap());
}

/// Seed 003 rendered as Markdown and read back.
#[divan::bench]
fn markdown(bencher: Bencher) {
    let report = ogi_report::Report::from_json(include_str!(
        "../tests/fixtures/reports/003_liaocheng_2019.json"
    ))
    .unwrap();
    let text = render::markdown(&report);
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(&text), &options).unwrap());
}

/// Seed 003 rendered as an HTML page and read back.
#[cfg(feature = "html")]
#[divan::bench]
fn html_page(bencher: Bencher) {
    let report = ogi_report::Report::from_json(include_str!(
        "../tests/fixtures/reports/003_liaocheng_2019.json"
    ))
    .unwrap();
    let page = render::Html::new(&report).page();
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(&page), &options).unwrap());
}

/// A 5-page report PDF (seed 002 printed by Chromium), file to validated report.
#[cfg(feature = "pdf")]
#[divan::bench]
fn pdf_file_to_validated_report(bencher: Bencher) {
    let bytes = include_bytes!("../tests/fixtures/pdf/002_luohe_huizu_2022.pdf");
    let options = ParseOptions::default();
    bencher.bench(|| {
        let parsed = ogi_report::parse::parse_pdf(black_box(bytes), &options).unwrap();
        ogi_report::validate(&parsed.report)
    });
}

/// Seed 002 as a Word document, file to validated report.
#[cfg(feature = "docx")]
#[divan::bench]
fn docx_file_to_validated_report(bencher: Bencher) {
    let bytes = include_bytes!("../tests/fixtures/docx/002_luohe_huizu_2022.docx");
    let options = ParseOptions::default();
    bencher.bench(|| {
        let parsed = parse_bytes_for_bench(black_box(bytes), &options);
        ogi_report::validate(&parsed.report)
    });
}

#[cfg(feature = "docx")]
fn parse_bytes_for_bench(bytes: &[u8], options: &ParseOptions) -> ogi_report::parse::Parsed {
    ogi_report::parse::parse_bytes(bytes, options).unwrap()
}

/// A report with its narrative repeated until the text is about this many bytes: time per
/// byte stays flat when parsing is linear.
#[divan::bench(args = [10_000, 100_000, 1_000_000, 10_000_000], sample_count = 10)]
fn linear_in_size(bencher: Bencher, size: usize) {
    let mut text = String::from(SEED_003);
    let filler =
        "（一）加强组织领导。严格按照要求做好信息公开工作，规范程序，确保信息及时准确公开。\n";
    while text.len() < size {
        text.push_str(filler);
    }
    let options = ParseOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| parse(black_box(&text), &options).unwrap());
}

/// Seed 002 as published, repeated whole until the text is about this many bytes: every
/// table read again and again, each row a duplicate with its findings. Time per byte stays
/// flat when nothing in the table reader grows with the tables before it. (Up to 4 MB: 10 MB
/// of it passes the 400,000 cells a text is read into.)
#[divan::bench(args = [10_000, 100_000, 1_000_000, 4_000_000], sample_count = 10)]
fn linear_in_tables(bencher: Bencher, size: usize) {
    let mut text = String::from(SEED_002);
    while text.len() < size {
        text.push_str(SEED_002);
    }
    let options = ParseOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| parse(black_box(&text), &options).unwrap());
}

/// A whole report crawled into one line, every row of part 三 run together or apart by
/// spaces ("0 0 0 0 0 00"): the one-line split, the leading zeros and the joint solve.
#[divan::bench]
fn crawled_one_line(bencher: Bencher) {
    const CRAWLED: &str = include_str!("../tests/fixtures/real/pingtan_2019_crawled.txt");
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(CRAWLED), &options).unwrap());
}

/// Two rows that each split two ways under their totals, settled by the columns.
#[divan::bench]
fn crawled_rows_solved_jointly(bencher: Bencher) {
    const ADJACENT: &str = include_str!("../tests/fixtures/settle/crawled_adjacent_rows.txt");
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(ADJACENT), &options).unwrap());
}

/// A pathological row: 48 digits (the most split) into 7 cells, and 60 (refused at once);
/// the split's budget bounds the first.
#[divan::bench(args = [48, 60])]
fn a_row_of_many_digits(bencher: Bencher, digits: usize) {
    let text = format!(
        "某某局2022年政府信息公开工作年度报告\n一、总体情况\n概述。\n\
         三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量{}\n\
         四、政府信息公开行政复议、行政诉讼情况\n",
        "1".repeat(digits)
    );
    let options = ParseOptions::default();
    bencher.bench(|| parse(black_box(&text), &options).unwrap());
}

/// A hostile line for the label normalizer: 400,000 closing brackets, or 100,000 "（）"
/// pairs. Each character is folded once, looking back at most nine characters for a pinyin
/// gloss: the time per byte is that of any text.
fn hostile_line(line: &str) -> String {
    match line {
        "closing brackets" => "]".repeat(400_000),
        _ => "（）".repeat(100_000),
    }
}

/// The normalizer alone on a hostile line.
#[divan::bench(args = ["closing brackets", "bracket pairs"], sample_count = 10)]
fn normalize_hostile_line(bencher: Bencher, line: &str) {
    let text = hostile_line(line);
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| ogi_report::layout::label::normalize(black_box(&text)));
}

/// Seed 002 as published with a hostile line among its rows, set as a row's cell between
/// two labels ("行政许可 ]]]… 其他"): the reader matches every word of the row as a label.
#[divan::bench(args = ["closing brackets", "bracket pairs"], sample_count = 10)]
fn hostile_line_in_a_row(bencher: Bencher, line: &str) {
    let text = format!("{SEED_002}\n行政许可 {} 其他\n", hostile_line(line));
    let options = ParseOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| parse(black_box(&text), &options).unwrap());
}

/// An HTML page of a table's rows inside divs 200 deep (the depth measured before the tree
/// is built, near its limit), repeated until the page is about this many bytes: time per
/// byte stays flat when the depth measure and the walk are linear.
#[cfg(feature = "html")]
#[divan::bench(args = [50_000, 100_000, 200_000, 400_000, 800_000], sample_count = 10)]
fn html_deep_page_linear_in_size(bencher: Bencher, size: usize) {
    let block = format!(
        "{}<table><tr><td>行政许可</td><td>12</td></tr></table>{}\n",
        "<div>".repeat(200),
        "</div>".repeat(200)
    );
    let mut page = String::from("<html><body><h1>某某局2022年政府信息公开工作年度报告</h1>");
    while page.len() < size {
        page.push_str(&block);
    }
    let options = ParseOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(page.len()))
        .bench(|| parse(black_box(&page), &options));
}

/// The same page on one line: nothing the reader does grows with a line's length.
#[cfg(feature = "html")]
#[divan::bench(args = [100_000, 200_000, 400_000, 800_000, 1_600_000], sample_count = 10)]
fn html_one_line_linear_in_size(bencher: Bencher, size: usize) {
    let block = "<div><p>一、总体情况</p><span>行政许可 12</span></div>";
    let mut page = String::from("<html><body>");
    while page.len() < size {
        page.push_str(block);
    }
    let options = ParseOptions::default();
    bencher
        .counter(divan::counter::BytesCount::new(page.len()))
        .bench(|| parse(black_box(&page), &options));
}

/// A PDF of this many pages, each drawing 5,000 lines of text, deflated: the checks before
/// lopdf and pdf-extract (reading the cross-reference table and each object, inflating and
/// reading each page's content) and the drawing itself. Time per page stays flat when they
/// are linear.
#[cfg(feature = "pdf")]
#[divan::bench(args = [1, 2, 4, 8, 16], sample_count = 10)]
fn pdf_pages_linear_in_count(bencher: Bencher, pages: usize) {
    use std::io::Write;
    let zlib = |data: &[u8]| {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    };
    let mut content = b"BT /F1 6 Tf 36 800 Td".to_vec();
    for i in 0..5_000 {
        content.extend(format!(" 0 -0.15 Td ({}) Tj", i % 100).as_bytes());
    }
    content.extend(b" ET");
    let content = zlib(&content);
    // Objects: catalogue, page tree, font, then a page and its content for each page.
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Count {pages} /Kids [{}] >>",
            (0..pages)
                .map(|p| format!("{} 0 R", 4 + 2 * p))
                .collect::<Vec<_>>()
                .join(" ")
        )
        .into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    for p in 0..pages {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {} 0 R \
                 /Resources << /Font << /F1 3 0 R >> >> >>",
                5 + 2 * p
            )
            .into_bytes(),
        );
        let mut s = format!(
            "<< /Filter /FlateDecode /Length {} >>\nstream\n",
            content.len()
        )
        .into_bytes();
        s.extend(&content);
        s.extend(b"\nendstream");
        objects.push(s);
    }
    let mut file = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(file.len());
        file.extend(format!("{} 0 obj\n", i + 1).as_bytes());
        file.extend(body);
        file.extend(b"\nendobj\n");
    }
    let xref = file.len();
    file.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        file.extend(format!("{o:010} 00000 n \n").as_bytes());
    }
    file.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    bencher
        .counter(divan::counter::ItemsCount::new(pages))
        .bench(|| ogi_report::parse::pdf_pieces(black_box(&file)).unwrap());
}

/// A Word document of this many paragraphs: time per paragraph stays flat.
#[cfg(feature = "docx")]
#[divan::bench(args = [1_000, 2_000, 4_000, 8_000, 16_000], sample_count = 10)]
fn docx_paragraphs_linear_in_count(bencher: Bencher, paragraphs: usize) {
    use std::io::Write;
    let body: String = (0..paragraphs)
        .map(|i| {
            format!("<w:p><w:r><w:t>第{i}段：严格按照要求做好信息公开工作。</w:t></w:r></w:p>")
        })
        .collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    zip.write_all(format!("<w:document><w:body>{body}</w:body></w:document>").as_bytes())
        .unwrap();
    let file = zip.finish().unwrap().into_inner();
    bencher
        .counter(divan::counter::ItemsCount::new(paragraphs))
        .bench(|| ogi_report::parse::docx_text(black_box(&file)).unwrap());
}
