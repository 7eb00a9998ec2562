//! Reading published reports: the seeds, the real excerpts, the crate's own rendered forms,
//! and hostile input.

use crate::reference;

use ogi_report::Report;
use ogi_report::findings::Rule;
use ogi_report::parse::{ParseError, ParseOptions, Parsed, parse, parse_bytes};
use ogi_report::render::{self, Html};

const SEED_002: &str = include_str!("fixtures/seeds/002_e5cb504301f5c306.txt");
const SEED_003: &str = include_str!("fixtures/seeds/003_d6691d8e51d808ed.txt");

/// The first place where two reports differ, as a JSON Pointer with both values.
fn difference(want: &Report, got: &Report) -> Option<String> {
    fn walk(a: &serde_json::Value, b: &serde_json::Value, at: String) -> Option<String> {
        use serde_json::Value::Object;
        match (a, b) {
            (Object(x), Object(y)) => {
                let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
                keys.sort();
                keys.dedup();
                keys.into_iter().find_map(|k| {
                    let null = serde_json::Value::Null;
                    walk(
                        x.get(k).unwrap_or(&null),
                        y.get(k).unwrap_or(&null),
                        format!("{at}/{k}"),
                    )
                })
            }
            _ if a == b => None,
            _ => Some(format!("{at}: want {a}, got {b}")),
        }
    }
    walk(
        &serde_json::to_value(want).unwrap(),
        &serde_json::to_value(got).unwrap(),
        String::new(),
    )
}

fn rules(parsed: &Parsed) -> Vec<(Rule, String)> {
    parsed
        .findings
        .iter()
        .map(|f| (f.finding.rule, f.finding.pointer.clone()))
        .collect()
}

/// The parse findings of every seed, with where each points and both messages.
#[test]
fn the_parse_findings_of_every_seed() {
    let seeds: [(&str, &str, Option<&str>); 5] = [
        (
            "000",
            include_str!("fixtures/seeds/000_5ec3ac5373328dc5.txt"),
            None,
        ),
        (
            "001",
            include_str!("fixtures/seeds/001_9e79fd36fc80c720.txt"),
            Some("衡阳市雁峰区城市管理和综合执法局"),
        ),
        ("002", SEED_002, None),
        ("003", SEED_003, Some("聊城市城管局")),
        (
            "004",
            include_str!("fixtures/seeds/004_635cdd01f46716b0.txt"),
            None,
        ),
    ];
    let mut shown = String::new();
    for (name, text, agency) in seeds {
        let options = agency.map_or_else(ParseOptions::default, |a| {
            ParseOptions::default().with_agency(a)
        });
        let parsed = parse(text, &options).unwrap();
        shown += &format!("seed {name}: {} findings\n", parsed.findings.len());
        for f in &parsed.findings {
            let at = f
                .span
                .map_or("-".to_owned(), |s| format!("{}:{}", s.line, s.column));
            shown += &format!(
                "  {at} {} [{}] {:?}\n    {}\n    {}\n",
                f.finding.severity,
                f.finding.rule.id(),
                f.finding.pointer,
                f.finding.message.en,
                f.finding.message.zh
            );
        }
    }
    insta::assert_snapshot!("parse_findings_of_every_seed", shown);
}

#[test]
fn seed_002_parses_into_its_reference_model() {
    let parsed = parse(SEED_002, &ParseOptions::default()).unwrap();
    assert_eq!(parsed.report, reference::seed_002());
    // The extra "0" printed after the seventh column of two rows and after the fifteenth cell
    // of part 四 are stray cells, each at its own place.
    let stray: Vec<(String, u32, u32)> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule == Rule::ParseStrayCell)
        .map(|f| {
            (
                f.finding.pointer.clone(),
                f.span.unwrap().line,
                f.span.unwrap().column,
            )
        })
        .collect();
    assert_eq!(
        stray,
        [
            ("/requests/outcomes/total".to_owned(), 70, 23),
            ("/requests/carried_forward".to_owned(), 71, 28),
            ("/review_litigation/review".to_owned(), 78, 31),
        ]
    );
}

#[test]
fn seed_003_parses_into_its_reference_model() {
    // The title says only "市城管局"; the city is not printed in it, so the caller says it.
    let options = ParseOptions::default().with_agency("聊城市城管局");
    let parsed = parse(SEED_003, &options).unwrap();
    assert_eq!(parsed.report, reference::seed_003());
    assert_eq!(
        rules(&parsed),
        [(Rule::ParseEditionInferred, String::new())]
    );
    // Without it the agency is what the title prints.
    let bare = parse(SEED_003, &ParseOptions::default()).unwrap();
    assert_eq!(bare.report.meta().agency, "市城管局");
}

#[test]
fn every_cell_read_has_its_source_span() {
    let parsed = parse(SEED_003, &ParseOptions::default()).unwrap();
    let fee = parsed.span("/proactive/procurement/total_amount").unwrap();
    assert_eq!((fee.line, fee.column), (90, 2));
    assert_eq!(&SEED_003[fee.start..fee.end], "48359.899368万元");
    let raw = parsed.span("/proactive/penalties/items_change").unwrap();
    assert_eq!(&SEED_003[raw.start..raw.end], "减");
    // A blank cell has no span: nothing was printed.
    assert_eq!(
        parsed.span("/requests/outcomes/unavailable/not_held/natural_person"),
        None
    );
    // Every cell that holds a value or raw text was read from somewhere.
    for (at, cell) in parsed.report.cells() {
        if !cell.is_blank() {
            let span = parsed
                .span(&at.pointer())
                .unwrap_or_else(|| panic!("no span for {}", at.pointer()));
            assert_eq!(
                SEED_003[span.start..span.end].trim_end_matches("万元"),
                cell.display().unwrap(),
                "{}",
                at.pointer()
            );
        }
    }
}

fn seed_reports() -> Vec<Report> {
    vec![reference::seed_002(), reference::seed_003()]
}

fn round_trip(report: &Report, rendered: &str) {
    let parsed =
        parse(rendered, &ParseOptions::default()).unwrap_or_else(|e| panic!("{e}\n{rendered}"));
    assert_eq!(parsed.report.to_json(), report.to_json(), "{rendered}");
    assert_eq!(&parsed.report, report);
}

#[test]
fn rendered_text_reads_back_to_the_same_report() {
    for report in seed_reports() {
        round_trip(&report, &render::text(&report));
    }
}

#[test]
fn rendered_markdown_reads_back_to_the_same_report() {
    for report in seed_reports() {
        round_trip(&report, &render::markdown(&report));
    }
}

/// A group's own row (小计) printed with every cell blank is a row of blanks, not a header:
/// the 小计 label says so. (Found by the property test below.)
#[test]
fn a_subtotal_row_with_every_cell_blank_reads_back() {
    let mut report = reference::seed_003();
    if let Report::Format2019(r) = &mut report {
        r.requests.outcomes.withheld.subtotal = Some(ogi_report::requests::ApplicantRow::filled(
            ogi_report::Cell::Blank,
        ));
    }
    round_trip(&report, &render::text(&report));
    round_trip(&report, &render::markdown(&report));
    #[cfg(feature = "html")]
    round_trip(&report, &Html::new(&report).page());
}

#[cfg(feature = "html")]
#[test]
fn rendered_html_reads_back_to_the_same_report() {
    for report in seed_reports() {
        round_trip(&report, &Html::new(&report).page());
        round_trip(&report, &Html::new(&report).fragment());
    }
}

/// A part 二 row of the other edition is reported in both languages with the edition named.
#[test]
fn a_row_of_the_other_edition_is_named_as_such() {
    let at = SEED_002.find("行政强制").unwrap();
    let end = at + SEED_002[at..].find('\n').unwrap() + 1;
    let text = format!("{}政府集中采购\t3\n{}", &SEED_002[..end], &SEED_002[end..]);
    let parsed = parse(&text, &ParseOptions::default()).unwrap();
    let finding = parsed
        .findings
        .iter()
        .find(|f| f.finding.rule == Rule::ParseUnknownRow)
        .unwrap();
    assert_eq!(
        finding.finding.message.zh,
        "「政府集中采购」不是2021年格式第二部分的行，其数值未读取"
    );
    assert_eq!(
        finding.finding.message.en,
        "\"政府集中采购\" is not a part 二 row of the format_2021 format; its values were not read"
    );
}

/// The meta fields a rendered report prints come back: the source's address and every
/// contact field; an address that is not an absolute URL is not taken as one.
#[test]
fn rendered_meta_fields_read_back() {
    let mut report = reference::seed_002();
    {
        let meta = match &mut report {
            Report::Format2021(r) => &mut r.meta,
            _ => unreachable!(),
        };
        meta.source.as_mut().unwrap().url =
            Some("https://www.example.gov.cn/zwgk/2023.html".into());
        let contact = meta.contact.as_mut().unwrap();
        contact.fax = Some("0395-1234567".into());
        contact.email = Some("gkb@example.gov.cn".into());
    }
    round_trip(&report, &render::text(&report));
    round_trip(&report, &render::markdown(&report));
    let markdown =
        render::markdown(&report).replace("https://www.example.gov.cn", "www.example.gov.cn");
    let parsed = parse(&markdown, &ParseOptions::default()).unwrap();
    assert_eq!(parsed.report.meta().source.as_ref().unwrap().url, None);
}

/// Every cell read points at its own text in the source, at the right line and column, in
/// each text form: tab rows, Markdown, the text renderer's layout, one cell per line.
#[test]
fn text_cells_point_at_their_text_in_the_source() {
    let seed_002 = reference::seed_002();
    let seed_003 = reference::seed_003();
    // (form, source, cells with a value: seed 003 leaves 118 of its 199 blank)
    for (name, source, cells) in [
        ("tab rows", SEED_002.to_owned(), 200),
        ("one cell per line", SEED_003.to_owned(), 81),
        ("markdown", render::markdown(&seed_003), 81),
        ("text", render::text(&seed_002), 200),
        (
            "laid out by pdftotext -layout",
            include_str!("fixtures/pdf/003_liaocheng_2019.layout.txt").to_owned(),
            81,
        ),
    ] {
        let parsed = parse(&source, &ParseOptions::default()).unwrap();
        let mut checked = 0;
        for located in parsed
            .spans
            .iter()
            .filter(|s| s.kind == ogi_report::parse::SpanKind::Cell)
        {
            let shown = parsed
                .report
                .cells()
                .find(|(at, _)| at.pointer() == located.pointer)
                .and_then(|(_, cell)| cell.display());
            let Some(shown) = shown else { continue };
            let span = located.span;
            // Money is held with its four places: the source may print fewer ("27.25"), and
            // its unit in the cell ("48359.899368万元").
            let printed = source[span.start..span.end]
                .trim_end_matches("万元")
                .trim_end_matches('元');
            let same = printed == shown
                || printed.contains('.')
                    && shown.starts_with(printed)
                    && shown[printed.len()..].bytes().all(|b| b == b'0');
            assert!(
                same,
                "{name}: {}: {printed:?} for {shown:?}",
                located.pointer
            );
            let line_start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
            assert_eq!(
                (span.line as usize, span.column as usize),
                (
                    source[..span.start].matches('\n').count() + 1,
                    source[line_start..span.start].chars().count() + 1
                ),
                "{name}: {}",
                located.pointer
            );
            checked += 1;
        }
        assert_eq!(checked, cells, "{name}");
        // Headings point at their text, without the Markdown marks.
        let mut headings = 0;
        for located in parsed
            .spans
            .iter()
            .filter(|s| s.kind == ogi_report::parse::SpanKind::Heading)
        {
            let text = &source[located.span.start..located.span.end];
            assert!(
                !text.is_empty() && !text.starts_with('#') && text.trim() == text,
                "{name}: heading {text:?}"
            );
            assert!(
                source[located.span.end..].starts_with(['\n', '\r'])
                    || located.span.end == source.len(),
                "{name}: heading {text:?} does not end its line"
            );
            headings += 1;
        }
        assert_eq!(headings, 6, "{name}: the six parts' headings");
    }
}

/// Every cell read from an HTML page points at its own text in the page.
#[cfg(feature = "html")]
#[test]
fn html_cells_point_at_their_text_in_the_page() {
    let report = reference::seed_002();
    let page = Html::new(&report).page();
    let parsed = parse(&page, &ParseOptions::default()).unwrap();
    let cells: Vec<_> = parsed
        .spans
        .iter()
        .filter(|s| s.kind == ogi_report::parse::SpanKind::Cell)
        .collect();
    assert_eq!(cells.len(), 200);
    for located in cells {
        let shown = report
            .cells()
            .find(|(at, _)| at.pointer() == located.pointer)
            .and_then(|(_, cell)| cell.display())
            .unwrap_or_default();
        let span = located.span;
        assert_eq!(&page[span.start..span.end], shown, "{}", located.pointer);
        let line_start = page[..span.start].rfind('\n').map_or(0, |i| i + 1);
        assert_eq!(
            span.line as usize,
            page[..span.start].matches('\n').count() + 1
        );
        assert_eq!(
            span.column as usize,
            page[line_start..span.start].chars().count() + 1
        );
    }
}

