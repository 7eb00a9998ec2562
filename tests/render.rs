//! Rendering: snapshots of every seed in every output, and the HTML structure read back with
//! a real HTML parser.

use std::collections::{BTreeMap, BTreeSet};

use ogi_report::findings::{Severity, Validation};
use ogi_report::render::{self, Format, Html};
use ogi_report::{Report, validate};
use scraper::{ElementRef, Html as Parsed, Selector};

const SEEDS: [(&str, &str); 5] = [
    (
        "000",
        include_str!("fixtures/reports/000_xinyang_2018.json"),
    ),
    (
        "001",
        include_str!("fixtures/reports/001_hengyang_yanfeng_2017.json"),
    ),
    (
        "002",
        include_str!("fixtures/reports/002_luohe_huizu_2022.json"),
    ),
    (
        "003",
        include_str!("fixtures/reports/003_liaocheng_2019.json"),
    ),
    (
        "004",
        include_str!("fixtures/reports/004_qingdao_2018.json"),
    ),
];
const PLANTED: &str = include_str!("fixtures/planted/002_luohe_huizu_2022_planted.json");

fn seed(name: &str) -> Report {
    let (_, json) = SEEDS.iter().find(|(n, _)| *n == name).unwrap();
    Report::from_json(json).unwrap()
}

fn select<'a>(element: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    element
        .select(&Selector::parse(selector).unwrap())
        .collect()
}

fn page(report: &Report, findings: &Validation) -> Parsed {
    let html = Html::new(report).with_findings(findings).page();
    let parsed = Parsed::parse_document(&html);
    assert!(
        parsed.errors.is_empty(),
        "HTML5 parse errors: {:?}",
        parsed.errors
    );
    parsed
}

fn attr(element: ElementRef<'_>, name: &str) -> usize {
    element.value().attr(name).map_or(1, |v| v.parse().unwrap())
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

/// The table with this id.
fn table<'a>(doc: &'a Parsed, id: &str) -> ElementRef<'a> {
    let found = select(doc.root_element(), &format!("table#ogi-table-{id}"));
    assert_eq!(found.len(), 1, "{id}");
    found[0]
}

/// Places every cell of a table by its spans, as a browser does, and returns each row's
/// width: a well-formed table has every row exactly as wide as the table, with no cell
/// overlapping another.
fn row_widths(table: ElementRef<'_>) -> Vec<usize> {
    let rows = select(table, "tr");
    let mut taken: Vec<Vec<bool>> = vec![Vec::new(); rows.len()];
    for (r, row) in rows.iter().enumerate() {
        let mut c = 0;
        for cell in select(*row, "th, td") {
            while taken[r].get(c).copied().unwrap_or(false) {
                c += 1;
            }
            for line in taken.iter_mut().skip(r).take(attr(cell, "rowspan")) {
                for slot in c..c + attr(cell, "colspan") {
                    if line.len() <= slot {
                        line.resize(slot + 1, false);
                    }
                    assert!(!line[slot], "cells overlap at column {slot}");
                    line[slot] = true;
                }
            }
            c += attr(cell, "colspan");
        }
    }
    taken
        .iter()
        .map(|line| line.iter().filter(|t| **t).count())
        .collect()
}

#[test]
fn snapshots_of_every_seed_in_every_output() {
    for (name, json) in SEEDS {
        let report = Report::from_json(json).unwrap();
        let findings = validate(&report);
        insta::assert_snapshot!(format!("render_{name}_markdown"), render::markdown(&report));
        insta::assert_snapshot!(format!("render_{name}_text"), render::text(&report));
        insta::assert_snapshot!(
            format!("render_{name}_html"),
            Html::new(&report).with_findings(&findings).fragment()
        );
    }
}

#[test]
fn every_table_of_every_seed_is_well_formed_html() {
    for (name, json) in SEEDS.iter().copied().chain([("planted", PLANTED)]) {
        let report = Report::from_json(json).unwrap();
        let doc = page(&report, &validate(&report));
        let tables = select(doc.root_element(), "table");
        for table in tables {
            let widths = row_widths(table);
            let width = widths[0];
            assert!(
                widths.iter().all(|w| *w == width),
                "{name} {:?}: {widths:?}",
                table.value().attr("id")
            );
        }
    }
}

