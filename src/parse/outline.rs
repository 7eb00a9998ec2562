//! The outline's first stage: the title block before part 一 and the report's meta.
//!
//! Real first pages print the title in many ways: "2023 年政府信息公开工作年度报告" with a space
//! between the digits and 年, a title broken over two or three lines, the agency on its own
//! line above the title or only in the sentence "本报告由……编制", a crawler's header fields
//! ("标题: …", "发布时间: …", "原文链接: …") before the report. The year comes from the title
//! and is checked against the statistics period ("统计期限自2024年1月1日"); a date line such
//! as "(2026年1月23日)" is the publication date, never the report year.

use crate::catalogue::{Edition, FieldText, Part};
use crate::catalogue::{ProactiveItem2019, ProactiveRow2019};
use crate::findings::Rule;
use crate::layout::label::{Label, Matcher, Scope, is_han};
use crate::meta::{Contact, Meta, ReportYear, Source};

use super::prose::{heading_text, is_web_furniture};
use super::source::Line;
use super::{ParseError, ParseOptions, Sink};

/// What the title block says about the report.
pub(crate) struct TitleBlock {
    /// The agency, year, publication date and source.
    pub(crate) meta: Meta,
    /// The report year.
    pub(crate) year: u16,
    /// The first line after the title block.
    pub(crate) body_from: usize,
    /// The edition a rendered report states in its fields.
    pub(crate) edition: Option<Edition>,
    /// The contact a rendered report states in its fields.
    pub(crate) contact: Contact,
}

/// The text without any white space: "2 0 2 3 年" and "2023　年" read as "2023年".
pub(crate) fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
        .collect()
}

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

/// The keys of a crawler's header lines ("标题: …"), and what each is.
const CRAWLER_KEYS: &[&str] = &[
    "标题",
    "发布时间",
    "发布日期",
    "发布机构",
    "来源",
    "原文链接",
    "链接",
    "栏目",
    "文号",
    "索引号",
    "本地目录",
    "主题分类",
    "成文日期",
    "所属机构",
];

/// A crawler's header line: its key and its value ("发布机构: " has an empty value).
fn crawler_field(text: &str) -> Option<(&'static str, &str)> {
    let text = text.trim();
    CRAWLER_KEYS.iter().find_map(|key| {
        let rest = text.strip_prefix(key)?.trim_start();
        let value = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))?;
        Some((*key, value.trim()))
    })
}

/// A line that rules a header off from the text: ten or more "=" or "-", with at most a
/// word between them ("==== 正文 ====").
fn is_rule_line(text: &str) -> bool {
    let marks = text
        .chars()
        .filter(|c| matches!(c, '=' | '-' | '—'))
        .count();
    let others = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '=' | '-' | '—'))
        .count();
    marks >= 10 && others <= 4
}

/// The last characters an agency's name ends with: 政府, 局, 委员会, 办公室, 中心, 街道…
const AGENCY_ENDS: &str = "府局委会室厅院处所署部站队道镇乡区县市省办社馆校行心司团旗州盟庭";

/// A line that can only be an agency's name: Han characters (and brackets), 2 to 30 of
/// them, ending as names of agencies end.
fn is_agency_name(text: &str) -> bool {
    let n = text.chars().count();
    (2..=30).contains(&n)
        && text.chars().all(|c| is_han(c) || "（）()·".contains(c))
        && text.chars().last().is_some_and(|c| AGENCY_ENDS.contains(c))
        && !is_field_label(text)
}

/// A date line alone: "(2026年1月23日)", "2026年1月23日".
fn date_line(text: &str) -> Option<chrono::NaiveDate> {
    let t = compact(text);
    let t = t.trim_matches(|c| matches!(c, '(' | ')' | '（' | '）'));
    let (year, rest) = t.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = i32::try_from(number(year)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, number(month)?, number(day)?)
}

