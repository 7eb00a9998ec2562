//! Real reports as agencies and crawlers publish them (`fixtures/real/`, sources in its
//! README), read with no hints. Per file: how many cells equal the hand-checked table, how
//! many were left blank or raw, and how many were read as another number (always 0), with
//! the agency and the year.

use ogi_report::Report;
use ogi_report::layout::CellRef;
use ogi_report::parse::{ParseOptions, Parsed, parse_bytes};

/// What the reader made of one cell, against what the report prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Counts {
    /// Equal to the expected cell (a blank read as blank counts).
    right: usize,
    /// Left blank or raw where the report prints a number.
    left: usize,
    /// Read as a number the report does not print there.
    wrong: usize,
}

fn read(bytes: &[u8]) -> Parsed {
    parse_bytes(bytes, &ParseOptions::default()).unwrap()
}

/// A cell as shown, and whether it holds a number.
fn shown(cell: CellRef<'_>) -> (Option<String>, bool) {
    let raw = cell.raw().is_some();
    let display = cell.display();
    let number = display.is_some() && !raw;
    (display, number)
}

fn count(got: &Report, want: &Report) -> (Counts, Vec<String>) {
    let mut counts = Counts::default();
    let mut wrong = Vec::new();
    for (at, want_cell) in want.cells() {
        let want_shown = want_cell.display();
        let (got_shown, number) = got.cell(at).map_or((None, false), shown);
        if got_shown == want_shown {
            counts.right += 1;
        } else if number {
            counts.wrong += 1;
            wrong.push(format!(
                "{}: read {got_shown:?}, is {want_shown:?}",
                at.pointer()
            ));
        } else {
            counts.left += 1;
        }
    }
    (counts, wrong)
}

fn meta(parsed: &Parsed) -> (String, u16) {
    let meta = parsed.report.meta();
    (meta.agency.clone(), meta.report_year.get())
}

/// Every file with a hand-checked table, read with no hints.
#[test]
fn real_reports_read_with_no_wrong_cell() {
    let huaian =
        Report::from_json(include_str!("fixtures/real/expected/huaian_2024.json")).unwrap();
    #[cfg(feature = "html")]
    let pingtan =
        Report::from_json(include_str!("fixtures/real/expected/pingtan_2024.json")).unwrap();
    let shkewei =
        Report::from_json(include_str!("fixtures/real/expected/shkewei_2024.json")).unwrap();
    let files: Vec<(&str, &[u8], &Report)> = vec![
        (
            "huaian_2024_pdftotext_layout.txt",
            include_bytes!("fixtures/real/huaian_2024_pdftotext_layout.txt"),
            &huaian,
        ),
        (
            "huaian_2024_pdftotext_plain.txt",
            include_bytes!("fixtures/real/huaian_2024_pdftotext_plain.txt"),
            &huaian,
        ),
        (
            "shkewei_2024_converted.md",
            include_bytes!("fixtures/real/shkewei_2024_converted.md"),
            &shkewei,
        ),
        #[cfg(feature = "pdf")]
        (
            "huaian_2024.pdf",
            include_bytes!("fixtures/real/huaian_2024.pdf"),
            &huaian,
        ),
        #[cfg(feature = "html")]
        (
            "pingtan_2024_page.html",
            include_bytes!("fixtures/real/pingtan_2024_page.html"),
            &pingtan,
        ),
    ];
    let mut got = Vec::new();
    for (name, bytes, want) in files {
        let parsed = read(bytes);
        let (counts, wrong) = count(&parsed.report, want);
        assert_eq!(wrong, Vec::<String>::new(), "{name}");
        got.push((name, counts, meta(&parsed)));
    }
    let counts = |right, left| Counts {
        right,
        left,
        wrong: 0,
    };
    let huaian = || ("淮安市人民政府".to_owned(), 2024);
    let want = vec![
        ("huaian_2024_pdftotext_layout.txt", counts(200, 0), huaian()),
        ("huaian_2024_pdftotext_plain.txt", counts(185, 15), huaian()),
        (
            "shkewei_2024_converted.md",
            counts(170, 30),
            ("上海市科委".to_owned(), 2024),
        ),
        #[cfg(feature = "pdf")]
        ("huaian_2024.pdf", counts(200, 0), huaian()),
        #[cfg(feature = "html")]
        (
            "pingtan_2024_page.html",
            counts(200, 0),
            ("平潭综合实验区".to_owned(), 2024),
        ),
    ];
    assert_eq!(got, want);
}

/// The report read from a text, with its meta and its parse findings' rules and messages.
fn meta_of(text: &str) -> (String, u16, Option<String>, Vec<(String, String)>) {
    let parsed = ogi_report::parse::parse(text, &ParseOptions::default()).unwrap();
    let meta = parsed.report.meta();
    (
        meta.agency.clone(),
        meta.report_year.get(),
        meta.publication_date.map(|d| d.to_string()),
        parsed
            .findings
            .iter()
            .filter(|f| f.finding.rule.id().starts_with("parse.meta"))
            .map(|f| (f.finding.rule.id().to_owned(), f.finding.message.en.clone()))
            .collect(),
    )
}

const TABLE: &str =
    "二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t4\n";

#[test]
fn a_title_with_spaces_and_the_agency_on_the_line_above() {
    let text = format!(
        "      某某市人民政府\n   2 0 2 4 　年政府信息公开工作年度报告\n\n\
         本报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。\n{TABLE}"
    );
    assert_eq!(
        meta_of(&text),
        ("某某市人民政府".into(), 2024, None, vec![])
    );
}