#[test]
fn the_2021_matrix_has_the_official_spans() {
    let report = seed("002");
    let doc = page(&report, &validate(&report));
    let matrix = table(&doc, "requests");
    assert_eq!(select(matrix, "thead tr").len(), 3);
    assert_eq!(select(matrix, "tbody tr").len(), 25);
    assert_eq!(row_widths(matrix), vec![10; 28]);
    let note = select(matrix, "thead th.ogi-note");
    assert_eq!(note.len(), 1);
    assert_eq!(
        text(note[0]),
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    );
    assert_eq!((attr(note[0], "rowspan"), attr(note[0], "colspan")), (3, 3));
    let spans: BTreeMap<String, (usize, usize)> = select(matrix, "th")
        .into_iter()
        .filter(|th| attr(*th, "rowspan") > 1 || attr(*th, "colspan") > 1)
        .map(|th| (text(th), (attr(th, "rowspan"), attr(th, "colspan"))))
        .collect();
    let expected: BTreeMap<String, (usize, usize)> = [
        (
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            (3, 3),
        ),
        ("申请人情况", (1, 7)),
        ("自然人", (2, 1)),
        ("法人或其他组织", (1, 5)),
        ("总计", (2, 1)),
        ("一、本年新收政府信息公开申请数量", (1, 3)),
        ("二、上年结转政府信息公开申请数量", (1, 3)),
        ("三、本年度办理结果", (22, 1)),
        ("（一）予以公开", (1, 2)),
        (
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            (1, 2),
        ),
        ("（三）不予公开", (8, 1)),
        ("（四）无法提供", (3, 1)),
        ("（五）不予处理", (5, 1)),
        ("（六）其他处理", (3, 1)),
        ("（七）总计", (1, 2)),
        ("四、结转下年度继续办理", (1, 3)),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(spans, expected);
    // every value cell names the cell it shows
    let first = select(matrix, "tbody td")[0];
    assert_eq!(
        first.value().attr("data-pointer"),
        Some("/requests/new_received/natural_person")
    );
    assert_eq!(select(matrix, "tbody td").len(), 25 * 7);
}

#[test]
fn the_2019_matrix_prints_other_handling_as_one_row() {
    let report = seed("003");
    let doc = page(&report, &validate(&report));
    let matrix = table(&doc, "requests");
    assert_eq!(select(matrix, "tbody tr").len(), 23);
    let outcomes = select(matrix, "th")
        .into_iter()
        .find(|th| text(*th) == "三、本年度办理结果")
        .unwrap();
    assert_eq!(attr(outcomes, "rowspan"), 20);
    let other = select(matrix, "th")
        .into_iter()
        .find(|th| text(*th) == "（六）其他处理")
        .unwrap();
    assert_eq!((attr(other, "rowspan"), attr(other, "colspan")), (1, 2));
    let cell = select(
        matrix,
        "td[data-pointer=\"/requests/outcomes/other_handling/row/total\"]",
    );
    assert_eq!(cell.len(), 1);
    assert_eq!(text(cell[0]), "0");
}

#[test]
fn the_review_table_has_two_header_levels_over_fifteen_cells() {
    let report = seed("002");
    let doc = page(&report, &validate(&report));
    let review = table(&doc, "review_litigation");
    let rows = select(review, "tr");
    assert_eq!(rows.len(), 4);
    let heads: Vec<(String, usize, usize)> = select(rows[0], "th")
        .into_iter()
        .chain(select(rows[1], "th"))
        .map(|th| (text(th), attr(th, "rowspan"), attr(th, "colspan")))
        .collect();
    assert_eq!(
        heads,
        vec![
            ("行政复议".to_owned(), 2, 5),
            ("行政诉讼".to_owned(), 1, 10),
            ("未经复议直接起诉".to_owned(), 1, 5),
            ("复议后起诉".to_owned(), 1, 5),
        ]
    );
    let labels: Vec<String> = select(rows[2], "th").into_iter().map(text).collect();
    assert_eq!(
        labels,
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].repeat(3)
    );
    let pointers: Vec<&str> = select(rows[3], "td")
        .into_iter()
        .map(|td| td.value().attr("data-pointer").unwrap())
        .collect();
    assert_eq!(pointers.len(), 15);
    assert_eq!(pointers[0], "/review_litigation/review/upheld");
    assert_eq!(
        pointers[14],
        "/review_litigation/litigation_after_review/total"
    );
}

