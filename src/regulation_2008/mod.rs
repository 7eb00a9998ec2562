//! Reports for 2008–2018 under the 2008 条例 (国务院令第492号): prose with figures.
//!
//! No national table existed; reports number their own parts freely. The model keeps the
//! report's parts in order — heading as printed, the art. 32 content the part serves (if
//! any), and its text — and the figures each part states, each with the text printed, an
//! exact value, its unit and its qualifier. A figure given as "N余" is a figure of more than
//! N, never exactly N. A "其中" breakdown is held inside the figure it breaks down.

mod figure;

pub use figure::{Figure, Qualifier};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::{Content2008, Edition, FieldText, KeyFigure};
use crate::meta::Meta;
use crate::tag::edition_tag;

edition_tag! {
    /// The tag `"regulation_2008"`.
    Regulation2008Tag => Edition::Regulation2008
}

/// One part of a report, as the report itself divides and numbers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::ReportParts.label(),
    description = "One part of a report as the report divides and numbers it."
)]
pub struct ReportPart {
    /// The heading as printed.
    #[schemars(title = FieldText::Heading.label())]
    pub heading: String,
    /// Which of the six contents of 2008 条例 art. 32 the part reports, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = FieldText::Serves.label(),
        description = "Which of the six contents of the 2008 Regulations, article 32, the part reports, if any."
    )]
    pub serves: Option<Content2008>,
    /// The text as published, paragraphs separated by `\n`.
    #[schemars(title = FieldText::Text.label())]
    pub text: String,
    /// The figures the part states, in the order stated.
    ///
    /// In JSON, absent when there are none; `null` is read as none, as generated code writes it.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "null_as_empty"
    )]
    #[schemars(
        title = FieldText::Figures.label(),
        description = "The figures the part states, in the order stated; absent or null when none.",
        with = "Option<Vec<Figure>>"
    )]
    pub figures: Vec<Figure>,
}

/// A report of the 2008 条例 era (report years 2008–2018).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "政府信息公开工作年度报告（2008年条例）",
    description = "An annual report under the 2008 Regulations (report years 2008 to 2018): parts as printed and the figures they state."
)]
pub struct Regulation2008Report {
    /// The edition tag, always `"regulation_2008"`.
    #[schemars(title = FieldText::EditionTag.label())]
    pub edition: Regulation2008Tag,
    /// Who published the report and for which year.
    #[schemars(title = FieldText::Meta.label())]
    pub meta: Meta,
    /// Text printed before the first part, when any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Preamble.label())]
    pub preamble: Option<String>,
    /// The report's parts, in order.
    #[schemars(title = FieldText::ReportParts.label())]
    pub parts: Vec<ReportPart>,
}

impl Regulation2008Report {
    /// Every figure with the index of its part, breakdown parts included, depth first.
    pub fn figures(&self) -> impl Iterator<Item = (usize, &Figure)> {
        self.parts.iter().enumerate().flat_map(|(i, part)| {
            part.figures
                .iter()
                .flat_map(Figure::with_parts)
                .map(move |f| (i, f))
        })
    }

    /// The figure marked with a key, if the report states it (the first, if marked twice).
    pub fn key_figure(&self, key: KeyFigure) -> Option<&Figure> {
        self.figures().map(|(_, f)| f).find(|f| f.key == Some(key))
    }

    /// Applications for disclosure received.
    pub fn applications_received(&self) -> Option<&Figure> {
        self.key_figure(KeyFigure::ApplicationsReceived)
    }

    /// Administrative reviews over disclosure.
    pub fn reviews(&self) -> Option<&Figure> {
        self.key_figure(KeyFigure::Reviews)
    }

    /// Lawsuits over disclosure.
    pub fn lawsuits(&self) -> Option<&Figure> {
        self.key_figure(KeyFigure::Lawsuits)
    }

    /// Fees collected for disclosure.
    pub fn fees_collected(&self) -> Option<&Figure> {
        self.key_figure(KeyFigure::FeesCollected)
    }

    /// Staff doing disclosure work.
    pub fn disclosure_staff(&self) -> Option<&Figure> {
        self.key_figure(KeyFigure::DisclosureStaff)
    }
}

crate::catalogue::catalogue_serde!(
    Content2008,
    "Content2008",
    "条例第三十二条内容",
    "One of the six contents of 2008 Regulations article 32."
);
crate::catalogue::catalogue_serde!(
    KeyFigure,
    "KeyFigure",
    FieldText::KeyFigure.label(),
    "A figure every report of the era states, given typed access."
);

/// Reads an optional list written `null` as an empty one: Java, Go and C# types write every
/// field they hold nothing in as `null`.
pub(crate) fn null_as_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<Vec<T>> as serde::Deserialize>::deserialize(deserializer).map(Option::unwrap_or_default)
}
