//! Part 三, 收到和处理政府信息公开申请情况: the applicant-category matrix.
//!
//! The same table serves the 2019 and 2021 formats. Rows are grouped as the format groups
//! them; each row holds the seven applicant-category cells. Group headers carry no numbers in
//! the national format, but local templates sometimes print a subtotal row for a group, and
//! the 2019 format (and some 2021 reports) print （六）其他处理 as a single row: both are held
//! as printed, see [`OtherHandling`].

use crate::tag::table_part;
use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::catalogue::{ApplicantColumn, RequestGroup, RequestRow, TableText};
use crate::cell::CountCell;

/// One row of the matrix: the cells of each applicant category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = TableText::ApplicantSituation.label(), description = "One row of the applicant-category matrix: a cell per applicant category.")]
pub struct ApplicantRow {
    /// Applications from natural persons.
    #[schemars(title = ApplicantColumn::NaturalPerson.label())]
    pub natural_person: CountCell,
    /// Applications from commercial enterprises.
    #[schemars(title = ApplicantColumn::CommercialEnterprise.label())]
    pub commercial_enterprise: CountCell,
    /// Applications from research institutions.
    #[schemars(title = ApplicantColumn::ResearchInstitution.label())]
    pub research_institution: CountCell,
    /// Applications from public-welfare organisations.
    #[schemars(title = ApplicantColumn::PublicWelfareOrganization.label())]
    pub public_welfare_organization: CountCell,
    /// Applications from legal service institutions.
    #[schemars(title = ApplicantColumn::LegalServiceInstitution.label())]
    pub legal_service_institution: CountCell,
    /// Applications from other organisations.
    #[schemars(title = ApplicantColumn::OtherOrganization.label())]
    pub other_organization: CountCell,
    /// A subtotal of the five organisation columns, printed only by some local templates.
    ///
    /// A table that prints the column holds `Some` in every row: `Some(Cell::Blank)` where
    /// the row's cell is blank. In JSON the field is optional and `null` is the same as
    /// absent, as code generators write it; [`Report::from_json`](crate::Report::from_json)
    /// reads a row without it, in a table whose other rows have it, as a blank cell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(
        title = ApplicantColumn::OrganizationSubtotal.label(),
        with = "CountCell",
        description = "A subtotal of the five organisation columns, printed only by some local templates. Absent or null where the table has no such column; a table that prints it has it in every row, null where blank."
    )]
    pub organization_subtotal: Option<CountCell>,
    /// Applications from all applicants.
    #[schemars(title = ApplicantColumn::Total.label())]
    pub total: CountCell,
}

impl ApplicantRow {
    /// A row with every cell the same (e.g. all blank, or all zero).
    pub fn filled(cell: CountCell) -> ApplicantRow {
        ApplicantRow {
            natural_person: cell.clone(),
            commercial_enterprise: cell.clone(),
            research_institution: cell.clone(),
            public_welfare_organization: cell.clone(),
            legal_service_institution: cell.clone(),
            other_organization: cell.clone(),
            organization_subtotal: None,
            total: cell,
        }
    }

    /// A row of the national layout from its seven cells, in the official column order.
    pub fn from_cells(cells: [CountCell; 7]) -> ApplicantRow {
        let [np, ce, ri, pw, ls, oo, total] = cells;
        ApplicantRow {
            natural_person: np,
            commercial_enterprise: ce,
            research_institution: ri,
            public_welfare_organization: pw,
            legal_service_institution: ls,
            other_organization: oo,
            organization_subtotal: None,
            total,
        }
    }

    /// The cell in a column; `None` only for a subtotal column the row does not have.
    pub fn cell(&self, column: ApplicantColumn) -> Option<&CountCell> {
        Some(match column {
            ApplicantColumn::NaturalPerson => &self.natural_person,
            ApplicantColumn::CommercialEnterprise => &self.commercial_enterprise,
            ApplicantColumn::ResearchInstitution => &self.research_institution,
            ApplicantColumn::PublicWelfareOrganization => &self.public_welfare_organization,
            ApplicantColumn::LegalServiceInstitution => &self.legal_service_institution,
            ApplicantColumn::OtherOrganization => &self.other_organization,
            ApplicantColumn::OrganizationSubtotal => return self.organization_subtotal.as_ref(),
            ApplicantColumn::Total => &self.total,
        })
    }

