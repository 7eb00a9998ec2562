//! The trial format of 国办公开办函〔2019〕60号, for report years 2019 and 2020.
//!
//! Part 二 has its own types in [`proactive`]. Parts 三, 四 and 六 are the types the 2021
//! format uses ([`crate::requests`], [`crate::review`], [`crate::other_matters`]); part 三
//! prints （六）其他处理 as one row ([`crate::requests::OtherHandling::SingleRow`]).

pub mod proactive;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::FieldText;
use crate::catalogue::{Edition, Part};
use crate::meta::Meta;
use crate::narrative::Narrative;
use crate::other_matters::OtherMatters;
use crate::requests::Requests;
use crate::review::ReviewLitigation;
use crate::tag::{edition_tag, tabled_report};

pub use proactive::{FeeItems, ItemCounts, Proactive, Procurement, PublishedCounts};

edition_tag! {
    /// The tag `"format_2019"`.
    Format2019Tag => Edition::Format2019
}

tabled_report! {
    /// A report in the 2019 format: six parts.
    #[schemars(
        title = "政府信息公开工作年度报告（2019年格式）",
        description = "An annual report in the trial format of 2019 (report years 2019 and 2020)."
    )]
    Format2019Report, Format2019Tag, "format_2019", Proactive
}
