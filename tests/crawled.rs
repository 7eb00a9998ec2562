//! Text as crawlers and PDF extractors leave it, read as the report was written: 2008-era
//! reports crawled into one line (a crawler's page text: a header of 标题, 发布时间, 发布机构
//! and 原文链接 lines, then the whole report on one line), read into their parts and figures
//! as a report printed over many lines is; and a PDF's lines joined into the paragraphs they
//! print, names read without the seams of their lines. The figures below were read by hand
//! from the texts, label by label, by the convention of `tests/reference/mod.rs`.

use ogi_report::Report;
use ogi_report::catalogue::{Content2008, KeyFigure};
use ogi_report::parse::{ParseOptions, parse_bytes};
use ogi_report::regulation_2008::{Figure, Regulation2008Report};

use crate::reference::{about, exact, keyed, more, with_parts};

fn read(bytes: &[u8]) -> Regulation2008Report {
    match parse_bytes(bytes, &ParseOptions::default()).unwrap().report {
        Report::Regulation2008(r) => r,
        other => panic!("a 2008-era report, not {}", other.edition().id()),
    }
}

type Outline = Vec<(String, Option<Content2008>, String)>;

/// Each part's heading, the content it serves, and as many first characters of its text as
/// the part wanted has: what the report holds, to compare with what it should.
fn outline(r: &Regulation2008Report, want: &[(&str, Option<Content2008>, &str)]) -> Outline {
    r.parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let first = want.get(i).map_or(0, |w| w.2.chars().count());
            (
                p.heading.clone(),
                p.serves,
                p.text.chars().take(first).collect(),
            )
        })
        .collect()
}

fn owned(rows: &[(&str, Option<Content2008>, &str)]) -> Outline {
    rows.iter()
        .map(|(h, s, t)| ((*h).to_owned(), *s, (*t).to_owned()))
        .collect()
}

