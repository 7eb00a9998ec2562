//! Where each JSON Pointer's value is in a JSON text, to show it in the source.
//!
//! The text has already been read as a report, so it is valid JSON; on any surprise the
//! answer is `None`, never a panic. The walk is iterative and linear in the text.

use std::collections::HashMap;
use std::ops::Range;

/// The byte range of every value in `json`, by its JSON Pointer: one pass over the text.
/// Answers an empty index for text that is not JSON.
pub fn index(json: &str) -> HashMap<String, Range<usize>> {
    let bytes = json.as_bytes();
    let mut out = HashMap::new();
    // The containers open around the current value: where each starts, its pointer, and the
    // next array index (objects take the key read instead).
    let mut stack: Vec<(usize, String, Option<usize>)> = Vec::new();
    let mut pointer = String::new();
    let mut at = skip_ws(bytes, 0);
    // A value starts at `at`, named by `pointer`.
    while let Some(&b) = bytes.get(at) {
        if b == b'{' || b == b'[' {
            stack.push((at, pointer.clone(), (b == b'[').then_some(0)));
            at = skip_ws(bytes, at + 1);
        } else {
            let Some(end) = skip_value(bytes, at) else {
                break;
            };
            out.insert(pointer.clone(), at..end);
            at = skip_ws(bytes, end);
        }
        // After a value: close containers, or step to the next member or element.
        loop {
            let Some((start, own, _)) = stack.last_mut() else {
                return out;
            };
            match bytes.get(at) {
                Some(b',') => at = skip_ws(bytes, at + 1),
                Some(b'}') | Some(b']') => {
                    out.insert(own.clone(), *start..at + 1);
                    stack.pop();
                    at = skip_ws(bytes, at + 1);
                    continue;
                }
                _ => {}
            }
            let Some((_, own, next)) = stack.last_mut() else {
                return out;
            };
            pointer.clear();
            pointer.push_str(own);
            pointer.push('/');
            match next {
                Some(i) => {
                    if bytes.get(at) == Some(&b']') {
                        continue;
                    }
                    pointer.push_str(&i.to_string());
                    *i += 1;
                }
                None => {
                    if bytes.get(at) == Some(&b'}') {
                        continue;
                    }
                    if bytes.get(at) != Some(&b'"') {
                        return out;
                    }
                    let Some(end) = skip_string(bytes, at) else {
                        return out;
                    };
                    let Ok(key) = serde_json::from_slice::<String>(&bytes[at..end]) else {
                        return out;
                    };
                    pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                    at = skip_ws(bytes, end);
                    if bytes.get(at) != Some(&b':') {
                        return out;
                    }
                    at = skip_ws(bytes, at + 1);
                }
            }
            break;
        }
    }
    out
}

fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| b.is_ascii_whitespace()) {
        at += 1;
    }
    at
}

/// The end of the string opening at `at` (one past its closing quote).
fn skip_string(bytes: &[u8], mut at: usize) -> Option<usize> {
    at += 1;
    loop {
        match *bytes.get(at)? {
            b'"' => return Some(at + 1),
            b'\\' => at += 2,
            _ => at += 1,
        }
    }
}

