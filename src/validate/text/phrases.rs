//! The phrases of a report's prose that restate a cell, as data: which words name which
//! cells, and with what caveats. One row a phrase; to read another phrase, add a row.
//!
//! A count's label (the words before it in its clause, or, when those name nothing, the words
//! after it) names the phrase whose words it holds. When it holds the words of several, the
//! phrase of the highest rank wins, then the one whose words end nearest the figure, then the
//! longest: "转下一年度办理答复的有1件" is carried forward (rank 3) rather than answered (rank 1),
//! "因本机关不掌握等原因无法提供564件" is the 无法提供 group (its words end last), and "予以公开及部分
//! 公开208件" is the sum of both rows (the longest of those ending there).

use crate::catalogue::{ProactiveColumn2021, RequestGroup, RequestRow, ReviewOutcome};

/// A term of a cell sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Term {
    /// A part 三 row's 总计.
    Row(RequestRow),
    /// The sum of a part 三 group's rows, 总计 column (the one row of a 2019 其他处理).
    Group(RequestGroup),
    /// A part 四 outcome, in the block the sentence names: 行政复议, or both litigation blocks
    /// for 行政诉讼.
    Review(ReviewOutcome),
    /// A part 二 column (2021 format), in the row the sentence names (规章 or 行政规范性文件).
    Proactive(ProactiveColumn2021),
}

/// What the sentence must name before a phrase names a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Needs {
    /// Nothing more.
    Nothing,
    /// 申请 in the figure's own clause: "收到人大建议23件" is no application.
    ApplicationInClause,
    /// 申请 in the sentence or the one before: "办结1191件" after "受理政府信息公开申请1295件".
    ApplicationInSentence,
    /// 信息公开 in the sentence: a review about disclosure, not every review the agency had.
    DisclosureInSentence,
    /// 行政复议 or 行政诉讼 named before it in the sentence: the block of an outcome.
    ReviewBlock,
    /// 规章 or 规范性文件 in the sentence (the last named): the row of a part 二 column.
    ProactiveRow,
}

/// A phrase that restates cells.
#[derive(Debug, Clone, Copy)]
pub struct Phrase {
    /// Words any of which names the phrase.
    pub words: &'static [&'static str],
    /// What else the sentence must name.
    pub needs: Needs,
    /// Which phrase wins when a label holds the words of several (higher wins).
    pub rank: u8,
    /// The cell sums it may restate, the usual reading first. A figure that matches a later
    /// one is read that way, and the finding says so.
    pub readings: &'static [&'static [Term]],
    /// How the reading may mislead.
    pub caveat: &'static str,
}

use ProactiveColumn2021 as P;
use RequestGroup as G;
use RequestRow as R;
use ReviewOutcome as O;

