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
use crate::tag::edition_tag;

pub use proactive::{FeeItems, ItemCounts, Proactive, Procurement, PublishedCounts};

edition_tag! {
    /// The tag `"format_2019"`.
    Format2019Tag => Edition::Format2019
}

/// A report in the 2019 format: six parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "政府信息公开工作年度报告（2019年格式）",
    description = "An annual report in the trial format of 2019 (report years 2019 and 2020)."
)]
pub struct Format2019Report {
    /// The edition tag, always `"format_2019"`.
    #[schemars(title = FieldText::EditionTag.label())]
    pub edition: Format2019Tag,
    /// Who published the report and for which year.
    #[schemars(title = FieldText::Meta.label())]
    pub meta: Meta,
    /// Text printed before part 1 (an opening paragraph naming the report's basis), when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Preamble.label())]
    pub preamble: Option<String>,
    /// Part 一: overview.
    #[schemars(title = Part::Overview.label(), description = Part::Overview.title_en())]
    pub overview: Narrative,
    /// Part 二: proactive disclosure.
    #[schemars(title = Part::Proactive.label(), description = Part::Proactive.title_en())]
    pub proactive: Proactive,
    /// Part 三: applications received and handled.
    #[schemars(title = Part::Requests.label(), description = Part::Requests.title_en())]
    pub requests: Requests,
    /// Part 四: review and litigation.
    #[schemars(title = Part::ReviewLitigation.label(), description = Part::ReviewLitigation.title_en())]
    pub review_litigation: ReviewLitigation,
    /// Part 五: main problems and improvements.
    #[schemars(title = Part::Problems.label(), description = Part::Problems.title_en())]
    pub problems: Narrative,
    /// Part 六: other matters.
    #[schemars(title = Part::OtherMatters.label(), description = Part::OtherMatters.title_en())]
    pub other_matters: OtherMatters,
}
