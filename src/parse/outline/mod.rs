//! The outline's first stage: the title block before part 一 and the report's meta.
//!
//! Real first pages print the title in many ways: "2023 年政府信息公开工作年度报告" with a space
//! between the digits and 年, a title broken over two or three lines, the agency on its own
//! line above the title or only in the sentence "本报告由……编制", a crawler's header fields
//! ("标题: …", "发布时间: …", "原文链接: …") before the report. The year comes from the title
//! and is checked against the statistics period ("统计期限自2024年1月1日"); a date line such
//! as "(2026年1月23日)" is the publication date, never the report year.

mod fields;
mod parts;
mod title;

use crate::catalogue::{Edition, Part, ProactiveItem2019, ProactiveRow2019};
use crate::findings::Rule;
use crate::layout::label::{Label, Matcher, Scope};

use super::source::Line;
use super::{ParseError, ParseOptions, Sink};

pub(crate) use fields::name_text;
pub(crate) use parts::Heading;
use parts::part_headings;
pub(crate) use title::{TitleBlock, title_block};

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

/// Why a report with no year is refused: it prints no table, so nothing tells its edition.
pub(crate) const NO_YEAR: &str = "no report year: neither a title (\"YYYY年\") nor a statistics period states one, and no table tells the edition; give ParseOptions::report_year";

/// The outline of a report: its title block and meta, its part headings, and its edition
/// with the evidence for it.
pub(crate) struct Outline {
    /// The title block.
    pub(crate) title: TitleBlock,
    /// The part headings, in order.
    pub(crate) headings: Vec<Heading>,
    /// The edition: given, stated in a rendered report's fields, or inferred.
    pub(crate) edition: Edition,
    /// Whether any table label was found.
    pub(crate) any_table: bool,
}

/// Reads the outline (stage 1).
pub(crate) fn read(
    lines: &[Line],
    options: &ParseOptions,
    sink: &mut Sink<'_>,
) -> Result<Outline, ParseError> {
    let title = title_block(lines, options, sink)?;
    let (year, body_from) = (title.year, title.body_from);
    let headings = part_headings(lines, body_from, sink);

    // Edition.
    let table_from = headings
        .iter()
        .find(|h| h.part == Part::Proactive)
        .map_or(body_from, |h| h.line);
    let table_to = headings
        .iter()
        .find(|h| h.part > Part::ReviewLitigation)
        .map_or(lines.len(), |h| h.line);
    // Part 二 tells the edition by its columns; the other tables only that there are tables.
    let proactive_to = headings
        .iter()
        .find(|h| h.part > Part::Proactive)
        .map_or(table_to, |h| h.line)
        .clamp(table_from.min(table_to), table_to);
    let in_proactive = evidence(&lines[table_from.min(table_to)..proactive_to]);
    let ev = if in_proactive.format_2019 + in_proactive.format_2021 > 0 {
        in_proactive
    } else {
        evidence(&lines[table_from.min(table_to)..table_to])
    };
    let by_year = match year {
        Some(year) => Edition::for_report_year(year).unwrap_or(Edition::Format2021),
        // Without a year, only part 二's columns tell the edition.
        None if options.edition.or(title.edition).is_some() => Edition::Format2021,
        None if ev.format_2021 > 0 && ev.format_2019 == 0 => Edition::Format2021,
        None if ev.format_2019 > 0 && ev.format_2021 == 0 => Edition::Format2019,
        // Parts 三 and 四 alone: both formats print them alike, and the 2021 layout holds
        // either's rows (（六）其他处理 as one row or itemized). The finding below says so.
        None if ev.any_table => Edition::Format2021,
        None => {
            return Err(ParseError::NotAReport {
                reason: NO_YEAR.into(),
            });
        }
    };
    let edition = if let Some(e) = options.edition.or(title.edition) {
        e
    } else {
        let (edition, how_zh, how_en) = if ev.format_2021 > 0 && ev.format_2019 == 0 {
            (
                Edition::Format2021,
                "第二部分表格的列",
                "the columns of the part 二 tables",
            )
        } else if ev.format_2019 > 0 && ev.format_2021 == 0 {
            (
                Edition::Format2019,
                "第二部分表格的列",
                "the columns of the part 二 tables",
            )
        } else if year.is_none() {
            (
                Edition::Format2021,
                "表格（未写明报告年度，第三、四部分表格两种格式相同，按2021年格式读取）",
                "the tables (no year is stated, and the tables of parts 三 and 四 are the same in both formats: read in the 2021 layout)",
            )
        } else if ev.any_table && by_year == Edition::Regulation2008 {
            (
                Edition::Format2019,
                "表格（报告年度早于2019年）",
                "the tables (the report year is before 2019)",
            )
        } else if ev.any_table || (headings.len() >= 3 && by_year != Edition::Regulation2008) {
            // A 2008-era report often heads its parts as the later formats do ("二、主动公开
            // 政府信息情况"): without a table its year decides.
            (by_year, "报告年度与表格", "the report year and the tables")
        } else {
            (by_year, "报告年度", "the report year")
        };
        sink.finding_at(
            Rule::ParseEditionInferred,
            None,
            &(0..0),
            format!("按{how_zh}推断为{}", edition.label()),
            format!("the edition {} was inferred from {how_en}", edition.id()),
        );
        edition
    };

    // A heading known by its words is said, in the formats whose headings are fixed.
    if edition != Edition::Regulation2008 {
        for h in headings.iter().filter(|h| h.by_words) {
            let printed = h.text.clone().unwrap_or_default();
            sink.finding_at(
                Rule::ParseLabelMisprint,
                None,
                &lines[h.line].range,
                format!("「{printed}」按「{}」读取", h.part.label()),
                format!("{printed:?} was read as the heading {:?}", h.part.label()),
            );
        }
    }
    Ok(Outline {
        title,
        headings,
        edition,
        any_table: ev.any_table,
    })
}