/// Every phrase read.
pub const PHRASES: &[Phrase] = &[
    Phrase {
        words: &["本年新收", "新收"],
        needs: Needs::ApplicationInClause,
        rank: 1,
        readings: &[&[Term::Row(R::NewReceived)]],
        caveat: "",
    },
    Phrase {
        words: &["收到", "受理", "接收", "接到"],
        needs: Needs::ApplicationInClause,
        rank: 1,
        readings: &[
            &[Term::Row(R::NewReceived)],
            &[Term::Row(R::NewReceived), Term::Row(R::CarriedOver)],
        ],
        caveat: "some agencies write 收到 for 新收 + 上年结转",
    },
    Phrase {
        words: &["办理"],
        needs: Needs::ApplicationInClause,
        rank: 0,
        readings: &[
            &[Term::Row(R::OutcomesTotal)],
            &[Term::Row(R::NewReceived)],
            &[Term::Row(R::NewReceived), Term::Row(R::CarriedOver)],
        ],
        caveat: "办理 may be said of the applications answered, received, or received and carried over",
    },
    Phrase {
        words: &["办结", "答复", "办理完毕"],
        needs: Needs::ApplicationInSentence,
        rank: 1,
        readings: &[&[Term::Row(R::OutcomesTotal)]],
        caveat: "",
    },
    Phrase {
        words: &["上年结转", "上年度结转", "上一年度结转", "结转上年"],
        needs: Needs::Nothing,
        rank: 3,
        readings: &[&[Term::Row(R::CarriedOver)]],
        caveat: "",
    },
    Phrase {
        words: &[
            "转下年",
            "转下一年",
            "转入下年",
            "转入下一年",
            "转至下年",
            "转至下一年",
            "转到下年",
            "转到下一年",
            "延至下年",
            "延至下一年",
            "延到下年",
            "延到下一年",
        ],
        needs: Needs::Nothing,
        rank: 3,
        readings: &[&[Term::Row(R::CarriedForward)]],
        caveat: "",
    },
    Phrase {
        words: &[
            "予以公开及部分公开",
            "予以公开和部分公开",
            "予以公开或部分公开",
            "全部或部分公开",
            "全部公开和部分公开",
            "公开及部分公开",
        ],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Row(R::Disclosed), Term::Row(R::PartiallyDisclosed)]],
        caveat: "",
    },
    Phrase {
        words: &["予以公开", "同意公开", "全部公开"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Row(R::Disclosed)]],
        caveat: "",
    },
    Phrase {
        words: &["部分公开"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Row(R::PartiallyDisclosed)]],
        caveat: "",
    },
    Phrase {
        words: &["不予公开"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Group(G::Withheld)]],
        caveat: "the table prints no subtotal: the group's rows are summed",
    },
    Phrase {
        words: &["无法提供"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Group(G::Unavailable)]],
        caveat: "the table prints no subtotal: the group's rows are summed",
    },
    Phrase {
        words: &["本机关不掌握"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Row(R::NotHeld)]],
        caveat: "",
    },
    Phrase {
        words: &["不予处理"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Group(G::NotProcessed)]],
        caveat: "the table prints no subtotal: the group's rows are summed",
    },
    Phrase {
        words: &["其他处理"],
        needs: Needs::Nothing,
        rank: 2,
        readings: &[&[Term::Group(G::OtherHandling)]],
        caveat: "",
    },
    Phrase {
        words: &["行政复议"],
        needs: Needs::DisclosureInSentence,
        rank: 2,
        readings: &[&[Term::Review(O::Total)]],
        caveat: "only a sentence about disclosure: an agency also has reviews of other matters",
    },
    Phrase {
        words: &["行政诉讼"],
        needs: Needs::DisclosureInSentence,
        rank: 2,
        readings: &[&[Term::Review(O::Total)]],
        caveat: "both litigation blocks: 未经复议直接起诉 and 复议后起诉",
    },
    Phrase {
        words: &["结果维持", "维持"],
        needs: Needs::ReviewBlock,
        rank: 3,
        readings: &[&[Term::Review(O::Upheld)]],
        caveat: "",
    },
    Phrase {
        words: &["结果纠正", "纠正", "纠错"],
        needs: Needs::ReviewBlock,
        rank: 3,
        readings: &[&[Term::Review(O::Corrected)]],
        caveat: "",
    },
    Phrase {
        words: &["其他结果"],
        needs: Needs::ReviewBlock,
        rank: 3,
        readings: &[&[Term::Review(O::Other)]],
        caveat: "",
    },
    Phrase {
        words: &["尚未审结", "未审结"],
        needs: Needs::ReviewBlock,
        rank: 3,
        readings: &[&[Term::Review(O::Pending)]],
        caveat: "",
    },
    Phrase {
        words: &["制发", "出台", "印发", "制定"],
        needs: Needs::ProactiveRow,
        rank: 2,
        readings: &[&[Term::Proactive(P::Issued)]],
        caveat: "2021 format only: the 2019 format counts documents made and published",
    },
    Phrase {
        words: &["废止"],
        needs: Needs::ProactiveRow,
        rank: 2,
        readings: &[&[Term::Proactive(P::Repealed)]],
        caveat: "2021 format only",
    },
    Phrase {
        words: &["现行有效"],
        needs: Needs::ProactiveRow,
        rank: 2,
        readings: &[&[Term::Proactive(P::InForce)]],
        caveat: "2021 format only",
    },
];

