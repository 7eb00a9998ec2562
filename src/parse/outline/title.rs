//! The title block: the title, its year and agency, and the report's meta.

use crate::catalogue::Edition;
use crate::findings::Rule;
use crate::layout::label::{Matcher, Scope, is_han};
use crate::meta::{AgencyLevel, LevelFrom};
use crate::meta::{Contact, Meta, ReportYear, Source};
use crate::parse::source::{Line, heading_text, is_web_furniture};
use crate::parse::{ParseError, ParseOptions, Sink};

use super::fields::{Crawled, Fields, crawler_header, field, is_field_label, publication_date};
use super::{compact, compact_into};

/// What the title block says about the report.
pub(crate) struct TitleBlock {
    /// The agency, year, publication date and source.
    pub(crate) meta: Meta,
    /// The report year, when the title or the statistics period states it.
    pub(crate) year: Option<u16>,
    /// The first line after the title block.
    pub(crate) body_from: usize,
    /// The edition a rendered report states in its fields.
    pub(crate) edition: Option<Edition>,
    /// The contact a rendered report states in its fields.
    pub(crate) contact: Contact,
}

/// The last characters an agency's name ends with: 政府, 局, 委员会, 办公室, 中心, 街道…
const AGENCY_ENDS: &str = "府局委会室厅院处所署部站队道镇乡区县市省办社馆校行心司团旗州盟庭";

/// A line that can only be an agency's name: Han characters (and brackets), 2 to 30 of
/// them, ending as names of agencies end.
fn is_agency_name(text: &str) -> bool {
    let n = text.chars().count();
    (2..=30).contains(&n)
        // "我局", "本机关", "该委": the report speaking of itself names no agency.
        && !text.starts_with(['我', '本', '该', '各'])
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
/// or a whole calendar year stated as a span ("起止时间为2018年1月1日至12月31日"), with the text
/// of several lines run together.
fn period_year(text: &str) -> Option<(u16, usize)> {
    let bytes = text.as_bytes();
    for start in 0..bytes.len().saturating_sub(4) {
        // Four digits, not inside a longer number.
        if !bytes[start..start + 4].iter().all(u8::is_ascii_digit)
            || (start > 0 && bytes[start - 1].is_ascii_digit())
        {
            continue;
        }
        let year = &text[start..start + 4];
        let Some(after) = jan_first(&text[start + 4..]) else {
            continue;
        };
        // With 统计 in the 24 characters before, or the span of the year itself after.
        let before = &text[..start];
        let near = before.char_indices().rev().nth(23).map_or(0, |(i, _)| i);
        if before[near..].contains("统计") || spans_the_year(year, after) {
            if let Ok(y) = year.parse::<u16>() {
                return Some((y, start));
            }
        }
    }
    None
}

/// The text after a first of January written after a year: "年1月1日", "年01月01日", or as a
/// date "-1-1", "-01-01", ".1.1", "/1/1".
fn jan_first(text: &str) -> Option<&str> {
    for (year, month, day) in [
        ("年", "月", "日"),
        ("-", "-", ""),
        (".", ".", ""),
        ("/", "/", ""),
    ] {
        let Some(rest) = text.strip_prefix(year) else {
            continue;
        };
        let rest = rest.strip_prefix("01").or_else(|| rest.strip_prefix('1'))?;
        let rest = rest.strip_prefix(month)?;
        let rest = rest.strip_prefix("01").or_else(|| rest.strip_prefix('1'))?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return rest.strip_prefix(day);
    }
    None
}

/// Whether the text after a year's first of January closes the span at that year's end:
/// "至12月31日", "至YYYY年12月31日", "起至YYYY-12-31", "到…", "—…".
fn spans_the_year(year: &str, after: &str) -> bool {
    let after = after.strip_prefix('起').unwrap_or(after);
    let Some(rest) = ["至", "到", "—", "-", "－", "~", "～"]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
    else {
        return false;
    };
    let rest = rest
        .strip_prefix(year)
        .map_or(rest, |r| r.strip_prefix(['年', '-', '.', '/']).unwrap_or(r));
    ["12月31日", "12-31", "12.31", "12/31"]
        .iter()
        .any(|end| rest.starts_with(end))
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

/// The title found: its first and last line, and the title as printed.
struct Title {
    first: usize,
    last: usize,
    printed: String,
}

/// What the lines before part 一 hold.
struct Scan {
    fields: Fields,
    title: Option<Title>,
    crawled: Crawled,
    /// The first line after the title block.
    body_from: usize,
    /// The first part heading's line (the end of the text when none was found).
    part_from: usize,
}

/// Reads the lines before the first part heading: a crawler's header, a rendered report's
/// fields, the title, a date line under it.
fn scan(lines: &[Line]) -> Scan {
    let mut fields = Fields::default();
    let mut title: Option<Title> = None;
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
                title = Some(Title {
                    first: i,
                    last,
                    printed,
                });
                body_from = last + 1;
                skip_to = last + 1;
                continue;
            }
        }
        if let Some(t) = &title {
            if compact(&t.printed) == compact(&text) {
                // The title again (a page's <title>, then its heading): the report starts after.
                body_from = i + 1;
            } else if i == body_from && fields.date.is_none() {
                // "(2026年1月23日)" under the title: the publication date.
                if let Some(date) = date_line(&text) {
                    fields.date = Some(date);
                    body_from = i + 1;
                }
            }
        }
    }
    // A crawler's title stands for the report's when the page prints none.
    let title = title.or_else(|| {
        let t = crawled.title.clone()?;
        looks_like_title(&compact(&t)).then_some(Title {
            first: crawled.at,
            last: crawled.at,
            printed: t,
        })
    });
    // Mirror sites inject pinyin glosses into words ("區(qū)"): not part of the name.
    let title = title.map(|t| Title {
        printed: strip_glosses(&t.printed),
        ..t
    });
    Scan {
        fields,
        title,
        crawled,
        body_from,
        part_from,
    }
}

