//! The checks of part 二 in the 2019 format.

use crate::catalogue::{ProactiveColumn2019 as Col, ProactiveRow2019 as Row};
use crate::findings::{Message, Rule};
use crate::format_2019::Proactive;

use super::engine::{At, Checker, Op};

/// Runs every part 二 check of the 2019 format.
pub(crate) fn check(p: &Proactive, checker: &mut Checker<'_>) {
    for row in [Row::Regulations, Row::NormativeDocuments] {
        if let Some(c) = p.published(row) {
            checker.cell(At::Proactive2019(row, Col::NewlyMade), &c.newly_made);
            checker.cell(
                At::Proactive2019(row, Col::NewlyPublished),
                &c.newly_published,
            );
            checker.cell(
                At::Proactive2019(row, Col::TotalPublished),
                &c.total_published,
            );
        }
    }
    for row in [
        Row::Licensing,
        Row::OtherServices,
        Row::Penalties,
        Row::Coercion,
    ] {
        if let Some(c) = p.items(row) {
            checker.cell(
                At::Proactive2019(row, Col::ItemsLastYear),
                &c.items_last_year,
            );
            checker.cell(At::Proactive2019(row, Col::ItemsChange), &c.items_change);
            checker.cell(At::Proactive2019(row, Col::Decisions), &c.decisions);
        }
    }
    let fees = &p.administrative_fees;
    checker.cell(
        At::Proactive2019(Row::AdministrativeFees, Col::ItemsLastYear),
        &fees.items_last_year,
    );
    checker.cell(
        At::Proactive2019(Row::AdministrativeFees, Col::ItemsChange),
        &fees.items_change,
    );
    checker.cell(
        At::Proactive2019(Row::Procurement, Col::Projects),
        &p.procurement.projects,
    );
    checker.cell(
        At::Proactive2019(Row::Procurement, Col::TotalAmount),
        &p.procurement.total_amount,
    );

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