/// The text without any white space: "2 0 2 3 年" and "2023　年" read as "2023年".
pub(crate) fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    compact_into(text, &mut out);
    out
}

/// Appends the text without any white space.
pub(super) fn compact_into(text: &str, out: &mut String) {
    for piece in text.split(|c: char| c.is_whitespace() || c == '\u{feff}') {
        out.push_str(piece);
    }
}

#[cfg(test)]
mod tests {
    use super::keyword_part;
    use crate::catalogue::Part;

    #[test]
    fn a_heading_numbered_as_its_part_is_known_by_its_words() {
        assert_eq!(
            keyword_part("四、政府信息公开行政法复议、行政诉讼情况"),
            Some(Part::ReviewLitigation)
        );
        assert_eq!(
            keyword_part("三、收到和处理政府信息公开申请的情况"),
            Some(Part::Requests)
        );
        assert_eq!(
            keyword_part("二、主动公开政府信息的情况"),
            Some(Part::Proactive)
        );
        assert_eq!(
            keyword_part("五、存在的问题和改进情况"),
            Some(Part::Problems)
        );
        assert_eq!(
            keyword_part("六、其他需要说明的事项"),
            Some(Part::OtherMatters)
        );
        assert_eq!(keyword_part("一、概述情况"), Some(Part::Overview));
        // Numbered as another part (a 2008-era layout), of two parts' words, a sentence,
        // a row and a heading run together, digits, too long, not a heading's ending.
        assert_eq!(keyword_part("五、申请行政复议和提起行政诉讼情况"), None);
        assert_eq!(
            keyword_part("二、主动公开和依申请公开情况以及问题和改进情况"),
            None
        );
        assert_eq!(keyword_part("四、行政复议、行政诉讼情况。"), None);
        assert_eq!(
            keyword_part("四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况"),
            None
        );
        assert_eq!(keyword_part("四、2022年行政复议和诉讼情况"), None);
        assert_eq!(
            keyword_part(&format!("四、{}复议和诉讼情况", "政".repeat(34))),
            None
        );
        assert_eq!(keyword_part("四、行政复议和行政诉讼"), None);
        assert_eq!(keyword_part("四行政复议和行政诉讼情况"), None);
    }
}
