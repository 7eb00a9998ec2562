//! A figure stated in prose.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::FieldText;
use crate::catalogue::KeyFigure;
use crate::money::ExactDecimal;

/// How exact a stated figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(title = FieldText::Qualifier.label(), description = "How exact a stated figure is.")]
pub enum Qualifier {
    /// Stated exactly ("341条").
    Exact,
    /// More than the value ("60余篇", "100多条"): the figure is greater than the value.
    MoreThan,
    /// About the value ("约122万件").
    About,
}

impl Qualifier {
    /// The qualifier in Chinese: 确数 (exact), 以上 (more than), 约数 (about).
    pub const fn label(self) -> &'static str {
        match self {
            Qualifier::Exact => "确数",
            Qualifier::MoreThan => "以上",
            Qualifier::About => "约数",
        }
    }

    /// The qualifier with this label, if any.
    pub fn from_label(label: &str) -> Option<Qualifier> {
        [Qualifier::Exact, Qualifier::MoreThan, Qualifier::About]
            .into_iter()
            .find(|q| q.label() == label)
    }
}

/// A figure a report states in its prose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::StatedFigure.label(),
    description = "A figure stated in the prose: what it counts, the text printed, its exact value, unit and qualifier."
)]
pub struct Figure {
    /// What the figure counts, in the report's words.
    #[schemars(title = FieldText::FigureLabel.label())]
    pub label: String,
    /// The figure exactly as printed, e.g. "60余篇", "千余份", "未接到".
    #[schemars(
        title = FieldText::Printed.label(),
        description = "The figure exactly as printed, number, qualifier and unit together."
    )]
    pub printed: String,
    /// The number the printed text states (the 60 of "60余篇", 0 for "未接到").
    #[schemars(
        title = FieldText::FigureValue.label(),
        description = "The number the printed text states (0 for a statement that there were none)."
    )]
    pub value: ExactDecimal,
    /// The unit as printed ("条", "篇", "万元", "%"), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = FieldText::Unit.label(),
        description = "The unit as printed, when there is one."
    )]
    pub unit: Option<String>,
    /// Whether the value is exact, a lower bound ("余", "多") or approximate ("约").
    #[schemars(
        title = FieldText::Qualifier.label(),
        description = "Whether the value is exact, a lower bound or approximate."
    )]
    pub qualifier: Qualifier,
    /// For the figures every report states: which one this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::KeyFigure.label())]
    pub key: Option<KeyFigure>,
    /// The parts the report breaks this figure into ("其中…"), in the order stated.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "super::null_as_empty"
    )]
    #[schemars(
        title = FieldText::FigureParts.label(),
        description = "The parts the report breaks this figure into, in the order stated; absent or null when none.",
        with = "Option<Vec<Figure>>"
    )]
    pub parts: Vec<Figure>,
}

impl Figure {
    /// An exact figure with no key and no parts.
    pub fn exact(label: &str, printed: &str, value: ExactDecimal, unit: Option<&str>) -> Figure {
        Figure {
            label: label.to_owned(),
            printed: printed.to_owned(),
            value,
            unit: unit.map(str::to_owned),
            qualifier: Qualifier::Exact,
            key: None,
            parts: Vec::new(),
        }
    }

    /// The figure with one more part of its "其中" breakdown, after those given before.
    pub fn of_which(mut self, part: Figure) -> Figure {
        self.parts.push(part);
        self
    }

    /// This figure and, depth first, the parts it is broken into.
    pub fn with_parts(&self) -> Box<dyn Iterator<Item = &Figure> + '_> {
        Box::new(std::iter::once(self).chain(self.parts.iter().flat_map(Figure::with_parts)))
    }
}
