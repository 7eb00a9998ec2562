//! Settle: what the table's identities prove, in the forms that print cells run together or
//! apart from their labels (`fixtures/settle/`, written in the forms real crawlers and
//! `pdftotext` leave). Each asserts its exact cells, how they were placed and proved, and
//! its parse findings; where nothing proves a reading, the cells stay blank or raw with the
//! finding that says why.

use ogi_report::findings::Rule;
use ogi_report::parse::{ParseOptions, Parsed, Placement, SpanKind, parse};

fn read(text: &str) -> Parsed {
    parse(text, &ParseOptions::default()).unwrap()
}

/// Each row of parts 三 and 四 with its cells as shown, "_" for a blank and the text in
/// brackets for a raw cell: "/requests/new_received: 5 0 0 0 0 0 5".
fn table(parsed: &Parsed) -> Vec<String> {
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    for (at, cell) in parsed.report.cells() {
        let pointer = at.pointer();
        if !(pointer.starts_with("/requests") || pointer.starts_with("/review_litigation")) {
            continue;
        }
        let shown = match (cell.raw(), cell.display()) {
            (Some(raw), _) => format!("[{raw}]"),
            (None, Some(value)) => value,
            (None, None) => "_".to_owned(),
        };
        let row = pointer[..pointer.rfind('/').unwrap()].to_owned();
        match rows.last_mut() {
            Some((r, cells)) if *r == row => cells.push(shown),
            _ => rows.push((row, vec![shown])),
        }
    }
    rows.into_iter()
        .map(|(row, cells)| format!("{row}: {}", cells.join(" ")))
        .collect()
}

/// The rows of a table, given as (row pointer, cells) for those that are not all zeros.
fn rows_with(given: &[(&str, &str)]) -> Vec<String> {
    const ROWS: [&str; 25] = [
        "/requests/new_received",
        "/requests/carried_over",
        "/requests/outcomes/disclosed",
        "/requests/outcomes/partially_disclosed",
        "/requests/outcomes/withheld/state_secret",
        "/requests/outcomes/withheld/prohibited_by_law",
        "/requests/outcomes/withheld/security_and_stability",
        "/requests/outcomes/withheld/third_party_rights",
        "/requests/outcomes/withheld/internal_affairs",
        "/requests/outcomes/withheld/process_information",
        "/requests/outcomes/withheld/enforcement_case_files",
        "/requests/outcomes/withheld/administrative_inquiry",
        "/requests/outcomes/unavailable/not_held",
        "/requests/outcomes/unavailable/requires_compilation",
        "/requests/outcomes/unavailable/unclear_after_amendment",
        "/requests/outcomes/not_processed/petition_or_complaint",
        "/requests/outcomes/not_processed/repeated",
        "/requests/outcomes/not_processed/publication",
        "/requests/outcomes/not_processed/excessive",
        "/requests/outcomes/not_processed/confirmation",
        "/requests/outcomes/other_handling/no_amendment",
        "/requests/outcomes/other_handling/fee_unpaid",
        "/requests/outcomes/other_handling/other",
        "/requests/outcomes/total",
        "/requests/carried_forward",
    ];
    let mut out: Vec<String> = ROWS
        .iter()
        .map(|row| {
            let cells = given
                .iter()
                .find(|(r, _)| r == row)
                .map_or("0 0 0 0 0 0 0", |(_, c)| c);
            format!("{row}: {cells}")
        })
        .collect();
    for block in ["review", "litigation_direct", "litigation_after_review"] {
        let row = format!("/review_litigation/{block}");
        let cells = given
            .iter()
            .find(|(r, _)| *r == row)
            .map_or("0 0 0 0 0", |(_, c)| c);
        out.push(format!("{row}: {cells}"));
    }
    out
}

/// The parse findings, but the edition inferred, as (rule, pointer, English message).
fn findings(parsed: &Parsed) -> Vec<(&'static str, String, String)> {
    parsed
        .findings
        .iter()
        .filter(|f| f.finding.rule != Rule::ParseEditionInferred)
        .map(|f| {
            (
                f.finding.rule.id(),
                f.finding.pointer.clone(),
                f.finding.message.en.clone(),
            )
        })
        .collect()
}

