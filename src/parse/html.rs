//! HTML pages and fragments: `<table>` rows into the grid with rowspan and colspan expanded,
//! headings and paragraphs into lines. Entities are decoded; an empty cell or one holding only
//! `&nbsp;` is blank.
//!
//! Limits on hostile pages: before the parser builds any tree, one pass over the markup
//! follows the elements html5ever would hold open (the tags a later tag closes, the end tags
//! it ignores, tables, foreign SVG and MathML) and refuses a page that nests them more than
//! [`MAX_HTML_DEPTH`] deep ([`ParseError::TooDeep`]), so the parser never meets a deep page
//! (its work per tag grows with the depth). The tree is then walked with a stack of its own,
//! never by recursion: no page can overflow the thread's stack.

use std::collections::HashMap;

use scraper::node::Node;
use scraper::{ElementRef, Html};

use super::ParseError;
use super::cancel::Cancel;
use super::source::{Doc, Line, LineKind, Tok};

/// The largest span honoured; a larger rowspan or colspan is read as this.
const MAX_SPAN: u32 = 64;

/// The deepest nesting of elements read in an HTML page: 256 levels. Pages nest some 10 to
/// 40; a deeper page is refused before its tree is built.
pub const MAX_HTML_DEPTH: usize = 256;

/// The most elements read in an HTML page: 100,000 start tags. A report's page has a few
/// thousand, the site's menus included; a page with more is refused before its tree is built
/// ([`ParseError::TooMany`]), since the tree's memory grows with them.
pub const MAX_HTML_ELEMENTS: usize = 100_000;

struct Walker<'a> {
    input: &'a str,
    cursor: usize,
    doc: Doc<'static>,
    text: String,
    kind: LineKind,
    /// Why the page was refused while it was walked (too many lines or cells); nothing is
    /// added after it.
    refused: Option<ParseError>,
}

pub(crate) fn read(input: &str, cancel: &Cancel) -> Result<Doc<'static>, ParseError> {
    depth::check(input, cancel)?;
    cancel.check()?;
    let html = Html::parse_document(input);
    cancel.check()?;
    let mut w = Walker {
        input,
        cursor: 0,
        doc: Doc::default(),
        text: String::new(),
        kind: LineKind::Text,
        refused: None,
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
    w.walk(root, cancel)?;
    w.flush();
    match w.refused {
        Some(refused) => Err(refused),
        None => Ok(w.doc),
    }
}

