//! Part 二 of the 2021 format: the four 第二十条 tables.

use crate::tag::table_part;
use schemars::JsonSchema;

use crate::catalogue::FieldText;
use serde::{Deserialize, Serialize};

use crate::catalogue::{Part, ProactiveColumn2021 as Col, ProactiveRow2021 as Row};

use crate::cell::CountCell;

use crate::money::FeeCell;

/// A row of 第（一）项: documents issued, repealed and in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "DocumentCounts2021",
    title = FieldText::Item1Row.label(),
    description = "Documents issued, repealed and in force (2021 format)."
)]
pub struct DocumentCounts {
    /// Documents issued this year.
    #[schemars(title = Col::Issued.label(), description = Col::Issued.title_en())]
    pub issued: CountCell,
    /// Documents repealed this year.
    #[schemars(title = Col::Repealed.label(), description = Col::Repealed.title_en())]
    pub repealed: CountCell,
    /// Documents in force at year end.
    #[schemars(title = Col::InForce.label(), description = Col::InForce.title_en())]
    pub in_force: CountCell,
}

/// A row of 第（五）项 or 第（六）项: decisions made this year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "DecisionCount2021",
    title = "处理决定行",
    description = "Decisions made this year (2021 format)."
)]
pub struct DecisionCount {
    /// Decisions made this year.
    #[schemars(title = Col::Decisions.label(), description = Col::Decisions.title_en())]
    pub decisions: CountCell,
}

/// The row of 第（八）项: administrative fees collected this year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "FeeAmount2021",
    title = "收费行",
    description = "Administrative fees collected this year, in 10,000 yuan (2021 format)."
)]
pub struct FeeAmount {
    /// Fees collected this year, in 万元.
    #[schemars(title = Col::Amount.label(), description = Col::Amount.title_en())]
    pub amount: FeeCell,
}

table_part! {
    /// Part 二 of the 2021 format: proactive disclosure under 第二十条.
    #[schemars(rename = "Proactive2021", title = Part::Proactive.label(), description = "Proactive disclosure under article 20 (part 2, 2021 format).")]
    pub struct Proactive ("Prose printed before the tables.", "Prose printed after the tables.") {
        /// 第（一）项: rules.
        #[schemars(title = Row::Regulations.label(), description = Row::Regulations.title_en())]
        pub regulations: DocumentCounts,
        /// 第（一）项: administrative normative documents.
        #[schemars(title = Row::NormativeDocuments.label(), description = Row::NormativeDocuments.title_en())]
        pub normative_documents: DocumentCounts,
        /// 第（五）项: administrative licensing.
        #[schemars(title = Row::Licensing.label(), description = Row::Licensing.title_en())]
        pub licensing: DecisionCount,
        /// 第（六）项: administrative penalties.
        #[schemars(title = Row::Penalties.label(), description = Row::Penalties.title_en())]
        pub penalties: DecisionCount,
        /// 第（六）项: administrative coercive measures.
        #[schemars(title = Row::Coercion.label(), description = Row::Coercion.title_en())]
        pub coercion: DecisionCount,
        /// 第（八）项: administrative fees.
        #[schemars(title = Row::AdministrativeFees.label(), description = Row::AdministrativeFees.title_en())]
        pub administrative_fees: FeeAmount,
    }
}

impl Proactive {
    /// A count cell by row and column; `None` where the table has no such cell (and for the
    /// fee, which is money: see [`Proactive::fee`]).
    pub fn count(&self, row: Row, column: Col) -> Option<&CountCell> {
        fn docs(d: &DocumentCounts, column: Col) -> Option<&CountCell> {
            match column {
                Col::Issued => Some(&d.issued),
                Col::Repealed => Some(&d.repealed),
                Col::InForce => Some(&d.in_force),
                _ => None,
            }
        }
        fn decisions(d: &DecisionCount, column: Col) -> Option<&CountCell> {
            (column == Col::Decisions).then_some(&d.decisions)
        }
        match row {
            Row::Regulations => docs(&self.regulations, column),
            Row::NormativeDocuments => docs(&self.normative_documents, column),
            Row::Licensing => decisions(&self.licensing, column),
            Row::Penalties => decisions(&self.penalties, column),
            Row::Coercion => decisions(&self.coercion, column),
            Row::AdministrativeFees => None,
        }
    }

    /// The fee cell of 第（八）项.
    pub fn fee(&self) -> &FeeCell {
        &self.administrative_fees.amount
    }
}
