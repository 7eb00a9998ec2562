//! A report crawled into one line: where the line breaks into the lines it was printed as.
//!
//! A crawler that saves a page's text can put the whole report on one line, every table
//! cell run together ("一、本年新收政府信息公开申请数量 713000074二、上年结转…"). The reader
//! needs the part headings on lines of their own, and each table row on a line of its own
//! (its label with the digits after it). So the line breaks before each part heading, after
//! it, and, inside a part with a table, before each row label of that table. A row label is
//! taken where the catalogue's label starts; digits that run into the next label's
//! numbering ("00000002.其他法律…") stay with the label they number. A report under the 2008
//! regulation has no such table: its line breaks before and after each of its part headings,
//! numbered in order, where the heading's words end ("五、主要问题和改进措施虽然，…"). Nothing
//! is dropped: the pieces cover the line, and the spans of what is read from them point into
//! it.

use crate::catalogue::Part;
use crate::layout::label::{Label, Matcher, Scope, normalize};

/// A line shorter than this is never a whole report.
const MIN_LINE: usize = 1500;

/// The longest text a part heading or a row label is looked for in, in bytes.
const WINDOW: usize = 360;

/// The longest part heading, in characters (as `outline` takes one on a line of its own).
const MAX_HEADING: usize = 60;

/// The row labels of part 三 that mark a line as a report of the 2019 or 2021 format: its
/// table prints 26 rows or more, prose names a few of them at most.
const MIN_REQUEST_ROWS: usize = 8;

/// Where a line that holds a whole report breaks, as byte offsets into it (each the start of
/// a piece; the first piece starts at 0). `None` for a line that is not a report run into one
/// line: shorter than 1,500 bytes, or with fewer than three part headings.
///
/// A line with the headings of the 2019 and 2021 formats and the rows of a part 三 table
/// breaks at those headings and rows. Otherwise a line with three 2008-era part headings in
/// order ("一、概述…二、主动公开政府信息情况…") breaks before and after each of them
/// ([`heading_2008`]); failing those, a line with three later-format headings breaks at them.
pub(crate) fn breaks(body: &str) -> Option<Vec<usize>> {
    if body.len() < MIN_LINE {
        return None;
    }
    let later = later_formats(body);
    if later.headings >= 3 && later.request_rows >= MIN_REQUEST_ROWS {
        return Some(later.cuts);
    }
    era_2008(body).or_else(|| (later.headings >= 3).then_some(later.cuts))
}

/// Where a line breaks as a report of the 2019 or 2021 format, and what it found.
struct Later {
    cuts: Vec<usize>,
    headings: usize,
    /// Row labels of part 三 found.
    request_rows: usize,
}

