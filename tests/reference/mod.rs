//! The seed reports as typed reference models, built by hand from the published text.
#![allow(dead_code, reason = "each test uses a part of the seeds")]

pub mod seed_002_text;

use ogi_report::catalogue::RequestRow;
use ogi_report::cell::Count;
use ogi_report::format_2021::{
    DecisionCount, DocumentCounts, FeeAmount, Format2021Report, Format2021Tag, Proactive,
};
use ogi_report::meta::{AgencyLevel, Contact, LevelFrom, Meta, ReportYear, Source, Tier};
use ogi_report::narrative::Narrative;
use ogi_report::other_matters::OtherMatters;
use ogi_report::requests::{ApplicantRow, Requests};
use ogi_report::review::ReviewLitigation;
use ogi_report::{Cell, Fee, Report};

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
    // Every one of the 25 printed rows is all zeros: check that the filled table has them.
    for row in RequestRow::ALL {
        assert_eq!(requests.row(*row), Some(&zero_row()));
    }
    let mut review = ReviewLitigation::from_cells(std::array::from_fn(|_| c(0)));
    review.heading = Some("四、政府信息公开行政复议、行政诉讼情况".to_owned());

    let mut meta = Meta::new("漯河回族区城市管理局", ReportYear::new(2022).unwrap());
    // The title names a 局: a department, for the publication deadline.
    meta.level = Some(AgencyLevel {
        tier: Tier::Department,
        from: LevelFrom::Title,
    });
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
    use ogi_report::money::{ExactDecimal, MoneyUnit};
    use ogi_report::requests::{NotProcessed, OtherHandling, Outcomes, Unavailable, Withheld};

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

pub mod seed_000_text;

use ogi_report::catalogue::{Content2008, KeyFigure};
use ogi_report::regulation_2008::{
    Figure, Qualifier, Regulation2008Report, Regulation2008Tag, ReportPart,
};

/// A figure: what it counts, the text printed, the value, the unit, the qualifier.
///
/// The 2008-era references give each figure's label by one written convention, applied by
/// hand to the published text, so that a label is the report's own words and can be checked:
/// - the words before the number, back to the clause's punctuation (，；：。) or to the figure
///   before it (past a bracketed note after that figure and one 、, 和, 及 or 与), without the
///   words that open a clause and name nothing (a year, 全年, 今年, 我局, 该, 所有, 共计, 共…)
///   or only join a name to its number (共计, 总共, 达到, 为, 的, a count such as 三个);
/// - the words after the unit, to the next punctuation, number or 和 before a number, when
///   the count comes first ("20场“网络在线问政”常态化访谈工作");
/// - when the clause names nothing ("，共计60余人"), the clause before it: its figure's label,
///   or its words;
/// - a statement of none ("未收到…", "未向申请人收取任何费用", "无收费情况") is held for the
///   key figures only; its label is what there was none of, without 任何 or 关于, items listed
///   together share the words up to the first item's last 的, and it has no unit.
///
/// So a label can be terse ("金额") or bare ("在"): it never paraphrases.
pub fn fig(label: &str, printed: &str, value: &str, unit: &str, qualifier: Qualifier) -> Figure {
    Figure {
        label: label.to_owned(),
        printed: printed.to_owned(),
        value: value.parse().expect("a plain decimal"),
        unit: (!unit.is_empty()).then(|| unit.to_owned()),
        qualifier,
        key: None,
        parts: Vec::new(),
    }
}

/// An exact figure.
pub fn exact(label: &str, printed: &str, value: &str, unit: &str) -> Figure {
    fig(label, printed, value, unit, Qualifier::Exact)
}

/// A "余"/"多" figure: more than the value.
pub fn more(label: &str, printed: &str, value: &str, unit: &str) -> Figure {
    fig(label, printed, value, unit, Qualifier::MoreThan)
}

/// The figure marked as a key figure.
pub fn keyed(mut figure: Figure, key: KeyFigure) -> Figure {
    figure.key = Some(key);
    figure
}

/// The figure with its "其中" parts.
pub fn with_parts(mut figure: Figure, parts: Vec<Figure>) -> Figure {
    figure.parts = parts;
    figure
}

fn part(
    heading: &str,
    serves: Option<Content2008>,
    paragraphs: &[&str],
    figures: Vec<Figure>,
) -> ReportPart {
    ReportPart {
        heading: heading.to_owned(),
        serves,
        text: text(paragraphs),
        figures,
    }
}

