//! The fields of the title block: a rendered report's "机关名称：…" fields, the publishing
//! line, and a crawler's header ("标题: …", "发布时间: …", "原文链接: …").

use crate::catalogue::{Edition, FieldText};
use crate::meta::Contact;

use super::compact;
use crate::parse::source::Line;

/// A name as printed, without the seams of the text it was read from: white space next to a
/// Han character or a full-width sign is where a line was joined or glyphs stood apart
/// ("淮安市洪 泽区人民政府办公室", "翔宇南道 1 号"), not part of the name, and is dropped;
/// white space between two other characters ("Room 1203") is one space. Names are the
/// agency, the contact office and the address; nothing else is changed.
pub(crate) fn name_text(text: &str) -> String {
    let wide = crate::parse::source::is_wide;
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{feff}' {
            gap = !out.is_empty();
            continue;
        }
        if gap && !out.chars().next_back().is_some_and(wide) && !wide(c) {
            out.push(' ');
        }
        gap = false;
        out.push(c);
    }
    out
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
pub(super) fn crawler_field(text: &str) -> Option<(&'static str, &str)> {
    let text = text.trim();
    CRAWLER_KEYS.iter().find_map(|key| {
        let rest = text.strip_prefix(key)?.trim_start();
        let value = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))?;
        Some((*key, value.trim()))
    })
}

/// A line that rules a header off from the text: ten or more "=" or "-", with at most a
/// word between them ("==== 正文 ====").
pub(super) fn is_rule_line(text: &str) -> bool {
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

/// The publication date a publishing line states: "发布日期 : 2019-01-17".
pub(super) fn publication_date(text: &str) -> Option<chrono::NaiveDate> {
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
pub(super) struct Fields {
    pub(super) seen: bool,
    pub(super) agency: Option<String>,
    pub(super) year: Option<u16>,
    pub(super) edition: Option<Edition>,
    pub(super) title: Option<String>,
    pub(super) url: Option<String>,
    pub(super) date: Option<chrono::NaiveDate>,
    pub(super) level: Option<crate::meta::AgencyLevel>,
    pub(super) contact: Contact,
}

pub(super) fn field(fields: &mut Fields, text: &str) -> bool {
    let Some((label, value)) = text.split_once('：') else {
        return false;
    };
    let value = value.trim().to_owned();
    let contact = |f: FieldText| format!("{} › {}", FieldText::Contact.label(), f.label());
    let source = |f: FieldText| format!("{} › {}", FieldText::Source.label(), f.label());
    match label.trim() {
        l if l == FieldText::Agency.label() => fields.agency = Some(name_text(&value)),
        l if l == FieldText::ReportYear.label() => fields.year = value.parse().ok(),
        l if l == FieldText::EditionTag.label() => {
            fields.edition = Edition::ALL.iter().copied().find(|e| e.label() == value)
        }
        l if l == FieldText::PublicationDate.label() => {
            fields.date = chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok()
        }
        l if l == FieldText::AgencyLevel.label() => {
            fields.level = crate::meta::AgencyLevel::from_field(&value)
        }
        l if l == source(FieldText::Title) => fields.title = Some(value),
        l if l == source(FieldText::Url) && crate::meta::is_absolute_url(&value) => {
            fields.url = Some(value)
        }
        l if l == contact(FieldText::Office) => fields.contact.office = Some(name_text(&value)),
        l if l == contact(FieldText::Address) => fields.contact.address = Some(name_text(&value)),
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

pub(super) fn is_field_label(text: &str) -> bool {
    let mut probe = Fields::default();
    field(&mut probe, &format!("{text}：x"))
}

/// A crawler's header fields.
#[derive(Default)]
pub(super) struct Crawled {
    /// The line of the 标题 field.
    pub(super) at: usize,
    pub(super) title: Option<String>,
    pub(super) date: Option<chrono::NaiveDate>,
    pub(super) url: Option<String>,
    pub(super) agency: Option<String>,
}

/// A crawler's header at the top of the text: two or more lines "标题: …", "发布时间: …",
/// then, when a rule line ("==== 正文 ====") follows within three lines, those lines and
/// the rule. Returns the fields and the first line after the header (0 when there is none).
pub(super) fn crawler_header(lines: &[Line]) -> (Crawled, usize) {
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
    use super::name_text;

    #[test]
    fn a_name_loses_the_white_space_beside_han_characters_only() {
        // A line joined inside a name, glyphs set apart, pdftotext's spaces around digits.
        assert_eq!(
            name_text("淮安市洪 泽区人民政府办公室"),
            "淮安市洪泽区人民政府办公室"
        );
        assert_eq!(name_text("淮安市翔宇南道       1号"), "淮安市翔宇南道1号");
        assert_eq!(name_text("淮安市翔宇南道 1 号"), "淮安市翔宇南道1号");
        assert_eq!(name_text("某某大厦 B 座 12 层"), "某某大厦B座12层");
        assert_eq!(name_text("（ 东区 ）3 号楼"), "（东区）3号楼");
        // Between two Latin words or numbers a space is the name's: one.
        assert_eq!(name_text("Tower  A  Room 1203"), "Tower A Room 1203");
        assert_eq!(name_text("  某某局\u{3000}"), "某某局");
        assert_eq!(name_text(""), "");
    }
}
