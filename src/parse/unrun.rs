//! A report crawled into one line: where the line breaks into the lines it was printed as.
//!
//! A crawler that saves a page's text can put the whole report on one line, every table
//! cell run together ("一、本年新收政府信息公开申请数量 713000074二、上年结转…"). The reader
//! needs the part headings on lines of their own, and each table row on a line of its own
//! (its label with the digits after it). So the line breaks before each part heading, after
//! it, and, inside a part with a table, before each row label of that table. A row label is
//! taken where the catalogue's label starts; digits that run into the next label's
//! numbering ("00000002.其他法律…") stay with the label they number. Nothing is dropped: the
//! pieces cover the line, and the spans of what is read from them point into it.

use crate::catalogue::Part;
use crate::layout::label::{Label, Matcher, Scope, normalize};

/// A line shorter than this is never a whole report.
const MIN_LINE: usize = 1500;

/// The longest text a part heading or a row label is looked for in, in bytes.
const WINDOW: usize = 360;

/// Where a line that holds a whole report breaks, as byte offsets into it (each the start of
/// a piece; the first piece starts at 0). `None` for a line that is not a report run into one
/// line: shorter than 1,500 bytes, or with fewer than three part headings.
pub(crate) fn breaks(body: &str) -> Option<Vec<usize>> {
    if body.len() < MIN_LINE {
        return None;
    }
    let m = Matcher::get();
    let mut cuts = vec![0];
    let mut headings = 0;
    let mut part: Option<Part> = None;
    let mut at = 0;
    while at < body.len() {
        let rest = &body[at..];
        if let Some((len, next)) = heading_at(m, rest).filter(|(_, p)| part.is_none_or(|q| *p > q))
        {
            headings += 1;
            part = Some(next);
            cuts.push(at);
            cuts.push(at + len);
            at += len;
            continue;
        }
        let scope = match part {
            Some(Part::Proactive) => Some(Scope::PROACTIVE),
            Some(Part::Requests) => Some(Scope::REQUEST_ROWS),
            Some(Part::ReviewLitigation) => Some(Scope::REVIEW),
            _ => None,
        };
        if let Some(scope) = scope {
            if let Some(len) = label_at(m, rest, scope) {
                cuts.push(at);
                at += len;
                continue;
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    if headings < 3 {
        return None;
    }
    cuts.retain(|c| *c < body.len());
    cuts.dedup();
    Some(cuts)
}

/// A part heading at the start of the text ("二、主动公开政府信息情况"): its length in bytes.
fn heading_at(m: &Matcher, text: &str) -> Option<(usize, Part)> {
    let mut chars = text.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    if !"一二三四五六七八".contains(first) || second != '、' {
        return None;
    }
    let window = &text[..floor_boundary(text, WINDOW)];
    heading_exact(m, window).or_else(|| {
        // The shortest start that names a part by its words, when no known heading is printed.
        window
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take(40)
            .find_map(|end| Some((end, super::outline::keyword_part(&window[..end])?)))
    })
}

/// The longest start of the text that is a known part heading.
fn heading_exact(m: &Matcher, window: &str) -> Option<(usize, Part)> {
    window
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .filter(|end| *end > 6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .find_map(|end| match m.find(&window[..end], Scope::PARTS)?.label {
            Label::Part(part) => Some((end, part)),
            _ => None,
        })
}

/// A row label of the scope at the start of the text: its length in bytes, as printed.
fn label_at(m: &Matcher, text: &str, scope: Scope) -> Option<usize> {
    let window = &text[..floor_boundary(text, WINDOW)];
    let first = window.chars().next()?;
    // A label opens with its numbering or a Han character, never with a digit run's middle.
    if first.is_whitespace() {
        return None;
    }
    let normalized = normalize(window);
    let (len, _) = m.longest_label_at(&normalized, scope)?;
    // The printed length of the label's first `len` normalized bytes.
    let mut end = 0;
    for (i, c) in window.char_indices() {
        end = i + c.len_utf8();
        if normalize(&window[..end]).len() >= len {
            return Some(end);
        }
    }
    Some(end)
}

fn floor_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{breaks, floor_boundary};

    #[test]
    fn a_window_ends_at_the_character_boundary_at_or_before_its_length() {
        assert_eq!(floor_boundary("一二三", 4), 3);
        assert_eq!(floor_boundary("一二三", 6), 6);
        assert_eq!(floor_boundary("一二三", 9), 9);
        assert_eq!(floor_boundary("abc", 360), 3);
    }

    #[test]
    fn a_report_on_one_line_breaks_at_headings_and_row_labels() {
        let filler = "。".repeat(600);
        let line = format!(
            "一、总体情况 概述{filler}二、主动公开政府信息情况规章000行政规范性文件8855698 \
             三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 713000074\
             二、上年结转政府信息公开申请数量 1000001 （七）总计 723000075\
             四、政府信息公开行政复议、行政诉讼情况行政复议 0 1 1 0 2 未经复议直接起诉 1 0 0 0 1 \
             九、其他需要报告的事项"
        );
        let cuts = breaks(&line).unwrap();
        let pieces: Vec<&str> = cuts
            .iter()
            .zip(cuts.iter().skip(1).chain([&line.len()]))
            .map(|(a, b)| line[*a..*b].trim())
            .filter(|p| !p.starts_with("概述"))
            .collect();
        assert_eq!(
            pieces,
            [
                "一、总体情况",
                "二、主动公开政府信息情况",
                "规章000",
                "行政规范性文件8855698",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量 713000074",
                "二、上年结转政府信息公开申请数量 1000001",
                "（七）总计 723000075",
                "四、政府信息公开行政复议、行政诉讼情况",
                "行政复议 0 1 1 0 2",
                "未经复议直接起诉 1 0 0 0 1 九、其他需要报告的事项",
            ]
        );
        // A heading that ends the line leaves no empty piece after it.
        let ends = format!("{line}六、其他需要报告的事项");
        let cuts = breaks(&ends).unwrap();
        assert_eq!(cuts.last(), ends.rfind("六、").as_ref());
        // A part's heading printed again is no new part: only headings in order break.
        let again = format!("{line} 四、政府信息公开行政复议、行政诉讼情况 0 0 0");
        let second = again.rfind("四、").unwrap();
        assert!(!breaks(&again).unwrap().contains(&second));
        // 1,500 bytes is long enough; one byte less is not.
        let three = "一、总体情况二、主动公开政府信息情况三、收到和处理政府信息公开申请情况";
        let at_limit = format!("{three}{}", "a".repeat(1500 - three.len()));
        assert_eq!(breaks(&at_limit).map(|c| c.len()), Some(4));
        assert_eq!(breaks(&at_limit[..1499]), None);
        // Short, or with fewer than three headings: not a report on one line.
        assert_eq!(breaks("二、主动公开政府信息情况规章000"), None);
        assert_eq!(breaks(&format!("一、总体情况{filler}")), None);
    }
}
