//! The builder of a 2019-format report.

use crate::catalogue::ApplicantColumn;
use crate::cell::Cell;
use crate::format_2019::{
    FeeItems, Format2019Report, Format2019Tag, ItemCounts, Proactive, Procurement, PublishedCounts,
};
use crate::layout::RequestLine;
use crate::meta::{Meta, ReportYear};
use crate::money::{ExactDecimal, MoneyUnit};
use crate::report::Report;

use super::tables::{Common, assemble, count};
use super::{BuildError, Documents, finish, table_setters};

/// The rows of 第（五）项 and 第（六）项 in the 2019 format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemRow {
    /// 第（五）项: 行政许可.
    Licensing,
    /// 第（五）项: 其他对外管理服务事项.
    OtherServices,
    /// 第（六）项: 行政处罚.
    Penalties,
    /// 第（六）项: 行政强制.
    Coercion,
}

/// A row of 第（五）项 or 第（六）项: items last year, the change, decisions.
type Items = (u32, i32, u32);

/// Builds a report in the trial format of 2019 (report years 2019 and 2020).
///
/// Part 二 is the 2019 one: 本年新制作/本年新公开/对外公开总数量 for 第（一）项, 上一年项目数量,
/// 本年增/减 and 处理决定数量 for 第（五）项 and 第（六）项, the fee items of 第（八）项 and
/// 政府集中采购 with its exact amount and unit. Part 三 prints （六）其他处理 as one row, set with
/// [`Format2019Builder::other_handling`]. As with [`super::Format2021Builder`], authors set
/// the leaf cells; the builder derives the `total` column, （七）总计, 四、结转下年度继续办理 and
/// part 四's totals, and keeps and checks a cell set explicitly.
///
/// ```
/// use ogi_report::builder::{Documents, Format2019Builder, ItemRow};
/// use ogi_report::catalogue::{ApplicantColumn, RequestRow};
/// use ogi_report::meta::ReportYear;
/// use ogi_report::money::MoneyUnit;
/// use ogi_report::validate;
///
/// let mut b = Format2019Builder::new("聊城市某局", ReportYear::new(2019).unwrap());
/// b.documents(Documents::Regulations, 2, 1, 9)
///     .items(ItemRow::Penalties, 90, -3, 87)
///     .procurement(56, "48359.899368".parse().unwrap(), Some(MoneyUnit::WanYuan))
///     .applications(RequestRow::NewReceived, ApplicantColumn::NaturalPerson, 3)
///     .applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 1)
///     .other_handling(ApplicantColumn::NaturalPerson, 1);
/// let report = b.build().expect("it balances");
/// let r = report.as_format_2019().unwrap();
/// assert_eq!(r.requests.outcomes.total.total.as_u64(), Some(2));
/// assert_eq!(r.requests.carried_forward.total.as_u64(), Some(1));
/// assert_eq!(r.proactive.procurement.total_amount.value().unwrap().to_string(), "48359.899368");
/// assert!(validate(&report).is_clean());
///
/// // 本年新公开 beyond 本年新制作 is a warning, and warnings stop a build too.
/// b.documents(Documents::Regulations, 2, 3, 9);
/// let err = b.build().unwrap_err();
/// assert_eq!(err.findings[0].rule.id(), "proactive.published_within_made");
/// assert_eq!(err.findings[0].pointer, "/proactive/regulations/newly_published");
/// ```
#[derive(Debug, Clone)]
pub struct Format2019Builder {
    meta: Meta,
    common: Common,
    documents: [[u32; 3]; 2],
    items: [Items; 4],
    fee_items: (u32, i32),
    procurement: (u32, ExactDecimal, Option<MoneyUnit>),
}

impl Format2019Builder {
    /// A builder for the agency's report for a year. Every cell not set is 0 (the
    /// procurement amount "0", with no unit); the narrative parts are empty until set.
    pub fn new(agency: impl Into<String>, report_year: ReportYear) -> Format2019Builder {
        Format2019Builder {
            meta: Meta::new(agency, report_year),
            common: Common::default(),
            documents: [[0; 3]; 2],
            items: [(0, 0, 0); 4],
            fee_items: (0, 0),
            procurement: (0, ExactDecimal::ZERO, None),
        }
    }

    table_setters!();

    /// 第（一）项: documents newly made, newly published, and published in all.
    pub fn documents(
        &mut self,
        row: Documents,
        newly_made: u32,
        newly_published: u32,
        total_published: u32,
    ) -> &mut Self {
        self.documents[row as usize] = [newly_made, newly_published, total_published];
        self
    }

    /// 第（五）项 or 第（六）项: items last year, this year's change (signed), decisions.
    pub fn items(
        &mut self,
        row: ItemRow,
        items_last_year: u32,
        items_change: i32,
        decisions: u32,
    ) -> &mut Self {
        self.items[row as usize] = (items_last_year, items_change, decisions);
        self
    }

    /// 第（八）项: administrative fee items last year and this year's change (a count, not
    /// money).
    pub fn fee_items(&mut self, items_last_year: u32, items_change: i32) -> &mut Self {
        self.fee_items = (items_last_year, items_change);
        self
    }

    /// 第（九）项: procurement projects and their total amount, exactly, in the unit the
    /// report states (the format sets none; `None` when the report states none).
    pub fn procurement(
        &mut self,
        projects: u32,
        total_amount: ExactDecimal,
        unit: Option<MoneyUnit>,
    ) -> &mut Self {
        self.procurement = (projects, total_amount, unit);
        self
    }

    /// Part 三: a cell of （六）其他处理, which the 2019 format prints as one row. Setting
    /// one of the three sub-rows of the 2021 format instead (with
    /// [`applications`](Self::applications)) itemizes （六）, and `edition.layout` stops the
    /// build.
    pub fn other_handling(&mut self, column: ApplicantColumn, count: u32) -> &mut Self {
        self.common
            .tables
            .set(RequestLine::OtherHandlingSingle, column, count);
        self
    }

    fn proactive(&self) -> Proactive {
        let docs = |row: Documents| {
            let [made, published, total] = self.documents[row as usize];
            PublishedCounts {
                newly_made: count(made.into()),
                newly_published: count(published.into()),
                total_published: count(total.into()),
            }
        };
        let items = |row: ItemRow| {
            let (last, change, decisions) = self.items[row as usize];
            ItemCounts {
                items_last_year: count(last.into()),
                items_change: Cell::Value(change.into()),
                decisions: count(decisions.into()),
            }
        };
        let (projects, amount, unit) = self.procurement;
        Proactive {
            heading: None,
            text_before: None,
            regulations: docs(Documents::Regulations),
            normative_documents: docs(Documents::NormativeDocuments),
            licensing: items(ItemRow::Licensing),
            other_services: items(ItemRow::OtherServices),
            penalties: items(ItemRow::Penalties),
            coercion: items(ItemRow::Coercion),
            administrative_fees: FeeItems {
                items_last_year: count(self.fee_items.0.into()),
                items_change: Cell::Value(self.fee_items.1.into()),
            },
            procurement: Procurement {
                projects: count(projects.into()),
                total_amount: Cell::Value(amount),
                unit,
            },
            text_after: None,
        }
    }

    /// Builds the report, or returns every finding that stops it.
    pub fn build(&self) -> Result<Report, BuildError> {
        let single = !self.common.tables.itemized();
        let (report, early) = assemble!(
            Format2019Report,
            Format2019Tag,
            self.meta,
            self.common,
            self.proactive(),
            self.common.tables.requests(single)
        );
        finish(report, early)
    }
}
