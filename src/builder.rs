//! Building a report that balances.
//!
//! Authors set the leaf cells; the builder derives the `total` column, （七）总计 and
//! 四、结转下年度继续办理, and part 四's totals. A cell set explicitly is kept and checked, never
//! overwritten. [`Format2021Builder::build`] returns the report, or every finding that stops
//! it; a report it returns validates with no error and no warning.
//!
//! ```
//! use ogi_report::builder::Format2021Builder;
//! use ogi_report::catalogue::{ApplicantColumn, RequestRow, ReviewBlock, ReviewOutcome};
//! use ogi_report::{Fee, validate};
//! use ogi_report::meta::ReportYear;
//!
//! let mut b = Format2021Builder::new("某市某局", ReportYear::new(2023).unwrap());
//! b.overview("2023年，本机关……")
//!     .penalties(67)
//!     .administrative_fees("27.25".parse::<Fee>().unwrap())
//!     .applications(RequestRow::NewReceived, ApplicantColumn::NaturalPerson, 5)
//!     .applications(RequestRow::CarriedOver, ApplicantColumn::NaturalPerson, 1)
//!     .applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 4)
//!     .review(ReviewBlock::Review, ReviewOutcome::Upheld, 1);
//! let report = b.build().expect("it balances");
//! let r = report.as_format_2021().unwrap();
//! assert_eq!(r.requests.outcomes.total.total.as_u64(), Some(4));
//! assert_eq!(r.requests.carried_forward.natural_person.as_u64(), Some(2));
//! assert!(validate(&report).is_clean());
//!
//! // More outcomes than applications cannot be carried forward.
//! b.applications(RequestRow::Disclosed, ApplicantColumn::NaturalPerson, 9);
//! let err = b.build().unwrap_err();
//! assert_eq!(err.findings[0].pointer, "/requests/carried_forward/natural_person");
//! ```

use crate::catalogue::{
    ApplicantColumn, ProactiveRow2021, RequestGroup, RequestRow, ReviewBlock, ReviewOutcome,
};
use crate::cell::CountCell;
use crate::cell::{Cell, Count};
use crate::findings::{Finding, Message, Operand, Rule, Severity};
use crate::format_2021::{
    DecisionCount, DocumentCounts, FeeAmount, Format2021Report, Format2021Tag, Proactive,
};
use crate::meta::{Contact, Meta, ReportYear, Source};
use crate::money::Fee;
use crate::narrative::Narrative;
use crate::other_matters::{InformationProcessingFee, OtherMatters};
use crate::report::Report;
use crate::requests::Requests;
use crate::review::{ReviewCells, ReviewLitigation};
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

const ROWS: usize = RequestRow::ALL.len();
const COLUMNS: usize = ApplicantColumn::ALL.len();

/// Builds a report in the 2021 format.
#[derive(Debug, Clone)]
pub struct Format2021Builder {
    meta: Meta,
    overview: String,
    problems: String,
    other_matters: String,
    information_processing_fee: Option<InformationProcessingFee>,
    documents: [[u32; 3]; 2],
    decisions: [u32; 3],
    fee: Fee,
    applications: [[Option<u32>; COLUMNS]; ROWS],
    review: [[Option<u32>; 5]; 3],
}

/// The two rows of 第（一）项.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Documents {
    /// 规章.
    Regulations,
    /// 行政规范性文件.
    NormativeDocuments,
}

impl Format2021Builder {
    /// A builder for the agency's report for a year. Every cell not set is 0; the narrative
    /// parts are empty until set.
    pub fn new(agency: impl Into<String>, report_year: ReportYear) -> Format2021Builder {
        Format2021Builder {
            meta: Meta::new(agency, report_year),
            overview: String::new(),
            problems: String::new(),
            other_matters: String::new(),
            information_processing_fee: None,
            documents: [[0; 3]; 2],
            decisions: [0; 3],
            fee: Fee::ZERO,
            applications: [[None; COLUMNS]; ROWS],
            review: [[None; 5]; 3],
        }
    }

    /// The publication date.
    pub fn publication_date(&mut self, date: chrono::NaiveDate) -> &mut Self {
        self.meta.publication_date = Some(date);
        self
    }

