//! The builder of a 2021-format report.

use crate::cell::Cell;
use crate::format_2021::{
    DecisionCount, DocumentCounts, FeeAmount, Format2021Report, Format2021Tag, Proactive,
};
use crate::meta::{Meta, ReportYear};
use crate::money::Fee;
use crate::report::Report;

use super::tables::{Common, assemble, count};
use super::{BuildError, Documents, finish, table_setters};

/// Builds a report in the 2021 format (report years from 2021).
///
/// Authors set the leaf cells; the builder derives the `total` column, （七）总计 and
/// 四、结转下年度继续办理, and part 四's totals. A cell set explicitly is kept and checked,
/// never overwritten. [`Format2021Builder::build`] returns the report, or every finding that
/// stops it; a report it returns validates with no error and no warning.
///
/// ```
/// use ogi_report::builder::Format2021Builder;
/// use ogi_report::catalogue::{ApplicantColumn, RequestRow, ReviewBlock, ReviewOutcome};
/// use ogi_report::{Fee, validate};
/// use ogi_report::meta::ReportYear;
///
/// let mut b = Format2021Builder::new("某市某局", ReportYear::new(2023).unwrap());
/// b.overview("2023年，本机关……")
///     .penalties(67)
///     .administrative_fees("27.25".parse::<Fee>().unwrap())
///     .applications(RequestRow::NewReceived, ApplicantColumn::NaturalPerson, 5)
///     .applications(RequestRow::CarriedOver, ApplicantColumn::NaturalPerson, 1)
///     .applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 4)
///     .review(ReviewBlock::Review, ReviewOutcome::Upheld, 1);
/// let report = b.build().expect("it balances");
/// let r = report.as_format_2021().unwrap();
/// assert_eq!(r.requests.outcomes.total.total.as_u64(), Some(4));
/// assert_eq!(r.requests.carried_forward.natural_person.as_u64(), Some(2));
/// assert!(validate(&report).is_clean());
///
/// // More outcomes than applications cannot be carried forward.
/// b.applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 9);
/// let err = b.build().unwrap_err();
/// assert_eq!(err.findings[0].pointer, "/requests/carried_forward/natural_person");
/// ```
#[derive(Debug, Clone)]
pub struct Format2021Builder {
    meta: Meta,
    common: Common,
    documents: [[u32; 3]; 2],
    decisions: [u32; 3],
    fee: Fee,
}

impl Format2021Builder {
    /// A builder for the agency's report for a year. Every cell not set is 0; the narrative
    /// parts are empty until set.
    pub fn new(agency: impl Into<String>, report_year: ReportYear) -> Format2021Builder {
        Format2021Builder {
            meta: Meta::new(agency, report_year),
            common: Common::default(),
            documents: [[0; 3]; 2],
            decisions: [0; 3],
            fee: Fee::ZERO,
        }
    }

    table_setters!();

    /// 第（一）项: documents issued, repealed and in force.
    pub fn documents(
        &mut self,
        row: Documents,
        issued: u32,
        repealed: u32,
        in_force: u32,
    ) -> &mut Self {
        self.documents[row as usize] = [issued, repealed, in_force];
        self
    }

    /// 第（五）项: licensing decisions.
    pub fn licensing(&mut self, decisions: u32) -> &mut Self {
        self.decisions[0] = decisions;
        self
    }

    /// 第（六）项: penalty decisions.
    pub fn penalties(&mut self, decisions: u32) -> &mut Self {
        self.decisions[1] = decisions;
        self
    }

    /// 第（六）项: coercive-measure decisions.
    pub fn coercion(&mut self, decisions: u32) -> &mut Self {
        self.decisions[2] = decisions;
        self
    }

    /// 第（八）项: administrative fees collected, in 万元.
    pub fn administrative_fees(&mut self, fee: Fee) -> &mut Self {
        self.fee = fee;
        self
    }

    /// Builds the report, or returns every finding that stops it.
    pub fn build(&self) -> Result<Report, BuildError> {
        let docs = |row: Documents| {
            let [issued, repealed, in_force] = self.documents[row as usize];
            DocumentCounts {
                issued: count(issued.into()),
                repealed: count(repealed.into()),
                in_force: count(in_force.into()),
            }
        };
        let decisions = |i: usize| DecisionCount {
            decisions: count(self.decisions[i].into()),
        };
        let proactive = Proactive {
            heading: None,
            text_before: None,
            regulations: docs(Documents::Regulations),
            normative_documents: docs(Documents::NormativeDocuments),
            licensing: decisions(0),
            penalties: decisions(1),
            coercion: decisions(2),
            administrative_fees: FeeAmount {
                amount: Cell::Value(self.fee),
            },
            text_after: None,
        };
        let (report, early) = assemble!(
            Format2021Report,
            Format2021Tag,
            self.meta,
            self.common,
            proactive,
            self.common.tables.requests(false)
        );
        finish(report, early)
    }
}
