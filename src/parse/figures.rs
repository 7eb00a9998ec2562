//! The figures a 2008-era report states in its prose: "公开政府信息992条，其中门户网站341条",
//! "20余场次", "约3万元". Each figure keeps the text printed, its exact value, its unit and
//! its qualifier ("余" more than, "约" about); a "其中" breakdown is held inside the figure it
//! breaks down. A number that is a date, an ordinal, a telephone number or part of a name is
//! not a figure.

use std::str::FromStr;

use crate::catalogue::{Content2008, KeyFigure};
use crate::layout::label::normalize;
use crate::money::ExactDecimal;
use crate::regulation_2008::{Figure, Qualifier};

/// Units of measure, longest first where one begins another.
const UNITS: &[&str] = &[
    "个工作日",
    "万平方米",
    "平方米",
    "万人次",
    "人次",
    "场次",
    "篇次",
    "亿元",
    "万元",
    "万件",
    "万条",
    "万份",
    "万笔",
    "万户",
    "笔",
    "余元",
    "元",
    "条",
    "篇",
    "件",
    "次",
    "人",
    "个",
    "份",
    "块",
    "场",
    "家",
    "项",
    "期",
    "季",
    "批",
    "名",
    "天",
    "户",
    "起",
    "处",
    "部",
    "台",
    "本",
    "册",
    "类",
    "期",
    "栏",
    "幅",
    "张",
    "封",
    "%",
    "％",
];

/// Words a clause opens with that are not what the figure counts, stripped as long as one
/// opens it ("全年共计公开…": 全年, then 共计).
const OPENERS: &[&str] = &[
    "其中",
    "共计",
    "累计",
    "全年共计",
    "全年共",
    "全年",
    "共",
    "合计",
    "另有",
    "还",
    "并",
    "已",
];

/// Where a clause ends: a figure's label starts after the last of these.
fn is_break(c: char) -> bool {
    "，,、；;：:（(）)。！？!?“”\"\n".contains(c)
}

