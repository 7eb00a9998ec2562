//! The Word documents the `.docx` tests read and two committed fixtures are: a report
//! rendered as HTML, read back, and written as WordprocessingML (headings by style, tables
//! with `w:gridSpan` and `w:vMerge`).

use std::io::Write;

use ogi_report::Report;
use ogi_report::render::Html;
use scraper::{ElementRef, Html as Page, Selector};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn paragraph(text: &str, style: Option<&str>) -> String {
    let style = style.map_or(String::new(), |s| {
        format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>")
    });
    format!(
        "<w:p>{style}<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        escape(text)
    )
}

/// A table as Word writes it: every grid position of a rowspan below its first row is a
/// `w:vMerge` continuation cell.
fn table(element: ElementRef<'_>) -> String {
    let rows: Vec<ElementRef<'_>> = element.select(&Selector::parse("tr").unwrap()).collect();
    let mut below = std::collections::BTreeMap::<(usize, usize), usize>::new();
    let mut out = String::from("<w:tbl>");
    for (r, row) in rows.iter().enumerate() {
        out += "<w:tr>";
        let mut col = 0;
        let cells: Vec<ElementRef<'_>> = row
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .collect();
        let mut cells = cells.into_iter().peekable();
        loop {
            if let Some(span) = below.remove(&(r, col)) {
                out += &format!(
                    "<w:tc><w:tcPr><w:gridSpan w:val=\"{span}\"/><w:vMerge/></w:tcPr><w:p/></w:tc>"
                );
                col += span;
                continue;
            }
            let Some(cell) = cells.next() else { break };
            let attr = |name: &str| {
                cell.value()
                    .attr(name)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(1usize)
            };
            let (rowspan, colspan) = (attr("rowspan"), attr("colspan"));
            let merge = if rowspan > 1 {
                "<w:vMerge w:val=\"restart\"/>"
            } else {
                ""
            };
            for k in 1..rowspan {
                below.insert((r + k, col), colspan);
            }
            let text: String = cell.text().collect();
            out += &format!(
                "<w:tc><w:tcPr><w:gridSpan w:val=\"{colspan}\"/>{merge}</w:tcPr>{}</w:tc>",
                paragraph(text.trim(), None)
            );
            col += colspan;
        }
        out += "</w:tr>";
    }
    out + "</w:tbl>"
}

/// The .docx of a rendered report: its paragraphs and tables as Word writes them, deflated.
pub fn docx_of(report: &Report) -> Vec<u8> {
    let page = Page::parse_document(&Html::new(report).page());
    let mut body = String::new();
    let blocks =
        Selector::parse("article > h1, article > h2, article > p, article > dl div, article table")
            .unwrap();
    for element in page.select(&blocks) {
        match element.value().name() {
            "h1" => body += &paragraph(&element.text().collect::<String>(), Some("Title")),
            "h2" => body += &paragraph(&element.text().collect::<String>(), Some("Heading1")),
            "p" => body += &paragraph(&element.text().collect::<String>(), None),
            "div" => {
                let parts: Vec<String> = element
                    .children()
                    .filter_map(ElementRef::wrap)
                    .map(|e| e.text().collect::<String>())
                    .collect();
                body += &paragraph(&parts.join("："), None);
            }
            "table" => body += &table(element),
            _ => {}
        }
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
        ),
        ("word/document.xml", document.as_str()),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}
