//! `docs/rules.md`: every rule with its formula, severity, source and an example finding
//! produced by the validator itself, and the phrase table of the `text.*` rules.

use ogi_report::findings::Rule;
use ogi_report::findings::RuleSource;
use ogi_report::validate::validate_series;
use ogi_report::{Finding, Report, validate};
use serde_json::{Value, json};

const SEED_002_JSON: &str = include_str!("../../tests/fixtures/reports/002_luohe_huizu_2022.json");
const SEED_003_JSON: &str = include_str!("../../tests/fixtures/reports/003_liaocheng_2019.json");
const SEED_000_JSON: &str = include_str!("../../tests/fixtures/reports/000_xinyang_2018.json");

use crate::fixture_with;

fn report_with(cells: &[(&str, Value)]) -> Report {
    fixture_with(SEED_002_JSON, cells)
}

fn report_2019_with(cells: &[(&str, Value)]) -> Report {
    fixture_with(SEED_003_JSON, cells)
}

fn report_2008_with(cells: &[(&str, Value)]) -> Report {
    fixture_with(SEED_000_JSON, cells)
}

fn first(findings: Vec<Finding>, rule: Rule) -> Finding {
    findings
        .into_iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no example for {}", rule.id()))
}

/// A real finding of each rule, from a small change to seed 002.
pub fn example(rule: Rule) -> Finding {
    let one = |cells: &[(&str, Value)]| first(validate(&report_with(cells)).findings, rule);
    match rule {
        Rule::ParseUnknownRow
        | Rule::ParseStrayCell
        | Rule::ParseAmbiguousDigits
        | Rule::ParseDigitsSplit
        | Rule::ParseRowAmbiguous
        | Rule::ParseTableTruncated
        | Rule::ParseValueOutsideCell
        | Rule::ParseLabelMisprint
        | Rule::ParseEditionInferred
        | Rule::ParseMetaMissing => parse_example(rule),
        Rule::ParseMetaConflict | Rule::ParseMetaInferred => meta_example(rule),
        Rule::RequestsRowTotal => one(&[
            ("/requests/carried_over/total", json!(1)),
            ("/requests/carried_forward/total", json!(1)),
        ]),
        Rule::RequestsOrganizationSubtotal => first(
            validate(&crate::with_subtotal_column(
                SEED_002_JSON,
                &[("/requests/carried_over/organization_subtotal", json!(2))],
            ))
            .findings,
            rule,
        ),
        Rule::RequestsGroupSubtotal => {
            let mut subtotal: Value =
                serde_json::from_str::<Value>(SEED_002_JSON).unwrap()["requests"]["new_received"]
                    .clone();
            subtotal["natural_person"] = json!(1);
            subtotal["total"] = json!(1);
            one(&[("/requests/outcomes/not_processed/subtotal", subtotal)])
        }
        Rule::RequestsOutcomeTotal => one(&[
            ("/requests/outcomes/disclosed/natural_person", json!(1)),
            ("/requests/outcomes/disclosed/total", json!(1)),
        ]),
        Rule::RequestsBalance => one(&[
            ("/requests/new_received/natural_person", json!(3)),
            ("/requests/new_received/total", json!(3)),
            ("/requests/carried_forward/natural_person", json!(2)),
            ("/requests/carried_forward/total", json!(2)),
        ]),
        Rule::ReviewLitigationBlockTotal => {
            one(&[("/review_litigation/review/corrected", json!(1))])
        }
        Rule::EditionLayout => one(&[("/meta/report_year", json!(2020))]),
        Rule::MetaPublishedLate => one(&[
            ("/meta/publication_date", json!("2023-02-15")),
            (
                "/meta/level",
                json!({"tier": "department", "from": "title"}),
            ),
        ]),
        Rule::TextCount => one(&[(
            "/overview/text",
            json!("2022年，本机关共收到政府信息公开申请3件，均已按期答复。"),
        )]),
        Rule::TextRate => one(&[
            (
                "/overview/text",
                json!("全年办结申请4件，其中予以公开2件，占40%。"),
            ),
            ("/requests/outcomes/disclosed/total", json!(2)),
            ("/requests/outcomes/total/total", json!(4)),
        ]),
        Rule::TextAllConcluded => one(&[
            ("/overview/text", json!("所有申请均已在法定期限内办结。")),
            ("/requests/carried_forward/total", json!(1)),
        ]),
        Rule::CellBlank => one(&[("/proactive/licensing/decisions", Value::Null)]),
        Rule::CellNotNumeric => one(&[("/proactive/coercion/decisions", json!({"raw": "/"}))]),
        Rule::ProactivePublishedWithinMade => first(
            validate(&report_2019_with(&[(
                "/proactive/normative_documents/newly_published",
                json!(3),
            )]))
            .findings,
            rule,
        ),
        Rule::FiguresBreakdown => first(
            validate(&report_2008_with(&[
                ("/parts/4/figures/1/parts/0/printed", json!("3人")),
                ("/parts/4/figures/1/parts/0/value", json!("3")),
            ]))
            .findings,
            rule,
        ),
        Rule::FiguresKey => first(
            validate(&report_2008_with(&[(
                "/parts/4/figures/0/key",
                json!("applications_received"),
            )]))
            .findings,
            rule,
        ),
        Rule::SeriesItems => {
            let y2019 = report_2019_with(&[
                ("/proactive/licensing/items_last_year", json!(4)),
                ("/proactive/licensing/items_change", json!(-1)),
            ]);
            let y2020 = report_2019_with(&[
                ("/meta/report_year", json!(2020)),
                ("/proactive/licensing/items_last_year", json!(5)),
            ]);
            first(validate_series(&[y2019, y2020]).unwrap().findings, rule)
        }
        Rule::SeriesTextSimilarity => {
            let before = report_with(&[
                ("/meta/report_year", json!(2022)),
                ("/requests/carried_forward/natural_person", json!(0)),
            ]);
            let after = report_with(&[
                ("/meta/report_year", json!(2023)),
                (
                    "/problems/text",
                    json!("一是公开意识有待提升。下一步将加强培训。"),
                ),
            ]);
            first(validate_series(&[before, after]).unwrap().findings, rule)
        }
        Rule::SeriesCarriedOver | Rule::SeriesInForce => {
            let before = report_with(&[
                ("/meta/report_year", json!(2022)),
                ("/requests/new_received/natural_person", json!(1)),
                ("/requests/new_received/total", json!(1)),
                ("/requests/carried_forward/natural_person", json!(1)),
                ("/requests/carried_forward/total", json!(1)),
                ("/proactive/regulations/in_force", json!(5)),
            ]);
            let after = report_with(&[
                ("/meta/report_year", json!(2023)),
                ("/proactive/regulations/issued", json!(1)),
            ]);
            first(validate_series(&[before, after]).unwrap().findings, rule)
        }
        // A rule added to the crate needs an example here before the document can list it.
        other => panic!("no example for the rule {}", other.id()),
    }
}