/// How the cells of a row were placed and proved: (placement, identities) per cell read.
fn evidence(parsed: &Parsed, row: &str) -> Vec<(Option<Placement>, Vec<&'static str>)> {
    parsed
        .spans
        .iter()
        .filter(|s| s.kind == SpanKind::Cell && s.pointer.starts_with(&format!("{row}/")))
        .map(|s| (s.placement, s.proved_by.iter().map(|r| r.id()).collect()))
        .collect()
}

/// A whole department report crawled into one line, every part 三 row printed as
/// "0 0 0 0 0 00": each leading zero of a run is a cell of its own, so every row has
/// exactly seven values, and the review row "10 0 1 200 0 0 0 0 0 0 00" has one reading
/// into 15 cells.
#[test]
fn runs_ending_in_00_are_read_cell_by_cell() {
    let parsed = read(include_str!("fixtures/settle/crawled_leading_zeros.txt"));
    let meta = parsed.report.meta();
    assert_eq!(meta.agency, "示例市交通运输局");
    assert_eq!(meta.report_year.map(|y| y.get()), Some(2023));
    assert_eq!(
        table(&parsed),
        rows_with(&[
            ("/requests/new_received", "5 0 0 0 0 0 5"),
            ("/requests/outcomes/disclosed", "3 0 0 0 0 0 3"),
            ("/requests/outcomes/partially_disclosed", "1 0 0 0 0 0 1"),
            ("/requests/outcomes/unavailable/not_held", "1 0 0 0 0 0 1"),
            ("/requests/outcomes/total", "5 0 0 0 0 0 5"),
            ("/review_litigation/review", "1 0 0 1 2"),
        ])
    );
    // 175 + 15 cells, each by its split; the count alone proves every row of part 三 (a
    // leading zero is one cell, and no run can be read as fewer numbers), and the
    // review row too.
    assert_eq!(parsed.cells_read().0, 200);
    assert_eq!(
        evidence(&parsed, "/requests/new_received"),
        vec![(Some(Placement::Split), vec![]); 7]
    );
    let split: Vec<(&str, String, String)> = findings(&parsed)
        .into_iter()
        .filter(|(_, pointer, _)| {
            pointer == "/requests/new_received" || pointer == "/review_litigation/review"
        })
        .collect();
    assert_eq!(
        split,
        vec![
            (
                "parse.digits_split",
                "/requests/new_received".to_owned(),
                "the run-together digits \"5 0 0 0 0 05\" read one way only as 7 numbers: 5, 0, 0, 0, 0, 0, 5".to_owned()
            ),
            (
                "parse.digits_split",
                "/review_litigation/review".to_owned(),
                "the run-together digits \"10 0 1 200 0 0 0 0 0 0 00\" read one way only as 15 numbers: 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0".to_owned()
            ),
        ]
    );
    assert!(
        findings(&parsed)
            .iter()
            .all(|(rule, ..)| *rule == "parse.digits_split"),
        "{:?}",
        findings(&parsed)
    );
}

/// （一）予以公开 "220000022" and （二）部分公开 "191000020" each split two ways under their own
/// totals (22|0|…|22 or 2|20|…|22; 19|1|…|20 or 1|9|10|…|20). The columns' outcome totals,
/// read from （七）总计, leave one reading of the pair.
#[test]
fn two_adjacent_rows_are_settled_together_by_the_columns() {
    let parsed = read(include_str!("fixtures/settle/crawled_adjacent_rows.txt"));
    assert_eq!(
        table(&parsed),
        rows_with(&[
            ("/requests/new_received", "41 1 0 0 0 0 42"),
            ("/requests/outcomes/disclosed", "22 0 0 0 0 0 22"),
            ("/requests/outcomes/partially_disclosed", "19 1 0 0 0 0 20"),
            ("/requests/outcomes/total", "41 1 0 0 0 0 42"),
        ])
    );
    let by_columns: Vec<(&str, String, String)> = findings(&parsed)
        .into_iter()
        .filter(|(_, _, message)| message.contains("columns' identities"))
        .collect();
    assert_eq!(
        by_columns,
        vec![
            (
                "parse.digits_split",
                "/requests/outcomes/disclosed".to_owned(),
                "the run-together digits \"220000022\" read several ways under the row's total, and one way only under the columns' identities (requests.outcome_total): 22, 0, 0, 0, 0, 0, 22".to_owned()
            ),
            (
                "parse.digits_split",
                "/requests/outcomes/partially_disclosed".to_owned(),
                "the run-together digits \"191000020\" read several ways under the row's total, and one way only under the columns' identities (requests.outcome_total): 19, 1, 0, 0, 0, 0, 20".to_owned()
            ),
        ]
    );
    // Each cell of the pair says what proved it: its own total, then the column's.
    assert_eq!(
        evidence(&parsed, "/requests/outcomes/disclosed"),
        vec![
            (
                Some(Placement::Split),
                vec!["requests.row_total", "requests.outcome_total"]
            );
            7
        ]
    );
    // Read: 200 cells; by the identities alone: the 23 rows run together (161 cells).
    assert_eq!(parsed.cells_read(), (200, 161));
}

