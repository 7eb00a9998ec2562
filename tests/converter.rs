//! Reports as a PDF-to-Markdown converter writes them (`fixtures/converter/`): ASCII
//! punctuation and spaces in the labels ("逾期不补正, 行政机关"), group headings as `###`
//! lines with a table of one or a few rows under each, labels wrapped over the rows of a
//! table, and labels that name no row, or more than one. Every cell of part 三 and the
//! parse findings are asserted.

use ogi_report::Report;
use ogi_report::parse::{ParseOptions, Parsed, parse_bytes};

fn read(bytes: &[u8]) -> Parsed {
    parse_bytes(bytes, &ParseOptions::default()).unwrap()
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

/// Rows as the tests write them: the row's pointer and its cells, "_" for a blank.
fn rows_of(rows: &[(&str, &str)]) -> Vec<(String, Vec<Option<String>>)> {
    rows.iter()
        .map(|(row, cells)| {
            (
                (*row).to_owned(),
                cells
                    .split(' ')
                    .map(|c| (c != "_").then(|| c.to_owned()))
                    .collect(),
            )
        })
        .collect()
}

/// The part 二 cells, as shown.
fn proactive_cells(report: &Report) -> Vec<(String, Option<String>)> {
    report
        .cells()
        .map(|(at, cell)| (at.pointer(), cell.display()))
        .filter(|(p, _)| p.starts_with("/proactive"))
        .collect()
}

/// Each parse finding: its rule, pointer, line and column, and its message.
fn findings(parsed: &Parsed) -> Vec<String> {
    parsed
        .findings
        .iter()
        .map(|f| {
            let at = f
                .span
                .map_or(String::new(), |s| format!(" {}:{}", s.line, s.column));
            format!(
                "{} {}{at} {}",
                f.finding.rule.id(),
                f.finding.pointer,
                f.finding.message.en
            )
        })
        .collect()
}

const EDITION: &str = "parse.edition_inferred  the edition format_2021 was inferred from the columns of the part 二 tables";

/// The part 三 table every fixture prints (some rows of it), and part 四.
const OUTCOMES: [(&str, &str); 28] = [
    ("/requests/new_received", "35 4 0 0 1 0 40"),
    ("/requests/carried_over", "2 0 0 0 0 0 2"),
    ("/requests/outcomes/disclosed", "12 2 0 0 0 0 14"),
    ("/requests/outcomes/partially_disclosed", "3 0 0 0 0 0 3"),
    ("/requests/outcomes/withheld/state_secret", "0 0 0 0 0 0 0"),
    (
        "/requests/outcomes/withheld/prohibited_by_law",
        "1 0 0 0 0 0 1",
    ),
    (
        "/requests/outcomes/withheld/security_and_stability",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/withheld/third_party_rights",
        "1 0 0 0 0 0 1",
    ),
    (
        "/requests/outcomes/withheld/internal_affairs",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/withheld/process_information",
        "2 0 0 0 0 0 2",
    ),
    (
        "/requests/outcomes/withheld/enforcement_case_files",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/withheld/administrative_inquiry",
        "0 0 0 0 0 0 0",
    ),
    ("/requests/outcomes/unavailable/not_held", "9 1 0 0 1 0 11"),
    (
        "/requests/outcomes/unavailable/requires_compilation",
        "1 0 0 0 0 0 1",
    ),
    (
        "/requests/outcomes/unavailable/unclear_after_amendment",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/not_processed/petition_or_complaint",
        "2 0 0 0 0 0 2",
    ),
    ("/requests/outcomes/not_processed/repeated", "1 0 0 0 0 0 1"),
    (
        "/requests/outcomes/not_processed/publication",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/not_processed/excessive",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/not_processed/confirmation",
        "0 0 0 0 0 0 0",
    ),
    (
        "/requests/outcomes/other_handling/no_amendment",
        "3 0 0 0 0 0 3",
    ),
    (
        "/requests/outcomes/other_handling/fee_unpaid",
        "0 0 0 0 0 0 0",
    ),
    ("/requests/outcomes/other_handling/other", "1 1 0 0 0 0 2"),
    ("/requests/outcomes/total", "36 4 0 0 1 0 41"),
    ("/requests/carried_forward", "1 0 0 0 0 0 1"),
    ("/review_litigation/review", "1 0 0 0 1"),
    ("/review_litigation/litigation_direct", "0 0 0 0 0"),
    ("/review_litigation/litigation_after_review", "0 0 0 0 0"),
];

/// The table with some rows otherwise: (row, cells).
fn outcomes_with(changed: &[(&str, &str)]) -> Vec<(String, Vec<Option<String>>)> {
    let rows: Vec<(&str, &str)> = OUTCOMES
        .iter()
        .map(|(row, cells)| {
            let cells = changed
                .iter()
                .find(|(r, _)| r == row)
                .map_or(*cells, |(_, c)| *c);
            (*row, cells)
        })
        .collect();
    rows_of(&rows)
}

const BLANK: &str = "_ _ _ _ _ _ _";

/// The whole table as the converter writes it: every label with ASCII punctuation and
/// spaces for 、（）：, the group labels run into their first rows' labels. Every cell of
/// parts 二, 三 and 四 is read, with no finding but the edition's.
#[test]
fn a_whole_part_three_with_ascii_punctuation_is_read_cell_by_cell() {
    let parsed = read(include_bytes!("fixtures/converter/whole_part_three.md"));
    assert_eq!(request_rows(&parsed.report), outcomes_with(&[]));
    let proactive: Vec<(String, Option<String>)> = [
        ("/proactive/regulations/issued", "0"),
        ("/proactive/regulations/repealed", "0"),
        ("/proactive/regulations/in_force", "0"),
        ("/proactive/normative_documents/issued", "3"),
        ("/proactive/normative_documents/repealed", "1"),
        ("/proactive/normative_documents/in_force", "25"),
        ("/proactive/licensing/decisions", "120"),
        ("/proactive/penalties/decisions", "8"),
        ("/proactive/coercion/decisions", "0"),
        ("/proactive/administrative_fees/amount", "0.0000"),
    ]
    .iter()
    .map(|(p, v)| ((*p).to_owned(), Some((*v).to_owned())))
    .collect();
    assert_eq!(proactive_cells(&parsed.report), proactive);
    assert_eq!(parsed.cells_read(), (200, 0));
    assert_eq!(findings(&parsed), [EDITION]);
}

/// `### (一) 予以公开`, `### (三) 不予公开`, … with one-row tables under them, and a group
/// row "(五) 不予处理" with no cells: a row label printed without its group or its numbering
/// is read as the row of the group its heading or group row names ("其他" under （六） is
/// 3.其他, "小计" under （三） and （五） the group's own row, "总计" under （七）总计 that row).
#[test]
fn rows_under_group_headings_are_read_as_that_groups_rows() {
    let parsed = read(include_bytes!("fixtures/converter/group_headings.md"));
    let mut want = outcomes_with(&[]);
    // A group's own row comes first in the model.
    for (first, subtotal, cells) in [
        (
            "withheld/state_secret",
            "withheld/subtotal",
            "4 0 0 0 0 0 4",
        ),
        (
            "not_processed/petition_or_complaint",
            "not_processed/subtotal",
            "3 0 0 0 0 0 3",
        ),
    ] {
        let at = want
            .iter()
            .position(|(r, _)| *r == format!("/requests/outcomes/{first}"))
            .unwrap();
        let row = format!("/requests/outcomes/{subtotal}");
        want.insert(at, rows_of(&[(row.as_str(), cells)]).remove(0));
    }
    assert_eq!(request_rows(&parsed.report), want);
    assert_eq!(findings(&parsed), [EDITION]);
}

/// Labels wrapped over two or three rows of the table, the values on one of them (the
/// first, the last or the middle), and inside a cell with `<br>`: each is joined and read
/// with its values. A label whose two rows both hold values is two rows, not one: neither
/// names a row, and their values are not read.
#[test]
fn labels_wrapped_over_table_rows_are_joined() {
    let parsed = read(include_bytes!("fixtures/converter/wrapped_labels.md"));
    assert_eq!(
        request_rows(&parsed.report),
        outcomes_with(&[(
            "/requests/outcomes/unavailable/unclear_after_amendment",
            BLANK
        )])
    );
    assert_eq!(
        findings(&parsed),
        [
            "parse.unknown_row /requests 51:3 \"3. 补正后申请内容\" is not a row of this table; the values after it (0, 0, 0, 0, 0, 0, 0) were not read",
            "parse.unknown_row /requests 52:3 \"仍不明确\" is not a row of this table; the values after it (0, 0, 0, 0, 0, 0, 0) were not read",
            EDITION,
            "parse.table_truncated /requests/outcomes/unavailable/unclear_after_amendment 1 rows are not in the source and their cells are left blank: 三、本年度办理结果 › （四）无法提供 › 3.补正后申请内容仍不明确",
        ]
    );
}

/// The findings of a row of seven values no cell takes, each value one digit, in a row
/// whose label is two characters wide ("| 其他 | 1 | …").
fn outside(line: u32, values: &str) -> Vec<String> {
    values
        .split(' ')
        .enumerate()
        .map(|(i, v)| {
            format!(
                "parse.value_outside_cell /requests {line}:{} {v:?} stands outside any cell and was not read",
                8 + 4 * i
            )
        })
        .collect()
}

/// Labels that name no row, or more than one, name none: a bare "其他" with no group heading
/// (the applicant column, part 二's row or （六）'s 3.其他), "其他" under （三）, which has no such
/// row, "申请人", which starts two rows of （六）, a label cut short, "其他" once （七）总计 has
/// ended the reach of the （六） heading, and "小计" under no group. Their values are not
/// read; the rows they might have named are reported missing.
#[test]
fn a_label_that_could_name_two_rows_names_neither() {
    let parsed = read(include_bytes!("fixtures/converter/ambiguous_labels.md"));
    assert_eq!(
        request_rows(&parsed.report),
        outcomes_with(&[
            ("/requests/outcomes/withheld/prohibited_by_law", BLANK),
            ("/requests/outcomes/withheld/security_and_stability", BLANK),
            ("/requests/outcomes/withheld/third_party_rights", BLANK),
            ("/requests/outcomes/withheld/internal_affairs", BLANK),
            ("/requests/outcomes/withheld/process_information", BLANK),
            ("/requests/outcomes/withheld/enforcement_case_files", BLANK),
            ("/requests/outcomes/withheld/administrative_inquiry", BLANK),
            ("/requests/outcomes/unavailable/not_held", BLANK),
            ("/requests/outcomes/unavailable/requires_compilation", BLANK),
            (
                "/requests/outcomes/unavailable/unclear_after_amendment",
                BLANK
            ),
            (
                "/requests/outcomes/not_processed/petition_or_complaint",
                BLANK
            ),
            ("/requests/outcomes/not_processed/repeated", BLANK),
            ("/requests/outcomes/not_processed/publication", BLANK),
            ("/requests/outcomes/not_processed/excessive", BLANK),
            ("/requests/outcomes/not_processed/confirmation", BLANK),
            ("/requests/outcomes/other_handling/no_amendment", BLANK),
            ("/requests/outcomes/other_handling/fee_unpaid", BLANK),
            ("/requests/outcomes/other_handling/other", BLANK),
        ])
    );
    let mut want = outside(38, "1 1 0 0 0 0 2");
    want.extend(outside(45, "4 0 0 0 0 0 4"));
    want.extend([
        "parse.unknown_row /requests 48:3 \"申请人\" is not a row of this table; the values after it (3, 0, 0, 0, 0, 0, 3) were not read".to_owned(),
        "parse.unknown_row /requests 50:3 \"申请人无正当理由逾期不补正, 行政机关不再处理\" is not a row of this table; the values after it (0, 0, 0, 0, 0, 0, 0) were not read".to_owned(),
    ]);
    want.extend(outside(52, "1 1 0 0 0 0 2"));
    want.extend(outside(54, "3 0 0 0 0 0 3"));
    want.extend([
        EDITION.to_owned(),
        "parse.table_truncated /requests/outcomes/withheld/prohibited_by_law 18 rows are not in the source and their cells are left blank: 三、本年度办理结果 › （三）不予公开 › 2.其他法律行政法规禁止公开; 三、本年度办理结果 › （三）不予公开 › 3.危及“三安全一稳定”; 三、本年度办理结果 › （三）不予公开 › 4.保护第三方合法权益; 三、本年度办理结果 › （三）不予公开 › 5.属于三类内部事务信息; 三、本年度办理结果 › （三）不予公开 › 6.属于四类过程性信息…".to_owned(),
    ]);
    assert_eq!(findings(&parsed), want);
}