/// Every word of [`PHRASES`] with its phrase, sorted by the word's first character: a label
/// is read in one pass, looking up the words that begin where each character stands.
fn index() -> &'static [(char, usize, &'static str)] {
    static INDEX: std::sync::OnceLock<Vec<(char, usize, &'static str)>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: Vec<(char, usize, &'static str)> = PHRASES
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                p.words
                    .iter()
                    .map(move |w| (w.chars().next().unwrap_or(' '), i, *w))
            })
            .collect();
        words.sort_by_key(|(c, _, _)| *c);
        words
    })
}

/// The phrase a label names: the index in [`PHRASES`]. `allowed` says whether a phrase's
/// needs are met; it is asked only of the phrases whose words the label holds.
pub(crate) fn named(label: &str, allowed: impl Fn(&Phrase) -> bool) -> Option<usize> {
    let index = index();
    let mut best: Option<(u8, usize, usize, usize)> = None; // rank, end, length, index
    let mut asked: [Option<bool>; 32] = [None; 32];
    for (at, c) in label.char_indices() {
        let from = index.partition_point(|(first, _, _)| *first < c);
        for (_, phrase, word) in index[from..].iter().take_while(|(first, _, _)| *first == c) {
            if !label[at..].starts_with(word) {
                continue;
            }
            let rank = PHRASES[*phrase].rank;
            let key = (rank, at + word.len(), word.len(), *phrase);
            if best.is_some_and(|b| (key.0, key.1, key.2) <= (b.0, b.1, b.2)) {
                continue;
            }
            let slot = asked.get_mut(*phrase);
            let allows = match slot {
                Some(Some(known)) => *known,
                Some(slot) => *slot.insert(allowed(&PHRASES[*phrase])),
                None => allowed(&PHRASES[*phrase]),
            };
            if allows {
                best = Some(key);
            }
        }
    }
    best.map(|b| b.3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase_of(label: &str) -> Option<&'static [&'static [Term]]> {
        named(label, |_| true).map(|i| PHRASES[i].readings)
    }

    #[test]
    fn a_phrase_whose_needs_are_not_met_gives_way() {
        // 行政复议 needs 信息公开 in the sentence; without it the label names nothing.
        let review = PHRASES
            .iter()
            .position(|p| p.words.contains(&"行政复议"))
            .unwrap();
        assert_eq!(named("政府信息公开行政复议", |_| true), Some(review));
        assert_eq!(
            named("政府信息公开行政复议", |p| p.needs
                == Needs::Nothing),
            None
        );
        // The table fits the needs asked once a phrase.
        assert!(PHRASES.len() <= 32);
    }

    #[test]
    fn the_phrase_of_highest_rank_then_nearest_then_longest_wins() {
        assert_eq!(
            phrase_of("转下一年度办理答复的有"),
            Some(&[&[Term::Row(R::CarriedForward)][..]][..])
        );
        assert_eq!(
            phrase_of("因本机关不掌握等原因无法提供"),
            Some(&[&[Term::Group(G::Unavailable)][..]][..])
        );
        assert_eq!(
            phrase_of("予以公开及部分公开"),
            Some(&[&[Term::Row(R::Disclosed), Term::Row(R::PartiallyDisclosed)][..]][..])
        );
        assert_eq!(
            phrase_of("同意公开答复"),
            Some(&[&[Term::Row(R::Disclosed)][..]][..])
        );
        assert_eq!(phrase_of("涉及自然人"), None);
    }
}