/// 平潭综合实验区's 2018 report: six parts run together on one line, the sub-headings run
/// into their text ("（一）主动公开政府信息的数量2018年全区…", so that figure's label starts
/// at the sub-heading), the old statistics table run together at the end (no figure: its
/// numbers have no unit after them). The preamble keeps the doubled "《《" and the unclosed
/// "（" as printed.
#[test]
fn a_2008_era_report_crawled_into_one_line_reads_into_its_parts() {
    let r = read(include_bytes!("fixtures/real/pingtan_2018_crawled.txt"));
    assert_eq!(r.meta.agency, "平潭综合实验区");
    assert_eq!(r.meta.report_year.map(|y| y.get()), Some(2018));
    let preamble = r.preamble.as_deref().unwrap();
    assert!(preamble.starts_with(
        "平潭综合实验区2018年度政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》"
    ));
    assert!(preamble.contains("、《《福建省人民政府办公厅"));
    assert!(preamble.ends_with("请与区管委会办公室政府信息公开工作领导小组办公室联系（联系地址：平潭综合实验区北厝镇金井湾片区管委会大楼主楼14层；邮 编：350400；电 话：0591-23165255；传真：0591-23165255；电子邮箱：pzxxgkb＠163.com。"));
    let want = [
        ("一、概述", None, "2018年以来,我区认真贯彻落实"),
        (
            "二、主动公开政府信息情况",
            Some(Content2008::Proactive),
            "（一）主动公开政府信息的数量",
        ),
        (
            "三、政府信息依申请公开工作情况",
            Some(Content2008::OnRequest),
            "2018年未收到有关政府信息",
        ),
        (
            "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
            Some(Content2008::ReviewLitigation),
            "2018年未收到有关政府信息",
        ),
        (
            "五、主要问题和改进措施",
            Some(Content2008::Problems),
            "虽然，我区2018年度政务公开工",
        ),
        (
            "六、政府信息公开情况统计表",
            None,
            "指标名称计量单位2018年度历",
        ),
    ];
    assert_eq!(outline(&r, &want), owned(&want));
    // Each part's text ends where the next heading starts.
    assert!(
        r.parts[0]
            .text
            .ends_with("信息发布合法、真实、权威、有效。")
    );
    assert_eq!(r.parts[2].text, "2018年未收到有关政府信息公开申请。");
    assert_eq!(
        r.parts[3].text,
        "2018年未收到有关政府信息公开行政复议、提起行政诉讼的申请。"
    );
    assert!(r.parts[5].text.ends_with("行政复议数件00行政诉讼数件00"));

    let figures: Vec<&Vec<Figure>> = r.parts.iter().map(|p| &p.figures).collect();
    assert_eq!(
        figures[0],
        &vec![
            exact("主动公开政策性文件", "90份", "90", "份"),
            more("区直单位一并公开部门的预算及决算信息", "30多个", "30", "个"),
            exact("公开立项审批信息和备案信息", "123件", "123", "件"),
            exact(
                "区环境与国土资源局在“环境保护”栏目共计发布行政处罚",
                "23件",
                "23",
                "件"
            ),
            exact("建设项目环境影响评价", "16件", "16", "件"),
            about("我区共收集网络信息", "近1000条", "1000", "条"),
            more("处置网络舆情", "70多件", "70", "件"),
            exact(
                "单位的部门网站已迁移整合至实验区门户网站集群",
                "9个",
                "9",
                "个"
            ),
            exact("咨询投诉件", "15564件", "15564", "件"),
            exact("办结", "15042件", "15042", "件"),
            exact("登陆网站信息报送系统", "1次", "1", "次"),
            exact("我区政府网站共收到网友留言", "11条", "11", "条"),
            // "已100%及时整改": the clause names nothing, the one before names it.
            exact("我区政府网站共收到网友留言", "100%", "100", "%"),
            with_parts(
                exact("我区各部门共开设新媒体数量", "70个", "70", "个"),
                vec![
                    exact("微博", "29个", "29", "个"),
                    exact("发布信息", "1992条", "1992", "条"),
                ]
            ),
            exact("微信公众号", "41个", "41", "个"),
            exact("发布信息", "3404条", "3404", "条"),
            exact("新媒体运行情况良好", "70个", "70", "个"),
        ]
    );
    let information = |label: &str, n: &str| exact(label, &format!("{n}条"), n, "条");
    assert_eq!(
        figures[1],
        &vec![
            with_parts(
                information("主动公开政府信息的数量2018年全区主动公开政府信息", "2069"),
                vec![
                    information("区管委会及区直各部门主动公开政府信息", "1592"),
                    exact("占", "76.9%", "76.9", "%"),
                ]
            ),
            information("各乡镇主动公开政府信息", "477"),
            exact("占", "23.1%", "23.1", "%"),
            information("机构职能类信息", "211"),
            information("政策、规范性文件类信息", "82"),
            information("规划计划类信息", "15"),
            information("财政预决算类信息", "35"),
            information("行政事业性收费信息", "3"),
            information("政府集中采购项目类信息", "55"),
            information("行政许可类信息", "13"),
            information("重大建设项目", "129"),
            information("扶贫、教育、医疗、社会保障、促进就业类信息", "52"),
            information("应急管理类信息", "15"),
            information("环保、公共卫生、安全生产、食品药品、产品质量类信息", "281"),
            information("城乡建设和管理的重大事项类信息", "23"),
            information("社会公益事业建设类信息", "5"),
            information("征收或征用土地类信息", "89"),
            information("民政扶贫救灾社会保障就业类信息", "32"),
            information("其他信息", "1029"),
            exact("政府信息公开专栏访问量", "108932人次", "108932", "人次"),
        ]
    );
    let none = |label: &str, key: KeyFigure| keyed(exact(label, "未收到", "0", ""), key);
    assert_eq!(
        figures[2],
        &vec![none(
            "有关政府信息公开申请",
            KeyFigure::ApplicationsReceived
        )]
    );
    assert_eq!(
        figures[3],
        &vec![
            none("有关政府信息公开行政复议", KeyFigure::Reviews),
            none("提起行政诉讼的申请", KeyFigure::Lawsuits),
        ]
    );
    assert_eq!(figures[4], &Vec::<Figure>::new());
    assert_eq!(figures[5], &Vec::<Figure>::new());
}

