//! Part 四, 政府信息公开行政复议、行政诉讼情况: one row of 15 cells in three blocks.

use crate::tag::table_part;
use schemars::JsonSchema;

use serde::{Deserialize, Serialize};

use crate::catalogue::{Part, ReviewBlock, ReviewOutcome};
use crate::cell::CountCell;

/// One block of part 四: the cases by outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "复议或诉讼结果",
    description = "Review or litigation cases by outcome."
)]
pub struct ReviewCells {
    /// Cases where the agency's handling was upheld.
    #[schemars(title = ReviewOutcome::Upheld.label())]
    pub upheld: CountCell,
    /// Cases where it was corrected.
    #[schemars(title = ReviewOutcome::Corrected.label())]
    pub corrected: CountCell,
    /// Cases with another result.
    #[schemars(title = ReviewOutcome::Other.label())]
    pub other: CountCell,
    /// Cases not yet concluded.
    #[schemars(title = ReviewOutcome::Pending.label())]
    pub pending: CountCell,
    /// All cases of the block.
    #[schemars(title = ReviewOutcome::Total.label())]
    pub total: CountCell,
}

impl ReviewCells {
    /// A block with every cell the same.
    pub fn filled(cell: CountCell) -> ReviewCells {
        ReviewCells {
            upheld: cell.clone(),
            corrected: cell.clone(),
            other: cell.clone(),
            pending: cell.clone(),
            total: cell,
        }
    }

    /// The block from its five cells, in the official order.
    pub fn from_cells(cells: [CountCell; 5]) -> ReviewCells {
        let [upheld, corrected, other, pending, total] = cells;
        ReviewCells {
            upheld,
            corrected,
            other,
            pending,
            total,
        }
    }

    /// The cell of an outcome.
    pub fn cell(&self, outcome: ReviewOutcome) -> &CountCell {
        match outcome {
            ReviewOutcome::Upheld => &self.upheld,
            ReviewOutcome::Corrected => &self.corrected,
            ReviewOutcome::Other => &self.other,
            ReviewOutcome::Pending => &self.pending,
            ReviewOutcome::Total => &self.total,
        }
    }

    /// The cell of an outcome, mutably.
    pub fn cell_mut(&mut self, outcome: ReviewOutcome) -> &mut CountCell {
        match outcome {
            ReviewOutcome::Upheld => &mut self.upheld,
            ReviewOutcome::Corrected => &mut self.corrected,
            ReviewOutcome::Other => &mut self.other,
            ReviewOutcome::Pending => &mut self.pending,
            ReviewOutcome::Total => &mut self.total,
        }
    }
}

table_part! {
    /// Part 四 of the 2019 and 2021 formats.
    #[schemars(title = Part::ReviewLitigation.label(), description = "Administrative review and litigation over disclosure (part 4).")]
    pub struct ReviewLitigation ("Prose printed before the table.", "Prose printed after the table.") {
        /// Administrative review.
        #[schemars(title = ReviewBlock::Review.label(), description = ReviewBlock::Review.title_en())]
        pub review: ReviewCells,
        /// Lawsuits filed without prior review.
        #[schemars(title = ReviewBlock::LitigationDirect.label(), description = ReviewBlock::LitigationDirect.title_en())]
        pub litigation_direct: ReviewCells,
        /// Lawsuits filed after review.
        #[schemars(title = ReviewBlock::LitigationAfterReview.label(), description = ReviewBlock::LitigationAfterReview.title_en())]
        pub litigation_after_review: ReviewCells,
    }
}

impl ReviewLitigation {
    /// The table from its 15 cells in the order printed (review, direct, after review; each
    /// upheld, corrected, other, pending, total).
    pub fn from_cells(cells: [CountCell; 15]) -> ReviewLitigation {
        let block =
            |i: usize| ReviewCells::from_cells(std::array::from_fn(|j| cells[i * 5 + j].clone()));
        ReviewLitigation {
            heading: None,
            text_before: None,
            review: block(0),
            litigation_direct: block(1),
            litigation_after_review: block(2),
            text_after: None,
        }
    }

    /// A block.
    pub fn block(&self, block: ReviewBlock) -> &ReviewCells {
        match block {
            ReviewBlock::Review => &self.review,
            ReviewBlock::LitigationDirect => &self.litigation_direct,
            ReviewBlock::LitigationAfterReview => &self.litigation_after_review,
        }
    }

    /// A block, mutably.
    pub fn block_mut(&mut self, block: ReviewBlock) -> &mut ReviewCells {
        match block {
            ReviewBlock::Review => &mut self.review,
            ReviewBlock::LitigationDirect => &mut self.litigation_direct,
            ReviewBlock::LitigationAfterReview => &mut self.litigation_after_review,
        }
    }
}
