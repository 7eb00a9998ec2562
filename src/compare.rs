//! The figures that mean the same thing in every edition, for comparing years and agencies.
//!
//! [`comparable`] reads, from a report of any edition, the figures the editions share, with
//! `None` where an edition lacks one. Nothing is remapped silently: every figure that looks
//! alike but is not comparable is listed in [`NOT_COMPARABLE`] with the reason.
//!
//! ```
//! use ogi_report::compare::comparable;
//! use ogi_report::Report;
//!
//! let r2022 = Report::from_json(include_str!("../tests/fixtures/reports/002_luohe_huizu_2022.json"))?;
//! let r2018 = Report::from_json(include_str!("../tests/fixtures/reports/004_qingdao_2018.json"))?;
//! let (a, b) = (comparable(&r2022), comparable(&r2018));
//! assert_eq!(a.applications_received.unwrap().value.unwrap().to_string(), "0");
//! assert_eq!(b.applications_received.unwrap().value.unwrap().to_string(), "28");
//! assert!(b.penalty_decisions.is_none()); // the 2008 era has no such table
//! # Ok::<(), ogi_report::ReadError>(())
//! ```

use rust_decimal::Decimal;
use serde::Serialize;

use crate::catalogue::{Edition, KeyFigure, RequestGroup};
use crate::cell::CountCell;
use crate::meta::ReportYear;
use crate::money::{Fee, MoneyUnit};
use crate::regulation_2008::{Figure, Qualifier, Regulation2008Report};
use crate::report::Report;
use crate::requests::{ApplicantRow, OtherHandling, Requests};
use crate::review::ReviewLitigation;

/// A figure as it can be compared: its value (none when the cell is blank or holds text, or
/// when a sum has such an operand), whether it is exact, and its unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quantity {
    /// The value, when there is one.
    pub value: Option<Decimal>,
    /// Exact, a lower bound ("余") or approximate ("约"). Table figures are exact.
    pub qualifier: Qualifier,
    /// The unit, when there is one (table counts have none).
    pub unit: Option<String>,
}

impl Quantity {
    fn count(cell: &CountCell) -> Quantity {
        Quantity {
            value: cell.value().map(|c| Decimal::from(c.get())),
            qualifier: Qualifier::Exact,
            unit: None,
        }
    }

    fn sum<'a>(cells: impl IntoIterator<Item = &'a CountCell>) -> Quantity {
        let mut total = Some(Decimal::ZERO);
        for cell in cells {
            total = match (total, cell.value()) {
                (Some(t), Some(v)) => t.checked_add(Decimal::from(v.get())),
                _ => None,
            };
        }
        Quantity {
            value: total,
            qualifier: Qualifier::Exact,
            unit: None,
        }
    }

    fn figure(figure: &Figure) -> Quantity {
        Quantity {
            value: Some(figure.value.get()),
            qualifier: figure.qualifier,
            unit: figure.unit.clone(),
        }
    }
}

/// Part 三's outcomes by group, summed over the group's rows (the `total` column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcomes {
    /// （一）予以公开.
    pub disclosed: Quantity,
    /// （二）部分公开.
    pub partially_disclosed: Quantity,
    /// （三）不予公开, all reasons.
    pub withheld: Quantity,
    /// （四）无法提供, all reasons.
    pub unavailable: Quantity,
    /// （五）不予处理, all reasons.
    pub not_processed: Quantity,
    /// （六）其他处理: the single row (2019) or the sum of the three sub-rows (2021).
    pub other_handling: Quantity,
    /// （七）总计.
    pub total: Quantity,
}

/// The figures that mean the same thing in every edition that has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparable {
    /// The report's edition.
    pub edition: Edition,
    /// The year it covers, when the report states it.
    pub report_year: Option<ReportYear>,
    /// Applications received this year: 一、本年新收 (total column), or the 2008 key figure.
    pub applications_received: Option<Quantity>,
    /// Applications carried over from last year (2019, 2021).
    pub applications_carried_over: Option<Quantity>,
    /// Outcomes by group (2019, 2021).
    pub outcomes: Option<Outcomes>,
    /// Administrative reviews: 行政复议 总计, or the 2008 key figure.
    pub reviews: Option<Quantity>,
    /// Lawsuits: the totals of both litigation blocks, or the 2008 key figure.
    pub lawsuits: Option<Quantity>,
    /// 规章 made this year: 本年制发件数 (2021), 本年新制作数量 (2019).
    pub rules_made: Option<Quantity>,
    /// Normative documents made this year: 本年制发件数 (2021), 本年新制作数量 (2019).
    pub normative_documents_made: Option<Quantity>,
    /// Licensing decisions (2019, 2021).
    pub licensing_decisions: Option<Quantity>,
    /// Penalty decisions (2019, 2021).
    pub penalty_decisions: Option<Quantity>,
    /// Coercive-measure decisions (2019, 2021).
    pub coercion_decisions: Option<Quantity>,
    /// Administrative fees collected, in 万元 (2021 only: 2019 counts fee items).
    pub administrative_fees: Option<Quantity>,
    /// Fees charged to applicants for disclosure: 信息处理费 collected (2021, when stated) or
    /// the 2008 key figure.
    pub disclosure_fees_collected: Option<Quantity>,
}

/// A figure that looks alike across editions but is not comparable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NotComparable {
    /// The figure or figures.
    pub figure: &'static str,
    /// Why they are not compared.
    pub reason: &'static str,
}