/// A text that the parser reports each of its rules on.
const PARSE_EXAMPLE: &str = "二、主动公开政府信息情况\n\
第二十条第（一）项\n\
信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n\
规章898989\n\
规范性文件000\n\
第二十条第（五）项\n\
5\n\
信息内容\t本年处理决定数量\n\
行政许可\t1\t2\n\
行政确认\t3\n\
三、收到和处理政府信息公开申请情况\n\
一、本年新收政府信息公开申请数量\t1\t1\n\
2.其他法律行政止公开\t0\t0\t0\t0\t0\t0\t0\n\
2022年度本局未收到申请。\n";

/// A title with no agency whose year is not the statistics period's.
const META_EXAMPLE: &str = "2023 年政府信息公开工作年度报告\n\
本报告由某某县人民政府办公室编制。本报告所列数据的统计期限自2022年1月1日至2022年12月31日。\n\
二、主动公开政府信息情况\n\
第二十条第（五）项\n\
信息内容\t本年处理决定数量\n\
行政许可\t1\n";

fn meta_example(rule: Rule) -> Finding {
    parsed_example(META_EXAMPLE, rule)
}

fn parse_example(rule: Rule) -> Finding {
    parsed_example(PARSE_EXAMPLE, rule)
}

/// The first finding of a rule that parsing a text gives.
fn parsed_example(text: &str, rule: Rule) -> Finding {
    let parsed =
        ogi_report::parse::parse(text, &ogi_report::parse::ParseOptions::default()).unwrap();
    parsed
        .findings
        .into_iter()
        .map(|f| f.finding)
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no example for {}", rule.id()))
}