/// The year of the statistics period: "统计期限自 2024 年 1 月 1 日", "统计周期为2024年1月1日",
/// with the text of several lines run together.
fn period_year(text: &str) -> Option<(u16, usize)> {
    let mut from = 0;
    while let Some(at) = text[from..].find("年1月1日").map(|a| a + from) {
        from = at + "年1月1日".len();
        let bytes = text.as_bytes();
        if at < 4 || !bytes[at - 4..at].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let start = at - 4;
        // Four digits, not the end of a longer number, with 统计 in the 24 characters before.
        let before = &text[..start];
        let near = before.char_indices().rev().nth(23).map_or(0, |(i, _)| i);
        if !before.ends_with(|c: char| c.is_ascii_digit()) && before[near..].contains("统计") {
            if let Ok(y) = text[start..at].parse::<u16>() {
                return Some((y, start));
            }
        }
    }
    None
}

/// The agency the sentence "本报告由某某办公室根据……编制" names.
fn compiled_by(text: &str) -> Option<String> {
    let at = text.find("本报告由")? + "本报告由".len();
    let rest = &text[at..];
    let end = ["根据", "依据", "按照", "编制", "汇总", "负责", "结合"]
        .iter()
        .filter_map(|w| rest.find(w))
        .min()?;
    let name = &rest[..end];
    if !is_agency_name(name) {
        return None;
    }
    // A government's report is compiled by its general office, or by its working group on
    // open government information: the report is the government's.
    for office in ["办公室", "办公厅"] {
        if let Some(government) = name.strip_suffix(office) {
            if government.ends_with("人民政府") {
                return Some(government.to_owned());
            }
        }
    }
    if let Some(at) = name.find("人民政府信息公开") {
        return Some(format!("{}人民政府", &name[..at]));
    }
    Some(name.to_owned())
}

/// The publication date a publishing line states: "发布日期 : 2019-01-17".
fn publication_date(text: &str) -> Option<chrono::NaiveDate> {
    let at = text.find("发布日期").or_else(|| text.find("发布时间"))?;
    let rest = &text[at..];
    let start = rest.find(|c: char| c.is_ascii_digit())?;
    let date: String = rest[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '/' || *c == '.')
        .collect();
    let date = date.replace(['/', '.'], "-");
    chrono::NaiveDate::parse_from_str(date.get(..10).unwrap_or(&date), "%Y-%m-%d").ok()
}

/// The meta fields a rendered report prints ("机关名称：…").
#[derive(Default)]
struct Fields {
    seen: bool,
    agency: Option<String>,
    year: Option<u16>,
    edition: Option<Edition>,
    title: Option<String>,
    url: Option<String>,
    date: Option<chrono::NaiveDate>,
    contact: Contact,
}

fn field(fields: &mut Fields, text: &str) -> bool {
    let Some((label, value)) = text.split_once('：') else {
        return false;
    };
    let value = value.trim().to_owned();
    let contact = |f: FieldText| format!("{} › {}", FieldText::Contact.label(), f.label());
    let source = |f: FieldText| format!("{} › {}", FieldText::Source.label(), f.label());
    match label.trim() {
        l if l == FieldText::Agency.label() => fields.agency = Some(value),
        l if l == FieldText::ReportYear.label() => fields.year = value.parse().ok(),
        l if l == FieldText::EditionTag.label() => {
            fields.edition = Edition::ALL.iter().copied().find(|e| e.label() == value)
        }
        l if l == FieldText::PublicationDate.label() => {
            fields.date = chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok()
        }
        l if l == source(FieldText::Title) => fields.title = Some(value),
        l if l == source(FieldText::Url) && crate::meta::is_absolute_url(&value) => {
            fields.url = Some(value)
        }
        l if l == contact(FieldText::Office) => fields.contact.office = Some(value),
        l if l == contact(FieldText::Address) => fields.contact.address = Some(value),
        l if l == contact(FieldText::Postcode) => fields.contact.postcode = Some(value),
        l if l == contact(FieldText::Phone) => fields.contact.phone = Some(value),
        l if l == contact(FieldText::Fax) => fields.contact.fax = Some(value),
        l if l == contact(FieldText::Email) && crate::meta::is_email(&value) => {
            fields.contact.email = Some(value)
        }
        _ => return false,
    }
    fields.seen = true;
    true
}