/// The article 32 content a 2008-era heading serves, when its words name exactly one.
pub(crate) fn serves(heading: &str) -> Option<Content2008> {
    let h = normalize(heading);
    let candidates = [
        (
            h.contains("主动公开") || h.contains("重点领域"),
            Content2008::Proactive,
        ),
        (h.contains("依申请"), Content2008::OnRequest),
        (
            h.contains("收费") || h.contains("减免"),
            Content2008::FeesAndWaivers,
        ),
        (
            h.contains("复议") || h.contains("诉讼"),
            Content2008::ReviewLitigation,
        ),
        (
            h.contains("问题")
                && ["改进", "措施", "打算", "下一步"]
                    .iter()
                    .any(|w| h.contains(w)),
            Content2008::Problems,
        ),
        (
            h.contains("其他需要报告") || h.contains("其它需要报告"),
            Content2008::OtherMatters,
        ),
    ];
    let mut found = candidates.iter().filter(|(hit, _)| *hit).map(|(_, c)| *c);
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The key figure a figure's label names, if any.
fn key_of(label: &str, unit: Option<&str>) -> Option<KeyFigure> {
    let money = matches!(unit, Some("元" | "万元"));
    if label.contains("申请")
        && ["收到", "受理", "接到", "收"]
            .iter()
            .any(|w| label.contains(w))
    {
        Some(KeyFigure::ApplicationsReceived)
    } else if label.contains("复议") && !label.contains("诉讼") {
        Some(KeyFigure::Reviews)
    } else if (label.contains("诉讼") || label.contains("应诉")) && !label.contains("复议") {
        Some(KeyFigure::Lawsuits)
    } else if money && (label.contains("收取") || label.contains("收费")) {
        Some(KeyFigure::FeesCollected)
    } else if unit == Some("人") && label.contains("人员") {
        Some(KeyFigure::DisclosureStaff)
    } else {
        None
    }
}

/// The phrases that state there were none of something.
const NONE_STATED: &[&str] = &[
    "未接到",
    "未收到",
    "没有收到",
    "没有接到",
    "未发生",
    "没有发生",
    "未受理",
    "未收取",
    "没有收取",
    "未产生",
    "没有产生",
];

/// Key figures stated as none: "未接到…申请", "没有发生…行政复议", "没有收取…费用". Items
/// listed together are each stated as none: "未发生因政府信息公开而出现的行政复议、行政诉讼
/// 等情况" is two figures, the second with the words the first opens with up to its last 的
/// ("因政府信息公开而出现的行政诉讼").
fn none_stated(clause: &str, keys_taken: &mut Vec<KeyFigure>) -> Vec<Figure> {
    let Some((at, phrase)) = NONE_STATED
        .iter()
        .filter_map(|p| clause.find(p).map(|at| (at, *p)))
        .min_by_key(|(at, _)| *at)
    else {
        return Vec::new();
    };
    let object = clause[at + phrase.len()..].trim();
    let object = ["等情况", "的情况", "情况", "等"]
        .iter()
        .fold(object, |o, end| o.strip_suffix(end).unwrap_or(o))
        .trim();
    let mut items = object.split('、');
    let first = items.next().unwrap_or("").trim();
    let shared = first
        .rfind('的')
        .map_or("", |i| &first[..i + '的'.len_utf8()]);
    let labels = std::iter::once(first.to_owned())
        .chain(items.map(|item| format!("{shared}{}", item.trim())));
    let Ok(zero) = ExactDecimal::from_str("0") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for label in labels {
        if label.is_empty() || label.chars().count() > 40 {
            continue;
        }
        let key = if label.contains("复议") {
            KeyFigure::Reviews
        } else if label.contains("诉讼") {
            KeyFigure::Lawsuits
        } else if label.contains("申请") {
            KeyFigure::ApplicationsReceived
        } else if label.contains('费') {
            KeyFigure::FeesCollected
        } else {
            continue;
        };
        if keys_taken.contains(&key) {
            continue;
        }
        keys_taken.push(key);
        let unit = UNITS
            .iter()
            .find(|u| u.chars().count() == 1 && label.ends_with(**u))
            .map(|u| (*u).to_owned());
        out.push(Figure {
            label,
            printed: phrase.to_owned(),
            value: zero,
            unit,
            qualifier: Qualifier::Exact,
            key: Some(key),
            parts: Vec::new(),
        });
    }
    out
}

/// The figures stated in a part's text, in order.
pub(crate) fn figures(text: &str, keys_taken: &mut Vec<KeyFigure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    for sentence in text.split(['。', '；', ';', '\n']) {
        // "全年未接到政府信息依申请公开件": a statement that there were none.
        for clause in sentence.split(['，', ',']) {
            out.extend(none_stated(clause, keys_taken));
        }
        // The figure a "其中" in this sentence breaks down.
        let mut whole: Option<usize> = None;
        let mut breakdown = false;
        let chars: Vec<(usize, char)> = sentence.char_indices().collect();
        let mut label_from = 0usize; // byte offset where the current clause starts
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            if is_break(c) {
                label_from = at + c.len_utf8();
                if sentence[label_from..].starts_with("其中") {
                    if let Some(last) = out.len().checked_sub(1) {
                        whole = Some(last);
                        breakdown = true;
                    }
                }
                i += 1;
                continue;
            }
            // "千余份": a magnitude alone before 余, with no number of its own before it.
            let magnitude = match c {
                '十' => Some("10"),
                '百' => Some("100"),
                '千' => Some("1000"),
                '万' => Some("10000"),
                _ => None,
            }
            .filter(|_| {
                chars.get(i + 1).is_some_and(|n| n.1 == '余')
                    && !sentence[..at].chars().next_back().is_some_and(|b| {
                        b.is_ascii_digit() || "一二三四五六七八九十百千万两几数零".contains(b)
                    })
            });
            if !c.is_ascii_digit() && magnitude.is_none() {
                i += 1;
                continue;
            }
            // A number: digits, then an optional decimal part; or the magnitude.
            let start = i;
            if magnitude.is_some() {
                i += 1;
            }
            while i < chars.len() && chars[i].1.is_ascii_digit() {
                i += 1;
            }
            if i + 1 < chars.len() && chars[i].1 == '.' && chars[i + 1].1.is_ascii_digit() {
                i += 1;
                while i < chars.len() && chars[i].1.is_ascii_digit() {
                    i += 1;
                }
            }
            let number_start = chars[start].0;
            let number_end = chars.get(i).map_or(sentence.len(), |c| c.0);
            let number = magnitude.unwrap_or(&sentence[number_start..number_end]);
            let before = sentence[..number_start].chars().last();
            let rest = &sentence[number_end..];
            // Not a figure: part of a word, a date, an ordinal, a code or a telephone number.
            let glued = before.is_some_and(|b| b.is_ascii_alphanumeric() || "-—/.第".contains(b))
                || rest
                    .starts_with(|c: char| c.is_ascii_alphabetic() || "-—/年月日号时".contains(c))
                || number.len() > 12;
            if glued {
                continue;
            }
            let (qualifier, after) =
                match rest.strip_prefix('余').or_else(|| rest.strip_prefix('多')) {
                    Some(after) => (Qualifier::MoreThan, after),
                    None => (Qualifier::Exact, rest),
                };
            // One space may stand between a number and its unit ("78.4 万户").
            let spaced = after.strip_prefix(' ').filter(|a| !a.starts_with(' '));
            let after = match spaced {
                Some(a) if qualifier == Qualifier::Exact => a,
                _ => after,
            };
            let Some(unit) = UNITS.iter().find(|u| after.starts_with(**u)) else {
                continue;
            };
            let about = ["约", "近", "大约"]
                .iter()
                .find(|w| sentence[..number_start].ends_with(**w));
            let qualifier = if about.is_some() {
                Qualifier::About
            } else {
                qualifier
            };
            let printed_start = number_start - about.map_or(0, |w| w.len());
            let printed_end = number_end + (rest.len() - after.len()) + unit.len();
            let Ok(value) = ExactDecimal::from_str(number) else {
                continue;
            };
            let mut label = sentence[label_from..printed_start].trim();
            while let Some(rest) = OPENERS.iter().find_map(|o| label.strip_prefix(o)) {
                label = rest.trim();
            }
            // "推发信息共计71篇": the words before the number that only say "in all".
            for filler in ["共计", "合计", "累计", "总计", "共", "达", "为"] {
                label = label.strip_suffix(filler).unwrap_or(label).trim();
            }
            label_from = printed_end;
            if label.is_empty() || label.chars().count() > 40 {
                continue;
            }
            let unit = unit.trim_start_matches('余');
            let mut figure = Figure {
                label: label.to_owned(),
                printed: sentence[printed_start..printed_end].to_owned(),
                value,
                unit: Some(unit.to_owned()),
                qualifier,
                key: None,
                parts: Vec::new(),
            };
            match whole {
                Some(w) if breakdown => out[w].parts.push(figure),
                _ => {
                    if let Some(key) = key_of(label, Some(unit)) {
                        if !keys_taken.contains(&key) {
                            keys_taken.push(key);
                            figure.key = Some(key);
                        }
                    }
                    out.push(figure);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(figures: &[Figure]) -> Vec<String> {
        figures
            .iter()
            .map(|f| {
                let parts: Vec<String> = shown(&f.parts);
                format!(
                    "{}={} [{}] {} {:?}{}{}",
                    f.label,
                    f.value,
                    f.printed,
                    f.unit.as_deref().unwrap_or(""),
                    f.qualifier,
                    f.key.map_or(String::new(), |k| format!(" key={}", k.id())),
                    if parts.is_empty() {
                        String::new()
                    } else {
                        format!(" parts({})", parts.join("; "))
                    }
                )
            })
            .collect()
    }

    #[test]
    fn figures_with_qualifiers_and_a_breakdown() {
        let mut keys = Vec::new();
        let f = figures(
            "全年共主动公开政府信息992条，其中门户网站341条、微博微信132条。开展宣传20余场次，约3万元用于宣传。",
            &mut keys,
        );
        assert_eq!(
            shown(&f),
            [
                "主动公开政府信息=992 [992条] 条 Exact parts(门户网站=341 [341条] 条 Exact; 微博微信=132 [132条] 条 Exact)",
                "开展宣传=20 [20余场次] 场次 MoreThan",
            ]
        );
    }

    #[test]
    fn a_magnitude_alone_a_spaced_unit_and_openers_in_a_row() {
        let mut keys = Vec::new();
        let f = figures(
            "发送宣传单千余份，一千余人参加，充值户数78.4 万户，全年共计公开政府信息992条，推送1200余篇次。",
            &mut keys,
        );
        assert_eq!(
            shown(&f),
            [
                "发送宣传单=1000 [千余份] 份 MoreThan",
                "充值户数=78.4 [78.4 万户] 万户 Exact",
                "公开政府信息=992 [992条] 条 Exact",
                "推送=1200 [1200余篇次] 篇次 MoreThan",
            ]
        );
        // Two spaces, or a space after 余, part the number from what follows.
        assert!(figures("户数78.4  万户。推送12余 篇。", &mut keys).is_empty());
    }

    /// A label is at most 40 characters: a longer clause is prose, not a figure's label.
    #[test]
    fn a_label_is_at_most_forty_characters() {
        let long = |n: usize| format!("{}申请", "甲".repeat(n - 2));
        let mut keys = Vec::new();
        assert_eq!(
            figures(&format!("未收到{}。", long(40)), &mut keys).len(),
            1
        );
        let mut keys = Vec::new();
        assert!(figures(&format!("未收到{}。", long(41)), &mut keys).is_empty());
        let mut keys = Vec::new();
        assert_eq!(figures(&format!("{}12件。", long(40)), &mut keys).len(), 1);
        assert!(figures(&format!("{}12件。", long(41)), &mut keys).is_empty());
    }

    #[test]
    fn items_stated_none_together_are_each_a_figure() {
        let mut keys = Vec::new();
        let f = figures(
            "未发生因政府信息公开而出现的行政复议、行政诉讼等情况。",
            &mut keys,
        );
        assert_eq!(
            shown(&f),
            [
                "因政府信息公开而出现的行政复议=0 [未发生]  Exact key=reviews",
                "因政府信息公开而出现的行政诉讼=0 [未发生]  Exact key=lawsuits",
            ]
        );
        // Without a 的, each item stands alone; an item that names no key figure is left.
        let mut keys = Vec::new();
        let f = figures("全年未收到政府信息公开申请、咨询、行政诉讼。", &mut keys);
        assert_eq!(
            shown(&f),
            [
                "政府信息公开申请=0 [未收到]  Exact key=applications_received",
                "行政诉讼=0 [未收到]  Exact key=lawsuits",
            ]
        );
    }

    #[test]
    fn key_figures_are_marked_once() {
        let mut keys = Vec::new();
        let f = figures(
            "共收到政府信息公开申请28件，受理申请28件。行政诉讼1起。",
            &mut keys,
        );
        assert_eq!(
            shown(&f),
            [
                "收到政府信息公开申请=28 [28件] 件 Exact key=applications_received",
                "受理申请=28 [28件] 件 Exact",
                "行政诉讼=1 [1起] 起 Exact key=lawsuits",
            ]
        );
    }

    #[test]
    fn a_statement_that_there_were_none_is_a_key_figure_of_zero() {
        let mut keys = Vec::new();
        let f = figures(
            "全年未接到政府信息依申请公开件。全年没有发生因政府信息公开申请行政复议，全年没有发生政府信息公开行政诉讼案。",
            &mut keys,
        );
        assert_eq!(
            shown(&f),
            [
                "政府信息依申请公开件=0 [未接到] 件 Exact key=applications_received",
                "因政府信息公开申请行政复议=0 [没有发生]  Exact key=reviews",
                "政府信息公开行政诉讼案=0 [没有发生]  Exact key=lawsuits",
            ]
        );
    }

    #[test]
    fn a_review_or_a_lawsuit_is_keyed_only_when_the_label_names_one_of_them() {
        let mut keys = Vec::new();
        let f = figures(
            "因政府信息公开申请行政复议2起。行政复议和行政诉讼共3起。",
            &mut keys,
        );
        assert_eq!(
            shown(&f),
            [
                "因政府信息公开申请行政复议=2 [2起] 起 Exact key=reviews",
                "行政复议和行政诉讼=3 [3起] 起 Exact",
            ]
        );
    }

    #[test]
    fn a_number_of_twelve_digits_is_read_and_a_longer_one_is_not() {
        let mut keys = Vec::new();
        let f = figures("访问量123456789012次。访问量1234567890123次。", &mut keys);
        assert_eq!(shown(&f), ["访问量=123456789012 [123456789012次] 次 Exact"]);
        // A number that ends the text with a full stop after it is no figure, and no panic.
        assert!(figures("收到申请12.", &mut keys).is_empty());
    }

    #[test]
    fn dates_ordinals_and_telephone_numbers_are_not_figures() {
        let mut keys = Vec::new();
        let f = figures(
            "2018年1月1日起，第3次会议，电话0376-6225121，网址www.xy12.gov.cn。",
            &mut keys,
        );
        assert!(f.is_empty(), "{:?}", shown(&f));
    }

    #[test]
    fn a_heading_serves_the_content_it_names() {
        assert_eq!(
            serves("二、主动公开政府信息情况"),
            Some(Content2008::Proactive)
        );
        assert_eq!(
            serves("三、依申请公开政府信息情况"),
            Some(Content2008::OnRequest)
        );
        assert_eq!(
            serves("四、因政府信息公开申请行政复议、提起行政诉讼的情况"),
            Some(Content2008::ReviewLitigation)
        );
        assert_eq!(serves("一、概述"), None);
    }
}
