//! What a printed cell holds, read exactly: never a number the source does not show.

use crate::cell::{Cell, Count};
use crate::layout::label::fold_width;
use crate::money::{ExactDecimal, Fee, MoneyUnit};

/// Marks printed where a number belongs that the parser keeps as raw text.
const MARKS: &[&str] = &[
    "/",
    "／",
    "-",
    "—",
    "——",
    "–",
    "－",
    "\\",
    "、",
    "无",
    "減",
    "减",
    "增",
    "*",
    "×",
    "x",
    "X",
    "空",
    "暂无",
    "不适用",
    "详见附表",
    "见附表",
];

/// A printed number: digits, an optional sign, an optional decimal part, optional thousands
/// separators, and optionally a unit of money after it.
pub(crate) fn is_number(text: &str) -> bool {
    let t = strip_unit(text).0;
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let (int, frac) = match t.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (t, None),
    };
    let int_ok =
        !int.is_empty() && (int.bytes().all(|b| b.is_ascii_digit()) || thousands(int).is_some());
    int_ok && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a piece of text can stand in a value cell: a number or a known mark.
pub(crate) fn is_value_like(text: &str) -> bool {
    let t = text.trim();
    // Most text is neither: a value is short and opens with a digit, a sign or a mark.
    if t.is_empty() {
        return false;
    }
    if t.len() > 48 {
        // Too long for a count, but a number all the same: read raw, never dropped.
        return t
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && t.starts_with(|c: char| c.is_ascii_digit());
    }
    let first = t.chars().next().map_or(' ', fold_width);
    if !(first.is_ascii_digit()
        || matches!(first, '+' | '-' | '.' | '−')
        || MARKS.iter().any(|m| m.starts_with(first)))
    {
        return false;
    }
    if t.is_ascii() && !t.contains(char::is_whitespace) {
        return is_number(t) || MARKS.contains(&t);
    }
    let t = folded(t);
    is_number(&t)
        || MARKS.contains(&t.as_str())
        || without_count_unit(&t).is_some()
        // Numbers apart by a space ("1 2"): they stand in a cell, which reads them raw.
        || t.contains(' ') && t.split(' ').all(is_number)
}

/// Full-width digits and signs folded; space removed, except one space where space stands
/// between two digits ("1 2" is two numbers or one with a gap: not 12).
pub(crate) fn folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        let c = match c {
            '－' | '−' => '-',
            '＋' => '+',
            _ => fold_width(c),
        };
        if gap && c.is_ascii_digit() && out.ends_with(|p: char| p.is_ascii_digit()) {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
}

/// "1,234" → "1234", only when the separators are where thousands separators go.
fn thousands(int: &str) -> Option<String> {
    let groups: Vec<&str> = int.split(',').collect();
    if groups.len() < 2
        || groups[0].is_empty()
        || groups[0].len() > 3
        || !groups[0].bytes().all(|b| b.is_ascii_digit())
        || groups[1..]
            .iter()
            .any(|g| g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    Some(groups.concat())
}

/// Units a count is sometimes printed with in its cell ("3件").
const COUNT_UNITS: &[char] = &['件', '个', '项', '次', '条', '人', '起', '宗', '家', '份'];

/// A count printed with its unit: the digits, when the text is digits and one count unit.
fn without_count_unit(text: &str) -> Option<&str> {
    let digits = text.strip_suffix(COUNT_UNITS)?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The number and the unit of money printed after it, if any.
pub(crate) fn strip_unit(text: &str) -> (&str, Option<MoneyUnit>) {
    if let Some(t) = text.strip_suffix("万元") {
        (t, Some(MoneyUnit::WanYuan))
    } else if let Some(t) = text.strip_suffix('元') {
        (t, Some(MoneyUnit::Yuan))
    } else {
        (text, None)
    }
}

fn plain_digits(text: &str) -> Option<String> {
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        Some(text.to_owned())
    } else {
        thousands(text)
    }
}

/// A count cell: digits (a lone zero, or no leading zero), else the text raw; empty is blank.
pub(crate) fn count(text: &str) -> Cell<Count> {
    let t = folded(text);
    if t.is_empty() {
        return Cell::Blank;
    }
    let t = without_count_unit(&t).unwrap_or(&t);
    if let Some(digits) = plain_digits(t) {
        if digits == "0" || !digits.starts_with('0') {
            if let Ok(n) = digits.parse::<u64>() {
                if let Ok(c) = Count::new(n) {
                    return Cell::Value(c);
                }
            }
        }
    }
    Cell::Raw(text.trim().to_owned())
}

/// A signed change (2019 本年增/减): "3", "+3", "-2"; anything else raw.
pub(crate) fn change(text: &str) -> Cell<i64> {
    let t = folded(text);
    if t.is_empty() {
        return Cell::Blank;
    }
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, t.strip_prefix('+').unwrap_or(&t)),
    };
    if let Some(d) = plain_digits(digits) {
        if d == "0" || !d.starts_with('0') {
            if let Ok(n) = d.parse::<i64>() {
                if n < (1 << 53) {
                    return Cell::Value(sign * n);
                }
            }
        }
    }
    Cell::Raw(text.trim().to_owned())
}

