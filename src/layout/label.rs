//! Matching printed labels to the rows and columns they name.
//!
//! Real reports print the official labels with variations: 规范性文件 for 行政规范性文件,
//! "1、" or "1．" for "1.", full-width or half-width brackets, spaces inside a label
//! ("商业 企业"), Traditional characters, pinyin glosses left by mirror sites ("數(shù)"),
//! local wordings (现行有效件数（历史累计）, 未审结) and misprints ("其他法律行政止公开").
//! [`normalize`] folds width, whitespace, quotes, numbering style, glosses and script;
//! [`Matcher`] compares the folded text with every known variant and returns what it names,
//! or nothing. It never guesses: a text that could name two things names neither.
//!
//! ```
//! use ogi_report::catalogue::{ApplicantColumn, RequestRow};
//! use ogi_report::layout::label::{Label, Matcher, Scope, normalize};
//!
//! assert_eq!(normalize("（二）部分公开"), normalize("(二) 部分公开"));
//! let m = Matcher::get();
//! assert_eq!(m.find("商业 企业", Scope::ANY).map(|h| h.label), Some(Label::ApplicantColumn(ApplicantColumn::CommercialEnterprise)));
//! assert_eq!(m.find("1、屬於國家秘密", Scope::ANY).map(|h| h.label), Some(Label::RequestRow(RequestRow::StateSecret)));
//! assert_eq!(m.find("总计", Scope::ANY), None); // a column of part 三 or of part 四: names neither
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::catalogue::{
    ApplicantColumn, Part, ProactiveColumn2019, ProactiveColumn2021, ProactiveItem2019,
    ProactiveRow2019, RequestGroup, RequestRow, ReviewBlock, ReviewOutcome, TableText,
};

/// What a printed label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// A part heading.
    Part(Part),
    /// A 第二十条 item heading of part 二 (the 2019 items include every 2021 item).
    Item(ProactiveItem2019),
    /// A part 二 row of either edition (the 2019 rows include every 2021 row).
    ProactiveRow(ProactiveRow2019),
    /// A part 二 column of the 2021 format.
    Column2021(ProactiveColumn2021),
    /// A part 二 column of the 2019 format.
    Column2019(ProactiveColumn2019),
    /// A data row of part 三.
    RequestRow(RequestRow),
    /// A group of part 三 rows.
    RequestGroup(RequestGroup),
    /// An applicant column of part 三.
    ApplicantColumn(ApplicantColumn),
    /// A block of part 四.
    ReviewBlock(ReviewBlock),
    /// An outcome column of part 四.
    ReviewOutcome(ReviewOutcome),
    /// Another fixed text of the tables.
    Text(TableText),
}

/// Which kinds of label a text may name where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope(u16);

impl Scope {
    /// Part headings.
    pub const PARTS: Scope = Scope(1);
    /// Part 二: item headings, rows and columns.
    pub const PROACTIVE: Scope = Scope(2);
    /// Part 三 rows and groups.
    pub const REQUEST_ROWS: Scope = Scope(4);
    /// Part 三 header: applicant columns and header texts.
    pub const REQUEST_HEADER: Scope = Scope(8);
    /// Part 四 header: blocks and outcomes.
    pub const REVIEW: Scope = Scope(16);
    /// Every label of the tables and headings.
    pub const ANY: Scope = Scope(31);

    /// Both scopes.
    pub const fn or(self, other: Scope) -> Scope {
        Scope(self.0 | other.0)
    }

    /// This scope less another.
    pub const fn without(self, other: Scope) -> Scope {
        Scope(self.0 & !other.0)
    }

    const fn has(self, other: Scope) -> bool {
        self.0 & other.0 != 0
    }

    fn admits(self, label: Label) -> bool {
        self.has(Scope::of(label))
    }

    fn of(label: Label) -> Scope {
        match label {
            Label::Part(_) => Scope::PARTS,
            Label::Item(_)
            | Label::ProactiveRow(_)
            | Label::Column2021(_)
            | Label::Column2019(_) => Scope::PROACTIVE,
            Label::RequestRow(_) | Label::RequestGroup(_) => Scope::REQUEST_ROWS,
            Label::ApplicantColumn(_) => Scope::REQUEST_HEADER,
            Label::ReviewBlock(_) | Label::ReviewOutcome(_) => Scope::REVIEW,
            Label::Text(TableText::InformationContent) => Scope::PROACTIVE,
            Label::Text(TableText::Litigation) => Scope::REVIEW,
            Label::Text(TableText::Subtotal) => Scope::REQUEST_HEADER.or(Scope::REQUEST_ROWS),
            Label::Text(_) => Scope::REQUEST_HEADER,
        }
    }
}

/// A label found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// What the text names.
    pub label: Label,
    /// The text is a misprint of the label that real reports are known to print.
    pub misprint: bool,
    /// The text matched only once its numbering ("1.", "（三）", "五、") was set aside.
    pub numbering_differs: bool,
}

/// Folds a printed label to the form the matcher compares: full-width ASCII to half-width,
/// no whitespace, no quotes or emphasis marks, "1、"/"1．" numbering as "1.", any other 、 as
/// the "," converters print for it ("逾期不补正, 行政机关"), pinyin glosses after a character
/// removed, Traditional characters to Simplified.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// Runs `f` on the normalized text, in a buffer kept for the thread (no allocation once it
/// is large enough).
pub(crate) fn with_normalized<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    BUFFER.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut b) => {
            normalize_into(text, &mut b);
            f(&b)
        }
        // Called from inside `f`: fall back to a buffer of its own.
        Err(_) => f(&normalize(text)),
    })
}

/// As [`with_normalized`] for a text whose normalized form is at most `cap` bytes long;
/// `None` for a longer one, without folding all of it (a long line of prose is folded only
/// as far as it takes to see it is longer).
fn with_normalized_within<R>(text: &str, cap: usize, f: impl FnOnce(&str) -> R) -> Option<R> {
    BUFFER.with(|buffer| match buffer.try_borrow_mut() {
        Ok(mut b) => (normalize_capped(text, &mut b, cap) && b.len() <= cap).then(|| f(&b)),
        // Called from inside `f`: fall back to a buffer of its own.
        Err(_) => {
            let n = normalize(text);
            (n.len() <= cap).then(|| f(&n))
        }
    })
}

