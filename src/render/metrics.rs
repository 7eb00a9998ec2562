//! The rates of [`metrics`](crate::metrics) as a section after the tables: one line per value,
//! with its numerator, its denominator and which one, the rate at 2 decimals, and, when there
//! is no value, why.

use std::fmt::Write as _;

use crate::metrics::Value;

/// The section's heading.
const HEADING: &str = "指标 Metrics";

/// The columns: metric, numerator, denominator, rate, note.
const COLUMNS: [&str; 5] = [
    "指标 Metric",
    "分子 Numerator",
    "分母 Denominator",
    "比率 Rate",
    "说明 Note",
];

/// One value's fields as shown.
fn fields(value: &Value) -> [String; 5] {
    let definition = value.metric.definition();
    let name = format!("{} {}", definition.name_zh, definition.name_en);
    let kind = format!("{} {}", value.denominator.label(), value.denominator.id());
    match &value.result {
        Ok(ratio) => [
            name,
            ratio.numerator().to_string(),
            format!("{}（{kind}）", ratio.denominator()),
            format!("{}%", ratio.percent(2)),
            String::new(),
        ],
        Err(why) => {
            let cells: Vec<String> = why
                .cells
                .iter()
                .map(|op| {
                    let year = if op.last_year {
                        "上年 last year "
                    } else {
                        ""
                    };
                    format!("{year}{}", op.at.pointer())
                })
                .collect();
            let mut note = format!("不可计算 not computable: {}", why.reason);
            if !cells.is_empty() {
                let _ = write!(note, " ({})", cells.join(", "));
            }
            [
                name,
                String::new(),
                format!("（{kind}）"),
                String::new(),
                note,
            ]
        }
    }
}

/// The section in Markdown.
pub(crate) fn markdown(values: &[Value]) -> String {
    let mut out = format!("## {HEADING}\n\n| {} |\n", COLUMNS.join(" | "));
    out.push_str("|---|---:|---:|---:|---|\n");
    for value in values {
        let cells = fields(value).map(|f| f.replace('|', "\\|"));
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

/// The section as text: the heading, then tab-separated lines.
pub(crate) fn text(values: &[Value]) -> String {
    let mut out = format!("{HEADING}\n\n{}\n", COLUMNS.join("\t"));
    for value in values {
        let _ = writeln!(out, "{}", fields(value).join("\t"));
    }
    out
}

/// The section in HTML, as the page and the fragment place it after the tables.
pub(crate) fn html(values: &[Value], id_prefix: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "<section class=\"ogi-metrics\" id=\"{id_prefix}-metrics\">\n<h2>{HEADING}</h2>"
    );
    out.push_str("<div class=\"ogi-table-wrap\"><table class=\"ogi-table\">\n<thead><tr>");
    for column in COLUMNS {
        let _ = write!(out, "<th>{column}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for value in values {
        let class = if value.result.is_ok() {
            "<tr>"
        } else {
            "<tr class=\"ogi-not-computable\">"
        };
        out.push_str(class);
        for (i, field) in fields(value).iter().enumerate() {
            out.push_str(if i == 0 { "<th scope=\"row\">" } else { "<td>" });
            super::escape::escape_html(field, out);
            out.push_str(if i == 0 { "</th>" } else { "</td>" });
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n</section>\n");
}
