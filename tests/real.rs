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
    (
        meta.agency.clone(),
        meta.report_year.map_or(0, |y| y.get()), /* 0: no year */
    )
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
    let pingtan_2019 =
        Report::from_json(include_str!("fixtures/real/expected/pingtan_2019.json")).unwrap();
    let files: Vec<(&str, &[u8], &Report)> = vec![
        (
            "pingtan_2019_crawled.txt",
            include_bytes!("fixtures/real/pingtan_2019_crawled.txt"),
            &pingtan_2019,
        ),
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
        (
            "pingtan_2019_crawled.txt",
            counts(179, 19),
            ("平潭综合实验区".to_owned(), 2019),
        ),
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
        meta.report_year.map_or(0, |y| y.get()), /* 0: no year */
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
    assert_eq!(meta.report_year.map(|y| y.get()), Some(2022));
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
    // The rows whose labels were torn are printed: none is reported missing.
    assert!(
        !parsed
            .findings
            .iter()
            .any(|f| f.finding.rule.id() == "parse.table_truncated")
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

/// The part 三 and part 四 cells of a report, row by row, as shown.
fn request_rows(report: &Report) -> Vec<(String, Vec<Option<String>>)> {
    let mut rows: Vec<(String, Vec<Option<String>>)> = Vec::new();
    for (at, cell) in report.cells() {
        let pointer = at.pointer();
        if !(pointer.starts_with("/requests") || pointer.starts_with("/review_litigation")) {
            continue;
        }
        let row = pointer[..pointer.rfind('/').unwrap()].to_owned();
        match rows.last_mut() {
            Some((r, cells)) if *r == row => cells.push(cell.display()),
            _ => rows.push((row, vec![cell.display()])),
        }
    }
    rows
}

/// Rows as the tests write them: the row's pointer and its cells, "" for a blank.
fn rows_of(rows: &[(&str, &str)]) -> Vec<(String, Vec<Option<String>>)> {
    rows.iter()
        .map(|(row, cells)| {
            (
                (*row).to_owned(),
                cells
                    .split(' ')
                    .map(|c| (!c.is_empty() && c != "_").then(|| c.to_owned()))
                    .collect(),
            )
        })
        .collect()
}

/// A crawler's page with the whole report on one line: every part 三 and part 四 cell is
/// read, and part 二's one-cell rows; the three-cell row whose digits split several ways
/// ("8855698") is raw. The table below was read by hand from the text; every column
/// balances (71 + 1 = 72 + 0, 3 + 0 = 3 + 0, 74 + 1 = 75 + 0).
#[test]
fn a_report_crawled_into_one_line_is_read_cell_by_cell() {
    let parsed = read(include_bytes!("fixtures/real/pingtan_2022_crawled.txt"));
    assert_eq!(meta(&parsed), ("平潭综合实验区".to_owned(), 2022));
    let o = "/requests/outcomes";
    let zeros = "0 0 0 0 0 0 0";
    let want = rows_of(&[
        ("/requests/new_received", "71 3 0 0 0 0 74"),
        ("/requests/carried_over", "1 0 0 0 0 0 1"),
        (&format!("{o}/disclosed"), "21 0 0 0 0 0 21"),
        (&format!("{o}/partially_disclosed"), "8 1 0 0 0 0 9"),
        (&format!("{o}/withheld/state_secret"), zeros),
        (&format!("{o}/withheld/prohibited_by_law"), zeros),
        (&format!("{o}/withheld/security_and_stability"), zeros),
        (&format!("{o}/withheld/third_party_rights"), zeros),
        (&format!("{o}/withheld/internal_affairs"), "1 0 0 0 0 0 1"),
        (
            &format!("{o}/withheld/process_information"),
            "2 0 0 0 0 0 2",
        ),
        (
            &format!("{o}/withheld/enforcement_case_files"),
            "1 0 0 0 0 0 1",
        ),
        (&format!("{o}/withheld/administrative_inquiry"), zeros),
        (&format!("{o}/unavailable/not_held"), "37 0 0 0 0 0 37"),
        (&format!("{o}/unavailable/requires_compilation"), zeros),
        (&format!("{o}/unavailable/unclear_after_amendment"), zeros),
        (&format!("{o}/not_processed/petition_or_complaint"), zeros),
        (&format!("{o}/not_processed/repeated"), zeros),
        (&format!("{o}/not_processed/publication"), zeros),
        (&format!("{o}/not_processed/excessive"), zeros),
        (&format!("{o}/not_processed/confirmation"), zeros),
        (&format!("{o}/other_handling/no_amendment"), "2 0 0 0 0 0 2"),
        (&format!("{o}/other_handling/fee_unpaid"), zeros),
        (&format!("{o}/other_handling/other"), "0 2 0 0 0 0 2"),
        (&format!("{o}/total"), "72 3 0 0 0 0 75"),
        ("/requests/carried_forward", zeros),
        ("/review_litigation/review", "0 1 1 0 2"),
        ("/review_litigation/litigation_direct", "1 0 0 0 1"),
        ("/review_litigation/litigation_after_review", "0 0 0 0 0"),
    ]);
    assert_eq!(request_rows(&parsed.report), want);
    let cells: usize = want.iter().map(|(_, c)| c.len()).sum();
    assert_eq!(cells, 190);
    let Report::Format2021(r) = &parsed.report else {
        panic!("a 2021-format report")
    };
    let p = &r.proactive;
    assert_eq!(
        [
            p.licensing.decisions.value().map(ToString::to_string),
            p.penalties.decisions.value().map(ToString::to_string),
            p.coercion.decisions.value().map(ToString::to_string),
            p.administrative_fees
                .amount
                .value()
                .map(ToString::to_string),
        ],
        [
            Some("10690".to_owned()),
            Some("2113".to_owned()),
            Some("0".to_owned()),
            Some("9116.3600".to_owned())
        ]
    );
    assert_eq!(p.normative_documents.issued.raw(), Some("8855698"));
    assert_eq!(p.normative_documents.in_force.raw(), Some("8855698"));
}

/// The same crawler's 2019-format report: every row of part 三 and the review row is read.
/// The rows printed with stray spaces ("（七）总计23 0 00 0 023", "四、结转下年度继续办理 0
/// 0 00 00 0") have one reading each: a leading zero is a cell of its own. Part 二's
/// three-cell rows, which no identity splits, and "政府集中采购13575394432.52元" are kept
/// raw. Read by hand from the text: the natural-person column balances (23 + 0 = 7 + 1 + 7 +
/// 5 + 3 + 0 + 0).
#[test]
fn the_crawled_2019_report_reads_what_its_digits_prove() {
    let parsed = read(include_bytes!("fixtures/real/pingtan_2019_crawled.txt"));
    assert_eq!(meta(&parsed), ("平潭综合实验区".to_owned(), 2019));
    let o = "/requests/outcomes";
    let zeros = "0 0 0 0 0 0 0";
    let want = rows_of(&[
        ("/requests/new_received", "23 0 0 0 0 0 23"),
        ("/requests/carried_over", zeros),
        (&format!("{o}/disclosed"), "7 0 0 0 0 0 7"),
        (&format!("{o}/partially_disclosed"), "1 0 0 0 0 0 1"),
        (&format!("{o}/withheld/state_secret"), zeros),
        (&format!("{o}/withheld/prohibited_by_law"), zeros),
        (&format!("{o}/withheld/security_and_stability"), zeros),
        (&format!("{o}/withheld/third_party_rights"), zeros),
        (&format!("{o}/withheld/internal_affairs"), zeros),
        (&format!("{o}/withheld/process_information"), zeros),
        (&format!("{o}/withheld/enforcement_case_files"), zeros),
        (&format!("{o}/withheld/administrative_inquiry"), zeros),
        (&format!("{o}/unavailable/not_held"), "7 0 0 0 0 0 7"),
        (&format!("{o}/unavailable/requires_compilation"), zeros),
        (
            &format!("{o}/unavailable/unclear_after_amendment"),
            "5 0 0 0 0 0 5",
        ),
        (&format!("{o}/not_processed/petition_or_complaint"), zeros),
        (&format!("{o}/not_processed/repeated"), "3 0 0 0 0 0 3"),
        (&format!("{o}/not_processed/publication"), zeros),
        (&format!("{o}/not_processed/excessive"), zeros),
        (&format!("{o}/not_processed/confirmation"), zeros),
        (&format!("{o}/other_handling/row"), zeros),
        (&format!("{o}/total"), "23 0 0 0 0 0 23"),
        ("/requests/carried_forward", zeros),
        ("/review_litigation/review", "0 0 0 0 0"),
        ("/review_litigation/litigation_direct", "0 0 0 0 0"),
        ("/review_litigation/litigation_after_review", "0 0 0 0 0"),
    ]);
    assert_eq!(request_rows(&parsed.report), want);
    let Report::Format2019(r) = &parsed.report else {
        panic!("a 2019-format report")
    };
    let p = &r.proactive;
    assert_eq!(p.normative_documents.newly_made.raw(), Some("898989"));
    // A count and an amount run together: raw, as printed, in both cells.
    assert_eq!(p.procurement.projects.raw(), Some("13575394432.52元"));
    assert_eq!(p.procurement.total_amount.raw(), Some("13575394432.52元"));
}

/// The 2008-era report on one line and the converter's Markdown of a report with no
/// hand-checked table: the agency and the year; the Markdown's part 三 adds up as its prose
/// says (208 / 20 / 564 / 80 / 319, 1295 + 189 = 1191 + 293).
#[test]
fn the_other_real_reports_name_their_agency_and_year() {
    let parsed = read(include_bytes!("fixtures/real/pingtan_2018_crawled.txt"));
    assert_eq!(meta(&parsed), ("平潭综合实验区".to_owned(), 2018));
    assert_eq!(parsed.report.edition().id(), "regulation_2008");
    assert_eq!(parsed.report.cells().count(), 0);

    let parsed = read(include_bytes!("fixtures/real/shoffice_2025_converted.md"));
    assert_eq!(meta(&parsed), ("上海市人民政府办公厅".to_owned(), 2025));
    let rows = request_rows(&parsed.report);
    let total = |row: &str| -> Option<u64> {
        rows.iter()
            .find(|(r, _)| r == row)
            .and_then(|(_, c)| c[6].as_deref()?.parse().ok())
    };
    let o = "/requests/outcomes";
    assert_eq!(total("/requests/new_received"), Some(1295));
    assert_eq!(total("/requests/carried_over"), Some(189));
    assert_eq!(total(&format!("{o}/total")), Some(1191));
    assert_eq!(total("/requests/carried_forward"), Some(293));
    let group = |name: &str| -> Option<u64> {
        rows.iter()
            .filter(|(r, _)| r.starts_with(&format!("{o}/{name}/")))
            .map(|(_, c)| c[6].as_deref()?.parse::<u64>().ok())
            .sum()
    };
    assert_eq!(group("withheld"), Some(20));
    assert_eq!(group("unavailable"), Some(564));
    // 不予处理 80: the two rows the converter tore apart are blank, the rest give 80.
    assert_eq!(
        rows.iter()
            .filter(|(r, _)| r.starts_with(&format!("{o}/not_processed/")))
            .filter_map(|(_, c)| c[6].as_deref()?.parse::<u64>().ok())
            .sum::<u64>(),
        80
    );
    // Two rows of values stand apart from their labels, for four rows with none: no order
    // or agreement places them, and the four rows stay blank.
    for row in [
        "partially_disclosed",
        "not_processed/confirmation",
        "other_handling/no_amendment",
        "other_handling/fee_unpaid",
    ] {
        let cells = &rows
            .iter()
            .find(|(r, _)| *r == format!("{o}/{row}"))
            .unwrap()
            .1;
        assert_eq!(cells, &vec![None; 7], "{row}");
    }
    // 其他处理 319: its first row's label was torn; what is read stays within it.
    assert_eq!(total(&format!("{o}/other_handling/other")), Some(276));
    assert_eq!(total(&format!("{o}/disclosed")), Some(206));
}

/// Every cell read records how it was placed; `cells_read` counts them and those that the
/// table's identities alone placed.
#[test]
fn every_cell_read_says_how_it_was_placed() {
    use ogi_report::parse::Placement;
    let placements = |bytes: &[u8]| {
        let parsed = read(bytes);
        let mut by: Vec<(Placement, usize)> = Vec::new();
        for s in parsed
            .spans
            .iter()
            .filter(|s| s.kind == ogi_report::parse::SpanKind::Cell)
        {
            let how = s.placement.expect("a cell's placement");
            match by.iter_mut().find(|(p, _)| *p == how) {
                Some((_, n)) => *n += 1,
                None => by.push((how, 1)),
            }
        }
        by.sort_by_key(|(p, _)| format!("{p:?}"));
        (parsed.cells_read(), by)
    };
    assert_eq!(
        placements(include_bytes!(
            "fixtures/real/huaian_2024_pdftotext_layout.txt"
        )),
        ((200, 0), vec![(Placement::Position, 200)])
    );
    assert_eq!(
        placements(include_bytes!(
            "fixtures/real/huaian_2024_pdftotext_plain.txt"
        )),
        ((185, 0), vec![(Placement::Order, 185)])
    );
    assert_eq!(
        placements(include_bytes!("fixtures/real/shkewei_2024_converted.md")),
        (
            (169, 40),
            vec![
                (Placement::Agreed, 40),
                (Placement::Grid, 125),
                (Placement::Order, 4)
            ]
        )
    );
    assert_eq!(
        placements(include_bytes!("fixtures/real/pingtan_2022_crawled.txt")),
        (
            (197, 178),
            vec![(Placement::Order, 22), (Placement::Split, 178)]
        )
    );
}

/// A part 三 table crawled into lines of run-together digits, rows given as (label, digits).
fn crawled_table(rows: &[(&str, &str)]) -> String {
    let mut text = String::from(
        "某某局2022年政府信息公开工作年度报告\n一、总体情况\n概述。\n\
         三、收到和处理政府信息公开申请情况\n",
    );
    for (label, digits) in rows {
        text += &format!("{label}{digits}\n");
    }
    text + "四、政府信息公开行政复议、行政诉讼情况\n"
}

/// Every row of part 三 with its digits: those given, zeros for the rest.
fn part_three(given: &[(&str, &str)]) -> Vec<(&'static str, String)> {
    const ROWS: [&str; 25] = [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "三、本年度办理结果（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（三）不予公开1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
        "（四）无法提供1.本机关不掌握相关政府信息",
        "2.没有现成信息需要另行制作",
        "3.补正后申请内容仍不明确",
        "（五）不予处理1.信访举报投诉类申请",
        "2.重复申请",
        "3.要求提供公开出版物",
        "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
        "（七）总计",
        "四、结转下年度继续办理",
    ];
    ROWS.iter()
        .map(|label| {
            let digits = given
                .iter()
                .find(|(l, _)| l == label)
                .map_or("0000000".to_owned(), |(_, d)| (*d).to_owned());
            (*label, digits)
        })
        .collect()
}

/// "110000011" is 1, 10, … 11 or 11, 0, … 11 under the row's total. The columns settle it:
/// the outcome rows give 1 natural person and 10 enterprises, so （七）总计 is the first
/// reading, and then 一 + 二 = 总计 + 四 makes 新收 the first too.
#[test]
fn digits_that_split_two_ways_under_the_row_total_are_settled_by_the_columns() {
    let rows = part_three(&[
        ("一、本年新收政府信息公开申请数量", "110000011"),
        ("三、本年度办理结果（一）予以公开", "1000001"),
        (
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "010000010",
        ),
        ("（七）总计", "110000011"),
    ]);
    let rows: Vec<(&str, &str)> = rows.iter().map(|(l, d)| (*l, d.as_str())).collect();
    let parsed = ogi_report::parse::parse(&crawled_table(&rows), &ParseOptions::default()).unwrap();
    let shown = request_rows(&parsed.report);
    let row = |p: &str| shown.iter().find(|(r, _)| r == p).unwrap().1.clone();
    let want = rows_of(&[("", "1 10 0 0 0 0 11")]).remove(0).1;
    assert_eq!(row("/requests/new_received"), want);
    assert_eq!(row("/requests/outcomes/total"), want);
    let by_columns: Vec<(&str, &str)> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.message.en.contains("columns' identities"))
        .map(|f| (f.finding.pointer.as_str(), f.finding.message.en.as_str()))
        .collect();
    // Each names the identities that refuted its other reading: 新收 only the balance, the
    // total its column sums too.
    let message = |rules: &str| {
        format!(
            "the run-together digits \"110000011\" read several ways under the row's total, and one way only under the columns' identities ({rules}): 1, 10, 0, 0, 0, 0, 11"
        )
    };
    assert_eq!(
        by_columns,
        [
            (
                "/requests/new_received",
                message("requests.balance").as_str()
            ),
            (
                "/requests/outcomes/total",
                message("requests.outcome_total, requests.balance").as_str()
            )
        ]
    );
    assert_eq!(parsed.cells_read(), (175, 175));
    assert!(
        !parsed
            .findings
            .iter()
            .any(|f| f.finding.rule.id() == "parse.ambiguous_digits")
    );

    // When the outcome rows read the same two ways, nothing tells the readings apart: the
    // three rows stay raw.
    let rows = part_three(&[
        ("一、本年新收政府信息公开申请数量", "110000011"),
        ("三、本年度办理结果（一）予以公开", "110000011"),
        ("（七）总计", "110000011"),
    ]);
    let rows: Vec<(&str, &str)> = rows.iter().map(|(l, d)| (*l, d.as_str())).collect();
    let parsed = ogi_report::parse::parse(&crawled_table(&rows), &ParseOptions::default()).unwrap();
    let shown = request_rows(&parsed.report);
    let raw = rows_of(&[(
        "",
        "110000011 110000011 110000011 110000011 110000011 110000011 110000011",
    )])
    .remove(0)
    .1;
    for p in [
        "/requests/new_received",
        "/requests/outcomes/disclosed",
        "/requests/outcomes/total",
    ] {
        assert_eq!(shown.iter().find(|(r, _)| r == p).unwrap().1, raw, "{p}");
    }
    let ambiguous: Vec<&str> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule.id() == "parse.ambiguous_digits")
        .map(|f| f.finding.pointer.as_str())
        .collect();
    assert_eq!(
        ambiguous,
        [
            "/requests/new_received",
            "/requests/outcomes/disclosed",
            "/requests/outcomes/total"
        ]
    );
}

