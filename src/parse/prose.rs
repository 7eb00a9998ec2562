//! The document around the tables: title and meta, part headings, the narrative text, and
//! the report assembled from them.

use crate::catalogue::{Edition, Part};
use crate::cell::Cell;
use crate::findings::Rule;
use crate::format_2019::{
    FeeItems, Format2019Report, Format2019Tag, ItemCounts, Procurement, PublishedCounts,
};
use crate::format_2021::{
    DecisionCount, DocumentCounts, FeeAmount, Format2021Report, Format2021Tag,
};
use crate::layout::label::{Matcher, Scope, normalize};
use crate::meta::{Contact, Meta};
use crate::narrative::Narrative;
use crate::other_matters::OtherMatters;
use crate::regulation_2008::{Regulation2008Report, Regulation2008Tag, ReportPart};
use crate::report::Report;
use crate::requests::Requests;
use crate::review::ReviewLitigation;

use super::outline;
use super::outline::evidence;
use super::source::{Doc, Line, LineKind};
use super::tables::TableReader;
use super::{ParseError, ParseOptions, Parsed, Sink, SpanKind};

/// Lines of a web page around the report, not of the report: breadcrumbs, the publishing
/// line, print and share buttons.
pub(super) fn is_web_furniture(text: &str) -> bool {
    // One pass to rule out almost every line: furniture holds one of these characters.
    if !text.contains([
        '>', '»', '发', '字', '扫', '打', '关', '分', '相', '浏', '访', '【',
    ]) {
        return false;
    }
    const WORDS: &[&str] = &[
        "字体大小",
        "扫一扫在手机打开",
        "打印本页",
        "关闭窗口",
        "【关闭】",
        "【打印】",
        "分享到",
        "相关阅读",
        "浏览次数",
        "访问次数",
        "【字体",
    ];
    let breadcrumb = text.matches('>').count() >= 2 || text.matches('»').count() >= 2;
    let published =
        (text.contains("发布日期") || text.contains("发布时间")) && text.chars().count() <= 80;
    breadcrumb || published || WORDS.iter().any(|w| text.contains(w)) && text.chars().count() <= 40
}

/// The text of a line as a paragraph, or `None` when it holds nothing to keep.
fn paragraph(line: &Line) -> Option<String> {
    let t = line
        .text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() || t.len() <= 240 && is_web_furniture(t) {
        return None;
    }
    if !t.contains("[bookmark:") && !t.contains("[image:") {
        return Some(t.to_owned());
    }
    let mut text = t.to_owned();
    // Word-export markers: "[bookmark: _GoBack]", "[image: C:\\…\\截图.png]".
    while let Some(start) = text.find("[bookmark:").or_else(|| text.find("[image:")) {
        let end = text[start..]
            .find(']')
            .map_or(text.len(), |e| start + e + 1);
        text.replace_range(start..end, "");
    }
    let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    (!text.is_empty()).then(|| text.to_owned())
}

fn join(lines: &[Line], indices: impl Iterator<Item = usize>) -> Option<String> {
    let paragraphs: Vec<String> = indices.filter_map(|i| paragraph(&lines[i])).collect();
    (!paragraphs.is_empty()).then(|| paragraphs.join("\n"))
}

/// A line that can be a heading: a paragraph, or a row with one filled cell.
pub(super) fn heading_text(line: &Line) -> Option<String> {
    match line.kind {
        LineKind::Text | LineKind::Heading => paragraph(line),
        LineKind::Row => {
            let filled: Vec<&str> = line
                .cells
                .iter()
                .map(|c| c.text.as_ref())
                .filter(|t| !t.is_empty())
                .collect();
            (filled.len() == 1).then(|| filled[0].to_owned())
        }
        LineKind::Empty => None,
    }
}

/// A part's heading, text before its table and text after it.
type PartText = (Part, Option<String>, Option<String>, Option<String>);

struct Heading {
    line: usize,
    part: Part,
    /// The heading as printed; `None` for one the renderer supplied.
    text: Option<String>,
    /// The heading is known by its words only (see [`outline::keyword_part`]).
    by_words: bool,
}

