//! Bad input: every case gives a clear error naming where, and none panics.

use ogi_report::{ReadError, Report};
use serde_json::{Value, json};

const SEED_002_JSON: &str = include_str!("fixtures/reports/002_luohe_huizu_2022.json");

fn seed() -> Value {
    serde_json::from_str(SEED_002_JSON).unwrap()
}

/// Reads the seed with the value at `pointer` replaced (or inserted) by `value`.
fn read_with(pointer: &str, value: Value) -> ReadError {
    let mut doc = seed();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap()
        .insert(key.to_owned(), value);
    read_both(&doc.to_string())
}

/// Reads text with both entry points and checks they agree.
fn read_both(text: &str) -> ReadError {
    let from_text = Report::from_json(text).unwrap_err();
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        assert_eq!(Report::from_value(&value).unwrap_err(), from_text);
    }
    from_text
}

fn invalid(pointer: &str, message: &str) -> ReadError {
    ReadError::Invalid {
        pointer: pointer.to_owned(),
        message: message.to_owned(),
    }
}

#[test]
fn unknown_field_is_named_with_its_pointer() {
    let err = read_with("/requests/new_received/nonsense", json!(1));
    assert_eq!(err.pointer(), Some("/requests/new_received/nonsense"));
    assert!(matches!(&err, ReadError::Invalid { message, .. }
        if message.starts_with("unknown field `nonsense`, expected one of `natural_person`")));
    let top = read_with("/remarks", json!("x"));
    assert_eq!(top.pointer(), Some("/remarks"));
}

#[test]
fn negative_count_is_refused() {
    assert_eq!(
        read_with("/requests/carried_over/natural_person", json!(-1)),
        invalid(
            "/requests/carried_over/natural_person",
            "a count cannot be negative, found -1"
        )
    );
}

#[test]
fn fractional_count_is_refused() {
    assert_eq!(
        read_with("/proactive/penalties/decisions", json!(1.5)),
        invalid(
            "/proactive/penalties/decisions",
            "a count must be a whole number, found 1.5"
        )
    );
}

#[test]
fn count_as_string_is_refused() {
    assert_eq!(
        read_with("/review_litigation/review/total", json!("0")),
        invalid(
            "/review_litigation/review/total",
            "a count must be a JSON number, not the string \"0\"; \
             a mark printed where a number belongs is written {\"raw\": \"0\"}"
        )
    );
}

#[test]
fn fee_as_json_number_is_refused() {
    assert_eq!(
        read_with("/proactive/administrative_fees/amount", json!(27.25)),
        invalid(
            "/proactive/administrative_fees/amount",
            "money must be a JSON string, not the number 27.25: \
             expected a fee in 万元 as a string with four decimals, e.g. \"27.2500\""
        )
    );
}

#[test]
fn fee_with_six_places_is_refused() {
    assert_eq!(
        read_with("/proactive/administrative_fees/amount", json!("27.123456")),
        invalid(
            "/proactive/administrative_fees/amount",
            "27.123456 has more than 4 non-zero decimal places and cannot be held exactly; \
             round it explicitly if that is meant"
        )
    );
}

#[test]
fn fee_with_exponent_or_separator_is_refused() {
    for text in ["1e3", "1_000.0000", "27.25", "-1.0000", ""] {
        assert_eq!(
            read_with("/proactive/administrative_fees/amount", json!(text)),
            invalid(
                "/proactive/administrative_fees/amount",
                &format!(
                    "{text:?} is not a fee in canonical form: \
                     write 万元 with exactly four decimal places, e.g. \"27.2500\""
                )
            ),
            "{text}"
        );
    }
}

#[test]
fn missing_edition_is_refused() {
    let mut doc = seed();
    doc.as_object_mut().unwrap().remove("edition");
    let err = read_both(&doc.to_string());
    assert_eq!(
        err,
        ReadError::MissingEdition {
            expected: "\"format_2021\", \"format_2019\", \"regulation_2008\"".to_owned()
        }
    );
    assert_eq!(err.pointer(), Some(""));
}

#[test]
fn unknown_edition_is_refused() {
    let err = read_with("/edition", json!("format_2035"));
    assert_eq!(
        err.to_string(),
        "at /edition: unknown edition \"format_2035\"; expected one of \"format_2021\", \"format_2019\", \"regulation_2008\""
    );
    assert_eq!(err.pointer(), Some("/edition"));
}

#[test]
fn edition_of_the_wrong_type_is_refused() {
    assert_eq!(
        read_with("/edition", json!(2021)),
        invalid("/edition", "the edition is a string, found 2021")
    );
}