    /// The cell in a column, mutably; `None` only for an absent subtotal column.
    pub fn cell_mut(&mut self, column: ApplicantColumn) -> Option<&mut CountCell> {
        Some(match column {
            ApplicantColumn::NaturalPerson => &mut self.natural_person,
            ApplicantColumn::CommercialEnterprise => &mut self.commercial_enterprise,
            ApplicantColumn::ResearchInstitution => &mut self.research_institution,
            ApplicantColumn::PublicWelfareOrganization => &mut self.public_welfare_organization,
            ApplicantColumn::LegalServiceInstitution => &mut self.legal_service_institution,
            ApplicantColumn::OtherOrganization => &mut self.other_organization,
            ApplicantColumn::OrganizationSubtotal => {
                return self.organization_subtotal.as_mut();
            }
            ApplicantColumn::Total => &mut self.total,
        })
    }

    /// The columns this row has, in order (the subtotal only when printed).
    pub fn columns(&self) -> impl Iterator<Item = ApplicantColumn> + '_ {
        ApplicantColumn::ALL
            .iter()
            .copied()
            .filter(|c| self.cell(*c).is_some())
    }
}

/// Defines a group of rows with an optional printed subtotal row.
macro_rules! row_group {
    (
        $(#[$meta:meta])*
        $name:ident, $group:ident, { $( $field:ident : $row:ident ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        #[schemars(title = RequestGroup::$group.label(), description = RequestGroup::$group.title_en())]
        pub struct $name {
            /// The group's own row, printed only by some local templates.
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[schemars(title = RequestGroup::$group.label())]
            pub subtotal: Option<ApplicantRow>,
            $(
                #[doc = concat!("The row `", stringify!($field), "`; see [`RequestRow::", stringify!($row), "`].")]
                #[schemars(title = RequestRow::$row.label(), description = RequestRow::$row.title_en())]
                pub $field: ApplicantRow,
            )+
        }

        impl $name {
            /// The group's rows from their cells, in official order, with no subtotal row.
            pub fn from_rows(rows: [ApplicantRow; [$(stringify!($field)),+].len()]) -> $name {
                let [$($field),+] = rows;
                $name { subtotal: None, $($field),+ }
            }

            /// The row, if it belongs to this group.
            pub fn row(&self, row: RequestRow) -> Option<&ApplicantRow> {
                match row {
                    $(RequestRow::$row => Some(&self.$field),)+
                    _ => None,
                }
            }

            /// The row, mutably, if it belongs to this group.
            pub fn row_mut(&mut self, row: RequestRow) -> Option<&mut ApplicantRow> {
                match row {
                    $(RequestRow::$row => Some(&mut self.$field),)+
                    _ => None,
                }
            }
        }
    };
}

row_group! {
    /// （三）不予公开: withheld, by reason.
    Withheld, Withheld, {
        state_secret: StateSecret,
        prohibited_by_law: ProhibitedByLaw,
        security_and_stability: SecurityAndStability,
        third_party_rights: ThirdPartyRights,
        internal_affairs: InternalAffairs,
        process_information: ProcessInformation,
        enforcement_case_files: EnforcementCaseFiles,
        administrative_inquiry: AdministrativeInquiry,
    }
}

row_group! {
    /// （四）无法提供: cannot be provided, by reason.
    Unavailable, Unavailable, {
        not_held: NotHeld,
        requires_compilation: RequiresCompilation,
        unclear_after_amendment: UnclearAfterAmendment,
    }
}

row_group! {
    /// （五）不予处理: not processed, by reason.
    NotProcessed, NotProcessed, {
        petition_or_complaint: PetitionOrComplaint,
        repeated: Repeated,
        publication: Publication,
        excessive: Excessive,
        confirmation: Confirmation,
    }
}

row_group! {
    /// （六）其他处理 with its three sub-rows (the 2021 layout).
    OtherHandlingItems, OtherHandling, {
        no_amendment: NoAmendment,
        fee_unpaid: FeeUnpaid,
        other: OtherHandlingOther,
    }
}

/// （六）其他处理, as printed: itemized (2021) or one row (2019, and some 2021 reports).
///
/// In JSON both forms are one object with distinct keys, so that code generators, which
/// merge the two forms into one type, write back what they read: the itemized form has
/// `no_amendment`, `fee_unpaid`, `other` and optionally `subtotal`; the single row is
/// `{"row": {…}}`. A key written `null` is the same as an absent key.
#[derive(Debug, Clone, PartialEq, Eq)]
// One value per report, stored inline in `Outcomes`: boxing the larger variant would only add
// an allocation per report.
#[allow(clippy::large_enum_variant, reason = "one value per report, see above")]
pub enum OtherHandling {
    /// The three sub-rows of the 2021 format.
    Itemized(OtherHandlingItems),
    /// One row, as the 2019 format prints it.
    SingleRow(ApplicantRow),
}

impl Serialize for OtherHandling {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            OtherHandling::Itemized(items) => items.serialize(serializer),
            OtherHandling::SingleRow(row) => {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(SINGLE_ROW_KEY, row)?;
                map.end()
            }
        }
    }
}

impl OtherHandling {
    /// The sub-row, when itemized.
    pub fn row(&self, row: RequestRow) -> Option<&ApplicantRow> {
        match self {
            OtherHandling::Itemized(items) => items.row(row),
            OtherHandling::SingleRow(_) => None,
        }
    }

    /// The sub-row, mutably, when itemized.
    pub fn row_mut(&mut self, row: RequestRow) -> Option<&mut ApplicantRow> {
        match self {
            OtherHandling::Itemized(items) => items.row_mut(row),
            OtherHandling::SingleRow(_) => None,
        }
    }

    /// The row printed for the group itself: the single row, or an itemized group's subtotal.
    pub fn group_row(&self) -> Option<&ApplicantRow> {
        match self {
            OtherHandling::Itemized(items) => items.subtotal.as_ref(),
            OtherHandling::SingleRow(row) => Some(row),
        }
    }
}

impl<'de> Deserialize<'de> for OtherHandling {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OtherHandlingVisitor)
    }
}