/// The text of the preamble and part 一, run together without white space, for the
/// statistics period and the sentence that says who compiled the report.
struct Prose<'l, 'a> {
    text: String,
    /// Where each line starts in `text`, and its index.
    starts: Vec<(usize, usize)>,
    lines: &'l [Line<'a>],
}

impl<'l, 'a> Prose<'l, 'a> {
    fn new(lines: &'l [Line<'a>], scan: &Scan) -> Self {
        // The preamble, and the first lines of part 一 (where some reports state the period).
        let end = (scan.part_from + 12).min(lines.len());
        let from = scan.body_from.min(end);
        let mut text = String::new();
        let mut starts = Vec::new();
        // Only the lines that can hold them, and the line after each (a date broken off).
        let holds = |l: &Line| {
            l.text.contains("统计")
                || l.text.contains("本报告")
                // A span of the year ("2018 年 1 月 1 日至", "2015-1-1至"), perhaps spaced:
                // compacted only when it can hold one.
                || (l.text.contains('1')
                    && (l.text.contains('月') || l.text.contains('-'))
                    && {
                        let c = compact(&l.text);
                        c.contains("1月1日") || c.contains("-1-1") || c.contains("-01-01")
                    })
        };
        // Whether the line before holds them (each line is looked at once).
        let mut before = false;
        for (i, line) in lines.iter().enumerate().take(end).skip(from) {
            if text.len() > 16 << 10 {
                break;
            }
            let here = holds(line);
            if here || before {
                starts.push((text.len(), i));
                compact_into(&line.text, &mut text);
            }
            before = here;
        }
        Prose {
            text,
            starts,
            lines,
        }
    }

    /// The source range of the line that a byte of the text comes from.
    fn range_at(&self, offset: usize) -> std::ops::Range<usize> {
        let k = self
            .starts
            .partition_point(|(s, _)| *s <= offset)
            .saturating_sub(1);
        self.starts
            .get(k)
            .map_or(0..0, |(_, i)| self.lines[*i].range.clone())
    }
}

