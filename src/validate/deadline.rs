//! `meta.published_late`: the report was published by the deadline.
//!
//! 《政府信息公开条例》(2019) 第四十九条: a department (县级以上人民政府部门) publishes the
//! previous year's report by 1月31日, and a government's (本级政府) report is published by
//! 3月31日. Before it, every agency published by 3月31日 (2008 条例, 第三十一条): reports for
//! 2018 and earlier. The day of the deadline counts as on time (to 24:00).
//!
//! Without a publication date, a year, or (from the 2019 report year) the agency's level, the
//! rule is not assessable: it is never taken as met.

use chrono::NaiveDate;

use crate::findings::{Finding, Message, Rule};
use crate::meta::{LevelFrom, Meta, Tier};

use super::engine::Checker;

/// The last day a report for `year` may be published, for an agency of `tier` (any tier
/// before the 2019 report year).
pub fn deadline(year: u16, tier: Option<Tier>) -> Option<NaiveDate> {
    let next = i32::from(year) + 1;
    let (month, day) = if year < 2019 {
        (3, 31)
    } else {
        match tier? {
            Tier::Department => (1, 31),
            Tier::Government => (3, 31),
        }
    };
    NaiveDate::from_ymd_opt(next, month, day)
}

pub(crate) fn check(meta: &Meta, checker: &mut Checker<'_>) {
    let tally = checker.out.summary.tally_mut(Rule::MetaPublishedLate);
    let (Some(year), Some(published)) = (meta.report_year, meta.publication_date) else {
        tally.not_assessable += 1;
        return;
    };
    // Whose deadline it is, in words: every agency's before 2019, else the level's.
    let (basis_zh, basis_en) = match (year.get() < 2019, meta.level) {
        (true, _) => (
            "2019年以前的年度报告一律".to_owned(),
            "every agency's report before the 2019 report year".to_owned(),
        ),
        (false, Some(level)) => {
            let (from_zh, from_en) = match level.from {
                LevelFrom::Given => ("给定", "given"),
                LevelFrom::Title => (
                    "按标题中的机关名称认定",
                    "read from the agency the title names",
                ),
            };
            (
                format!("{}（{from_zh}）", level.tier.label()),
                format!("a {} ({from_en})", level.tier.id()),
            )
        }
        (false, None) => {
            tally.not_assessable += 1;
            return;
        }
    };
    let Some(due) = deadline(year.get(), meta.level.map(|l| l.tier)) else {
        tally.not_assessable += 1;
        return;
    };
    tally.evaluated += 1;
    if published <= due {
        tally.passed += 1;
        return;
    }
    tally.failed += 1;
    let late = (published - due).num_days();
    checker.out.findings.push(Finding {
        rule: Rule::MetaPublishedLate,
        severity: Rule::MetaPublishedLate.severity(),
        pointer: "/meta/publication_date".to_owned(),
        report_year: Some(year),
        expected: Some(0),
        actual: Some(late),
        operands: Vec::new(),
        message: Message {
            zh: format!("{year}年度报告于{published}发布，{basis_zh}应于{due}前公开，晚{late}天。"),
            en: format!(
                "The {year} report was published on {published}; for {basis_en} the deadline is {due}: {late} days late."
            ),
        },
        quote: None,
    });
}