/// Seed 000: 信阳市城市管理局, report year 2018, 2008 条例 era.
///
/// The image placeholder line "[image: C:\…png]" is page furniture, not text. Numbers that
/// are names rather than figures (the 12319 hotline, "跨浉河三座桥梁", "百项堵点") are not
/// figures. The media figure "60余篇" is counted in 篇 while its whole is in 条: the report
/// lists it under the same "其中", so the breakdown holds it as a part.
pub fn seed_000() -> Report {
    use seed_000_text as t;
    let mut meta = Meta::new("信阳市城市管理局", ReportYear::new(2018).unwrap());
    // The title names a 局: a department, for the publication deadline.
    meta.level = Some(AgencyLevel {
        tier: Tier::Department,
        from: LevelFrom::Title,
    });
    meta.source = Some(Source {
        url: None,
        title: Some("信阳市城市管理局政府信息公开年度报告".to_owned()),
    });
    Report::Regulation2008(Regulation2008Report {
        edition: Regulation2008Tag,
        meta,
        preamble: Some(text(t::PREAMBLE)),
        parts: vec![
            part(
                "一、概述",
                None,
                t::PART_1,
                vec![
                    exact("在局门户网站公开信息", "341条", "341", "条"),
                    exact("推发信息", "71篇", "71", "篇"),
                    more("开展进社区广场", "20余场次", "20", "场次"),
                    more("制作展板", "30余块", "30", "块"),
                    more("发送宣传单", "千余份", "1000", "份"),
                    exact("承办市民投诉信访", "77件", "77", "件"),
                    exact("市长热线", "96件", "96", "件"),
                    exact("12319城管热线", "13678件", "13678", "件"),
                ],
            ),
            part(
                "二、主动公开政府信息情况",
                Some(Content2008::Proactive),
                t::PART_2,
                vec![
                    with_parts(
                        exact("公开政府信息", "992条", "992", "条"),
                        vec![
                            exact("利用门户网站全年共计发布信息", "341条", "341", "条"),
                            exact("利用微博微信公开政府信息", "132条", "132", "条"),
                            exact("其他方式公开政府信息", "86条", "86", "条"),
                            more(
                                "通过《信阳晚报》、“信阳电视台”等媒体平台公开信息",
                                "60余篇",
                                "60",
                                "篇",
                            ),
                        ],
                    ),
                    exact("收到网民来信", "124条", "124", "条"),
                    exact(
                        "通过局门户网站“信息公开”板块里公开财务预决算",
                        "3次",
                        "3",
                        "次",
                    ),
                    exact("水质公开", "4次", "4", "次"),
                    exact("收费公开", "3条", "3", "条"),
                    exact("批前公示", "13条", "13", "条"),
                    exact("批后公示", "6条", "6", "条"),
                    exact("重大建设项目", "2条", "2", "条"),
                    more(
                        "门户网站还开设“精准扶贫”和“扫黑除恶”等专题专栏共发布扶贫等专栏信息",
                        "20余条",
                        "20",
                        "条",
                    ),
                    exact("发布网民关注的热点信息", "7条", "7", "条"),
                    exact(
                        "公开关于省委省政府环保督察组交办问题调查处理情况的通报",
                        "4次",
                        "4",
                        "次",
                    ),
                    exact("转发群众办事百项堵点疏解行动", "5季", "5", "季"),
                ],
            ),
            part(
                "三、依申请公开政府信息情况",
                Some(Content2008::OnRequest),
                t::PART_3,
                vec![keyed(
                    exact("政府信息依申请公开件", "未接到", "0", ""),
                    KeyFigure::ApplicationsReceived,
                )],
            ),
            part(
                "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
                Some(Content2008::ReviewLitigation),
                t::PART_4,
                vec![
                    keyed(
                        exact("因政府信息公开申请行政复议", "没有发生", "0", ""),
                        KeyFigure::Reviews,
                    ),
                    keyed(
                        exact("政府信息公开行政诉讼案", "没有发生", "0", ""),
                        KeyFigure::Lawsuits,
                    ),
                ],
            ),
            part(
                "五、政府信息公开机构人员及经费情况",
                Some(Content2008::FeesAndWaivers),
                t::PART_5,
                vec![
                    exact("信息公开工作机构", "1个", "1", "个"),
                    keyed(
                        with_parts(
                            exact("从事政府信息公开工作人员", "4人", "4", "人"),
                            vec![
                                exact("专职", "2人", "2", "人"),
                                exact("兼职", "2人", "2", "人"),
                            ],
                        ),
                        KeyFigure::DisclosureStaff,
                    ),
                    keyed(
                        exact("政府信息公开方面的费用", "没有收取", "0", ""),
                        KeyFigure::FeesCollected,
                    ),
                ],
            ),
            part(
                "六、政府信息公开工作存在的主要问题及改进措施",
                Some(Content2008::Problems),
                t::PART_6,
                vec![],
            ),
        ],
    })
}

