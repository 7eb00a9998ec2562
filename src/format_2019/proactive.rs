//! Part 二 of the 2019 format: the five 第二十条 tables.
//!
//! These figures are not the 2021 ones under other names: 对外公开总数量 is not 现行有效件数,
//! and 上一年项目数量 counts items, not money.

use crate::tag::table_part;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::{FieldText, Part, ProactiveColumn2019 as Col, ProactiveRow2019 as Row};
use crate::cell::Cell;
use crate::cell::CountCell;
use crate::money::{ExactDecimal, MoneyUnit};

use crate::cell::ChangeCell;

/// A row of 第（一）项: documents made, published, and published in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "PublishedCounts2019",
    title = FieldText::Item1Row.label(),
    description = "Documents made, published, and published in all (2019 format)."
)]
pub struct PublishedCounts {
    /// Documents newly made this year.
    #[schemars(title = Col::NewlyMade.label(), description = Col::NewlyMade.title_en())]
    pub newly_made: CountCell,
    /// Documents newly published this year.
    #[schemars(title = Col::NewlyPublished.label(), description = Col::NewlyPublished.title_en())]
    pub newly_published: CountCell,
    /// Documents published in all.
    #[schemars(title = Col::TotalPublished.label(), description = Col::TotalPublished.title_en())]
    pub total_published: CountCell,
}

/// A row of 第（五）项 or 第（六）项: items last year, the change, decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "ItemCounts2019",
    title = "事项行",
    description = "Items last year, this year's change and decisions made (2019 format)."
)]
pub struct ItemCounts {
    /// Items last year.
    #[schemars(title = Col::ItemsLastYear.label(), description = Col::ItemsLastYear.title_en())]
    pub items_last_year: CountCell,
    /// This year's change, signed; what was printed when it is not a signed whole number.
    #[schemars(title = Col::ItemsChange.label(), description = Col::ItemsChange.title_en())]
    pub items_change: ChangeCell,
    /// Decisions made.
    #[schemars(title = Col::Decisions.label(), description = Col::Decisions.title_en())]
    pub decisions: CountCell,
}

/// The row of 第（八）项: fee items last year and the change (a count, not money).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "FeeItems2019",
    title = "收费事项行",
    description = "Fee items last year and this year's change (2019 format; a count, not money)."
)]
pub struct FeeItems {
    /// Fee items last year.
    #[schemars(title = Col::ItemsLastYear.label(), description = Col::ItemsLastYear.title_en())]
    pub items_last_year: CountCell,
    /// This year's change, signed.
    #[schemars(title = Col::ItemsChange.label(), description = Col::ItemsChange.title_en())]
    pub items_change: ChangeCell,
}

/// The row of 第（九）项: centralised procurement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    rename = "Procurement2019",
    title = "政府集中采购行",
    description = "Centralised government procurement: projects and total amount (2019 format)."
)]
pub struct Procurement {
    /// Procurement projects.
    #[schemars(title = Col::Projects.label(), description = Col::Projects.title_en())]
    pub projects: CountCell,
    /// The total amount, exactly as printed (the format sets no unit or precision).
    #[schemars(title = Col::TotalAmount.label(), description = Col::TotalAmount.title_en())]
    pub total_amount: Cell<ExactDecimal>,
    /// The unit the report gives for the amount, when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::MoneyUnit.label())]
    pub unit: Option<MoneyUnit>,
}

table_part! {
    /// Part 二 of the 2019 format: proactive disclosure under 第二十条.
    #[schemars(rename = "Proactive2019", title = Part::Proactive.label(), description = "Proactive disclosure under article 20 (part 2, 2019 format).")]
    pub struct Proactive ("Prose printed before the tables.", "Prose printed after the tables.") {
        /// 第（一）项: rules.
        #[schemars(title = Row::Regulations.label(), description = Row::Regulations.title_en())]
        pub regulations: PublishedCounts,
        /// 第（一）项: normative documents.
        #[schemars(title = Row::NormativeDocuments.label(), description = Row::NormativeDocuments.title_en())]
        pub normative_documents: PublishedCounts,
        /// 第（五）项: administrative licensing.
        #[schemars(title = Row::Licensing.label(), description = Row::Licensing.title_en())]
        pub licensing: ItemCounts,
        /// 第（五）项: other external administrative services.
        #[schemars(title = Row::OtherServices.label(), description = Row::OtherServices.title_en())]
        pub other_services: ItemCounts,
        /// 第（六）项: administrative penalties.
        #[schemars(title = Row::Penalties.label(), description = Row::Penalties.title_en())]
        pub penalties: ItemCounts,
        /// 第（六）项: administrative coercive measures.
        #[schemars(title = Row::Coercion.label(), description = Row::Coercion.title_en())]
        pub coercion: ItemCounts,
        /// 第（八）项: administrative fee items.
        #[schemars(title = Row::AdministrativeFees.label(), description = Row::AdministrativeFees.title_en())]
        pub administrative_fees: FeeItems,
        /// 第（九）项: centralised procurement.
        #[schemars(title = Row::Procurement.label(), description = Row::Procurement.title_en())]
        pub procurement: Procurement,
    }
}

impl Proactive {
    /// The row of 第（五）项 or 第（六）项.
    pub fn items(&self, row: Row) -> Option<&ItemCounts> {
        match row {
            Row::Licensing => Some(&self.licensing),
            Row::OtherServices => Some(&self.other_services),
            Row::Penalties => Some(&self.penalties),
            Row::Coercion => Some(&self.coercion),
            _ => None,
        }
    }

    /// The row of 第（一）项.
    pub fn published(&self, row: Row) -> Option<&PublishedCounts> {
        match row {
            Row::Regulations => Some(&self.regulations),
            Row::NormativeDocuments => Some(&self.normative_documents),
            _ => None,
        }
    }
}
