//! The 2008-era path: a report under the 2008 regulation is prose with figures. Its parts are
//! found by their "一、" headings in order, and each part's figures are read
//! ([`figures`]).

pub(super) mod figures;

use crate::meta::Meta;
use crate::parse::source::{Line, paragraph};
use crate::regulation_2008::{Regulation2008Report, Regulation2008Tag, ReportPart};
use crate::report::Report;

/// A 2008-era report: its own parts by heading ("一、…"), in order.
/// The 2008-era report in the lines from `from` on.
pub(crate) fn read(lines: &[Line], from: usize, meta: Meta) -> Report {
    let mut parts: Vec<ReportPart> = Vec::new();
    let mut preamble: Vec<String> = Vec::new();
    let mut next = 1usize;
    for line in &lines[from..] {
        let Some(text) = paragraph(line) else {
            continue;
        };
        if let Some(n) = chinese_heading_number(&text) {
            if n == next && text.chars().count() <= 40 && !text.contains('。') {
                parts.push(ReportPart {
                    heading: text,
                    serves: None,
                    text: String::new(),
                    figures: Vec::new(),
                });
                next += 1;
                continue;
            }
        }
        match parts.last_mut() {
            Some(part) => {
                if !part.text.is_empty() {
                    part.text.push('\n');
                }
                part.text.push_str(&text);
            }
            None => preamble.push(text),
        }
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
        preamble: (!preamble.is_empty()).then(|| preamble.join("\n")),
        parts,
    })
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
    use super::chinese_heading_number;

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