pub mod seed_001_text;

/// Seed 001: 衡阳市雁峰区城市管理和综合执法局, report year 2017, 2008 条例 era.
///
/// The breadcrumb line above the title and "相关阅读:" below the text are page furniture.
/// "12345" is a hotline's name, not a figure. Part 三 states twice that no application was
/// received; the figure is held once. "未收到关于城管信息公开方面的投诉" names no key figure
/// and is not held. The 3万元 of part 六 is spending on disclosure work, not
/// a fee collected.
pub fn seed_001() -> Report {
    use seed_001_text as t;
    let mut meta = Meta::new(
        "衡阳市雁峰区城市管理和综合执法局",
        ReportYear::new(2017).unwrap(),
    );
    meta.source = Some(Source {
        url: None,
        title: Some("2017年度政府信息公开年度报告".to_owned()),
    });
    Report::Regulation2008(Regulation2008Report {
        edition: Regulation2008Tag,
        meta,
        preamble: Some(text(t::PREAMBLE)),
        parts: vec![
            part("一、概述", None, t::PART_1, vec![]),
            part(
                "二、主动公开政府信息情况",
                Some(Content2008::Proactive),
                t::PART_2,
                vec![
                    exact("在", "2个工作日", "2", "个工作日"),
                    more(
                        "通过雁峰区党政门户网及时向社会公开城市管理工作动态",
                        "100余条",
                        "100",
                        "条",
                    ),
                    exact("通过湖南日报、衡阳日报、衡阳电视台报道", "12次", "12", "次"),
                ],
            ),
            part(
                "三、依申请公开政府信息情况",
                Some(Content2008::OnRequest),
                t::PART_3,
                vec![
                    keyed(
                        exact("申请公开信息要求", "未收到", "0", ""),
                        KeyFigure::ApplicationsReceived,
                    ),
                    keyed(exact("收费", "无", "0", ""), KeyFigure::FeesCollected),
                ],
            ),
            part(
                "四、咨询和投诉情况",
                None,
                t::PART_4,
                vec![
                    more("接受市民法律咨询", "150余起", "150", "起"),
                    exact("办结“12345”投诉案件", "1584起", "1584", "起"),
                    exact("城管通案件", "21330起", "21330", "起"),
                ],
            ),
            part(
                "五、申请行政复议和提起行政诉讼情况",
                Some(Content2008::ReviewLitigation),
                t::PART_5,
                vec![
                    keyed(
                        exact("因政府信息公开而出现的行政复议", "未发生", "0", ""),
                        KeyFigure::Reviews,
                    ),
                    keyed(
                        exact("因政府信息公开而出现的行政诉讼", "未发生", "0", ""),
                        KeyFigure::Lawsuits,
                    ),
                ],
            ),
            part(
                "六、工作人员和费用支出情况",
                None,
                t::PART_6,
                vec![exact(
                    "用于与新闻媒体合作发布信息和制作各类宣传材料费用",
                    "3万元",
                    "3",
                    "万元",
                )],
            ),
            part(
                "七、政府信息公开工作存在的主要问题及改进情况",
                Some(Content2008::Problems),
                t::PART_7,
                vec![],
            ),
        ],
    })
}

pub mod seed_004_text;

/// An "约" figure: about the value.
pub fn about(label: &str, printed: &str, value: &str, unit: &str) -> Figure {
    fig(label, printed, value, unit, Qualifier::About)
}