/// The planted report: every cell an error is about is flagged, every cell the failing rules
/// read is marked as involved, and the list links to the flagged cells.
#[test]
fn findings_are_marked_on_their_cells_and_listed() {
    let report = Report::from_json(PLANTED).unwrap();
    let findings = validate(&report);
    let doc = page(&report, &findings);
    let root = doc.root_element();
    let pointers = |selector: &str| -> BTreeSet<String> {
        select(root, selector)
            .into_iter()
            .map(|td| td.value().attr("data-pointer").unwrap().to_owned())
            .collect()
    };
    let flagged = pointers("td.ogi-flagged");
    assert_eq!(
        flagged,
        [
            "/requests/carried_over/total",
            "/requests/outcomes/total/natural_person",
            "/requests/outcomes/total/total",
            "/requests/carried_forward/natural_person",
            "/requests/carried_forward/total",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect()
    );
    assert_eq!(pointers("td.ogi-error"), flagged);
    assert!(pointers("td.ogi-warning").is_empty());
    // involved: what the failing rules read, less the flagged cells themselves
    let serious = findings
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Notice);
    let read: BTreeSet<String> = serious
        .flat_map(|f| f.operands.iter().map(|o| o.pointer.clone()))
        .filter(|p| !flagged.contains(p))
        .collect();
    assert_eq!(pointers("td.ogi-involved"), read);
    assert_eq!(read.len(), 50);
    // the tooltip names the rule and the expected value
    let balance = select(root, "td[data-pointer=\"/requests/carried_forward/total\"]")[0];
    assert_eq!(
        balance.value().attr("title"),
        Some(
            "错误 [requests.balance] 「总计」列勾稽关系不平衡：第一项加第二项之和为5，第三项加第四项之和为0。（应为 5）"
        )
    );
    assert_eq!(
        balance.value().attr("id"),
        Some("ogi-cell-requests-carried_forward-total")
    );
    // the list: one item per finding; errors linked to their cells
    let items = select(root, "section.ogi-findings li");
    assert_eq!(items.len(), findings.findings.len());
    let links: Vec<&str> = select(root, "section.ogi-findings a")
        .into_iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(links.len(), 8);
    for link in links {
        let id = link.strip_prefix('#').unwrap();
        assert_eq!(select(root, &format!("[id=\"{id}\"]")).len(), 1, "{link}");
    }
    // notices are listed (folded), not marked
    assert_eq!(select(root, "details.ogi-notices li").len(), 3);
    assert_eq!(
        pointers("td.ogi-blank"),
        BTreeSet::from(["/proactive/licensing/decisions".to_owned()])
    );
    assert_eq!(
        pointers("td.ogi-raw"),
        BTreeSet::from(["/review_litigation/review/other".to_owned()])
    );
}

#[test]
fn a_clean_report_has_nothing_marked() {
    let report = seed("002");
    let doc = page(&report, &validate(&report));
    let root = doc.root_element();
    assert!(select(root, ".ogi-flagged, .ogi-involved").is_empty());
    assert_eq!(
        text(select(root, "p.ogi-tally")[0]),
        "错误 0 · 警告 0 · 提示 0"
    );
    assert!(select(root, "section.ogi-findings li").is_empty());
    // without findings there is no findings section at all
    let plain = Parsed::parse_document(&Html::new(&report).page());
    assert!(select(plain.root_element(), "section.ogi-findings").is_empty());
}

