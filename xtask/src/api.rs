//! The crate's public API as a listing, one line per public item, from rustdoc's JSON
//! (`cargo rustdoc -- --output-format json`): modules, re-exports, types with their public
//! fields, variants, inherent functions and constants, the traits they implement (other than
//! the compiler's automatic ones and blanket implementations), functions and constants. CI
//! compares it with the committed `api.txt`, so that a change to the API is seen in review.

use std::collections::BTreeSet;

use serde_json::Value;

/// The listing of the crate whose rustdoc JSON is `doc`.
pub fn listing(doc: &Value) -> String {
    let index = &doc["index"];
    let root = &doc["root"];
    let mut lines = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut reexports = Vec::new();
    walk(
        index,
        &index[id(root)],
        "",
        None,
        &mut Walk {
            lines: &mut lines,
            seen: &mut seen,
            reexports: &mut reexports,
        },
    );
    // Items re-exported from private modules are listed where they are re-exported; an item
    // also reachable by its own public path is listed there only.
    while !reexports.is_empty() {
        let mut next = Vec::new();
        for (path, name, target, glob) in std::mem::take(&mut reexports) {
            let item = &index[target.as_str()];
            if item.is_null() {
                continue;
            }
            let mut w = Walk {
                lines: &mut lines,
                seen: &mut seen,
                reexports: &mut next,
            };
            if glob {
                for child in item["inner"]["module"]["items"]
                    .as_array()
                    .into_iter()
                    .flatten()
                {
                    let child = &index[id(child)];
                    if public(child) {
                        walk(index, child, &path, None, &mut w);
                    }
                }
            } else {
                walk(index, item, &path, Some(&name), &mut w);
            }
        }
        reexports = next;
    }
    let mut out = String::from(
        "# The public API of ogi-report, one item a line (`cargo xtask api` writes it from rustdoc's JSON; CI compares).\n",
    );
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn id(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

fn public(item: &Value) -> bool {
    item["visibility"] == "public"
}

/// What the walk collects: the lines, the items listed (by id), and the re-exports to follow
/// once every public module has been walked (the module's path, the name, the target's id,
/// whether it is a glob).
struct Walk<'a> {
    lines: &'a mut BTreeSet<String>,
    seen: &'a mut BTreeSet<String>,
    reexports: &'a mut Vec<(String, String, String, bool)>,
}

fn walk(index: &Value, item: &Value, prefix: &str, rename: Option<&str>, w: &mut Walk<'_>) {
    let Some(name) = rename.or(item["name"].as_str()) else {
        return;
    };
    let kind_of = item["inner"].as_object().and_then(|o| o.keys().next());
    if kind_of.is_some_and(|k| k != "use") && !w.seen.insert(id(&item["id"])) {
        return;
    }
    let path = if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}::{name}")
    };
    let inner = &item["inner"];
    let Some((kind, body)) = inner.as_object().and_then(|o| o.iter().next()) else {
        return;
    };
    match kind.as_str() {
        "module" => {
            w.lines.insert(format!("mod {path}"));
            for child in body["items"].as_array().into_iter().flatten() {
                let child = &index[id(child)];
                if public(child) {
                    if let Some(u) = child["inner"].get("use") {
                        let glob = u["is_glob"] == true;
                        let name = u["name"].as_str().unwrap_or_default();
                        w.lines.insert(format!(
                            "pub use {path}::{name} = {}{}",
                            u["source"].as_str().unwrap_or_default(),
                            if glob { "::*" } else { "" }
                        ));
                        if !u["id"].is_null() {
                            w.reexports
                                .push((path.clone(), name.to_owned(), id(&u["id"]), glob));
                        }
                    } else {
                        walk(index, child, &path, None, w);
                    }
                }
            }
        }
        "struct" | "enum" | "union" => {
            w.lines.insert(format!("{kind} {path}"));
            let fields = body["kind"]["plain"]["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(body["kind"]["tuple"].as_array().into_iter().flatten());
            for field in fields {
                let field = &index[id(field)];
                if public(field) {
                    if let Some(f) = field["name"].as_str() {
                        w.lines.insert(format!("field {path}::{f}"));
                    }
                }
            }
            for variant in body["variants"].as_array().into_iter().flatten() {
                if let Some(v) = index[id(variant)]["name"].as_str() {
                    w.lines.insert(format!("variant {path}::{v}"));
                }
            }
            impls(index, body, &path, w.lines);
        }
        "trait" => {
            w.lines.insert(format!("trait {path}"));
            for child in body["items"].as_array().into_iter().flatten() {
                if let Some(n) = index[id(child)]["name"].as_str() {
                    w.lines.insert(format!("trait item {path}::{n}"));
                }
            }
        }
        "function" => {
            w.lines.insert(format!("fn {path}"));
        }
        "constant" => {
            w.lines.insert(format!("const {path}"));
        }
        "static" | "type_alias" | "macro" => {
            w.lines.insert(format!("{kind} {path}"));
        }
        _ => {}
    }
}

fn impls(index: &Value, body: &Value, path: &str, lines: &mut BTreeSet<String>) {
    for imp in body["impls"].as_array().into_iter().flatten() {
        let imp = &index[id(imp)]["inner"]["impl"];
        if imp["is_synthetic"] == true || !imp["blanket_impl"].is_null() {
            continue;
        }
        match imp["trait"]["path"].as_str() {
            Some(trait_path) => {
                lines.insert(format!("impl {trait_path} for {path}"));
            }
            None => {
                for item in imp["items"].as_array().into_iter().flatten() {
                    let item = &index[id(item)];
                    if !public(item) {
                        continue;
                    }
                    let kind = match item["inner"].as_object().and_then(|o| o.keys().next()) {
                        Some(k) if k == "function" => "fn",
                        Some(k) if k == "assoc_const" => "const",
                        Some(k) if k == "assoc_type" => "type",
                        _ => "item",
                    };
                    if let Some(n) = item["name"].as_str() {
                        lines.insert(format!("{kind} {path}::{n}"));
                    }
                }
            }
        }
    }
}