struct OtherHandlingVisitor;

const ITEM_KEYS: [&str; 4] = ["subtotal", "no_amendment", "fee_unpaid", "other"];
const SINGLE_ROW_KEY: &str = "row";

impl<'de> Visitor<'de> for OtherHandlingVisitor {
    type Value = OtherHandling;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "（六）其他处理: an object with `no_amendment`, `fee_unpaid`, `other`, or with `row`",
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OtherHandling, A::Error> {
        // Read field by field (no buffering) so that errors keep their path. Every key may be
        // written `null`, which is the same as leaving it out.
        let mut items: [Option<ApplicantRow>; 4] = Default::default();
        let mut seen = [false; 5];
        let mut single: Option<ApplicantRow> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let i = match ITEM_KEYS.iter().position(|k| *k == key) {
                Some(i) => i,
                None if key == SINGLE_ROW_KEY => ITEM_KEYS.len(),
                None => {
                    return Err(de::Error::custom(format_args!(
                        "unknown field `{key}` in （六）其他处理: expected the sub-rows \
                         `no_amendment`, `fee_unpaid`, `other` (and optionally `subtotal`), or \
                         `row` for a single row"
                    )));
                }
            };
            if seen[i] {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            seen[i] = true;
            let value = map.next_value::<Option<ApplicantRow>>()?;
            match items.get_mut(i) {
                Some(slot) => *slot = value,
                None => single = value,
            }
        }
        let has_items = items.iter().any(Option::is_some);
        if let Some(row) = single {
            if has_items {
                return Err(de::Error::custom(
                    "（六）其他处理 has both `row` and sub-rows; give one or the other",
                ));
            }
            return Ok(OtherHandling::SingleRow(row));
        }
        let [subtotal, no_amendment, fee_unpaid, other] = items;
        Ok(OtherHandling::Itemized(OtherHandlingItems {
            subtotal,
            no_amendment: no_amendment.ok_or_else(|| de::Error::missing_field("no_amendment"))?,
            fee_unpaid: fee_unpaid.ok_or_else(|| de::Error::missing_field("fee_unpaid"))?,
            other: other.ok_or_else(|| de::Error::missing_field("other"))?,
        }))
    }
}

