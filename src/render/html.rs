//! HTML: the tables with their official row and column spans, and the findings overlay.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use super::document::{Block, CellKind, Document, RowKind, Table, TableCell, ValueState, document};
use super::escape::escape_html as escape;
use crate::catalogue::FieldText;
use crate::findings::{Finding, Rule, Severity, Validation};
use crate::report::Report;

/// Renders a report as HTML: a standalone page or a fragment to embed, optionally with the
/// findings of [`validate`](crate::validate::validate) marked on the cells they concern.
///
/// ```
/// # let json = include_str!("../../tests/fixtures/reports/002_luohe_huizu_2022.json");
/// use ogi_report::{Report, render::Html, validate};
///
/// let report = Report::from_json(json)?;
/// let findings = validate(&report);
/// let page = Html::new(&report).with_findings(&findings).page();
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains(r#"<th colspan="3" rowspan="3" class="ogi-note">"#));
/// # Ok::<(), ogi_report::ReadError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Html<'a> {
    report: &'a Report,
    findings: Option<&'a Validation>,
    metrics: Option<&'a [crate::metrics::Value]>,
    id_prefix: Cow<'a, str>,
}

impl<'a> Html<'a> {
    /// Renders `report` without findings, with element ids prefixed `ogi`.
    pub fn new(report: &'a Report) -> Html<'a> {
        Html {
            report,
            findings: None,
            metrics: None,
            id_prefix: Cow::Borrowed("ogi"),
        }
    }

    /// Marks the cells involved in each `error` or `warning` of `findings` and lists every
    /// finding, with links to its cell, after the report.
    pub fn with_findings(mut self, findings: &'a Validation) -> Html<'a> {
        self.findings = Some(findings);
        self
    }

    /// Adds a section after the tables with these [metrics](crate::metrics) (from
    /// [`metrics::all`](crate::metrics::all)): each rate with its numerator and denominator,
    /// or why it has no value.
    pub fn with_metrics(mut self, values: &'a [crate::metrics::Value]) -> Html<'a> {
        self.metrics = Some(values);
        self
    }

    /// Prefixes every element id with `prefix` (default `ogi`), so that several reports can
    /// share a page. Characters other than ASCII letters, digits, `-` and `_` become `_`.
    pub fn id_prefix(mut self, prefix: &'a str) -> Html<'a> {
        self.id_prefix = if prefix.chars().all(id_char) && !prefix.is_empty() {
            Cow::Borrowed(prefix)
        } else {
            let mut clean: String = prefix
                .chars()
                .map(|c| if id_char(c) { c } else { '_' })
                .collect();
            if clean.is_empty() {
                clean.push_str("ogi");
            }
            Cow::Owned(clean)
        };
        self
    }

    /// A fragment to embed in a page: one `<article class="ogi-report">`, with no styles of
    /// its own (the classes are listed in the [module docs](super)).
    pub fn fragment(&self) -> String {
        let doc = document(self.report);
        let mut out = String::with_capacity(32 * 1024);
        self.write_article(&doc, &mut out);
        out
    }

    /// The styles [`page`](Html::page) inlines, for a page of one's own that embeds
    /// [`fragment`](Html::fragment)s (served as a stylesheet, say, where a
    /// Content-Security-Policy forbids inline styles).
    pub const STYLE: &'static str = STYLE;

    /// A standalone HTML5 page with its styles inline; readable without scripts.
    pub fn page(&self) -> String {
        let doc = document(self.report);
        let mut out = String::with_capacity(40 * 1024);
        out.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        );
        escape(&doc.title, &mut out);
        out.push_str("</title>\n<style>\n");
        out.push_str(STYLE);
        out.push_str("</style>\n</head>\n<body>\n");
        self.write_article(&doc, &mut out);
        out.push_str("</body>\n</html>\n");
        out
    }

    fn write_article(&self, doc: &Document<'_>, out: &mut String) {
        let marks = self.findings.map(|v| Marks::new(v, doc));
        let _ = writeln!(
            out,
            "<article class=\"ogi-report\" id=\"{}\" lang=\"zh-CN\">",
            self.id_prefix
        );
        out.push_str("<h1>");
        escape(&doc.title, out);
        out.push_str("</h1>\n");
        for block in &doc.blocks {
            match block {
                Block::Heading {
                    text,
                    supplied,
                    anchor,
                } => {
                    let _ = write!(out, "<h2 id=\"{}-{anchor}\"", self.id_prefix);
                    if *supplied {
                        out.push_str(" class=\"ogi-supplied\" title=\"");
                        escape(FieldText::Heading.label(), out);
                        out.push_str("：未记录，此为规定标题\"");
                    }
                    out.push('>');
                    escape(text, out);
                    out.push_str("</h2>\n");
                }
                Block::Text(text) => {
                    for paragraph in text.split('\n') {
                        out.push_str("<p>");
                        escape(paragraph, out);
                        out.push_str("</p>\n");
                    }
                }
                Block::Fields(lines) => {
                    out.push_str("<dl class=\"ogi-fields\">\n");
                    for (label, value) in lines {
                        out.push_str("<div><dt>");
                        escape(label, out);
                        out.push_str("</dt><dd>");
                        escape(value, out);
                        out.push_str("</dd></div>\n");
                    }
                    out.push_str("</dl>\n");
                }
                Block::Table(table) => self.write_table(table, marks.as_ref(), out),
            }
        }
        if let Some(values) = self.metrics {
            super::metrics::html(values, &self.id_prefix, out);
        }
        if let (Some(findings), Some(marks)) = (self.findings, marks.as_ref()) {
            self.write_findings(findings, marks, out);
        }
        out.push_str("</article>\n");
    }

    fn write_table(&self, table: &Table<'_>, marks: Option<&Marks<'_>>, out: &mut String) {
        let _ = writeln!(
            out,
            "<div class=\"ogi-table-wrap\"><table class=\"ogi-table\" id=\"{}-table-{}\">",
            self.id_prefix, table.anchor
        );
        let header_rows = table
            .rows
            .iter()
            .take_while(|r| r.kind == RowKind::Header)
            .count();
        if header_rows > 0 {
            out.push_str("<thead>\n");
        }
        let mut in_body = false;
        for (index, row) in table.rows.iter().enumerate() {
            if index == header_rows && header_rows > 0 {
                out.push_str("</thead>\n");
            }
            if index >= header_rows && (row.kind == RowKind::Section || !in_body) {
                if in_body {
                    out.push_str("</tbody>\n");
                }
                out.push_str("<tbody>\n");
                in_body = true;
            }
            out.push_str(match (row.kind, index < header_rows) {
                (RowKind::Header, false) => "<tr class=\"ogi-subheader\">",
                (RowKind::Section, _) => "<tr class=\"ogi-section\">",
                _ => "<tr>",
            });
            for cell in &row.cells {
                self.write_cell(cell, row.kind, marks, out);
            }
            out.push_str("</tr>\n");
        }
        if in_body {
            out.push_str("</tbody>\n");
        } else if header_rows > 0 {
            out.push_str("</thead>\n");
        }
        out.push_str("</table></div>\n");
    }

    fn write_cell(
        &self,
        cell: &TableCell<'_>,
        row: RowKind,
        marks: Option<&Marks<'_>>,
        out: &mut String,
    ) {
        let spans = |out: &mut String| {
            if cell.colspan > 1 {
                let _ = write!(out, " colspan=\"{}\"", cell.colspan);
            }
            if cell.rowspan > 1 {
                let _ = write!(out, " rowspan=\"{}\"", cell.rowspan);
            }
        };
        match &cell.kind {
            CellKind::Value { pointer, state } => {
                out.push_str("<td");
                spans(out);
                let _ = write!(out, " id=\"{}\"", cell_id(&self.id_prefix, pointer));
                out.push_str(" data-pointer=\"");
                escape(pointer, out);
                out.push('"');
                let mut classes: Vec<&str> = Vec::new();
                match state {
                    ValueState::Number => {}
                    ValueState::Text => classes.push("ogi-text"),
                    ValueState::Blank => classes.push("ogi-blank"),
                    ValueState::Raw => classes.push("ogi-raw"),
                    ValueState::Absent => classes.push("ogi-absent"),
                }
                let mut tooltip = String::new();
                if let Some(marks) = marks {
                    if let Some(flagged) = marks.flagged.get(pointer.as_str()) {
                        classes.push("ogi-flagged");
                        let worst = flagged.iter().map(|f| f.severity).min();
                        classes.push(match worst {
                            Some(Severity::Error) => "ogi-error",
                            _ => "ogi-warning",
                        });
                        for finding in flagged {
                            if !tooltip.is_empty() {
                                tooltip.push('\n');
                            }
                            let _ = write!(
                                tooltip,
                                "{} [{}] {}",
                                finding.severity.label(),
                                finding.rule.id(),
                                finding.message.zh
                            );
                            if let Some(expected) = finding.expected {
                                let _ = write!(
                                    tooltip,
                                    "（{} {expected}）",
                                    FieldText::Expected.label()
                                );
                            }
                        }
                    } else if let Some(rules) = marks.involved.get(pointer.as_str()) {
                        classes.push("ogi-involved");
                        tooltip.push_str("参与核对：");
                        for (i, rule) in rules.iter().enumerate() {
                            if i > 0 {
                                tooltip.push('、');
                            }
                            let _ = write!(tooltip, "[{}] {}", rule.id(), rule.label());
                        }
                    }
                }
                if !classes.is_empty() {
                    let _ = write!(out, " class=\"{}\"", classes.join(" "));
                }
                if !tooltip.is_empty() {
                    out.push_str(" title=\"");
                    escape(&tooltip, out);
                    out.push('"');
                }
                out.push('>');
                escape(&cell.text, out);
                out.push_str("</td>");
            }
            kind => {
                out.push_str("<th");
                spans(out);
                out.push_str(match (kind, row) {
                    (CellKind::Note, _) => " class=\"ogi-note\"",
                    (CellKind::Label, _) => " scope=\"row\"",
                    (_, RowKind::Section) => " scope=\"colgroup\"",
                    _ if cell.colspan > 1 => " scope=\"colgroup\"",
                    _ => " scope=\"col\"",
                });
                out.push('>');
                escape(&cell.text, out);
                out.push_str("</th>");
            }
        }
    }

    fn write_findings(&self, findings: &Validation, marks: &Marks<'_>, out: &mut String) {
        let count = |s: Severity| findings.with_severity(s).count();
        let _ = writeln!(
            out,
            "<section class=\"ogi-findings\" id=\"{}-findings\">",
            self.id_prefix
        );
        out.push_str("<h2>");
        escape(FieldText::Finding.label(), out);
        out.push_str("</h2>\n<p class=\"ogi-tally\">");
        let _ = write!(
            out,
            "{} {} · {} {} · {} {}",
            Severity::Error.label(),
            count(Severity::Error),
            Severity::Warning.label(),
            count(Severity::Warning),
            Severity::Notice.label(),
            count(Severity::Notice)
        );
        out.push_str("</p>\n");
        let serious: Vec<&Finding> = findings
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Notice)
            .collect();
        if !serious.is_empty() {
            out.push_str("<ol class=\"ogi-finding-list\">\n");
            for finding in serious {
                self.write_finding(finding, marks, out);
            }
            out.push_str("</ol>\n");
        }
        let notices = count(Severity::Notice);
        if notices > 0 {
            let _ = writeln!(
                out,
                "<details class=\"ogi-notices\"><summary>{}（{notices}）</summary>\n<ol class=\"ogi-finding-list\">",
                Severity::Notice.label()
            );
            for finding in findings.with_severity(Severity::Notice) {
                self.write_finding(finding, marks, out);
            }
            out.push_str("</ol>\n</details>\n");
        }
        out.push_str("</section>\n");
    }

    fn write_finding(&self, finding: &Finding, marks: &Marks<'_>, out: &mut String) {
        let _ = write!(
            out,
            "<li class=\"ogi-{}\"><span class=\"ogi-severity\">{}</span> <code>{}</code> ",
            finding.severity,
            finding.severity.label(),
            finding.rule.id()
        );
        if marks.rendered.contains(finding.pointer.as_str()) {
            let _ = write!(
                out,
                "<a href=\"#{}\"><code>",
                cell_id(&self.id_prefix, &finding.pointer)
            );
            escape(&finding.pointer, out);
            out.push_str("</code></a>");
        } else {
            out.push_str("<code>");
            escape(&finding.pointer, out);
            out.push_str("</code>");
        }
        out.push_str("<br>");
        escape(&finding.message.zh, out);
        out.push_str("<br><span lang=\"en\">");
        escape(&finding.message.en, out);
        out.push_str("</span></li>\n");
    }
}

/// The cells the findings concern.
struct Marks<'v> {
    /// Cells a finding (error or warning) is about.
    flagged: HashMap<&'v str, Vec<&'v Finding>>,
    /// Cells such a finding read, with the rules that read them.
    involved: HashMap<&'v str, Vec<Rule>>,
    /// The pointer of every value cell on the page, for the findings list's links.
    rendered: HashSet<&'v str>,
}

impl<'v> Marks<'v> {
    fn new(findings: &'v Validation, doc: &'v Document<'_>) -> Marks<'v> {
        let mut flagged: HashMap<&str, Vec<&Finding>> = HashMap::new();
        let mut involved: HashMap<&str, Vec<Rule>> = HashMap::new();
        for finding in &findings.findings {
            // notices are listed, not marked; findings across years concern other reports too
            if finding.severity == Severity::Notice || finding.report_year.is_some() {
                continue;
            }
            flagged
                .entry(finding.pointer.as_str())
                .or_default()
                .push(finding);
            for operand in &finding.operands {
                if operand.report_year.is_none() && operand.pointer != finding.pointer {
                    let rules = involved.entry(operand.pointer.as_str()).or_default();
                    if !rules.contains(&finding.rule) {
                        rules.push(finding.rule);
                    }
                }
            }
        }
        let mut rendered = HashSet::new();
        for block in &doc.blocks {
            if let Block::Table(table) = block {
                for row in &table.rows {
                    for cell in &row.cells {
                        if let CellKind::Value { pointer, .. } = &cell.kind {
                            rendered.insert(pointer.as_str());
                        }
                    }
                }
            }
        }
        Marks {
            flagged,
            involved,
            rendered,
        }
    }
}

/// The element id of the cell at `pointer`: the pointer's tokens joined by `-`.
pub(crate) fn cell_id(prefix: &str, pointer: &str) -> String {
    let mut id = String::with_capacity(prefix.len() + pointer.len() + 2);
    id.push_str(prefix);
    id.push_str("-cell");
    for c in pointer.chars() {
        match c {
            '/' => id.push('-'),
            c if id_char(c) => id.push(c),
            _ => id.push('_'),
        }
    }
    id
}

fn id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

const STYLE: &str = r#"body { margin: 0; background: #f6f6f4; color: #1a1a1a; }
.ogi-report { max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 3rem; background: #fff;
  font: 15px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
.ogi-report h1 { font-size: 1.5rem; text-align: center; margin: 0.5rem 0 1rem; }
.ogi-report h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
.ogi-report h2.ogi-supplied { color: #555; font-style: italic; }
.ogi-report p { margin: 0.3rem 0; text-indent: 2em; }
.ogi-fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0 0 1rem; }
.ogi-fields div { display: contents; }
.ogi-fields dt { color: #555; }
.ogi-fields dd { margin: 0; }
.ogi-table-wrap { overflow-x: auto; margin: 0.75rem 0; }
.ogi-table { border-collapse: collapse; font-size: 13px; line-height: 1.4; }
.ogi-table th, .ogi-table td { border: 1px solid #444; padding: 0.25rem 0.4rem; }
.ogi-table th { font-weight: normal; background: #f2f2ee; text-align: center; }
.ogi-table th[scope="row"] { text-align: left; }
.ogi-table th[rowspan][scope="row"] { min-width: 5.5em; }
.ogi-table .ogi-note { font-size: 12px; max-width: 16rem; }
.ogi-table tr.ogi-section th { font-weight: bold; text-align: left; background: #e6e6df; }
.ogi-table td { text-align: center; min-width: 2.5rem; font-variant-numeric: tabular-nums; }
.ogi-table td.ogi-text { text-align: left; }
.ogi-table td.ogi-raw { text-align: center; color: #6a4a00; }
.ogi-table td.ogi-blank { background: repeating-linear-gradient(135deg, #fff, #fff 4px, #f0f0f0 4px, #f0f0f0 8px); }
.ogi-table td.ogi-absent { background: #ddd; }
.ogi-table td.ogi-error { background: #ffd5d2; outline: 2px solid #c62828; outline-offset: -2px; }
.ogi-table td.ogi-warning { background: #ffefc2; outline: 2px solid #b26a00; outline-offset: -2px; }
.ogi-table td.ogi-involved { background: #fff6dc; outline: 1px dashed #b26a00; outline-offset: -2px; }
.ogi-table td:target { box-shadow: 0 0 0 3px #1565c0 inset; }
.ogi-findings { margin-top: 2.5rem; border-top: 2px solid #444; }
.ogi-finding-list { padding-left: 1.5rem; }
.ogi-finding-list li { margin: 0.4rem 0; }
.ogi-finding-list li.ogi-error .ogi-severity { color: #c62828; font-weight: bold; }
.ogi-finding-list li.ogi-warning .ogi-severity { color: #b26a00; font-weight: bold; }
.ogi-finding-list [lang="en"] { color: #555; }
.ogi-notices summary { cursor: pointer; margin: 0.5rem 0; }
@media print {
  body { background: #fff; }
  .ogi-report { max-width: none; padding: 0; font-size: 11pt; }
  .ogi-table-wrap { overflow: visible; }
  .ogi-table { width: 100%; font-size: 8pt; line-height: 1.25; }
  .ogi-table th, .ogi-table td { padding: 1px 2px; }
  .ogi-table .ogi-note { font-size: 7.5pt; }
  .ogi-table td.ogi-blank { background: none; }
}
"#;