#[test]
fn blanks_raw_text_and_money_render_as_held() {
    let report = seed("003");
    let doc = page(&report, &validate(&report));
    let cell = |pointer: &str| {
        let found = select(
            doc.root_element(),
            &format!("td[data-pointer=\"{pointer}\"]"),
        );
        assert_eq!(found.len(), 1, "{pointer}");
        (
            text(found[0]),
            found[0].value().attr("class").map(str::to_owned),
        )
    };
    assert_eq!(
        cell("/requests/new_received/commercial_enterprise"),
        (String::new(), Some("ogi-blank".to_owned()))
    );
    assert_eq!(
        cell("/requests/new_received/natural_person"),
        ("2".to_owned(), None)
    );
    assert_eq!(
        cell("/proactive/penalties/items_change"),
        ("减".to_owned(), Some("ogi-raw".to_owned()))
    );
    assert_eq!(
        cell("/proactive/procurement/total_amount"),
        ("48359.899368".to_owned(), None)
    );
    let headers: Vec<String> = select(table(&doc, "proactive"), "th")
        .into_iter()
        .map(text)
        .collect();
    assert!(
        headers.contains(&"采购总金额（单位：万元）".to_owned()),
        "{headers:?}"
    );

    let fee = seed("002");
    let text_out = render::text(&fee);
    assert!(text_out.contains("\n行政事业性收费\t27.2500\t\t\n"));
    let markdown = render::markdown(&fee);
    assert!(markdown.contains("\n| 行政事业性收费 | 27.2500 |\n"));
}

#[test]
fn markdown_flattens_spans_into_label_and_header_paths() {
    let markdown = render::markdown(&seed("002"));
    let lines: Vec<&str> = markdown.lines().collect();
    let header = lines
        .iter()
        .position(|l| l.starts_with("| （本列数据的勾稽关系为"))
        .unwrap();
    assert_eq!(
        lines[header],
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 法人或其他组织 › 商业企业 | 法人或其他组织 › 科研机构 | 法人或其他组织 › 社会公益组织 | 法人或其他组织 › 法律服务机构 | 法人或其他组织 › 其他 | 总计 |"
    );
    assert_eq!(
        lines[header + 1],
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    // 25 data rows follow, each eight cells wide
    let rows: Vec<&str> = lines[header + 2..]
        .iter()
        .take_while(|l| l.starts_with('|'))
        .copied()
        .collect();
    assert_eq!(rows.len(), 25);
    assert!(
        rows.iter().all(|r| r.matches(" |").count() == 8),
        "{rows:#?}"
    );
    assert_eq!(
        rows[4],
        "| 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    );
    assert!(markdown.contains("\n| 行政复议 › 结果维持 | 行政复议 › 结果纠正 |"));
    assert!(markdown.contains(" 行政诉讼 › 复议后起诉 › 总计 |\n"));
    // the six parts, under their headings
    let headings: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("## "))
        .copied()
        .collect();
    assert_eq!(
        headings,
        [
            "## 一、总体情况",
            "## 二、主动公开政府信息情况",
            "## 三、收到和处理政府信息公开申请情况",
            "## 四、政府信息公开行政复议、行政诉讼情况",
            "## 五、存在的主要问题及改进情况",
            "## 六、其他需要报告的事项",
        ]
    );
}

#[test]
fn text_tables_are_tab_separated_rows_as_wide_as_the_table() {
    let text_out = render::text(&seed("002"));
    let lines: Vec<&str> = text_out.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("（本列数据的勾稽关系为"))
        .unwrap();
    let table: Vec<&str> = lines[start..start + 28].to_vec();
    assert!(
        table.iter().all(|l| l.matches('\t').count() == 9),
        "{table:#?}"
    );
    assert_eq!(
        table[5],
        "三、本年度办理结果\t（一）予以公开\t\t0\t0\t0\t0\t0\t0\t0"
    );
    assert_eq!(
        table[7],
        "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0"
    );
    assert_eq!(
        table[8],
        "\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0"
    );
    assert_eq!(lines[start + 28], "");
    assert_eq!(lines[start + 29], "四、政府信息公开行政复议、行政诉讼情况");
}

