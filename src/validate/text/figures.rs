//! The figures a 2019- or 2021-format report states in its prose: "共受理政府信息公开申请1,295件",
//! "两件", "一百零三件", "208件（17.46%）".
//!
//! The text is read without its white space, as a PDF's text breaks lines anywhere ("答\n复
//! 3050件"), and every figure keeps its bytes in the text as given. A count is a number followed
//! by 件 (never 件次); a number with a thousands separator or in Chinese numerals is read
//! exactly. "余", "多" after a number and "约", "近", "逾" before it make the figure inexact:
//! it is read, and never compared. A percentage right after a count ("（17.46%）", "，占
//! 17.46%") is kept with that count and its printed decimals.

use std::ops::Range;

/// Where a clause ends: a figure's label starts after the last of these.
fn is_break(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '：' | ':' | '、' | '（' | '(' | ')' | '）' | '“' | '”' | '"'
    ) || is_sentence_end(c)
}

/// Where a sentence ends: the context (scope, year, the review block named) goes no further.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?')
}

/// A percentage printed after a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Percent {
    /// The value × 10^`decimals`: 17.46 % is 1746 with 2 decimals.
    pub(crate) scaled: u64,
    /// The decimals printed.
    pub(crate) decimals: u32,
    /// Its bytes in the text, number and sign.
    pub(crate) range: Range<usize>,
}

/// How exactly a figure is stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exactness {
    /// "34件".
    Exact,
    /// "20余件", "约30件": never compared.
    Inexact,
}

/// A count the prose states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stated {
    /// The number.
    pub(crate) value: u64,
    /// Whether it is exact.
    pub(crate) exactness: Exactness,
    /// Its bytes in the text: the number (with its qualifier) and the unit 件.
    pub(crate) range: Range<usize>,
    /// The words before it in its clause, without white space.
    pub(crate) before: String,
    /// The words after its unit up to the clause's end, without white space, when the count
    /// comes first ("另有103件顺延到下年度答复").
    pub(crate) after: String,
    /// The sentence up to the figure, without white space: its context.
    pub(crate) context: String,
    /// The sentence before, without white space.
    pub(crate) previous: String,
    /// The clause as printed, from the label's start to the end of the words after, without
    /// white space.
    pub(crate) clause: String,
    /// A percentage printed right after it.
    pub(crate) percent: Option<Percent>,
}

/// A clause that states that every application was concluded, with its bytes in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AllConcluded {
    /// The clause, without white space.
    pub(crate) clause: String,
    /// The sentence up to the clause, without white space.
    pub(crate) context: String,
    /// Its bytes in the text.
    pub(crate) range: Range<usize>,
}

/// The text without its white space: each character with its byte offset in the text.
pub(crate) struct Compact {
    chars: Vec<(usize, char)>,
    len: usize,
}

impl Compact {
    pub(crate) fn new(text: &str) -> Compact {
        Compact {
            chars: text
                .char_indices()
                .filter(|(_, c)| !c.is_whitespace())
                .collect(),
            len: text.len(),
        }
    }

    fn string(&self, range: Range<usize>) -> String {
        self.chars[range].iter().map(|(_, c)| *c).collect()
    }

    /// The byte offset in the text of compact index `i` (the text's end past the last).
    fn byte(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.len, |(at, _)| *at)
    }

    /// The byte range in the text of compact indices `range`.
    fn bytes(&self, range: Range<usize>) -> Range<usize> {
        let end = match range.end.checked_sub(1).and_then(|i| self.chars.get(i)) {
            Some((at, c)) if range.end > range.start => at + c.len_utf8(),
            _ => self.byte(range.start),
        };
        self.byte(range.start)..end
    }

    fn char(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|(_, c)| *c)
    }

    fn starts_with(&self, i: usize, word: &str) -> bool {
        (i..)
            .zip(word.chars())
            .all(|(at, w)| self.char(at) == Some(w))
    }

    fn ends_with(&self, end: usize, word: &str) -> bool {
        let n = word.chars().count();
        end >= n && self.starts_with(end - n, word)
    }
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(u32::from(c) - u32::from('０')),
        _ => None,
    }
}