#[cfg(not(feature = "html"))]
#[test]
fn html_without_the_feature_is_refused_with_its_name() {
    let page = Html::new(&reference::seed_002()).page();
    let err = parse(&page, &ParseOptions::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the input is HTML (line 1); build ogi-report with the `html` feature to read it"
    );
}

#[test]
fn unreadable_input_is_an_error_that_says_what_was_expected() {
    let none = ParseOptions::default();
    assert_eq!(parse("", &none), Err(ParseError::Empty));
    assert_eq!(parse(" \n\t\n", &none), Err(ParseError::Empty));
    // A PDF is read with the `pdf` feature; without it the error names the feature.
    let pdf = parse_bytes(b"%PDF-1.7\n...", &none)
        .unwrap_err()
        .to_string();
    if cfg!(feature = "pdf") {
        assert!(
            pdf.starts_with("not a readable PDF: a corrupt or truncated PDF"),
            "{pdf}"
        );
    } else {
        assert_eq!(
            pdf,
            "the input is binary, not text (byte 0: a PDF file; read it with the `pdf` feature, or extract its text first); expected UTF-8 text, HTML, or a PDF or DOCX read with its feature"
        );
    }
    // Bytes in no encoding the reader knows (the messages: tests/encoding.rs).
    assert!(matches!(
        parse_bytes(b"abc\xff\xfe", &none),
        Err(ParseError::Encoding { offset: 3, .. })
    ));
    assert_eq!(
        parse("hello world", &none).unwrap_err().to_string(),
        "not an annual report on Open Government Information work: no report year: neither a title (\"YYYY年\") nor a statistics period states one, and no table tells the edition; give ParseOptions::report_year"
    );
    assert_eq!(
        parse(
            "某某局2022年政府信息公开工作年度报告\n一、总体情况\n今年无事。",
            &none
        ),
        Err(ParseError::NoTables {
            year: 2022,
            edition: "format_2021"
        })
    );
}

#[test]
fn titles_with_a_note_in_brackets_name_their_agency_and_year() {
    let text = "首页 > 信息公开\n某某县水利局2021年政府信息公开工作年度报告（全文）\n\
                一、总体情况\n概述。\n二、主动公开政府信息情况\n第二十条第（五）项\n\
                信息内容\t本年处理决定数量\n行政许可\t4\n";
    let parsed = parse(text, &ParseOptions::default()).unwrap();
    assert_eq!(parsed.report.meta().agency, "某某县水利局");
    assert_eq!(
        parsed.report.meta().report_year.map(|y| y.get()),
        Some(2021)
    );
}

#[test]
fn no_prefix_of_a_seed_panics() {
    for seed in [SEED_002, SEED_003] {
        for (cut, _) in seed.char_indices().step_by(97) {
            let _ = parse(&seed[..cut], &ParseOptions::default());
        }
    }
}

/// Round trips of the reports `xtask::random` draws (the generator the PDF round trip uses
/// too): blank cells, raw marks, counts up to five digits, subtotal rows and column.
mod generated {
    use super::*;
    use proptest::prelude::*;
    use xtask::random::report as report_strategy;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn generated_reports_read_back_from_text(report in report_strategy()) {
            let text = render::text(&report);
            let parsed = parse(&text, &ParseOptions::default()).unwrap();
            prop_assert_eq!(difference(&report, &parsed.report), None);
        }

        #[test]
        fn generated_reports_read_back_from_markdown(report in report_strategy()) {
            let text = render::markdown(&report);
            let parsed = parse(&text, &ParseOptions::default()).unwrap();
            prop_assert_eq!(difference(&report, &parsed.report), None);
        }

        #[cfg(feature = "html")]
        #[test]
        fn generated_reports_read_back_from_html(report in report_strategy()) {
            let page = Html::new(&report).page();
            let parsed = parse(&page, &ParseOptions::default()).unwrap();
            prop_assert_eq!(difference(&report, &parsed.report), None);
        }
    }
}

/// The excerpts of real reports in `tests/fixtures/corpus/` (sources in `SOURCES.md`).
const EXCERPTS: [(&str, &str); 11] = [
    (
        "001",
        include_str!("fixtures/corpus/001_2021_yyxfj2021.txt"),
    ),
    (
        "002",
        include_str!("fixtures/corpus/002_2021_tzxfj2021.txt"),
    ),
    (
        "003",
        include_str!("fixtures/corpus/003_2021_zsfhz2021_trad.txt"),
    ),
    (
        "004",
        include_str!("fixtures/corpus/004_2021_yylqczj2021_trad.txt"),
    ),
    (
        "005",
        include_str!("fixtures/corpus/005_2020_qsjj2020_pdfpage9.txt"),
    ),
    (
        "006",
        include_str!("fixtures/corpus/006_2022_ylsjj2022.txt"),
    ),
    (
        "007",
        include_str!("fixtures/corpus/007_2022_hyqzfb2022.txt"),
    ),
    ("008", include_str!("fixtures/corpus/008_2022_dzwb2022.txt")),
    (
        "009",
        include_str!("fixtures/corpus/009_pre2019_yyxmzj2015.txt"),
    ),
    (
        "010",
        include_str!("fixtures/corpus/010_pre2019_yyxfj2013.txt"),
    ),
    (
        "011",
        include_str!("fixtures/corpus/011_pre2019_np2012.txt"),
    ),
];

/// What a parse read: the edition and meta, every cell that is not blank, and every finding
/// with its line.
fn summary(parsed: &Parsed) -> String {
    let r = &parsed.report;
    let mut out = format!(
        "edition: {}\nagency: {:?}\nyear: {}\n",
        r.edition().id(),
        r.meta().agency,
        r.meta()
            .report_year
            .map_or_else(|| "none".to_owned(), |y| y.to_string())
    );
    out += "cells:\n";
    for (at, cell) in r.cells() {
        if let Some(shown) = cell.display() {
            let kind = if cell.raw().is_some() { "raw " } else { "" };
            out += &format!("  {} = {kind}{shown}\n", at.pointer());
        }
    }
    // A 2008-era report: its parts, the content each serves, and every figure.
    if let Report::Regulation2008(r) = r {
        out += "parts:\n";
        for part in &r.parts {
            let serves = part.serves.map_or("-", |c| c.id());
            out += &format!("  {} ({serves})\n", part.heading);
            let mut stack: Vec<(usize, &ogi_report::regulation_2008::Figure)> =
                part.figures.iter().rev().map(|f| (4, f)).collect();
            while let Some((depth, f)) = stack.pop() {
                out += &format!(
                    "{:depth$}{} = {} [{}]{}\n",
                    "",
                    f.label,
                    f.value,
                    f.printed,
                    f.key.map_or(String::new(), |k| format!(" key={}", k.id())),
                );
                stack.extend(f.parts.iter().rev().map(|p| (depth + 2, p)));
            }
        }
    }
    out += "findings:\n";
    for f in &parsed.findings {
        out += &format!(
            "  {} {} {} @{}: {}\n",
            f.finding.severity,
            f.finding.rule.id(),
            f.finding.pointer,
            f.span
                .map_or("-".to_owned(), |s| format!("{}:{}", s.line, s.column)),
            f.finding.message.en
        );
    }
    out
}

#[test]
fn real_excerpts_read_every_cell_they_hold() {
    for (name, text) in EXCERPTS {
        let shown = match parse(text, &ParseOptions::default()) {
            Ok(parsed) => summary(&parsed),
            Err(e) => format!("error: {e}\n"),
        };
        insta::assert_snapshot!(format!("excerpt_{name}"), shown);
    }
}

mod from_pdf {
    use super::*;
    use ogi_report::parse::{TextPiece, parse_positioned};

    const LAYOUT_003: &str = include_str!("fixtures/pdf/003_liaocheng_2019.layout.txt");
    const LAYOUT_PLANTED: &str =
        include_str!("fixtures/pdf/002_luohe_huizu_2022_planted.layout.txt");
    const PLAIN_003: &str = include_str!("fixtures/pdf/003_liaocheng_2019.plain.txt");
    const PLANTED: &str = include_str!("fixtures/planted/002_luohe_huizu_2022_planted.json");
    const PLAIN_PLANTED: &str = include_str!("fixtures/pdf/002_luohe_huizu_2022_planted.plain.txt");
    const DISTINCT: &str = include_str!("fixtures/pdf/002_distinct_values.json");
    const PLAIN_DISTINCT: &str = include_str!("fixtures/pdf/002_distinct_values.plain.txt");

    const SUBTOTAL: &str = include_str!("fixtures/pdf/002_subtotal_column.json");
    const LAYOUT_SUBTOTAL: &str = include_str!("fixtures/pdf/002_subtotal_column.layout.txt");
    const PLAIN_SUBTOTAL: &str = include_str!("fixtures/pdf/002_subtotal_column.plain.txt");

    /// A table with the 法人或其他组织 subtotal column and blank cells in a third of its rows,
    /// every number different. Not one cell comes back wrong: `-layout` text shifts some
    /// rows' numbers by a column (a long label pushes them), and those rows are left blank and
    /// reported; plain text drops the blanks, and rows whose count of values does not fit are
    /// left blank and reported.
    #[test]
    fn a_subtotal_column_with_blank_cells_gives_no_wrong_cell() {
        let want = Report::from_json(SUBTOTAL).unwrap();
        let ambiguous = |parsed: &ogi_report::parse::Parsed| -> Vec<String> {
            rules(parsed)
                .into_iter()
                .filter(|(rule, _)| *rule == Rule::ParseRowAmbiguous)
                .map(|(_, pointer)| pointer)
                .collect()
        };
        let layout = parse(LAYOUT_SUBTOTAL, &ParseOptions::default()).unwrap();
        assert_eq!(read_and_right(&layout.report, &want), 191);
        assert_eq!(
            ambiguous(&layout),
            [
                "/requests/outcomes/unavailable/not_held",
                "/requests/outcomes/unavailable/requires_compilation"
            ]
        );
        let plain = parse(PLAIN_SUBTOTAL, &ParseOptions::default()).unwrap();
        assert_eq!(read_and_right(&plain.report, &want), 25);
        // Among them the two rows that once took their first values and gave the rest to
        // the next row (10 values over lines for 8 cells; 16 for 8 after a long label), and
        // the rows given as many values as cells whose categories do not add up to their
        // total: the text dropped blank cells, so those values may be another row's.
        assert_eq!(
            ambiguous(&plain),
            [
                "/requests/new_received",
                "/requests/carried_over",
                "/requests/outcomes/withheld/security_and_stability",
                "/requests/outcomes/withheld/third_party_rights",
                "/requests/outcomes/withheld/internal_affairs",
                "/requests/outcomes/withheld/process_information",
                "/requests/outcomes/withheld/enforcement_case_files",
                "/requests/outcomes/withheld/administrative_inquiry",
                "/requests/outcomes/unavailable/unclear_after_amendment",
                "/requests/outcomes/not_processed/petition_or_complaint",
                "/requests/outcomes/not_processed/repeated",
                "/requests/outcomes/not_processed/excessive",
                "/requests/outcomes/not_processed/confirmation",
                "/requests/outcomes/other_handling/no_amendment",
                "/requests/outcomes/other_handling/other",
                "/requests/carried_forward"
            ]
        );
    }

