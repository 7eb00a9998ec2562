//! Narrative parts: prose kept as published.

use schemars::JsonSchema;

use crate::catalogue::FieldText;
use serde::{Deserialize, Serialize};

/// A part of the report that is prose (总体情况, 存在的主要问题及改进情况, …).
///
/// `text` is the part's text as published, without its heading: paragraphs (and the
/// sub-headings between them) separated by a single line break `\n`. Typographic emphasis
/// and page furniture are not part of the text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "文字部分",
    description = "A prose part of the report, as published."
)]
pub struct Narrative {
    /// The heading as printed, when known (it may differ from the official wording).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Heading.label())]
    pub heading: Option<String>,
    /// The text, paragraphs separated by `\n`.
    #[schemars(title = FieldText::Text.label())]
    pub text: String,
}

impl Narrative {
    /// A part with this text and no recorded heading.
    pub fn new(text: impl Into<String>) -> Narrative {
        Narrative {
            heading: None,
            text: text.into(),
        }
    }

    /// The paragraphs of the text.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split('\n')
    }
}
