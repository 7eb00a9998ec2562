//! The crate's public API as a listing, one line per public item, from rustdoc's JSON
//! (`cargo rustdoc -- --output-format json`): modules, re-exports, types with their public
//! fields, variants, inherent functions and constants, the traits they implement (other than
//! the compiler's automatic ones and blanket implementations), functions and constants. CI
//! compares it with the committed `api.txt`, so that a change to the API is seen in review.
//!
//! An item re-exported from a private module (`builder::Format2019Builder`, defined in
//! `builder/format_2019.rs`) is listed, with its fields, variants and methods, at the path
//! of its re-export; one that a public module holds is listed there only.

use std::collections::BTreeSet;

use serde_json::Value;

/// The listing of the crate whose rustdoc JSON is `doc`.
pub fn listing(doc: &Value) -> String {
    let index = &doc["index"];
    let root = &doc["root"];
    let mut lines = BTreeSet::new();
    let mut seen = Seen::default();
    walk(index, &index[id(root)], "", &mut lines, &mut seen);
    // Re-exports of items that no public module holds, walked at the re-export's path.
    let mut at = 0;
    while let Some((target, prefix)) = seen.uses.get(at).cloned() {
        at += 1;
        if seen.ids.insert(target.clone()) {
            walk(
                index,
                &index[target.as_str()],
                &prefix,
                &mut lines,
                &mut seen,
            );
        }
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

/// What the walk has reached: the paths of types listed, the ids of the items public
/// modules hold, and the re-exports (target id, module path) to list if nothing else does.
#[derive(Default)]
struct Seen {
    paths: BTreeSet<String>,
    ids: BTreeSet<String>,
    uses: Vec<(String, String)>,
}

fn walk(index: &Value, item: &Value, prefix: &str, lines: &mut BTreeSet<String>, seen: &mut Seen) {
    let Some(name) = item["name"].as_str() else {
        return;
    };
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
            lines.insert(format!("mod {path}"));
            for child_id in body["items"].as_array().into_iter().flatten() {
                let child = &index[id(child_id)];
                if public(child) {
                    if let Some(u) = child["inner"].get("use") {
                        if u["is_glob"] != true && !u["id"].is_null() {
                            seen.uses.push((id(&u["id"]), path.clone()));
                        }
                        let glob = if u["is_glob"] == true { "::*" } else { "" };
                        lines.insert(format!(
                            "pub use {path}::{} = {}{glob}",
                            u["name"].as_str().unwrap_or_default(),
                            u["source"].as_str().unwrap_or_default()
                        ));
                    } else {
                        seen.ids.insert(id(child_id));
                        walk(index, child, &path, lines, seen);
                    }
                }
            }
        }
        "struct" | "enum" | "union" => {
            if !seen.paths.insert(path.clone()) {
                return;
            }
            lines.insert(format!("{kind} {path}"));
            let fields = body["kind"]["plain"]["fields"]
                .as_array()
                .into_iter()
                .flatten()
                .chain(body["kind"]["tuple"].as_array().into_iter().flatten());
            for field in fields {
                let field = &index[id(field)];
                if public(field) {
                    if let Some(f) = field["name"].as_str() {
                        lines.insert(format!("field {path}::{f}"));
                    }
                }
            }
            for variant in body["variants"].as_array().into_iter().flatten() {
                if let Some(v) = index[id(variant)]["name"].as_str() {
                    lines.insert(format!("variant {path}::{v}"));
                }
            }
            impls(index, body, &path, lines);
        }
        "trait" => {
            lines.insert(format!("trait {path}"));
            for child in body["items"].as_array().into_iter().flatten() {
                if let Some(n) = index[id(child)]["name"].as_str() {
                    lines.insert(format!("trait item {path}::{n}"));
                }
            }
        }
        "function" => {
            lines.insert(format!("fn {path}"));
        }
        "constant" => {
            lines.insert(format!("const {path}"));
        }
        "static" | "type_alias" | "macro" => {
            lines.insert(format!("{kind} {path}"));
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