/// The report year: given, the title's (checked against the statistics period), or the
/// period's, each with the finding it calls for; none (with `parse.meta_missing`) when
/// neither states one. No other year in the text is taken for it: "根据2019年修订的《条例》"
/// names the regulation's year, not the report's.
fn report_year(
    scan: &Scan,
    title_year: Option<u16>,
    prose: &Prose,
    options: &ParseOptions,
    sink: &mut Sink<'_>,
) -> Option<u16> {
    let period = period_year(&prose.text);
    let given = options.report_year.or(scan.fields.year);
    Some(match (given, title_year, period) {
        (Some(y), _, _) => y,
        (None, Some(y), period) => {
            if let Some((p, at)) = period.filter(|(p, _)| *p != y) {
                sink.finding_at(
                    Rule::ParseMetaConflict,
                    None,
                    &prose.range_at(at),
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
                &prose.range_at(at),
                format!("标题未写明报告年度，按统计期限读作{p}年"),
                format!("no title states the report year; {p} was read from the statistics period"),
            );
            p
        }
        (None, None, None) => {
            sink.finding_at(
                Rule::ParseMetaMissing,
                None,
                &(0..0),
                "没有标题或统计期限写明报告年度，报告年度空缺".to_owned(),
                "neither a title nor a statistics period states the report year; it is left absent"
                    .to_owned(),
            );
            return None;
        }
    })
}

/// The agency: given, in a rendered report's fields, in the title, on its own line above
/// the title, in a crawler's 发布机构, or in "本报告由……编制", each with the finding it calls
/// for; empty with `parse.meta_missing` when none names it.
fn agency(
    lines: &[Line],
    scan: &mut Scan,
    title_agency: Option<String>,
    prose: &Prose,
    options: &ParseOptions,
    sink: &mut Sink<'_>,
) -> (String, bool) {
    if let Some(a) = options.agency.clone().or(scan.fields.agency.take()) {
        return (a, false);
    }
    // "某某局政府信息公开年度报告": no year, the agency before the subject.
    let title_agency = title_agency.or_else(|| {
        let t = compact(&scan.title.as_ref()?.printed);
        let end = t.find("政府信息公开").or_else(|| t.find("政务公开"))?;
        let agency = &t[..end];
        (!agency.is_empty() && !agency.contains('年')).then(|| agency.to_owned())
    });
    if let Some(a) = title_agency {
        return (a, true);
    }
    // "淮安市人民政府" on its own line above the title.
    let above = scan.title.as_ref().and_then(|t| {
        let text = lines[..t.first]
            .iter()
            .rev()
            .take(3)
            .find_map(|l| title_text(l).map(|t| compact(&t)))?;
        is_agency_name(&text).then_some(text)
    });
    if let Some(a) = above {
        return (a, true);
    }
    if let Some(a) = scan.crawled.agency.clone().filter(|a| is_agency_name(a)) {
        sink.finding_at(
            Rule::ParseMetaInferred,
            None,
            &lines[scan.crawled.at].range,
            format!("标题未写明机关名称，按页面的发布机构读作“{a}”"),
            format!("no title names the agency; \"{a}\" was read from the page's 发布机构"),
        );
        return (a, false);
    }
    if let Some(a) = compiled_by(&prose.text) {
        let at = prose.text.find("本报告由").unwrap_or(0);
        sink.finding_at(
            Rule::ParseMetaInferred,
            None,
            &prose.range_at(at),
            format!("标题未写明机关名称，按“本报告由……编制”读作“{a}”"),
            format!("no title names the agency; \"{a}\" was read from the sentence 本报告由……编制"),
        );
        return (a, false);
    }
    let title_range = scan.title.as_ref().map_or(0..0, |t| {
        lines[t.first].range.start..lines[t.last].range.end
    });
    sink.finding_at(
        Rule::ParseMetaMissing,
        None,
        &title_range,
        "没有标题写明机关名称，机关名称留空".into(),
        "no title names the agency; the agency is left empty".into(),
    );
    (String::new(), false)
}

/// Reads the title block: the lines before the first part heading.
pub(crate) fn title_block(
    lines: &[Line],
    options: &ParseOptions,
    sink: &mut Sink<'_>,
) -> Result<TitleBlock, ParseError> {
    let mut scan = scan(lines);
    let (title_year, title_agency) = scan
        .title
        .as_ref()
        .map_or((None, None), |t| title_meta(&compact(&t.printed)));
    let prose = Prose::new(lines, &scan);
    let year = report_year(&scan, title_year, &prose, options, sink);
    let report_year = year
        .map(|year| {
            ReportYear::new(year).map_err(|_| ParseError::NotAReport {
                reason: format!("{year} is not a plausible report year (1990–2100)"),
            })
        })
        .transpose()?;
    let (agency, in_title) = agency(lines, &mut scan, title_agency, &prose, options, sink);
    // The level: given, or said by the agency the title block names.
    let level = match options.level {
        Some(tier) => Some(AgencyLevel {
            tier,
            from: LevelFrom::Given,
        }),
        None if scan.fields.seen => scan.fields.level,
        None if in_title => AgencyLevel::from_agency(&agency),
        None => None,
    };
    let Scan {
        fields,
        title,
        crawled,
        body_from,
        ..
    } = scan;
    let mut meta = Meta {
        agency,
        report_year,
        publication_date: None,
        source: None,
        level,
        contact: None,
    };
    meta.publication_date = options.publication_date.or(fields.date).or(crawled.date);
    // A rendered report states its source in its fields; its title line is not the source's.
    let source_title = if fields.seen {
        fields.title.clone()
    } else {
        crawled.title.clone().or_else(|| title.map(|t| t.printed))
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

#[cfg(test)]
mod tests {
    use super::{compact, compiled_by, date_line, is_agency_name, period_year, title_meta};

    #[test]
    fn compacting_drops_every_white_space_character_and_the_byte_order_mark() {
        let spaces: String = (0..=0x3000u32)
            .chain([0xfeff, 0xfffd, 0x10000])
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace() || *c == '\u{feff}')
            .collect();
        let text = format!("一 {spaces}二\u{a0}三\u{c2}é\u{e000}　四\u{feff}\u{2028}五 ");
        let expected: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{feff}')
            .collect();
        assert_eq!(compact(&text), expected);
        assert_eq!(compact(&spaces), "");
        // Characters that open with the same bytes as white space, and are none.
        assert_eq!(compact("規章ÂĀ ©ḿ—\u{2029}、，\u{3000}ā"), "規章ÂĀ©ḿ—、，ā");
    }

    #[test]
    fn the_statistics_period_gives_its_year_only_after_统计() {
        assert_eq!(
            period_year("本报告所列数据的统计期限自2024年1月1日至2024年12月31日止"),
            Some((2024, "本报告所列数据的统计期限自".len()))
        );
        // 统计 more than 24 characters before the date, a longer number, a year too short.
        let far = format!("统计{}2024年1月1日", "的".repeat(23));
        assert_eq!(period_year(&far), None);
        let near = format!("统计{}2024年1月1日", "的".repeat(19));
        assert_eq!(period_year(&near).map(|p| p.0), Some(2024));
        assert_eq!(period_year("统计期限自12024年1月1日"), None);
        assert_eq!(period_year("统计期限自024年1月1日"), None);
        assert_eq!(period_year("2024年1月1日起统计"), None);
        // A whole calendar year stated as a span is the period, with or without 统计.
        for span in [
            "起止时间为2018年1月1日至12月31日。",
            "时间范围为2018年1月1日至2018年12月31日",
            "2018年1月1日—12月31日",
        ] {
            assert_eq!(
                period_year(span),
                Some((2018, span.find("2018").unwrap())),
                "{span}"
            );
        }
        // Not a span of one year: another end, another year's end, or no end.
        assert_eq!(period_year("自2018年1月1日至6月30日"), None);
        assert_eq!(period_year("2018年1月1日至2019年12月31日"), None);
        assert_eq!(period_year("2018年1月1日起施行"), None);
        // Dates written with dashes, dots or slashes, and zero-padded.
        assert_eq!(
            period_year("统计期限自2015-1-1起至2015-12-31止").map(|p| p.0),
            Some(2015)
        );
        assert_eq!(
            period_year("2015.01.01至2015.12.31").map(|p| p.0),
            Some(2015)
        );
        assert_eq!(period_year("统计期限自2015/1/1").map(|p| p.0), Some(2015));
        assert_eq!(period_year("统计期限自2015-1-10"), None);
        assert_eq!(period_year("统计期限自2015-11-1"), None);
        // The first date after 统计 that is a period's start, past one that is not.
        assert_eq!(
            period_year("统计期限自2023年1月1日至2023年12月31日。2024年1月1日起施行").map(|p| p.0),
            Some(2023)
        );
    }

    #[test]
    fn a_date_line_is_a_date_alone() {
        assert_eq!(
            date_line("（2026年1月23日）").map(|d| d.to_string()),
            Some("2026-01-23".to_owned())
        );
        assert_eq!(
            date_line("2026 年 1 月 23 日").map(|d| d.to_string()),
            Some("2026-01-23".to_owned())
        );
        assert_eq!(date_line("2026年2月30日"), None);
        assert_eq!(date_line("2026年1月23日发布"), None);
        assert_eq!(date_line("二〇二六年一月"), None);
    }

    #[test]
    fn an_agency_name_is_han_ending_as_agencies_end() {
        assert!(is_agency_name("淮安市人民政府"));
        assert!(is_agency_name("某某县（区）司法局"));
        assert!(is_agency_name("某某街道办事处"));
        assert!(!is_agency_name("正文"));
        assert!(!is_agency_name("局"));
        assert!(!is_agency_name("2024年某某局"));
        assert!(!is_agency_name(&format!("{}局", "某".repeat(30))));
        assert!(is_agency_name(&format!("{}局", "某".repeat(29))));
        assert!(!is_agency_name("机关名称"));
        assert!(!is_agency_name("我局"));
        assert!(!is_agency_name("本机关"));
    }

    #[test]
    fn the_compiling_sentence_names_the_government_its_office_serves() {
        assert_eq!(
            compiled_by("本报告由淮安市人民政府办公室根据《条例》编制").as_deref(),
            Some("淮安市人民政府")
        );
        assert_eq!(
            compiled_by("本报告由南平市人民政府信息公开工作领导小组办公室编制").as_deref(),
            Some("南平市人民政府")
        );
        assert_eq!(
            compiled_by("本报告由某某县司法局编制").as_deref(),
            Some("某某县司法局")
        );
        assert_eq!(compiled_by("本报告由我局编制"), None);
        assert_eq!(compiled_by("本报告依据《条例》编制"), None);
    }

    #[test]
    fn a_title_gives_its_year_and_the_agency_before_or_after_it() {
        assert_eq!(
            title_meta("2024年上海市科委政府信息公开工作年度报告"),
            (Some(2024), Some("上海市科委".to_owned()))
        );
        assert_eq!(
            title_meta("平潭综合实验区2018年度政府信息公开工作年度报告"),
            (Some(2018), Some("平潭综合实验区".to_owned()))
        );
        assert_eq!(
            title_meta("2024年政府信息公开工作年度报告"),
            (Some(2024), None)
        );
    }
}