#[test]
fn a_27th_matrix_row_is_refused() {
    let row = seed()["requests"]["new_received"].clone();
    let err = read_with("/requests/outcomes/withheld/ninth_reason", row);
    assert_eq!(
        err.pointer(),
        Some("/requests/outcomes/withheld/ninth_reason")
    );
    assert!(
        err.to_string().contains("unknown field `ninth_reason`"),
        "{err}"
    );
}

#[test]
fn a_missing_matrix_row_is_refused() {
    let mut doc = seed();
    doc["requests"]["outcomes"]["unavailable"]
        .as_object_mut()
        .unwrap()
        .remove("not_held");
    let err = read_both(&doc.to_string());
    assert_eq!(
        err,
        invalid("/requests/outcomes/unavailable", "missing field `not_held`")
    );
}

#[test]
fn a_missing_part_is_refused() {
    let mut doc = seed();
    doc.as_object_mut().unwrap().remove("review_litigation");
    assert_eq!(
        read_both(&doc.to_string()),
        invalid("", "missing field `review_litigation`")
    );
}

#[test]
fn a_row_with_a_missing_cell_is_refused() {
    let mut doc = seed();
    doc["requests"]["carried_forward"]
        .as_object_mut()
        .unwrap()
        .remove("total");
    assert_eq!(
        read_both(&doc.to_string()),
        invalid("/requests/carried_forward", "missing field `total`")
    );
}

#[test]
fn a_blank_and_a_raw_cell_are_kept() {
    let text = SEED_002_JSON
        .replacen(
            "\"licensing\": {\n      \"decisions\": 0",
            "\"licensing\": {\n      \"decisions\": null",
            1,
        )
        .replacen(
            "\"coercion\": {\n      \"decisions\": 0",
            "\"coercion\": {\n      \"decisions\": {\n        \"raw\": \"/\"\n      }",
            1,
        );
    assert_ne!(text, SEED_002_JSON);
    let report = Report::from_json(&text).unwrap();
    let r = report.as_format_2021().unwrap();
    assert!(r.proactive.licensing.decisions.is_blank());
    assert_eq!(r.proactive.coercion.decisions.raw(), Some("/"));
    assert_eq!(report.to_json(), text);
}

#[test]
fn a_subtotal_cell_left_out_or_null_is_blank_when_its_column_is_printed() {
    use ogi_report::catalogue::{RequestGroup, RequestRow};
    let mut doc = seed();
    doc["requests"]["new_received"]["organization_subtotal"] = json!(3);
    doc["requests"]["carried_over"]["organization_subtotal"] = Value::Null;
    let report = Report::from_json(&doc.to_string()).unwrap();
    assert_eq!(Report::from_value(&doc).unwrap(), report);
    let table = &report.as_format_2021().unwrap().requests;
    // The column is printed down the whole table: 3 where given, blank in the other 24 rows.
    let cells: Vec<_> = RequestRow::ALL
        .iter()
        .filter_map(|r| table.row(*r))
        .map(|row| row.organization_subtotal.clone())
        .collect();
    assert_eq!(cells.len(), 25);
    assert_eq!(cells[0].as_ref().and_then(|c| c.as_u64()), Some(3));
    assert!(
        cells[1..]
            .iter()
            .all(|c| *c == Some(ogi_report::Cell::Blank))
    );
    // Group rows not printed stay absent.
    assert_eq!(table.group_row(RequestGroup::Withheld), None);
    let json = report.to_json();
    assert_eq!(json.matches("\"organization_subtotal\": null").count(), 24);
    assert_eq!(Report::from_json(&json).unwrap(), report);
}

#[test]
fn a_subtotal_column_null_in_every_row_is_no_column() {
    // Generated code writes `null` for every field it does not have; that is no column.
    let mut doc = seed();
    for row in ["new_received", "carried_over", "carried_forward"] {
        doc["requests"][row]["organization_subtotal"] = Value::Null;
    }
    doc["requests"]["outcomes"]["other_handling"]["subtotal"] = Value::Null;
    assert_eq!(
        Report::from_json(&doc.to_string()).unwrap(),
        Report::from_json(SEED_002_JSON).unwrap()
    );
}

