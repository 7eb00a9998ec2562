//! The layers of `docs/DESIGN.md`, enforced: every `crate::…` and `super::…` path in `src/`
//! (comments, strings and test modules aside) is an import of one module by another, and
//!
//! - a module imports only from its own layer's model web or from the layers below it: the
//!   model, then `layout`, then the analyses (`parse`, `validate`, `metrics`, `aggregate`,
//!   `tidy`, `schema`), then presentation (`render`, `builder`), then the crate's one error
//!   (`failure`), then `load`, then the crate's root; analyses never import one another, nor do `render` and `builder`;
//! - no modules import one another in a circle (a module and the modules inside it aside: a
//!   parent declares its children and they use what it defines).
//!
//! A path through a re-export of the crate's root (`crate::Report`) counts as an import of
//! the module the root takes it from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first. Modules of the first layer (the model: types and the views of
/// them every part of the crate shares) may import one another, without circles.
const LAYERS: &[(&str, &[&str])] = &[
    (
        "model",
        &[
            "catalogue",
            "tag",
            "cell",
            "money",
            "ratio",
            "meta",
            "narrative",
            "other_matters",
            "requests",
            "review",
            "format_2019",
            "format_2021",
            "regulation_2008",
            "report",
            "findings",
            "pointer",
            "error",
            "fees",
            "compare",
        ],
    ),
    ("layout", &["layout"]),
    (
        "analyses",
        &[
            "parse",
            "validate",
            "metrics",
            "aggregate",
            "tidy",
            "schema",
        ],
    ),
    ("presentation", &["render", "builder"]),
    ("error", &["failure"]),
    ("front", &["load"]),
    ("root", &[""]),
];

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, mods)| mods.contains(&top))
}

/// Every module of `src/`, by path (`parse::outline::title`; the root is ``), and its file.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut todo = vec![src.to_path_buf()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            if parts == ["lib"] {
                parts.clear();
            }
            out.insert(parts.join("::"), path);
        }
    }
    out
}

/// The code of a file without its comments, string and character literals, and its
/// `#[cfg(test)] mod tests`.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r'
            && matches!(next, Some('"' | '#'))
            && !ident(chars.get(i.wrapping_sub(1)))
        {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            // A character literal ('a'); a lifetime has no closing quote there.
            i += 3;
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

/// The module paths a file's code names: each `crate::a::b` or `super::a` path, and each
/// item of a `{…}` group after one, resolved from the module `here`.
fn paths(code: &str, here: &[&str]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let starts = (rest.starts_with("crate::") || rest.starts_with("super::"))
            && !ident(code[..at].chars().last().as_ref())
            && !code[..at].ends_with("::");
        if !starts {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let (base, end) = segments(code, at);
        let mut start: Vec<String> = Vec::new();
        let mut segs = base.iter().peekable();
        if segs.peek().is_some_and(|s| *s == "crate") {
            segs.next();
        } else {
            start = here.iter().map(|s| (*s).to_owned()).collect();
            while segs.peek().is_some_and(|s| *s == "super") {
                start.pop();
                segs.next();
            }
        }
        start.extend(segs.cloned());
        if bytes.get(end) == Some(&b'{') {
            for item in group(code, end) {
                let mut path = start.clone();
                path.extend(item);
                out.push(path);
            }
        } else {
            out.push(start);
        }
        at = end.max(at + 1);
    }
    out
}

/// The `::`-separated identifiers from `at`, and where they end (at a `{` when a group
/// follows).
fn segments(code: &str, mut at: usize) -> (Vec<String>, usize) {
    let mut segs = Vec::new();
    loop {
        let len = code[at..]
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
            .map_or(code.len() - at, |(i, _)| i);
        if len == 0 {
            break;
        }
        segs.push(code[at..at + len].to_owned());
        at += len;
        if code[at..].starts_with("::") {
            at += 2;
        } else {
            break;
        }
    }
    (segs, at)
}

/// The first path of each item of the group that opens at `open`.
fn group(code: &str, open: usize) -> Vec<Vec<String>> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut item_start = open + 1;
    for (i, c) in code[open..].char_indices() {
        let i = open + i;
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                let text = code[item_start..i].trim();
                if !text.is_empty() {
                    let (segs, end) = segments(
                        code,
                        item_start
                            + (code[item_start..i].len() - code[item_start..i].trim_start().len()),
                    );
                    if code.as_bytes().get(end) == Some(&b'{') {
                        for inner in group(code, end) {
                            let mut path = segs.clone();
                            path.extend(inner);
                            items.push(path);
                        }
                    } else {
                        items.push(segs);
                    }
                }
                item_start = i + 1;
                if c == '}' {
                    break;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    items
}

/// The longest module that starts `path`.
fn module_of(path: &[String], modules: &BTreeMap<String, PathBuf>) -> String {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains_key(m))
        .unwrap_or_default()
}

/// The root's re-exports: a name, and the module it comes from.
fn root_reexports(root: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for line in code(root).lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let (from, names) = match rest.split_once("::{") {
            Some((from, names)) => (from, names.trim_end_matches('}').to_owned()),
            None => match rest.rsplit_once("::") {
                Some((from, name)) => (from, name.to_owned()),
                None => continue,
            },
        };
        let from = from.trim_start_matches("crate::");
        let top = from.split("::").next().unwrap_or_default().to_owned();
        for name in names.split(',') {
            let name = name.split(" as ").last().unwrap_or_default().trim();
            if !name.is_empty() {
                out.insert(name.to_owned(), top.clone());
            }
        }
    }
    out
}

