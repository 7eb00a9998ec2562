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
    "个百分点",
    "个月",
    "万平方米",
    "平方米",
    "万人次",
    "万人",
    "万次",
    "人次",
    "件次",
    "小时",
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

/// Words a clause opens with that do not name what a figure counts, stripped as long as one
/// opens it ("全年共计公开…": 全年共计; "我局现有…": 我局). A year ("2018年") and an item
/// number ("（二）", "二是") are stripped the same way.
const OPENERS: &[&str] = &[
    "其中",
    "全年共计",
    "全年共",
    "全年",
    "今年以来",
    "今年",
    "本年度",
    "截至目前",
    "目前",
    "共计",
    "累计",
    "总计",
    "合计",
    "共",
    "另有",
    "还",
    "并",
    "已",
    "我局",
    "本局",
    "我单位",
    "本单位",
    "该",
    "所有",
];

/// Words a label ends with that only join it to its number ("…共计992条", "…达到100%",
/// "…总共为1510天", "占总户数的64.72%"), stripped as long as one ends it.
const JOINERS: &[&str] = &[
    "共计", "合计", "累计", "总计", "总共", "共", "达到", "达", "为", "的",
];

/// Words that end in a joiner and are words of their own: "送达28件" counts what was served.
const NOT_JOINERS: &[&str] = &[
    "公共", "行为", "作为", "成为", "认为", "下达", "传达", "到达", "送达", "表达", "抵达", "目的",
    "有的",
];

/// Words that can follow a unit without being what it counts: "3个工作日内", "100%的",
/// and the words that go on to the next item or the next clause ("3条及批后公示6条").
const POSTPOSITIONS: &[&str] = &[
    "内", "以", "前", "后", "左右", "之", "的", "上下", "和", "及", "与", "并", "或", "等", "均",
    "其中", "分别",
];

/// The longest label kept, in characters.
const MAX_LABEL: usize = 60;

/// Where a clause ends: a figure's label starts after the last of these. An enumeration
/// comma, quotes and brackets stand inside a clause and inside its label.
fn is_break(c: char) -> bool {
    "，,；;：:。！？!?\n".contains(c)
}

/// Where a long label may be cut to fit.
fn is_seam(c: char) -> bool {
    "、“”‘’《》（）()".contains(c)
}

/// A label's words without those that open or close a clause and name nothing.
fn trimmed(label: &str) -> &str {
    let mut label = label.trim();
    loop {
        let before = label;
        if let Some(rest) = OPENERS.iter().find_map(|o| label.strip_prefix(o)) {
            label = rest;
        }
        // A year: "2018年", "2018年度".
        let digits = label.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4 {
            let rest = &label[4..];
            if let Some(rest) = rest
                .strip_prefix("年度")
                .or_else(|| rest.strip_prefix('年'))
            {
                label = rest;
            }
        }
        // An item number: "（二）", "(二)", "一、", and "二是".
        label = crate::layout::label::strip_numbering(label);
        let numeral = |c: char| "一二三四五六七八九十".contains(c);
        let mut chars = label.chars();
        if chars.next().is_some_and(numeral) && chars.next() == Some('是') {
            label = &label['一'.len_utf8() + '是'.len_utf8()..];
        }
        label = label.trim();
        if label == before {
            break;
        }
    }
    loop {
        let before = label;
        if !NOT_JOINERS.iter().any(|w| label.ends_with(w)) {
            if let Some(rest) = JOINERS.iter().find_map(|j| label.strip_suffix(j)) {
                label = rest;
            }
        }
        // A count of the items just named: "…分拣率、答复率三个100%".
        if let Some(rest) = label.strip_suffix('个') {
            if rest.ends_with(|c: char| "两二三四五六七八九十".contains(c)) {
                label = &rest[..rest.len() - '三'.len_utf8()];
            }
        }
        label = label.trim();
        if label == before {
            break;
        }
    }
    label
}

/// The words after a figure's unit when they name what it counts ("20场“网络在线问政”访谈",
/// "9项出厂水常规指标和7项…"): up to the next punctuation, number, or 和/及/与 before a
/// number. Empty when the unit is followed by punctuation or a postposition ("3个工作日内").
fn words_after(rest: &str) -> &str {
    let opens = rest
        .chars()
        .next()
        .is_some_and(|c| crate::layout::label::is_han(c) || "“‘《".contains(c));
    if !opens || POSTPOSITIONS.iter().any(|p| rest.starts_with(p)) {
        return "";
    }
    let mut end = rest.len();
    let mut chars = rest.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let joiner_before_number =
            "和及与".contains(c) && chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
        if is_break(c)
            || c == '、'
            || "（(".contains(c)
            || c.is_ascii_digit()
            || joiner_before_number
        {
            end = at;
            break;
        }
    }
    rest[..end].trim()
}

