//! HTML pages and fragments: `<table>` rows into the grid with rowspan and colspan expanded,
//! headings and paragraphs into lines. Entities are decoded; an empty cell or one holding only
//! `&nbsp;` is blank.

use std::collections::HashMap;

use scraper::node::Node;
use scraper::{ElementRef, Html};

use super::source::{Doc, Line, LineKind, Tok};

/// The largest span honoured; a larger rowspan or colspan is read as this.
const MAX_SPAN: u32 = 64;

struct Walker<'a> {
    input: &'a str,
    cursor: usize,
    doc: Doc<'static>,
    text: String,
    kind: LineKind,
}

pub(crate) fn read(input: &str) -> Doc<'static> {
    let html = Html::parse_document(input);
    let mut w = Walker {
        input,
        cursor: 0,
        doc: Doc::default(),
        text: String::new(),
        kind: LineKind::Text,
    };
    let root = html.root_element();
    // The page's <title> first: many pages set the report's title in a <div>, after the site's
    // menus. When the title shows again in the page, reading resumes after it there.
    {
        if let Some(title) = root
            .descendants()
            .filter_map(ElementRef::wrap)
            .find(|e| e.value().name() == "title")
        {
            let text: String = title.text().collect();
            // "某某局2022年政府信息公开工作年度报告_某某市人民政府": the site's name is not the title.
            let text = text
                .split(['_', '|', '｜'])
                .next()
                .unwrap_or_default()
                .split(" - ")
                .next()
                .unwrap_or_default();
            w.text = text.trim().to_owned();
            w.flush();
        }
    }
    w.element(root);
    w.flush();
    w.doc
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "main"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "blockquote"
            | "pre"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "br"
            | "hr"
            | "caption"
            | "figure"
            | "figcaption"
            | "nav"
            | "aside"
            | "address"
            | "body"
            | "center"
            | "form"
            | "details"
            | "summary"
    )
}

impl Walker<'_> {
    /// Where a text is in the source, searched from the last place found.
    fn locate(&mut self, text: &str) -> std::ops::Range<usize> {
        let probe: String = text.chars().take(24).collect();
        if !probe.is_empty() {
            // Search a window ahead only: text the markup hides (entities, tags inside a
            // word) must not make every search scan the rest of the page.
            let mut end = (self.cursor + 64 * 1024).min(self.input.len());
            while !self.input.is_char_boundary(end) {
                end -= 1;
            }
            if let Some(at) = self
                .input
                .get(self.cursor..end)
                .and_then(|s| s.find(&probe))
            {
                let start = self.cursor + at;
                let end = if self.input[start..].starts_with(text) {
                    start + text.len()
                } else {
                    start + probe.len()
                };
                self.cursor = start + probe.len();
                return start..end;
            }
        }
        self.cursor..self.cursor
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let text = text.trim_matches(|c: char| c.is_whitespace()).to_owned();
        let kind = std::mem::replace(&mut self.kind, LineKind::Text);
        if text.is_empty() {
            return;
        }
        let range = self.locate(&text);
        self.doc.lines.push(Line {
            kind,
            cells: vec![Tok {
                text: text.clone().into(),
                range: range.clone(),
                col: None,
                x: None,
            }],
            text: text.into(),
            range,
        });
    }

    fn element(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        match name {
            "script" | "style" | "noscript" | "template" | "head" => return,
            "table" => {
                self.flush();
                self.table(element);
                return;
            }
            _ => {}
        }
        let block = is_block(name);
        if block {
            self.flush();
        }
        if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            self.kind = LineKind::Heading;
        }
        for child in element.children() {
            match child.value() {
                Node::Text(t) => self.text.push_str(t),
                Node::Element(_) => {
                    if let Some(e) = ElementRef::wrap(child) {
                        self.element(e);
                    }
                }
                _ => {}
            }
        }
        if name == "dt" {
            self.text.push('：');
        }
        if block {
            self.flush();
        }
    }

    fn table(&mut self, table: ElementRef<'_>) {
        // Rows of this table, not of tables nested in its cells.
        let mut rows: Vec<ElementRef<'_>> = Vec::new();
        collect_rows(table, &mut rows);
        let mut taken: HashMap<(u32, u32), ()> = HashMap::new();
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32;
            let mut col = 0u32;
            let mut cells = Vec::new();
            let mut texts = Vec::new();
            for cell in row
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
            {
                while taken.contains_key(&(r, col)) {
                    col += 1;
                }
                let span = |attr: &str| {
                    cell.value()
                        .attr(attr)
                        .and_then(|v| v.trim().parse::<u32>().ok())
                        .unwrap_or(1)
                        .clamp(1, MAX_SPAN)
                };
                let (rows_spanned, cols_spanned) = (span("rowspan"), span("colspan"));
                for dr in 0..rows_spanned {
                    for dc in 0..cols_spanned {
                        taken.insert((r + dr, col + dc), ());
                    }
                }
                let text = cell_text(cell);
                let range = if text.is_empty() {
                    self.cursor..self.cursor
                } else {
                    self.locate(&text)
                };
                texts.push(text.clone());
                cells.push(Tok {
                    text: text.into(),
                    range,
                    col: Some(col),
                    x: None,
                });
                col += cols_spanned;
            }
            if cells.is_empty() {
                continue;
            }
            let start = cells
                .iter()
                .map(|c| c.range.start)
                .min()
                .unwrap_or(self.cursor);
            let end = cells
                .iter()
                .map(|c| c.range.end)
                .max()
                .unwrap_or(self.cursor);
            self.doc.lines.push(Line {
                kind: LineKind::Row,
                text: texts.join(" ").trim().to_owned().into(),
                range: start..end.max(start),
                cells,
            });
        }
    }
}

fn collect_rows<'a>(element: ElementRef<'a>, rows: &mut Vec<ElementRef<'a>>) {
    for child in element.children().filter_map(ElementRef::wrap) {
        match child.value().name() {
            "tr" => rows.push(child),
            "thead" | "tbody" | "tfoot" => collect_rows(child, rows),
            _ => {}
        }
    }
}

/// The text of a cell: its text with whitespace runs folded, line breaks kept as nothing.
fn cell_text(cell: ElementRef<'_>) -> String {
    let mut out = String::new();
    for piece in cell.text() {
        out.push_str(piece);
    }
    let folded: Vec<&str> = out.split_whitespace().collect();
    // Between two Han characters a break or space is layout, not text.
    let mut text = String::new();
    for (i, word) in folded.iter().enumerate() {
        if i > 0 {
            let prev = text.chars().last();
            let next = word.chars().next();
            let han = |c: Option<char>| c.is_some_and(crate::layout::label::is_han);
            if !(han(prev) || han(next)) {
                text.push(' ');
            }
        }
        text.push_str(word);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::cell_text;
    use scraper::{Html, Selector};

    /// The texts of the table cells of a fragment.
    fn cells(fragment: &str) -> Vec<String> {
        let page = Html::parse_fragment(fragment);
        let td = Selector::parse("td").unwrap_or_else(|e| panic!("{e:?}"));
        page.select(&td).map(cell_text).collect()
    }

    /// A break or run of space is dropped next to a Han character (a label wrapped in its
    /// cell) and kept, as one space, between two other words.
    #[test]
    fn cell_text_joins_wrapped_han_and_keeps_other_spaces() {
        assert_eq!(
            cells(
                "<table><tr><td>商业<br>企业</td><td>规章 3</td><td>3 件</td>\
                 <td>A  1</td><td> 12\n</td></tr></table>"
            ),
            ["商业企业", "规章3", "3件", "A 1", "12"]
        );
    }
}