thread_local! {
    /// The buffer [`with_normalized`] folds into, kept for the thread.
    static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// As [`normalize`], into a buffer that is cleared first (no allocation once it is large
/// enough).
pub fn normalize_into(text: &str, out: &mut String) {
    out.clear();
    normalize_onto(text, out);
}

/// Folds `text` onto the end of `out`, which holds folded text. Each character's fold
/// depends only on the folded text before it, so that `normalize(a + b)` is `b` folded onto
/// `normalize(a)`: a join of pieces is folded piece by piece, never again from its start.
///
/// Linear in the text: each character is folded once and looks back at most nine characters.
pub(crate) fn normalize_onto(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_onto(c, out);
    }
}

/// As [`normalize_into`], stopping once the folded text is longer than `cap` bytes plus the
/// most a closing gloss can take back ([`GLOSS_BYTES`]): `false` then, and the folded text
/// of the whole would be longer than `cap` too.
///
/// A gloss removed takes the folded text back to just after the Han character before its
/// "(", and what stood before that character is never taken back: so the folded text never
/// gets shorter than it was by more than one gloss, at most [`GLOSS_BYTES`].
fn normalize_capped(text: &str, out: &mut String, cap: usize) -> bool {
    out.clear();
    for c in text.chars() {
        fold_onto(c, out);
        if out.len() > cap + GLOSS_BYTES {
            return false;
        }
    }
    true
}

/// The most bytes a gloss takes back: "(" and eight pinyin letters of at most three bytes.
const GLOSS_BYTES: usize = 1 + 8 * 3;

/// Folds one character onto the end of `out` (see [`normalize_onto`]).
#[inline]
fn fold_onto(c: char, out: &mut String) {
    let c = fold_width(c);
    if c.is_whitespace()
        || matches!(
            c,
            '"' | '\''
                | '“'
                | '”'
                | '‘'
                | '’'
                | '「'
                | '」'
                | '『'
                | '』'
                | '*'
                | '#'
                | '\u{200b}'
                | '\u{feff}'
        )
    {
        return;
    }
    let c = match c {
        '、' if out.ends_with(|p: char| p.is_ascii_digit()) => '.',
        // A list's 、 and a converter's ASCII comma for it ("不补正, 行政机关") read alike.
        '、' => ',',
        '〔' | '【' | '[' => '(',
        '〕' | '】' | ']' => ')',
        // （the full-width '，', '：', '；' were folded to ASCII by `fold_width`)
        _ => simplified(c),
    };
    if c == ')' {
        if let Some(start) = gloss_start(out) {
            out.truncate(start);
            return;
        }
    }
    out.push(c);
}

/// Where a pinyin gloss "(shù)" that follows a Han character starts in `out`, if `out` ends
/// with one (before its closing bracket): the last "(" of `out`, one to eight pinyin letters
/// after it and a Han character before it. Only the last nine characters are looked at: an
/// opening bracket further back has more than eight characters after it.
fn gloss_start(out: &str) -> Option<usize> {
    for (letters, (at, c)) in out.char_indices().rev().enumerate() {
        if c == '(' {
            if letters == 0 {
                return None;
            }
            let before = out[..at].chars().next_back()?;
            return is_han(before).then_some(at);
        }
        if letters == 8 || !is_pinyin_letter(c) {
            return None;
        }
    }
    None
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".contains(c)
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}')
}

/// Full-width ASCII (U+FF01–U+FF5E) to half-width, the ideographic space to a space.
pub(crate) fn fold_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' | '\u{a0}' => ' ',
        _ => c,
    }
}

/// The Simplified form of a Traditional character used in the labels and headings of the
/// reports (the characters of the catalogue and of the common surrounding words).
fn simplified(c: char) -> char {
    // Most characters are none of them, as their bit says without a search.
    let bit = c as usize % TRADITIONAL_BITS_LEN;
    if TRADITIONAL_BITS[bit / 64] & (1 << (bit % 64)) == 0 {
        return c;
    }
    match TRADITIONAL.binary_search_by_key(&c, |(t, _)| *t) {
        Ok(i) => TRADITIONAL[i].1,
        Err(_) => c,
    }
}

/// Traditional → Simplified, sorted by the Traditional character.
const TRADITIONAL: &[(char, char)] = &include!("traditional.in");

/// How many bits [`TRADITIONAL_BITS`] has.
const TRADITIONAL_BITS_LEN: usize = 4096;

/// A bit for each Traditional character of [`TRADITIONAL`], at its code point modulo
/// [`TRADITIONAL_BITS_LEN`]: a character whose bit is clear is none of them.
const TRADITIONAL_BITS: [u64; TRADITIONAL_BITS_LEN / 64] = {
    let mut bits = [0u64; TRADITIONAL_BITS_LEN / 64];
    let mut i = 0;
    while i < TRADITIONAL.len() {
        let bit = TRADITIONAL[i].0 as usize % TRADITIONAL_BITS_LEN;
        bits[bit / 64] |= 1 << (bit % 64);
        i += 1;
    }
    bits
};

/// Sets aside the numbering a label opens with: "1.", "(1)", "(一)", "一、", "第一," are
/// recognised; returns the rest. Full-width brackets ("（二）") count too, for text that
/// is not normalized.
pub(crate) fn strip_numbering(normalized: &str) -> &str {
    let s = normalized;
    let chinese = |c: char| "一二三四五六七八九十".contains(c);
    // "(一)", "(1)", "(七)", "（二）"
    if let Some(rest) = s.strip_prefix(['(', '（']) {
        if let Some((close, bracket)) = rest.char_indices().find(|(_, c)| matches!(c, ')' | '）'))
        {
            let inner = &rest[..close];
            if !inner.is_empty()
                && inner.chars().count() <= 3
                && inner.chars().all(|c| chinese(c) || c.is_ascii_digit())
            {
                return &rest[close + bracket.len_utf8()..];
            }
        }
    }
    // "一、", "五、", "5.", "12."
    let digits: usize = s
        .char_indices()
        .take_while(|(_, c)| chinese(*c) || c.is_ascii_digit())
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    if digits > 0 {
        let rest = &s[digits..];
        for sep in ['、', '.', ',', ')'] {
            if let Some(rest) = rest.strip_prefix(sep) {
                return rest;
            }
        }
    }
    s
}

