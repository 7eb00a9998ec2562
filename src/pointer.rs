//! Where each JSON Pointer's value is in a JSON text, to show a finding in the source, and
//! the exact reading of number literals.
//!
//! [`value_ranges`] walks the text once, iteratively; on text that is not JSON it stops
//! where the text stops making sense and answers what it found so far, never a panic.
//!
//! ```
//! use ogi_report::pointer::value_ranges;
//!
//! let json = r#"{"requests": {"new_received": {"total": 12}}}"#;
//! let ranges = value_ranges(json);
//! assert_eq!(&json[ranges["/requests/new_received/total"].clone()], "12");
//! ```

use std::collections::HashMap;
use std::ops::Range;

/// The byte range of every value in `json` (objects and arrays included), by its RFC 6901
/// JSON Pointer: one pass over the text.
pub fn value_ranges(json: &str) -> HashMap<String, Range<usize>> {
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

/// Why a number literal cannot be read exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberProblem {
    /// It has a fractional part as written (`0.5`, `1.0000000000000001`, `1e-1`).
    NotWhole,
    /// It is whole but beyond what any number of the format holds, or beyond what a
    /// decimal point or exponent can be read exactly at (2^53 − 1).
    TooLarge,
}

/// The first number literal in `json` that is not a whole number as written, or is too large
/// to read exactly: its byte range and the problem. Whole numbers written `5.0` or `1e2`
/// are read as 5 and 100, like JSON Schema's `integer`.
pub(crate) fn first_inexact_number(json: &str) -> Option<(Range<usize>, NumberProblem)> {
    let bytes = json.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' {
            i = string_end(json, i);
        } else if b == b'-' || b.is_ascii_digit() {
            let start = i;
            let mut marked = false;
            i += 1;
            while let Some(&b) = bytes.get(i) {
                match b {
                    b'0'..=b'9' | b'+' | b'-' => {}
                    b'.' | b'e' | b'E' => marked = true,
                    _ => break,
                }
                i += 1;
            }
            // Only a point, an exponent or more digits than 64 bits hold can be inexact.
            if marked || i - start > 18 {
                if let Some(problem) = number_problem(&json[start..i]) {
                    return Some((start..i, problem));
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

/// One past the closing quote of the string opening at `at` (the end of the text if it does
/// not close). Finds quotes with `str::find`, which searches a byte at a time quickly.
fn string_end(json: &str, at: usize) -> usize {
    let bytes = json.as_bytes();
    let mut from = at + 1;
    while let Some(q) = json.get(from..).and_then(|rest| rest.find('"')) {
        let q = from + q;
        let backslashes = bytes[from..q]
            .iter()
            .rev()
            .take_while(|b| **b == b'\\')
            .count();
        if backslashes % 2 == 0 {
            return q + 1;
        }
        from = q + 1;
    }
    bytes.len()
}

/// What keeps a JSON number literal from being read exactly, if anything. A literal that is
/// not a JSON number is left to the JSON reader to refuse.
fn number_problem(literal: &str) -> Option<NumberProblem> {
    let unsigned = literal.strip_prefix('-').unwrap_or(literal);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (mantissa, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || frac.is_some_and(|f| !digits(f)) {
        return None;
    }
    let Some(exponent) = exponent else {
        if frac.is_none() {
            // A plain integer: read exactly when it fits the reader's 64-bit integers.
            let fits = if literal.starts_with('-') {
                literal.parse::<i64>().is_ok()
            } else {
                literal.parse::<u64>().is_ok()
            };
            return (!fits).then_some(NumberProblem::TooLarge);
        }
        return whole_value(int, frac.unwrap_or(""), 0);
    };
    let (negative, magnitude) = match exponent.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, exponent.strip_prefix('+').unwrap_or(exponent)),
    };
    if !digits(magnitude) {
        return None;
    }
    // Past 10^6 the exponent makes a value no format holds, or a fraction.
    let magnitude: i64 = magnitude.parse().unwrap_or(i64::MAX).min(1_000_000);
    whole_value(
        int,
        frac.unwrap_or(""),
        if negative { -magnitude } else { magnitude },
    )
}

/// Whether `int.frac × 10^exponent` is whole and at most 2^53 − 1 (what a reader through
/// `f64` keeps exact).
fn whole_value(int: &str, frac: &str, exponent: i64) -> Option<NumberProblem> {
    let all: String = [int, frac].concat();
    // The value is `all × 10^(exponent − frac.len())`.
    let shift = exponent - frac.len() as i64;
    let significant = all.trim_start_matches('0');
    if significant.is_empty() {
        return None;
    }
    if shift < 0 {
        let dropped = (-shift) as usize;
        if dropped > significant.len()
            || !significant[significant.len() - dropped..]
                .bytes()
                .all(|b| b == b'0')
        {
            return Some(NumberProblem::NotWhole);
        }
        let kept = &significant[..significant.len() - dropped];
        return check_size(kept, 0);
    }
    check_size(significant, shift as usize)
}

fn check_size(digits: &str, zeros: usize) -> Option<NumberProblem> {
    let digits = digits.trim_start_matches('0');
    if digits.len() + zeros > 16 {
        return Some(NumberProblem::TooLarge);
    }
    let value: u64 = format!("{digits}{}", "0".repeat(zeros))
        .parse()
        .unwrap_or(u64::MAX);
    (value > (1 << 53) - 1).then_some(NumberProblem::TooLarge)
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
    fn number_literals_are_judged_as_written() {
        use super::NumberProblem::{NotWhole, TooLarge};
        use super::number_problem as p;
        for whole in [
            "0",
            "-0",
            "67",
            "5.0",
            "1e2",
            "1E+2",
            "6700e-2",
            "0.0",
            "-0.0e5",
            "9007199254740991",
            "9007199254740991.000",
            "18446744073709551615",
            "-9223372036854775808",
        ] {
            assert_eq!(p(whole), None, "{whole}");
        }
        for fraction in [
            "0.5",
            "1.0000000000000001",
            "9007199254740991.4",
            "1e-1",
            "0.05",
            "-2.5",
            "1e-1000000000000",
        ] {
            assert_eq!(p(fraction), Some(NotWhole), "{fraction}");
        }
        for large in [
            "18446744073709551616",
            "-9223372036854775809",
            "9007199254740992.0",
            "1e16",
            "1e400",
            "123456789012345678901234567890",
        ] {
            assert_eq!(p(large), Some(TooLarge), "{large}");
        }
        // Not JSON numbers: left to the JSON reader.
        for odd in ["-", "1.", ".5", "1e", "1.2.3", "1e+-2", "--1"] {
            assert_eq!(p(odd), None, "{odd}");
        }
        assert_eq!(
            super::first_inexact_number(r#"{"a": "1.5", "b": [2, 2.50]}"#),
            Some((22..26, NotWhole))
        );
        assert_eq!(
            super::first_inexact_number(r#"{"a": "\"1.5", "b": 3}"#),
            None
        );
    }

    #[test]
    fn the_index_holds_every_value_where_the_walk_finds_it() {
        let index = super::value_ranges(JSON);
        let mut pointers: Vec<&str> = index.keys().map(String::as_str).collect();
        pointers.sort_unstable();
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
        assert_eq!(super::value_ranges("[]").get("").cloned(), Some(0..2));
        assert_eq!(super::value_ranges("{\"a\": {}, \"b\": []}").len(), 3);
        assert!(!super::value_ranges("{\"a\" 1}").contains_key("/a"));
        assert!(super::value_ranges("").is_empty());
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