/// The value of a number in Chinese numerals ("十二", "两", "一百零三", "一千二百"), or `None`
/// when the characters do not make one.
pub(crate) fn chinese_numeral(text: &str) -> Option<u64> {
    let (mut total, mut section, mut number) = (0u64, 0u64, None::<u64>);
    let mut last_unit = u64::MAX;
    for c in text.chars() {
        let d = match c {
            '零' | '〇' => Some(0),
            '一' => Some(1),
            '二' | '两' => Some(2),
            '三' => Some(3),
            '四' => Some(4),
            '五' => Some(5),
            '六' => Some(6),
            '七' => Some(7),
            '八' => Some(8),
            '九' => Some(9),
            _ => None,
        };
        if let Some(d) = d {
            // Two digits in a row ("一二") make no number, but a 零 may stand between.
            if number.is_some_and(|n| n != 0) && d != 0 {
                return None;
            }
            number = Some(d);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10_000,
            _ => return None,
        };
        if unit == 10_000 {
            total = (total + section + number.unwrap_or(0)).checked_mul(unit)?;
            section = 0;
            last_unit = u64::MAX;
        } else {
            // Units fall within a section: "一百二十", never "十百".
            if unit >= last_unit {
                return None;
            }
            // "十二": a 十 alone stands for 一十.
            section += number.unwrap_or(1) * unit;
            last_unit = unit;
        }
        number = None;
    }
    if text.is_empty() {
        return None;
    }
    Some(total + section + number.unwrap_or(0))
}

/// The characters of a number in Chinese numerals.
fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
    )
}

/// A number read: where it ends, its whole value, and its decimals (scaled value, places).
type Number = (usize, u64, Option<(u64, u32)>);

/// An Arabic number at compact index `i`: digits with optional thousands separators ("1,295")
/// and an optional decimal part. Returns the end, the whole value and the decimals (scaled
/// value and count).
fn arabic(c: &Compact, i: usize) -> Option<Number> {
    let mut end = i;
    let mut value: u64 = 0;
    let mut digits = 0;
    loop {
        match c.char(end).and_then(digit) {
            Some(d) => {
                value = value.checked_mul(10)?.checked_add(u64::from(d))?;
                digits += 1;
                end += 1;
            }
            // A separator between groups of three: "1,295", never "12,34".
            None if matches!(c.char(end), Some(',' | '，'))
                && digits > 0
                && (1..=3).all(|k| c.char(end + k).and_then(digit).is_some())
                && c.char(end + 4).and_then(digit).is_none() =>
            {
                end += 1;
            }
            None => break,
        }
    }
    if digits == 0 {
        return None;
    }
    let mut decimals = None;
    if matches!(c.char(end), Some('.' | '．')) && c.char(end + 1).and_then(digit).is_some() {
        let (mut scaled, mut places) = (value, 0u32);
        end += 1;
        while let Some(d) = c.char(end).and_then(digit) {
            scaled = scaled.checked_mul(10)?.checked_add(u64::from(d))?;
            places += 1;
            end += 1;
        }
        decimals = Some((scaled, places));
    }
    Some((end, value, decimals))
}

/// A number at compact index `i`, Arabic or in Chinese numerals: its end, value and decimals.
fn number_at(c: &Compact, i: usize) -> Option<Number> {
    if c.char(i).and_then(digit).is_some() {
        return arabic(c, i);
    }
    let mut end = i;
    while c.char(end).is_some_and(is_chinese_digit) {
        end += 1;
    }
    if end == i {
        return None;
    }
    let text = c.string(i..end);
    chinese_numeral(&text).map(|v| (end, v, None))
}

/// Words before a number that make it inexact.
const ABOUT: &[&str] = &["大约", "约", "近", "逾", "超过", "将近"];

/// A percentage after a count that ends at compact index `end`: what may stand between them
/// is a bracket, a comma and 占 / 占比 / 为 / 办结总数的 (a rate of the outcomes); anything
/// else names another rate.
fn percent_after(c: &Compact, mut i: usize) -> Option<Percent> {
    let stop = i + 12;
    while i < stop {
        if c.char(i).and_then(digit).is_some() {
            let (end, whole, decimals) = arabic(c, i)?;
            if !matches!(c.char(end), Some('%' | '％')) {
                return None;
            }
            let (scaled, decimals) = decimals.unwrap_or((whole, 0));
            return Some(Percent {
                scaled,
                decimals,
                range: c.bytes(i..end + 1),
            });
        }
        let filler = [
            "（",
            "(",
            "，",
            ",",
            "占比",
            "占",
            "为",
            "办结总数的",
            "总数的",
            "的",
        ]
        .into_iter()
        .find(|w| c.starts_with(i, w))?;
        i += filler.chars().count();
    }
    None
}

/// Whether the text may state a count ("…3件", "两件", "20余件") or that every application
/// was concluded: a pass that allocates nothing, so that text stating neither costs little.
pub(crate) fn may_state(text: &str) -> bool {
    let counted = text.match_indices('件').any(|(at, _)| {
        let last = text[..at].chars().rev().find(|c| !c.is_whitespace());
        last.is_some_and(|c| digit(c).is_some() || is_chinese_digit(c) || matches!(c, '余' | '多'))
    });
    counted || text.contains("申请") && CONCLUDED.iter().any(|w| text.contains(w))
}

/// The most characters of a figure's label read on either side of it.
const MAX_WORDS: usize = 80;