/// Part headings of the 2019 and 2021 formats, in order.
fn part_headings(lines: &[Line], from: usize, sink: &mut Sink<'_>) -> Vec<Heading> {
    let m = Matcher::get();
    let mut out: Vec<Heading> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(from) {
        // Every part heading names a 情况, a 事项 or the 问题: other lines are not headings.
        if line.text.len() > 240
            || line.kind == LineKind::Empty
            || !(line.text.contains("情况")
                || line.text.contains("事项")
                || line.text.contains("问题"))
        {
            continue;
        }
        let Some(text) = heading_text(line) else {
            continue;
        };
        if text.chars().count() > 60 {
            continue;
        }
        // "[一、总体情况]": a heading the renderer supplied; the report printed none.
        let supplied = text.starts_with('[') && text.ends_with(']');
        let bare = if supplied {
            &text[1..text.len() - 1]
        } else {
            text.as_str()
        };
        let exact = m.find(bare, Scope::PARTS).and_then(|hit| match hit.label {
            crate::layout::label::Label::Part(part) => Some(part),
            _ => None,
        });
        let Some(part) = exact.or_else(|| outline::keyword_part(bare)) else {
            continue;
        };
        if out.last().is_some_and(|h| h.part >= part) {
            continue;
        }

        sink.span(
            Some(format!("/{}/heading", part.id())),
            SpanKind::Heading,
            &line.range,
        );
        out.push(Heading {
            line: i,
            part,
            text: (!supplied).then_some(text),
            by_words: exact.is_none(),
        });
    }
    out
}