/// Whether the text after `before` stands inside a tag: the last `<` or `>` before it is a
/// `<` (looked for over at most 4 KiB back, past which a tag would not reach).
fn inside_tag(before: &[u8]) -> bool {
    before
        .iter()
        .rev()
        .take(4096)
        .find(|&&b| b == b'<' || b == b'>')
        .is_some_and(|&b| b == b'<')
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
            let window = self.input.get(self.cursor..end).unwrap_or_default();
            // The first match outside the markup: "1" is not the 1 of a `<h1>` or a
            // `colspan="1"`.
            if let Some(at) = window
                .match_indices(probe.as_str())
                .map(|(at, _)| at)
                .find(|&at| !inside_tag(&self.input.as_bytes()[..self.cursor + at]))
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

    /// Adds a line, unless the page was refused.
    fn push(&mut self, line: Line<'static>) {
        if self.refused.is_none() {
            if let Err(refused) = self.doc.push(line, self.input) {
                self.refused = Some(refused);
            }
        }
    }

    fn flush(&mut self) {
        let text = std::mem::take(&mut self.text);
        let text = text.trim_matches(|c: char| c.is_whitespace()).to_owned();
        let kind = std::mem::replace(&mut self.kind, LineKind::Text);
        if text.is_empty() {
            return;
        }
        let range = self.locate(&text);
        self.push(Line {
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

    /// Reads an element and everything in it, in document order, with a stack of its own:
    /// what is left to do is on the stack, never on the thread's.
    fn walk(&mut self, root: ElementRef<'_>, cancel: &Cancel) -> Result<(), ParseError> {
        enum Step<'t> {
            /// Read an element: its start, then its children, then its end.
            Enter(ElementRef<'t>),
            /// Text in an element.
            Text(&'t str),
            /// The end of an element: a `dt` is followed by "：", a block ends its line.
            Leave { dt: bool, block: bool },
        }
        let mut poll = cancel.poll(4096);
        let mut todo = vec![Step::Enter(root)];
        while let Some(step) = todo.pop() {
            poll.step()?;
            match step {
                Step::Text(t) => self.text.push_str(t),
                Step::Leave { dt, block } => {
                    if dt {
                        self.text.push('：');
                    }
                    if block {
                        self.flush();
                    }
                }
                Step::Enter(element) => {
                    let name = element.value().name();
                    match name {
                        "script" | "style" | "noscript" | "template" | "head" => continue,
                        "table" => {
                            self.flush();
                            self.table(element);
                            continue;
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
                    todo.push(Step::Leave {
                        dt: name == "dt",
                        block,
                    });
                    for child in element.children().rev() {
                        match child.value() {
                            Node::Text(t) => todo.push(Step::Text(t)),
                            Node::Element(_) => {
                                if let Some(e) = ElementRef::wrap(child) {
                                    todo.push(Step::Enter(e));
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn table(&mut self, table: ElementRef<'_>) {
        // Rows of this table, not of tables nested in its cells.
        let mut rows: Vec<ElementRef<'_>> = Vec::new();
        collect_rows(table, &mut rows);
        // The columns of each row below taken by cells spanning down into it, as ranges.
        let mut below: HashMap<u32, Vec<(u32, u32)>> = HashMap::new();
        let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
        for (r, row) in rows.iter().enumerate() {
            let r = u32::try_from(r).unwrap_or(u32::MAX);
            let mut taken = below.remove(&r).unwrap_or_default();
            taken.sort_unstable();
            let mut next_taken = 0;
            let mut col = 0u32;
            let mut cells = Vec::new();
            let mut texts = Vec::new();
            for cell in row
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
            {
                while let Some(&(from, to)) = taken.get(next_taken) {
                    if from > col {
                        break;
                    }
                    col = col.max(to);
                    next_taken += 1;
                }
                let span = |attr: &str| {
                    cell.value()
                        .attr(attr)
                        .and_then(|v| v.trim().parse::<u32>().ok())
                        .unwrap_or(1)
                        .clamp(1, MAX_SPAN)
                };
                let (rows_spanned, cols_spanned) = (span("rowspan"), span("colspan"));
                let to = col.saturating_add(cols_spanned);
                for down in r.saturating_add(1)..r.saturating_add(rows_spanned).min(last_row) {
                    below.entry(down).or_default().push((col, to));
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
                col = to;
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
            self.push(Line {
                kind: LineKind::Row,
                text: texts.join(" ").trim().to_owned().into(),
                range: start..end.max(start),
                cells,
            });
        }
    }
}

/// The rows of a table, not of tables nested in its cells: its `tr`, and those of its row
/// groups (followed with a stack, however deep the groups nest).
fn collect_rows<'a>(table: ElementRef<'a>, rows: &mut Vec<ElementRef<'a>>) {
    let mut todo = vec![table.children()];
    while let Some(children) = todo.last_mut() {
        let Some(child) = children.next() else {
            todo.pop();
            continue;
        };
        let Some(child) = ElementRef::wrap(child) else {
            continue;
        };
        match child.value().name() {
            "tr" => rows.push(child),
            "thead" | "tbody" | "tfoot" => todo.push(child.children()),
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

/// The depth of a page's elements, measured on its markup in one pass before any tree is
/// built: the elements html5ever holds open are followed as it follows them, closely enough
/// that its stack of open elements stays within a small multiple of the depth measured (it
/// adds a `tbody` and a `tr` a table leaves out, which are not counted). Every tag costs a
/// constant number of steps: the elements open are indexed by name and by the kinds of
/// element that bound a search, so that no tag looks down the stack.
mod depth {
    use super::{Cancel, HashMap, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, ParseError};

    /// What an element is, for the rules that close it.
    #[derive(Clone, Copy)]
    struct Kind(u16);

    impl Kind {
        /// An element the HTML standard calls special: a generic end tag stops at it.
        const SPECIAL: u16 = 1;
        /// It bounds the default scope (and so the button and list item scopes).
        const SCOPE: u16 = 2;
        /// It bounds the table scope.
        const TABLE_SCOPE: u16 = 4;
        /// Special, but not `address`, `div` or `p`: the search for an `li`, `dd` or `dt` to
        /// close stops at it.
        const ITEM_STOP: u16 = 8;
        /// A formatting element (`b`, `font`…), closed by the adoption agency.
        const FORMATTING: u16 = 16;
        /// In the SVG or MathML namespace.
        const FOREIGN: u16 = 32;
        /// Where foreign content reads tags as HTML again (`foreignObject`, `mi`…).
        const INTEGRATION: u16 = 64;

        fn has(self, flag: u16) -> bool {
            self.0 & flag != 0
        }
    }

    fn html_kind(name: &[u8]) -> Kind {
        let mut k = 0;
        if matches!(
            name,
            b"address"
                | b"applet"
                | b"area"
                | b"article"
                | b"aside"
                | b"base"
                | b"basefont"
                | b"bgsound"
                | b"blockquote"
                | b"body"
                | b"br"
                | b"button"
                | b"caption"
                | b"center"
                | b"col"
                | b"colgroup"
                | b"dd"
                | b"details"
                | b"dir"
                | b"div"
                | b"dl"
                | b"dt"
                | b"embed"
                | b"fieldset"
                | b"figcaption"
                | b"figure"
                | b"footer"
                | b"form"
                | b"frame"
                | b"frameset"
                | b"h1"
                | b"h2"
                | b"h3"
                | b"h4"
                | b"h5"
                | b"h6"
                | b"head"
                | b"header"
                | b"hgroup"
                | b"hr"
                | b"html"
                | b"iframe"
                | b"img"
                | b"input"
                | b"keygen"
                | b"li"
                | b"link"
                | b"listing"
                | b"main"
                | b"marquee"
                | b"menu"
                | b"meta"
                | b"nav"
                | b"noembed"
                | b"noframes"
                | b"noscript"
                | b"object"
                | b"ol"
                | b"p"
                | b"param"
                | b"plaintext"
                | b"pre"
                | b"script"
                | b"search"
                | b"section"
                | b"select"
                | b"source"
                | b"style"
                | b"summary"
                | b"table"
                | b"tbody"
                | b"td"
                | b"template"
                | b"textarea"
                | b"tfoot"
                | b"th"
                | b"thead"
                | b"title"
                | b"tr"
                | b"track"
                | b"ul"
                | b"wbr"
                | b"xmp"
        ) {
            k |= Kind::SPECIAL;
            if !matches!(name, b"address" | b"div" | b"p") {
                k |= Kind::ITEM_STOP;
            }
        }
        if matches!(
            name,
            b"applet"
                | b"caption"
                | b"html"
                | b"table"
                | b"td"
                | b"th"
                | b"marquee"
                | b"object"
                | b"template"
        ) {
            k |= Kind::SCOPE;
        }
        if matches!(name, b"html" | b"table" | b"template") {
            k |= Kind::TABLE_SCOPE;
        }
        if matches!(
            name,
            b"a" | b"b"
                | b"big"
                | b"code"
                | b"em"
                | b"font"
                | b"i"
                | b"nobr"
                | b"s"
                | b"small"
                | b"strike"
                | b"strong"
                | b"tt"
                | b"u"
        ) {
            k |= Kind::FORMATTING;
        }
        Kind(k)
    }

    fn foreign_kind(name: &[u8]) -> Kind {
        let mut k = Kind::FOREIGN;
        if matches!(
            name,
            b"mi"
                | b"mo"
                | b"mn"
                | b"ms"
                | b"mtext"
                | b"annotation-xml"
                | b"foreignobject"
                | b"desc"
                | b"title"
        ) {
            k |= Kind::SPECIAL | Kind::ITEM_STOP | Kind::SCOPE | Kind::INTEGRATION;
        }
        Kind(k)
    }

    fn is_void(name: &[u8]) -> bool {
        matches!(
            name,
            b"area"
                | b"base"
                | b"basefont"
                | b"bgsound"
                | b"br"
                | b"col"
                | b"embed"
                | b"frame"
                | b"hr"
                | b"image"
                | b"img"
                | b"input"
                | b"keygen"
                | b"link"
                | b"meta"
                | b"param"
                | b"source"
                | b"track"
                | b"wbr"
        )
    }

    /// A start tag in foreign content that ends it: html5ever pops the foreign elements.
    fn breaks_out(name: &[u8]) -> bool {
        matches!(
            name,
            b"b" | b"big"
                | b"blockquote"
                | b"body"
                | b"br"
                | b"center"
                | b"code"
                | b"dd"
                | b"div"
                | b"dl"
                | b"dt"
                | b"em"
                | b"embed"
                | b"h1"
                | b"h2"
                | b"h3"
                | b"h4"
                | b"h5"
                | b"h6"
                | b"head"
                | b"hr"
                | b"i"
                | b"img"
                | b"li"
                | b"listing"
                | b"menu"
                | b"meta"
                | b"nobr"
                | b"ol"
                | b"p"
                | b"pre"
                | b"ruby"
                | b"s"
                | b"small"
                | b"span"
                | b"strong"
                | b"strike"
                | b"sub"
                | b"sup"
                | b"table"
                | b"tt"
                | b"u"
                | b"ul"
                | b"var"
                | b"font"
        )
    }

    /// A start tag that closes an open `p` in button scope.
    fn closes_p(name: &[u8]) -> bool {
        matches!(
            name,
            b"address"
                | b"article"
                | b"aside"
                | b"blockquote"
                | b"center"
                | b"details"
                | b"dialog"
                | b"dir"
                | b"div"
                | b"dl"
                | b"fieldset"
                | b"figcaption"
                | b"figure"
                | b"footer"
                | b"header"
                | b"hgroup"
                | b"main"
                | b"menu"
                | b"nav"
                | b"ol"
                | b"p"
                | b"search"
                | b"section"
                | b"summary"
                | b"ul"
                | b"h1"
                | b"h2"
                | b"h3"
                | b"h4"
                | b"h5"
                | b"h6"
                | b"pre"
                | b"listing"
                | b"form"
                | b"plaintext"
                | b"li"
                | b"dd"
                | b"dt"
                | b"hr"
                | b"xmp"
                | b"table"
        )
    }

    fn is_heading(name: &[u8]) -> bool {
        matches!(name, b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6")
    }

    /// Elements whose content is text up to their end tag.
    fn is_raw_text(name: &[u8]) -> bool {
        matches!(
            name,
            b"script"
                | b"style"
                | b"xmp"
                | b"iframe"
                | b"noembed"
                | b"noframes"
                | b"noscript"
                | b"textarea"
                | b"title"
        )
    }

    struct Open {
        name: u32,
        kind: Kind,
        /// Removed by the adoption agency from the middle of the stack: no longer counted
        /// or found, and dropped when the elements above it are.
        live: bool,
    }

    /// The elements open, with indexes that answer "the topmost X" at once.
    #[derive(Default)]
    struct Stack {
        open: Vec<Open>,
        live: usize,
        /// Where the open elements of each name are, bottom to top.
        by_name: Vec<Vec<usize>>,
        special: Vec<usize>,
        item_stop: Vec<usize>,
        scope: Vec<usize>,
        table_scope: Vec<usize>,
        names: HashMap<Vec<u8>, u32>,
        /// A form is open: html5ever ignores a form start tag until its end tag.
        form: bool,
    }

    /// The highest index in a list of indexes, or none.
    fn top(of: &[usize]) -> Option<usize> {
        of.last().copied()
    }

    impl Stack {
        fn id(&mut self, name: &[u8]) -> u32 {
            if let Some(&id) = self.names.get(name) {
                return id;
            }
            let id = self.by_name.len() as u32;
            self.names.insert(name.to_vec(), id);
            self.by_name.push(Vec::new());
            id
        }

        fn topmost(&self, name: &[u8]) -> Option<usize> {
            let id = *self.names.get(name)?;
            top(&self.by_name[id as usize])
        }

        fn top_kind(&self) -> Option<Kind> {
            self.open.iter().rev().find(|o| o.live).map(|o| o.kind)
        }

        fn top_is(&self, name: &[u8]) -> bool {
            self.top_in(&[name])
        }

        /// Whether the current element is named one of `names`.
        fn top_in(&self, names: &[&[u8]]) -> bool {
            let Some(top) = self.open.iter().rev().find(|o| o.live) else {
                return false;
            };
            names.iter().any(|n| self.names.get(*n) == Some(&top.name))
        }

        /// Whether html5ever reads tags in a table (or its body, or a row), where a form is
        /// inserted and closed at once.
        fn in_table(&self) -> bool {
            self.top_in(&[b"table", b"tbody", b"thead", b"tfoot", b"tr"])
        }

        /// Takes the element at `at` out of the stack, leaving those above it: no longer
        /// counted or found.
        fn remove(&mut self, at: usize) {
            if !self.open[at].live {
                return;
            }
            let id = self.open[at].name;
            self.by_name[id as usize].retain(|&i| i != at);
            for list in [
                &mut self.special,
                &mut self.item_stop,
                &mut self.scope,
                &mut self.table_scope,
            ] {
                list.retain(|&i| i != at);
            }
            self.open[at].live = false;
            self.live -= 1;
            while self.open.last().is_some_and(|o| !o.live) {
                self.open.pop();
            }
        }

        fn push(&mut self, name: &[u8], kind: Kind) -> usize {
            let id = self.id(name);
            let at = self.open.len();
            self.by_name[id as usize].push(at);
            for (flag, list) in [
                (Kind::SPECIAL, &mut self.special),
                (Kind::ITEM_STOP, &mut self.item_stop),
                (Kind::SCOPE, &mut self.scope),
                (Kind::TABLE_SCOPE, &mut self.table_scope),
            ] {
                if kind.has(flag) {
                    list.push(at);
                }
            }
            self.open.push(Open {
                name: id,
                kind,
                live: true,
            });
            self.live += 1;
            self.live
        }

        /// Pops the current element, and any removed ones under it.
        fn pop(&mut self) {
            let Some(o) = self.open.pop() else {
                return;
            };
            let at = self.open.len();
            if o.live {
                self.by_name[o.name as usize].pop();
                self.live -= 1;
            }
            for list in [
                &mut self.special,
                &mut self.item_stop,
                &mut self.scope,
                &mut self.table_scope,
            ] {
                if list.last() == Some(&at) {
                    list.pop();
                }
            }
            while self.open.last().is_some_and(|o| !o.live) {
                self.open.pop();
            }
        }

        /// Pops elements down to and including the one at `at`.
        fn pop_to(&mut self, at: usize) {
            while self.open.len() > at {
                self.pop();
            }
        }

        /// Pops the elements above the one at `at`, keeping it.
        fn pop_above(&mut self, at: usize) {
            while self.open.len() > at + 1 {
                self.pop();
            }
        }

        /// The topmost element of the name, if no boundary of `bounds` is above it.
        fn in_scope(&self, name: &[u8], bounds: &[&[usize]]) -> Option<usize> {
            let at = self.topmost(name)?;
            bounds
                .iter()
                .all(|b| top(b).is_none_or(|bound| bound <= at))
                .then_some(at)
        }

        fn in_default_scope(&self, name: &[u8]) -> Option<usize> {
            self.in_scope(name, &[&self.scope])
        }

        fn in_button_scope(&self, name: &[u8]) -> Option<usize> {
            let buttons = self
                .names
                .get(&b"button"[..])
                .map(|&id| self.by_name[id as usize].as_slice())
                .unwrap_or(&[]);
            self.in_scope(name, &[&self.scope, buttons])
        }

        fn in_table_scope(&self, name: &[u8]) -> Option<usize> {
            self.in_scope(name, &[&self.table_scope])
        }

        /// Closes a `p` in button scope.
        fn close_p(&mut self) {
            if let Some(at) = self.in_button_scope(b"p") {
                self.pop_to(at);
            }
        }

        /// Closes a table cell in table scope, as html5ever does before a row or a cell.
        fn close_cell(&mut self) {
            let td = self.in_table_scope(b"td");
            let th = self.in_table_scope(b"th");
            if let Some(at) = td.max(th) {
                self.pop_to(at);
            }
        }

        /// Pops back to the nearest row, row group or table in table scope.
        fn clear_to_table_context(&mut self, names: &[&[u8]]) {
            if let Some(at) = names.iter().filter_map(|n| self.in_table_scope(n)).max() {
                self.pop_above(at);
            }
        }

        /// A formatting element's end tag: the adoption agency. With no special element
        /// above it, it and everything above it are popped; otherwise it leaves the stack and
        /// a copy takes its place under the block above it: counted once.
        fn adopt(&mut self, name: &[u8]) {
            let Some(at) = self.in_default_scope(name) else {
                return;
            };
            if top(&self.special).is_none_or(|s| s < at) {
                self.pop_to(at);
            } else {
                self.remove(at);
            }
        }

        fn start(&mut self, name: &[u8], self_closing: bool, has_attributes: bool) -> usize {
            let foreign = self
                .top_kind()
                .is_some_and(|k| k.has(Kind::FOREIGN) && !k.has(Kind::INTEGRATION));
            if foreign {
                let ends = breaks_out(name) && (name != b"font" || has_attributes);
                if !ends {
                    if !self_closing {
                        return self.push(name, foreign_kind(name));
                    }
                    return self.live;
                }
                while self
                    .top_kind()
                    .is_some_and(|k| k.has(Kind::FOREIGN) && !k.has(Kind::INTEGRATION))
                {
                    self.pop();
                }
            }
            if matches!(name, b"svg" | b"math") {
                return if self_closing {
                    self.live
                } else {
                    self.push(name, foreign_kind(name))
                };
            }
            // A select in a select ends it (and opens none); a field ends it too. Anything
            // else may stand in a select (html5ever reads selects as the standard now does).
            if matches!(name, b"select" | b"input" | b"keygen") {
                if let Some(at) = self.in_default_scope(b"select") {
                    self.pop_to(at);
                    if name == b"select" {
                        return self.live;
                    }
                }
            }
            if matches!(name, b"html" | b"head" | b"body") || is_void(name) {
                if closes_p(name) {
                    self.close_p();
                }
                return self.live;
            }
            // Outside a table, html5ever ignores the parts of one.
            if matches!(
                name,
                b"td" | b"th" | b"tr" | b"tbody" | b"thead" | b"tfoot" | b"caption" | b"colgroup"
            ) && self.in_table_scope(b"table").is_none()
            {
                return self.live;
            }
            if name == b"form" {
                if self.form {
                    return self.live;
                }
                self.form = true;
                if self.in_table() {
                    return self.live;
                }
            }
            match name {
                b"li" | b"dd" | b"dt" => {
                    let names: &[&[u8]] = if name == b"li" {
                        &[b"li"]
                    } else {
                        &[b"dd", b"dt"]
                    };
                    let found = names.iter().filter_map(|n| self.topmost(n)).max();
                    let stops = top(&self.item_stop);
                    if let Some(at) = found.filter(|&at| stops.is_none_or(|stop| stop <= at)) {
                        self.pop_to(at);
                    }
                }
                b"button" => {
                    if let Some(at) = self.in_default_scope(b"button") {
                        self.pop_to(at);
                    }
                }
                b"a" | b"nobr" => self.adopt(name),
                b"option" if self.top_is(b"option") => self.pop(),
                b"optgroup" => {
                    if self.top_is(b"option") {
                        self.pop();
                    }
                    if self.top_is(b"optgroup") {
                        self.pop();
                    }
                }
                b"td" | b"th" => {
                    self.close_cell();
                    self.clear_to_table_context(&[b"tr", b"tbody", b"thead", b"tfoot", b"table"]);
                }
                b"tr" => {
                    self.close_cell();
                    if let Some(at) = self.in_table_scope(b"tr") {
                        self.pop_to(at);
                    }
                    self.clear_to_table_context(&[b"tbody", b"thead", b"tfoot", b"table"]);
                }
                b"tbody" | b"thead" | b"tfoot" | b"caption" | b"colgroup" => {
                    self.close_cell();
                    for section in [&b"tr"[..], b"tbody", b"thead", b"tfoot", b"caption"] {
                        if let Some(at) = self.in_table_scope(section) {
                            self.pop_to(at);
                        }
                    }
                    self.clear_to_table_context(&[b"table"]);
                }
                b"table" => {
                    let in_table = self.open.iter().rev().find(|o| o.live).is_some_and(|o| {
                        [&b"table"[..], b"tbody", b"thead", b"tfoot", b"tr"]
                            .iter()
                            .any(|n| self.names.get(*n) == Some(&o.name))
                    });
                    if let Some(at) = self.in_table_scope(b"table").filter(|_| in_table) {
                        self.pop_to(at);
                    }
                }
                _ => {}
            }
            if closes_p(name) {
                self.close_p();
            }
            let heading_on_top = self.open.iter().rposition(|o| o.live).filter(|&at| {
                [&b"h1"[..], b"h2", b"h3", b"h4", b"h5", b"h6"]
                    .iter()
                    .any(|h| self.names.get(*h) == Some(&self.open[at].name))
            });
            if let Some(at) = heading_on_top.filter(|_| is_heading(name)) {
                self.pop_to(at);
            }
            self.push(name, html_kind(name))
        }

        fn end(&mut self, name: &[u8]) {
            let foreign = self.top_kind().is_some_and(|k| k.has(Kind::FOREIGN));
            if foreign {
                // An end tag in foreign content closes the nearest element of its name.
                let open = self.topmost(name);
                if let Some(at) = open.filter(|&at| self.open[at].kind.has(Kind::FOREIGN)) {
                    self.pop_to(at);
                    return;
                }
            }
            match name {
                b"html" | b"body" | b"head" | b"br" => {}
                b"form" => {
                    // The form open (html5ever's form element pointer) leaves the stack,
                    // the elements above it stay.
                    if std::mem::take(&mut self.form) {
                        if let Some(at) = self.in_default_scope(b"form") {
                            self.remove(at);
                        }
                    }
                }
                b"p" => self.close_p(),
                b"li" => {
                    let lists = [&b"ol"[..], b"ul"]
                        .iter()
                        .filter_map(|n| self.topmost(n))
                        .max();
                    let item = self.in_default_scope(b"li");
                    if let Some(at) = item.filter(|&at| lists.is_none_or(|l| l < at)) {
                        self.pop_to(at);
                    }
                }
                b"td" | b"th" | b"tr" | b"tbody" | b"thead" | b"tfoot" | b"table" | b"caption"
                | b"colgroup" => {
                    if let Some(at) = self.in_table_scope(name) {
                        self.pop_to(at);
                    }
                }
                _ if is_heading(name) => {
                    let at = [&b"h1"[..], b"h2", b"h3", b"h4", b"h5", b"h6"]
                        .iter()
                        .filter_map(|h| self.in_default_scope(h))
                        .max();
                    if let Some(at) = at {
                        self.pop_to(at);
                    }
                }
                _ if html_kind(name).has(Kind::FORMATTING) => self.adopt(name),
                _ if html_kind(name).has(Kind::SPECIAL) => {
                    if let Some(at) = self.in_default_scope(name) {
                        self.pop_to(at);
                    }
                }
                _ => {
                    // Any other end tag closes the nearest element of its name, unless a
                    // special element is above it.
                    let special = top(&self.special);
                    let open = self.topmost(name);
                    if let Some(at) = open.filter(|&at| special.is_none_or(|s| s < at)) {
                        self.pop_to(at);
                    }
                }
            }
        }
    }

    /// Where `needle` is in `hay` from `from`, ASCII case ignored.
    fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
        let first = needle[0].to_ascii_lowercase();
        let mut at = from;
        while at + needle.len() <= hay.len() {
            let rest = &hay[at..];
            let next = rest.iter().position(|b| b.to_ascii_lowercase() == first)?;
            at += next;
            if hay
                .get(at..at + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
            {
                return Some(at);
            }
            at += 1;
        }
        None
    }

    /// Where the raw text of an element ends: at its end tag `</name` followed by space, `/`
    /// or `>`; the page's end when there is none.
    fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
        let mut at = from;
        while let Some(lt) = find(bytes, at, b"</") {
            let after = lt + 2 + name.len();
            if bytes
                .get(lt + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && bytes
                    .get(after)
                    .is_none_or(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
            {
                return lt;
            }
            at = lt + 2;
        }
        bytes.len()
    }

    /// The end of a tag from `at` (just after its name): the byte after its `>`, whether it
    /// ends `/>`, and whether it has attributes; `None` when the page ends inside it.
    fn tag_end(bytes: &[u8], mut at: usize) -> Option<(usize, bool, bool)> {
        let mut attributes = false;
        loop {
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            match *bytes.get(at)? {
                b'>' => return Some((at + 1, false, attributes)),
                b'/' => {
                    if bytes.get(at + 1) == Some(&b'>') {
                        return Some((at + 2, true, attributes));
                    }
                    at += 1;
                    continue;
                }
                _ => {}
            }
            // An attribute: its name (which may start with '='), then maybe a value.
            attributes = true;
            at += 1;
            while bytes
                .get(at)
                .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>' | b'='))
            {
                at += 1;
            }
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            if bytes.get(at) != Some(&b'=') {
                continue;
            }
            at += 1;
            while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                at += 1;
            }
            match *bytes.get(at)? {
                quote @ (b'"' | b'\'') => {
                    let close = bytes[at + 1..].iter().position(|&b| b == quote)?;
                    at += close + 2;
                }
                _ => {
                    while bytes
                        .get(at)
                        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                    {
                        at += 1;
                    }
                }
            }
        }
    }

    /// The name of a tag from `at`, lower-cased (as html5ever reads it: up to space, `/` or
    /// `>`), and where it ends.
    fn tag_name(bytes: &[u8], at: usize, name: &mut Vec<u8>) -> usize {
        name.clear();
        let mut end = at;
        while let Some(&b) = bytes.get(end) {
            if b.is_ascii_whitespace() || b == b'/' || b == b'>' {
                break;
            }
            name.push(b.to_ascii_lowercase());
            end += 1;
        }
        end
    }

    /// Refuses a page whose elements nest more than [`MAX_HTML_DEPTH`] deep
    /// ([`ParseError::TooDeep`], with the line of the tag that goes past the limit).
    pub(super) fn check(input: &str, cancel: &Cancel) -> Result<(), ParseError> {
        let bytes = input.as_bytes();
        let mut stack = Stack::default();
        let mut poll = cancel.poll(4096);
        let mut name = Vec::new();
        let mut elements = 0usize;
        let mut at = 0;
        while let Some(lt) = bytes[at..].iter().position(|&b| b == b'<').map(|p| at + p) {
            poll.step()?;
            at = lt + 1;
            let Some(&next) = bytes.get(at) else {
                break;
            };
            if next == b'!' {
                if bytes[at..].starts_with(b"!--") {
                    // A comment: to `-->`, or `<!-->` and `<!--->` at once.
                    let body = at + 3;
                    if bytes[body..].starts_with(b">") {
                        at = body + 1;
                    } else if bytes[body..].starts_with(b"->") {
                        at = body + 2;
                    } else {
                        let Some(end) = find(bytes, body, b"-->") else {
                            break;
                        };
                        at = end + 3;
                    }
                    continue;
                }
                let in_foreign = stack
                    .top_kind()
                    .is_some_and(|k| k.has(Kind::FOREIGN) && !k.has(Kind::INTEGRATION));
                if in_foreign && bytes[at..].starts_with(b"![CDATA[") {
                    let Some(end) = find(bytes, at, b"]]>") else {
                        break;
                    };
                    at = end + 3;
                    continue;
                }
                // A doctype or a bogus comment, to the next '>'.
                let Some(end) = bytes[at..].iter().position(|&b| b == b'>') else {
                    break;
                };
                at += end + 1;
                continue;
            }
            if next == b'?' {
                let Some(end) = bytes[at..].iter().position(|&b| b == b'>') else {
                    break;
                };
                at += end + 1;
                continue;
            }
            let closing = next == b'/';
            let name_at = if closing { at + 1 } else { at };
            if !bytes.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
                if closing {
                    // `</>` is dropped; `</` and anything else is a bogus comment.
                    let Some(end) = bytes[name_at..].iter().position(|&b| b == b'>') else {
                        break;
                    };
                    at = name_at + end + 1;
                }
                continue;
            }
            let name_end = tag_name(bytes, name_at, &mut name);
            let Some((end, self_closing, has_attributes)) = tag_end(bytes, name_end) else {
                break;
            };
            at = end;
            if closing {
                stack.end(&name);
                continue;
            }
            let in_foreign = stack
                .top_kind()
                .is_some_and(|k| k.has(Kind::FOREIGN) && !k.has(Kind::INTEGRATION));
            if !in_foreign && is_raw_text(&name) {
                // Its text is not markup; the element itself opens and closes around it.
                at = raw_text_end(bytes, at, &name);
                continue;
            }
            if !in_foreign && name == b"plaintext" {
                break;
            }
            let line = || {
                let line = 1 + bytes[..lt].iter().filter(|&&b| b == b'\n').count();
                u32::try_from(line).unwrap_or(u32::MAX)
            };
            elements += 1;
            if elements > MAX_HTML_ELEMENTS {
                return Err(ParseError::TooMany {
                    what: "HTML elements",
                    limit: MAX_HTML_ELEMENTS,
                    line: line(),
                });
            }
            if stack.start(&name, self_closing, has_attributes) > MAX_HTML_DEPTH {
                return Err(ParseError::TooDeep {
                    line: line(),
                    limit: MAX_HTML_DEPTH,
                });
            }
        }
        Ok(())
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn deepest(page: &str) -> usize {
            let bytes = page.as_bytes();
            let mut stack = Stack::default();
            let mut deepest = 0;
            let mut name = Vec::new();
            let mut at = 0;
            while let Some(lt) = bytes[at..].iter().position(|&b| b == b'<').map(|p| at + p) {
                let closing = bytes[lt + 1] == b'/';
                let name_at = lt + 1 + usize::from(closing);
                let name_end = tag_name(bytes, name_at, &mut name);
                let (end, self_closing, attrs) = tag_end(bytes, name_end).unwrap();
                at = end;
                if closing {
                    stack.end(&name);
                } else {
                    deepest = deepest.max(stack.start(&name, self_closing, attrs));
                }
            }
            deepest
        }

        #[test]
        fn the_depth_is_that_of_the_elements_html5ever_holds_open() {
            assert_eq!(deepest("<div><div><span></span></div></div>"), 3);
            // Paragraphs and list items close the one before; a block closes a paragraph.
            assert_eq!(deepest(&"<p>a".repeat(1000)), 1);
            assert_eq!(deepest(&"<ul><li>a<li>b<li>c</ul>".repeat(1000)), 2);
            assert_eq!(deepest("<p><div><p><div></div>"), 2);
            // A cell closes the cell before it, a row the row before it.
            assert_eq!(
                deepest(&format!("<table>{}</table>", "<tr><td>1<td>2".repeat(1000))),
                3
            );
            // A span stays open: `/>` closes only void and foreign elements.
            assert_eq!(deepest(&"<span/>".repeat(1000)), 1000);
            assert_eq!(deepest(&"<br/><img src=x>".repeat(1000)), 0);
            assert_eq!(deepest(&"<svg><path/><path/></svg>".repeat(1000)), 1);
            // A span in SVG ends the SVG; unclosed fonts close with their cell.
            assert_eq!(deepest("<svg><g><span><b><i><u>"), 4);
            assert_eq!(
                deepest(&format!(
                    "<table>{}</table>",
                    "<tr><td><font>x</td>".repeat(1000)
                )),
                4
            );
            // An end tag html5ever ignores (a special element above its element) is ignored.
            assert_eq!(deepest("<span><div></span><b>"), 3);
            // Misnested formatting: the adoption agency keeps one copy.
            assert_eq!(deepest(&"<b><p>x</b></p>".repeat(1000)), 2);
            // A form in a form, the parts of a table outside one, a table in a table: ignored
            // or closed, as html5ever does.
            assert_eq!(deepest(&"<form>".repeat(1000)), 1);
            assert_eq!(deepest(&"<colgroup><tbody><td>".repeat(1000)), 0);
            assert_eq!(deepest(&"<table>".repeat(1000)), 1);
            // A select in a select ends it; what stands in one stays.
            assert_eq!(deepest(&"<select>".repeat(1000)), 1);
            assert_eq!(deepest("<select><option><div><pre>"), 4);
        }
    }
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