#[test]
fn a_title_broken_over_two_lines_names_its_agency() {
    let text = format!(
        "正文\n2024 年某某市科委政府信息公开工作\n年度报告\n\
         本年度报告中所列数据的统计周期为 2024 年 1 月 1 日至 12 月 31 日。\n{TABLE}"
    );
    assert_eq!(meta_of(&text), ("某某市科委".into(), 2024, None, vec![]));
}

#[test]
fn a_date_line_under_the_title_is_the_publication_date_not_the_year() {
    let text = format!(
        "某某县人民政府2025 年政府信息公开工作年度报告\n（2026年1月23日）\n\
         统计期限为2025\n年1月1日至12月31日。\n{TABLE}"
    );
    assert_eq!(
        meta_of(&text),
        (
            "某某县人民政府".into(),
            2025,
            Some("2026-01-23".into()),
            vec![]
        )
    );
}

#[test]
fn a_crawler_header_is_the_source_never_the_agency() {
    let text = format!(
        "标题: 某某综合实验区2022年度政府信息公开工作年度报告\n发布时间: 2023-02-20 15:07\n\
         发布机构: \n原文链接: https://www.example.gov.cn/nb/t1.htm\n页面说明\n\
         ==================== 正文 ====================\n\
         本报告中所列数据统计时限为2022年1月1日至2022年12月31日。\n{TABLE}"
    );
    let parsed = ogi_report::parse::parse(&text, &ParseOptions::default()).unwrap();
    let meta = parsed.report.meta();
    assert_eq!(meta.agency, "某某综合实验区");
    assert_eq!(meta.report_year.get(), 2022);
    assert_eq!(meta.publication_date.unwrap().to_string(), "2023-02-20");
    let source = meta.source.clone().unwrap();
    assert_eq!(
        source.title.as_deref(),
        Some("某某综合实验区2022年度政府信息公开工作年度报告")
    );
    assert_eq!(
        source.url.as_deref(),
        Some("https://www.example.gov.cn/nb/t1.htm")
    );
    // The header is not the preamble.
    let Report::Format2021(r) = &parsed.report else {
        panic!("a 2021-format report")
    };
    assert_eq!(
        r.preamble.as_deref(),
        Some("本报告中所列数据统计时限为2022年1月1日至2022年12月31日。")
    );
}

#[test]
fn the_title_year_is_kept_against_the_period_with_a_finding() {
    let text = format!(
        "2023 年某某局政府信息公开工作年度报告\n本报告所列数据的统计期限自2022年1月1日至2022年12月31日。\n{TABLE}"
    );
    assert_eq!(
        meta_of(&text),
        (
            "某某局".into(),
            2023,
            None,
            vec![(
                "parse.meta_conflict".into(),
                "the title states 2023 and the statistics period starts in 2022; the title's 2023 was kept".into()
            )]
        )
    );
}

#[test]
fn the_agency_only_in_the_compiling_sentence_is_read_with_a_notice() {
    let text = format!(
        "2024年政府信息公开工作年度报告\n本报告由某某市人民政府办公室根据《条例》编制。\
         统计期限自2024年1月1日至2024年12月31日。\n{TABLE}"
    );
    assert_eq!(
        meta_of(&text),
        (
            "某某市人民政府".into(),
            2024,
            None,
            vec![(
                "parse.meta_inferred".into(),
                "no title names the agency; \"某某市人民政府\" was read from the sentence 本报告由……编制".into()
            )]
        )
    );
    // Without a title the period gives the year, said in a notice.
    let text = format!("本报告由某某区司法局编制。统计期限自2021年1月1日起。\n{TABLE}");
    let (agency, year, _, findings) = meta_of(&text);
    assert_eq!((agency.as_str(), year), ("某某区司法局", 2021));
    assert_eq!(
        findings,
        [
            (
                "parse.meta_inferred".to_owned(),
                "no title states the report year; 2021 was read from the statistics period".to_owned()
            ),
            (
                "parse.meta_inferred".to_owned(),
                "no title names the agency; \"某某区司法局\" was read from the sentence 本报告由……编制".to_owned()
            )
        ]
    );
}

/// A converter tore table 三's labels out of their rows: the rows of values with no label
/// are committed only in the columns where every such row agrees, whatever their order.
#[test]
fn rows_of_values_apart_from_their_labels_commit_what_every_order_gives() {
    let parsed = read(include_bytes!("fixtures/real/shkewei_2024_converted.md"));
    let cell = |pointer: &str| {
        parsed
            .report
            .cells()
            .find(|(at, _)| at.pointer() == pointer)
            .and_then(|(_, c)| c.display())
    };
    // 本机关不掌握 is 4 and 补正后申请内容仍不明确 is 0: order alone cannot tell.
    assert_eq!(
        cell("/requests/outcomes/unavailable/not_held/natural_person"),
        None
    );
    assert_eq!(cell("/requests/outcomes/unavailable/not_held/total"), None);
    assert_eq!(
        cell("/requests/outcomes/unavailable/not_held/research_institution"),
        Some("0".into())
    );
    let ambiguous: Vec<(&str, &str, u32)> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule.id() == "parse.row_ambiguous")
        .map(|f| {
            (
                f.finding.pointer.as_str(),
                f.finding.message.en.as_str(),
                f.span.unwrap().line,
            )
        })
        .collect();
    assert_eq!(
        ambiguous,
        [(
            "/requests",
            "rows of values stand apart from their labels, and their order proves no row: the other 3 columns are left blank (values: 0, 1, 10, 2, 4, 6, 8)",
            105
        )]
    );
}