/// The text without the pinyin glosses a mirror site put after Han characters ("數(shù)").
fn strip_glosses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（']) {
        let (before, after) = rest.split_at(open);
        let bracket = after.chars().next().map_or(1, char::len_utf8);
        let inner_end = after[bracket..].find([')', '）']).map(|e| e + bracket);
        let is_gloss = inner_end.is_some_and(|end| {
            let inner = &after[bracket..end];
            !inner.is_empty()
                && inner.chars().count() <= 8
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c))
                && before
                    .chars()
                    .last()
                    .is_some_and(crate::layout::label::is_han)
        });
        out.push_str(before);
        match (is_gloss, inner_end) {
            (true, Some(end)) => {
                let close = after[end..].chars().next().map_or(1, char::len_utf8);
                rest = &after[end + close..];
            }
            _ => {
                out.push_str(&after[..bracket]);
                rest = &after[bracket..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_field_label(text: &str) -> bool {
    let mut probe = Fields::default();
    field(&mut probe, &format!("{text}：x"))
}

/// The year and the agency a title states: "漯河回族区城市管理局2022年政府信息公开工作年度报告".
fn title_meta(title: &str) -> (Option<u16>, Option<String>) {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    for w in 0..chars.len().saturating_sub(4) {
        let digits: String = chars[w..w + 4].iter().map(|(_, c)| *c).collect();
        let next = chars.get(w + 4).map(|(_, c)| *c);
        let before_digit = w > 0 && chars[w - 1].1.is_ascii_digit();
        if digits.bytes().all(|b| b.is_ascii_digit()) && next == Some('年') && !before_digit {
            let Some(year) = digits
                .parse::<u16>()
                .ok()
                .filter(|y| (1990..=2100).contains(y))
            else {
                continue;
            };
            let start = chars[w].0;
            let mut agency = title[..start]
                .trim()
                .trim_end_matches(['：', ':', '（', '('])
                .trim();
            // "某某办公室政府信息公开工作2022年度报告": the agency ends before the subject.
            for subject in ["政府信息公开工作", "政府信息公开", "政务公开工作"]
            {
                agency = agency.strip_suffix(subject).unwrap_or(agency);
            }
            let mut agency = agency.trim().to_owned();
            if agency.is_empty() {
                // "2022年某某局政府信息公开工作年度报告"
                let after = &title[chars[w + 4].0 + '年'.len_utf8()..];
                let after = after.strip_prefix('度').unwrap_or(after);
                if let Some(end) = after.find("政府信息公开") {
                    agency = after[..end].trim().to_owned();
                }
            }
            return (Some(year), (!agency.is_empty()).then_some(agency));
        }
    }
    (None, None)
}

/// The first "YYYY年", or date "YYYY-M-D", in the text with a plausible year.
fn first_year(lines: &[Line]) -> Option<(u16, usize)> {
    for (i, line) in lines.iter().enumerate() {
        let (year, _) = title_meta(&format!("{}政府信息公开", line.text));
        if let Some(y) = year {
            return Some((y, i));
        }
        if let Some(y) = dated_year(&line.text) {
            return Some((y, i));
        }
    }
    None
}

/// The year of the first date written "YYYY-M-D" in a text.
fn dated_year(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    for at in 0..bytes.len().saturating_sub(7) {
        let window = &bytes[at..];
        if window[..4].iter().all(u8::is_ascii_digit)
            && window[4] == b'-'
            && (at == 0 || !bytes[at - 1].is_ascii_digit())
        {
            let rest = &window[5..];
            let month = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            if (1..=2).contains(&month) && rest.get(month) == Some(&b'-') {
                let year: u16 = std::str::from_utf8(&window[..4]).ok()?.parse().ok()?;
                if (1990..=2100).contains(&year) {
                    return Some(year);
                }
            }
        }
    }
    None
}

/// A title: "某某局2022年政府信息公开工作年度报告", short, ending in 报告 or 年报, with no
/// sentence punctuation.
fn looks_like_title(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || "。.．:：".contains(c));
    // "…年度报告（全文）", "…年度报告(修订)": a note in brackets after the title.
    let t = match t.strip_suffix(['）', ')']) {
        Some(inner) => inner
            .rfind(['（', '('])
            .map_or(t, |open| inner[..open].trim_end()),
        None => t,
    };
    t.chars().count() <= 70
        && (t.ends_with("报告") || t.ends_with("年报") || t.ends_with("報告"))
        && !t.contains(['。', '，', ','])
        && (t.contains("信息公开") || t.contains("政务公开") || t.contains("信息公開"))
}

/// The title: one line, or two or three short lines that read as one ("2024年上海市科委政府
/// 信息公开工作" / "年度报告"). Returns the last line's index and the title as printed.
fn title_at(lines: &[Line], i: usize, text: &str) -> Option<(usize, String)> {
    if looks_like_title(&compact(text)) {
        return Some((i, text.trim().to_owned()));
    }
    let short = |t: &str| {
        let t = compact(t);
        !t.is_empty()
            && t.chars().count() <= 40
            && !t.contains(['。', '，', ',', '；', '：', ':', '>', '»', '|'])
    };
    let head = compact(text);
    if !short(text) || !(head.contains('年') || head.contains("信息公开")) {
        return None;
    }
    let mut joined = text.trim().to_owned();
    let mut taken = 0;
    for (j, line) in lines.iter().enumerate().skip(i + 1) {
        let Some(next) = title_text(line) else {
            continue;
        };
        // A line that is a title alone starts the title: the lines before are not of it.
        if !short(&next) || taken == 2 || looks_like_title(&compact(&next)) {
            return None;
        }
        joined.push_str(next.trim());
        taken += 1;
        if looks_like_title(&compact(&joined)) {
            return Some((j, joined));
        }
    }
    None
}

/// A line's text as a title can print it: a paragraph, or a row whose pieces are one
/// title set apart by spaces ("2024   年政府信息公开工作年度报告" laid out from a PDF).
fn title_text(line: &Line) -> Option<String> {
    heading_text(line).or_else(|| {
        let t = line.text.trim();
        (!t.is_empty() && t.chars().count() <= 80 && !t.contains('\t') && !t.contains('|'))
            .then(|| t.to_owned())
    })
}

/// Reads the title block: the lines before the first part heading.
pub(crate) fn title_block(
    lines: &[Line],
    options: &ParseOptions,
    sink: &mut Sink<'_>,
) -> Result<TitleBlock, ParseError> {
    let mut fields = Fields::default();
    // The title's first and last line, and the title as printed.
    let mut title: Option<(usize, usize, String)> = None;
    let (crawled, mut body_from) = crawler_header(lines);
    let crawled_end = body_from;
    let mut part_from = lines.len();
    let m = Matcher::get();
    let mut skip_to = 0;
    for (i, line) in lines.iter().enumerate().take(400) {
        if i < skip_to.max(body_from.min(crawled_end)) {
            continue;
        }
        if fields.date.is_none() {
            fields.date = publication_date(&line.text);
        }
        // "机关名称    某某局": a field and its value laid out side by side.
        if let [label, value] = line.cells.as_slice() {
            if is_field_label(&label.text)
                && field(&mut fields, &format!("{}：{}", label.text, value.text))
            {
                body_from = i + 1;
                continue;
            }
        }
        let Some(text) = title_text(line) else {
            continue;
        };
        if heading_text(line).is_some() && m.find(&text, Scope::PARTS).is_some() {
            part_from = i;
            break;
        }
        if field(&mut fields, &text) {
            body_from = i + 1;
            continue;
        }
        // "机关名称" on a line and its value on the next (plain pdftotext).
        if is_field_label(&text) {
            if let Some((j, value)) = lines
                .iter()
                .enumerate()
                .skip(i + 1)
                .find_map(|(j, l)| heading_text(l).map(|t| (j, t)))
            {
                if field(&mut fields, &format!("{text}：{value}")) {
                    body_from = j + 1;
                    skip_to = j + 1;
                    continue;
                }
            }
        }
        if title.is_none() && !is_web_furniture(&text) {
            if let Some((last, printed)) = title_at(lines, i, &text) {
                title = Some((i, last, printed));
                body_from = last + 1;
                skip_to = last + 1;
                continue;
            }
        }
        if let Some((first, _, printed)) = &title {
            if compact(printed) == compact(&text) {
                // The title again (a page's <title>, then its heading): the report starts after.
                body_from = i + 1;
            } else if i == body_from && fields.date.is_none() {
                // "(2026年1月23日)" under the title: the publication date.
                if let Some(date) = date_line(&text) {
                    fields.date = Some(date);
                    body_from = i + 1;
                }
            }
            let _ = first;
        }
    }
    let range_of = |first: usize, last: usize| lines[first].range.start..lines[last].range.end;
    // A crawler's title stands for the report's when the page prints none.
    let title = title.or_else(|| {
        let t = crawled.title.clone()?;
        looks_like_title(&compact(&t)).then_some((crawled.at, crawled.at, t))
    });
    // Mirror sites inject pinyin glosses into words ("區(qū)"): not part of the name.
    let title = title.map(|(first, last, t)| (first, last, strip_glosses(&t)));
    let (title_year, title_agency) = title
        .as_ref()
        .map_or((None, None), |(_, _, t)| title_meta(&compact(t)));

    // The text of the preamble and part 一, run together, for the statistics period and the
    // sentence that says who compiled the report.
    let mut prose = String::new();
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(body_from) {
        if prose.len() > 16 << 10 || i > part_from + 40 {
            break;
        }
        starts.push((prose.len(), i));
        prose.push_str(&compact(&line.text));
    }
    let line_at = |offset: usize| {
        let k = starts
            .partition_point(|(s, _)| *s <= offset)
            .saturating_sub(1);
        starts.get(k).map_or(0..0, |(_, i)| lines[*i].range.clone())
    };
    let period = period_year(&prose);

    let given = options.report_year.or(fields.year);
    let year = match (given, title_year, period) {
        (Some(y), _, _) => y,
        (None, Some(y), period) => {
            if let Some((p, at)) = period.filter(|(p, _)| *p != y) {
                sink.finding_at(
                    Rule::ParseMetaConflict,
                    None,
                    &line_at(at),
                    format!("标题写明{y}年，统计期限自{p}年起；按标题读作{y}年"),
                    format!(
                        "the title states {y} and the statistics period starts in {p}; the title's {y} was kept"
                    ),
                );
            }
            y
        }
        (None, None, Some((p, at))) => {
            sink.finding_at(
                Rule::ParseMetaInferred,
                None,
                &line_at(at),
                format!("标题未写明报告年度，按统计期限读作{p}年"),
                format!("no title states the report year; {p} was read from the statistics period"),
            );
            p
        }
        (None, None, None) => {
            let Some((y, at)) = first_year(&lines[body_from.min(lines.len())..]) else {
                return Err(ParseError::NotAReport {
                    reason: "no report year: no title with \"YYYY年\", no statistics period and no year in the text; give ParseOptions::report_year".into(),
                });
            };
            sink.finding_at(
                Rule::ParseMetaMissing,
                None,
                &lines[body_from + at].range,
                format!("没有标题写明报告年度，按正文中首次出现的年份{y}年读取"),
                format!(
                    "no title states the report year; {y}, the first year in the text, was taken"
                ),
            );
            y
        }
    };
    let report_year = ReportYear::new(year).map_err(|_| ParseError::NotAReport {
        reason: format!("{year} is not a plausible report year (1990–2100)"),
    })?;

    // "某某局政府信息公开年度报告": no year, the agency before the subject.
    let title_agency = title_agency.or_else(|| {
        let t = compact(&title.as_ref()?.2);
        let end = t.find("政府信息公开").or_else(|| t.find("政务公开"))?;
        let agency = &t[..end];
        (!agency.is_empty() && !agency.contains('年')).then(|| agency.to_owned())
    });
    // "淮安市人民政府" on its own line above the title.
    let above = title.as_ref().and_then(|(first, _, _)| {
        let (j, text) = lines[..*first]
            .iter()
            .enumerate()
            .rev()
            .take(3)
            .find_map(|(j, l)| title_text(l).map(|t| (j, compact(&t))))?;
        is_agency_name(&text).then_some((j, text))
    });
    let title_range = title
        .as_ref()
        .map_or(0..0, |(first, last, _)| range_of(*first, *last));
    let agency = if let Some(a) = options.agency.clone().or(fields.agency.take()) {
        a
    } else if let Some(a) = title_agency {
        a
    } else if let Some((_, a)) = above {
        a
    } else if let Some(a) = crawled.agency.clone().filter(|a| is_agency_name(a)) {
        sink.finding_at(
            Rule::ParseMetaInferred,
            None,
            &lines[crawled.at].range,
            format!("标题未写明机关名称，按页面的发布机构读作“{a}”"),
            format!("no title names the agency; \"{a}\" was read from the page's 发布机构"),
        );
        a
    } else if let Some(a) = compiled_by(&prose) {
        let at = prose.find("本报告由").unwrap_or(0);
        sink.finding_at(
            Rule::ParseMetaInferred,
            None,
            &line_at(at),
            format!("标题未写明机关名称，按“本报告由……编制”读作“{a}”"),
            format!("no title names the agency; \"{a}\" was read from the sentence 本报告由……编制"),
        );
        a
    } else {
        sink.finding_at(
            Rule::ParseMetaMissing,
            None,
            &title_range,
            "没有标题写明机关名称，机关名称留空".into(),
            "no title names the agency; the agency is left empty".into(),
        );
        String::new()
    };
    let mut meta = Meta::new(agency, report_year);
    meta.publication_date = fields.date.or(crawled.date);
    // A rendered report states its source in its fields; its title line is not the source's.
    let source_title = if fields.seen {
        fields.title.clone()
    } else {
        crawled
            .title
            .clone()
            .or_else(|| title.as_ref().map(|(_, _, t)| t.clone()))
    };
    let url = fields.url.clone().or(crawled.url.clone());
    if source_title.is_some() || url.is_some() {
        meta.source = Some(Source {
            url,
            title: source_title,
        });
    }
    Ok(TitleBlock {
        meta,
        year,
        body_from,
        edition: fields.edition,
        contact: fields.contact,
    })
}

/// A crawler's header fields.
#[derive(Default)]
struct Crawled {
    /// The line of the 标题 field.
    at: usize,
    title: Option<String>,
    date: Option<chrono::NaiveDate>,
    url: Option<String>,
    agency: Option<String>,
}

/// A crawler's header at the top of the text: two or more lines "标题: …", "发布时间: …",
/// then, when a rule line ("==== 正文 ====") follows within three lines, those lines and
/// the rule. Returns the fields and the first line after the header (0 when there is none).
fn crawler_header(lines: &[Line]) -> (Crawled, usize) {
    let mut crawled = Crawled::default();
    let first = lines
        .iter()
        .position(|l| !l.text.trim().is_empty())
        .unwrap_or(lines.len());
    let mut end = first;
    let mut fields = 0;
    for (i, line) in lines.iter().enumerate().skip(first) {
        let Some((key, value)) = crawler_field(&line.text) else {
            break;
        };
        fields += 1;
        end = i + 1;
        let value = (!value.is_empty()).then(|| value.to_owned());
        match key {
            "标题" => {
                crawled.at = i;
                crawled.title = value;
            }
            "发布时间" | "发布日期" | "成文日期" => {
                crawled.date = crawled.date.or_else(|| {
                    let v = value?;
                    let d = v.get(..10).unwrap_or(&v).replace(['/', '.'], "-");
                    chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()
                })
            }
            "原文链接" | "链接" => {
                crawled.url = value.filter(|v| crate::meta::is_absolute_url(v));
            }
            "发布机构" | "来源" | "所属机构" => {
                crawled.agency = crawled.agency.take().or(value.map(|v| compact(&v)));
            }
            _ => {}
        }
    }
    if fields < 2 {
        return (Crawled::default(), 0);
    }
    if let Some(k) = lines
        .iter()
        .skip(end)
        .take(4)
        .position(|l| is_rule_line(&l.text))
    {
        end += k + 1;
    }
    (crawled, end)
}

#[cfg(test)]
mod tests {
    use super::dated_year;

    #[test]
    fn a_date_gives_its_year_only_written_year_dash_month_dash() {
        assert_eq!(dated_year("2023-1-17"), Some(2023));
        assert_eq!(dated_year("发布日期：2023-01-17 来源"), Some(2023));
        // Not a date: another separator, a longer number, a three-digit month, a year out of
        // range, too short.
        assert_eq!(dated_year("编号2022/1-5-6"), None);
        assert_eq!(dated_year("12022-1-17"), None);
        assert_eq!(dated_year("2022-123-1"), None);
        assert_eq!(dated_year("1989-1-17"), None);
        assert_eq!(dated_year("2022-1-"), None);
        assert_eq!(dated_year("a2022-1-17"), Some(2022));
    }
}