/// The single-row form of （六）其他处理 as the schema describes it.
#[derive(JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = RequestGroup::OtherHandling.label(),
    description = "（六）其他处理 printed as one row, as the 2019 format prints it."
)]
#[allow(dead_code, reason = "only its schema is used")]
struct OtherHandlingRow {
    /// The row's cells.
    #[schemars(title = RequestGroup::OtherHandling.label())]
    row: ApplicantRow,
}

impl JsonSchema for OtherHandling {
    fn schema_name() -> Cow<'static, str> {
        "OtherHandling".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let items = generator.subschema_for::<OtherHandlingItems>();
        let row = generator.subschema_for::<OtherHandlingRow>();
        json_schema!({
            "title": RequestGroup::OtherHandling.label(),
            "description": "Other handling: itemized in three sub-rows (2021 layout), or printed as one row under `row` (2019 layout).",
            "anyOf": [items, row],
        })
    }
}

/// 三、本年度办理结果: the outcomes of the year, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = RequestGroup::Outcomes.label(), description = "Outcomes of the applications concluded this year.")]
pub struct Outcomes {
    /// Disclosed.
    #[schemars(title = RequestRow::Disclosed.label(), description = RequestRow::Disclosed.title_en())]
    pub disclosed: ApplicantRow,
    /// Partially disclosed.
    #[schemars(title = RequestRow::PartiallyDisclosed.label(), description = RequestRow::PartiallyDisclosed.title_en())]
    pub partially_disclosed: ApplicantRow,
    /// Withheld, by reason.
    #[schemars(title = RequestGroup::Withheld.label(), description = RequestGroup::Withheld.title_en())]
    pub withheld: Withheld,
    /// Cannot be provided, by reason.
    #[schemars(title = RequestGroup::Unavailable.label(), description = RequestGroup::Unavailable.title_en())]
    pub unavailable: Unavailable,
    /// Not processed, by reason.
    #[schemars(title = RequestGroup::NotProcessed.label(), description = RequestGroup::NotProcessed.title_en())]
    pub not_processed: NotProcessed,
    /// Other handling.
    #[schemars(title = RequestGroup::OtherHandling.label(), description = RequestGroup::OtherHandling.title_en())]
    pub other_handling: OtherHandling,
    /// Total outcomes.
    #[schemars(title = RequestRow::OutcomesTotal.label(), description = RequestRow::OutcomesTotal.title_en())]
    pub total: ApplicantRow,
}

table_part! {
    /// Part 三 of the 2019 and 2021 formats: applications received and handled.
    #[schemars(title = crate::catalogue::Part::Requests.label(), description = "Applications received and handled, by applicant category (part 3).")]
    pub struct Requests ("Prose printed before the table.", "Prose printed after the table.") {
        /// New applications received this year.
        #[schemars(title = RequestRow::NewReceived.label(), description = RequestRow::NewReceived.title_en())]
        pub new_received: ApplicantRow,
        /// Applications carried over from last year.
        #[schemars(title = RequestRow::CarriedOver.label(), description = RequestRow::CarriedOver.title_en())]
        pub carried_over: ApplicantRow,
        /// Outcomes this year.
        #[schemars(title = RequestGroup::Outcomes.label(), description = RequestGroup::Outcomes.title_en())]
        pub outcomes: Outcomes,
        /// Carried forward to next year.
        #[schemars(title = RequestRow::CarriedForward.label(), description = RequestRow::CarriedForward.title_en())]
        pub carried_forward: ApplicantRow,
    }
}

impl Requests {
    /// A table with every cell of the national 2021 layout set to `cell`.
    pub fn filled(cell: CountCell) -> Requests {
        let row = || ApplicantRow::filled(cell.clone());
        Requests {
            heading: None,
            text_before: None,
            new_received: row(),
            carried_over: row(),
            outcomes: Outcomes {
                disclosed: row(),
                partially_disclosed: row(),
                withheld: Withheld::from_rows(std::array::from_fn(|_| row())),
                unavailable: Unavailable::from_rows(std::array::from_fn(|_| row())),
                not_processed: NotProcessed::from_rows(std::array::from_fn(|_| row())),
                other_handling: OtherHandling::Itemized(OtherHandlingItems::from_rows(
                    std::array::from_fn(|_| row()),
                )),
                total: row(),
            },
            carried_forward: row(),
            text_after: None,
        }
    }