/// The same rows where 新收 and （七）总计 print a mark in every cell: no column's total is
/// read, so no column identity can refute a reading, and both rows stay raw with the
/// readings that remain.
#[test]
fn a_column_whose_total_is_unread_proves_nothing() {
    let parsed = read(include_str!(
        "fixtures/settle/crawled_adjacent_rows_unproved.txt"
    ));
    let raw = |digits: &str| vec![format!("[{digits}]"); 7].join(" ");
    let marks = vec!["[—]"; 7].join(" ");
    assert_eq!(
        table(&parsed),
        rows_with(&[
            ("/requests/new_received", &marks),
            ("/requests/outcomes/disclosed", &raw("220000022")),
            ("/requests/outcomes/partially_disclosed", &raw("191000020")),
            ("/requests/outcomes/total", &marks),
        ])
    );
    let ambiguous: Vec<(&str, String, String)> = findings(&parsed)
        .into_iter()
        .filter(|(rule, ..)| *rule == "parse.ambiguous_digits")
        .collect();
    assert_eq!(
        ambiguous,
        vec![
            (
                "parse.ambiguous_digits",
                "/requests/outcomes/disclosed".to_owned(),
                "the run-together digits \"220000022\" cannot be split into 7 cells one way only and are kept raw; readings that remain: 2/20/0/0/0/0/22; 22/0/0/0/0/0/22".to_owned()
            ),
            (
                "parse.ambiguous_digits",
                "/requests/outcomes/partially_disclosed".to_owned(),
                "the run-together digits \"191000020\" cannot be split into 7 cells one way only and are kept raw; readings that remain: 1/9/10/0/0/0/20; 19/1/0/0/0/0/20".to_owned()
            ),
        ]
    );
}

/// Plain `pdftotext`: one cell a line. A row printed six values for seven cells shows the
/// text dropped blank cells, so a row's values may be another row's: a row is kept only
/// where its own total proves it, and a row of zeros proves nothing (it adds up wherever it
/// stands). The review row's order is not kept either: a block of zeros is left blank.
#[test]
fn rows_of_zeros_in_text_that_dropped_blanks_are_left_blank() {
    let parsed = read(include_str!("fixtures/settle/stream_dropped_blanks.txt"));
    let blank7 = "_ _ _ _ _ _ _";
    let mut want = rows_with(&[
        ("/requests/new_received", "12 1 0 0 0 0 13"),
        ("/requests/outcomes/disclosed", "6 1 0 0 0 0 7"),
        ("/requests/outcomes/partially_disclosed", "2 0 0 0 0 0 2"),
        (
            "/requests/outcomes/withheld/prohibited_by_law",
            "1 0 0 0 0 0 1",
        ),
        ("/requests/outcomes/unavailable/not_held", "3 0 0 0 0 0 3"),
        ("/requests/outcomes/total", "12 1 0 0 0 0 13"),
        ("/review_litigation/review", "_ _ _ _ _"),
        ("/review_litigation/litigation_direct", "1 0 0 0 1"),
        ("/review_litigation/litigation_after_review", "_ _ _ _ _"),
    ]);
    for row in &mut want {
        if row.ends_with(": 0 0 0 0 0 0 0") {
            *row = row.replace("0 0 0 0 0 0 0", blank7);
        }
    }
    assert_eq!(table(&parsed), want);
    let found = findings(&parsed);
    let zeros = "the text's values do not line up with its cells (blank cells dropped, or a column not recognised), and a row of zeros adds up to its total wherever it stands, which proves nothing (0, 0, 0, 0, 0, 0, 0): which of them are the row's cannot be told; its cells are left blank";
    let zero_rows: Vec<&str> = found
        .iter()
        .filter(|(_, _, m)| m == zeros)
        .map(|(_, p, _)| p.as_str())
        .collect();
    assert_eq!(zero_rows.len(), 18);
    assert_eq!(zero_rows[0], "/requests/carried_over");
    assert_eq!(zero_rows[17], "/requests/carried_forward");
    assert!(found.contains(&(
        "parse.row_ambiguous",
        "/requests/outcomes/unavailable/requires_compilation".to_owned(),
        "the row has only 6 values (0, 0, 0, 0, 0, 0) for 7 cells and their columns cannot be told; its cells are left blank".to_owned()
    )));
    let review: Vec<&str> = found
        .iter()
        .filter(|(_, _, m)| m.starts_with("this text does not keep the order"))
        .map(|(_, p, _)| p.as_str())
        .collect();
    assert_eq!(
        review,
        [
            "/review_litigation/review",
            "/review_litigation/litigation_after_review"
        ]
    );
    assert_eq!(found.len(), 18 + 1 + 2);
    // The rows kept say what proved them: their own total, not their order alone.
    assert_eq!(
        evidence(&parsed, "/requests/outcomes/disclosed"),
        vec![(Some(Placement::Order), vec!["requests.row_total"]); 7]
    );
    assert_eq!(
        evidence(&parsed, "/review_litigation/litigation_direct"),
        vec![
            (
                Some(Placement::Order),
                vec!["review_litigation.block_total"]
            );
            5
        ]
    );
}

