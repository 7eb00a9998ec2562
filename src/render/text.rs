//! Text: headings and paragraphs as lines, tables as tab-separated lines in the official row
//! order, the shape in which reports are most often copied.

use super::document::{Block, Document, paragraphs};
use super::grid::Grid;

pub(crate) fn write(doc: &Document<'_>) -> String {
    let mut out = String::with_capacity(16 * 1024);
    line(&doc.title, &mut out);
    for block in &doc.blocks {
        out.push('\n');
        match block {
            Block::Heading { text, supplied, .. } => {
                if *supplied {
                    out.push('[');
                    out.push_str(&one_line(text));
                    out.push_str("]\n");
                } else {
                    line(text, &mut out);
                }
            }
            Block::Text(text) => {
                let mut first = true;
                for paragraph in paragraphs(text) {
                    if !first {
                        out.push('\n');
                    }
                    first = false;
                    line(paragraph, &mut out);
                }
            }
            Block::Fields(lines) => {
                for (label, value) in lines {
                    out.push_str(label);
                    out.push('：');
                    line(value, &mut out);
                }
            }
            Block::Table(table) => {
                let grid = Grid::new(&table.rows, table.columns);
                for (r, row) in table.rows.iter().enumerate() {
                    for c in 0..table.columns {
                        if c > 0 {
                            out.push('\t');
                        }
                        if let Some((_, i)) = grid.origin(r, c) {
                            out.push_str(&cell_text(&row.cells[i].text));
                        }
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn line(text: &str, out: &mut String) {
    out.push_str(&one_line(text));
    out.push('\n');
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// A cell's text with tabs and line breaks made spaces, so that each row stays one line of
/// tab-separated cells.
fn cell_text(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}