struct Variant {
    text: String,
    stripped_from: usize,
    label: Label,
    misprint: bool,
}

/// FNV-1a: the matcher's keys are short strings it made itself, so a fast hash fits.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    /// The FNV-1a 64-bit offset basis.
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map hashed with [`Fnv`]: for short keys the crate makes itself, never for text read.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The label matcher over every known variant of every label.
pub struct Matcher {
    variants: Vec<Variant>,
    /// Variant indices by normalized text.
    exact: FastMap<String, Vec<usize>>,
    /// Variant indices by normalized text with the numbering set aside.
    bare: FastMap<String, Vec<usize>>,
    /// Every proper start of a variant (whole or without numbering), with the scopes of the
    /// labels it starts.
    starts: FastMap<String, u16>,
    /// The last character of every variant, with the scopes of the labels it ends: a text
    /// that ends otherwise names no label of a scope, and is not looked up.
    ends: FastMap<char, u16>,
    /// The longest variant, in bytes.
    longest: usize,
}

// The tables are large: their sizes say enough.
impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("variants", &self.variants.len())
            .finish_non_exhaustive()
    }
}

impl Matcher {
    /// The matcher, built once.
    pub fn get() -> &'static Matcher {
        static MATCHER: OnceLock<Matcher> = OnceLock::new();
        MATCHER.get_or_init(Matcher::build)
    }

    /// A matcher that knows no label yet.
    fn empty() -> Matcher {
        Matcher {
            variants: Vec::new(),
            exact: FastMap::default(),
            bare: FastMap::default(),
            starts: FastMap::default(),
            ends: FastMap::default(),
            longest: 0,
        }
    }

    fn build() -> Matcher {
        let mut m = Matcher::empty();
        for part in Part::ALL {
            m.add(part.label(), Label::Part(*part), false);
        }
        m.add(
            "政府信息公开行政复议、行政诉讼情况",
            Label::Part(Part::ReviewLitigation),
            false,
        );
        m.add(
            "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
            Label::Part(Part::ReviewLitigation),
            false,
        );
        m.add(
            "因政府信息公开申请行政复议、提起行政诉讼的情况",
            Label::Part(Part::ReviewLitigation),
            false,
        );
        m.add(
            "存在的主要问题和改进情况",
            Label::Part(Part::Problems),
            false,
        );
        m.add(
            "存在的主要问题及改进措施",
            Label::Part(Part::Problems),
            false,
        );
        m.add("其他需要报告的事项", Label::Part(Part::OtherMatters), false);
        for item in ProactiveItem2019::ALL {
            m.add(item.label(), Label::Item(*item), false);
        }
        for row in ProactiveRow2019::ALL {
            m.add(row.label(), Label::ProactiveRow(*row), false);
        }
        m.add(
            "行政规范性文件",
            Label::ProactiveRow(ProactiveRow2019::NormativeDocuments),
            false,
        );
        for column in ProactiveColumn2021::ALL {
            m.add(column.label(), Label::Column2021(*column), false);
        }
        m.add(
            "现行有效件数（历史累计）",
            Label::Column2021(ProactiveColumn2021::InForce),
            false,
        );
        m.add(
            "本年收费金额（单位：万元，保留4位小数）",
            Label::Column2021(ProactiveColumn2021::Amount),
            false,
        );
        m.add(
            "本年收费金额(万元)",
            Label::Column2021(ProactiveColumn2021::Amount),
            false,
        );
        m.add(
            "本年收费金额",
            Label::Column2021(ProactiveColumn2021::Amount),
            false,
        );
        for column in ProactiveColumn2019::ALL {
            m.add(column.label(), Label::Column2019(*column), false);
        }
        m.add(
            "采购总金额（单位：万元）",
            Label::Column2019(ProactiveColumn2019::TotalAmount),
            false,
        );
        m.add(
            "采购总金额（万元）",
            Label::Column2019(ProactiveColumn2019::TotalAmount),
            false,
        );
        m.add(
            "采购总金额（单位：元）",
            Label::Column2019(ProactiveColumn2019::TotalAmount),
            false,
        );
        m.add(
            "本年增减",
            Label::Column2019(ProactiveColumn2019::ItemsChange),
            false,
        );
        for row in RequestRow::ALL {
            m.add(row.label(), Label::RequestRow(*row), false);
        }
        m.add(
            "（二）部分公开",
            Label::RequestRow(RequestRow::PartiallyDisclosed),
            false,
        );
        m.add(
            "2.其他法律行政法规禁止公开",
            Label::RequestRow(RequestRow::ProhibitedByLaw),
            false,
        );
        m.add(
            "2.其他法律行政止公开",
            Label::RequestRow(RequestRow::ProhibitedByLaw),
            true,
        );
        m.add(
            "2.其他法律行政法规禁止",
            Label::RequestRow(RequestRow::ProhibitedByLaw),
            true,
        );
        m.add(
            "1.申请人无正当理由逾期不补正",
            Label::RequestRow(RequestRow::NoAmendment),
            false,
        );
        m.add(
            "2.申请人逾期未按收费通知要求缴纳费用",
            Label::RequestRow(RequestRow::FeeUnpaid),
            false,
        );
        m.add(
            "四、结转下年度继续办理的政府信息公开申请数量",
            Label::RequestRow(RequestRow::CarriedForward),
            false,
        );
        for group in RequestGroup::ALL {
            m.add(group.label(), Label::RequestGroup(*group), false);
        }
        for column in ApplicantColumn::ALL {
            if *column != ApplicantColumn::OrganizationSubtotal {
                m.add(column.label(), Label::ApplicantColumn(*column), false);
            }
        }
        m.add(
            "其他组织",
            Label::ApplicantColumn(ApplicantColumn::OtherOrganization),
            false,
        );
        for block in ReviewBlock::ALL {
            m.add(block.label(), Label::ReviewBlock(*block), false);
        }
        for outcome in ReviewOutcome::ALL {
            m.add(outcome.label(), Label::ReviewOutcome(*outcome), false);
        }
        m.add(
            "未审结",
            Label::ReviewOutcome(ReviewOutcome::Pending),
            false,
        );
        for text in TableText::ALL {
            m.add(text.label(), Label::Text(*text), false);
        }
        m.add(
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            Label::Text(TableText::BalanceNote),
            false,
        );
        m.add(
            "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和",
            Label::Text(TableText::BalanceNote),
            false,
        );
        m.index();
        m
    }

    fn index(&mut self) {
        for (i, v) in self.variants.iter().enumerate() {
            self.exact.entry(v.text.clone()).or_default().push(i);
            let bare = &v.text[v.stripped_from..];
            self.bare.entry(bare.to_owned()).or_default().push(i);
            self.longest = self.longest.max(v.text.len());
            let scope = Scope::of(v.label).0;
            if let Some(last) = v.text.chars().next_back() {
                *self.ends.entry(last).or_default() |= scope;
            }
            for whole in [v.text.as_str(), bare] {
                for (at, _) in whole.char_indices().skip(1) {
                    *self.starts.entry(whole[..at].to_owned()).or_default() |= scope;
                }
            }
        }
    }

    fn add(&mut self, text: &str, label: Label, misprint: bool) {
        let text = normalize(text);
        let stripped_from = text.len() - strip_numbering(&text).len();
        self.variants.push(Variant {
            text,
            stripped_from,
            label,
            misprint,
        });
    }

    /// The label a text names within a scope, or `None` when it names none or more than one.
    pub fn find(&self, text: &str, scope: Scope) -> Option<Hit> {
        // No text longer than the longest variant names a label: a longer one is not
        // folded to its end.
        with_normalized_within(text, self.longest, |n| self.find_normalized(n, scope)).flatten()
    }

    /// As [`Matcher::find`], for text already passed through [`normalize`].
    pub fn find_normalized(&self, text: &str, scope: Scope) -> Option<Hit> {
        if text.is_empty() || text.len() > self.longest {
            return None;
        }
        // The text, and its part after the numbering, end as a variant they are ends.
        if !text
            .chars()
            .next_back()
            .is_some_and(|c| self.ends_scope(c, scope))
        {
            return None;
        }
        match self.unique(scope, self.exact.get(text)) {
            Found::One(v) => {
                return Some(Hit {
                    label: v.label,
                    misprint: v.misprint,
                    numbering_differs: false,
                });
            }
            Found::Many => return None,
            Found::None => {}
        }
        let bare = strip_numbering(text);
        if bare.is_empty() {
            return None;
        }
        match self.unique(scope, self.bare.get(bare)) {
            Found::One(v) => Some(Hit {
                label: v.label,
                misprint: v.misprint,
                numbering_differs: true,
            }),
            _ => None,
        }
    }

    /// The row a text (already normalized) names under a heading, or a group row, that names
    /// where it stands: under a group of part 三, the one row of that group whose label the
    /// text is, numbering set aside ("其他" under "（六）其他处理" is 3.其他), and "小计" the
    /// group's own row (its group label is returned); under a heading that names a row, that
    /// row's label without its numbering ("总计" under "（七）总计"). `None` when the text names
    /// no such row, or more than one.
    pub(crate) fn find_under(&self, text: &str, heading: Label) -> Option<Hit> {
        let under = |label: Label| match (heading, label) {
            (Label::RequestGroup(g), Label::RequestRow(r)) => {
                g != RequestGroup::Outcomes && r.group() == Some(g)
            }
            (Label::RequestRow(h), Label::RequestRow(r)) => h == r,
            _ => false,
        };
        if text.is_empty() || text.len() > self.longest {
            return None;
        }
        if let Label::RequestGroup(group) = heading {
            let subtotal = self
                .exact
                .get(text)
                .into_iter()
                .flatten()
                .any(|i| self.variants[*i].label == Label::Text(TableText::Subtotal));
            if subtotal && group != RequestGroup::Outcomes {
                return Some(Hit {
                    label: heading,
                    misprint: false,
                    numbering_differs: true,
                });
            }
        }
        let bare = strip_numbering(text);
        let candidates = self
            .exact
            .get(text)
            .into_iter()
            .chain(self.bare.get(bare))
            .flatten()
            .map(|i| &self.variants[*i])
            .filter(|v| under(v.label));
        let mut found: Option<&Variant> = None;
        for v in candidates {
            match found {
                Some(f) if f.label != v.label => return None,
                Some(f) if f.misprint && !v.misprint => found = Some(v),
                Some(_) => {}
                None => found = Some(v),
            }
        }
        found.map(|v| Hit {
            label: v.label,
            misprint: v.misprint,
            numbering_differs: true,
        })
    }

    /// Whether some label in the scope begins with this text (already normalized): the text
    /// may be a label cut by a line break.
    pub fn is_prefix_normalized(&self, text: &str, scope: Scope) -> bool {
        // A start is shorter than the longest variant: a longer text is no start, and is
        // not hashed.
        let start = |t: &str| {
            t.len() < self.longest && self.starts.get(t).is_some_and(|s| s & scope.0 != 0)
        };
        if start(text) {
            return true;
        }
        let bare = strip_numbering(text);
        bare.len() != text.len() && start(bare)
    }

    /// Whether some variant of a label in the scope ends with this character.
    fn ends_scope(&self, c: char, scope: Scope) -> bool {
        self.ends.get(&c).is_some_and(|s| s & scope.0 != 0)
    }

    /// The longest variant, in bytes: no text longer than this names a label, and none as
    /// long starts one.
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }

    fn unique(&self, scope: Scope, candidates: Option<&Vec<usize>>) -> Found<'_> {
        let mut found: Option<&Variant> = None;
        for v in candidates
            .into_iter()
            .flatten()
            .map(|i| &self.variants[*i])
            .filter(|v| scope.admits(v.label))
        {
            match found {
                Some(f) if f.label != v.label => return Found::Many,
                Some(f) if f.misprint && !v.misprint => found = Some(v),
                Some(_) => {}
                None => found = Some(v),
            }
        }
        found.map_or(Found::None, Found::One)
    }

    /// The longest variant in the scope that the (normalized) text begins with, and its
    /// length in bytes: for labels that run into the digits after them.
    ///
    /// The text's starts are tried from the shortest on, and only while they start some
    /// variant: every start of a variant is in `starts`, so no longer one can match once a
    /// start is not. Bounded by the longest variant, whatever the text's length.
    pub(crate) fn longest_label_at(&self, text: &str, scope: Scope) -> Option<(usize, Hit)> {
        let mut found = None;
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            if end > self.longest {
                break;
            }
            let start = &text[..end];
            // Where no variant of the scope ends, `start` is none of them.
            let exact = self
                .ends_scope(c, scope)
                .then(|| self.exact.get(start))
                .flatten();
            if let Found::One(v) = self.unique(scope, exact) {
                found = Some((
                    end,
                    Hit {
                        label: v.label,
                        misprint: v.misprint,
                        numbering_differs: false,
                    },
                ));
            }
            if !self.starts.contains_key(start) {
                break;
            }
        }
        found
    }
}

