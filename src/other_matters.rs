//! Part 六 (2019 and 2021 formats): other matters, with the 信息处理费 figures when stated.

use schemars::JsonSchema;

use crate::catalogue::FieldText;
use serde::{Deserialize, Serialize};

use crate::catalogue::Part;
use crate::cell::Count;
use crate::money::Amount;

/// 信息处理费: the information processing fees charged to applicants under
/// 《政府信息公开信息处理费管理办法》 (from 2021), as the report states them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::InformationProcessingFee.label(),
    description = "Information processing fees charged to applicants, as stated."
)]
pub struct InformationProcessingFee {
    /// The fees collected in the year, exactly as stated, with their unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::FeesCollected.label())]
    pub collected: Option<Amount>,
    /// The number of applications for which a fee was charged, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::ChargedApplications.label())]
    pub charged_applications: Option<Count>,
}

/// Part 六: other matters to report.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = Part::OtherMatters.label(), description = "Other matters to report (part 6).")]
pub struct OtherMatters {
    /// The heading as printed, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Heading.label())]
    pub heading: Option<String>,
    /// The text as published, paragraphs separated by `\n`.
    #[schemars(title = FieldText::Text.label())]
    pub text: String,
    /// The information processing fee figures, when the report states them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::InformationProcessingFee.label())]
    pub information_processing_fee: Option<InformationProcessingFee>,
}