#[test]
fn text_is_escaped_in_html_and_markdown() {
    let mut doc: serde_json::Value = serde_json::from_str(PLANTED).unwrap();
    let hostile = "<script>alert(\"x\")</script> & 'co' *bold* [link](x) | pipe";
    doc["meta"]["agency"] = hostile.into();
    doc["other_matters"]["text"] = "# not a heading\n1. not a list\n- nor this".into();
    doc["review_litigation"]["review"]["other"] = serde_json::json!({"raw": "<b>/</b>"});
    let report = Report::from_value(&doc).unwrap();
    let parsed = page(&report, &validate(&report));
    let root = parsed.root_element();
    assert!(select(root, "script, b").is_empty());
    let fields: Vec<String> = select(root, "dl.ogi-fields dd")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(fields[0], hostile);
    let raw = select(root, "td[data-pointer=\"/review_litigation/review/other\"]")[0];
    assert_eq!(text(raw), "<b>/</b>");
    let markdown = render::markdown(&report);
    assert!(markdown.contains(
        r#"- 机关名称：\<script\>alert("x")\</script\> \& 'co' \*bold\* \[link\](x) \| pipe"#
    ));
    assert!(markdown.contains("\n\\# not a heading\n\n1\\. not a list\n\n\\- nor this\n"));
}

#[test]
fn a_heading_the_report_did_not_record_is_supplied_in_brackets() {
    let mut report = seed("002");
    if let Report::Format2021(r) = &mut report {
        r.problems.heading = None;
    }
    assert!(render::text(&report).contains("\n[五、存在的主要问题及改进情况]\n"));
    assert!(render::markdown(&report).contains("\n## \\[五、存在的主要问题及改进情况\\]\n"));
    let doc = Parsed::parse_document(&render::html(&report));
    let supplied = select(doc.root_element(), "h2.ogi-supplied");
    assert_eq!(supplied.len(), 1);
    assert_eq!(text(supplied[0]), "五、存在的主要问题及改进情况");
}

#[test]
fn the_2008_figures_are_tables_numbered_by_breakdown() {
    let report = seed("000");
    let doc = page(&report, &validate(&report));
    let tables = select(doc.root_element(), "table");
    assert!(!tables.is_empty());
    // one table per part that states figures, numbered through its breakdowns
    let numbers = |table: ElementRef<'_>| -> Vec<String> {
        select(table, "tbody th[scope=\"row\"]")
            .into_iter()
            .map(text)
            .collect()
    };
    assert_eq!(tables.len(), 5);
    assert_eq!(
        numbers(tables[1]),
        [
            "1", "1.1", "1.2", "1.3", "1.4", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
            "12"
        ]
    );
    assert_eq!(numbers(tables[4]), ["1", "2", "2.1", "2.2", "3"]);
    // each figure's value cell carries the figure's own pointer, where findings point; a
    // breakdown's parts carry theirs below it
    let pointers: Vec<&str> = select(tables[4], "td")
        .into_iter()
        .filter_map(|td| td.value().attr("data-pointer"))
        .filter(|p| {
            !p.rsplit('/')
                .next()
                .unwrap()
                .chars()
                .any(|c| c.is_ascii_lowercase())
        })
        .collect();
    assert_eq!(
        pointers,
        [
            "/parts/4/figures/0",
            "/parts/4/figures/1",
            "/parts/4/figures/1/parts/0",
            "/parts/4/figures/1/parts/1",
            "/parts/4/figures/2",
        ]
    );
    let headers: Vec<String> = select(tables[0], "thead th")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        headers,
        [
            "序号",
            "数据项",
            "原文",
            "数值",
            "单位",
            "数据限定",
            "关键数据"
        ]
    );
}