    /// Reports drawn at random (blank cells, raw marks, counts up to five digits, the
    /// subtotal column) and printed through Chromium, whose text once gave wrong cells:
    /// rows shifted after labels that stood with no values, values under a header set
    /// tighter than they are, and rows given another row's values where plain text dropped
    /// blank cells. Not one cell is wrong now; each count is what is read.
    #[test]
    fn reports_drawn_at_random_give_no_wrong_cell() {
        const RANDOM: [(&str, &str, &str, &str); 11] = [
            (
                "r1",
                include_str!("fixtures/pdf/random/r1.json"),
                include_str!("fixtures/pdf/random/r1.layout.txt"),
                include_str!("fixtures/pdf/random/r1.plain.txt"),
            ),
            (
                "r3",
                include_str!("fixtures/pdf/random/r3.json"),
                include_str!("fixtures/pdf/random/r3.layout.txt"),
                include_str!("fixtures/pdf/random/r3.plain.txt"),
            ),
            (
                "r4",
                include_str!("fixtures/pdf/random/r4.json"),
                include_str!("fixtures/pdf/random/r4.layout.txt"),
                include_str!("fixtures/pdf/random/r4.plain.txt"),
            ),
            (
                "r6",
                include_str!("fixtures/pdf/random/r6.json"),
                include_str!("fixtures/pdf/random/r6.layout.txt"),
                include_str!("fixtures/pdf/random/r6.plain.txt"),
            ),
            (
                "r7",
                include_str!("fixtures/pdf/random/r7.json"),
                include_str!("fixtures/pdf/random/r7.layout.txt"),
                include_str!("fixtures/pdf/random/r7.plain.txt"),
            ),
            (
                "r11",
                include_str!("fixtures/pdf/random/r11.json"),
                include_str!("fixtures/pdf/random/r11.layout.txt"),
                include_str!("fixtures/pdf/random/r11.plain.txt"),
            ),
            (
                "r101",
                include_str!("fixtures/pdf/random/r101.json"),
                include_str!("fixtures/pdf/random/r101.layout.txt"),
                include_str!("fixtures/pdf/random/r101.plain.txt"),
            ),
            (
                "r124",
                include_str!("fixtures/pdf/random/r124.json"),
                include_str!("fixtures/pdf/random/r124.layout.txt"),
                include_str!("fixtures/pdf/random/r124.plain.txt"),
            ),
            (
                "r128",
                include_str!("fixtures/pdf/random/r128.json"),
                include_str!("fixtures/pdf/random/r128.layout.txt"),
                include_str!("fixtures/pdf/random/r128.plain.txt"),
            ),
            // Plain text printed the values of part 二's second row after the first row's
            // label, the first row's count made up by them ("规章 … 5081 603 60854").
            (
                "r198",
                include_str!("fixtures/pdf/random/r198.json"),
                include_str!("fixtures/pdf/random/r198.layout.txt"),
                include_str!("fixtures/pdf/random/r198.plain.txt"),
            ),
            // The same, with a value from another of part 二's tables among them: "-39",
            // which no count can hold.
            (
                "r152",
                include_str!("fixtures/pdf/random/r152.json"),
                include_str!("fixtures/pdf/random/r152.layout.txt"),
                include_str!("fixtures/pdf/random/r152.plain.txt"),
            ),
        ];
        let mut read = Vec::new();
        for (name, json, layout, plain) in RANDOM {
            let want = Report::from_json(json).unwrap();
            let want: std::collections::HashMap<String, Option<String>> =
                tables(&want).into_iter().collect();
            for (form, text) in [("layout", layout), ("plain", plain)] {
                let parsed = parse(text, &ParseOptions::default()).unwrap();
                // A cell read is the cell printed; the subtotal column may not be found.
                let mut n = 0;
                for (pointer, got) in tables(&parsed.report) {
                    if got.is_some() {
                        assert_eq!(want.get(&pointer), Some(&got), "{name} {form} {pointer}");
                        n += 1;
                    }
                }
                read.push((name, form, n));
            }
        }
        assert_eq!(
            read,
            [
                ("r1", "layout", 200),
                ("r1", "plain", 10),
                ("r3", "layout", 87),
                ("r3", "plain", 10),
                ("r4", "layout", 94),
                ("r4", "plain", 10),
                ("r6", "layout", 10),
                ("r6", "plain", 10),
                ("r7", "layout", 89),
                ("r7", "plain", 15),
                ("r11", "layout", 70),
                ("r11", "plain", 15),
                ("r101", "layout", 12),
                ("r101", "plain", 3),
                ("r124", "layout", 156),
                ("r124", "plain", 3),
                ("r128", "layout", 15),
                ("r128", "plain", 3),
                ("r198", "layout", 6),
                ("r198", "plain", 3),
                ("r152", "layout", 81),
                ("r152", "plain", 0),
            ]
        );
    }

    /// Found by the random reports once they drew the groups' own subtotal rows with the
    /// 法人或其他组织 subtotal column. `pdftotext -layout` prints a group's "小计" row above
    /// the group's label (which stands beside the middle of its rows), or after the group's
    /// last row when that row printed no values:
    /// - that "小计", taken for the subtotal column's header, moved the column to the row
    ///   labels' margin, and the row 6.属于四类过程性信息 put the "350" printed under 小计 in
    ///   总计;
    /// - after 5.要求行政机关确认或重新出具已获取信息, which printed nothing, the values of
    ///   （六）其他处理's "小计" row went to that row.
    ///
    /// A "小计" left of every applicant header is now a row label whose group is not known
    /// yet: it closes the row before it, and its values are reported, not placed.
    #[test]
    fn layout_text_with_subtotal_rows_and_column_puts_no_value_in_a_wrong_cell() {
        let cases = [
            (
                include_str!("fixtures/pdf/random/subtotal_rows_and_column.json"),
                include_str!("fixtures/pdf/random/subtotal_rows_and_column.layout.txt"),
                97,
                "/requests/outcomes/withheld/process_information",
            ),
            (
                include_str!("fixtures/pdf/random/subtotal_row_after_an_empty_row.json"),
                include_str!("fixtures/pdf/random/subtotal_row_after_an_empty_row.layout.txt"),
                70,
                "/requests/outcomes/not_processed/confirmation",
            ),
        ];
        for (json, text, count, row) in cases {
            let want: std::collections::HashMap<String, Option<String>> =
                tables(&Report::from_json(json).unwrap())
                    .into_iter()
                    .collect();
            let parsed = parse(text, &ParseOptions::default()).unwrap();
            let got: std::collections::HashMap<String, Option<String>> =
                tables(&parsed.report).into_iter().collect();
            let mut read = 0;
            for (pointer, value) in &got {
                if value.is_some() {
                    assert_eq!(want.get(pointer), Some(value), "{pointer}");
                    read += 1;
                }
            }
            assert_eq!(read, count, "{row}");
            // The row the stray values once went to holds what it printed.
            for column in ["natural_person", "organization_subtotal", "total"] {
                let at = format!("{row}/{column}");
                assert_eq!(got[&at], want[&at], "{at}");
            }
        }
    }

    /// The glyphs of the first three pages of a report drawn at random, printed by Chromium:
    /// five-digit numbers side by side in narrow columns. Laid out a column per Han
    /// character, their digits pushed the last of them under the next header (63041 read as
    /// 总计 when it is 其他); laid out a column per digit, every cell is in place.
    #[test]
    fn glyphs_of_wide_numbers_stay_under_their_headers() {
        let want = Report::from_json(include_str!("fixtures/pdf/random/r20.json")).unwrap();
        let pieces: Vec<TextPiece> = include_str!("fixtures/pdf/random/r20.pieces.txt")
            .lines()
            .map(|line| {
                let f: Vec<&str> = line.splitn(6, ' ').collect();
                let n = |i: usize| f[i].parse::<f64>().unwrap();
                TextPiece::new(f[5], f[0].parse().unwrap(), n(1), n(2), n(3), n(4))
            })
            .collect();
        let parsed = parse_positioned(&pieces, &ParseOptions::default()).unwrap();
        assert_eq!(tables(&parsed.report), tables(&want));
    }

    /// Every cell read equals the reference (none wrong); returns how many were read.
    fn read_and_right(parsed: &Report, want: &Report) -> usize {
        let want = tables(want);
        let got = tables(parsed);
        assert_eq!(got.len(), want.len());
        let mut read = 0;
        for ((pointer, got), (at, want)) in got.iter().zip(&want) {
            assert_eq!(pointer, at);
            if got.is_some() {
                assert_eq!(got, want, "{pointer}");
                read += 1;
            }
        }
        read
    }

    /// The rules of the parse findings, with the pointer each names, in order.
    fn rules(parsed: &ogi_report::parse::Parsed) -> Vec<(Rule, String)> {
        parsed
            .findings
            .iter()
            .map(|f| (f.finding.rule, f.finding.pointer.clone()))
            .collect()
    }

    fn natural_person(report: &Report, row: ogi_report::catalogue::RequestRow) -> Option<String> {
        report
            .cell(ogi_report::layout::CellAddress::Requests(
                ogi_report::layout::RequestLine::Row(row),
                ogi_report::catalogue::ApplicantColumn::NaturalPerson,
            ))
            .and_then(|c| c.display())
    }

    /// Plain `pdftotext` prints the labels of rows that share a line with their group's label
    /// ("（三）不予公开 4.保护第三方合法权益") after the table, and their values after the row
    /// before them. Each row takes its own, in the table's order: the values are all
    /// different here, so a row given another row's values would show.
    #[test]
    fn plain_pdftotext_values_printed_before_their_labels_go_to_their_rows() {
        use ogi_report::catalogue::RequestRow::*;
        let want = Report::from_json(DISTINCT).unwrap();
        let parsed = parse(PLAIN_DISTINCT, &ParseOptions::default()).unwrap();
        assert_eq!(read_and_right(&parsed.report, &want), 151);
        for (row, value) in [
            (ThirdPartyRights, "50"),
            (InternalAffairs, "57"),
            (FeeUnpaid, "148"),
            (OtherHandlingOther, "155"),
            (OutcomesTotal, "162"),
            (CarriedForward, "169"),
        ] {
            assert_eq!(
                natural_person(&parsed.report, row).as_deref(),
                Some(value),
                "{row:?}"
            );
        }
        // A page break puts the column headers between the rows of （四） and （五） and
        // their values: those are reported, not placed.
        assert_eq!(
            rules(&parsed),
            vec![
                (Rule::ParseUnknownRow, "/requests".to_owned()),
                (Rule::ParseUnknownRow, "/requests".to_owned()),
            ]
        );
    }

    #[test]
    fn plain_pdftotext_of_the_planted_report() {
        let want = Report::from_json(PLANTED).unwrap();
        let parsed = parse(PLAIN_PLANTED, &ParseOptions::default()).unwrap();
        // 200 cells: the planted blank, and 181 read, each as planted. Plain text does not
        // keep the review row's order: the block holding the planted "/" cannot be checked
        // by its total, and the two blocks of zeros add up wherever their values came from
        // (the "/" may be one of theirs), so all 15 cells are left blank, and reported. The
        // row after 行政规范性文件 (行政许可, planted blank) printed no value: its value may be
        // among the three printed after 行政规范性文件, which are left blank too.
        assert_eq!(read_and_right(&parsed.report, &want), 181);
        assert_eq!(
            rules(&parsed),
            vec![
                (
                    Rule::ParseRowAmbiguous,
                    "/proactive/normative_documents".to_owned()
                ),
                (
                    Rule::ParseRowAmbiguous,
                    "/review_litigation/review".to_owned()
                ),
                (
                    Rule::ParseRowAmbiguous,
                    "/review_litigation/litigation_direct".to_owned()
                ),
                (
                    Rule::ParseRowAmbiguous,
                    "/review_litigation/litigation_after_review".to_owned()
                )
            ]
        );
    }

    /// A row read by count from values one a line, holding a number its cells cannot hold
    /// ("-3" in a count): the values are another row's as much as its own, and it is left
    /// blank with the reason, its neighbours printing as many values as cells.
    #[test]
    fn a_row_by_count_with_a_number_its_cells_cannot_hold_is_left_blank() {
        let text = PLAIN_PLANTED.replacen("规章\n\n信息内容\n\n0\n", "规章\n\n信息内容\n\n-3\n", 1);
        assert_ne!(text, PLAIN_PLANTED);
        let parsed = parse(&text, &ParseOptions::default()).unwrap();
        let r = parsed.report.as_format_2021().unwrap();
        assert_eq!(r.proactive.regulations.issued, ogi_report::Cell::Blank);
        assert_eq!(r.proactive.regulations.repealed, ogi_report::Cell::Blank);
        assert_eq!(r.proactive.regulations.in_force, ogi_report::Cell::Blank);
        let finding = parsed
            .findings
            .iter()
            .find(|f| f.finding.pointer == "/proactive/regulations")
            .unwrap();
        assert_eq!(finding.finding.rule, Rule::ParseRowAmbiguous);
        assert_eq!(
            finding.finding.message.en,
            "the text's values do not line up with its cells (blank cells dropped, or a column not recognised), and -3 is no number its column holds (-3, 0, 0): which of them are the row's cannot be told; its cells are left blank"
        );
        // Without the sign, the row is read; a mark is no number and is held as printed.
        let parsed = parse(PLAIN_PLANTED, &ParseOptions::default()).unwrap();
        let r = parsed.report.as_format_2021().unwrap();
        assert_eq!(r.proactive.regulations.issued.as_u64(), Some(0));
        let text = PLAIN_PLANTED.replacen("规章\n\n信息内容\n\n0\n", "规章\n\n信息内容\n\n—\n", 1);
        let parsed = parse(&text, &ParseOptions::default()).unwrap();
        let r = parsed.report.as_format_2021().unwrap();
        assert_eq!(r.proactive.regulations.issued.raw(), Some("—"));
        assert_eq!(r.proactive.regulations.in_force.as_u64(), Some(0));
    }

    /// In plain `pdftotext` text a row's values stand one a line. A row printed as one value
    /// of zeros ("0000000" for seven cells) is one zero a cell: no count starts with 0. Digits
    /// that can be one count with blank cells ("9490000"), or fewer than the cells, are not
    /// split.
    #[test]
    fn a_lone_value_of_zeros_for_a_row_is_one_zero_a_cell() {
        let label = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\n";
        let zeros = format!("{label}{}", "0\n\n".repeat(7));
        assert!(PLAIN_PLANTED.contains(&zeros));
        let row = |printed: &str| {
            let text = PLAIN_PLANTED.replacen(&zeros, &format!("{label}{printed}\n\n"), 1);
            let parsed = parse(&text, &ParseOptions::default()).unwrap();
            let cells: Vec<Option<String>> = parsed
                .report
                .cells()
                .filter(|(at, _)| at.row_pointer() == "/requests/outcomes/partially_disclosed")
                .map(|(_, c)| c.display())
                .collect();
            let placed: Vec<_> = parsed
                .spans
                .iter()
                .filter(|s| {
                    s.pointer
                        .starts_with("/requests/outcomes/partially_disclosed/")
                })
                .map(|s| s.placement)
                .collect();
            (cells, placed)
        };
        let (cells, placed) = row("0000000");
        assert_eq!(cells, vec![Some("0".to_owned()); 7]);
        assert_eq!(placed, vec![Some(ogi_report::parse::Placement::Split); 7]);
        for printed in ["9490000", "000000"] {
            let (cells, _) = row(printed);
            assert!(
                cells.iter().all(|c| c.as_deref() != Some("0")),
                "{printed}: {cells:?}"
            );
        }
    }