/// A report written for this test in the same crawled form, its headings worded as other
/// 2008-era reports word them (一、基本情况, 三、依申请公开政府信息和不予公开政府信息的情况,
/// 六、…存在的主要问题及下一步工作打算, 七、其它需要报告的事项), with numbered words that
/// are not headings: "现将有关情况报告如下：" before part 一, "围绕一、二、三产业" inside a
/// sentence, a list after "主要做法：" and "三、强化督查落实。" that names no part.
#[test]
fn a_crawled_2008_era_report_in_other_words_reads_into_its_parts() {
    let r = read(include_bytes!("fixtures/crawled/qingshan_2012_crawled.txt"));
    assert_eq!(r.meta.agency, "青山县水利局");
    assert_eq!(r.meta.report_year.map(|y| y.get()), Some(2012));
    assert_eq!(
        r.preamble.as_deref(),
        Some(
            "青山县水利局2012年政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2012年1月1日至2012年12月31日。现将有关情况报告如下："
        )
    );
    let want = [
        ("一、基本情况", None, "2012年，我局把政府信息"),
        (
            "二、主动公开政府信息的情况",
            Some(Content2008::Proactive),
            "（一）公开数量。全年共主动公",
        ),
        (
            "三、依申请公开政府信息和不予公开政府信息的情况",
            Some(Content2008::OnRequest),
            "全年受理政府信息公开申请12",
        ),
        (
            "四、政府信息公开的收费及减免情况",
            Some(Content2008::FeesAndWaivers),
            "全年未向申请人收取任何费用",
        ),
        (
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
            Some(Content2008::ReviewLitigation),
            "全年未发生因政府信息公开申请",
        ),
        (
            "六、政府信息公开工作存在的主要问题及下一步工作打算",
            Some(Content2008::Problems),
            "一是公开内容不够全面；二是更",
        ),
        (
            "七、其它需要报告的事项",
            Some(Content2008::OtherMatters),
            "无。",
        ),
    ];
    assert_eq!(outline(&r, &want), owned(&want));
    assert!(
        r.parts[0]
            .text
            .contains("围绕一、二、三产业用水保障公开工作动态。")
    );
    assert_eq!(
        r.parts[1].text,
        "（一）公开数量。全年共主动公开政府信息356条，其中通过门户网站公开298条、公开栏公开58条。（二）公开形式。主要做法：一、网站发布；二、公开栏张贴；三、发放资料。全年发放宣传资料1200余份。三、强化督查落实。每季度检查公开情况1次。"
    );
    let figures: Vec<&Vec<Figure>> = r.parts.iter().map(|p| &p.figures).collect();
    assert_eq!(
        figures[0],
        &vec![
            keyed(
                exact("局办公室配备专职人员", "2人", "2", "人"),
                KeyFigure::DisclosureStaff
            ),
            exact("制定或修订工作制度", "4项", "4", "项"),
            exact("开展业务培训", "3期", "3", "期"),
            more("参训", "120余人次", "120", "人次"),
            about("网站全年访问量", "约5万人次", "5", "万人次"),
        ]
    );
    assert_eq!(
        figures[1],
        &vec![
            with_parts(
                exact("主动公开政府信息", "356条", "356", "条"),
                vec![
                    exact("通过门户网站公开", "298条", "298", "条"),
                    exact("公开栏公开", "58条", "58", "条"),
                ]
            ),
            more("发放宣传资料", "1200余份", "1200", "份"),
            exact("每季度检查公开情况", "1次", "1", "次"),
        ]
    );
    assert_eq!(
        figures[2],
        &vec![
            with_parts(
                keyed(
                    exact("受理政府信息公开申请", "12件", "12", "件"),
                    KeyFigure::ApplicationsReceived
                ),
                vec![
                    exact("当面申请", "5件", "5", "件"),
                    exact("网上申请", "7件", "7", "件"),
                ]
            ),
            with_parts(
                exact("按时答复", "12件", "12", "件"),
                vec![
                    exact("同意公开", "10件", "10", "件"),
                    exact("不予公开", "2件", "2", "件"),
                ]
            ),
        ]
    );
    assert_eq!(
        figures[3],
        &vec![keyed(
            exact("费用", "未向申请人收取", "0", ""),
            KeyFigure::FeesCollected
        )]
    );
    assert_eq!(
        figures[4],
        &vec![
            keyed(
                exact("因政府信息公开申请行政复议", "未发生", "0", ""),
                KeyFigure::Reviews
            ),
            keyed(
                exact("提起行政诉讼", "未发生", "0", ""),
                KeyFigure::Lawsuits
            ),
        ]
    );
    assert_eq!(figures[5], &Vec::<Figure>::new());
    assert_eq!(figures[6], &Vec::<Figure>::new());
}