fn source(rule: Rule) -> &'static str {
    match rule.source() {
        RuleSource::Official => "official",
        RuleSource::Inferred => "inferred",
        RuleSource::Practice => "practice",
    }
}

/// The document.
pub fn document() -> String {
    let mut doc = String::from(
        "<!-- Generated by `cargo xtask generate` (xtask/src/rules.rs); do not edit. -->\n\
         # Validation rules\n\n\
         Every rule the validators apply, generated from the code (a test fails when this file\n\
         is stale; `cargo xtask generate` rewrites it). `c` ranges over the seven columns of part 三, `total` included.\n\n\
         A rule instance whose operands include a blank cell or one that is not a number is not\n\
         assessable: it is reported as a `notice` with the same rule id, naming the cells that\n\
         prevented it, and nothing is read as zero. Severity is that of a failing instance:\n\
         `error` for a stated identity, `warning` for a heuristic, `notice` for what is worth\n\
         knowing. Source: `official` when the format states it, `inferred` when it follows from\n\
         the layout or the arithmetic and holds in real reports.\n\n\
         | id | severity | source | formula |\n|---|---|---|---|\n",
    );
    for rule in Rule::ALL {
        doc += &format!(
            "| `{}` | {} | {} | `{}` |\n",
            rule.id(),
            rule.severity(),
            source(*rule),
            rule.formula()
        );
    }
    for rule in Rule::ALL {
        let example = serde_json::to_string_pretty(&example(*rule)).unwrap();
        doc += &format!(
            "\n## `{}`\n\n{} — {}\n\n- formula: `{}`\n- severity: {}\n- source: {}\n\nExample finding:\n\n```json\n{}\n```\n",
            rule.id(),
            rule.label(),
            rule.title_en(),
            rule.formula(),
            rule.severity(),
            source(*rule),
            example
        );
    }
    doc += &phrases();
    doc
}

/// The phrase table of the `text.*` rules, as `ogi_report::validate::PHRASES` holds it.
fn phrases() -> String {
    use ogi_report::validate::{Needs, PHRASES, Term};
    let term = |t: &Term| match t {
        Term::Row(row) => format!("{} 总计", row.label()),
        Term::Group(group) => format!("Σ {} rows, 总计", group.label()),
        Term::Review(outcome) => {
            format!("{} (行政复议, or both litigation blocks)", outcome.label())
        }
        Term::Proactive(column) => format!("{} (规章 or 行政规范性文件)", column.label()),
        _ => unreachable!("a term the document does not know"),
    };
    let mut out = String::from(
        "\n## Phrases the `text.*` rules read\n\n\
         A count's label (the words before it in its clause, else those after it) names the phrase\n\
         whose words it holds; of several, the highest rank wins, then the words ending nearest the\n\
         figure, then the longest. A later reading that matches gives a notice saying which.\n\
         Figures with a wider scope (全市, 全区, 各部门 …), another year (去年, 同比, \"2023年\") or an\n\
         inexact value (余, 约) are not compared.\n\n\
         | words | needs | rank | readings (the usual first) | caveat |\n|---|---|---|---|---|\n",
    );
    for p in PHRASES {
        let needs = match p.needs {
            Needs::Nothing => "",
            Needs::ApplicationInClause => "申请 in the clause",
            Needs::ApplicationInSentence => "申请 in the sentence or the one before",
            Needs::DisclosureInSentence => "信息公开 in the sentence",
            Needs::ReviewBlock => "行政复议 / 行政诉讼 named before",
            Needs::ProactiveRow => "规章 / 规范性文件 in the sentence",
            _ => unreachable!("a need the document does not know"),
        };
        let readings: Vec<String> = p
            .readings
            .iter()
            .map(|r| r.iter().map(term).collect::<Vec<_>>().join(" + "))
            .collect();
        out += &format!(
            "| {} | {} | {} | {} | {} |\n",
            p.words.join("、"),
            needs,
            p.rank,
            readings.join("; or "),
            p.caveat
        );
    }
    out
}