/// Every figure that is not compared across editions, and why.
pub const NOT_COMPARABLE: &[NotComparable] = &[
    NotComparable {
        figure: "对外公开总数量 (2019) vs 现行有效件数 (2021)",
        reason: "documents published in all, repealed ones included, are not the documents in force",
    },
    NotComparable {
        figure: "本年新公开数量 (2019), 本年废止件数 (2021)",
        reason: "each exists in one format only",
    },
    NotComparable {
        figure: "上一年项目数量 and 本年增/减 (2019)",
        reason: "the 2021 format counts no items, only decisions",
    },
    NotComparable {
        figure: "行政事业性收费 (2019) vs 本年收费金额 (2021)",
        reason: "2019 counts fee items; 2021 reports the amount in 万元",
    },
    NotComparable {
        figure: "政府集中采购, 其他对外管理服务事项 (2019)",
        reason: "dropped from the 2021 format",
    },
    NotComparable {
        figure: "the sub-rows of （六）其他处理 (2021)",
        reason: "the 2019 format prints one row: only the group's sum is compared",
    },
    NotComparable {
        figure: "applicant categories and outcome reasons (2019, 2021) vs prose (2008)",
        reason: "2008-era reports state no national table; only their key figures are compared",
    },
    NotComparable {
        figure: "figures stated in prose other than the key figures (2008)",
        reason: "their scope and wording vary from report to report",
    },
    NotComparable {
        figure: "信息处理费 (2021) vs 行政事业性收费 本年收费金额 (2021)",
        reason: "fees charged to applicants for disclosure are not the agency's administrative fees",
    },
];

fn total(row: &ApplicantRow) -> &CountCell {
    &row.total
}

fn outcomes(requests: &Requests) -> Outcomes {
    let o = &requests.outcomes;
    let group = |group: RequestGroup| {
        Quantity::sum(group.rows().filter_map(|r| requests.row(r)).map(total))
    };
    Outcomes {
        disclosed: Quantity::count(&o.disclosed.total),
        partially_disclosed: Quantity::count(&o.partially_disclosed.total),
        withheld: group(RequestGroup::Withheld),
        unavailable: group(RequestGroup::Unavailable),
        not_processed: group(RequestGroup::NotProcessed),
        other_handling: match &o.other_handling {
            OtherHandling::SingleRow(row) => Quantity::count(&row.total),
            OtherHandling::Itemized(_) => group(RequestGroup::OtherHandling),
        },
        total: Quantity::count(&o.total.total),
    }
}

fn review_counts(table: &ReviewLitigation) -> (Quantity, Quantity) {
    (
        Quantity::count(&table.review.total),
        Quantity::sum([
            &table.litigation_direct.total,
            &table.litigation_after_review.total,
        ]),
    )
}

fn key(report: &Regulation2008Report, key: KeyFigure) -> Option<Quantity> {
    report.key_figure(key).map(Quantity::figure)
}

/// The comparable figures of a report of any edition.
pub fn comparable(report: &Report) -> Comparable {
    let meta = report.meta();
    let mut out = Comparable {
        edition: report.edition(),
        report_year: meta.report_year,
        applications_received: None,
        applications_carried_over: None,
        outcomes: None,
        reviews: None,
        lawsuits: None,
        rules_made: None,
        normative_documents_made: None,
        licensing_decisions: None,
        penalty_decisions: None,
        coercion_decisions: None,
        administrative_fees: None,
        disclosure_fees_collected: None,
    };
    if let Some(requests) = report.requests() {
        out.applications_received = Some(Quantity::count(&requests.new_received.total));
        out.applications_carried_over = Some(Quantity::count(&requests.carried_over.total));
        out.outcomes = Some(outcomes(requests));
    }
    match report {
        Report::Format2021(r) => {
            let (reviews, lawsuits) = review_counts(&r.review_litigation);
            out.reviews = Some(reviews);
            out.lawsuits = Some(lawsuits);
            let p = &r.proactive;
            out.rules_made = Some(Quantity::count(&p.regulations.issued));
            out.normative_documents_made = Some(Quantity::count(&p.normative_documents.issued));
            out.licensing_decisions = Some(Quantity::count(&p.licensing.decisions));
            out.penalty_decisions = Some(Quantity::count(&p.penalties.decisions));
            out.coercion_decisions = Some(Quantity::count(&p.coercion.decisions));
            out.administrative_fees = Some(Quantity {
                value: p.fee().value().map(|fee: &Fee| fee.wan_yuan()),
                qualifier: Qualifier::Exact,
                unit: Some(MoneyUnit::WanYuan.label().to_owned()),
            });
            out.disclosure_fees_collected = r
                .other_matters
                .information_processing_fee
                .as_ref()
                .and_then(|fee| fee.collected)
                .map(|amount| Quantity {
                    value: Some(amount.value.get()),
                    qualifier: Qualifier::Exact,
                    unit: Some(amount.unit.label().to_owned()),
                });
        }
        Report::Format2019(r) => {
            let (reviews, lawsuits) = review_counts(&r.review_litigation);
            out.reviews = Some(reviews);
            out.lawsuits = Some(lawsuits);
            let p = &r.proactive;
            out.rules_made = Some(Quantity::count(&p.regulations.newly_made));
            out.normative_documents_made = Some(Quantity::count(&p.normative_documents.newly_made));
            out.licensing_decisions = Some(Quantity::count(&p.licensing.decisions));
            out.penalty_decisions = Some(Quantity::count(&p.penalties.decisions));
            out.coercion_decisions = Some(Quantity::count(&p.coercion.decisions));
        }
        Report::Regulation2008(r) => {
            out.applications_received = key(r, KeyFigure::ApplicationsReceived);
            out.reviews = key(r, KeyFigure::Reviews);
            out.lawsuits = key(r, KeyFigure::Lawsuits);
            out.disclosure_fees_collected = key(r, KeyFigure::FeesCollected);
        }
    }
    out
}