/// The end of the value starting at `at`.
fn skip_value(bytes: &[u8], at: usize) -> Option<usize> {
    match *bytes.get(at)? {
        b'"' => skip_string(bytes, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = at;
            loop {
                match *bytes.get(i)? {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = at;
            while bytes
                .get(i)
                .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
            {
                i += 1;
            }
            (i > at).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    //! The index checked against a second walk that follows one pointer at a time.

    use super::{skip_string, skip_value, skip_ws};
    use std::ops::Range;

    /// The byte range of the value at `pointer` (RFC 6901) in `json`.
    fn value_range(json: &str, pointer: &str) -> Option<Range<usize>> {
        let bytes = json.as_bytes();
        let mut at = skip_ws(bytes, 0);
        if pointer.is_empty() {
            return Some(at..skip_value(bytes, at)?);
        }
        let tokens = pointer.strip_prefix('/')?.split('/');
        for token in tokens {
            let token = token.replace("~1", "/").replace("~0", "~");
            at = match *bytes.get(at)? {
                b'{' => member(bytes, at, &token)?,
                b'[' => element(bytes, at, token.parse().ok()?)?,
                _ => return None,
            };
        }
        Some(at..skip_value(bytes, at)?)
    }

    /// The start of the value of member `key` of the object opening at `at`.
    fn member(bytes: &[u8], at: usize, key: &str) -> Option<usize> {
        let mut i = skip_ws(bytes, at + 1);
        loop {
            match *bytes.get(i)? {
                b'}' => return None,
                b',' => i = skip_ws(bytes, i + 1),
                b'"' => {
                    let end = skip_string(bytes, i)?;
                    let name = serde_json::from_slice::<String>(&bytes[i..end]).ok()?;
                    i = skip_ws(bytes, end);
                    if bytes.get(i) != Some(&b':') {
                        return None;
                    }
                    let value = skip_ws(bytes, i + 1);
                    if name == key {
                        return Some(value);
                    }
                    i = skip_ws(bytes, skip_value(bytes, value)?);
                }
                _ => return None,
            }
        }
    }

    /// The start of element `index` of the array opening at `at`.
    fn element(bytes: &[u8], at: usize, index: usize) -> Option<usize> {
        let mut i = skip_ws(bytes, at + 1);
        let mut n = 0;
        loop {
            match *bytes.get(i)? {
                b']' => return None,
                b',' => i = skip_ws(bytes, i + 1),
                _ => {
                    if n == index {
                        return Some(i);
                    }
                    n += 1;
                    i = skip_ws(bytes, skip_value(bytes, i)?);
                }
            }
        }
    }

    const JSON: &str = r#"{
  "a": {"b/c": [10, {"d": "x\"y"}, null], "e~f": true},
  "g": -2.5
}"#;

    fn at(pointer: &str) -> Option<&'static str> {
        value_range(JSON, pointer).map(|r| &JSON[r])
    }

    #[test]
    fn finds_each_kind_of_value() {
        assert_eq!(at("/a/b~1c/0"), Some("10"));
        assert_eq!(at("/a/b~1c/1/d"), Some(r#""x\"y""#));
        assert_eq!(at("/a/b~1c/2"), Some("null"));
        assert_eq!(at("/a/e~0f"), Some("true"));
        assert_eq!(at("/g"), Some("-2.5"));
        assert_eq!(at("/a/b~1c/1"), Some(r#"{"d": "x\"y"}"#));
        assert_eq!(value_range(JSON, "").map(|r| r.len()), Some(JSON.len()));
    }

    #[test]
    fn the_index_holds_every_value_where_the_walk_finds_it() {
        let index = super::index(JSON);
        let mut pointers: Vec<&str> = index.keys().map(String::as_str).collect();
        pointers.sort();
        assert_eq!(
            pointers,
            [
                "",
                "/a",
                "/a/b~1c",
                "/a/b~1c/0",
                "/a/b~1c/1",
                "/a/b~1c/1/d",
                "/a/b~1c/2",
                "/a/e~0f",
                "/g"
            ]
        );
        for pointer in pointers {
            assert_eq!(
                index.get(pointer).cloned(),
                value_range(JSON, pointer),
                "{pointer}"
            );
        }
        assert_eq!(super::index("[]").get("").cloned(), Some(0..2));
        assert_eq!(super::index("{\"a\": {}, \"b\": []}").len(), 3);
        assert!(!super::index("{\"a\" 1}").contains_key("/a"));
        assert!(super::index("").is_empty());
    }

    #[test]
    fn answers_none_for_what_is_not_there() {
        assert_eq!(at("/a/b~1c/3"), None);
        assert_eq!(at("/a/missing"), None);
        assert_eq!(at("/g/0"), None);
        assert_eq!(at("/a/b~1c/x"), None);
        assert_eq!(value_range("{\"a\": [1, 2", "/a/1"), Some(10..11));
        assert_eq!(value_range("{\"a\": [1, {", "/a/1"), None);
        assert_eq!(value_range("", "/a"), None);
    }
}