enum Found<'a> {
    None,
    One(&'a Variant),
    Many,
}

impl Label {
    /// The label's official text.
    pub fn text(self) -> &'static str {
        match self {
            Label::Part(p) => p.label(),
            Label::Item(i) => i.label(),
            Label::ProactiveRow(r) => r.label(),
            Label::Column2021(c) => c.label(),
            Label::Column2019(c) => c.label(),
            Label::RequestRow(r) => r.label(),
            Label::RequestGroup(g) => g.label(),
            Label::ApplicantColumn(c) => c.label(),
            Label::ReviewBlock(b) => b.label(),
            Label::ReviewOutcome(o) => o.label(),
            Label::Text(t) => t.label(),
        }
    }
}

/// `from_label` for a catalogue enum the matcher knows: the entry a printed label names.
macro_rules! from_label {
    ($ty:ident, $scope:expr, $label:ident => $found:expr) => {
        impl crate::catalogue::$ty {
            /// The entry a printed label names, through the label matcher: the variants real
            /// reports print, numbering, width, spaces and script folded. `None` when the text
            /// names no entry, or more than one.
            pub fn from_label(text: &str) -> Option<crate::catalogue::$ty> {
                #[allow(
                    unreachable_patterns,
                    reason = "a label type with one kind of entry has no other arm"
                )]
                match Matcher::get().find(text, $scope)?.label {
                    Label::$label(found) => $found(found),
                    _ => None,
                }
            }
        }
    };
}