/// A crawled part 三 table of lines "label digits", then the review row.
fn crawled(rows: &[(&str, &str)], review: &str) -> String {
    let mut text = String::from(
        "某某局2022年政府信息公开工作年度报告\n一、总体情况\n概述。\n\
         三、收到和处理政府信息公开申请情况\n",
    );
    for (label, digits) in rows {
        text += &format!("{label}{digits}\n");
    }
    text + "四、政府信息公开行政复议、行政诉讼情况\n"
        + review
        + "\n五、存在的主要问题及改进情况\n无。\n"
}

/// A review row one zero short of 15 cells has no reading: it is kept raw, said so, and
/// never padded.
#[test]
fn a_review_row_with_too_few_digits_is_kept_raw() {
    let parsed = read(&crawled(
        &[("一、本年新收政府信息公开申请数量", "0 0 0 0 0 00")],
        "10 0 1 200 0 0 0 0 0 0 0",
    ));
    let raw = vec!["[10 0 1 200 0 0 0 0 0 0 0]"; 5].join(" ");
    let rows = table(&parsed);
    assert!(rows.contains(&format!("/review_litigation/review: {raw}")));
    assert!(rows.contains(&format!(
        "/review_litigation/litigation_after_review: {raw}"
    )));
    assert!(rows.contains(&"/requests/new_received: 0 0 0 0 0 0 0".to_owned()));
    assert!(findings(&parsed).contains(&(
        "parse.ambiguous_digits",
        "/review_litigation/review".to_owned(),
        "the run-together digits \"10 0 1 200 0 0 0 0 0 0 0\" cannot be split into 15 cells one way only and are kept raw; no reading the table's identities allow".to_owned()
    )));
}

/// Runs apart by spaces are split only where a row has too few values or a leading zero:
/// "12 0 0 0 0 0" for seven cells has no reading that adds up (1, 2, … makes 3 ≠ 0), and
/// the row is not read.
#[test]
fn a_row_short_of_values_is_not_padded_by_splitting_a_number() {
    let parsed = read(&crawled(
        &[("一、本年新收政府信息公开申请数量", "12 0 0 0 0 0")],
        "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    ));
    let rows = table(&parsed);
    assert!(
        rows.contains(&"/requests/new_received: [12 0 0 0 0 0] [12 0 0 0 0 0] [12 0 0 0 0 0] [12 0 0 0 0 0] [12 0 0 0 0 0] [12 0 0 0 0 0] [12 0 0 0 0 0]".to_owned()),
        "{rows:?}"
    );
}

/// A pathological row of 60 digits returns at once: past 48 digits nothing is split, and
/// the row is raw with a finding.
#[test]
fn a_row_of_sixty_digits_is_refused_with_a_finding() {
    let digits = "1".repeat(60);
    let parsed = read(&crawled(
        &[("一、本年新收政府信息公开申请数量", &digits)],
        "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    ));
    assert!(findings(&parsed).contains(&(
        "parse.ambiguous_digits",
        "/requests/new_received".to_owned(),
        format!("the run-together digits \"{digits}\" cannot be split into 7 cells one way only and are kept raw; no reading the table's identities allow")
    )));
}