/// Every import of one module by another.
fn imports(src: &Path) -> BTreeSet<(String, String)> {
    let modules = modules(src);
    let reexports = root_reexports(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut edges = BTreeSet::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file).unwrap();
        let here: Vec<&str> = if module.is_empty() {
            Vec::new()
        } else {
            module.split("::").collect()
        };
        // `super::` in a file module (not a `mod.rs`) names its parent's siblings.
        for path in paths(&code(&text), &here) {
            let mut target = module_of(&path, &modules);
            if target.is_empty() {
                match path.first().and_then(|name| reexports.get(name)) {
                    Some(top) => target = top.clone(),
                    // `super::` in a module written inline (`mod sealed { … }`) names its
                    // own file's module, which this reading takes for the parent's.
                    None if path
                        .first()
                        .is_some_and(|n| n.starts_with(char::is_uppercase)) =>
                    {
                        continue;
                    }
                    None => {}
                }
            }
            if &target != module {
                edges.insert((module.clone(), target));
            }
        }
    }
    edges
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or_default()
}

/// Whether one module is inside the other.
fn nested(a: &str, b: &str) -> bool {
    let inside = |outer: &str, inner: &str| {
        outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}::"))
    };
    inside(a, b) || inside(b, a)
}

/// Imports that break the layers.
fn across_layers(edges: &BTreeSet<(String, String)>) -> Vec<String> {
    let mut out = Vec::new();
    for (from, to) in edges {
        let (a, b) = (top(from), top(to));
        if a == b {
            continue;
        }
        let (Some(la), Some(lb)) = (layer_of(a), layer_of(b)) else {
            out.push(format!("{from} -> {to}: a module in no layer"));
            continue;
        };
        if lb > la || (lb == la && la != 0) {
            out.push(format!(
                "{from} -> {to}: {} may not import from {}",
                LAYERS[la].0, LAYERS[lb].0
            ));
        }
    }
    out
}

/// The circles of imports (modules inside one another aside), each as its modules.
fn circles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut graph: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, b) in edges {
        if !nested(a, b) {
            graph.entry(a).or_default().push(b);
        }
    }
    // Two modules are in a circle when each reaches the other.
    let reach = |from: &str| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from];
        while let Some(m) = todo.pop() {
            for next in graph.get(m).into_iter().flatten() {
                if seen.insert((*next).to_owned()) {
                    todo.push(next);
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&str, BTreeSet<String>> = graph.keys().map(|m| (*m, reach(m))).collect();
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for (m, from_m) in &reached {
        if done.contains(*m) || !from_m.contains(*m) {
            continue;
        }
        let circle: Vec<String> = from_m
            .iter()
            .filter(|o| reached.get(o.as_str()).is_some_and(|r| r.contains(*m)))
            .cloned()
            .collect();
        done.extend(circle.iter().cloned());
        out.push(circle);
    }
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_import_goes_down_the_layers() {
    let edges = imports(&src());
    assert_eq!(across_layers(&edges), Vec::<String>::new());
}

#[test]
fn no_modules_import_one_another_in_a_circle() {
    let edges = imports(&src());
    assert_eq!(circles(&edges), Vec::<Vec<String>>::new());
}

#[test]
fn every_top_module_is_in_a_layer() {
    let tops: BTreeSet<String> = modules(&src()).keys().map(|m| top(m).to_owned()).collect();
    let unplaced: Vec<&String> = tops.iter().filter(|t| layer_of(t).is_none()).collect();
    assert_eq!(unplaced, Vec::<&String>::new());
}

/// The check itself, on a planted import of each kind.
#[test]
fn a_planted_import_across_the_layers_or_in_a_circle_is_found() {
    let code_of = |text: &str, here: &[&str]| paths(&code(text), here);
    // Paths, groups, `super`, and what comments and strings hide.
    assert_eq!(
        code_of(
            "use crate::validate::{engine::{sum, Op}, Rule};\n// crate::render\nlet s = \"crate::load\";\nsuper::super::metrics::Ratio::new(1, 2);",
            &["parse", "tables", "settle"]
        ),
        [
            vec!["validate", "engine", "sum"],
            vec!["validate", "engine", "Op"],
            vec!["validate", "Rule"],
            vec!["parse", "metrics", "Ratio", "new"],
        ]
        .map(|p| p.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    );
    let edge = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    let planted: BTreeSet<_> = [
        edge("parse::tables::settle", "validate"),
        edge("validate::text", "metrics"),
        edge("cell", "money"),
        edge("money", "cell"),
        edge("render::html", "render::metrics"),
        edge("render::metrics", "render::html"),
        edge("render", "render::html"),
        edge("render::html", "render"),
        edge("metrics", "layout"),
    ]
    .into();
    assert_eq!(
        across_layers(&planted),
        [
            "parse::tables::settle -> validate: analyses may not import from analyses",
            "validate::text -> metrics: analyses may not import from analyses",
        ]
    );
    assert_eq!(
        circles(&planted),
        [
            vec!["cell".to_owned(), "money".to_owned()],
            vec!["render::html".to_owned(), "render::metrics".to_owned()],
        ]
    );
}