    /// The same for a decimal in a 2019 本年增/减 cell, which holds whole numbers only.
    #[test]
    fn a_row_by_count_with_a_decimal_in_a_change_is_left_blank() {
        use ogi_report::catalogue::{ProactiveColumn2019, ProactiveRow2019};
        use ogi_report::layout::CellAddress;
        let change = CellAddress::Proactive2019(
            ProactiveRow2019::Licensing,
            ProactiveColumn2019::ItemsChange,
        );
        let parsed = parse(PLAIN_003, &ParseOptions::default()).unwrap();
        assert_eq!(
            parsed
                .report
                .cell(change)
                .and_then(|c| c.display())
                .as_deref(),
            Some("0")
        );
        let text = PLAIN_003.replacen(
            "行政许可\n\n信息内容\n\n0\n\n0\n",
            "行政许可\n\n信息内容\n\n0\n\n1.5\n",
            1,
        );
        assert_ne!(text, PLAIN_003);
        let parsed = parse(&text, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.report.cell(change).and_then(|c| c.display()), None);
        let finding = parsed
            .findings
            .iter()
            .find(|f| f.finding.pointer == "/proactive/licensing")
            .unwrap();
        assert_eq!(finding.finding.rule, Rule::ParseRowAmbiguous);
        assert_eq!(
            finding.finding.message.en,
            "the text's values do not line up with its cells (blank cells dropped, or a column not recognised), and 1.5 is no number its column holds (0, 1.5, 0): which of them are the row's cannot be told; its cells are left blank"
        );
    }

    /// Surplus values are kept for the rows after theirs only when those rows' labels turn up
    /// with no values of their own, and only when they fill those rows exactly.
    #[test]
    fn surplus_values_are_placed_only_where_the_rows_confirm_them() {
        use ogi_report::catalogue::RequestRow::*;
        // The stray cells reported after row 3, when `text` is read.
        let strays_after_row_3 = |text: &str| {
            let parsed = parse(text, &ParseOptions::default()).unwrap();
            let strays = rules(&parsed)
                .into_iter()
                .filter(|(rule, pointer)| {
                    *rule == Rule::ParseStrayCell
                        && pointer == "/requests/outcomes/withheld/security_and_stability"
                })
                .count();
            (strays, parsed.report)
        };
        // Without the labels of rows 4 and 5 the 14 values after row 3 are stray cells.
        let text = PLAIN_PLANTED
            .replace("（三）不予公 4.保护第三方合法权益\n", "（三）不予公\n")
            .replace("5.属于三类内部事务信息\n", "");
        let (strays, report) = strays_after_row_3(&text);
        assert_eq!(strays, 14);
        assert_eq!(natural_person(&report, ThirdPartyRights), None);
        assert_eq!(natural_person(&report, InternalAffairs), None);
        // One value fewer: 20 values, one a line, fill no whole number of rows, and which 7
        // of them are row 3's cannot be told. The row is left blank and reported, none of
        // its values placed or called stray.
        let at = PLAIN_PLANTED.find("3.危及“三安全一稳定”").unwrap();
        let cut = at + PLAIN_PLANTED[at..].find("\n0\n").unwrap();
        let text = format!("{}{}", &PLAIN_PLANTED[..cut], &PLAIN_PLANTED[cut + 2..]);
        let (strays, report) = strays_after_row_3(&text);
        assert_eq!(strays, 0);
        assert_eq!(natural_person(&report, SecurityAndStability), None);
        assert_eq!(natural_person(&report, ThirdPartyRights), None);
        let parsed = parse(&text, &ParseOptions::default()).unwrap();
        let ambiguous: Vec<_> = parsed
            .findings
            .iter()
            .filter(|f| f.finding.rule == Rule::ParseRowAmbiguous)
            .map(|f| f.finding.message.en.split(" (").next().unwrap().to_owned())
            .collect();
        // The surplus shows the stream's count is off: the planted row whose categories do
        // not add up to its total is not trusted, and neither is any row of zeros, which adds
        // up wherever it stands (19 of them), nor a review block of zeros. (The first is part
        // 二's 行政规范性文件, before a row that printed no value.)
        let line_up = "the text's values do not line up with its cells";
        let review =
            "this text does not keep the order of the review row's values, and this block's values";
        let mut want = vec![line_up; 5];
        want.push("the row has 20 values");
        want.extend([line_up; 16]);
        want.extend([review; 3]);
        assert_eq!(ambiguous, want);
        let zeros = parsed
            .findings
            .iter()
            .filter(|f| {
                f.finding.message.en.contains(
                    "a row of zeros adds up to its total wherever it stands, which proves nothing",
                )
            })
            .count();
        assert_eq!(zeros, 19);
        // Row 4's label with seven blank cells of its own keeps them: its share stays stray,
        // and row 5 still takes its own.
        let text = PLAIN_PLANTED.replace(
            "（三）不予公 4.保护第三方合法权益\n",
            "（三）不予公\n4.保护第三方合法权益\t\t\t\t\t\t\t\n",
        );
        let (strays, report) = strays_after_row_3(&text);
        assert_eq!(strays, 7);
        assert_eq!(natural_person(&report, ThirdPartyRights), None);
        assert_eq!(
            natural_person(&report, InternalAffairs).as_deref(),
            Some("0")
        );
    }

    /// The table cells of a report, by pointer.
    fn tables(report: &Report) -> Vec<(String, Option<String>)> {
        report
            .cells()
            .map(|(at, cell)| (at.pointer(), cell.display()))
            .collect()
    }

    #[test]
    fn pdftotext_layout_gives_back_every_table_cell() {
        let parsed = parse(LAYOUT_003, &ParseOptions::default()).unwrap();
        assert_eq!(tables(&parsed.report), tables(&reference::seed_003()));
        let planted = Report::from_json(PLANTED).unwrap();
        let parsed = parse(LAYOUT_PLANTED, &ParseOptions::default()).unwrap();
        assert_eq!(tables(&parsed.report), tables(&planted));
        // The meta fields laid out beside their labels are meta, not the start of the text.
        assert_eq!(parsed.report.meta(), planted.meta());
        let preamble = |r: &Report| match r {
            Report::Format2021(r) => r.preamble.clone(),
            _ => unreachable!(),
        };
        assert_eq!(preamble(&parsed.report), preamble(&planted));
        // The planted blank and "/" come back as a blank and a raw cell.
        assert_eq!(
            parsed
                .report
                .cell(ogi_report::layout::CellAddress::Proactive2021(
                    ogi_report::catalogue::ProactiveRow2021::Licensing,
                    ogi_report::catalogue::ProactiveColumn2021::Decisions
                ))
                .and_then(|c| c.display()),
            planted
                .cell(ogi_report::layout::CellAddress::Proactive2021(
                    ogi_report::catalogue::ProactiveRow2021::Licensing,
                    ogi_report::catalogue::ProactiveColumn2021::Decisions
                ))
                .and_then(|c| c.display()),
        );
    }

    #[test]
    fn plain_pdftotext_reports_what_it_cannot_place() {
        let parsed = parse(PLAIN_003, &ParseOptions::default()).unwrap();
        // Blank cells are not in plain text: rows with values in some columns only cannot
        // be placed, and say so; nothing is guessed.
        let ambiguous = parsed
            .findings
            .iter()
            .filter(|f| f.finding.rule == Rule::ParseRowAmbiguous)
            .count();
        assert_eq!(ambiguous, 22);
        let read = tables(&parsed.report)
            .iter()
            .filter(|(_, v)| v.is_some())
            .count();
        assert_eq!(read, 30, "cells read");
        let want = tables(&reference::seed_003());
        for (pointer, value) in tables(&parsed.report) {
            if let Some(value) = value {
                let expected = want.iter().find(|(p, _)| *p == pointer).unwrap();
                assert_eq!(expected.1.as_ref(), Some(&value), "{pointer}");
            }
        }
    }

    #[test]
    fn touching_pieces_are_one_word_and_the_next_piece_stands_at_its_column() {
        let piece = |text: &str, x0: f64, x1: f64| TextPiece::new(text, 1, x0, 0.0, x1, 10.0);
        let pieces = [
            piece("abc", 0.0, 18.0),
            piece("d", 18.0, 24.0),
            piece("ef", 60.0, 72.0),
        ];
        // 6 points a character: "ef" starts at column 10.
        assert_eq!(ogi_report::parse::layout_text(&pieces), "abcd      ef\n");
    }

    /// With no digits to measure columns by, a column is as wide as a Han character.
    #[test]
    fn text_without_digits_is_laid_out_a_column_per_han_character() {
        let pieces = [
            TextPiece::new("ab", 1, 0.0, 0.0, 12.0, 10.0),
            TextPiece::new("行政", 1, 50.0, 0.0, 70.0, 10.0),
        ];
        assert_eq!(ogi_report::parse::layout_text(&pieces), "ab   行政\n");
    }

    /// Pieces whose middles are within half a line of each other are one line, whatever
    /// their sizes; a piece a line lower starts the next.
    #[test]
    fn pieces_within_half_a_line_share_it() {
        let pieces = [
            TextPiece::new("行政许可", 1, 0.0, 100.0, 40.0, 110.0),
            TextPiece::new("7", 1, 100.0, 103.0, 105.5, 113.0),
            TextPiece::new("8", 1, 100.0, 112.0, 105.5, 122.0),
        ];
        assert_eq!(
            ogi_report::parse::layout_text(&pieces),
            // Columns a digit wide (5.5 points), each piece centred where it stands.
            "  行政许可            7\n                  8\n"
        );
    }

    /// The layout text as pieces with boxes, as a PDF library gives them: every word at its
    /// column and line, in the order given (reversed, as a table drawn column by column
    /// would come).
    fn pieces(text: &str, reverse: bool) -> Vec<TextPiece> {
        let mut out = Vec::new();
        for (page, page_text) in text.split('\u{c}').enumerate() {
            for (line, row) in page_text.lines().enumerate() {
                let mut word = String::new();
                let mut start = 0usize;
                for (column, c) in row.chars().chain([' ']).enumerate() {
                    if c == ' ' {
                        if !word.is_empty() {
                            let width = word.chars().count();
                            out.push(TextPiece::new(
                                std::mem::take(&mut word),
                                page as u32 + 1,
                                start as f64 * 6.0,
                                line as f64 * 12.0,
                                (start + width) as f64 * 6.0,
                                line as f64 * 12.0 + 10.0,
                            ));
                        }
                    } else {
                        if word.is_empty() {
                            start = column;
                        }
                        word.push(c);
                    }
                }
            }
        }
        if reverse {
            out.reverse();
        }
        out
    }

    #[test]
    fn positioned_text_in_any_drawing_order_gives_back_every_table_cell() {
        for reverse in [false, true] {
            let parsed =
                parse_positioned(&pieces(LAYOUT_003, reverse), &ParseOptions::default()).unwrap();
            assert_eq!(tables(&parsed.report), tables(&reference::seed_003()));
        }
    }
}

mod laid_out {
    use super::*;
    use ogi_report::catalogue::{ApplicantColumn, RequestRow};
    use ogi_report::layout::{CellAddress, RequestLine};

    const LAYOUT_003: &str = include_str!("fixtures/pdf/003_liaocheng_2019.layout.txt");

    fn cell(report: &Report, row: RequestRow, column: ApplicantColumn) -> Option<String> {
        report
            .cell(CellAddress::Requests(RequestLine::Row(row), column))
            .and_then(|c| c.display())
    }

    #[test]
    fn page_breaks_and_page_numbers_inside_a_table_are_not_cells() {
        // Break the page inside part 三, after the row of 2.其他法律行政法规禁止公开.
        let at = LAYOUT_003.find("3.危及").unwrap();
        let at = LAYOUT_003[..at].rfind('\n').unwrap() + 1;
        let broken = format!(
            "{}   - 3 -\n\u{c}\n       — 4 —\n{}",
            &LAYOUT_003[..at],
            &LAYOUT_003[at..]
        );
        let parsed = parse(&broken, &ParseOptions::default()).unwrap();
        let want = parse(LAYOUT_003, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.report.cells().count(), want.report.cells().count());
        for ((a, x), (_, y)) in parsed.report.cells().zip(want.report.cells()) {
            assert_eq!(x.display(), y.display(), "{}", a.pointer());
        }
        assert_eq!(parsed.findings.len(), want.findings.len());
    }

    #[test]
    fn a_group_label_spread_down_the_margin_one_character_a_line() {
        let rows = [
            ("（一）予以公开", "1   0   0   0   0   0   1"),
            ("（二）部分公开", "2   0   0   0   0   0   2"),
        ];
        let mut text = String::from(
            "某某局2022年政府信息公开工作年度报告\n\
             三、收到和处理政府信息公开申请情况\n\
             \u{20}                                申请人情况\n\
             \u{20}                   自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他   总计\n",
        );
        for (i, margin) in "三、本年度办理结果".chars().enumerate() {
            match rows.get(i) {
                Some((label, values)) => {
                    text += &format!("{margin}     {label}         {values}\n")
                }
                None => text += &format!("{margin}\n"),
            }
        }
        let parsed = parse(&text, &ParseOptions::default()).unwrap();
        let r = &parsed.report;
        assert_eq!(
            cell(r, RequestRow::Disclosed, ApplicantColumn::NaturalPerson).as_deref(),
            Some("1")
        );
        assert_eq!(
            cell(r, RequestRow::PartiallyDisclosed, ApplicantColumn::Total).as_deref(),
            Some("2")
        );
        assert!(
            parsed.findings.iter().all(|f| !matches!(
                f.finding.rule,
                Rule::ParseUnknownRow | Rule::ParseValueOutsideCell | Rule::ParseRowAmbiguous
            )),
            "{:#?}",
            parsed.findings
        );
    }