/// A 2008-era report on one line whose numbered items are lists, not headings: items after
/// "；" (even those that name a part's subject, "二、依申请公开情况良好"), and items that
/// name none ("一、加强组织领导。"). The line is left whole: the preamble holds it as printed,
/// and there are no parts.
#[test]
fn numbered_list_items_on_one_line_are_not_part_headings() {
    let bytes = include_bytes!("fixtures/crawled/list_items_crawled.txt");
    let r = read(bytes);
    assert_eq!(r.meta.agency, "青山县林业局");
    assert_eq!(r.meta.report_year.map(|y| y.get()), Some(2013));
    assert!(r.parts.is_empty());
    let line = std::str::from_utf8(bytes).unwrap().lines().last().unwrap();
    assert_eq!(r.preamble.as_deref(), Some(line));
}

/// Huai'an's report as a PDF, as `pdftotext -layout` and as plain `pdftotext`: part 一's six
/// paragraphs (its opening one and （一） to （五）, each over two to nine lines of the page),
/// part 五's two, whole; the contact's address, broken over two lines after "淮", whole and
/// without the extractors' spaces ("淮安市翔宇南道 1 号", "翔宇南道       1号"). Indentation
/// marks the paragraphs of the laid-out forms: the preamble is one paragraph, as printed.
/// Plain text has none, and its preamble's first sentence ends at the margin ("…12 月 31
/// 日。"): two paragraphs there, cut between sentences.
#[test]
fn a_pdfs_lines_are_joined_into_the_paragraphs_they_print() {
    #[cfg_attr(
        not(feature = "pdf"),
        allow(unused_mut, reason = "the PDFs are pushed with pdf")
    )]
    let mut forms: Vec<(&str, &[u8], usize)> = vec![
        (
            "layout",
            include_bytes!("fixtures/real/huaian_2024_pdftotext_layout.txt"),
            1,
        ),
        (
            "plain",
            include_bytes!("fixtures/real/huaian_2024_pdftotext_plain.txt"),
            2,
        ),
    ];
    #[cfg(feature = "pdf")]
    forms.push(("pdf", include_bytes!("fixtures/real/huaian_2024.pdf"), 1));
    // Nine lines of the page: "（三）政府信息管理情况。在政府网站、政务新媒体、政府" /
    // "公报等公开平台发布信息时，坚持“先审查、后公开”“一事一" / …
    let managed = "（三）政府信息管理情况。在政府网站、政务新媒体、政府公报等公开平台发布信息时，坚持“先审查、后公开”“一事一审”工作原则，规范审查程序，建立健全重要事项公开保密审查协调机制，落实政府信息公开属性源头认定机制，加强政府信息源头管理工作。对政务公开平台已公开信息进行梳理，优化主动公开目录，着力为群众提供看得懂、找得到、用得上的政府信息公开服务。系统性排查全市各地各部门政务服务网办事指南、表格样表、在线申请等与群众密切相关服务事项，并不断修改完善，积极构建权威、便捷、高效的一体化互联网政务服务平台。";
    for (name, bytes, preamble) in forms {
        let parsed = parse_bytes(bytes, &ParseOptions::default()).unwrap();
        let Report::Format2021(r) = &parsed.report else {
            panic!("{name}: a 2021-format report")
        };
        let overview: Vec<&str> = r.overview.paragraphs().collect();
        assert_eq!(overview.len(), 6, "{name}");
        assert_eq!(overview[3], managed, "{name}");
        assert!(
            overview[0].ends_with("各项规定，圆满完成了各项任务。"),
            "{name}"
        );
        for (k, opens) in [
            "（一）主动公开情况。",
            "（二）依申请公开情况。",
            "（三）",
            "（四）政府信息公开平台建设情况。",
            "（五）政府信息公开监督保障情况。",
        ]
        .iter()
        .enumerate()
        {
            assert!(
                overview[k + 1].starts_with(opens),
                "{name}: {}",
                overview[k + 1]
            );
        }
        let problems: Vec<&str> = r.problems.paragraphs().collect();
        assert_eq!(problems.len(), 2, "{name}");
        assert!(
            problems[0].starts_with(
                "对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在：一是"
            ),
            "{name}"
        );
        assert!(
            problems[1].starts_with("针对存在问题，下一步，我市将着力加强政策解读质效，重点提升"),
            "{name}"
        );
        assert_eq!(
            r.preamble.as_deref().map(|p| p.split('\n').count()),
            Some(preamble),
            "{name}"
        );
        let contact = r.meta.contact.as_ref().unwrap();
        assert_eq!(
            contact.office.as_deref(),
            Some("淮安市人民政府办公室"),
            "{name}"
        );
        assert_eq!(
            contact.address.as_deref(),
            Some("淮安市翔宇南道1号"),
            "{name}"
        );
        assert_eq!(contact.postcode.as_deref(), Some("223001"), "{name}");
        assert_eq!(contact.email.as_deref(), Some("hazwgkc@163.com"), "{name}");
    }
}