/// The 2021 fee in 万元: a decimal with at most four places, "万元" allowed after it.
pub(crate) fn fee(text: &str) -> Cell<Fee> {
    let t = folded(text);
    if t.is_empty() {
        return Cell::Blank;
    }
    let (number, unit) = strip_unit(&t);
    if matches!(unit, None | Some(MoneyUnit::WanYuan)) {
        if let Ok(f) = number.parse::<Fee>() {
            return Cell::Value(f);
        }
    }
    Cell::Raw(text.trim().to_owned())
}

/// An exact amount and the unit printed with it.
pub(crate) fn amount(text: &str) -> (Cell<ExactDecimal>, Option<MoneyUnit>) {
    let t = folded(text);
    if t.is_empty() {
        return (Cell::Blank, None);
    }
    let (number, unit) = strip_unit(&t);
    let number = plain_digits(number.split('.').next().unwrap_or(""))
        .map(|int| match number.split_once('.') {
            Some((_, frac)) => format!("{int}.{frac}"),
            None => int,
        })
        .unwrap_or_else(|| number.to_owned());
    match number.parse::<ExactDecimal>() {
        Ok(v) => (Cell::Value(v), unit),
        Err(_) => (Cell::Raw(text.trim().to_owned()), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_at_most_48_characters_unless_it_is_all_digits() {
        // 48 characters: read by the rules for short text, where a sign may open a number.
        let signed = format!("-{}", "1".repeat(47));
        assert!(is_value_like(&signed));
        // 49: only digits (with separators) stand in a cell, to be kept raw.
        assert!(!is_value_like(&format!("-{}", "1".repeat(48))));
        assert!(is_value_like(&"1".repeat(49)));
        assert!(is_value_like(&format!("{}.5", "1,234".repeat(10))));
        // Full-width digits and a space inside: read after folding.
        assert!(is_value_like("１２ "));
        assert!(!is_value_like("12 件 多"));
    }

    /// Numbers apart by a space are not run together: "1 2" may be two cells printed as one.
    /// It stands in a cell, and the cell holds it raw.
    #[test]
    fn numbers_apart_by_a_space_are_a_raw_cell_not_one_number() {
        for text in ["1 2", "1  234", "１ ２", "0\u{3000}0"] {
            assert!(is_value_like(text), "{text}");
            assert_eq!(count(text), Cell::Raw(text.to_owned()), "{text}");
        }
        assert_eq!(folded(" １ ２ "), "1 2");
        assert_eq!(folded("12 件"), "12件");
        assert_eq!(folded("＋ 3"), "+3");
        assert_eq!(folded("3 ."), "3.");
        assert_eq!(count("12 件"), Cell::Value(Count::new(12).unwrap()));
        assert!(!is_value_like("1 a"));
    }

    #[test]
    fn cells_are_read_as_printed() {
        assert_eq!(count("12"), Cell::Value(Count::new(12).unwrap()));
        assert_eq!(count("１２"), Cell::Value(Count::new(12).unwrap()));
        assert_eq!(count("3件"), Cell::Value(Count::new(3).unwrap()));
        assert_eq!(count("1,234"), Cell::Value(Count::new(1234).unwrap()));
        assert_eq!(count(""), Cell::Blank);
        for raw in ["5.0", "007", "1,23", "3万件", "/", "减", "3件多"] {
            assert_eq!(count(raw), Cell::Raw(raw.to_owned()), "{raw}");
        }
        assert_eq!(change("-2"), Cell::Value(-2));
        assert_eq!(change("＋3"), Cell::Value(3));
        assert_eq!(change("减"), Cell::Raw("减".to_owned()));
        assert_eq!(
            fee("27.25").value().map(ToString::to_string).as_deref(),
            Some("27.2500")
        );
        assert_eq!(
            fee("27.25万元").value().map(ToString::to_string).as_deref(),
            Some("27.2500")
        );
        // A fifth decimal is not rounded away: the cell keeps the text.
        assert_eq!(fee("1.23456"), Cell::Raw("1.23456".to_owned()));
        assert_eq!(fee("300元"), Cell::Raw("300元".to_owned()));
        let (a, unit) = amount("48359.899368万元");
        assert_eq!(
            a.value().map(ToString::to_string).as_deref(),
            Some("48359.899368")
        );
        assert_eq!(unit, Some(MoneyUnit::WanYuan));
    }

    #[test]
    fn values_are_told_from_words() {
        for value in [
            "0",
            "12",
            "-3",
            "3.5",
            "/",
            "—",
            "减",
            "3件",
            "２",
            "27.25万元",
        ] {
            assert!(is_value_like(value), "{value}");
        }
        for word in ["规章", "行政许可", "件", "2019年", "三", "0379-63971494x"] {
            assert!(!is_value_like(word), "{word}");
        }
    }
}