    /// Values placed by the header each stands under, in laid-out text: blank cells stay
    /// blank. A value is under a header only within half the distance to the header next to
    /// it: one further off, past the last header or between two, leaves its row unread.
    #[test]
    fn values_stand_under_their_headers_within_half_the_distance_to_the_next() {
        let columns = [
            "自然人",
            "商业企业",
            "科研机构",
            "社会公益组织",
            "法律服务机构",
            "其他",
            "总计",
        ];
        // The text of a row: its label, then each value starting at its column.
        let row = |label: &str, values: &[(usize, &str)]| {
            let mut line: Vec<char> = label.chars().collect();
            for (col, v) in values {
                line.resize((*col).max(line.len() + 1), ' ');
                line.extend(v.chars());
            }
            line.into_iter().collect::<String>()
        };
        // Reads two rows under a header, laid out as `pdftotext -layout` gives it, with six
        // full rows before them so that the layout is told; gives the two rows' cells and
        // the rows reported ambiguous.
        let read = |header: &str, first: &[(&str, isize)], second: &[(&str, isize)]| {
            let center = |label: &str| {
                let at = header[..header.find(label).unwrap()].chars().count();
                at + label.chars().count() / 2
            };
            let place = |values: &[(&str, isize)]| -> Vec<(usize, String)> {
                values
                    .iter()
                    .map(|(column, shift)| {
                        (
                            center(column).checked_add_signed(*shift).unwrap(),
                            "7".to_owned(),
                        )
                    })
                    .collect()
            };
            let full: Vec<(usize, &str)> = columns.iter().map(|c| (center(c), "0")).collect();
            let mut text = format!(
                "某某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n{header}\n"
            );
            for label in [
                "一、本年新收政府信息公开申请数量",
                "二、上年结转政府信息公开申请数量",
                "（三）不予公开   1.属于国家秘密",
                "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”",
                "4.保护第三方合法权益",
            ] {
                text += &row(label, &full);
                text += "\n";
            }
            for (label, values) in [
                ("（一）予以公开", place(first)),
                ("（二）部分公开", place(second)),
            ] {
                let values: Vec<(usize, &str)> =
                    values.iter().map(|(c, v)| (*c, v.as_str())).collect();
                text += &row(label, &values);
                text += "\n";
            }
            let parsed = parse(&text, &ParseOptions::default()).unwrap();
            let r = &parsed.report;
            let got = |row: RequestRow| -> Vec<Option<String>> {
                ApplicantColumn::NATIONAL
                    .iter()
                    .map(|c| cell(r, row, *c))
                    .collect()
            };
            let ambiguous: Vec<String> = parsed
                .findings
                .iter()
                .filter(|f| f.finding.rule == Rule::ParseRowAmbiguous)
                .map(|f| f.finding.pointer.clone())
                .collect();
            (
                got(RequestRow::Disclosed),
                got(RequestRow::PartiallyDisclosed),
                ambiguous,
            )
        };
        let seven = |at: &[usize]| -> Vec<Option<String>> {
            (0..7)
                .map(|i| at.contains(&i).then(|| "7".to_owned()))
                .collect()
        };
        let even = "                    自然人   商业企业   科研机构   社会公益组织   法律服务机构   其他   总计";
        // Values a column or two off their headers' middles are read: 总计's at exactly half
        // the gap to 其他, 科研机构's three columns right, where the next header is five away
        // (as near as a value may stand to the next header: three fifths of the way). A
        // value left of the first header by more than half the gap to the second is not.
        let (disclosed, partial, ambiguous) = read(
            even,
            &[("自然人", 1), ("科研机构", 3), ("总计", 2)],
            &[("自然人", -4), ("总计", 0)],
        );
        assert_eq!(disclosed, seven(&[0, 2, 6]));
        assert_eq!(partial, vec![None; 7]);
        assert_eq!(ambiguous, ["/requests/outcomes/partially_disclosed"]);
        // 其他 close after 法律服务机构 and far from 总计: three columns right of 其他 is past
        // half the distance to 法律服务机构, though nearer 其他 than 总计.
        let uneven = "                    自然人   商业企业   科研机构   社会公益组织   法律服务机构 其他             总计";
        let (disclosed, partial, ambiguous) = read(
            uneven,
            &[("其他", 1), ("总计", 0)],
            &[("其他", 3), ("总计", 0)],
        );
        assert_eq!(disclosed, seven(&[5, 6]));
        assert_eq!(partial, vec![None; 7]);
        assert_eq!(ambiguous, ["/requests/outcomes/partially_disclosed"]);
    }

    #[test]
    fn labels_of_nested_rows_run_together_in_one_cell() {
        let text = "某某局2022年政府信息公开工作年度报告\n\
            三、收到和处理政府信息公开申请情况\n\
            一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3\n\
            三、本年度办理结果（一）予以公开\t2\t0\t0\t0\t0\t0\t2\n\
            （三）不予公开1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1\n";
        let parsed = parse(text, &ParseOptions::default()).unwrap();
        let r = &parsed.report;
        assert_eq!(
            cell(r, RequestRow::Disclosed, ApplicantColumn::Total).as_deref(),
            Some("2")
        );
        assert_eq!(
            cell(r, RequestRow::StateSecret, ApplicantColumn::NaturalPerson).as_deref(),
            Some("1")
        );
        assert!(
            parsed
                .findings
                .iter()
                .all(|f| f.finding.rule != Rule::ParseUnknownRow)
        );
    }

    #[test]
    fn machine_made_markdown_with_invented_headers_and_one_table_per_block() {
        let text = "# 某某局2022年政府信息公开工作年度报告\n\n\
            ## 三、收到和处理政府信息公开申请情况\n\n\
            | 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n\
            | --- | --- | --- | --- | --- | --- | --- | --- |\n\
            | 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 1 | 0 | 0 | 4 |\n\
            | 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n\
            | 项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |\n\
            | --- | --- | --- | --- | --- | --- | --- | --- |\n\
            | （一）予以公开 | 2 | 0 | 0 | 1 | 0 | 0 | 3 |\n";
        let parsed = parse(text, &ParseOptions::default()).unwrap();
        let r = &parsed.report;
        assert_eq!(
            cell(
                r,
                RequestRow::NewReceived,
                ApplicantColumn::PublicWelfareOrganization
            )
            .as_deref(),
            Some("1")
        );
        assert_eq!(
            cell(r, RequestRow::NewReceived, ApplicantColumn::Total).as_deref(),
            Some("4")
        );
        assert_eq!(
            cell(r, RequestRow::Disclosed, ApplicantColumn::Total).as_deref(),
            Some("3")
        );
        assert!(
            parsed
                .findings
                .iter()
                .all(|f| f.finding.rule != Rule::ParseUnknownRow),
            "{:#?}",
            parsed.findings
        );
    }
}

mod regulation_2008 {
    use super::*;
    use ogi_report::regulation_2008::Regulation2008Report;

    const SEED_000: &str = include_str!("fixtures/seeds/000_5ec3ac5373328dc5.txt");
    const SEED_001: &str = include_str!("fixtures/seeds/001_9e79fd36fc80c720.txt");
    const SEED_004: &str = include_str!("fixtures/seeds/004_635cdd01f46716b0.txt");

    fn era(report: &Report) -> &Regulation2008Report {
        match report {
            Report::Regulation2008(r) => r,
            other => panic!("not a 2008-era report: {:?}", other.edition()),
        }
    }

    /// Every figure's label is in the part's text, as `Figure::label` promises.
    fn assert_labels_are_printed(report: &Report) {
        for part in &era(report).parts {
            let mut stack: Vec<_> = part.figures.iter().collect();
            while let Some(f) = stack.pop() {
                // Items stated none together share the words the first opens with: the
                // label is those words and the item's ("…出现的" + "行政诉讼").
                let shared = f.label.rsplit_once('的').is_some_and(|(words, item)| {
                    part.text.contains(words) && part.text.contains(item)
                });
                assert!(
                    part.text.contains(&f.label) || shared,
                    "{:?} is not in the text of {}",
                    f.label,
                    part.heading
                );
                stack.extend(&f.parts);
            }
        }
    }

    /// A 2008-era report headed as the later formats head their parts, with no table: its
    /// year decides the edition, and its figures follow the label convention.
    #[test]
    fn a_report_of_2012_headed_like_the_later_formats_is_a_2008_era_report() {
        const TEXT: &str = "某县人民政府办公室2012年政府信息公开工作年度报告\n\
\n\
一、概述\n\
2012年，我办认真贯彻《条例》，全年共召开新闻发布会5次，发布新闻稿件30篇，举办培训班3期，培训人员120人次。\n\
\n\
二、主动公开政府信息情况\n\
全年共主动公开政府信息1523条，其中政策法规类200条、规划计划类86条，通过政府网站公开1400条。编印《政府公报》12期，发放3000余册。\n\
\n\
三、依申请公开政府信息情况\n\
全年共受理政府信息公开申请15件，其中网上申请10件、信函申请5件。已答复15件，答复率100%。\n\
\n\
四、政府信息公开的收费及减免情况\n\
本年度共收取检索、复制、邮寄等费用0元。\n\
\n\
五、因政府信息公开申请行政复议、提起行政诉讼的情况\n\
全年发生行政复议1起，未发生行政诉讼。\n\
\n\
六、存在的主要问题及改进措施\n\
一是公开内容还不够全面。";
        let parsed = parse(TEXT, &ParseOptions::default()).unwrap();
        let r = era(&parsed.report);
        let shown: Vec<String> = r
            .parts
            .iter()
            .flat_map(|p| {
                let serves = p.serves.map_or("-", |c| c.id());
                p.figures.iter().flat_map(move |f| {
                    std::iter::once(format!("{serves} {}={} [{}]", f.label, f.value, f.printed))
                        .chain(
                            f.parts
                                .iter()
                                .map(|g| format!("  {}={} [{}]", g.label, g.value, g.printed)),
                        )
                        .chain(f.key.map(|k| format!("  key {}", k.id())))
                })
            })
            .collect();
        assert_eq!(
            shown,
            [
                "- 召开新闻发布会=5 [5次]",
                "- 发布新闻稿件=30 [30篇]",
                "- 举办培训班=3 [3期]",
                "- 培训人员=120 [120人次]",
                "proactive 主动公开政府信息=1523 [1523条]",
                "  政策法规类=200 [200条]",
                "  规划计划类=86 [86条]",
                "  通过政府网站公开=1400 [1400条]",
                "proactive 编印《政府公报》=12 [12期]",
                "proactive 发放=3000 [3000余册]",
                "on_request 受理政府信息公开申请=15 [15件]",
                "  网上申请=10 [10件]",
                "  信函申请=5 [5件]",
                "  key applications_received",
                "on_request 答复=15 [15件]",
                "on_request 答复率=100 [100%]",
                "fees_and_waivers 收取检索、复制、邮寄等费用=0 [0元]",
                "  key fees_collected",
                "review_litigation 行政诉讼=0 [未发生]",
                "  key lawsuits",
                "review_litigation 发生行政复议=1 [1起]",
                "  key reviews",
            ]
        );
        assert_eq!(
            rules(&parsed),
            [(Rule::ParseEditionInferred, String::new())]
        );
    }

    #[test]
    fn seed_000_parses_into_its_reference_model() {
        let parsed = parse(SEED_000, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.report, reference::seed_000());
        assert_labels_are_printed(&parsed.report);
        assert_eq!(
            rules(&parsed),
            [
                // The title states no year; "起止时间为2018年1月1日至12月31日" does.
                (Rule::ParseMetaInferred, String::new()),
                (Rule::ParseEditionInferred, String::new())
            ]
        );
    }

    #[test]
    fn seed_001_parses_into_its_reference_model() {
        // Its title names no agency; the breadcrumb above it is web furniture.
        let options = ParseOptions::default().with_agency("衡阳市雁峰区城市管理和综合执法局");
        let parsed = parse(SEED_001, &options).unwrap();
        assert_eq!(parsed.report, reference::seed_001());
        assert_labels_are_printed(&parsed.report);
        assert_eq!(
            rules(&parsed),
            [(Rule::ParseEditionInferred, String::new())]
        );
    }

