//! The revised format of 国办公开办函〔2021〕30号, for report years from 2021.
//!
//! Part 二 has its own types in [`proactive`]. Part 三 ([`crate::requests`]), part 四
//! ([`crate::review`]) and part 六 ([`crate::other_matters`]) are shared with the 2019
//! format; parts 一 and 五 are [`Narrative`].

pub mod proactive;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::FieldText;
use crate::catalogue::{Edition, Part};
use crate::meta::Meta;
use crate::narrative::Narrative;
use crate::requests::Requests;
use crate::review::ReviewLitigation;
use crate::tag::{edition_tag, tabled_report};

use crate::other_matters::OtherMatters;
pub use proactive::{DecisionCount, DocumentCounts, FeeAmount, Proactive};

edition_tag! {
    /// The tag `"format_2021"`.
    Format2021Tag => Edition::Format2021
}

tabled_report! {
    /// A report in the 2021 format: six parts.
    #[schemars(
        title = "政府信息公开工作年度报告（2021年格式）",
        description = "An annual report in the revised format of 2021 (report years from 2021)."
    )]
    Format2021Report, Format2021Tag, "format_2021", Proactive
}