/// The most characters of its sentence (and of the one before) a figure's context holds.
const MAX_CONTEXT: usize = 200;

/// Every count the text states, in order.
#[cfg(test)]
pub(crate) fn stated(text: &str) -> Vec<Stated> {
    stated_in(&Compact::new(text))
}

/// Every count a compacted text states, in order.
pub(crate) fn stated_in(c: &Compact) -> Vec<Stated> {
    let mut out = Vec::new();
    let mut sentence_start = 0;
    let mut previous_start = 0;
    let mut label_start = 0;
    let mut i = 0;
    while i < c.chars.len() {
        let ch = c.chars[i].1;
        if is_sentence_end(ch) {
            previous_start = sentence_start;
            sentence_start = i + 1;
            label_start = i + 1;
            i += 1;
            continue;
        }
        if is_break(ch) {
            label_start = i + 1;
            i += 1;
            continue;
        }
        // A number starts here, not inside a word, a code or a larger number (so that a run
        // of digits is read once, from its start).
        let glued = i > 0
            && c.char(i - 1).is_some_and(|b| {
                b.is_ascii_alphanumeric()
                    || digit(b).is_some()
                    || matches!(b, '-' | '—' | '/' | '.' | '第')
                    || (is_chinese_digit(b) && is_chinese_digit(ch))
            });
        if glued {
            i += 1;
            continue;
        }
        let Some((end, value, decimals)) = number_at(c, i) else {
            i += 1;
            continue;
        };
        let mut unit_at = end;
        let mut exactness = Exactness::Exact;
        if matches!(c.char(unit_at), Some('余' | '多')) {
            exactness = Exactness::Inexact;
            unit_at += 1;
        }
        let counted = decimals.is_none()
            && c.char(unit_at) == Some('件')
            && c.char(unit_at + 1) != Some('次');
        if !counted {
            i = end.max(i + 1);
            continue;
        }
        let mut start = i;
        if let Some(word) = ABOUT.iter().find(|w| c.ends_with(i, w)) {
            exactness = Exactness::Inexact;
            start = i - word.chars().count();
        }
        let figure_end = unit_at + 1;
        let mut after_end = figure_end;
        while c
            .char(after_end)
            .is_some_and(|ch| !is_break(ch) && digit(ch).is_none())
        {
            after_end += 1;
        }
        // Words are read back to the clause's start, the context to the sentence's, but
        // never further than a sentence reads: a text with no punctuation costs no more.
        let before_start = label_start.max(start.saturating_sub(MAX_WORDS)).min(start);
        let after_end = after_end.min(figure_end + MAX_WORDS);
        let context_start = sentence_start.max(start.saturating_sub(MAX_CONTEXT));
        let previous_start = previous_start.max(sentence_start.saturating_sub(MAX_CONTEXT));
        out.push(Stated {
            value,
            exactness,
            range: c.bytes(start..figure_end),
            before: c.string(before_start..start),
            after: c.string(figure_end..after_end),
            context: c.string(context_start..start),
            previous: c.string(previous_start..sentence_start),
            clause: c.string(before_start..after_end),
            percent: percent_after(c, figure_end),
        });
        // The next label starts after this figure.
        label_start = figure_end;
        i = figure_end;
    }
    out
}

/// Words that, in one clause with 申请, state that every application was concluded.
const CONCLUDED: &[&str] = &["办结", "办理完成", "办理完毕", "处理完毕"];

/// Words that make such a statement about every application ("所有申请均已办结").
const EVERY: &[&str] = &["所有", "全部", "均已", "均"];

/// The clauses that state that every application was concluded ("所有申请均已按要求办理完成").
/// A clause about a rate ("办结率100%") or about last year's applications alone ("上年结转申请
/// 均已办结") states no such thing.
#[cfg(test)]
pub(crate) fn all_concluded(text: &str) -> Vec<AllConcluded> {
    all_concluded_in(&Compact::new(text))
}