    #[test]
    fn seed_004_parses_into_its_reference_model() {
        let parsed = parse(SEED_004, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.report, reference::seed_004());
        assert_labels_are_printed(&parsed.report);
        // The publication date from the publishing line, the contact from the preamble.
        let meta = &era(&parsed.report).meta;
        assert_eq!(
            meta.publication_date.map(|d| d.to_string()).as_deref(),
            Some("2019-01-17")
        );
        assert_eq!(
            meta.contact.as_ref().and_then(|c| c.fax.as_deref()),
            Some("82861171")
        );
        assert_eq!(
            rules(&parsed),
            [(Rule::ParseEditionInferred, String::new())]
        );
    }
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn findings_quote_long_text_short_with_its_length() {
        // A row with a million characters of text before its values, and a row whose cell
        // holds a million digits: what the findings quote stays small.
        let long = "无".repeat(1_000_000);
        let digits = "7".repeat(1_000_000);
        let text = SEED_002
            .replacen("(七) 总计", &format!("(七) 总计\t{long}"), 1)
            .replacen("行政许可\t", &format!("行政许可\t{digits}\t"), 1);
        assert_ne!(text.len(), SEED_002.len());
        let parsed = parse(&text, &ParseOptions::default()).unwrap();
        let longest = parsed
            .findings
            .iter()
            .map(|f| {
                f.finding
                    .message
                    .en
                    .chars()
                    .count()
                    .max(f.finding.message.zh.chars().count())
            })
            .max()
            .unwrap();
        assert!(longest < 600, "a message of {longest} characters");
        let quoted: Vec<&str> = parsed
            .findings
            .iter()
            .map(|f| f.finding.message.en.as_str())
            .filter(|m| m.contains("[1000000 characters]"))
            .collect();
        assert_eq!(quoted.len(), 1, "{quoted:#?}");
        assert!(
            quoted[0].ends_with("…[1000000 characters]\" stands outside any cell and was not read")
        );
        let json = serde_json::to_string(&parsed.findings).unwrap();
        assert!(
            json.len() < 20_000,
            "{} bytes of parse findings",
            json.len()
        );
        // The million digits are the cell, raw as printed (too large for a count), never
        // dropped for the "0" after them; the validator quotes them short.
        let licensing = &parsed
            .report
            .as_format_2021()
            .unwrap()
            .proactive
            .licensing
            .decisions;
        assert_eq!(licensing.raw().map(str::len), Some(1_000_000));
        let validation = ogi_report::validate(&parsed.report);
        let not_numeric = validation
            .findings
            .iter()
            .find(|f| f.pointer == "/proactive/licensing/decisions")
            .unwrap();
        assert!(not_numeric.message.en.contains("…[1000000 characters]"));
        assert!(validation.to_json().len() < 200_000);
    }

    /// Pieces real reports are made of, for generated texts that look like reports.
    const PIECES: &[&str] = &[
        "\n",
        "\t",
        " ",
        "  ",
        "|",
        " |",
        "\u{c}",
        "0",
        "12",
        "3.5",
        "/",
        "—",
        "减",
        "-3-",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "第二十条第（一）项",
        "信息内容",
        "本年制发件数",
        "规章",
        "行政规范性文件",
        "行政处罚",
        "本年收费金额（单位：万元）",
        "自然人",
        "商业企业",
        "总计",
        "其他",
        "（三）不予公开",
        "1.属于国家秘密",
        "3.其他",
        "（六）其他处理",
        "（七）总计",
        "四、结转下年度继续办理",
        "行政复议",
        "结果维持",
        "尚未审结",
        "某局2022年政府信息公开工作年度报告",
        "<table>",
        "<tr><td>",
        "</td></tr>",
        "规章000规范性文件898989",
        "（",
        "）",
        "數(shù)",
        "2019年",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn no_text_made_of_report_pieces_panics(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..400)) {
            let text: String = pieces.concat();
            let _ = parse(&text, &ParseOptions::default());
        }

        #[test]
        fn no_cut_or_spliced_seed_panics(cut in 0usize..20_000, len in 0usize..2_000, at in 0usize..20_000) {
            for seed in [SEED_002, SEED_003] {
                let bytes = seed.as_bytes();
                let (a, b) = (cut.min(bytes.len()), (cut + len).min(bytes.len()));
                let mut spliced = bytes[..a].to_vec();
                spliced.extend_from_slice(&bytes[b..]);
                let at = at.min(spliced.len());
                spliced.splice(at..at, bytes[a..b].iter().copied());
                let _ = parse_bytes(&spliced, &ParseOptions::default());
            }
        }

        #[test]
        fn no_byte_string_panics(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
            let _ = parse_bytes(&bytes, &ParseOptions::default());
        }
    }
}

/// Word documents made from rendered reports: the HTML page's paragraphs and tables written
/// as WordprocessingML, rowspans as `w:vMerge`, colspans as `w:gridSpan`.
#[cfg(feature = "docx")]
mod docx {
    use super::*;
    use ogi_report::parse::{ParseError, parse_docx};
    use std::io::Write;

    use xtask::docx::docx_of;

    #[test]
    fn every_fixture_report_read_back_from_a_word_document() {
        for report in seed_reports() {
            let bytes = docx_of(&report);
            let parsed = parse_docx(&bytes, &ParseOptions::default()).unwrap();
            assert_eq!(difference(&report, &parsed.report), None);
            // parse_bytes knows a .docx from its content.
            let again = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
            assert_eq!(again.report, parsed.report);
        }
    }

    /// Two of the documents are committed (`cargo xtask generate`), for the command-line
    /// checks and for users to try; the generator is deterministic.
    #[test]
    fn the_word_documents_are_made_the_same_every_time() {
        let a = docx_of(&reference::seed_002());
        assert_eq!(a, docx_of(&reference::seed_002()));
        assert_eq!(a, include_bytes!("fixtures/docx/002_luohe_huizu_2022.docx"));
    }

    #[test]
    fn vertically_merged_label_cells_are_read() {
        let bytes = docx_of(&reference::seed_002());
        let text = ogi_report::parse::docx_text(&bytes).unwrap();
        // 三、本年度办理结果 spans 22 rows: its column is empty below it.
        assert!(
            text.contains("三、本年度办理结果\t（一）予以公开"),
            "{text}"
        );
        assert!(text.contains("\n\t（二）部分公开"), "{text}");
    }

    /// A .docx holding `body` as its document body.
    fn docx_with(body: &str) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        let document = format!(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
        );
        zip.write_all(document.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn word_text_keeps_tabs_entities_spans_and_nested_tables() {
        let cell = |text: &str| format!("<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>");
        let body = format!(
            "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B &amp; C &lt;D&gt; &quot;E&quot; &apos;F&apos;</w:t></w:r></w:p>\
             <w:tbl><w:tr>\
               <w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc>{}\
             </w:tr><w:tr>\
               <w:tc><w:tbl><w:tr>{}{}</w:tr></w:tbl></w:tc>{}{}\
             </w:tr></w:tbl>",
            cell("z"),
            cell("x"),
            cell("y"),
            cell("1"),
            cell("2"),
        );
        let text = ogi_report::parse::docx_text(&docx_with(&body)).unwrap();
        // A tab is a space inside a paragraph; the five entities are their characters; a cell
        // spanning two columns is followed by an empty one; a table inside a cell is that
        // cell's text, not rows of its own; a table ends with an empty line.
        assert_eq!(text, "A B & C <D> \"E\" 'F'\n宽\t\tz\nx y\t1\t2\n\n");
    }

    /// A cell merged down its column: `w:vMerge` with `restart` (or the first of a run)
    /// keeps its text, `continue` (or no value) leaves its place empty.
    #[test]
    fn word_cells_merged_down_a_column_keep_their_text_once() {
        let cell = |merge: &str, text: &str| {
            format!("<w:tc><w:tcPr>{merge}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
        };
        let plain = |text: &str| format!("<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>");
        let body = format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell("<w:vMerge w:val=\"restart\"/>", "甲"),
            plain("1"),
            cell("<w:vMerge w:val=\"continue\"/>", "乙"),
            plain("2"),
            cell("<w:vMerge/>", "丙"),
            plain("3"),
        );
        let text = ogi_report::parse::docx_text(&docx_with(&body)).unwrap();
        assert_eq!(text, "甲\t1\n\t2\n\t3\n\n");
    }

    fn refused(bytes: &[u8]) -> String {
        match parse_bytes(bytes, &ParseOptions::default()) {
            Err(e) => e.to_string(),
            Ok(_) => panic!("read"),
        }
    }

    #[test]
    fn bad_word_files_are_refused_with_the_reason() {
        let good = docx_of(&reference::seed_002());
        // Truncated.
        assert!(
            refused(&good[..good.len() / 2])
                .starts_with("not a readable .docx: not a readable ZIP container")
        );
        // A ZIP file that is not a Word document.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("readme.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"hello").unwrap();
        let other = zip.finish().unwrap().into_inner();
        assert_eq!(
            refused(&other),
            "not a readable .docx: no word/document.xml: a ZIP file, but not a Word document"
        );
        // An encrypted document is an OLE compound file.
        let mut ole = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        ole.resize(512, 0);
        assert!(refused(&ole).contains("an encrypted .docx or an old .doc"));
        // A ZIP bomb: 100 MB of zeros squeezed into a small entry.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("word/document.xml", options).unwrap();
        let zeros = vec![b' '; 1 << 20];
        for _ in 0..100 {
            zip.write_all(&zeros).unwrap();
        }
        let bomb = zip.finish().unwrap().into_inner();
        assert!(bomb.len() < 1 << 20);
        assert!(
            refused(&bomb).contains("refused as a ZIP bomb"),
            "{}",
            refused(&bomb)
        );
        // No tables where the edition needs them.
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all("<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>某局2022年政府信息公开工作年度报告</w:t></w:r></w:p><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>".as_bytes()).unwrap();
        let prose = zip.finish().unwrap().into_inner();
        assert_eq!(
            parse_bytes(&prose, &ParseOptions::default()),
            Err(ParseError::NoTables {
                year: 2022,
                edition: "format_2021"
            })
        );
    }
}

/// PDFs read directly: a Chromium print of seed 002 (`tests/fixtures/pdf/SOURCES.md`).
#[cfg(feature = "pdf")]
mod pdf {
    use super::*;
    use ogi_report::parse::{parse_pdf, pdf_pieces};

    const PDF_002: &[u8] = include_bytes!("fixtures/pdf/002_luohe_huizu_2022.pdf");

    #[test]
    fn glyphs_are_placed_in_boxes_of_their_size() {
        let pieces = pdf_pieces(PDF_002).unwrap();
        assert_eq!(pieces.len(), 3006);
        let first = &pieces[0];
        let rounded = |v: f64| (v * 1000.0).round() / 1000.0;
        assert_eq!(
            (
                first.text.as_str(),
                first.page,
                rounded(first.x0),
                rounded(first.y0),
                rounded(first.x1),
                rounded(first.y1)
            ),
            ("漯", 1, 78.973, 36.75, 97.405, 54.75)
        );
    }

    #[test]
    fn a_printed_report_reads_back_with_every_table_cell() {
        let parsed = parse_pdf(PDF_002, &ParseOptions::default()).unwrap();
        let want = reference::seed_002();
        let cells = |r: &Report| -> Vec<(String, Option<String>)> {
            r.cells()
                .map(|(at, c)| (at.pointer(), c.display()))
                .collect()
        };
        assert_eq!(cells(&parsed.report), cells(&want));
        assert_eq!(parsed.report.meta().agency, want.meta().agency);
        assert_eq!(parsed.report.meta().report_year, want.meta().report_year);
        // parse_bytes knows a PDF from its content.
        assert_eq!(
            parse_bytes(PDF_002, &ParseOptions::default())
                .unwrap()
                .report,
            parsed.report
        );
    }

    #[test]
    fn glyphs_are_placed_by_position_whatever_the_drawing_order() {
        let mut pieces = pdf_pieces(PDF_002).unwrap();
        pieces.reverse();
        let reversed =
            ogi_report::parse::parse_positioned(&pieces, &ParseOptions::default()).unwrap();
        let parsed = parse_pdf(PDF_002, &ParseOptions::default()).unwrap();
        assert_eq!(reversed.report, parsed.report);
    }

    #[test]
    fn bad_pdfs_are_refused_with_the_reason() {
        let message = |bytes: &[u8]| {
            parse_bytes(bytes, &ParseOptions::default())
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            message(include_bytes!("fixtures/pdf/no_text_layer.pdf")),
            "not a readable PDF: no text layer: OCR it first"
        );
        assert!(
            message(&PDF_002[..PDF_002.len() / 3])
                .starts_with("not a readable PDF: a corrupt or truncated PDF")
        );
        let mut garbage = b"%PDF-1.7\n".to_vec();
        garbage.extend(std::iter::repeat_n(b'x', 10_000));
        assert!(message(&garbage).starts_with("not a readable PDF:"));
    }

    #[test]
    fn a_refused_pdf_says_what_kind_of_problem_it_has() {
        use ogi_report::parse::{ParseError, PdfProblem};
        let problem = |bytes: &[u8]| match parse_bytes(bytes, &ParseOptions::default()) {
            Err(ParseError::Pdf { problem, .. }) => Some(problem),
            _ => None,
        };
        assert_eq!(
            problem(include_bytes!("fixtures/pdf/no_text_layer.pdf")),
            Some(PdfProblem::NoTextLayer)
        );
        assert_eq!(
            problem(include_bytes!("fixtures/pdf/encrypted.pdf")),
            Some(PdfProblem::Encrypted)
        );
        assert_eq!(
            problem(&PDF_002[..PDF_002.len() / 3]),
            Some(PdfProblem::Corrupt)
        );
        assert_eq!(
            problem(b"%PDX not a pdf"),
            None,
            "not told from %PDF: not read as one"
        );
        assert_eq!(problem(PDF_002), None);
    }