/// The label cut to at most [`MAX_LABEL`] characters at a seam (an enumeration comma, a
/// quote or a bracket), keeping the words nearest the figure; `None` when no seam gives one.
fn fitted(label: &str) -> Option<&str> {
    if label.chars().count() <= MAX_LABEL {
        return Some(label);
    }
    label
        .char_indices()
        .filter(|(_, c)| is_seam(*c))
        .map(|(at, c)| label[at + c.len_utf8()..].trim())
        .find(|rest| !rest.is_empty() && rest.chars().count() <= MAX_LABEL)
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

/// The article 32 content a part serves by the key figures it states, when its heading names
/// none: "五、政府信息公开机构人员及经费情况" that states the fees collected serves the fees.
/// `None` unless the key figures point to exactly one content.
pub(crate) fn serves_by_figures(figures: &[Figure]) -> Option<Content2008> {
    let mut found = figures.iter().filter_map(|f| match f.key? {
        KeyFigure::ApplicationsReceived => Some(Content2008::OnRequest),
        KeyFigure::Reviews | KeyFigure::Lawsuits => Some(Content2008::ReviewLitigation),
        KeyFigure::FeesCollected => Some(Content2008::FeesAndWaivers),
        KeyFigure::DisclosureStaff => None,
    });
    let first = found.next()?;
    found.all(|c| c == first).then_some(first)
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

/// A statement of none in a clause: the words printed and what there was none of.
/// "未收到…", "未向申请人收取任何费用" (the words up to the verb), "无收费情况" (无).
fn statement(clause: &str) -> Option<(&str, &str)> {
    let phrase = NONE_STATED
        .iter()
        .filter_map(|p| clause.find(p).map(|at| (at, at + p.len())));
    // "未向申请人收取": the party between 未向 and the verb, at most twelve characters.
    let directed = ["未向", "没有向"].iter().filter_map(|opener| {
        let at = clause.find(opener)?;
        let rest = &clause[at..];
        let window: usize = rest
            .chars()
            .take(opener.chars().count() + 12)
            .map(char::len_utf8)
            .sum();
        ["收取", "收到", "接到", "受理"]
            .iter()
            .filter_map(|verb| rest[..window].find(verb).map(|v| at + v + verb.len()))
            .min()
            .map(|end| (at, end))
    });
    if let Some((at, end)) = phrase.chain(directed).min_by_key(|(at, _)| *at) {
        return Some((&clause[at..end], &clause[end..]));
    }
    // "无收费情况": a clause that is 无, what there was none of, and 情况.
    let whole = clause.trim();
    let object = whole.strip_prefix('无')?.strip_suffix("情况")?;
    Some((&whole[..'无'.len_utf8()], object))
}

/// Key figures stated as none: "未接到…申请", "没有发生…行政复议", "没有收取…费用". Items
/// listed together are each stated as none: "未发生因政府信息公开而出现的行政复议、行政诉讼
/// 等情况" is two figures, the second with the words the first opens with up to its last 的
/// ("因政府信息公开而出现的行政诉讼"). No number is printed, so no unit is either.
fn none_stated(clause: &str, keys_taken: &mut Vec<KeyFigure>) -> Vec<Figure> {
    let Some((printed, object)) = statement(clause) else {
        return Vec::new();
    };
    let object = object.trim();
    let object = ["等情况", "的情况", "情况", "等"]
        .iter()
        .fold(object, |o, end| o.strip_suffix(end).unwrap_or(o))
        .trim();
    // "任何形式的申请", "任何关于…的费用": what there was none of, without "any".
    let mut object = object;
    while let Some(rest) = ["任何形式的", "任何", "关于"]
        .iter()
        .find_map(|w| object.strip_prefix(w))
    {
        object = rest.trim();
    }
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
        if label.is_empty() || label.chars().count() > MAX_LABEL {
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
        out.push(Figure {
            label,
            printed: printed.to_owned(),
            value: zero,
            unit: None,
            qualifier: Qualifier::Exact,
            key: Some(key),
            parts: Vec::new(),
        });
    }
    out
}

/// The figure a "其中" breaks down: the last one stated that counts something. A rate
/// ("全文电子化率为100%。其中，政策法规类信息4条") has no items, and a statement of none no
/// number to break down.
fn whole_before(figures: &[Figure]) -> Option<usize> {
    figures
        .iter()
        .rposition(|f| f.unit.as_deref().is_some_and(|u| u != "%" && u != "％"))
}

/// The figures stated in a part's text, in order.
///
/// A figure's label is in the report's words, a span of its text:
/// - the words before the figure, back to the clause's punctuation or the figure before it
///   (past a bracketed note after that figure and one 、, 和, 及 or 与 joining them), less the
///   words that open a clause and name nothing (a year, 全年, 我局, 共计…) and those that only
///   join a name to its number (共计, 达到, 为, 的…);
/// - but the words after the unit when the count comes first ("20场“网络在线问政”访谈工作",
///   "等9项出厂水常规指标");
/// - and, when a clause holds only its figure ("…两支队伍，共计60余人"), the clause before it:
///   the label of its figure, or its words.
///
/// A label longer than 60 characters is cut at a seam near the figure (see [`fitted`]).
pub(crate) fn figures(text: &str, keys_taken: &mut Vec<KeyFigure>) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    for sentence in text.split(['。', '；', ';', '\n']) {
        // "全年未接到政府信息依申请公开件": a statement that there were none.
        for clause in sentence.split(['，', ',']) {
            out.extend(none_stated(clause, keys_taken));
        }
        // The figure a "其中" breaks down: the one before it, in this sentence or the last.
        let opens_breakdown = sentence
            .trim_start_matches(|c: char| c.is_whitespace())
            .starts_with("其中");
        let mut whole: Option<usize> = whole_before(&out).filter(|_| opens_breakdown);
        let chars: Vec<(usize, char)> = sentence.char_indices().collect();
        let mut label_from = 0usize; // byte offset where the next label may start
        let mut clause_start = 0usize; // byte offset where the current clause starts
        let mut clause_label: Option<String> = None; // the last figure's label in this clause
        let mut previous_clause: Option<String> = None; // what the clause before names
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            if is_break(c) {
                previous_clause = clause_label.take().or_else(|| {
                    let words = trimmed(&sentence[label_from.min(at)..at]);
                    (!words.is_empty()).then(|| words.to_owned())
                });
                label_from = at + c.len_utf8();
                clause_start = label_from;
                if sentence[label_from..].trim_start().starts_with("其中") {
                    if let Some(last) = whole_before(&out) {
                        whole = Some(last);
                    }
                }
                i += 1;
                continue;
            }
            let magnitude = magnitude_at(&chars, i, sentence);
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
            let named_after = words_after(&sentence[printed_end..]);
            let named_before = trimmed(&sentence[label_from.min(printed_start)..printed_start]);
            let first_in_clause = label_from == clause_start;
            let label = if !named_after.is_empty() {
                Some(named_after)
            } else if !named_before.is_empty() {
                Some(named_before)
            } else if first_in_clause {
                previous_clause.as_deref()
            } else {
                None
            }
            .and_then(fitted)
            .map(str::to_owned);
            let next = next_label_from(sentence, printed_end + named_after.len());
            label_from = next;
            i = chars.partition_point(|(b, _)| *b < next).max(i);
            let Some(label) = label else {
                continue;
            };
            clause_label = Some(label.clone());
            let unit = unit.trim_start_matches('余');
            let figure = Figure {
                printed: sentence[printed_start..printed_end].to_owned(),
                value,
                unit: Some(unit.to_owned()),
                qualifier,
                key: None,
                parts: Vec::new(),
                label,
            };
            push(&mut out, whole, figure, keys_taken);
        }
    }
    out
}

