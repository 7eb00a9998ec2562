//! `series.text_similarity`: how much of a narrative part repeats the year before.
//!
//! The measure is the Jaccard similarity of the two texts' sets of character bigrams, after
//! white space and punctuation are dropped and every digit is read as 0 (so that "2023年"
//! and "2024年" are the same words). It is given in per mille, exact, with no float: the
//! bigrams both texts share over the bigrams either holds, × 1000, rounded half up.
//!
//! No threshold is national (one local rule deducts above 50 %, another flags below 60 %):
//! the finding is a notice, and a warning only at or above a threshold the user sets.

use crate::cell::Cell;
use crate::findings::{Finding, Message, Operand, Rule, Severity};
use crate::meta::ReportYear;
use crate::report::Report;

use super::engine::Checker;

/// The text's characters that carry its words: no white space or punctuation, every digit
/// read as 0.
fn words(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation() && !is_cjk_punctuation(*c))
        .map(|c| {
            if c.is_ascii_digit() || ('０'..='９').contains(&c) {
                '0'
            } else {
                c
            }
        })
        .collect()
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '\u{2010}'..='\u{206F}')
}

/// The sorted, distinct bigrams of a text's words, each as one number.
fn bigrams(text: &str) -> Vec<u64> {
    let w = words(text);
    let mut out: Vec<u64> = w
        .windows(2)
        .map(|p| (u64::from(u32::from(p[0])) << 32) | u64::from(u32::from(p[1])))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The similarity of two texts in per mille (0 to 1000): the Jaccard similarity of their
/// sets of character bigrams (see the module). `None` when either has no bigram.
///
/// ```
/// use ogi_report::validate::text_similarity;
/// assert_eq!(text_similarity("2023年，我局认真落实。", "2024年，我局认真落实。"), Some(1000));
/// assert_eq!(text_similarity("认真落实", "全面推进"), Some(0));
/// assert_eq!(text_similarity("。", "认真落实"), None);
/// ```
pub fn text_similarity(a: &str, b: &str) -> Option<u16> {
    let (a, b) = (bigrams(a), bigrams(b));
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0u64);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let either = a.len() as u64 + b.len() as u64 - shared;
    Some(((shared * 1000 + either / 2) / either) as u16)
}

/// A narrative part: its pointer, its heading and its text.
pub(crate) type NarrativePart<'r> = (&'static str, &'static str, &'r str);

/// The narrative parts compared, with their pointers and labels (none for the 2008 era).
pub(crate) fn parts(report: &Report) -> Option<[NarrativePart<'_>; 3]> {
    let (overview, problems, other) = match report {
        Report::Format2021(r) => (&r.overview.text, &r.problems.text, &r.other_matters.text),
        Report::Format2019(r) => (&r.overview.text, &r.problems.text, &r.other_matters.text),
        Report::Regulation2008(_) => return None,
    };
    Some([
        ("/overview/text", "一、总体情况", overview.as_str()),
        (
            "/problems/text",
            "五、存在的主要问题及改进情况",
            problems.as_str(),
        ),
        (
            "/other_matters/text",
            "六、其他需要报告的事项",
            other.as_str(),
        ),
    ])
}

/// Per mille as a percentage with one decimal: 834 → "83.4".
fn percent(permille: u16) -> String {
    format!("{}.{}", permille / 10, permille % 10)
}

pub(crate) fn check(
    (y0, prev): (ReportYear, &Report),
    (y1, cur): (ReportYear, &Report),
    threshold: Option<u16>,
    checker: &mut Checker<'_>,
) {
    let before = parts(prev).unwrap_or_default();
    for (pointer, label, text) in parts(cur).into_iter().flatten() {
        let Some((_, _, earlier)) = before.iter().find(|(p, _, _)| *p == pointer) else {
            continue;
        };
        let tally = checker.out.summary.tally_mut(Rule::SeriesTextSimilarity);
        let Some(similarity) = text_similarity(earlier, text) else {
            tally.not_assessable += 1;
            continue;
        };
        tally.evaluated += 1;
        let flagged = threshold.is_some_and(|t| similarity >= t);
        if flagged {
            tally.failed += 1;
        } else {
            tally.passed += 1;
        }
        let shown = percent(similarity);
        let over = match threshold {
            Some(t) if flagged => (
                format!("，达到设定的{}%", percent(t)),
                format!(", at or above the threshold of {} % set", percent(t)),
            ),
            _ => (String::new(), String::new()),
        };
        let length = |t: &str| Cell::Value(words(t).len() as i64);
        checker.out.findings.push(Finding {
            rule: Rule::SeriesTextSimilarity,
            severity: if flagged {
                Severity::Warning
            } else {
                Severity::Notice
            },
            pointer: pointer.to_owned(),
            report_year: Some(y1),
            expected: threshold.map(i64::from),
            actual: Some(i64::from(similarity)),
            operands: vec![
                Operand {
                    pointer: pointer.to_owned(),
                    report_year: Some(y0),
                    value: length(earlier),
                },
                Operand {
                    pointer: pointer.to_owned(),
                    report_year: Some(y1),
                    value: length(text),
                },
            ],
            message: Message {
                zh: format!("「{label}」与{y0}年的文字相似度为{shown}%{}。", over.0),
                en: format!(
                    "「{label}」 is {shown} % similar to {y0}'s (shared character bigrams){}.",
                    over.1
                ),
            },
            quote: None,
        });
    }
}