/// A 2008-era report as plain `pdftotext` gives it, lines broken at the margin: each part's
/// paragraph is whole, and a figure whose words run over a line break keeps them all
/// ("政" / "策法规15条": 政策法规).
#[test]
fn a_2008_era_reports_lines_are_joined_before_its_figures_are_read() {
    let text = "青山县民政局2015年政府信息公开工作年度报告
一、概述
2015年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，
把政府信息公开作为建设服务型机关的重要内容，明确专人负责信息
公开工作，全年召开专题会议3次，研究部署信息公开工作，召开专题
会议的情况均在局网站公开。
二、主动公开政府信息情况
全年在政府网站共主动公开政府信息130条，其中机构职能9条、政
策法规15条、业务类106条。在县民政网站主动公开低保、救灾等业
务信息446条，编发《民政工作服务指南》6000份。
三、依申请公开政府信息情况
全年未接到要求公开政府信息的申请。
四、存在的主要问题及改进措施
信息公开的内容还不够全面，更新还不够及时。下一步，我局将进一
步完善公开目录，提高信息更新的频率和质量，推动信息公开工作再
上新台阶。
";
    let r = read(text.as_bytes());
    assert_eq!(r.meta.agency, "青山县民政局");
    assert_eq!(r.meta.report_year.map(|y| y.get()), Some(2015));
    let texts: Vec<(&str, &str)> = r
        .parts
        .iter()
        .map(|p| (p.heading.as_str(), p.text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (
                "一、概述",
                "2015年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，把政府信息公开作为建设服务型机关的重要内容，明确专人负责信息公开工作，全年召开专题会议3次，研究部署信息公开工作，召开专题会议的情况均在局网站公开。"
            ),
            (
                "二、主动公开政府信息情况",
                "全年在政府网站共主动公开政府信息130条，其中机构职能9条、政策法规15条、业务类106条。在县民政网站主动公开低保、救灾等业务信息446条，编发《民政工作服务指南》6000份。"
            ),
            (
                "三、依申请公开政府信息情况",
                "全年未接到要求公开政府信息的申请。"
            ),
            (
                "四、存在的主要问题及改进措施",
                "信息公开的内容还不够全面，更新还不够及时。下一步，我局将进一步完善公开目录，提高信息更新的频率和质量，推动信息公开工作再上新台阶。"
            ),
        ]
    );
    let figures: Vec<&Vec<Figure>> = r.parts.iter().map(|p| &p.figures).collect();
    assert_eq!(figures[0], &vec![exact("召开专题会议", "3次", "3", "次")]);
    assert_eq!(
        figures[1],
        &vec![
            with_parts(
                exact("在政府网站共主动公开政府信息", "130条", "130", "条"),
                vec![
                    exact("机构职能", "9条", "9", "条"),
                    exact("政策法规", "15条", "15", "条"),
                    exact("业务类", "106条", "106", "条"),
                ]
            ),
            exact(
                "在县民政网站主动公开低保、救灾等业务信息",
                "446条",
                "446",
                "条"
            ),
            exact("编发《民政工作服务指南》", "6000份", "6000", "份"),
        ]
    );
    assert_eq!(
        figures[2],
        &vec![keyed(
            exact("要求公开政府信息的申请", "未接到", "0", ""),
            KeyFigure::ApplicationsReceived
        )]
    );
    assert_eq!(figures[3], &Vec::<Figure>::new());
}