#[test]
fn fragments_are_embeddable_and_prefixable() {
    let report = Report::from_json(PLANTED).unwrap();
    let findings = validate(&report);
    let fragment = Html::new(&report)
        .with_findings(&findings)
        .id_prefix("r2022")
        .fragment();
    assert!(fragment.starts_with("<article class=\"ogi-report\" id=\"r2022\" lang=\"zh-CN\">"));
    assert!(!fragment.contains("<style>") && !fragment.contains("<html"));
    let parsed = Parsed::parse_fragment(&fragment);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let ids: Vec<&str> = select(parsed.root_element(), "[id]")
        .into_iter()
        .map(|e| e.value().attr("id").unwrap())
        .collect();
    assert!(ids.iter().all(|id| id.starts_with("r2022")), "{ids:?}");
    let unique: BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "ids are unique");
}

#[test]
fn formats_parse_and_render() {
    assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
    assert_eq!("html".parse::<Format>(), Ok(Format::Html));
    assert_eq!("txt".parse::<Format>(), Ok(Format::Text));
    assert_eq!(
        "pdf".parse::<Format>().unwrap_err().to_string(),
        "unknown format \"pdf\"; expected one of \"markdown\", \"html\", \"text\""
    );
    let report = seed("003");
    assert_eq!(Format::Text.render(&report), render::text(&report));
    assert_eq!(Format::Html.render(&report), Html::new(&report).page());
    assert_eq!(Format::ALL.map(Format::extension), ["md", "html", "txt"]);
}

/// Local template variants keep a well-formed table: a group's own (subtotal) row, the
/// 法人或其他组织 subtotal column printed by some rows only, and （六） printed as one row.
#[test]
fn local_variants_keep_the_table_well_formed() {
    let mut doc: serde_json::Value = serde_json::from_str(SEEDS[2].1).unwrap();
    let row = doc["requests"]["new_received"].clone();
    doc["requests"]["outcomes"]["withheld"]["subtotal"] = row.clone();
    doc["requests"]["outcomes"]["other_handling"] = serde_json::json!({ "row": row });
    doc["requests"]["new_received"]["organization_subtotal"] = serde_json::json!(0);
    let mut report = Report::from_value(&doc).unwrap();
    // JSON gives the printed column to every row; a model built in code may give it to one.
    if let Report::Format2021(r) = &mut report {
        let table = &mut r.requests;
        for row in ogi_report::catalogue::RequestRow::ALL {
            if *row != ogi_report::catalogue::RequestRow::NewReceived {
                if let Some(row) = table.row_mut(*row) {
                    row.organization_subtotal = None;
                }
            }
        }
        for group in ogi_report::catalogue::RequestGroup::ALL {
            if let Some(row) = table.group_row_mut(*group) {
                row.organization_subtotal = None;
            }
        }
    }
    let parsed = page(&report, &validate(&report));
    let matrix = table(&parsed, "requests");
    assert_eq!(select(matrix, "tbody tr").len(), 24);
    assert!(
        row_widths(matrix).iter().all(|w| *w == 11),
        "{:?}",
        row_widths(matrix)
    );
    let span_of = |label: &str| {
        let th = select(matrix, "th")
            .into_iter()
            .find(|th| text(*th) == label)
            .unwrap();
        (attr(th, "rowspan"), attr(th, "colspan"))
    };
    assert_eq!(span_of("三、本年度办理结果"), (21, 1));
    assert_eq!(span_of("（三）不予公开"), (9, 1));
    assert_eq!(span_of("（六）其他处理"), (1, 2));
    assert_eq!(span_of("法人或其他组织"), (1, 6));
    assert_eq!(span_of("申请人情况"), (1, 8));
    let subtotal = select(
        matrix,
        "td[data-pointer=\"/requests/outcomes/withheld/subtotal/total\"]",
    );
    assert_eq!(subtotal.len(), 1);
    assert_eq!(
        select(matrix, "td.ogi-absent").len(),
        23,
        "every row but 一 lacks the subtotal column"
    );
    let present = select(
        matrix,
        "td[data-pointer=\"/requests/new_received/organization_subtotal\"]",
    );
    assert_eq!(text(present[0]), "0");
    // Markdown and text stay rectangular too
    let markdown = render::markdown(&report);
    assert!(markdown.contains("| 三、本年度办理结果 › （三）不予公开 › 小计 | 0 |"));
    assert!(markdown.contains(" 法人或其他组织 › 小计 |"));
    let text_out = render::text(&report);
    assert!(text_out.contains("\n\t（三）不予公开\t小计\t0\t0\t0\t0\t0\t0\t\t0\n"));
}