    /// Where the report is published.
    pub fn source(&mut self, source: Source) -> &mut Self {
        self.meta.source = Some(source);
        self
    }

    /// The contact for questions about the report.
    pub fn contact(&mut self, contact: Contact) -> &mut Self {
        self.meta.contact = Some(contact);
        self
    }

    /// Part 一: the overview text (paragraphs separated by `\n`).
    pub fn overview(&mut self, text: impl Into<String>) -> &mut Self {
        self.overview = text.into();
        self
    }

    /// Part 五: main problems and improvements.
    pub fn problems(&mut self, text: impl Into<String>) -> &mut Self {
        self.problems = text.into();
        self
    }

    /// Part 六: other matters.
    pub fn other_matters(&mut self, text: impl Into<String>) -> &mut Self {
        self.other_matters = text.into();
        self
    }

    /// Part 六: the 信息处理费 figures.
    pub fn information_processing_fee(&mut self, fee: InformationProcessingFee) -> &mut Self {
        self.information_processing_fee = Some(fee);
        self
    }

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

    /// A cell of part 三. Leaf cells (a row's applicant categories, other than （七）总计 and
    /// 四、结转) are 0 until set; totals and carry-forward are derived unless set, and a cell
    /// set explicitly is checked against what its parts give. Setting the
    /// `organization_subtotal` column of any row prints that column in every row.
    pub fn applications(
        &mut self,
        row: RequestRow,
        column: ApplicantColumn,
        count: u32,
    ) -> &mut Self {
        self.applications[row as usize][column as usize] = Some(count);
        self
    }

    /// A cell of part 四; each block's total is derived unless set.
    pub fn review(&mut self, block: ReviewBlock, outcome: ReviewOutcome, count: u32) -> &mut Self {
        self.review[block as usize][outcome as usize] = Some(count);
        self
    }

    fn explicit(&self, row: RequestRow, column: ApplicantColumn) -> Option<u64> {
        self.applications[row as usize][column as usize].map(u64::from)
    }