from_label!(Part, Scope::PARTS, Part => Some);
from_label!(ProactiveItem2019, Scope::PROACTIVE, Item => Some);
from_label!(ProactiveItem2021, Scope::PROACTIVE, Item => |i: ProactiveItem2019| crate::catalogue::ProactiveItem2021::from_id(i.id()));
from_label!(ProactiveRow2019, Scope::PROACTIVE, ProactiveRow => Some);
from_label!(ProactiveRow2021, Scope::PROACTIVE, ProactiveRow => |r: ProactiveRow2019| crate::catalogue::ProactiveRow2021::from_id(r.id()));
from_label!(ProactiveColumn2021, Scope::PROACTIVE, Column2021 => Some);
from_label!(ProactiveColumn2019, Scope::PROACTIVE, Column2019 => Some);
from_label!(RequestRow, Scope::REQUEST_ROWS, RequestRow => Some);
from_label!(RequestGroup, Scope::REQUEST_ROWS, RequestGroup => Some);
from_label!(ApplicantColumn, Scope::REQUEST_HEADER, ApplicantColumn => Some);
from_label!(ReviewBlock, Scope::REVIEW, ReviewBlock => Some);
from_label!(ReviewOutcome, Scope::REVIEW, ReviewOutcome => Some);
from_label!(TableText, Scope::ANY, Text => Some);

/// `from_label` for a catalogue enum no table prints: its label compared once folded.
macro_rules! from_label_folded {
    ($($ty:path),+) => {
        $(
            impl $ty {
                /// The entry whose official label the text is, once width, spaces, quotes,
                /// numbering style and script are folded.
                pub fn from_label(text: &str) -> Option<$ty> {
                    with_normalized(text, |folded| {
                        <$ty>::ALL.iter().copied().find(|v| normalize(v.label()) == folded)
                    })
                }
            }
        )+
    };
}