pub(crate) fn build(input: &str, doc: Doc, options: &ParseOptions) -> Result<Parsed, ParseError> {
    let mut sink = Sink::new(input);
    let (blanks_marked, cells_delimited) = (doc.blanks_marked, doc.cells_delimited);
    let lines = doc.lines;
    if lines.iter().all(|l| l.kind == LineKind::Empty) {
        return Err(ParseError::Empty);
    }
    let outline::TitleBlock {
        meta,
        year,
        body_from,
        edition: fields_edition,
        contact: fields_contact,
    } = outline::title_block(&lines, options, &mut sink)?;
    let headings = part_headings(&lines, body_from, &mut sink);

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
    let by_year = Edition::for_report_year(year).unwrap_or(Edition::Format2021);
    let edition = if let Some(e) = options.edition.or(fields_edition) {
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
    let mut report = match edition {
        Edition::Regulation2008 => {
            let mut r = regulation_2008(&lines, body_from, meta);
            if let Report::Regulation2008(r) = &mut r {
                if r.meta.contact.is_none() {
                    r.meta.contact = contact_in(
                        r.preamble
                            .iter()
                            .map(String::as_str)
                            .chain(r.parts.iter().map(|p| p.text.as_str())),
                    );
                }
            }
            return Ok(sink.finish(r));
        }
        Edition::Format2019 => Report::Format2019(blank_2019(meta)),
        Edition::Format2021 => Report::Format2021(blank_2021(meta)),
    };
    if !ev.any_table && headings.iter().all(|h| h.part < Part::Proactive) {
        return Err(ParseError::NoTables {
            year,
            edition: edition.id(),
        });
    }

    // Parts: the lines between headings.
    let mut consumed = vec![false; lines.len()];
    let mut texts: Vec<PartText> = Vec::new();
    let first_heading = headings.first().map_or(lines.len(), |h| h.line);
    let mut reader = TableReader::new(edition, &mut report, &mut sink);
    reader.blanks_marked = blanks_marked;
    reader.cells_delimited = cells_delimited;
    let mut table_parts = Vec::new();
    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(lines.len(), |n| n.line);
        let start = h.line + 1;
        if matches!(
            h.part,
            Part::Proactive | Part::Requests | Part::ReviewLitigation
        ) {
            reader.read(&lines[start..end], start, h.part);
            table_parts.push((k, start, end));
        }
    }
    if headings.is_empty() {
        reader.read(&lines[body_from..], body_from, Part::Proactive);
    } else if headings[0].part > Part::Overview {
        // A page that opens inside a table: read what stands before the first heading.
        reader.read(&lines[body_from..first_heading], body_from, Part::Overview);
    }
    let table_lines = reader.finish();
    for i in &table_lines {
        consumed[*i] = true;
    }
    let preamble = join(&lines, (body_from..first_heading).filter(|i| !consumed[*i]));
    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(lines.len(), |n| n.line);
        let start = h.line + 1;
        let in_part: Vec<usize> = (start..end).filter(|i| consumed[*i]).collect();
        let (before, after, whole) = match (in_part.first(), in_part.last()) {
            (Some(first), Some(last)) => (
                join(&lines, start..*first),
                join(&lines, last + 1..end),
                None,
            ),
            _ => (None, None, join(&lines, start..end)),
        };
        texts.push((h.part, h.text.clone(), before.or(whole.clone()), after));
        let _ = whole;
    }
    let narrative = |part: Part| -> Narrative {
        let t = texts.iter().find(|t| t.0 == part);
        Narrative {
            heading: t.and_then(|t| t.1.clone()),
            text: t
                .map(|t| {
                    [t.2.clone(), t.3.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default(),
        }
    };
    let part_text = |part: Part| texts.iter().find(|t| t.0 == part).cloned();
    let overview = narrative(Part::Overview);
    let problems = narrative(Part::Problems);
    let other = narrative(Part::OtherMatters);
    let contact = contact_in(
        [
            preamble.as_deref(),
            Some(overview.text.as_str()),
            Some(other.text.as_str()),
        ]
        .into_iter()
        .flatten(),
    );

    let contact = if fields_contact != Contact::default() {
        Some(fields_contact)
    } else {
        contact
    };
    let other_matters = OtherMatters {
        heading: other.heading,
        text: other.text,
        information_processing_fee: None,
    };
    macro_rules! fill {
        ($r:expr) => {{
            let r = $r;
            r.meta.contact = contact;
            r.preamble = preamble;
            r.overview = overview;
            r.problems = problems;
            r.other_matters = other_matters;
            if let Some((_, h, before, after)) = part_text(Part::Proactive) {
                r.proactive.heading = h;
                r.proactive.text_before = before;
                r.proactive.text_after = after;
            }
            if let Some((_, h, before, after)) = part_text(Part::Requests) {
                r.requests.heading = h;
                r.requests.text_before = before;
                r.requests.text_after = after;
            }
            if let Some((_, h, before, after)) = part_text(Part::ReviewLitigation) {
                r.review_litigation.heading = h;
                r.review_litigation.text_before = before;
                r.review_litigation.text_after = after;
            }
        }};
    }
    match &mut report {
        Report::Format2021(r) => fill!(r),
        Report::Format2019(r) => fill!(r),
        Report::Regulation2008(_) => {}
    }
    Ok(sink.finish(report))
}

/// The contact printed in the text: "可与某某办公室联系（地址：…，邮编：…，联系电话：…）".
fn contact_in<'a>(texts: impl Iterator<Item = &'a str>) -> Option<Contact> {
    for text in texts {
        if !(text.contains("地址") || text.contains("电话") || text.contains("邮")) {
            continue;
        }
        let mut c = Contact::default();
        let value = |keys: &[&str]| -> Option<String> {
            for key in keys {
                if let Some(at) = text.find(key) {
                    let rest = &text[at + key.len()..];
                    let end = rest
                        .find(['，', ',', '；', ';', '）', ')', '。', '\n', '、'])
                        .unwrap_or(rest.len());
                    let v = rest[..end].trim();
                    if !v.is_empty() && v.chars().count() <= 60 {
                        return Some(v.to_owned());
                    }
                }
            }
            None
        };
        c.address = value(&["地址：", "地址:", "通讯地址："]);
        c.postcode = value(&["邮编：", "邮编:", "邮政编码："]);
        c.phone = value(&["联系电话：", "联系电话:", "电话：", "电话:"]);
        c.fax = value(&["传真：", "传真:"]);
        // An address only when it is one (punctuation after it left out); otherwise it stays
        // in the text, where it was printed.
        c.email = value(&["电子邮箱：", "电子邮箱:", "电子信箱：", "邮箱："])
            .map(|v| {
                v.trim_end_matches(['。', '；', ';', '，', ',', '.', '）', ')'])
                    .to_owned()
            })
            .filter(|v| crate::meta::is_email(v));
        if c == Contact::default() {
            continue;
        }
        // "可与某某办公室联系（地址…"
        if let Some(at) = text.find("联系（").or_else(|| text.find("联系(")) {
            let before = &text[..at];
            if let Some(start) = before.rfind('与') {
                let mut office = before[start + '与'.len_utf8()..].trim();
                for ours in [
                    "我局",
                    "本局",
                    "我委",
                    "本委",
                    "我办",
                    "本办",
                    "本机关",
                    "我单位",
                    "本单位",
                ] {
                    office = office.strip_prefix(ours).unwrap_or(office);
                }
                if !office.is_empty() && office.chars().count() <= 40 {
                    c.office = Some(office.to_owned());
                }
            }
        }
        return Some(c);
    }
    None
}

/// A report of a tabled format with every cell blank and no text: what the reader fills.
macro_rules! blank_report {
    ($report:ident, $tag:ident, $meta:expr, $proactive:expr, $requests:expr) => {
        $report {
            edition: $tag,
            meta: $meta,
            preamble: None,
            overview: empty_narrative(),
            proactive: $proactive,
            requests: $requests,
            review_litigation: ReviewLitigation::from_cells(std::array::from_fn(|_| Cell::Blank)),
            problems: empty_narrative(),
            other_matters: OtherMatters {
                heading: None,
                text: String::new(),
                information_processing_fee: None,
            },
        }
    };
}

fn blank_2021(meta: Meta) -> Format2021Report {
    let docs = || DocumentCounts {
        issued: Cell::Blank,
        repealed: Cell::Blank,
        in_force: Cell::Blank,
    };
    let decisions = || DecisionCount {
        decisions: Cell::Blank,
    };
    let proactive = crate::format_2021::Proactive {
        heading: None,
        text_before: None,
        regulations: docs(),
        normative_documents: docs(),
        licensing: decisions(),
        penalties: decisions(),
        coercion: decisions(),
        administrative_fees: FeeAmount {
            amount: Cell::Blank,
        },
        text_after: None,
    };
    let requests = Requests::filled(Cell::Blank);
    blank_report!(Format2021Report, Format2021Tag, meta, proactive, requests)
}

fn blank_2019(meta: Meta) -> Format2019Report {
    let published = || PublishedCounts {
        newly_made: Cell::Blank,
        newly_published: Cell::Blank,
        total_published: Cell::Blank,
    };
    let items = || ItemCounts {
        items_last_year: Cell::Blank,
        items_change: Cell::Blank,
        decisions: Cell::Blank,
    };
    let proactive = crate::format_2019::Proactive {
        heading: None,
        text_before: None,
        regulations: published(),
        normative_documents: published(),
        licensing: items(),
        other_services: items(),
        penalties: items(),
        coercion: items(),
        administrative_fees: FeeItems {
            items_last_year: Cell::Blank,
            items_change: Cell::Blank,
        },
        procurement: Procurement {
            projects: Cell::Blank,
            total_amount: Cell::Blank,
            unit: None,
        },
        text_after: None,
    };
    let mut requests = Requests::filled(Cell::Blank);
    requests.outcomes.other_handling = crate::requests::OtherHandling::SingleRow(
        crate::requests::ApplicantRow::filled(Cell::Blank),
    );
    blank_report!(Format2019Report, Format2019Tag, meta, proactive, requests)
}

fn empty_narrative() -> Narrative {
    Narrative {
        heading: None,
        text: String::new(),
    }
}

/// A 2008-era report: its own parts by heading ("一、…"), in order.
fn regulation_2008(lines: &[Line], from: usize, meta: Meta) -> Report {
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
        part.figures = super::figures::figures(&part.text, &mut keys);
        part.serves = super::figures::serves(&part.heading)
            .or_else(|| super::figures::serves_by_figures(&part.figures));
    }
    let _ = normalize;
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