/// The statements that every application was concluded, in a compacted text.
pub(crate) fn all_concluded_in(c: &Compact) -> Vec<AllConcluded> {
    let mut out = Vec::new();
    let mut sentence_start = 0;
    let mut clause_start = 0;
    for i in 0..=c.chars.len() {
        let ch = c.char(i);
        let ends = ch.is_none_or(|ch| is_break(ch) && ch != '、');
        if !ends {
            continue;
        }
        // A clause longer than a sentence reads is not one statement, nor one without 申请.
        let asks = c.chars[clause_start.min(i)..i]
            .windows(2)
            .any(|w| w[0].1 == '申' && w[1].1 == '请');
        let clause = if i - clause_start > MAX_CONTEXT || !asks {
            String::new()
        } else {
            c.string(clause_start..i)
        };
        // "所有办结的申请中同意公开9件" counts; it does not state that all were concluded.
        let states = clause.contains("申请")
            && !clause.chars().any(|ch| digit(ch).is_some())
            && CONCLUDED
                .iter()
                .any(|w| clause.contains(w) && !clause.contains(&format!("{w}的")))
            && EVERY.iter().any(|w| clause.contains(w))
            && !clause.contains('率')
            && !clause.contains("结转");
        if states {
            let context_start = sentence_start.max(clause_start.saturating_sub(MAX_CONTEXT));
            out.push(AllConcluded {
                context: c.string(context_start..clause_start),
                clause,
                range: c.bytes(clause_start..i),
            });
        }
        clause_start = i + 1;
        if ch.is_some_and(is_sentence_end) {
            sentence_start = i + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals_are_read_exactly() {
        let read = |t: &str| chinese_numeral(t);
        assert_eq!(read("两"), Some(2));
        assert_eq!(read("十"), Some(10));
        assert_eq!(read("十二"), Some(12));
        assert_eq!(read("二十"), Some(20));
        assert_eq!(read("一百零三"), Some(103));
        assert_eq!(read("一千二百三十四"), Some(1234));
        assert_eq!(read("三万零五"), Some(30_005));
        assert_eq!(read("一二"), None);
        assert_eq!(read("十百"), None);
        assert_eq!(read(""), None);
    }

    #[test]
    fn counts_are_read_with_their_words_and_bytes() {
        let text = "市政府共受理政府信息公开申请1,295件，办结 1191\n件（含上年结转189件），另有两件顺延至下年度答复。";
        let figures = stated(text);
        let got: Vec<(u64, &str, &str, &str)> = figures
            .iter()
            .map(|f| {
                (
                    f.value,
                    f.before.as_str(),
                    f.after.as_str(),
                    &text[f.range.clone()],
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (1295, "市政府共受理政府信息公开申请", "", "1,295件"),
                (1191, "办结", "", "1191\n件"),
                (189, "含上年结转", "", "189件"),
                (2, "另有", "顺延至下年度答复", "两件"),
            ]
        );
        assert_eq!(
            figures[3].context,
            "市政府共受理政府信息公开申请1,295件，办结1191件（含上年结转189件），另有"
        );
        assert_eq!(figures[3].clause, "另有两件顺延至下年度答复");
    }

    #[test]
    fn a_percentage_after_a_count_is_kept_with_its_decimals() {
        let text = "予以公开208件（17.46%），不予公开20件，占1.7%；无法提供3件，同比下降5%。";
        let figures = stated(text);
        let percents: Vec<Option<(u64, u32, &str)>> = figures
            .iter()
            .map(|f| {
                f.percent
                    .as_ref()
                    .map(|p| (p.scaled, p.decimals, &text[p.range.clone()]))
            })
            .collect();
        assert_eq!(
            percents,
            vec![Some((1746, 2, "17.46%")), Some((17, 1, "1.7%")), None]
        );
    }

    #[test]
    fn inexact_counts_and_numbers_that_are_not_counts() {
        let text = "收到申请20余件，约30件，第3件，2024年，5件次，共计12.5件，A12件，7件。";
        let got: Vec<(u64, Exactness)> = stated(text)
            .iter()
            .map(|f| (f.value, f.exactness))
            .collect();
        assert_eq!(
            got,
            vec![
                (20, Exactness::Inexact),
                (30, Exactness::Inexact),
                (7, Exactness::Exact)
            ]
        );
    }

    #[test]
    fn a_statement_that_every_application_was_concluded() {
        let text = "全年收到申请34件，所有申请均已按要求办理完成。办结率100%，上年结转申请均已办结；人大建议已全部办结；所有办结的申请中同意公开9件，所有申请全部办结的有2件。";
        let found: Vec<&str> = all_concluded(text)
            .iter()
            .map(|a| &text[a.range.clone()])
            .collect();
        assert_eq!(found, vec!["所有申请均已按要求办理完成"]);
    }
}

#[cfg(test)]
mod limits {
    use super::*;

    #[test]
    fn long_runs_are_read_once_and_labels_are_bounded() {
        // A million numerals or digits in a row: read once from their start, no figure.
        assert_eq!(stated(&"一".repeat(1_000_000)), vec![]);
        assert_eq!(stated(&"9".repeat(1_000_000)), vec![]);
        // A label with no punctuation keeps its last 80 characters.
        let text = format!("{}收到申请3件", "字".repeat(1000));
        let figure = &stated(&text)[0];
        assert_eq!(figure.before.chars().count(), MAX_WORDS);
        assert!(figure.before.ends_with("收到申请"));
        assert_eq!(figure.context.chars().count(), MAX_CONTEXT);
        let long = format!("所有申请均已办结{}。", "字".repeat(500));
        assert_eq!(all_concluded(&long), vec![]);
    }
}
