//! The seed reports as typed reference models, built by hand from the published text.
#![allow(dead_code)]

pub mod seed_002_text;

use ogi_report::catalogue::RequestRow;
use ogi_report::format_2021::{
    DecisionCount, DocumentCounts, FeeAmount, Format2021Tag, OtherMatters, Proactive,
};
use ogi_report::{
    ApplicantRow, Cell, Contact, Count, Fee, Format2021Report, Meta, Narrative, Report, ReportYear,
    Requests, ReviewLitigation, Source,
};

/// A count cell holding `n`.
pub fn c(n: u64) -> Cell<Count> {
    Cell::count(n).expect("a small count")
}

fn text(paragraphs: &[&str]) -> String {
    paragraphs.join("\n")
}

/// Seed 002: 漯河回族区城市管理局, report year 2022, 2021 format.
///
/// Printed quirks not held by the model: the rows （七）总计 and 四、结转下年度继续办理 carry
/// an eighth cell and the part 四 row a sixteenth (all "0", in no column of the format); the
/// fee column is headed "本年收费金额（单位：万元，保留4位小数）".
pub fn seed_002() -> Report {
    let zero_row = || ApplicantRow::filled(c(0));
    let mut requests = Requests::filled(c(0));
    requests.heading = Some("三、收到和处理政府信息公开申请情况".to_owned());
    // Every one of the 26 printed rows is all zeros: check that the filled table has them.
    for row in RequestRow::ALL {
        assert_eq!(requests.row(*row), Some(&zero_row()));
    }
    let mut review = ReviewLitigation::from_cells(std::array::from_fn(|_| c(0)));
    review.heading = Some("四、政府信息公开行政复议、行政诉讼情况".to_owned());

    let mut meta = Meta::new("漯河回族区城市管理局", ReportYear::new(2022).unwrap());
    meta.source = Some(Source {
        url: None,
        title: Some("漯河回族区城市管理局2022年政府信息公开工作年度报告".to_owned()),
    });
    meta.contact = Some(Contact {
        office: Some("漯河回族区城市管理局办公室".to_owned()),
        address: Some("漯河回族区九都路与机车厂路交叉口".to_owned()),
        postcode: Some("471000".to_owned()),
        phone: Some("0379—63971494".to_owned()),
        fax: None,
        email: None,
    });

    Report::Format2021(Format2021Report {
        edition: Format2021Tag,
        meta,
        overview: Narrative {
            heading: Some("一、总体情况".to_owned()),
            text: text(seed_002_text::OVERVIEW),
        },
        proactive: Proactive {
            heading: Some("二、主动公开政府信息情况".to_owned()),
            text_before: None,
            regulations: DocumentCounts {
                issued: c(0),
                repealed: c(0),
                in_force: c(0),
            },
            normative_documents: DocumentCounts {
                issued: c(0),
                repealed: c(0),
                in_force: c(0),
            },
            licensing: DecisionCount { decisions: c(0) },
            penalties: DecisionCount { decisions: c(67) },
            coercion: DecisionCount { decisions: c(0) },
            administrative_fees: FeeAmount {
                amount: Cell::Value("27.25".parse::<Fee>().unwrap()),
            },
            text_after: None,
        },
        requests,
        review_litigation: review,
        problems: Narrative {
            heading: Some("五、存在的主要问题及改进情况".to_owned()),
            text: text(seed_002_text::PROBLEMS),
        },
        other_matters: OtherMatters {
            heading: Some("六、其他需要报告的事项".to_owned()),
            text: text(seed_002_text::OTHER_MATTERS),
            information_processing_fee: None,
        },
    })
}