    /// A PDF made by hand from its objects (numbered from 1), with its cross-reference table.
    fn hand_made_pdf(objects: &[&str]) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
        }
        let xref = pdf.len();
        pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
        for offset in offsets {
            pdf.extend(format!("{offset:010} 00000 n \n").bytes());
        }
        pdf.extend(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .bytes(),
        );
        pdf
    }

    /// A page whose media box does not start at 0 0: positions are measured from its top
    /// left corner. A font with widths advances by them; one without takes half an em for an
    /// ASCII character.
    #[test]
    fn glyphs_are_placed_from_the_top_left_corner_of_the_page() {
        // A glyph of each font; the third font's width is 0.05 em, the least taken as a
        // width; the last glyph is set slanted (a text matrix with a shear).
        let content = "BT /F1 10 Tf 150 450 Td (7) Tj ET BT /F2 20 Tf 130 300 Td (8) Tj ET \
                       BT /F3 10 Tf 200 400 Td (7) Tj ET BT /F1 10 Tf 1 0 0.5 1 250 350 Tm (7) Tj ET";
        let contents = format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        );
        let pdf = hand_made_pdf(&[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [100 200 400 500] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>",
            &contents,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Unknown /FirstChar 0 /LastChar 0 /Widths [0] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Narrow /FirstChar 55 /LastChar 55 /Widths [50] >>",
        ]);
        let pieces = pdf_pieces(&pdf).unwrap();
        let rounded = |v: f64| (v * 1000.0).round() / 1000.0;
        let boxes: Vec<_> = pieces
            .iter()
            .map(|p| {
                (
                    p.text.as_str(),
                    p.page,
                    rounded(p.x0),
                    rounded(p.y0),
                    rounded(p.x1),
                    rounded(p.y1),
                )
            })
            .collect();
        assert_eq!(
            boxes,
            vec![
                ("7", 1, 50.0, 40.0, 55.56, 50.0),
                ("8", 1, 30.0, 180.0, 41.0, 200.0),
                ("7", 1, 100.0, 90.0, 105.5, 100.0),
                // Slanted: the em box is sheared, 15 wide by 10 high, a square of the same
                // area is 12.247 on a side.
                ("7", 1, 150.0, 137.753, 156.81, 150.0)
            ]
        );
    }

    /// A well-formed PDF of one page whose font is a reference to an object that is not
    /// there (what the fuzzer made of the seed PDF): `pdf-extract` panics on it, and the
    /// reader reports it.
    #[test]
    fn a_pdf_the_library_fails_on_is_refused_not_a_panic() {
        let pdf = hand_made_pdf(&[
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 47 0 R >> >> /Contents 4 0 R >>",
            "<< /Length 33 >>\nstream\nBT /F1 12 Tf 10 100 Td (12) Tj ET\nendstream",
        ]);
        assert_eq!(
            parse_bytes(&pdf, &ParseOptions::default())
                .unwrap_err()
                .to_string(),
            "not a readable PDF: the PDF library failed on this file"
        );
    }
}

mod options_and_sources {
    //! What the caller tells the parser, and the text its spans refer to.

    use super::*;
    use ogi_report::catalogue::Edition;
    use ogi_report::parse::{InputForm, MAX_INPUT, source_text};

    #[test]
    fn the_year_and_edition_given_are_used() {
        // A text that states no year: the year comes from the options.
        let text = SEED_002
            .replace("2022", "")
            .replace("2021", "")
            .replace("2023", "");
        let with = parse(&text, &ParseOptions::default().with_report_year(2022)).unwrap();
        assert_eq!(with.report.meta().report_year.map(|y| y.get()), Some(2022));
        // Without it the report is still read: the tables tell the edition, every cell is
        // the same, and the missing year is a finding.
        let without = parse(&text, &ParseOptions::default()).unwrap();
        assert_eq!(without.report.meta().report_year, None);
        assert_eq!(without.report.edition(), Edition::Format2021);
        let mut dated = without.report.clone();
        if let ogi_report::Report::Format2021(r) = &mut dated {
            r.meta.report_year = with.report.meta().report_year;
        }
        assert_eq!(dated, with.report);
        let missing: Vec<_> = without
            .findings
            .iter()
            .filter(|f| f.finding.rule == Rule::ParseMetaMissing)
            .map(|f| f.finding.message.en.as_str())
            .collect();
        assert_eq!(
            missing,
            [
                // The title without its year is no title: the agency goes with it.
                "no title names the agency; the agency is left empty",
                "neither a title nor a statistics period states the report year; it is left absent"
            ]
        );
        // Its JSON leaves the year out, and reads back as it was.
        let json = without.report.to_json();
        assert!(!json.contains("report_year"), "{json}");
        assert_eq!(
            ogi_report::Report::from_json(&json).unwrap(),
            without.report
        );
        // A text with neither a year nor a table that tells the edition is refused.
        let prose = "某某局政府信息公开工作年度报告\n一、总体情况\n我局认真贯彻落实。\n";
        assert_eq!(
            parse(prose, &ParseOptions::default())
                .unwrap_err()
                .to_string(),
            "not an annual report on Open Government Information work: no report year: neither a title (\"YYYY年\") nor a statistics period states one, and no table tells the edition; give ParseOptions::report_year"
        );
        // The edition given is not inferred, and says so by having no finding.
        let inferred = parse(SEED_002, &ParseOptions::default()).unwrap();
        let given = parse(
            SEED_002,
            &ParseOptions::default().with_edition(Edition::Format2021),
        )
        .unwrap();
        let rules = |p: &Parsed| {
            p.findings
                .iter()
                .map(|f| f.finding.rule)
                .collect::<Vec<_>>()
        };
        assert!(rules(&inferred).contains(&Rule::ParseEditionInferred));
        assert!(!rules(&given).contains(&Rule::ParseEditionInferred));
        assert_eq!(given.report, inferred.report);
    }

    #[test]
    fn every_span_points_at_source_text_even_at_its_first_byte() {
        // Seed 002: 316 things read with their place; cells the table implies but the text
        // does not print (subtotals) have none.
        let parsed = parse(SEED_002, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.spans.len(), 316);
        assert!(parsed.spans.iter().all(|s| s.span.end > s.span.start));
        // A text that opens with a row label: its span starts at byte 0.
        let options = ParseOptions::default()
            .with_agency("某某局")
            .with_report_year(2022);
        let parsed = parse("行政许可\t12\n行政处罚\t3\n", &options).unwrap();
        let first = &parsed.spans[0];
        assert_eq!((first.span.start, first.span.end), (0, "行政许可".len()));
        assert_eq!(
            parsed
                .span("/proactive/licensing/decisions")
                .map(|s| (s.line, s.column)),
            Some((1, 6))
        );
    }

    #[test]
    fn parse_findings_as_a_validation() {
        let parsed = parse(SEED_002, &ParseOptions::default()).unwrap();
        let validation = parsed.validation();
        let findings: Vec<_> = parsed.findings.iter().map(|f| f.finding.clone()).collect();
        assert_eq!(validation.findings, findings);
        assert_eq!(findings.len(), 4);
    }

    #[test]
    fn the_form_is_told_from_the_content() {
        let html = "<p>某某局2022年政府信息公开工作年度报告</p>";
        for (input, form, id) in [
            (SEED_002.as_bytes(), InputForm::Text, "text"),
            (html.as_bytes(), InputForm::Html, "html"),
        ] {
            let source = source_text(input).unwrap();
            assert_eq!(source.form, form);
            assert_eq!((form.id(), form.to_string()), (id, id.to_owned()));
            assert_eq!(source.text, std::str::from_utf8(input).unwrap());
        }
        assert_eq!(InputForm::Pdf.to_string(), "pdf");
        assert_eq!(InputForm::Docx.id(), "docx");
        // A byte-order mark is not text.
        let bom = [b"\xef\xbb\xbf".as_slice(), SEED_002.as_bytes()].concat();
        assert_eq!(source_text(&bom).unwrap().text, SEED_002);
    }

    #[test]
    fn the_largest_input_is_read_and_one_byte_more_is_not() {
        let mut input = vec![b' '; MAX_INPUT];
        assert_eq!(source_text(&input).unwrap().text.len(), MAX_INPUT);
        input.push(b' ');
        assert_eq!(
            source_text(&input).unwrap_err(),
            ParseError::TooLarge {
                size: MAX_INPUT + 1,
                limit: MAX_INPUT
            }
        );
    }

    #[test]
    fn html_is_told_by_its_document_type_its_root_or_a_closed_block_tag() {
        for (input, form) in [
            (
                "\n  <!DOCTYPE html>\n<title>某某局</title>",
                InputForm::Html,
            ),
            ("<html><title>某某局</title>", InputForm::Html),
            ("<HTML lang=zh><title>某某局</title>", InputForm::Html),
            ("某某局\n<p>一、总体情况</p>", InputForm::Html),
            (
                "某某局\n<table><tr><td>1</td></tr></table>",
                InputForm::Html,
            ),
            // A tag with no closing tag anywhere, or no block tag: text.
            ("某某局 <table 见附表", InputForm::Text),
            ("某某局 <b>加粗</b>", InputForm::Text),
            ("a < b 且 c > d </ 不是标签", InputForm::Text),
        ] {
            assert_eq!(
                source_text(input.as_bytes()).unwrap().form,
                form,
                "{input:?}"
            );
        }
    }

    #[cfg(not(feature = "html"))]
    #[test]
    fn html_without_the_feature_is_refused_naming_the_line_its_markup_starts() {
        for (input, line) in [
            (
                "某某局2022年报告\n说明\n<p>一、总体情况</p>\n<div>二</div>",
                3,
            ),
            ("\n\n  <!DOCTYPE html>\n<title>某某局</title>", 3),
        ] {
            assert_eq!(
                parse(input, &ParseOptions::default()),
                Err(ParseError::HtmlFeatureMissing { line })
            );
        }
    }

    #[test]
    fn the_largest_text_is_read_and_one_byte_more_is_not() {
        let mut input = " ".repeat(MAX_INPUT);
        assert_eq!(
            parse(&input, &ParseOptions::default()),
            Err(ParseError::Empty)
        );
        input.push(' ');
        assert_eq!(
            parse(&input, &ParseOptions::default()),
            Err(ParseError::TooLarge {
                size: MAX_INPUT + 1,
                limit: MAX_INPUT
            })
        );
    }

    #[cfg(feature = "pdf")]
    #[test]
    fn a_pdf_source_is_its_laid_out_text() {
        let pdf = include_bytes!("fixtures/pdf/002_luohe_huizu_2022.pdf");
        let source = source_text(pdf).unwrap();
        assert_eq!(source.form, InputForm::Pdf);
        assert!(
            source
                .text
                .contains("漯河回族区城市管理局2022年政府信息公开工作年度报告")
        );
        let parsed = source.parse(&ParseOptions::default()).unwrap();
        assert_eq!(
            parsed,
            ogi_report::parse::parse_pdf(pdf, &ParseOptions::default()).unwrap()
        );
        // Its spans are in that text.
        let span = parsed.span("/proactive/penalties/decisions").unwrap();
        assert_eq!(&source.text[span.start..span.end], "67");
    }
}

/// A 2019 report that prints （六） itemized, as the 2021 format does, reads back with it
/// itemized, and its single row is not reported missing (nor the three rows in a 2021
/// report that prints it as one row).
#[test]
fn other_handling_in_the_other_form_is_read_and_not_reported_missing() {
    use ogi_report::requests::OtherHandling;
    let other = |r: &Report| -> OtherHandling {
        match r {
            Report::Format2021(r) => r.requests.outcomes.other_handling.clone(),
            Report::Format2019(r) => r.requests.outcomes.other_handling.clone(),
            _ => unreachable!(),
        }
    };
    let (itemized, single) = (other(&reference::seed_002()), other(&reference::seed_003()));
    assert!(matches!(itemized, OtherHandling::Itemized(_)));
    assert!(matches!(single, OtherHandling::SingleRow(_)));
    let mut r2019 = reference::seed_003();
    if let Report::Format2019(r) = &mut r2019 {
        r.requests.outcomes.other_handling = itemized;
    }
    let mut r2021 = reference::seed_002();
    if let Report::Format2021(r) = &mut r2021 {
        r.requests.outcomes.other_handling = single;
    }
    for report in [r2019, r2021] {
        for rendered in [render::text(&report), render::markdown(&report)] {
            round_trip(&report, &rendered);
            let parsed = parse(&rendered, &ParseOptions::default()).unwrap();
            let truncated: Vec<_> = parsed
                .findings
                .iter()
                .filter(|f| f.finding.rule == Rule::ParseTableTruncated)
                .map(|f| f.finding.message.en.clone())
                .collect();
            assert_eq!(truncated, Vec::<String>::new(), "{rendered}");
        }
    }
}