/// Seed 004: 青岛市城市管理局, report year 2018, 2008 条例 era.
///
/// The preamble names ten parts; the tenth, the statistics table, is attached to the report
/// and not part of the page. Figures are those written in digits, and the stated zeros;
/// dates, document numbers, addresses, the hotline's name (12319) and counts folded into
/// descriptive phrases in Chinese numerals (两支队伍, 三个子系统, 七区三市) are not held.
pub fn seed_004() -> Report {
    use seed_004_text as t;
    let mut meta = Meta::new("青岛市城市管理局", ReportYear::new(2018).unwrap());
    // The title names a 局: a department, for the publication deadline.
    meta.level = Some(AgencyLevel {
        tier: Tier::Department,
        from: LevelFrom::Title,
    });
    meta.publication_date = chrono::NaiveDate::from_ymd_opt(2019, 1, 17);
    meta.source = Some(Source {
        url: None,
        title: Some("青岛市城市管理局2018年政府信息公开工作年度报告".to_owned()),
    });
    meta.contact = Some(Contact {
        office: Some("政府信息公开领导小组办公室".to_owned()),
        address: Some("青岛市徐州路158号".to_owned()),
        postcode: Some("266034".to_owned()),
        phone: Some("82861384".to_owned()),
        fax: Some("82861171".to_owned()),
        email: None,
    });
    Report::Regulation2008(Regulation2008Report {
        edition: Regulation2008Tag,
        meta,
        preamble: Some(text(t::PREAMBLE)),
        parts: vec![
            part(
                "一、概述",
                None,
                t::PART_1,
                vec![more(
                    "建立健全了局系统政务信息员、网络宣传员两支队伍",
                    "60余人",
                    "60",
                    "人",
                )],
            ),
            part(
                "二、主动公开政府信息情况",
                Some(Content2008::Proactive),
                t::PART_2,
                vec![
                    more("服务网络单位联动", "70余个", "70", "个"),
                    more(
                        "通过青岛政务网、局官方网站平台和政务新媒体向社会主动发布深化改革、经济发展、改善民生、政府建设类信息",
                        "2000余条",
                        "2000",
                        "条",
                    ),
                    exact("局网站主动公开各类政务信息", "521条", "521", "条"),
                    exact("“青岛城市管理”政务微博粉丝", "8036人", "8036", "人"),
                    exact("发布、转发(办)各类信息", "4770条", "4770", "条"),
                    more("推送稿件", "1200余篇次", "1200", "篇次"),
                    exact("栏目共受理群众反映问题", "41913件", "41913", "件"),
                    exact("结案", "39411件", "39411", "件"),
                    exact("结案率", "94%", "94", "%"),
                    exact("新录入违建数据", "7028条", "7028", "条"),
                    exact("涉及违法建筑", "17509处", "17509", "处"),
                    exact("违建面积", "386.17万平方米", "386.17", "万平方米"),
                    about(
                        "城市管理指挥中心共受理、派遣各类城市管理信息",
                        "约122万件",
                        "122",
                        "万件",
                    ),
                    exact("传递及时率", "100%", "100", "%"),
                    exact("案件办结率", "98.05%", "98.05", "%"),
                    exact("全行业群众满意率", "97.62%", "97.62", "%"),
                ],
            ),
            part(
                "三、回应解读情况",
                None,
                t::PART_3,
                vec![
                    exact("组织舆情培训", "1次", "1", "次"),
                    more("舆情监测", "1800余条", "1800", "条"),
                    with_parts(
                        more("转办", "540余件", "540", "件"),
                        vec![
                            exact("市应急办转办", "68件", "68", "件"),
                            exact("市网络办转办", "157件", "157", "件"),
                        ],
                    ),
                    exact(
                        "先后组织《环境卫生管理条例》和“失信联合惩戒”新闻发布会",
                        "2次",
                        "2",
                        "次",
                    ),
                    exact("夜景亮化和“一次办好”民生服务新闻通气会", "2次", "2", "次"),
                    exact("组织完成供热专题“民生在线”访谈", "1次", "1", "次"),
                    exact("“网络在线问政”常态化访谈工作", "20场", "20", "场"),
                    exact("网民提出意见建议及咨询", "420件", "420", "件"),
                    exact("办理答复", "420件", "420", "件"),
                    exact(
                        "实现了有效问题审拣通过率、分拣率、答复率",
                        "100%",
                        "100",
                        "%",
                    ),
                    exact("相关解读材料在文件公开后", "3个工作日", "3", "个工作日"),
                    exact("规范性文件", "4个", "4", "个"),
                    exact(
                        "通过市民来电和微信平台共接收意见建议及各类问题",
                        "243件",
                        "243",
                        "件",
                    ),
                    with_parts(
                        exact("按职责划分共分解出问题", "272件", "272", "件"),
                        vec![
                            exact("公用服务类问题", "84件", "84", "件"),
                            exact("城市管理类问题", "173件", "173", "件"),
                            exact("意见建议及其它", "15件", "15", "件"),
                        ],
                    ),
                    exact("上线期间领导共直接答复问题", "45件", "45", "件"),
                    exact("问题进行了现场追踪", "8个", "8", "个"),
                ],
            ),
            part(
                "四、重点领域信息公开情况",
                Some(Content2008::Proactive),
                t::PART_4,
                vec![
                    exact("出厂水常规指标", "9项", "9", "项"),
                    exact("管网水常规指标", "7项", "7", "项"),
                    exact("发布《每周水质公报》", "64期", "64", "期"),
                    exact("《月度水质公报》", "12期", "12", "期"),
                    exact("现有网上办事服务事项", "160项", "160", "项"),
                    with_parts(
                        exact("行政许可事项和其他权力事项", "76项", "76", "项"),
                        vec![
                            exact("行政许可", "56项", "56", "项"),
                            exact("其他权力事项", "19项", "19", "项"),
                            exact("行政确认", "1项", "1", "项"),
                        ],
                    ),
                    exact("一次办好事项", "100%", "100", "%"),
                    exact("零跑腿事项", "58项", "58", "项"),
                    exact("零跑腿事项", "76.3%", "76.3", "%"),
                    exact("行政权力事项法定办理时限", "1510天", "1510", "天"),
                    exact("梳理前承诺时限", "638天", "638", "天"),
                    exact("梳理后承诺时限", "443天", "443", "天"),
                    exact("较法定时限缩短", "70.66%", "70.66", "%"),
                    exact("较梳理前缩短", "30.56%", "30.56", "%"),
                    exact("申请材料在原有基础上减少", "127件", "127", "件"),
                    exact("减少", "28%", "28", "%"),
                    exact("局政务信息资源目录编制和数据发布工作", "95项", "95", "项"),
                    exact("服务窗口充值", "121.13万笔", "121.13", "万笔"),
                    exact("金额", "7304.01万元", "7304.01", "万元"),
                    exact(
                        "微信公众号、支付宝、网银等互联网平台累计充值",
                        "4.13亿元",
                        "4.13",
                        "亿元",
                    ),
                    exact("占总充值金额", "69.18%", "69.18", "%"),
                    exact(
                        "使用微信、支付宝、网银等互联网平台充值的户数",
                        "78.4 万户",
                        "78.4",
                        "万户",
                    ),
                    exact("占总户数", "64.72%", "64.72", "%"),
                    exact("非便民卡通过微信公众号缴费", "841笔", "841", "笔"),
                    exact("金额", "52.8万元", "52.8", "万元"),
                ],
            ),
            part(
                "五、依申请公开政府信息情况",
                Some(Content2008::OnRequest),
                t::PART_5,
                vec![
                    keyed(
                        exact("政府信息公开共受理依申请公开事项", "28件", "28", "件"),
                        KeyFigure::ApplicationsReceived,
                    ),
                    keyed(
                        exact("费用", "未向申请人收取", "0", ""),
                        KeyFigure::FeesCollected,
                    ),
                ],
            ),
            part(
                "六、申请行政复议和提起行政诉讼情况",
                Some(Content2008::ReviewLitigation),
                t::PART_6,
                vec![
                    keyed(
                        exact("信息公开行政复议案件", "未发生", "0", ""),
                        KeyFigure::Reviews,
                    ),
                    keyed(
                        exact("依法办理信息公开行政应诉案件", "1起", "1", "起"),
                        KeyFigure::Lawsuits,
                    ),
                ],
            ),
            part("七、政府信息公开保密审查情况", None, t::PART_7, vec![]),
            part(
                "八、存在的问题及下一步工作打算",
                Some(Content2008::Problems),
                t::PART_8,
                vec![],
            ),
            part(
                "九、其它需要报告的事项",
                Some(Content2008::OtherMatters),
                t::PART_9,
                vec![],
            ),
        ],
    })
}
