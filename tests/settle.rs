//! Settle: what the table's identities prove, in the forms that print cells run together or
//! apart from their labels (`fixtures/settle/`, written in the forms real crawlers and
//! `pdftotext` leave). Each asserts its exact cells, how they were placed and proved, and
//! its parse findings; where nothing proves a reading, the cells stay blank or raw with the
//! finding that says why.

use ogi_report::findings::Rule;
use ogi_report::parse::{ParseOptions, Parsed, Placement, SpanKind, parse};

fn read(text: &str) -> Parsed {
    parse(text, &ParseOptions::default()).unwrap_or_else(|e| panic!("{e}\n{text}"))
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
    let marks = ["[—]"; 7].join(" ");
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
    let raw = ["[10 0 1 200 0 0 0 0 0 0 0]"; 5].join(" ");
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

/// Reports drawn at random, printed as crawlers print them, read back.
mod random {
    use super::*;
    use proptest::prelude::*;

    /// The labels of part 三's 25 rows (2021 layout), as a crawler prints them.
    const LABELS: [&str; 25] = [
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
    const OUTCOMES: std::ops::Range<usize> = 2..23;
    const TOTAL: usize = 23;
    const FORWARD: usize = 24;

    /// A small deterministic generator: the same seed, the same report.
    struct Draw(u64);

    impl Draw {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// A count as reports print them: mostly 0, some one digit, a few two.
        fn count(&mut self) -> u64 {
            match self.next() % 10 {
                0..=5 => 0,
                6..=8 => self.next() % 10,
                _ => 10 + self.next() % 40,
            }
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// A part 三 table and review row whose every identity holds.
    fn table_of(draw: &mut Draw) -> (Vec<[u64; 7]>, [u64; 15]) {
        let mut rows = vec![[0u64; 7]; 25];
        for row in &mut rows[OUTCOMES] {
            for cell in row.iter_mut().take(6) {
                *cell = draw.count();
            }
        }
        for c in 0..6 {
            rows[TOTAL][c] = rows[OUTCOMES].iter().map(|r| r[c]).sum();
            rows[FORWARD][c] = draw.count();
            rows[1][c] = draw.below(rows[TOTAL][c] + rows[FORWARD][c] + 1);
            rows[0][c] = rows[TOTAL][c] + rows[FORWARD][c] - rows[1][c];
        }
        for row in &mut rows {
            row[6] = row[..6].iter().sum();
        }
        let mut review = [0u64; 15];
        for b in 0..3 {
            for o in 0..4 {
                review[b * 5 + o] = draw.count();
            }
            review[b * 5 + 4] = review[b * 5..b * 5 + 4].iter().sum();
        }
        (rows, review)
    }

    /// Numbers printed with a space or nothing between each two, at random.
    fn printed(draw: &mut Draw, numbers: &[u64], together: u64) -> String {
        let mut out = String::new();
        for (i, n) in numbers.iter().enumerate() {
            if i > 0 && draw.below(100) >= together {
                out.push(' ');
            }
            out += &n.to_string();
        }
        out
    }

    /// The report crawled: a header, then either one line per row or the whole report on
    /// one line. With it, what each row printed after its label, and the review row.
    fn crawled(
        draw: &mut Draw,
        rows: &[[u64; 7]],
        review: &[u64; 15],
    ) -> (String, Vec<String>, String) {
        let together = [0, 50, 90, 100][draw.below(4) as usize];
        let one_line = draw.below(2) == 0;
        let sep = if one_line { "" } else { "\n" };
        let mut text = String::from(
            "标题: 示例区民政局2023年政府信息公开工作年度报告\n发布时间: 2024-01-20 10:00\n\
             ==================== 正文 ====================\n",
        );
        text += "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日至2023年12月31日。";
        text += &"我局依法做好政府信息公开工作，主动公开各类信息，规范办理依申请公开。".repeat(12);
        text += &format!(" {sep}一、总体情况 {sep}2023年，我局认真贯彻落实《条例》。{sep}");
        text += &format!(
            "三、收到和处理政府信息公开申请情况{sep}（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构 社会公益组织 法律服务机构 其他 {sep}"
        );
        let mut row_texts = Vec::with_capacity(25);
        for (label, row) in LABELS.iter().zip(rows) {
            text += label;
            if draw.below(3) == 0 {
                text.push(' ');
            }
            let digits = printed(draw, row, together);
            text += &digits;
            text += sep;
            row_texts.push(digits);
        }
        let review_text = printed(draw, review, together);
        text += &format!(
            " 四、政府信息公开行政复议、行政诉讼情况{sep}行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 未经复议直接起诉 复议后起诉 {sep}{review_text} {sep}五、存在的主要问题及改进情况 无。{sep}六、其他需要报告的事项 无。\n",
        );
        (text, row_texts, review_text)
    }

    /// The readings of a row as printed: runs apart by spaces, each one number or several
    /// run together, no number with a leading zero, satisfying `check`. `None` past `cap`.
    fn readings(
        printed: &str,
        n: usize,
        cap: usize,
        check: &dyn Fn(&[u64]) -> bool,
    ) -> Option<Vec<Vec<u64>>> {
        fn go(
            runs: &[&str],
            n: usize,
            acc: &mut Vec<u64>,
            out: &mut Vec<Vec<u64>>,
            check: &dyn Fn(&[u64]) -> bool,
        ) {
            match runs.split_first() {
                None => {
                    if acc.len() == n && check(acc) {
                        out.push(acc.clone());
                    }
                }
                Some((&"", rest)) => go(rest, n, acc, out, check),
                Some((run, rest)) => {
                    for len in 1..=run.len().min(16) {
                        if len > 1 && run.starts_with('0') || acc.len() >= n {
                            break;
                        }
                        acc.push(run[..len].parse().unwrap());
                        let mut next: Vec<&str> = vec![&run[len..]];
                        next.extend_from_slice(rest);
                        // The rest of this run, then the next runs; an empty rest moves on.
                        go(&next, n, acc, out, check);
                        acc.pop();
                    }
                }
            }
        }
        let runs: Vec<&str> = printed.split(' ').collect();
        let mut out = Vec::new();
        go(&runs, n, &mut Vec::new(), &mut out, check);
        (out.len() <= cap).then_some(out)
    }

    /// Each part 三 row's proved reading, and the review row's.
    type Proved = (Vec<Option<Vec<u64>>>, Option<Vec<u64>>);

    /// What the identities prove, by brute force: for each row, its reading when every
    /// combination of readings that all identities allow gives it the same one.
    fn provable(texts: &[String], review_text: &str) -> Option<Proved> {
        let total = |p: &[u64]| p[..6].iter().sum::<u64>() == p[6];
        let mut each: Vec<Option<Vec<Vec<u64>>>> =
            texts.iter().map(|t| readings(t, 7, 64, &total)).collect();
        let blocks =
            |p: &[u64]| (0..3).all(|b| p[b * 5..b * 5 + 4].iter().sum::<u64>() == p[b * 5 + 4]);
        let review = readings(review_text, 15, 64, &blocks).and_then(|r| match r.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        });
        // Rows past the cap are not solved (the reader keeps them raw): they are unknown.
        let choices: Vec<Vec<Option<Vec<u64>>>> = each
            .iter_mut()
            .map(|r| match r.take() {
                Some(list) if !list.is_empty() => list.into_iter().map(Some).collect(),
                _ => vec![None],
            })
            .collect();
        let combos: usize = choices.iter().map(Vec::len).product();
        if combos > 50_000 {
            return None;
        }
        let holds = |pick: &[&Option<Vec<u64>>]| -> bool {
            (0..7).all(|c| {
                let v = |r: usize| pick[r].as_ref().map(|x| x[c]);
                let leaves: Option<u64> = OUTCOMES.map(v).sum();
                let outcome = match (leaves, v(TOTAL)) {
                    (Some(l), Some(t)) => l == t,
                    _ => true,
                };
                let balance = match (v(0), v(1), v(TOTAL), v(FORWARD)) {
                    (Some(a), Some(b), Some(t), Some(f)) => a + b == t + f,
                    _ => true,
                };
                outcome && balance
            })
        };
        let mut seen: Vec<Vec<Option<Vec<u64>>>> = vec![Vec::new(); 25];
        let mut index = [0usize; 25];
        loop {
            let pick: Vec<&Option<Vec<u64>>> = (0..25).map(|r| &choices[r][index[r]]).collect();
            if holds(&pick) {
                for r in 0..25 {
                    if !seen[r].contains(pick[r]) {
                        seen[r].push(pick[r].clone());
                    }
                }
            }
            let mut r = 0;
            while r < 25 {
                index[r] += 1;
                if index[r] < choices[r].len() {
                    break;
                }
                index[r] = 0;
                r += 1;
            }
            if r == 25 {
                break;
            }
        }
        let rows = seen
            .into_iter()
            .map(|s| match s.as_slice() {
                [Some(one)] => Some(one.clone()),
                _ => None,
            })
            .collect();
        Some((rows, review))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// Crawled text with cells run together or apart at random: no cell is read as
        /// another number, and every cell the identities prove is read.
        #[test]
        fn crawled_tables_read_every_provable_cell_and_no_wrong_one(seed in 1u64..u64::MAX) {
            let mut draw = Draw(seed);
            let (rows, review) = table_of(&mut draw);
            let (text, together, review_text) = crawled(&mut draw, &rows, &review);
            let Some((proved, review_proved)) = provable(&together, &review_text) else {
                return Ok(());
            };
            let parsed = read(&text);
            // Each cell that holds a number, in the table's order: 25 rows of 7, then 15.
            let numbers: Vec<Option<u64>> = parsed
                .report
                .cells()
                .filter(|(at, _)| !at.pointer().starts_with("/proactive"))
                .map(|(_, cell)| if cell.raw().is_some() { None } else { cell.display().and_then(|d| d.parse().ok()) })
                .collect();
            prop_assert_eq!(numbers.len(), 25 * 7 + 15);
            for r in 0..25 {
                let got = &numbers[r * 7..r * 7 + 7];
                let want: Vec<Option<u64>> = rows[r].iter().map(|v| Some(*v)).collect();
                match &proved[r] {
                    Some(_) => prop_assert_eq!(got, &want[..], "row {} {:?}\n{}", r, together[r], text),
                    None => prop_assert!(got.iter().all(Option::is_none), "row {} read unproved {:?} from {:?}\n{}", r, got, together[r], text),
                }
            }
            let review_line = numbers[175..].to_vec();
            match review_proved {
                Some(_) => prop_assert_eq!(review_line, review.iter().map(|v| Some(*v)).collect::<Vec<_>>()),
                None => prop_assert!(review_line.iter().all(Option::is_none)),
            }
        }
    }

    /// The text, and the cells as printed (blank where dropped): each part 三 row's, and the
    /// review row's.
    type Streamed = (String, Vec<[Option<u64>; 7]>, [Option<u64>; 15]);

    /// The report as plain `pdftotext` prints it: one cell a line, blank cells dropped (none,
    /// a tenth or three tenths of the cells are blank).
    fn stream(draw: &mut Draw, rows: &[[u64; 7]], review: &[u64; 15]) -> Streamed {
        let mut text = String::from(
            "示例区民政局\n2023 年政府信息公开工作年度报告\n\n一、总体情况\n\n2023 年，我局认真贯彻落实《条例》。\n\n\
             三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n商业企业\n\n科研机构\n\n\
             社会公益组织\n\n法律服务机构\n\n其他\n\n总计\n\n",
        );
        let blank_share = [0, 10, 30][draw.below(3) as usize];
        let mut shown = Vec::with_capacity(25);
        for (label, row) in LABELS.iter().zip(rows) {
            let cells: [Option<u64>; 7] =
                std::array::from_fn(|c| (draw.below(100) >= blank_share).then_some(row[c]));
            text += label;
            text += "\n\n";
            for v in cells.iter().flatten() {
                text += &format!("{v}\n\n");
            }
            shown.push(cells);
        }
        text += "四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n未经复议直接起诉\n\n复议后起诉\n\n";
        text += "结果维持\n\n结果纠正\n\n其他结果\n\n尚未审结\n\n总计\n\n";
        let review_shown: [Option<u64>; 15] =
            std::array::from_fn(|c| (draw.below(100) >= blank_share).then_some(review[c]));
        for v in review_shown.iter().flatten() {
            text += &format!("{v}\n\n");
        }
        text += "五、存在的主要问题及改进情况\n\n无。\n\n六、其他需要报告的事项\n\n无。\n";
        (text, shown, review_shown)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        /// The same tables in stream order with blank cells dropped: whatever is read is
        /// the number printed in that cell, or the cell is left blank or raw.
        #[test]
        fn stream_order_tables_read_no_wrong_cell(seed in 1u64..u64::MAX) {
            let mut draw = Draw(seed);
            let (rows, review) = table_of(&mut draw);
            let (text, shown, review_shown) = stream(&mut draw, &rows, &review);
            let parsed = read(&text);
            let numbers: Vec<Option<u64>> = parsed
                .report
                .cells()
                .filter(|(at, _)| !at.pointer().starts_with("/proactive"))
                .map(|(_, cell)| if cell.raw().is_some() { None } else { cell.display().and_then(|d| d.parse().ok()) })
                .collect();
            prop_assert_eq!(numbers.len(), 25 * 7 + 15);
            let want: Vec<Option<u64>> = shown.iter().flatten().copied().chain(review_shown).collect();
            for (i, (got, want)) in numbers.iter().zip(&want).enumerate() {
                if got.is_some() {
                    prop_assert_eq!(got, want, "cell {} of\n{}", i, text);
                }
            }
        }
    }
}