/// "千余份": a magnitude alone before 余, with no number of its own before it.
fn magnitude_at(chars: &[(usize, char)], i: usize, sentence: &str) -> Option<&'static str> {
    let (at, c) = chars[i];
    match c {
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
    })
}

/// Where the next label starts, after a figure and the words after it that name it (from
/// `next` on): past a bracketed note ("4次(每季度监测公开)、") and one word joining the next
/// figure.
fn next_label_from(sentence: &str, mut next: usize) -> usize {
    if let Some(note) = sentence[next..].strip_prefix(['(', '（']) {
        if let Some((close, c)) = note.char_indices().find(|(_, c)| matches!(c, ')' | '）')) {
            next = sentence.len() - note.len() + close + c.len_utf8();
        }
    }
    if let Some(joined) = sentence[next..].strip_prefix(['、', '和', '及', '与']) {
        next = sentence.len() - joined.len();
    }
    next
}

/// A figure read: a part of the whole a "其中" breaks down, or a figure of its own, marked as
/// a key figure when it is the first to name one.
fn push(
    out: &mut Vec<Figure>,
    whole: Option<usize>,
    mut figure: Figure,
    keys_taken: &mut Vec<KeyFigure>,
) {
    match whole {
        Some(w) => out[w].parts.push(figure),
        _ => {
            let unit = figure.unit.clone();
            if let Some(key) = key_of(&figure.label, unit.as_deref()) {
                if !keys_taken.contains(&key) {
                    keys_taken.push(key);
                    figure.key = Some(key);
                }
            }
            out.push(figure);
        }
    }
}

#[cfg(test)]
mod tests;