    /// A data row; `None` for a （六） sub-row when （六） is printed as a single row.
    pub fn row(&self, row: RequestRow) -> Option<&ApplicantRow> {
        use RequestRow::*;
        let o = &self.outcomes;
        match row {
            NewReceived => Some(&self.new_received),
            CarriedOver => Some(&self.carried_over),
            Disclosed => Some(&o.disclosed),
            PartiallyDisclosed => Some(&o.partially_disclosed),
            OutcomesTotal => Some(&o.total),
            CarriedForward => Some(&self.carried_forward),
            _ => match row.group() {
                Some(RequestGroup::Withheld) => o.withheld.row(row),
                Some(RequestGroup::Unavailable) => o.unavailable.row(row),
                Some(RequestGroup::NotProcessed) => o.not_processed.row(row),
                Some(RequestGroup::OtherHandling) => o.other_handling.row(row),
                _ => None,
            },
        }
    }

    /// A data row, mutably; `None` as for [`Requests::row`].
    pub fn row_mut(&mut self, row: RequestRow) -> Option<&mut ApplicantRow> {
        use RequestRow::*;
        let o = &mut self.outcomes;
        match row {
            NewReceived => Some(&mut self.new_received),
            CarriedOver => Some(&mut self.carried_over),
            Disclosed => Some(&mut o.disclosed),
            PartiallyDisclosed => Some(&mut o.partially_disclosed),
            OutcomesTotal => Some(&mut o.total),
            CarriedForward => Some(&mut self.carried_forward),
            _ => match row.group() {
                Some(RequestGroup::Withheld) => o.withheld.row_mut(row),
                Some(RequestGroup::Unavailable) => o.unavailable.row_mut(row),
                Some(RequestGroup::NotProcessed) => o.not_processed.row_mut(row),
                Some(RequestGroup::OtherHandling) => o.other_handling.row_mut(row),
                _ => None,
            },
        }
    }

    /// The row printed for a group itself, mutably; `None` as for [`Requests::group_row`].
    pub fn group_row_mut(&mut self, group: RequestGroup) -> Option<&mut ApplicantRow> {
        let o = &mut self.outcomes;
        match group {
            RequestGroup::Outcomes => None,
            RequestGroup::Withheld => o.withheld.subtotal.as_mut(),
            RequestGroup::Unavailable => o.unavailable.subtotal.as_mut(),
            RequestGroup::NotProcessed => o.not_processed.subtotal.as_mut(),
            RequestGroup::OtherHandling => match &mut o.other_handling {
                OtherHandling::Itemized(items) => items.subtotal.as_mut(),
                OtherHandling::SingleRow(row) => Some(row),
            },
        }
    }

    /// When any row has the organisation subtotal column, gives every row without it a blank
    /// cell there: the column is printed down the whole table. JSON written by code
    /// generators cannot tell an absent cell from a `null` one, so a blank cell of the column
    /// may come back absent; this reads it as the blank it is.
    pub(crate) fn complete_subtotal_column(&mut self) {
        let has =
            |row: Option<&ApplicantRow>| row.is_some_and(|r| r.organization_subtotal.is_some());
        let printed = RequestRow::ALL.iter().any(|r| has(self.row(*r)))
            || RequestGroup::ALL.iter().any(|g| has(self.group_row(*g)));
        if !printed {
            return;
        }
        let fill = |row: Option<&mut ApplicantRow>| {
            if let Some(row) = row {
                row.organization_subtotal.get_or_insert(CountCell::Blank);
            }
        };
        for row in RequestRow::ALL {
            fill(self.row_mut(*row));
        }
        for group in RequestGroup::ALL {
            fill(self.group_row_mut(*group));
        }
    }

    /// The row printed for a group itself (a local subtotal, or the single （六） row).
    pub fn group_row(&self, group: RequestGroup) -> Option<&ApplicantRow> {
        let o = &self.outcomes;
        match group {
            RequestGroup::Outcomes => None,
            RequestGroup::Withheld => o.withheld.subtotal.as_ref(),
            RequestGroup::Unavailable => o.unavailable.subtotal.as_ref(),
            RequestGroup::NotProcessed => o.not_processed.subtotal.as_ref(),
            RequestGroup::OtherHandling => o.other_handling.group_row(),
        }
    }
}