#[test]
fn an_id_prefix_is_made_safe_for_attributes() {
    let report = seed("002");
    let fragment = Html::new(&report).id_prefix("a\"b c<").fragment();
    assert!(fragment.starts_with("<article class=\"ogi-report\" id=\"a_b_c_\" lang=\"zh-CN\">"));
    let fragment = Html::new(&report).id_prefix("").fragment();
    assert!(fragment.starts_with("<article class=\"ogi-report\" id=\"ogi\" lang=\"zh-CN\">"));
}

/// Every value cell of every seed shows exactly the value the report holds at its pointer,
/// and every value of the tables has its cell: nothing is lost or changed on the way to the
/// page, which is what a reader of these outputs needs to rebuild the report.
#[test]
fn every_cell_shows_the_value_at_its_pointer_and_every_value_has_a_cell() {
    use ogi_report::catalogue::KeyFigure;
    use ogi_report::regulation_2008::Qualifier;
    use serde_json::Value;

    for (name, json) in SEEDS.iter().copied().chain([("planted", PLANTED)]) {
        let report = Report::from_json(json).unwrap();
        let model: Value = serde_json::from_str(json).unwrap();
        let doc = page(&report, &validate(&report));
        let mut shown = BTreeSet::new();
        for td in select(doc.root_element(), "td[data-pointer]") {
            let pointer = td.value().attr("data-pointer").unwrap();
            // an optional field the report leaves out (a figure's unit or key) shows empty
            let held = model.pointer(pointer).unwrap_or(&Value::Null);
            let expected = match (pointer.rsplit('/').next().unwrap(), held) {
                (_, Value::Null) => String::new(),
                (_, Value::Object(o)) if o.contains_key("raw") => {
                    o["raw"].as_str().unwrap().to_owned()
                }
                // a 2008 figure: its value cell carries the figure's own pointer
                (_, Value::Object(o)) => o["value"].as_str().unwrap().to_owned(),
                ("qualifier", Value::String(id)) => {
                    let q: Qualifier = serde_json::from_value(Value::String(id.clone())).unwrap();
                    q.label().to_owned()
                }
                ("key", Value::String(id)) => KeyFigure::from_id(id).unwrap().label().to_owned(),
                (_, Value::String(s)) => s.clone(),
                (_, other) => other.to_string(),
            };
            assert_eq!(text(td), expected, "{name}: {pointer}");
            shown.insert(pointer.to_owned());
        }
        // every cell of the three tables, every field of every figure
        let mut leaves = Vec::new();
        fn walk(value: &Value, at: String, leaves: &mut Vec<String>) {
            match value {
                Value::Object(o) if !o.contains_key("raw") => {
                    for (k, v) in o {
                        walk(v, format!("{at}/{k}"), leaves);
                    }
                }
                Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        walk(v, format!("{at}/{i}"), leaves);
                    }
                }
                _ => leaves.push(at),
            }
        }
        for part in ["proactive", "requests", "review_litigation", "parts"] {
            if let Some(value) = model.get(part) {
                walk(value, format!("/{part}"), &mut leaves);
            }
        }
        for leaf in leaves {
            let field = leaf.rsplit('/').next().unwrap();
            // prose and headings are rendered as text, the procurement unit in its header;
            // a figure's value is shown in the cell that carries the figure's pointer
            if [
                "heading",
                "text_before",
                "text_after",
                "text",
                "serves",
                "unit",
            ]
            .contains(&field)
                && !leaf.contains("/figures/")
            {
                continue;
            }
            let cell = leaf.strip_suffix("/value").unwrap_or(&leaf);
            assert!(shown.contains(cell), "{name}: {leaf} has no cell");
        }
    }
}