/// A cell printing two numbers apart by a space ("6 7") holds them raw, as printed: they are
/// not run together into 67.
#[test]
fn numbers_apart_by_a_space_in_a_cell_are_raw() {
    let text = SEED_002.replacen("行政处罚\t67\t", "行政处罚\t6 7\t", 1);
    assert_ne!(text, SEED_002);
    let parsed = parse(&text, &ParseOptions::default()).unwrap();
    let Report::Format2021(r) = &parsed.report else {
        panic!("not 2021")
    };
    assert_eq!(
        r.proactive.penalties.decisions,
        ogi_report::Cell::Raw("6 7".to_owned())
    );
    let span = parsed
        .spans
        .iter()
        .find(|s| s.pointer == "/proactive/penalties/decisions")
        .unwrap();
    assert_eq!(&text[span.span.start..span.span.end], "6 7");
}

/// Cells run together with their labels in crawled text: the row's identities pick the one
/// reading of its digits, and digits that open the next row's label belong to it.
#[test]
fn run_together_rows_are_split_by_their_identities() {
    use ogi_report::catalogue::{ApplicantColumn, RequestRow};
    use ogi_report::layout::{CellAddress, RequestLine};
    let cell = |report: &Report, row: RequestRow, column: ApplicantColumn| {
        report
            .cell(CellAddress::Requests(RequestLine::Row(row), column))
            .and_then(|c| c.display())
    };
    let text = "某某局2022年政府信息公开工作年度报告\n\
        三、收到和处理政府信息公开申请情况\n\
        一、本年新收政府信息公开申请数量120000012\n\
        （三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开1000001\n\
        四、政府信息公开行政复议、行政诉讼情况\n\
        行政复议12000120000000000\n";
    let parsed = parse(text, &ParseOptions::default()).unwrap();
    let split: Vec<&str> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule == Rule::ParseDigitsSplit)
        .map(|f| f.finding.pointer.as_str())
        .collect();
    assert_eq!(
        split,
        [
            "/requests/new_received",
            "/requests/outcomes/withheld/state_secret",
            "/requests/outcomes/withheld/prohibited_by_law",
            "/review_litigation/review"
        ]
    );
    let r = &parsed.report;
    let row = |row: RequestRow| -> Vec<Option<String>> {
        ApplicantColumn::NATIONAL
            .iter()
            .map(|c| cell(r, row, *c))
            .collect()
    };
    let some =
        |v: &[&str]| -> Vec<Option<String>> { v.iter().map(|s| Some((*s).to_owned())).collect() };
    assert_eq!(
        row(RequestRow::NewReceived),
        some(&["12", "0", "0", "0", "0", "0", "12"])
    );
    assert_eq!(
        row(RequestRow::StateSecret),
        some(&["0", "0", "0", "0", "0", "0", "0"])
    );
    assert_eq!(
        row(RequestRow::ProhibitedByLaw),
        some(&["1", "0", "0", "0", "0", "0", "1"])
    );
    let review: Vec<Option<String>> = CellAddress::review()
        .map(|at| r.cell(at).and_then(|c| c.display()))
        .collect();
    let mut want = vec![Some("0".to_owned()); 15];
    want[0] = Some("12".to_owned());
    want[4] = Some("12".to_owned());
    // 17 digits for 15 cells: only the block totals (upheld + corrected + other + pending =
    // total, in each of the three blocks) leave this one reading.
    assert_eq!(review, want);
}

/// A whole group of rows crawled into one line is split, up to 4 KiB of text (the whole of
/// part 三 fits); a longer line is not split, and nothing in it is read.
#[test]
fn a_table_crawled_into_one_line_is_split_up_to_its_limit() {
    let rows = [
        "1.属于国家秘密",
        "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”",
        "4.保护第三方合法权益",
        "5.属于三类内部事务信息",
        "6.属于四类过程性信息",
        "7.属于行政执法案卷",
        "8.属于行政查询事项",
    ];
    let head = "某某局2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
    let mut line = String::from("三、本年度办理结果（三）不予公开");
    for row in rows {
        line += row;
        line += "1000001";
    }
    let split = |text: &str| {
        parse(text, &ParseOptions::default())
            .unwrap()
            .findings
            .iter()
            .filter(|f| f.finding.rule == Rule::ParseDigitsSplit)
            .count()
    };
    assert_eq!(split(&format!("{head}{line}\n")), 8);
    // Padded with digits to the limit: the last row's digits run on into the padding and
    // have no reading, the other seven are split. One byte more: nothing is.
    let pad = |to: usize, line: &str| format!("{line}{}", "9".repeat(to - line.len()));
    assert_eq!(split(&format!("{head}{}\n", pad(4096, &line))), 7);
    assert_eq!(split(&format!("{head}{}\n", pad(4097, &line))), 0);
}

/// Digits after a part 二 label, for a row of several cells, are one cell's value as much
/// as one digit a cell: "949" for three cells is not read as 9, 4 and 9, since part 二 has no
/// total to tell. Digits that cannot be fewer numbers ("000") are split.
#[test]
fn a_lone_number_for_several_cells_is_not_split_into_digits() {
    let text = "某某局2022年政府信息公开工作年度报告\n\
        二、主动公开政府信息情况\n\
        第二十条第（一）项\n\
        信息内容 本年制发件数 本年废止件数 现行有效件数\n\
        规章 949\n\
        规范性文件 000\n";
    let parsed = parse(text, &ParseOptions::default()).unwrap();
    let row = |prefix: &str| -> Vec<Option<String>> {
        parsed
            .report
            .cells()
            .filter(|(at, _)| at.pointer().starts_with(prefix))
            .map(|(_, c)| c.display())
            .collect()
    };
    // Each cell raw, as printed, with the readings that remain.
    let raw = Some("949".to_owned());
    assert_eq!(
        row("/proactive/regulations/"),
        [raw.clone(), raw.clone(), raw]
    );
    let zero = Some("0".to_owned());
    assert_eq!(
        row("/proactive/normative_documents/"),
        [zero.clone(), zero.clone(), zero]
    );
    let ambiguous: Vec<(&str, &str)> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule == Rule::ParseAmbiguousDigits)
        .map(|f| (f.finding.pointer.as_str(), f.finding.message.en.as_str()))
        .collect();
    assert_eq!(
        ambiguous,
        [(
            "/proactive/regulations",
            "the run-together digits \"949\" cannot be split into 3 cells one way only and are kept raw; it also reads as 949 with the other cells blank"
        )]
    );
}

/// The edition comes from the columns of the part 二 tables before the report year: seed
/// 003's 2019-format tables under a title dated 2021 read as the 2019 format, and say why.
#[test]
fn the_edition_comes_from_the_part_two_columns_before_the_year() {
    let text = SEED_003.replace("2019年", "2021年");
    assert_ne!(text, SEED_003);
    let options = ParseOptions::default().with_agency("聊城市城管局");
    let parsed = parse(&text, &options).unwrap();
    assert_eq!(
        parsed.report.edition(),
        ogi_report::catalogue::Edition::Format2019
    );
    assert_eq!(
        parsed.report.meta().report_year.map(|y| y.get()),
        Some(2021)
    );
    let inferred: Vec<&str> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule == Rule::ParseEditionInferred)
        .map(|f| f.finding.message.en.as_str())
        .collect();
    assert_eq!(
        inferred,
        ["the edition format_2019 was inferred from the columns of the part 二 tables"]
    );
}

/// A Word dump marks its blank cells, so its review row keeps its order: a block that does
/// not add up is committed as printed, and the validator reports the agency's sums.
#[test]
fn a_review_block_that_does_not_add_up_is_read_as_printed_where_blanks_are_marked() {
    let lines: Vec<&str> = SEED_003.split('\n').collect();
    assert_eq!(lines[383], "\t0");
    let mut changed = lines.clone();
    changed[383] = "\t1";
    let text = changed.join("\n");
    let options = ParseOptions::default().with_agency("聊城市城管局");
    let parsed = parse(&text, &options).unwrap();
    let review = parsed.report.review_litigation().unwrap();
    assert_eq!(review.review.upheld.as_u64(), Some(1));
    assert_eq!(review.review.total.as_u64(), Some(0));
    let errors: Vec<String> = ogi_report::validate(&parsed.report)
        .findings
        .iter()
        .filter(|f| f.rule == Rule::ReviewLitigationBlockTotal)
        .map(|f| f.pointer.clone())
        .collect();
    assert_eq!(errors, ["/review_litigation/review/total"]);
}

/// A row whose label and digits run together ("（二）部分公开 0000000") is split by its
/// identities: seven zeros are one zero a cell; "949" has no one reading for seven cells and is
/// kept raw in each, with the reason.
#[test]
fn a_label_and_its_digits_run_together_are_split_or_kept_raw() {
    use ogi_report::parse::Placement;
    let row = "\t(二) 部分公开(区分处理的,只计这一情形,不计其他情形)\t\t0\t0\t0\t0\t0\t0\t0\t\n";
    assert!(SEED_002.contains(row));
    let pointer = "/requests/outcomes/partially_disclosed";
    let read = |printed: &str| {
        let line = format!("(二) 部分公开(区分处理的,只计这一情形,不计其他情形) {printed}\n");
        let parsed = parse(&SEED_002.replacen(row, &line, 1), &ParseOptions::default()).unwrap();
        let cells: Vec<(Option<String>, bool, Option<Placement>)> = parsed
            .spans
            .iter()
            .filter(|s| {
                s.pointer.starts_with(pointer) && s.kind == ogi_report::parse::SpanKind::Cell
            })
            .map(|s| {
                let (_, cell) = parsed
                    .report
                    .cells()
                    .find(|(at, _)| at.pointer() == s.pointer)
                    .unwrap();
                (cell.display(), cell.raw().is_some(), s.placement)
            })
            .collect();
        let found: Vec<String> = parsed
            .findings
            .iter()
            .filter(|f| f.finding.pointer == pointer)
            .map(|f| f.finding.message.en.clone())
            .collect();
        (cells, found)
    };
    let (cells, found) = read("0000000");
    assert_eq!(
        cells,
        vec![(Some("0".to_owned()), false, Some(Placement::Split)); 7]
    );
    assert_eq!(
        found,
        ["the run-together digits \"0000000\" read one way only as 7 numbers: 0, 0, 0, 0, 0, 0, 0"]
    );
    let (cells, found) = read("949");
    assert_eq!(
        cells,
        vec![(Some("949".to_owned()), true, Some(Placement::Order)); 7]
    );
    assert_eq!(
        found,
        [
            "the run-together digits \"949\" cannot be split into 7 cells one way only and are kept raw; no reading the table's identities allow"
        ]
    );
}

/// A part 二 row has no identity to hold its digits: "123" for three cells is 1, 2 and 3,
/// or 123 with two cells blank, and stays raw with both readings said; "000" can only be
/// three zeros.
#[test]
fn digits_run_together_in_a_row_with_no_identity_are_split_only_when_no_fewer_numbers_read_them() {
    let row = "规章\t0\t0\t0\n";
    assert!(SEED_002.contains(row));
    let read = |printed: &str| {
        let parsed = parse(
            &SEED_002.replacen(row, &format!("规章{printed}\n"), 1),
            &ParseOptions::default(),
        )
        .unwrap();
        let cells: Vec<Option<String>> = parsed
            .report
            .cells()
            .filter(|(at, _)| at.row_pointer() == "/proactive/regulations")
            .map(|(_, c)| c.display())
            .collect();
        let found: Vec<(Rule, String)> = parsed
            .findings
            .iter()
            .filter(|f| f.finding.pointer == "/proactive/regulations")
            .map(|f| (f.finding.rule, f.finding.message.en.clone()))
            .collect();
        (cells, found)
    };
    let (cells, found) = read("123");
    assert_eq!(
        cells,
        [
            Some("123".to_owned()),
            Some("123".to_owned()),
            Some("123".to_owned())
        ]
    );
    assert_eq!(
        found,
        [(
            Rule::ParseAmbiguousDigits,
            "the run-together digits \"123\" cannot be split into 3 cells one way only and are kept raw; it also reads as 123 with the other cells blank".to_owned()
        )]
    );
    let (cells, found) = read("000");
    assert_eq!(
        cells,
        [
            Some("0".to_owned()),
            Some("0".to_owned()),
            Some("0".to_owned())
        ]
    );
    assert_eq!(found[0].0, Rule::ParseDigitsSplit);
}

/// A part 三 row whose digits the row total splits eleven ways lists ten readings and marks
/// the rest with "…".
#[test]
fn more_than_ten_readings_are_cut_with_an_ellipsis() {
    let text = "某某局2022年政府信息公开工作年度报告\n\
        三、收到和处理政府信息公开申请情况\n\
        一、本年新收政府信息公开申请数量 22311222161\n";
    let parsed = parse(text, &ParseOptions::default()).unwrap();
    let messages: Vec<&str> = parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule == Rule::ParseAmbiguousDigits)
        .map(|f| f.finding.message.en.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "the run-together digits \"22311222161\" cannot be split into 7 cells one way only and are kept raw; readings that remain: 2/2/3/11/22/21/61; 2/23/1/12/2/21/61; 2/23/1/12/22/1/61; 2/23/11/2/2/21/61; 2/23/11/2/22/1/61; 2/23/11/22/2/1/61; 22/3/1/12/2/21/61; 22/3/1/12/22/1/61; 22/3/11/2/2/21/61; 22/3/11/2/22/1/61…"
        ]
    );
}
