//! The outline's first stage: the title block before part 一 and the report's meta.
//!
//! Real first pages print the title in many ways: "2023 年政府信息公开工作年度报告" with a space
//! between the digits and 年, a title broken over two or three lines, the agency on its own
//! line above the title or only in the sentence "本报告由……编制", a crawler's header fields
//! ("标题: …", "发布时间: …", "原文链接: …") before the report. The year comes from the title
//! and is checked against the statistics period ("统计期限自2024年1月1日"); a date line such
//! as "(2026年1月23日)" is the publication date, never the report year.

mod fields;
mod title;

use crate::catalogue::{Part, ProactiveItem2019, ProactiveRow2019};
use crate::layout::label::{Label, Matcher, Scope};

use super::source::Line;

pub(crate) use title::{TitleBlock, compact, title_block};

/// The part a numbered heading names by its words, when it is not printed as any known
/// heading ("四、政府信息公开行政法复议、行政诉讼情况"): a heading numbered as the part is
/// ("四、" for part 四), of at most 40 characters, ending in 情况, 事项 or 问题, with the
/// words of exactly one part.
pub(crate) fn keyword_part(text: &str) -> Option<Part> {
    let t = compact(text);
    let mut chars = t.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    if !"一二三四五六七".contains(first)
        || !matches!(second, '、' | '.' | '．')
        || t.chars().count() > 40
        || !(t.ends_with("情况") || t.ends_with("事项") || t.ends_with("问题"))
        || t.contains(['。', '，', '；'])
        || t.contains(|c: char| c.is_ascii_digit())
        || chars.as_str().contains('、') && numbered_again(chars.as_str())
    {
        return None;
    }
    let has = |w: &str| t.contains(w);
    let parts = [
        (Part::Overview, has("总体情况") || has("概述")),
        (Part::Proactive, has("主动公开")),
        (
            Part::Requests,
            has("申请") && (has("收到") || has("受理")) && has("处理"),
        ),
        (Part::ReviewLitigation, has("复议") && has("诉讼")),
        (Part::Problems, has("问题") && has("改进")),
        (Part::OtherMatters, has("其他") && has("事项")),
    ];
    let mut named = parts.iter().filter(|(_, yes)| *yes).map(|(p, _)| *p);
    // The number is the part's own: a heading numbered otherwise is of another layout
    // (the 2008-era reports number their parts as they please).
    let number = "一二三四五六".chars().position(|n| n == first)?;
    match (named.next(), named.next()) {
        (Some(part), None) if Part::ALL.get(number) == Some(&part) => Some(part),
        _ => None,
    }
}

/// Whether a text holds a second numbering "二、" (two headings or rows run together).
fn numbered_again(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| "一二三四五六七".contains(w[0]) && w[1] == '、')
}

/// What the tables say about the edition.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Evidence {
    pub(crate) format_2021: u32,
    pub(crate) format_2019: u32,
    pub(crate) any_table: bool,
}

/// Which edition the table labels in these lines belong to.
pub(crate) fn evidence(lines: &[Line]) -> Evidence {
    let m = Matcher::get();
    let mut e = Evidence::default();
    for line in lines {
        for tok in &line.cells {
            if tok.text.is_empty() || tok.text.len() > 90 || super::value::is_value_like(&tok.text)
            {
                continue;
            }
            match m
                .find(&tok.text, Scope::ANY.without(Scope::PARTS))
                .map(|h| h.label)
            {
                Some(Label::Column2021(_)) => e.format_2021 += 1,
                Some(Label::Column2019(_))
                | Some(Label::ProactiveRow(ProactiveRow2019::OtherServices))
                | Some(Label::ProactiveRow(ProactiveRow2019::Procurement))
                | Some(Label::Item(ProactiveItem2019::Item9)) => e.format_2019 += 1,
                Some(_) => e.any_table = true,
                None => {}
            }
        }
    }
    e.any_table |= e.format_2019 + e.format_2021 > 0;
    e
}
