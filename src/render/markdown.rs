//! Markdown: the tables flattened, since Markdown tables have no spans.

use super::document::{Block, Document, paragraphs};
use super::grid::{flatten, segments};

pub(crate) fn write(doc: &Document<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("# ");
    inline(&doc.title, &mut out);
    out.push('\n');
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading { text, supplied, .. } => {
                out.push_str("## ");
                if *supplied {
                    out.push_str("\\[");
                    inline(text, &mut out);
                    out.push_str("\\]");
                } else {
                    inline(text, &mut out);
                }
                out.push('\n');
            }
            Block::Text(text) => {
                let mut first = true;
                for paragraph in paragraphs(text) {
                    if !first {
                        out.push('\n');
                    }
                    first = false;
                    paragraph_start(paragraph, &mut out);
                    out.push('\n');
                }
            }
            Block::Fields(lines) => {
                for (label, value) in lines {
                    out.push_str("- ");
                    inline(label, &mut out);
                    out.push('：');
                    inline(value, &mut out);
                    out.push('\n');
                }
            }
            Block::Table(table) => {
                let mut first = true;
                for segment in segments(table) {
                    if !first {
                        out.push('\n');
                    }
                    first = false;
                    if let Some(section) = segment.section {
                        out.push_str("**");
                        inline(&section.text, &mut out);
                        out.push_str("**\n\n");
                    }
                    let flat = flatten(&segment, table.columns, table.label_columns);
                    row(flat.header.iter().map(|c| c.as_ref()), &mut out);
                    out.push('|');
                    for numeric in &flat.numeric {
                        out.push_str(if *numeric { " ---: |" } else { " --- |" });
                    }
                    out.push('\n');
                    for cells in &flat.body {
                        row(cells.iter().map(|c| c.as_ref()), &mut out);
                    }
                }
            }
        }
    }
    out
}

fn row<'t>(cells: impl Iterator<Item = &'t str>, out: &mut String) {
    out.push('|');
    for cell in cells {
        out.push(' ');
        inline(cell, out);
        out.push_str(" |");
    }
    out.push('\n');
}

/// Writes a paragraph, escaping what Markdown would read as a block marker at its start
/// (a heading, a list item, a quote, a rule).
fn paragraph_start(paragraph: &str, out: &mut String) {
    let text = paragraph.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let ordered = digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')'));
    if ordered {
        out.push_str(&text[..digits]);
        out.push('\\');
        inline(&text[digits..], out);
    } else {
        if matches!(
            text.as_bytes().first(),
            Some(b'#' | b'-' | b'+' | b'=' | b'>')
        ) {
            out.push('\\');
        }
        inline(text, out);
    }
}

/// Writes text where Markdown would read nothing as markup: ASCII punctuation that starts
/// emphasis, code, links, HTML, entities or table cells is backslash-escaped, and a line
/// break inside a cell or a line becomes a space.
fn inline(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
}