/// The level, for the publication deadline, from the agency a title block names where the
/// name says it; none where it does not (a 实验区 is neither, a name read from 本报告由 is not
/// the title's); given, over the title's.
#[test]
fn the_level_is_read_from_the_titles_agency_where_its_name_says_it() {
    use ogi_report::meta::{LevelFrom, Tier};
    let level = |bytes: &[u8]| read(bytes).report.meta().level.map(|l| (l.tier, l.from));
    let title = |tier| Some((tier, LevelFrom::Title));
    assert_eq!(
        level(include_bytes!(
            "fixtures/real/huaian_2024_pdftotext_layout.txt"
        )),
        title(Tier::Government)
    );
    assert_eq!(
        level(include_bytes!("fixtures/real/shkewei_2024_converted.md")),
        title(Tier::Department)
    );
    assert_eq!(
        level(include_bytes!("fixtures/real/shoffice_2025_converted.md")),
        title(Tier::Department)
    );
    #[cfg(feature = "html")]
    assert_eq!(
        level(include_bytes!("fixtures/real/pingtan_2024_page.html")),
        None
    );
    let given = ParseOptions::default().with_level(Tier::Department);
    let parsed = parse_bytes(
        include_bytes!("fixtures/real/huaian_2024_pdftotext_layout.txt"),
        &given,
    )
    .unwrap();
    assert_eq!(
        parsed.report.meta().level.map(|l| (l.tier, l.from)),
        Some((Tier::Department, LevelFrom::Given))
    );
}

#[test]
fn an_agencys_name_says_its_level_only_where_it_is_plain() {
    use ogi_report::meta::{AgencyLevel, Tier};
    let tier = |name: &str| AgencyLevel::from_agency(name).map(|l| l.tier);
    assert_eq!(tier("淮安市人民政府"), Some(Tier::Government));
    assert_eq!(tier("沐阳县人民政府"), Some(Tier::Government));
    assert_eq!(tier("上海市人民政府办公厅"), Some(Tier::Department));
    assert_eq!(tier("漯河回族区城市管理局"), Some(Tier::Department));
    assert_eq!(tier("上海市科委"), Some(Tier::Department));
    assert_eq!(tier("上海市科学技术委员会"), Some(Tier::Department));
    // A township's deadline is set locally; names that say nothing say nothing.
    assert_eq!(tier("某某镇人民政府"), None);
    assert_eq!(tier("某某乡人民政府"), None);
    assert_eq!(tier("人民政府"), None);
    assert_eq!(tier("某某街道办事处"), None);
    assert_eq!(tier("平潭综合实验区"), None);
    assert_eq!(tier(""), None);
}
