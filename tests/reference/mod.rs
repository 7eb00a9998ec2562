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
        preamble: None,
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

pub mod seed_003_text;

/// A row of seed 003's part 三: natural persons and the total printed, the five organisation
/// columns left blank.
fn person_row(n: u64) -> ApplicantRow {
    let mut row = ApplicantRow::filled(Cell::Blank);
    row.natural_person = c(n);
    row.total = c(n);
    row
}

/// Seed 003: 聊城市城管局 (聊城市城市管理局), report year 2019, 2019 format.
///
/// Word-export furniture is not text: the "[bookmark: _GoBack]" marker before （一）加强组织领导
/// is dropped and paragraphs are trimmed (the text before the part 三 table ends in a
/// no-break space). Part 五 is headed "5、 存在的主要问题及改进情况" as printed, and its text
/// keeps the line break the export put mid-sentence.
pub fn seed_003() -> Report {
    use ogi_report::format_2019::{
        FeeItems, Format2019Report, Format2019Tag, ItemCounts, Proactive as Proactive2019,
        Procurement, PublishedCounts,
    };
    use ogi_report::requests::{NotProcessed, OtherHandling, Outcomes, Unavailable, Withheld};
    use ogi_report::{ExactDecimal, MoneyUnit};

    let zero_items = || ItemCounts {
        items_last_year: c(0),
        items_change: Cell::Value(0),
        decisions: c(0),
    };
    let requests = Requests {
        heading: Some("三、收到和处理政府信息公开申请情况".to_owned()),
        text_before: Some(text(seed_003_text::REQUESTS_BEFORE)),
        new_received: person_row(2),
        carried_over: person_row(0),
        outcomes: Outcomes {
            disclosed: person_row(1),
            partially_disclosed: person_row(1),
            withheld: Withheld::from_rows(std::array::from_fn(|_| person_row(0))),
            unavailable: Unavailable::from_rows([
                ApplicantRow::filled(Cell::Blank),
                person_row(0),
                person_row(0),
            ]),
            not_processed: NotProcessed::from_rows(std::array::from_fn(|_| person_row(0))),
            other_handling: OtherHandling::SingleRow(person_row(0)),
            total: person_row(2),
        },
        carried_forward: person_row(0),
        text_after: None,
    };
    let mut review = ReviewLitigation::from_cells(std::array::from_fn(|_| c(0)));
    review.heading = Some("四、政府信息公开行政复议、行政诉讼情况".to_owned());
    let mut meta = Meta::new("聊城市城管局", ReportYear::new(2019).unwrap());
    meta.source = Some(Source {
        url: None,
        title: Some("市城管局2019年度政府信息公开工作报告".to_owned()),
    });
    Report::Format2019(Format2019Report {
        edition: Format2019Tag,
        meta,
        preamble: Some(text(seed_003_text::PREAMBLE)),
        overview: Narrative {
            heading: Some("一、总体情况".to_owned()),
            text: text(seed_003_text::OVERVIEW),
        },
        proactive: Proactive2019 {
            heading: Some("二、主动公开政府信息情况".to_owned()),
            text_before: None,
            regulations: PublishedCounts {
                newly_made: c(1),
                newly_published: c(1),
                total_published: c(1),
            },
            normative_documents: PublishedCounts {
                newly_made: c(0),
                newly_published: c(0),
                total_published: c(0),
            },
            licensing: zero_items(),
            other_services: zero_items(),
            penalties: ItemCounts {
                items_last_year: c(90),
                items_change: Cell::Raw("减".to_owned()),
                decisions: c(90),
            },
            coercion: zero_items(),
            administrative_fees: FeeItems {
                items_last_year: c(0),
                items_change: Cell::Value(0),
            },
            procurement: Procurement {
                projects: c(56),
                total_amount: Cell::Value("48359.899368".parse::<ExactDecimal>().unwrap()),
                unit: Some(MoneyUnit::WanYuan),
            },
            text_after: None,
        },
        requests,
        review_litigation: review,
        problems: Narrative {
            heading: Some("5、 存在的主要问题及改进情况".to_owned()),
            text: text(seed_003_text::PROBLEMS),
        },
        other_matters: OtherMatters {
            heading: Some("六、其他需要报告的事项".to_owned()),
            text: text(seed_003_text::OTHER_MATTERS),
            information_processing_fee: None,
        },
    })
}
