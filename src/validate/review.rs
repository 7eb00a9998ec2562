//! The cross-checks of part 四 (2019 and 2021 formats).

use crate::catalogue::{ReviewBlock, ReviewOutcome};
use crate::findings::{Message, Rule};
use crate::review::ReviewLitigation;

use super::engine::{At, Checker, Op};

/// Runs every part 四 check.
pub(crate) fn check(table: &ReviewLitigation, checker: &mut Checker<'_>) {
    for block in ReviewBlock::ALL {
        for outcome in ReviewOutcome::ALL {
            checker.cell(
                At::Review(*block, *outcome),
                table.block(*block).cell(*outcome),
            );
        }
    }
    for block in ReviewBlock::ALL {
        let cells = table.block(*block);
        let parts = ReviewOutcome::PARTS.map(|o| Op::new(At::Review(*block, o), cells.cell(o)));
        let at = At::Review(*block, ReviewOutcome::Total);
        checker.identity(
            Rule::ReviewLitigationBlockTotal,
            at,
            &parts,
            &[Op::new(at, &cells.total)],
            &|expected, actual| Message {
                zh: format!(
                    "「{}」的总计应为结果维持、结果纠正、其他结果、尚未审结之和{expected}，报告为{actual}。",
                    block.full_label()
                ),
                en: format!(
                    "「{}」: the total should be {expected}, the sum of upheld, corrected, other and pending cases, but {actual} is reported.",
                    block.full_label()
                ),
            },
        );
    }
}
