//! The checks of part 二 in the 2019 format.

use crate::catalogue::{ProactiveColumn2019 as Col, ProactiveRow2019 as Row};
use crate::findings::{Message, Rule};
use crate::format_2019::Proactive;

use super::engine::{At, Checker, Op};

/// Runs the part 二 checks of the 2019 format beyond the cell rules.
pub(crate) fn check(p: &Proactive, checker: &mut Checker<'_>) {
    // proactive.published_within_made: newly published ≤ newly made ≤ published in all.
    for row in [Row::Regulations, Row::NormativeDocuments] {
        let Some(c) = p.published(row) else { continue };
        let at = |column| At::Proactive2019(row, column);
        for (small, large, small_cell, large_cell) in [
            (
                Col::NewlyPublished,
                Col::NewlyMade,
                &c.newly_published,
                &c.newly_made,
            ),
            (
                Col::NewlyMade,
                Col::TotalPublished,
                &c.newly_made,
                &c.total_published,
            ),
        ] {
            checker.at_most(
                Rule::ProactivePublishedWithinMade,
                at(small),
                &[Op::new(at(large), large_cell)],
                &[Op::new(at(small), small_cell)],
                &|bound, value| Message {
                    zh: format!(
                        "「{}」的{}{value}大于{}{bound}。",
                        row.label(),
                        small.label(),
                        large.label()
                    ),
                    en: format!(
                        "「{}」: {} ({value}) exceeds {} ({bound}).",
                        row.label(),
                        small.title_en().to_lowercase(),
                        large.title_en().to_lowercase()
                    ),
                },
            );
        }
    }
}
