//! Part 四: the blocks and outcomes of review and litigation.

use super::{Part, TableText};

catalogue! {
    /// The three blocks of part 四.
    pub enum ReviewBlock {
        /// 行政复议: administrative review.
        Review = ("review", "行政复议", "Administrative review"),
        /// 未经复议直接起诉: lawsuits filed directly, without review.
        LitigationDirect = ("litigation_direct", "未经复议直接起诉", "Litigation filed without prior review"),
        /// 复议后起诉: lawsuits filed after review.
        LitigationAfterReview = ("litigation_after_review", "复议后起诉", "Litigation filed after review"),
    }
}

impl ReviewBlock {
    /// The block's label with the spanning header above it, e.g. "行政诉讼 › 复议后起诉".
    pub fn full_label(self) -> String {
        match self {
            ReviewBlock::Review => self.label().to_owned(),
            _ => format!("{} › {}", TableText::Litigation.label(), self.label()),
        }
    }

    /// The JSON Pointer of the block in a report.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::ReviewLitigation.id(), self.id())
    }
}

catalogue! {
    /// The five outcome columns of each part 四 block.
    pub enum ReviewOutcome {
        /// 结果维持: upheld.
        Upheld = ("upheld", "结果维持", "Upheld"),
        /// 结果纠正: corrected.
        Corrected = ("corrected", "结果纠正", "Corrected"),
        /// 其他结果: other result.
        Other = ("other", "其他结果", "Other result"),
        /// 尚未审结: pending.
        Pending = ("pending", "尚未审结", "Pending"),
        /// 总计: total.
        Total = ("total", "总计", "Total"),
    }
}

impl ReviewOutcome {
    /// The four outcomes whose sum is the block's total.
    pub const PARTS: [ReviewOutcome; 4] = [
        ReviewOutcome::Upheld,
        ReviewOutcome::Corrected,
        ReviewOutcome::Other,
        ReviewOutcome::Pending,
    ];
}
