//! HTML pages nested as markup can nest them, built from the bytes (structure-aware): runs
//! of start tags, end tags and self-closing tags of the elements html5ever treats apart
//! (tables, lists, paragraphs, formatting elements, SVG and MathML, raw text). A page is
//! refused for its depth only when html5ever would build a deep tree (more than half the
//! limit), and a page read never has a tree deeper than a small multiple of the limit: the
//! measure taken before the tree is built follows html5ever, both ways.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use ogi_report::parse::{MAX_HTML_DEPTH, ParseError, ParseOptions, parse};
use scraper::Html;

/// Elements html5ever treats apart. Not `template`: scraper's tree does not nest its content
/// as html5ever's stack holds it, so the tree's depth would not measure the stack's.
const TAGS: &[&str] = &[
    "div", "span", "p", "li", "ul", "ol", "dd", "dt", "table", "tbody", "tr", "td", "th",
    "caption", "colgroup", "col", "b", "i", "a", "font", "nobr", "button", "h1", "h2", "svg",
    "g", "path", "math", "mi", "foreignObject", "desc", "select", "option", "br",
    "img", "title", "script", "textarea", "center", "section", "form", "pre",
];

/// A page from the bytes: each step a tag, repeated up to 64 times.
fn page(u: &mut Unstructured<'_>) -> Result<String> {
    let mut html = String::from("<!DOCTYPE html><html><body>");
    while !u.is_empty() && html.len() < 200_000 {
        let tag = TAGS[u.choose_index(TAGS.len())?];
        let times = 1usize << u.int_in_range(0..=6)?;
        let piece = match u.int_in_range(0..=9)? {
            0..=4 => format!("<{tag}>"),
            5 => format!("<{tag}/>"),
            6 | 7 => format!("</{tag}>"),
            8 => "x".to_owned(),
            _ => format!("<{tag} color=red>"),
        };
        html.push_str(&piece.repeat(times));
    }
    Ok(html)
}

/// The depth of the tree html5ever builds, element by element.
fn tree_depth(html: &str) -> usize {
    let tree = Html::parse_document(html);
    let (mut depth, mut deepest) = (0usize, 0usize);
    for edge in tree.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) if node.value().is_element() => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ego_tree::iter::Edge::Close(node) if node.value().is_element() => depth -= 1,
            _ => {}
        }
    }
    deepest
}

fuzz_target!(|data: &[u8]| {
    let Ok(html) = page(&mut Unstructured::new(data)) else {
        return;
    };
    match parse(&html, &ParseOptions::default()) {
        Err(ParseError::TooDeep { limit, .. }) => {
            assert_eq!(limit, MAX_HTML_DEPTH);
            // Refused: html5ever would have built a deep tree, not a shallow one.
            let depth = tree_depth(&html);
            assert!(
                depth > MAX_HTML_DEPTH / 2,
                "a page {depth} deep was refused: {}",
                &html[..html.len().min(600)]
            );
        }
        _ => {
            // Read: html5ever's tree is within the limit, with the rows and row groups it
            // adds to tables that leave them out, and the html and body elements.
            let depth = tree_depth(&html);
            assert!(
                depth <= 3 * MAX_HTML_DEPTH + 4,
                "a page {depth} deep was read"
            );
        }
    }
});