#[test]
fn other_handling_as_one_row_is_held() {
    let mut doc = seed();
    let mut row = doc["requests"]["new_received"].clone();
    row["natural_person"] = json!(4);
    doc["requests"]["outcomes"]["other_handling"] = json!({ "row": row });
    let report = Report::from_json(&doc.to_string()).unwrap();
    let table = &report.as_format_2021().unwrap().requests;
    let single = table
        .group_row(ogi_report::catalogue::RequestGroup::OtherHandling)
        .unwrap();
    assert_eq!(single.natural_person.as_u64(), Some(4));
    assert_eq!(
        table.row(ogi_report::catalogue::RequestRow::NoAmendment),
        None
    );
    let again = Report::from_json(&report.to_json()).unwrap();
    assert_eq!(again, report);
    // The sub-rows written `null` beside it, as generated code writes them, change nothing.
    for key in ["subtotal", "no_amendment", "fee_unpaid", "other"] {
        doc["requests"]["outcomes"]["other_handling"][key] = Value::Null;
    }
    assert_eq!(Report::from_json(&doc.to_string()).unwrap(), report);
}

#[test]
fn other_handling_with_a_row_and_sub_rows_is_refused() {
    let mut doc = seed();
    doc["requests"]["outcomes"]["other_handling"]["row"] = doc["requests"]["new_received"].clone();
    assert_eq!(
        read_both(&doc.to_string()),
        invalid(
            "/requests/outcomes/other_handling",
            "（六）其他处理 has both `row` and sub-rows; give one or the other"
        )
    );
}

#[test]
fn other_handling_as_bare_cells_is_refused_with_the_form_to_use() {
    let mut doc = seed();
    doc["requests"]["outcomes"]["other_handling"] = doc["requests"]["new_received"].clone();
    assert_eq!(
        read_both(&doc.to_string()),
        invalid(
            "/requests/outcomes/other_handling",
            "unknown field `commercial_enterprise` in （六）其他处理: expected the sub-rows `no_amendment`, \
             `fee_unpaid`, `other` (and optionally `subtotal`), or `row` for a single row"
        )
    );
}

#[test]
fn other_handling_errors_keep_their_path() {
    let err = read_with(
        "/requests/outcomes/other_handling/fee_unpaid/natural_person",
        json!(-2),
    );
    assert_eq!(
        err,
        invalid(
            "/requests/outcomes/other_handling/fee_unpaid/natural_person",
            "a count cannot be negative, found -2"
        )
    );
}

