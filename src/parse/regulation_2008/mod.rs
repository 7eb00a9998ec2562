//! The 2008-era path: a report under the 2008 regulation is prose with figures. Its parts are
//! found by their "一、" headings in order, and each part's figures are read
//! ([`figures`]).

pub(super) mod figures;

use crate::meta::Meta;
use crate::parse::source::{Line, Wrap, join_line, paragraph};
use crate::regulation_2008::{Regulation2008Report, Regulation2008Tag, ReportPart};
use crate::report::Report;

/// A 2008-era report: its own parts by heading ("一、…"), in order.
/// The 2008-era report in the lines from `from` on.
///
/// The text of a part (and the preamble) is its paragraphs: each line, or, in text broken at
/// a page's margin, the lines of each paragraph joined ([`Wrap`]).
pub(crate) fn read(lines: &[Line], from: usize, meta: Meta) -> Report {
    let wrap = Wrap::of(lines);
    let mut parts: Vec<ReportPart> = Vec::new();
    let mut preamble = String::new();
    let mut next = 1usize;
    // The line the last paragraph ends with, until a heading.
    let mut last: Option<&Line> = None;
    for line in &lines[from..] {
        let Some(text) = paragraph(line) else {
            continue;
        };
        if let Some(n) = chinese_heading_number(&text) {
            if n == next && text.chars().count() <= MAX_HEADING && !text.contains('。') {
                parts.push(ReportPart {
                    heading: text,
                    serves: None,
                    text: String::new(),
                    figures: Vec::new(),
                });
                next += 1;
                last = None;
                continue;
            }
        }
        let into = match parts.last_mut() {
            Some(part) => &mut part.text,
            None => &mut preamble,
        };
        match last {
            Some(before) if wrap.as_ref().is_some_and(|w| w.carries_on(before, line)) => {
                join_line(into, &text);
            }
            _ => {
                if !into.is_empty() {
                    into.push('\n');
                }
                into.push_str(&text);
            }
        }
        last = Some(line);
    }
    let mut keys = Vec::new();
    for part in &mut parts {
        part.figures = figures::figures(&part.text, &mut keys);
        part.serves =
            figures::serves(&part.heading).or_else(|| figures::serves_by_figures(&part.figures));
    }
    Report::Regulation2008(Regulation2008Report {
        edition: Regulation2008Tag,
        meta,
        preamble: (!preamble.is_empty()).then_some(preamble),
        parts,
    })
}

/// The words a 2008-era part heading ends with, longest first where one ends another.
const HEADING_ENDS: &[&str] = &[
    "统计表",
    "情况",
    "事项",
    "问题",
    "措施",
    "打算",
    "计划",
    "思路",
    "概述",
    "概况",
];

/// Words that join the two halves of a heading ("存在的主要问题及改进措施").
const HEADING_JOINS: &[&str] = &["以及", "及", "和", "与", "暨", "、"];

/// The longest heading in characters, its numbering included, as [`read`] takes one.
const MAX_HEADING: usize = 40;

/// The subjects 2008-era reports give their parts beyond the six contents of article 32
/// ([`figures::serves`]): the overview, the applications, replies and interpretation, key
/// areas, secrecy review, staff and funds, enquiries and complaints, the statistics table.
const SUBJECTS: &[&str] = &[
    "概述",
    "概况",
    "总体情况",
    "基本情况",
    "申请",
    "问题",
    "回应",
    "解读",
    "重点领域",
    "保密审查",
    "机构",
    "人员",
    "经费",
    "咨询",
    "投诉",
    "统计表",
];

/// Where a clause ends: a heading holds none of these.
fn ends_clause(c: char) -> bool {
    "。，；：,;:！？!?\n".contains(c)
}

/// A 2008-era part heading at the start of text that runs on after it, as a crawler that
/// put a report on one line leaves it ("二、主动公开政府信息情况（一）主动公开政府信息的数量
/// 2018年…"): its number and its length in bytes.
///
/// The heading is numbered "一、" to "十九、" and ends at the first word a heading ends with
/// (情况, 事项, 问题, 措施, 打算, 计划, 思路, 概述, 概况, 统计表), carried on over a word
/// that joins a second half ending so ("主要问题和改进措施", at most twelve characters on) and
/// over an ending word right after ("情况统计表"). It holds no clause punctuation, is at most
/// 40 characters long, and names a part's subject: one of the contents of article 32, or
/// one that 2008-era reports give their own parts (概述, 申请, 回应解读, 重点领域, 保密审查,
/// 机构人员及经费, 咨询投诉, 统计表…). "一、加强组织领导" names none: a list item, not a
/// heading.
pub(crate) fn run_on_heading(text: &str) -> Option<(usize, usize)> {
    let (number, numbering) = numbering(text)?;
    // The window a heading may fill: up to the first clause punctuation, 40 characters.
    let window_end = text
        .char_indices()
        .take(MAX_HEADING)
        .find(|(at, c)| *at >= numbering && ends_clause(*c))
        .map_or_else(
            || {
                text.char_indices()
                    .nth(MAX_HEADING)
                    .map_or(text.len(), |(at, _)| at)
            },
            |(at, _)| at,
        );
    let window = &text[..window_end];
    let ending_at = |from: usize| -> Option<usize> {
        window[from..].char_indices().find_map(|(at, _)| {
            HEADING_ENDS
                .iter()
                .find(|w| window[from + at..].starts_with(**w))
                .map(|w| from + at + w.len())
        })
    };
    let mut end = ending_at(numbering)?;
    loop {
        let rest = &window[end..];
        if let Some(w) = HEADING_ENDS.iter().find(|w| rest.starts_with(**w)) {
            end += w.len();
            continue;
        }
        let Some(join) = HEADING_JOINS.iter().find(|j| rest.starts_with(**j)) else {
            break;
        };
        let reach = rest
            .char_indices()
            .nth(join.chars().count() + 12)
            .map_or(window.len(), |(at, _)| end + at);
        match ending_at(end + join.len()).filter(|e| *e <= reach) {
            Some(e) => end = e,
            None => break,
        }
    }
    let heading = &text[numbering..end];
    let names_subject =
        figures::serves(heading).is_some() || SUBJECTS.iter().any(|s| heading.contains(s));
    names_subject.then_some((number, end))
}

