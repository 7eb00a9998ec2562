//! Building a report that passes its edition's checks.
//!
//! One builder an edition: [`Format2021Builder`] (report years from 2021),
//! [`Format2019Builder`] (2019 and 2020) and [`Regulation2008Builder`] (2008–2018). Authors
//! set the leaf cells; the table builders derive the totals the format defines (the `total`
//! column, （七）总计 and 四、结转下年度继续办理 of part 三, part 四's totals). A cell set
//! explicitly is kept and checked, never overwritten. `build()` returns the report, or a
//! [`BuildError`] with every finding that stops it, each naming its rule and the cells it
//! reads; a report a builder returns validates with no error and no warning.

mod format_2019;
mod format_2021;
mod regulation_2008;
mod tables;

pub use format_2019::{Format2019Builder, ItemRow};
pub use format_2021::Format2021Builder;
pub use regulation_2008::{PartBuilder, Regulation2008Builder};

use crate::catalogue::{ApplicantColumn, ProactiveRow2021, RequestRow};
use crate::findings::{Finding, Rule, Severity};
use crate::report::Report;
use crate::validate::validate;

/// The findings that stop a build.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the report cannot be built: {}", summary(.findings))]
pub struct BuildError {
    /// Every error and warning, in the validator's order.
    pub findings: Vec<Finding>,
}

fn summary(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(|f| f.message.en.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The two rows of 第（一）项: 规章 and (行政)规范性文件.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Documents {
    /// 规章.
    Regulations,
    /// 行政规范性文件 (2021), 规范性文件 (2019).
    NormativeDocuments,
}

impl From<Documents> for ProactiveRow2021 {
    fn from(row: Documents) -> ProactiveRow2021 {
        match row {
            Documents::Regulations => ProactiveRow2021::Regulations,
            Documents::NormativeDocuments => ProactiveRow2021::NormativeDocuments,
        }
    }
}

/// The report, or every error and warning the validator finds in it, after `early` (the
/// findings the builder made itself while deriving).
///
/// An overdrawn category column (more outcomes than applications) also unbalances the total
/// column; that is the same mistake, reported once, at the category.
fn finish(report: Report, early: Vec<Finding>) -> Result<Report, BuildError> {
    let mut overdrawn: Vec<String> = early.iter().map(|f| f.pointer.clone()).collect();
    if !overdrawn.is_empty() {
        overdrawn.push(format!(
            "{}/{}",
            RequestRow::CarriedForward.pointer(),
            ApplicantColumn::Total.id()
        ));
    }
    let mut findings = early;
    findings.extend(validate(&report).findings.into_iter().filter(|f| {
        f.severity != Severity::Notice
            && !(f.rule == Rule::RequestsBalance && overdrawn.contains(&f.pointer))
    }));
    if findings.is_empty() {
        Ok(report)
    } else {
        Err(BuildError { findings })
    }
}

/// The setters of the report's meta, shared by every builder (each has a `meta: Meta`).
macro_rules! meta_setters {
    () => {
        /// The publication date.
        pub fn publication_date(&mut self, date: chrono::NaiveDate) -> &mut Self {
            self.meta.publication_date = Some(date);
            self
        }

        /// Where the report is published.
        pub fn source(&mut self, source: crate::meta::Source) -> &mut Self {
            self.meta.source = Some(source);
            self
        }

        /// Whether the agency is a department or a government (it sets the deadline).
        pub fn level(&mut self, level: crate::meta::AgencyLevel) -> &mut Self {
            self.meta.level = Some(level);
            self
        }

        /// The contact for questions about the report.
        pub fn contact(&mut self, contact: crate::meta::Contact) -> &mut Self {
            self.meta.contact = Some(contact);
            self
        }
    };
}

/// The setters the 2019 and 2021 builders share: the narrative parts and parts 三 and 四
/// (each builder has `meta` and `common: tables::Common`).
macro_rules! table_setters {
    () => {
        crate::builder::meta_setters!();

        /// Part 一: the overview text (paragraphs separated by `\n`).
        pub fn overview(&mut self, text: impl Into<String>) -> &mut Self {
            self.common.overview = text.into();
            self
        }

        /// Part 五: main problems and improvements.
        pub fn problems(&mut self, text: impl Into<String>) -> &mut Self {
            self.common.problems = text.into();
            self
        }

        /// Part 六: other matters.
        pub fn other_matters(&mut self, text: impl Into<String>) -> &mut Self {
            self.common.other_matters = text.into();
            self
        }

        /// Part 六: the 信息处理费 figures.
        pub fn information_processing_fee(
            &mut self,
            fee: crate::other_matters::InformationProcessingFee,
        ) -> &mut Self {
            self.common.information_processing_fee = Some(fee);
            self
        }

        /// A cell of part 三. Leaf cells (a row's applicant categories, other than （七）总计
        /// and 四、结转) are 0 until set; totals and carry-forward are derived unless set, and
        /// a cell set explicitly is checked against what its parts give. Setting the
        /// `organization_subtotal` column of any row prints that column in every row.
        pub fn applications(
            &mut self,
            row: crate::catalogue::RequestRow,
            column: crate::catalogue::ApplicantColumn,
            count: u32,
        ) -> &mut Self {
            self.common
                .tables
                .set(crate::layout::RequestLine::Row(row), column, count);
            self
        }

        /// A cell of part 四; each block's total is derived unless set.
        pub fn review(
            &mut self,
            block: crate::catalogue::ReviewBlock,
            outcome: crate::catalogue::ReviewOutcome,
            count: u32,
        ) -> &mut Self {
            self.common.tables.set_review(block, outcome, count);
            self
        }
    };
}

pub(crate) use {meta_setters, table_setters};