#[test]
fn text_that_is_not_json_gives_line_and_column() {
    let err = read_both("{\n  \"edition\": \"format_2021\",\n  oops\n}");
    assert!(
        matches!(
            err,
            ReadError::Syntax {
                line: 3,
                column: 3,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(matches!(
        Report::from_json_slice(b"{\"edition\": \"\xff\"}").unwrap_err(),
        ReadError::Syntax {
            line: 1,
            column: 14,
            ..
        }
    ));
}

#[test]
fn trailing_text_after_the_report_is_refused() {
    let err = Report::from_json(&format!("{SEED_002_JSON} x")).unwrap_err();
    assert!(matches!(err, ReadError::Syntax { .. }), "{err:?}");
}

#[test]
fn a_report_that_is_not_an_object_is_refused() {
    for text in ["[]", "null", "3", "\"format_2021\""] {
        let err = read_both(text);
        assert_eq!(err.pointer(), Some(""), "{text}: {err}");
    }
}

#[test]
fn report_year_out_of_range_is_refused() {
    assert_eq!(
        read_with("/meta/report_year", json!(1066)),
        invalid(
            "/meta/report_year",
            "1066 is not a plausible report year (1990–2100)"
        )
    );
}

#[test]
fn a_malformed_date_is_refused_with_its_path() {
    let err = read_with("/meta/publication_date", json!("2023-02-30"));
    assert_eq!(err.pointer(), Some("/meta/publication_date"));
}

#[test]
fn deserializing_through_serde_reports_the_pointer_in_the_message() {
    let mut doc = seed();
    doc["requests"]["carried_over"]["total"] = json!(-3);
    let err = serde_json::from_value::<Report>(doc).unwrap_err();
    assert_eq!(
        err.to_string(),
        "at /requests/carried_over/total: a count cannot be negative, found -3"
    );
}

const SEED_003_JSON: &str = include_str!("fixtures/reports/003_liaocheng_2019.json");

#[test]
fn a_2019_report_with_2021_only_fields_is_refused() {
    let mut doc: Value = serde_json::from_str(SEED_003_JSON).unwrap();
    doc["proactive"]["regulations"]["in_force"] = json!(3);
    let err = read_both(&doc.to_string());
    assert_eq!(err.pointer(), Some("/proactive/regulations/in_force"));
    assert!(
        err.to_string()
            .contains("unknown field `in_force`, expected one of `newly_made`"),
        "{err}"
    );
}

#[test]
fn a_2021_report_with_2019_only_fields_is_refused() {
    let mut doc = seed();
    doc["proactive"]["procurement"] = json!({"projects": 1, "total_amount": "1"});
    let err = read_both(&doc.to_string());
    assert_eq!(err.pointer(), Some("/proactive/procurement"));
    assert!(
        err.to_string().contains("unknown field `procurement`"),
        "{err}"
    );
}

#[test]
fn a_2021_report_tagged_2019_is_refused_with_the_first_difference() {
    let mut doc = seed();
    doc["edition"] = json!("format_2019");
    // (keys come sorted from a Value, so the fee row is met first)
    let err = read_both(&doc.to_string());
    assert_eq!(err.pointer(), Some("/proactive/administrative_fees/amount"));
    assert!(
        err.to_string()
            .contains("unknown field `amount`, expected `items_last_year` or `items_change`"),
        "{err}"
    );
}

#[test]
fn a_signed_change_reads_and_a_malformed_one_is_kept_raw() {
    let mut doc: Value = serde_json::from_str(SEED_003_JSON).unwrap();
    doc["proactive"]["licensing"]["items_change"] = json!(-3);
    doc["proactive"]["coercion"]["items_change"] = json!({"raw": "--253"});
    let report = Report::from_value(&doc).unwrap();
    let r = report.as_format_2019().unwrap();
    assert_eq!(
        r.proactive.licensing.items_change,
        ogi_report::Cell::Value(-3)
    );
    assert_eq!(r.proactive.coercion.items_change.raw(), Some("--253"));
    assert_eq!(
        read_with_2019("/proactive/licensing/items_change", json!(1.5)),
        invalid(
            "/proactive/licensing/items_change",
            "invalid type: floating point `1.5`, expected i64"
        )
    );
    assert_eq!(
        read_with_2019("/proactive/procurement/total_amount", json!("12..5")).pointer(),
        Some("/proactive/procurement/total_amount")
    );
}

fn read_with_2019(pointer: &str, value: Value) -> ReadError {
    let mut doc: Value = serde_json::from_str(SEED_003_JSON).unwrap();
    *doc.pointer_mut(pointer).unwrap() = value;
    read_both(&doc.to_string())
}

const SEED_000_JSON: &str = include_str!("fixtures/reports/000_xinyang_2018.json");

#[test]
fn a_malformed_2008_figure_value_is_refused_with_its_path() {
    let mut doc: Value = serde_json::from_str(SEED_000_JSON).unwrap();
    doc["parts"][1]["figures"][0]["parts"][2]["value"] = json!("12..5");
    assert_eq!(
        read_both(&doc.to_string()),
        invalid(
            "/parts/1/figures/0/parts/2/value",
            "\"12..5\" is not a plain decimal number (digits with at most one decimal point, no sign, exponent, separator or unit)"
        )
    );
    doc["parts"][1]["figures"][0]["parts"][2]["value"] = json!(86);
    assert_eq!(
        read_both(&doc.to_string()).pointer(),
        Some("/parts/1/figures/0/parts/2/value")
    );
    doc["parts"][1]["figures"][0]["parts"][2]["value"] = json!("86");
    doc["parts"][1]["figures"][0]["qualifier"] = json!("roughly");
    assert_eq!(
        read_both(&doc.to_string()).pointer(),
        Some("/parts/1/figures/0/qualifier")
    );
    doc["parts"][1]["figures"][0]["qualifier"] = json!("exact");
    doc["parts"][2]["serves"] = json!("on_demand");
    assert_eq!(
        read_both(&doc.to_string()).pointer(),
        Some("/parts/2/serves")
    );
}

#[test]
fn a_publication_date_must_be_a_calendar_day_written_yyyy_mm_dd() {
    assert_eq!(
        read_with("/meta/publication_date", json!("2023-02-30")),
        invalid(
            "/meta/publication_date",
            "\"2023-02-30\" is not a day of the calendar"
        )
    );
    for text in [
        "2023-2-3",
        "2023/02/03",
        "+2023-02-03",
        "2023-02-03T00:00:00",
    ] {
        assert_eq!(
            read_with("/meta/publication_date", json!(text)),
            invalid(
                "/meta/publication_date",
                &format!("{text:?} is not a date written YYYY-MM-DD")
            ),
            "{text}"
        );
    }
    let err = read_with("/meta/publication_date", json!(20_230_203));
    assert_eq!(err.pointer(), Some("/meta/publication_date"), "{err}");
    let report = Report::from_value(&{
        let mut doc = seed();
        doc["meta"]["publication_date"] = json!("2023-02-03");
        doc
    })
    .unwrap();
    assert_eq!(
        report
            .meta()
            .publication_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("2023-02-03")
    );
}

mod exact_numbers {
    //! Number literals are read exactly as written: a count that is not whole as written is
    //! refused even where `f64` would round it to a whole number, and big numbers are
    //! quoted as written.

    use super::*;

    const AT: &str = "/proactive/penalties/decisions";

    /// The seed with 行政处罚's count written as `literal`.
    fn with_penalties(literal: &str) -> Result<Report, ReadError> {
        let text =
            SEED_002_JSON.replacen("\"decisions\": 67", &format!("\"decisions\": {literal}"), 1);
        assert_ne!(text, SEED_002_JSON);
        Report::from_json(&text)
    }

    fn penalties(report: &Report) -> Option<u64> {
        report
            .as_format_2021()
            .unwrap()
            .proactive
            .penalties
            .decisions
            .as_u64()
    }

    #[test]
    fn a_count_not_whole_as_written_is_refused_and_quoted_exactly() {
        for literal in [
            "1.0000000000000001",
            "9007199254740991.4",
            "67.000000000000001",
            "1e-1",
        ] {
            assert_eq!(
                with_penalties(literal).unwrap_err(),
                invalid(
                    AT,
                    &format!(
                        "{literal} is not a whole number as written; counts are whole numbers, \
                         and money and other decimals are strings (\"27.2500\")"
                    )
                ),
                "{literal}"
            );
        }
    }

    #[test]
    fn refusals_that_already_quoted_exactly_keep_their_message() {
        for literal in ["0.5", "4503599627370495.5"] {
            assert_eq!(
                with_penalties(literal).unwrap_err(),
                invalid(
                    AT,
                    &format!("a count must be a whole number, found {literal}")
                ),
            );
        }
    }

    #[test]
    fn whole_numbers_written_with_a_point_or_an_exponent_are_read() {
        // As JSON Schema's `integer` reads them: 5.0 is 5, 1e2 is 100.
        for (literal, value) in [
            ("5.0", 5),
            ("1e2", 100),
            ("6.7E1", 67),
            ("6700e-2", 67),
            ("0.0", 0),
        ] {
            let report = with_penalties(literal).unwrap_or_else(|e| panic!("{literal}: {e}"));
            assert_eq!(penalties(&report), Some(value), "{literal}");
        }
    }

    #[test]
    fn a_number_too_large_to_read_is_quoted_as_written() {
        assert_eq!(
            with_penalties("123456789012345678901234567890").unwrap_err(),
            invalid(
                AT,
                "123456789012345678901234567890 is too large to be read exactly; \
                 the largest count is 9007199254740991"
            )
        );
        // Whole, but past what a decimal point can be read exactly at.
        assert_eq!(
            with_penalties("9007199254740993.0").unwrap_err(),
            invalid(
                AT,
                "9007199254740993.0 is too large to be read exactly; \
                 the largest count is 9007199254740991"
            )
        );
        assert_eq!(
            with_penalties("1e400").unwrap_err(),
            invalid(
                AT,
                "1e400 is too large to be read exactly; the largest count is 9007199254740991"
            )
        );
        // A plain integer above the largest count is refused by the count itself.
        assert_eq!(
            with_penalties("9007199254740993").unwrap_err(),
            invalid(
                AT,
                "9007199254740993 is larger than the largest count (9007199254740991)"
            )
        );
    }

    #[test]
    fn an_earlier_error_is_given_first() {
        let text = SEED_002_JSON
            .replacen("\"decisions\": 67", "\"decisions\": 1.0000000000000001", 1)
            .replacen("\"agency\":", "\"agencyx\":", 1);
        let err = Report::from_json(&text).unwrap_err();
        assert_eq!(err.pointer(), Some("/meta/agencyx"));
    }

    #[test]
    fn findings_read_their_numbers_exactly_too() {
        let validation = ogi_report::validate(
            &Report::from_json(include_str!(
                "fixtures/planted/002_luohe_huizu_2022_planted.json"
            ))
            .unwrap(),
        );
        let json = validation.to_json();
        let at = json.find("\"expected\": 0").expect("a finding expects 0");
        let mut text = json.clone();
        text.replace_range(
            at..at + "\"expected\": 0".len(),
            "\"expected\": 0.0000000000000001",
        );
        let err = ogi_report::findings::Validation::from_json(&text).unwrap_err();
        assert!(
            matches!(&err, ReadError::Invalid { pointer, message }
                if pointer.ends_with("/expected") && message.starts_with("0.0000000000000001 is not a whole number")),
            "{err}"
        );
    }
}

#[test]
fn an_email_or_url_that_is_not_one_is_refused() {
    assert_eq!(
        read_with("/meta/contact/email", json!("lhqcgj＠163.com")),
        invalid(
            "/meta/contact/email",
            "\"lhqcgj＠163.com\" is not an e-mail address (local@domain)"
        )
    );
    assert_eq!(
        read_with("/meta/source/url", json!("www.luohe.gov.cn/a.html")),
        invalid(
            "/meta/source/url",
            "\"www.luohe.gov.cn/a.html\" is not an absolute URL (a scheme such as https:, then no spaces)"
        )
    );
    let mut doc = seed();
    doc["meta"]["contact"]["email"] = json!("lhqcgj@163.com");
    doc["meta"]["source"]["url"] = json!("https://www.luohe.gov.cn/zfxxgk/2023/a.html");
    let report = Report::from_value(&doc).unwrap();
    assert_eq!(
        report
            .meta()
            .contact
            .as_ref()
            .and_then(|c| c.email.as_deref()),
        Some("lhqcgj@163.com")
    );
    for bad in [
        "a@b",
        "@163.com",
        "a..b@163.com",
        "a b@163.com",
        "a@-x.com",
        "邮箱@163.com",
    ] {
        assert!(!ogi_report::meta::is_email(bad), "{bad}");
    }
    for bad in [
        "https:",
        "http://a b",
        "//host/path",
        "1http://x",
        "http://x/<y>",
    ] {
        assert!(!ogi_report::meta::is_absolute_url(bad), "{bad}");
    }
}

#[test]
fn an_absent_subtotal_row_may_be_written_null_as_the_schema_allows() {
    let mut doc = seed();
    doc["requests"]["outcomes"]["other_handling"]["subtotal"] = Value::Null;
    doc["requests"]["outcomes"]["withheld"]["subtotal"] = Value::Null;
    let report = Report::from_value(&doc).unwrap();
    assert_eq!(report, Report::from_json(SEED_002_JSON).unwrap());
    // A sub-row written null is no sub-row: the itemized form needs all three.
    doc["requests"]["outcomes"]["other_handling"]["other"] = Value::Null;
    assert_eq!(
        read_both(&doc.to_string()),
        invalid("/requests/outcomes/other_handling", "missing field `other`")
    );
}

/// PDFs refused before the PDF library reads them: what lopdf would inflate or read while
/// loading, and what pdf-extract would follow while drawing, past the limits.
#[cfg(feature = "pdf")]
mod pdf_refusals {
    use crate::limits::pdf::{file, page, stream, zeros};
    use ogi_report::parse::{ParseError, PdfProblem, pdf_pieces};

    fn refused(problem: PdfProblem, reason: &str) -> ParseError {
        ParseError::Pdf {
            problem,
            reason: reason.into(),
        }
    }

    const HELLO: &[u8] = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET";

    /// Where object `n` of a file starts.
    fn offset(file: &[u8], n: u32) -> usize {
        let header = format!("\n{n} 0 obj\n");
        file.windows(header.len())
            .position(|w| w == header.as_bytes())
            .unwrap()
            + 1
    }

    /// The file's objects, then a cross-reference stream (the last object) of `W [1 4 1]`
    /// listing them, with more entries and trailer keys given.
    fn with_xref_stream(objects: &[Vec<u8>], more: &[(u8, u32, u8)], trailer: &str) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut rows = vec![0u8, 0, 0, 0, 0, 0];
        for (i, body) in objects.iter().enumerate() {
            rows.push(1);
            rows.extend((out.len() as u32).to_be_bytes());
            rows.push(0);
            out.extend(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend(body);
            out.extend(b"\nendobj\n");
        }
        let xref = out.len();
        let number = objects.len() + 1 + more.len();
        for &(kind, second, third) in more {
            rows.push(kind);
            rows.extend(second.to_be_bytes());
            rows.push(third);
        }
        rows.extend([1]);
        rows.extend((xref as u32).to_be_bytes());
        rows.push(0);
        out.extend(format!("{number} 0 obj\n").as_bytes());
        out.extend(stream(
            &format!(
                "/Type /XRef /Size {} /W [1 4 1] /Root 1 0 R {trailer}",
                number + 1
            ),
            &rows,
        ));
        out.extend(format!("\nendobj\nstartxref\n{xref}\n%%EOF\n").as_bytes());
        out
    }

    fn pages(content: &[u8]) -> Vec<Vec<u8>> {
        vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
              /Resources << /Font << /F1 5 0 R >> >> >>"
                .to_vec(),
            stream("", content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        ]
    }

    #[test]
    fn a_file_with_a_cross_reference_stream_and_an_object_stream_is_read() {
        // The font (object 7) kept in an object stream (object 6).
        let mut objects = pages(HELLO);
        objects[2] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
                       /Resources << /Font << /F1 7 0 R >> >> >>"
            .to_vec();
        objects[4] = b"null".to_vec();
        let font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        let inner = [b"7 0 ".as_slice(), font].concat();
        objects.push(stream(
            "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
            &crate::limits::pdf::zlib(&inner),
        ));
        let file = with_xref_stream(&objects, &[(2, 6, 0)], "");
        let text: String = pdf_pieces(&file)
            .unwrap()
            .into_iter()
            .map(|p| p.text)
            .collect();
        assert_eq!(text, "Hello");
    }

    #[test]
    fn a_bomb_in_an_object_stream_is_refused_before_lopdf_loads_it() {
        let bomb = zeros(1024);
        let size = bomb.len();
        let mut objects = pages(HELLO);
        objects.push(stream(
            "/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode",
            &bomb,
        ));
        let file = with_xref_stream(&objects, &[], "");
        assert_eq!(
            pdf_pieces(&file).unwrap_err(),
            refused(
                PdfProblem::TooLarge,
                &format!(
                    "object stream 6 inflates to more than 200 times its {size} bytes (the limit past 1048576 bytes): a compression bomb"
                )
            )
        );
        // Encrypted, its objects could not be measured: refused as encrypted.
        let file = with_xref_stream(&pages(HELLO), &[(2, 6, 0)], "/Encrypt 9 0 R");
        assert_eq!(
            pdf_pieces(&file).unwrap_err().to_string(),
            "not a readable PDF: the PDF is encrypted and keeps objects in object streams, which cannot be measured before they are decrypted: decrypt it first"
        );
    }

    #[test]
    fn a_bomb_as_the_cross_reference_stream_is_refused_before_lopdf_reads_it() {
        let bomb = zeros(1024);
        let size = bomb.len();
        let mut file = b"%PDF-1.7\n".to_vec();
        let at = file.len();
        file.extend(b"1 0 obj\n");
        file.extend(stream(
            "/Type /XRef /Size 2 /W [1 4 1] /Filter /FlateDecode",
            &bomb,
        ));
        file.extend(format!("\nendobj\nstartxref\n{at}\n%%EOF\n").as_bytes());
        assert_eq!(
            pdf_pieces(&file).unwrap_err(),
            refused(
                PdfProblem::TooLarge,
                &format!(
                    "the cross-reference stream at byte {at} inflates to more than 200 times its {size} bytes (the limit past 1048576 bytes): a compression bomb"
                )
            )
        );
        // Entries of no width: lopdf would list four billion objects.
        let mut file = b"%PDF-1.7\n".to_vec();
        file.extend(b"1 0 obj\n");
        file.extend(stream(
            "/Type /XRef /Size 2 /W [0 0 0] /Index [0 4000000000]",
            b"",
        ));
        file.extend(format!("\nendobj\nstartxref\n{at}\n%%EOF\n").as_bytes());
        assert_eq!(
            pdf_pieces(&file).unwrap_err(),
            refused(
                PdfProblem::Corrupt,
                &format!(
                    "the cross-reference stream at byte {at} lists 4000000000 entries of no width: lopdf would loop on it"
                )
            )
        );
    }

    #[test]
    fn objects_listed_at_one_place_are_refused() {
        let good = file(&pages(HELLO));
        let (first, second) = (offset(&good, 1), offset(&good, 2));
        // Object 2's entry points at object 1: lopdf would read it twice.
        let entry = |o: usize| format!("{o:010} 00000 n ");
        let xref = good.windows(6).rposition(|w| w == b"\nxref\n").unwrap();
        let mut bad = good[..xref].to_vec();
        let table = String::from_utf8(good[xref..].to_vec())
            .unwrap()
            .replace(&entry(second), &entry(first));
        bad.extend(table.as_bytes());
        assert_eq!(
            pdf_pieces(&bad).unwrap_err(),
            refused(
                PdfProblem::Corrupt,
                &format!("objects 1 and 2 of the PDF overlap at byte {first}")
            )
        );
    }

    #[test]
    fn a_page_whose_parent_is_itself_is_refused_not_followed_forever() {
        let mut objects = pages(HELLO);
        objects[2] = b"<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>".to_vec();
        assert_eq!(
            pdf_pieces(&file(&objects)).unwrap_err(),
            refused(
                PdfProblem::Corrupt,
                "page 1's /Parent chain loops or runs more than 256 deep"
            )
        );
    }

    #[test]
    fn a_form_that_draws_itself_is_refused_not_drawn_until_the_stack_overflows() {
        let form = stream(
            "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 6 0 R >> >>",
            b"/X Do",
        );
        let file = page(stream("", b"/X Do"), "/XObject << /X 6 0 R >>", vec![form]);
        assert_eq!(
            pdf_pieces(&file).unwrap_err(),
            refused(
                PdfProblem::TooLarge,
                "page 1 draws forms inside forms more than 16 deep (the limit)"
            )
        );
    }

    #[test]
    fn a_character_map_of_four_billion_codes_is_refused_before_it_is_built() {
        let mut objects = pages(HELLO);
        objects[4] =
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>".to_vec();
        objects.push(stream(
            "",
            b"begincmap 1 beginbfrange <00000000> <FFFFFFFF> <0000> endbfrange endcmap",
        ));
        assert_eq!(
            pdf_pieces(&file(&objects)).unwrap_err(),
            refused(
                PdfProblem::TooLarge,
                "the character map of font /F1 on page 1 maps more than 262144 codes or nests more than 64 deep (the limits)"
            )
        );
    }
}

#[cfg(feature = "pdf")]
mod pdf_font_refusals {
    use crate::limits::pdf::{file, stream};
    use ogi_report::parse::{ParseError, PdfProblem, pdf_pieces};

    /// A page drawing text in a Type 1 font (object 5) whose program (object 6) and
    /// character map (object 7) are given.
    fn with_font(program: &[u8], cmap: &[u8]) -> Vec<u8> {
        file(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
              /Resources << /Font << /F1 5 0 R >> >> >>"
                .to_vec(),
            stream("", b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 7 0 R \
              /FontDescriptor << /Type /FontDescriptor /FontName /Helvetica /FontFile 6 0 R >> >>"
                .to_vec(),
            stream("/Length1 10 /Length2 0 /Length3 0", program),
            stream("", cmap),
        ])
    }

    #[test]
    fn font_programs_and_character_maps_nested_deep_are_refused_before_they_are_parsed() {
        let cmap = b"begincmap 1 beginbfchar <48> <0048> endbfchar endcmap";
        let program = [b"%!FontType1-1.0\n/x ".as_slice(), &b"{".repeat(100_000)].concat();
        assert_eq!(
            pdf_pieces(&with_font(&program, cmap)).unwrap_err(),
            ParseError::Pdf {
                problem: PdfProblem::TooLarge,
                reason: "the program of font /F1 on page 1 nests more than 64 deep (the limit)"
                    .into()
            }
        );
        let program = b"%!FontType1-1.0\n/Encoding StandardEncoding def currentfile eexec";
        let nested = [b"(".repeat(100_000), b")".repeat(100_000)].concat();
        assert_eq!(
            pdf_pieces(&with_font(program, &nested)).unwrap_err(),
            ParseError::Pdf {
                problem: PdfProblem::TooLarge,
                reason: "the character map of font /F1 on page 1 maps more than 262144 codes or nests more than 64 deep (the limits)"
                    .into()
            }
        );
    }
}

/// HTML pages refused before their tree is built.
#[cfg(feature = "html")]
mod html_refusals {
    use ogi_report::parse::{MAX_HTML_DEPTH, ParseError, ParseOptions, parse};

    #[test]
    fn a_page_too_deep_is_refused_with_the_line_past_the_limit() {
        let page = format!(
            "<html>\n<body>\n{}\n</body></html>",
            "<div>".repeat(MAX_HTML_DEPTH + 1)
        );
        let err = parse(&page, &ParseOptions::default()).unwrap_err();
        assert_eq!(
            err,
            ParseError::TooDeep {
                line: 3,
                limit: 256
            }
        );
        assert_eq!(
            err.to_string(),
            "the HTML nests elements more than 256 deep (line 3); the limit is 256 levels"
        );
        // In SVG, a slash closes an element: icons of many paths are not deep.
        let icons = format!(
            "<html><body>{}</body></html>",
            "<p>图<svg><g><path/><path/><circle/></g></svg>".repeat(1000)
        );
        let err = parse(&icons, &ParseOptions::default()).unwrap_err();
        assert!(matches!(err, ParseError::NotAReport { .. }), "{err}");
        // Unclosed paragraphs and font tags in cells, as old pages write them, are not deep.
        let old = format!(
            "<html><body><table>{}</table>{}</body></html>",
            "<tr><td><font size=2>x<td><font>y</tr>".repeat(2000),
            "<p>text".repeat(2000)
        );
        assert!(matches!(
            parse(&old, &ParseOptions::default()).unwrap_err(),
            ParseError::NotAReport { .. }
        ));
    }
}