from_label_folded!(
    crate::catalogue::Edition,
    crate::catalogue::Content2008,
    crate::catalogue::KeyFigure,
    crate::catalogue::FieldText,
    crate::findings::Rule
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{ProactiveColumn2021 as C21, ProactiveRow2019 as P};

    fn hit(text: &str) -> Option<(Label, bool)> {
        Matcher::get()
            .find(text, Scope::ANY)
            .map(|h| (h.label, h.misprint))
    }

    fn names(text: &str, label: Label) {
        assert_eq!(hit(text), Some((label, false)), "{text:?}");
    }

    #[test]
    fn a_pinyin_gloss_is_dropped_only_after_a_han_character() {
        assert_eq!(normalize("數(shù)據"), "数据");
        assert_eq!(normalize("A(shu)"), "A(shu)");
        assert_eq!(normalize("2(a)"), "2(a)");
        // Full-width punctuation folds to ASCII.
        assert_eq!(normalize("单位：万元，保留；"), "单位:万元,保留;");
    }

    #[test]
    fn numbering_is_a_short_chinese_or_arabic_number_in_brackets() {
        assert_eq!(strip_numbering("(一)予以公开"), "予以公开");
        assert_eq!(strip_numbering("(12)予以公开"), "予以公开");
        // Not numbering: too long, empty, or not a number.
        assert_eq!(strip_numbering("(一二三四)予以公开"), "(一二三四)予以公开");
        assert_eq!(strip_numbering("()予以公开"), "()予以公开");
        assert_eq!(strip_numbering("(区分处理的)x"), "(区分处理的)x");
    }

    #[test]
    fn a_label_start_counts_only_in_its_scope() {
        let m = Matcher::get();
        let start = normalize("结果维");
        assert!(m.is_prefix_normalized(&start, Scope::REVIEW));
        assert!(!m.is_prefix_normalized(&start, Scope::PROACTIVE));
        let numbered = normalize("1.属于国家");
        assert!(m.is_prefix_normalized(&numbered, Scope::REQUEST_ROWS));
        assert!(!m.is_prefix_normalized(&numbered, Scope::REVIEW));
        // Numbered otherwise than the label ("9." for "1."): a start all the same.
        let renumbered = normalize("9.属于国家");
        assert!(m.is_prefix_normalized(&renumbered, Scope::REQUEST_ROWS));
        assert!(!m.is_prefix_normalized(&normalize("9.属于国民"), Scope::REQUEST_ROWS));
        // A numbering of any length set aside; a text as long as the longest label is the
        // start of none.
        let long_numbering = format!("{}.属于国家", "1".repeat(300));
        assert!(m.is_prefix_normalized(&long_numbering, Scope::REQUEST_ROWS));
        let long = "属于国家".repeat(m.longest() / 12 + 1);
        assert!(long.len() >= m.longest());
        assert!(!m.is_prefix_normalized(&long, Scope::ANY));
        assert!(!m.is_prefix_normalized(&format!("1.{long}"), Scope::ANY));
    }

    /// The matcher's hash is FNV-1a 64: its published test values.
    #[test]
    fn the_hash_is_fnv_1a() {
        let hash = |bytes: &[u8]| {
            let mut h = Fnv::default();
            h.write(bytes);
            h.finish()
        };
        assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash(b"foobar"), 0x8594_4171_f739_67e8);
        // Written in two pieces, the same as in one.
        let mut h = Fnv::default();
        h.write(b"foo");
        h.write(b"bar");
        assert_eq!(h.finish(), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_variants_real_reports_print_name_their_row_or_column() {
        names("规范性文件", Label::ProactiveRow(P::NormativeDocuments));
        names("行政规范性文件", Label::ProactiveRow(P::NormativeDocuments));
        for numbered in [
            "1.属于国家秘密",
            "1、属于国家秘密",
            "1．属于国家秘密",
            "1. 属于国家秘密",
        ] {
            names(numbered, Label::RequestRow(RequestRow::StateSecret));
        }
        names("现行有效件数（历史累计）", Label::Column2021(C21::InForce));
        names("现行有效件数 (历史累计)", Label::Column2021(C21::InForce));
        names("本年收费金额（单位：万元）", Label::Column2021(C21::Amount));
        names(
            "本年收费金额(单位:万元,保留4位小数)",
            Label::Column2021(C21::Amount),
        );
        names(
            "本年收费金额（单位：万元，保留4位小数）",
            Label::Column2021(C21::Amount),
        );
        names(
            "法人或其他组织",
            Label::Text(TableText::LegalPersonOrOrganization),
        );
        names("尚未审结", Label::ReviewOutcome(ReviewOutcome::Pending));
        names("未审结", Label::ReviewOutcome(ReviewOutcome::Pending));
        names(
            "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
            Label::Part(Part::ReviewLitigation),
        );
        names(
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
            Label::RequestRow(RequestRow::PartiallyDisclosed),
        );
        names(
            "（二） 部分公开",
            Label::RequestRow(RequestRow::PartiallyDisclosed),
        );
        names(
            "商业 企业",
            Label::ApplicantColumn(ApplicantColumn::CommercialEnterprise),
        );
        names(
            "3.危及\"三安全一稳定\"",
            Label::RequestRow(RequestRow::SecurityAndStability),
        );
        names("本年制發(fā)件數(shù)", Label::Column2021(C21::Issued));
        names("5、 存在的主要问题及改进情况", Label::Part(Part::Problems));
    }

    #[test]
    fn catalogue_entries_from_their_printed_labels() {
        use crate::catalogue::{Edition, ProactiveRow2021, ReviewBlock};
        assert_eq!(
            ProactiveRow2021::from_label("規範性文件"),
            Some(ProactiveRow2021::NormativeDocuments)
        );
        assert_eq!(
            RequestRow::from_label("其他"),
            Some(RequestRow::OtherHandlingOther)
        );
        assert_eq!(
            ApplicantColumn::from_label("其他"),
            Some(ApplicantColumn::OtherOrganization)
        );
        assert_eq!(
            ReviewOutcome::from_label("总计"),
            Some(ReviewOutcome::Total)
        );
        assert_eq!(
            ReviewBlock::from_label("未经复议 直接起诉"),
            Some(ReviewBlock::LitigationDirect)
        );
        assert_eq!(
            Part::from_label("5、存在的主要问题及改进情况"),
            Some(Part::Problems)
        );
        assert_eq!(RequestRow::from_label("规章"), None);
        assert_eq!(
            Edition::from_label(Edition::Format2019.label()),
            Some(Edition::Format2019)
        );
        assert_eq!(Edition::from_label("2019年格式"), None);
    }

    /// When a text is both a misprint and a correct wording of one label (by numbering set
    /// aside), it is the correct wording, whichever was listed first.
    #[test]
    fn a_correct_wording_wins_over_a_misprint_of_the_same_label() {
        let label = Label::RequestRow(RequestRow::ProhibitedByLaw);
        for misprint_first in [false, true] {
            let mut m = Matcher::empty();
            let variants = [("1.甲乙丙", false), ("2.甲乙丙", true)];
            for i in [usize::from(misprint_first), usize::from(!misprint_first)] {
                m.add(variants[i].0, label, variants[i].1);
            }
            m.index();
            let hit = m.find("3.甲乙丙", Scope::ANY).unwrap();
            assert_eq!(
                (hit.label, hit.misprint),
                (label, false),
                "{misprint_first}"
            );
            assert!(hit.numbering_differs);
        }
    }

    #[test]
    fn a_misprint_is_matched_and_marked() {
        assert_eq!(
            hit("2.其他法律行政止公开"),
            Some((Label::RequestRow(RequestRow::ProhibitedByLaw), true))
        );
    }

    #[test]
    fn near_misses_name_nothing() {
        for text in [
            "规章制度",
            "行政许可证",
            "处罚",
            "1.属于国家机密",
            "本年制发",
            "结果维持率",
            "商业",
            "总计", // part 三 or part 四: names neither
            "",
            "第二十条第（二）项",
        ] {
            assert_eq!(hit(text), None, "{text:?}");
        }
        // A label numbered otherwise is matched by its text, and says so.
        let misnumbered = Matcher::get().find("（八）其他处理", Scope::ANY).unwrap();
        assert_eq!(
            misnumbered.label,
            Label::RequestGroup(RequestGroup::OtherHandling)
        );
        assert!(misnumbered.numbering_differs);
        // "其他" is the applicant column in a header, and "3.其他" the （六） row.
        assert_eq!(
            hit("其他").map(|h| h.0),
            Some(Label::ApplicantColumn(ApplicantColumn::OtherOrganization))
        );
        assert_eq!(
            Matcher::get()
                .find("其他", Scope::REQUEST_ROWS)
                .map(|h| h.label),
            Some(Label::RequestRow(RequestRow::OtherHandlingOther))
        );
    }

    /// Every label of the catalogue, written in Traditional characters, names what it names in
    /// Simplified.
    #[test]
    fn every_label_in_traditional_characters_names_the_same_thing() {
        let traditional = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    TRADITIONAL
                        .iter()
                        .find(|(_, simple)| *simple == c)
                        .map_or(c, |(t, _)| *t)
                })
                .collect()
        };
        let m = Matcher::get();
        let mut converted = 0;
        for v in &m.variants {
            let t = traditional(&v.text);
            if t != v.text {
                converted += 1;
            }
            let want = m.find_normalized(&v.text, Scope::ANY).map(|h| h.label);
            assert_eq!(m.find(&t, Scope::ANY).map(|h| h.label), want, "{t}");
        }
        // Most labels hold a character that Traditional writes differently.
        assert_eq!(converted, 106, "labels written otherwise in Traditional");
    }

    #[test]
    fn normalizing_folds_width_space_quotes_numbering_glosses_and_script() {
        assert_eq!(normalize("（一） 予以公开"), "(一)予以公开");
        assert_eq!(normalize("1、属于“国家”秘密"), "1.属于国家秘密");
        assert_eq!(normalize("數(shù)據(jù)"), "数据");
        assert_eq!(normalize("（ＡＢ）１２"), "(AB)12");
        assert_eq!(normalize("政府(zhèngfǔ)"), "政府");
        // A bracket that is not a gloss stays.
        assert_eq!(normalize("收费(万元)"), "收费(万元)");
    }

    /// A converter's ASCII punctuation and spaces read as the label's 、（）：，.
    #[test]
    fn ascii_punctuation_and_spaces_read_as_the_label() {
        assert_eq!(
            normalize("逾期不补正、行政机关"),
            normalize("逾期不补正, 行政机关")
        );
        assert_eq!(normalize("一、本年新收"), "一,本年新收");
        assert_eq!(normalize("1、属于"), "1.属于");
        names(
            "1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请",
            Label::RequestRow(RequestRow::NoAmendment),
        );
        names(
            "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)",
            Label::RequestRow(RequestRow::PartiallyDisclosed),
        );
        names(
            "(本列数据的勾稽关系为: 第一项加第二项之和, 等于第三项加第四项之和)",
            Label::Text(TableText::BalanceNote),
        );
        names(
            "一, 本年新收政府信息公开申请数量",
            Label::RequestRow(RequestRow::NewReceived),
        );
    }

    /// Under a heading that names a group, a text names the one row of the group it is the
    /// label of; "小计" the group itself; anything else, or a text of two rows, nothing.
    #[test]
    fn a_label_under_a_heading_names_a_row_of_its_group_only() {
        let m = Matcher::get();
        let under =
            |text: &str, heading: Label| m.find_under(&normalize(text), heading).map(|h| h.label);
        let other_handling = Label::RequestGroup(RequestGroup::OtherHandling);
        let withheld = Label::RequestGroup(RequestGroup::Withheld);
        assert_eq!(
            under("其他", other_handling),
            Some(Label::RequestRow(RequestRow::OtherHandlingOther))
        );
        assert_eq!(
            under(
                "申请人逾期未按收费通知要求缴纳费用, 行政机关不再处理其政府信息公开申请",
                other_handling
            ),
            Some(Label::RequestRow(RequestRow::FeeUnpaid))
        );
        assert_eq!(under("小计", withheld), Some(withheld));
        assert_eq!(
            under("属于国家秘密", withheld),
            Some(Label::RequestRow(RequestRow::StateSecret))
        );
        let total = Label::RequestRow(RequestRow::OutcomesTotal);
        assert_eq!(under("总计", total), Some(total));
        // No such row in the group, a row of another group, the start of two rows, the
        // outcomes (which hold the groups), and no group at all: nothing.
        assert_eq!(under("其他", withheld), None);
        assert_eq!(under("属于国家秘密", other_handling), None);
        assert_eq!(under("申请人", other_handling), None);
        let outcomes = Label::RequestGroup(RequestGroup::Outcomes);
        assert_eq!(under("小计", outcomes), None);
        assert_eq!(under("总计", outcomes), None);
        assert_eq!(under("其他", Label::Part(Part::Requests)), None);
        assert_eq!(under("", other_handling), None);
        // Without a heading, "其他" in part 三's rows is 3.其他 only by its numbering.
        assert_eq!(hit("申请人"), None);
    }

    /// The normalizer as it was first written, kept as the reference: every closing bracket
    /// searches the whole text folded so far for the last opening one. Quadratic, and plain.
    fn reference_normalize(text: &str) -> String {
        fn gloss_start(out: &str) -> Option<usize> {
            let open = out.rfind('(')?;
            let inner = &out[open + 1..];
            if inner.is_empty() || inner.chars().count() > 8 || !inner.chars().all(is_pinyin_letter)
            {
                return None;
            }
            let before = out[..open].chars().last()?;
            is_han(before).then_some(open)
        }
        let mut out = String::new();
        for c in text.chars() {
            let c = fold_width(c);
            if c.is_whitespace()
                || matches!(
                    c,
                    '"' | '\''
                        | '“'
                        | '”'
                        | '‘'
                        | '’'
                        | '「'
                        | '」'
                        | '『'
                        | '』'
                        | '*'
                        | '#'
                        | '\u{200b}'
                        | '\u{feff}'
                )
            {
                continue;
            }
            let c = match c {
                '、' if out.ends_with(|p: char| p.is_ascii_digit()) => '.',
                '、' => ',',
                '〔' | '【' | '[' => '(',
                '〕' | '】' | ']' => ')',
                _ => simplified(c),
            };
            if c == ')' {
                if let Some(start) = gloss_start(&out) {
                    out.truncate(start);
                    continue;
                }
            }
            out.push(c);
        }
        out
    }

    /// What a gloss, a bracket, a numbering and a fold are made of.
    const ALPHABET: [char; 24] = [
        '(', ')', '（', '）', '[', ']', '【', '】', '〔', '〕', 's', 'h', 'ù', 'ǖ', 'x', 'B', '數',
        '据', '1', '、', ' ', '“', 'Ａ', '\u{3000}',
    ];

    /// Every text of up to six characters over a small alphabet of brackets, pinyin letters,
    /// a Han character, a digit and 、: the linear normalizer folds it as the reference does.
    #[test]
    fn the_normalizer_equals_its_reference_on_every_short_text() {
        let small = ['(', ')', '數', 's', 'ù', '1', '、'];
        let mut texts = vec![String::new()];
        let mut checked = 0;
        for _ in 0..6 {
            let mut longer = Vec::with_capacity(texts.len() * small.len());
            for t in &texts {
                for c in small {
                    let mut t = t.clone();
                    t.push(c);
                    assert_eq!(normalize(&t), reference_normalize(&t), "{t:?}");
                    checked += 1;
                    longer.push(t);
                }
            }
            texts = longer;
        }
        assert_eq!(checked, 7 + 49 + 343 + 2401 + 16807 + 117_649);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Texts of up to 80 characters over brackets of every width, pinyin letters, Han
        /// characters, digits, spaces and quotes fold as the reference folds them, and
        /// folded in two pieces, the second onto the first, as in one.
        #[test]
        fn the_normalizer_equals_its_reference(
            chars in proptest::collection::vec(proptest::sample::select(&ALPHABET[..]), 0..80),
            cut in 0usize..80,
        ) {
            let text: String = chars.iter().collect();
            proptest::prop_assert_eq!(normalize(&text), reference_normalize(&text));
            // Folded in two pieces, the same as in one.
            let at = text.char_indices().nth(cut).map_or(text.len(), |(i, _)| i);
            let mut onto = normalize(&text[..at]);
            normalize_onto(&text[at..], &mut onto);
            proptest::prop_assert_eq!(onto, normalize(&text));
        }
    }

    /// The longest label a text opens with, as first written: every end tried, from the
    /// longest variant's length down.
    fn reference_longest_label_at(m: &Matcher, text: &str, scope: Scope) -> Option<(usize, Hit)> {
        let mut ends: Vec<usize> = text
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .take_while(|end| *end <= m.longest)
            .collect();
        ends.reverse();
        ends.into_iter().find_map(|end| {
            let hit = m.find_normalized(&text[..end], scope)?;
            (!hit.numbering_differs).then_some((end, hit))
        })
    }

    /// Every variant, cut short, whole, run into digits or into another variant, in every
    /// scope: the forward search finds what the search from the longest end found.
    #[test]
    fn the_longest_label_at_a_texts_start_is_found_as_before() {
        let m = Matcher::get();
        let scopes = [
            Scope::ANY,
            Scope::PROACTIVE,
            Scope::REQUEST_ROWS,
            Scope::REQUEST_HEADER.or(Scope::REQUEST_ROWS),
            Scope::REVIEW,
        ];
        let mut found = 0;
        for (i, v) in m.variants.iter().enumerate() {
            let next = &m.variants[(i + 1) % m.variants.len()].text;
            let cut: String = v.text.chars().take(v.text.chars().count() / 2).collect();
            for text in [
                v.text.clone(),
                cut,
                format!("{}000", v.text),
                format!("{}{next}", v.text),
                format!("1{}", v.text),
            ] {
                for scope in scopes {
                    let want = reference_longest_label_at(m, &text, scope);
                    assert_eq!(m.longest_label_at(&text, scope), want, "{text:?}");
                    found += usize::from(want.is_some());
                }
            }
        }
        assert_eq!(
            found, 768,
            "texts with a label at their start, over the scopes"
        );
    }

    #[test]
    fn numbering_is_set_aside_in_its_forms() {
        assert_eq!(strip_numbering("(三)不予公开"), "不予公开");
        assert_eq!(strip_numbering("五、存在的问题"), "存在的问题");
        assert_eq!(strip_numbering("12.其他"), "其他");
        assert_eq!(strip_numbering("行政许可"), "行政许可");
    }
}