    /// Builds the report, or returns every finding that stops it.
    pub fn build(&self) -> Result<Report, BuildError> {
        let count = |n: u64| CountCell::Value(Count::new(n).unwrap_or(Count::MAX));
        let derived_rows = [RequestRow::OutcomesTotal, RequestRow::CarriedForward];
        // Category cells of every row except the derived ones.
        let mut values = [[0u64; COLUMNS]; ROWS];
        for row in RequestRow::ALL {
            for column in ApplicantColumn::CATEGORIES {
                values[*row as usize][column as usize] = self.explicit(*row, column).unwrap_or(0);
            }
        }
        let mut early = Vec::new();
        for column in ApplicantColumn::CATEGORIES {
            let leaves: u64 = RequestGroup::Outcomes
                .rows()
                .filter(|r| !derived_rows.contains(r))
                .map(|r| values[r as usize][column as usize])
                .sum();
            let total = self
                .explicit(RequestRow::OutcomesTotal, column)
                .unwrap_or(leaves);
            values[RequestRow::OutcomesTotal as usize][column as usize] = total;
            let available = values[RequestRow::NewReceived as usize][column as usize]
                + values[RequestRow::CarriedOver as usize][column as usize];
            let forward = match self.explicit(RequestRow::CarriedForward, column) {
                Some(v) => v,
                None if available >= total => available - total,
                None => {
                    early.push(overdrawn(column, available, total, &values));
                    0
                }
            };
            values[RequestRow::CarriedForward as usize][column as usize] = forward;
        }
        let with_subtotal = self
            .applications
            .iter()
            .any(|row| row[ApplicantColumn::OrganizationSubtotal as usize].is_some());
        let mut requests = Requests::filled(count(0));
        for row in RequestRow::ALL {
            let v = &values[*row as usize];
            let cells = requests
                .row_mut(*row)
                .expect("the 2021 layout has every row");
            for column in ApplicantColumn::CATEGORIES {
                *cells.cell_mut(column).expect("national column") = count(v[column as usize]);
            }
            let categories: u64 = ApplicantColumn::CATEGORIES
                .iter()
                .map(|c| v[*c as usize])
                .sum();
            cells.total = count(
                self.explicit(*row, ApplicantColumn::Total)
                    .unwrap_or(categories),
            );
            if with_subtotal {
                let organizations: u64 = ApplicantColumn::ORGANIZATIONS
                    .iter()
                    .map(|c| v[*c as usize])
                    .sum();
                cells.organization_subtotal = Some(count(
                    self.explicit(*row, ApplicantColumn::OrganizationSubtotal)
                        .unwrap_or(organizations),
                ));
            }
        }

        let mut review = ReviewLitigation::from_cells(std::array::from_fn(|_| count(0)));
        for block in ReviewBlock::ALL {
            let set = &self.review[*block as usize];
            let parts: u64 = ReviewOutcome::PARTS
                .iter()
                .map(|o| u64::from(set[*o as usize].unwrap_or(0)))
                .sum();
            let cells: &mut ReviewCells = review.block_mut(*block);
            for outcome in ReviewOutcome::PARTS {
                *cells.cell_mut(outcome) = count(u64::from(set[outcome as usize].unwrap_or(0)));
            }
            cells.total = count(set[ReviewOutcome::Total as usize].map_or(parts, u64::from));
        }

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
        let report = Report::Format2021(Format2021Report {
            edition: Format2021Tag,
            meta: self.meta.clone(),
            preamble: None,
            overview: Narrative::new(self.overview.clone()),
            proactive: Proactive {
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
            },
            requests,
            review_litigation: review,
            problems: Narrative::new(self.problems.clone()),
            other_matters: OtherMatters {
                heading: None,
                text: self.other_matters.clone(),
                information_processing_fee: self.information_processing_fee.clone(),
            },
        });

        // An overdrawn category column also unbalances the total column; that is the same
        // mistake, reported once, at the category.
        let mut overdrawn_columns: Vec<String> =
            early.iter().map(|f: &Finding| f.pointer.clone()).collect();
        if !overdrawn_columns.is_empty() {
            overdrawn_columns.push(format!(
                "{}/{}",
                RequestRow::CarriedForward.pointer(),
                ApplicantColumn::Total.id()
            ));
        }
        let mut findings = early;
        findings.extend(validate(&report).findings.into_iter().filter(|f| {
            f.severity != Severity::Notice
                && !(f.rule == Rule::RequestsBalance && overdrawn_columns.contains(&f.pointer))
        }));
        if findings.is_empty() {
            Ok(report)
        } else {
            Err(BuildError { findings })
        }
    }
}

/// The finding for a column whose outcomes exceed the applications to account for.
fn overdrawn(
    column: ApplicantColumn,
    available: u64,
    outcomes: u64,
    values: &[[u64; COLUMNS]; ROWS],
) -> Finding {
    let at = |row: RequestRow| format!("{}/{}", row.pointer(), column.id());
    let operand = |row: RequestRow| Operand {
        pointer: at(row),
        report_year: None,
        value: Cell::Value(values[row as usize][column as usize] as i64),
    };
    Finding {
        rule: Rule::RequestsBalance,
        severity: Severity::Error,
        pointer: at(RequestRow::CarriedForward),
        report_year: None,
        expected: Some(available as i64),
        actual: Some(outcomes as i64),
        operands: vec![
            operand(RequestRow::NewReceived),
            operand(RequestRow::CarriedOver),
            operand(RequestRow::OutcomesTotal),
        ],
        message: Message {
            zh: format!(
                "「{}」列办理结果{outcomes}件多于新收与上年结转之和{available}件，{}不能为负。",
                column.full_label(),
                RequestRow::CarriedForward.label()
            ),
            en: format!(
                "Column 「{}」: {outcomes} outcomes exceed the {available} applications received or carried over; {} cannot be negative.",
                column.full_label(),
                RequestRow::CarriedForward.label()
            ),
        },
        quote: None,
    }
}

impl From<Documents> for ProactiveRow2021 {
    fn from(row: Documents) -> ProactiveRow2021 {
        match row {
            Documents::Regulations => ProactiveRow2021::Regulations,
            Documents::NormativeDocuments => ProactiveRow2021::NormativeDocuments,
        }
    }
}