/// The breaks of a 2019 or 2021 report: before each part heading, after it, and, inside a
/// part with a table, before each row label of that table.
fn later_formats(body: &str) -> Later {
    let m = Matcher::get();
    let mut cuts = vec![0];
    let mut headings = 0;
    let mut request_rows = 0;
    let mut part: Option<Part> = None;
    // Whether a character opens a label of the scope in hand, as found.
    let mut opens = Opens::default();
    let mut at = 0;
    while at < body.len() {
        let rest = &body[at..];
        if let Some((len, next)) = heading_at(m, rest).filter(|(_, p)| part.is_none_or(|q| *p > q))
        {
            headings += 1;
            part = Some(next);
            cuts.push(at);
            cuts.push(at + len);
            at += len;
            continue;
        }
        let scope = match part {
            Some(Part::Proactive) => Some(Scope::PROACTIVE),
            Some(Part::Requests) => Some(Scope::REQUEST_ROWS),
            Some(Part::ReviewLitigation) => Some(Scope::REVIEW),
            _ => None,
        };
        if let Some(scope) = scope {
            if let Some(len) = label_at(m, rest, scope, &mut opens) {
                request_rows += usize::from(part == Some(Part::Requests));
                cuts.push(at);
                at += len;
                continue;
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    Later {
        cuts: tidy(cuts, body.len()),
        headings,
        request_rows,
    }
}

/// The breaks of a 2008-era report on one line: before and after each of its part headings
/// numbered in order from "一、", when there are three or more.
fn era_2008(body: &str) -> Option<Vec<usize>> {
    let mut cuts = vec![0];
    let mut next = 1;
    for (at, _) in body.match_indices('、') {
        let Some(start) = numeral_start(body, at) else {
            continue;
        };
        if !opens_heading(&body[..start]) {
            continue;
        }
        let Some((number, len)) = heading_2008(&body[start..]) else {
            continue;
        };
        if number == next {
            cuts.push(start);
            cuts.push(start + len);
            next += 1;
        } else if number == 1 && next == 2 {
            // "一、" again before any "二、": the first was named in the text before the
            // report's parts ("内容包括：一、概述；…"), and this one opens them.
            cuts.truncate(1);
            cuts.push(start);
            cuts.push(start + len);
        }
    }
    (next > 3).then(|| tidy(cuts, body.len()))
}

/// A 2008-era part heading at the start of the text: its number and its length in bytes.
fn heading_2008(text: &str) -> Option<(usize, usize)> {
    super::regulation_2008::run_on_heading(text)
}

/// Where the Chinese numeral before the "、" at `at` starts ("三、", "十二、"): one or two
/// numerals, not inside a longer run of them.
fn numeral_start(body: &str, at: usize) -> Option<usize> {
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let mut start = at;
    for c in body[..at].chars().rev().take(2) {
        if !numeral(c) {
            break;
        }
        start -= c.len_utf8();
    }
    let longer = body[..start].chars().next_back().is_some_and(numeral);
    (start < at && !longer).then_some(start)
}

/// Whether a heading can start after this text: at the start of the line, after white
/// space, after a sentence's end ("。", "！", "？", also inside closing quotes or brackets,
/// "。”"), after the colon that opens the report ("现报告如下：一、概述"), or after a table's
/// last number. Not inside a sentence ("围绕一、二、三产业"), nor after "，" or "；", where a
/// list goes on ("…；二、完善制度").
fn opens_heading(before: &str) -> bool {
    let mut chars = before.chars().rev();
    let Some(last) = chars.next() else {
        return true;
    };
    let sentence_end = |c: char| "。！？!?".contains(c);
    last.is_whitespace()
        || sentence_end(last)
        || "：:".contains(last)
        || last.is_ascii_digit()
        || last == '%'
        || "”’」』）)".contains(last) && chars.next().is_some_and(sentence_end)
}

/// The cuts in order, each once, none at the line's end.
fn tidy(mut cuts: Vec<usize>, len: usize) -> Vec<usize> {
    cuts.retain(|c| *c < len);
    cuts.dedup();
    cuts
}

/// A part heading at the start of the text ("二、主动公开政府信息情况"): its length in bytes.
fn heading_at(m: &Matcher, text: &str) -> Option<(usize, Part)> {
    let mut chars = text.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    // (A match, not a search of a string: this is asked at every character of the line.)
    if second != '、' || !matches!(first, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八')
    {
        return None;
    }
    let window = &text[..floor_boundary(text, WINDOW)];
    // A part heading is at most 60 characters long, as on a line of its own.
    let heading = window
        .char_indices()
        .nth(MAX_HEADING)
        .map_or(window, |(at, _)| &window[..at]);
    heading_exact(m, heading).or_else(|| {
        // The shortest start that names a part by its words, when no known heading is printed.
        // Such a start ends in 情况, 事项 or 问题: a start that ends otherwise, or in white
        // space (read as the start before it), is not read again.
        window
            .char_indices()
            .take(40)
            .filter(|(_, c)| matches!(c, '况' | '项' | '题'))
            .map(|(i, c)| i + c.len_utf8())
            .find_map(|end| Some((end, super::outline::keyword_part(&window[..end])?)))
    })
}

/// The longest start of the text that is a known part heading. The starts are folded a
/// character at a time (a character's fold depends only on the folded text before it), so
/// the window is folded once, not once for each start.
fn heading_exact(m: &Matcher, window: &str) -> Option<(usize, Part)> {
    let mut folded = String::with_capacity(window.len());
    let mut found = None;
    for (i, c) in window.char_indices() {
        let end = i + c.len_utf8();
        crate::layout::label::normalize_onto(&window[i..end], &mut folded);
        if end <= 6 {
            continue;
        }
        if let Some(Label::Part(part)) = m.find_normalized(&folded, Scope::PARTS).map(|h| h.label) {
            found = Some((end, part));
        }
    }
    found
}

/// Which characters open a label of a scope: each is folded and looked up once a line.
/// With the buffers a label is folded into, kept for the line.
#[derive(Default)]
struct Opens {
    scope: Option<Scope>,
    chars: crate::layout::label::FastMap<char, bool>,
    /// The window folded so far.
    normalized: String,
    /// After each character of the window folded: the folded length, and the printed end.
    ends: Vec<(usize, usize)>,
}

/// A row label of the scope at the start of the text: its length in bytes, as printed.
/// `opens` remembers which characters open a label of the scope.
fn label_at(m: &Matcher, text: &str, scope: Scope, opens: &mut Opens) -> Option<usize> {
    let window = &text[..floor_boundary(text, WINDOW)];
    let first = window.chars().next()?;
    // A label opens with its numbering or a Han character, never with a digit run's middle.
    if first.is_whitespace() {
        return None;
    }
    // Most characters start no label: they are turned away before the window is folded. A
    // digit before another digit is inside a run of them (no label is numbered past 9).
    if first.is_ascii_digit() && window[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if opens.scope != Some(scope) {
        opens.scope = Some(scope);
        opens.chars.clear();
    }
    let open = *opens.chars.entry(first).or_insert_with(|| {
        let mut one = [0u8; 4];
        let opening = normalize(first.encode_utf8(&mut one));
        opening.is_empty() || m.is_prefix_normalized(&opening, scope)
    });
    if !open {
        return None;
    }
    // The window folded only as far as a label can reach: until the folded text starts no
    // label (unless a pinyin gloss, which the fold drops once closed, is being read), or is
    // longer than any label.
    let Opens {
        normalized, ends, ..
    } = opens;
    normalized.clear();
    ends.clear();
    for (i, c) in window.char_indices() {
        crate::layout::label::normalize_onto(&window[i..i + c.len_utf8()], normalized);
        ends.push((normalized.len(), i + c.len_utf8()));
        // (Han first: most characters are, and tell so without the table of letters.)
        let in_gloss = matches!(c, '(' | '（')
            || !crate::layout::label::is_han(c) && c.is_alphabetic() && !c.is_ascii_digit();
        if normalized.len() > m.longest()
            || !normalized.is_empty() && !in_gloss && !m.is_prefix_normalized(normalized, scope)
        {
            break;
        }
    }
    let (len, _) = m.longest_label_at(normalized, scope)?;
    // The printed length of the label's first `len` normalized bytes: where the fold first
    // reached them (a character's fold depends only on the folded text before it; the
    // whole fold reached them).
    ends.iter()
        .find(|(folded, _)| *folded >= len)
        .map(|(_, end)| *end)
}

fn floor_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{breaks, floor_boundary};

    #[test]
    fn a_window_ends_at_the_character_boundary_at_or_before_its_length() {
        assert_eq!(floor_boundary("一二三", 4), 3);
        assert_eq!(floor_boundary("一二三", 6), 6);
        assert_eq!(floor_boundary("一二三", 9), 9);
        assert_eq!(floor_boundary("abc", 360), 3);
    }

    #[test]
    fn a_report_on_one_line_breaks_at_headings_and_row_labels() {
        let filler = "。".repeat(600);
        let line = format!(
            "一、总体情况 概述{filler}二、主动公开政府信息情况规章000行政规范性文件8855698 \
             三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量 713000074\
             二、上年结转政府信息公开申请数量 1000001 （一）予以公开 210000021\
             1.属于国家秘密 0000000 2.其他法律行政法规禁止公开 0000000\
             3.危及“三安全一稳定” 0000000 4.保护第三方合法权益 0000000\
             （七）总计 723000075\
             四、政府信息公开行政复议、行政诉讼情况行政复议 0 1 1 0 2 未经复议直接起诉 1 0 0 0 1 \
             九、其他需要报告的事项"
        );
        let cuts = breaks(&line).unwrap();
        let pieces: Vec<&str> = cuts
            .iter()
            .zip(cuts.iter().skip(1).chain([&line.len()]))
            .map(|(a, b)| line[*a..*b].trim())
            .filter(|p| !p.starts_with("概述"))
            .collect();
        assert_eq!(
            pieces,
            [
                "一、总体情况",
                "二、主动公开政府信息情况",
                "规章000",
                "行政规范性文件8855698",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量 713000074",
                "二、上年结转政府信息公开申请数量 1000001",
                "（一）予以公开 210000021",
                "1.属于国家秘密 0000000",
                "2.其他法律行政法规禁止公开 0000000",
                "3.危及“三安全一稳定” 0000000",
                "4.保护第三方合法权益 0000000",
                "（七）总计 723000075",
                "四、政府信息公开行政复议、行政诉讼情况",
                "行政复议 0 1 1 0 2",
                "未经复议直接起诉 1 0 0 0 1 九、其他需要报告的事项",
            ]
        );
        // A heading that ends the line leaves no empty piece after it.
        let ends = format!("{line}六、其他需要报告的事项");
        let cuts = breaks(&ends).unwrap();
        assert_eq!(cuts.last(), ends.rfind("六、").as_ref());
        // A part's heading printed again is no new part: only headings in order break.
        let again = format!("{line} 四、政府信息公开行政复议、行政诉讼情况 0 0 0");
        let second = again.rfind("四、").unwrap();
        assert!(!breaks(&again).unwrap().contains(&second));
        // 1,500 bytes is long enough; one byte less is not.
        let three = "一、总体情况二、主动公开政府信息情况三、收到和处理政府信息公开申请情况";
        let at_limit = format!("{three}{}", "a".repeat(1500 - three.len()));
        assert_eq!(breaks(&at_limit).map(|c| c.len()), Some(4));
        assert_eq!(breaks(&at_limit[..1499]), None);
        // Short, or with fewer than three headings: not a report on one line.
        assert_eq!(breaks("二、主动公开政府信息情况规章000"), None);
        assert_eq!(breaks(&format!("一、总体情况{filler}")), None);
    }

    /// The pieces of a line as `breaks` cuts it.
    fn pieces(line: &str) -> Option<Vec<&str>> {
        let cuts = breaks(line)?;
        let ends = cuts.iter().skip(1).copied().chain([line.len()]);
        Some(cuts.iter().zip(ends).map(|(a, b)| &line[*a..b]).collect())
    }

    #[test]
    fn a_2008_era_report_on_one_line_breaks_at_its_part_headings_in_order() {
        let filler = "工作。".repeat(200);
        let line = format!(
            "某局2012年政府信息公开工作年度报告。现报告如下：一、概述围绕一、二、三产业公开。\
             {filler}二、主动公开政府信息的情况全年公开356条。主要做法：一、网站发布；\
             二、公开栏张贴。三、强化督查落实。三、依申请公开政府信息情况全年受理12件。\
             三、依申请公开情况未收到申请。五、其它需要报告的事项无。\
             四、存在的主要问题及下一步工作打算一是公开不够全面。"
        );
        assert_eq!(
            pieces(&line).unwrap(),
            [
                "某局2012年政府信息公开工作年度报告。现报告如下：",
                "一、概述",
                &format!("围绕一、二、三产业公开。{filler}"),
                "二、主动公开政府信息的情况",
                "全年公开356条。主要做法：一、网站发布；二、公开栏张贴。三、强化督查落实。",
                "三、依申请公开政府信息情况",
                // A part's number again, or out of order, is the text's.
                "全年受理12件。三、依申请公开情况未收到申请。五、其它需要报告的事项无。",
                "四、存在的主要问题及下一步工作打算",
                "一是公开不够全面。",
            ]
        );
        // "一、" again before any "二、": the first was named before the parts began.
        let named = format!("内容包括：一、概述；二、问题。{line}");
        let cut = pieces(&named).unwrap();
        assert_eq!(
            cut[0],
            format!("内容包括：一、概述；二、问题。{}", cut_before(&line))
        );
        assert_eq!(cut[1], "一、概述");
        // Fewer than three headings in order: the line is left whole.
        let two = line[..line.find("三、依申请公开政府信息情况").unwrap()].to_owned();
        assert_eq!(breaks(&format!("{two}{filler}")), None);
        // Numbered items after "；" or "，", inside a sentence, or naming no part's subject
        // are a list, not headings.
        let list = format!(
            "主要做法：一、主动公开情况良好；二、依申请公开情况良好，三、复议诉讼情况平稳。\
             {filler}一、加强组织领导。二、完善制度建设。三、强化监督检查。围绕一、二、三、四产业。"
        );
        assert_eq!(breaks(&list), None);
    }

    /// The text before the first heading of `line`.
    fn cut_before(line: &str) -> &str {
        &line[..line.find("一、概述").unwrap()]
    }
}