/// The numbering a heading opens with ("三、", "十二、"): its number and length in bytes.
fn numbering(text: &str) -> Option<(usize, usize)> {
    let at = text
        .char_indices()
        .take(3)
        .find(|(_, c)| *c == '、')
        .map(|(at, _)| at)?;
    let number = chinese_heading_number(&text[..at + '、'.len_utf8()])?;
    Some((number, at + '、'.len_utf8()))
}

/// The number of a heading "三、…": 1 to 19.
fn chinese_heading_number(text: &str) -> Option<usize> {
    let (head, _) = text.split_once('、')?;
    let digits = "一二三四五六七八九";
    match head.chars().collect::<Vec<_>>().as_slice() {
        [c] => digits
            .find(*c)
            .map(|i| i / 3 + 1)
            .or(if *c == '十' { Some(10) } else { None }),
        ['十', c] => digits.find(*c).map(|i| i / 3 + 11),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{chinese_heading_number, run_on_heading};

    /// The heading `run_on_heading` finds at the start of the text, as printed.
    fn heading(text: &str) -> Option<(usize, &str)> {
        run_on_heading(text).map(|(n, len)| (n, &text[..len]))
    }

    #[test]
    fn a_heading_run_on_into_its_text_ends_where_a_heading_ends() {
        assert_eq!(
            heading("一、概述2018年以来,我区认真贯彻落实《条例》"),
            Some((1, "一、概述"))
        );
        assert_eq!(
            heading("二、主动公开政府信息情况（一）主动公开政府信息的数量2018年"),
            Some((2, "二、主动公开政府信息情况"))
        );
        assert_eq!(
            heading("四、因政府信息公开申请行政复议、提起行政诉讼的情况2018年未收到"),
            Some((4, "四、因政府信息公开申请行政复议、提起行政诉讼的情况"))
        );
        // Carried on over a joining word to the second half, and over an ending word.
        assert_eq!(
            heading("五、主要问题和改进措施虽然，我区"),
            Some((5, "五、主要问题和改进措施"))
        );
        assert_eq!(
            heading("六、政府信息公开工作存在的主要问题及下一步工作打算一是公开"),
            Some((6, "六、政府信息公开工作存在的主要问题及下一步工作打算"))
        );
        assert_eq!(
            heading("六、政府信息公开情况统计表指标名称计量单位"),
            Some((6, "六、政府信息公开情况统计表"))
        );
        assert_eq!(
            heading("十二、其它需要报告的事项无。"),
            Some((12, "十二、其它需要报告的事项"))
        );
        // The second half too far on is the text's: a heading's half is at most twelve
        // characters after the joining word.
        assert_eq!(
            heading("三、依申请公开情况及时答复了全部申请人提出的各项请求的情况"),
            Some((3, "三、依申请公开情况"))
        );
        // Words that name no part's subject: a list item. No ending before the clause
        // ends, or within 40 characters. Not numbered as a heading.
        assert_eq!(heading("一、加强组织领导情况"), None);
        assert_eq!(heading("三、强化督查落实。每季度检查公开情况1次"), None);
        assert_eq!(heading("二、主动公开，全年公开信息情况"), None);
        assert_eq!(
            heading(&format!("二、主动公开{}情况", "政".repeat(33))),
            None
        );
        assert_eq!(
            heading(&format!("二、主动公开{}情况", "政".repeat(32))).map(|h| h.1.chars().count()),
            Some(40)
        );
        assert_eq!(heading("甲、概述"), None);
        assert_eq!(heading("二十、概述"), None);
        assert_eq!(heading("、概述"), None);
        assert_eq!(heading("二"), None);
    }

    #[test]
    fn heading_numbers_from_one_to_nineteen() {
        let numbers: Vec<Option<usize>> = [
            "一、概述",
            "二、主动公开",
            "九、其他",
            "十、附则",
            "十一、附件",
            "十九、结语",
            "二十、多",
            "概述",
            "甲、其他",
        ]
        .iter()
        .map(|t| chinese_heading_number(t))
        .collect();
        assert_eq!(
            numbers,
            [
                Some(1),
                Some(2),
                Some(9),
                Some(10),
                Some(11),
                Some(19),
                None,
                None,
                None
            ]
        );
    }
}
