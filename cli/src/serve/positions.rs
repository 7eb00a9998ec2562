//! Where a finding is, in the words of the page the clerk sees: the page of the PDF, and the
//! table, row and column as the rendered tables show them ("第 2 页 · 表三 第 5 行「1.属于国家秘密」
//! 自然人"); and the marks of findings about a whole row, or a group of cells, on the cells they
//! cover.
//!
//! The tables are read back from the renderer's fragment (its `data-pointer` cells, in its
//! rows), the labels from the catalogue's (through [`ogi_report::tidy`]), so a position names
//! what the page shows.

use std::collections::HashMap;
use std::fmt::Write as _;

use ogi_report::Report;
use ogi_report::catalogue::Part;
use ogi_report::findings::{Finding, Severity};
use ogi_report::render::escape_html as escape;

/// A value cell of the rendered tables.
#[derive(Debug, Clone)]
struct CellAt {
    /// The cell's JSON Pointer.
    pointer: String,
    /// The part whose table it is in (`requests`).
    part: String,
    /// Its row among the table's rows with values, from 1.
    row: usize,
    /// Its element id.
    id: String,
}

/// Where each cell and part heading of a rendered report is.
#[derive(Debug)]
pub struct Places {
    /// Every value cell, in the page's order.
    cells: Vec<CellAt>,
    by_pointer: HashMap<String, usize>,
    /// A cell's official row and column labels, outermost first.
    labels: HashMap<String, (Vec<String>, Vec<String>)>,
    /// Part headings: the part's id, with its element id.
    headings: HashMap<String, String>,
    /// The byte offsets of the form feeds between the pages of the text read, if any.
    page_breaks: Vec<usize>,
}

/// A finding's place, for the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Where {
    /// "表三 第 5 行「1.属于国家秘密」 自然人", or a part's heading.
    pub text: String,
    /// The element id to link to.
    pub anchor: String,
}

impl Places {
    /// Reads the cells of `fragment`, as rendered from `report`; `text` is the text the
    /// findings' spans refer to.
    pub fn new(fragment: &str, report: &Report, text: &str) -> Places {
        let mut cells = Vec::new();
        let mut headings = HashMap::new();
        for heading in fragment.split("<h2 id=\"").skip(1) {
            let Some(id) = heading.split('"').next() else {
                continue;
            };
            if let Some((_, part)) = id.split_once('-') {
                headings.insert(part.to_owned(), id.to_owned());
            }
        }
        for table in fragment.split("<table class=\"ogi-table\" id=\"").skip(1) {
            let Some(id) = table.split('"').next() else {
                continue;
            };
            let Some(part) = id.split_once("-table-").map(|(_, part)| part) else {
                continue;
            };
            let table = table.split("</table>").next().unwrap_or_default();
            let mut row = 0;
            for tr in table.split("<tr").skip(1) {
                let tr = tr.split("</tr>").next().unwrap_or_default();
                let mut any = false;
                for td in tr.split("<td").skip(1) {
                    let tag = td.split('>').next().unwrap_or_default();
                    let (Some(id), Some(pointer)) =
                        (attribute(tag, "id"), attribute(tag, "data-pointer"))
                    else {
                        continue;
                    };
                    if !any {
                        any = true;
                        row += 1;
                    }
                    cells.push(CellAt {
                        pointer: unescape(pointer),
                        part: part.to_owned(),
                        row,
                        id: id.to_owned(),
                    });
                }
            }
        }
        let by_pointer = cells
            .iter()
            .enumerate()
            .map(|(i, c)| (c.pointer.clone(), i))
            .collect();
        let labels = ogi_report::tidy::rows(report)
            .into_iter()
            .map(|row| {
                let split = |labels: &str| -> Vec<String> {
                    labels
                        .split(" › ")
                        .filter(|l| !l.is_empty())
                        .map(str::to_owned)
                        .collect()
                };
                (
                    format!("/{}/{}/{}", row.table, row.row_id, row.column_id),
                    (split(&row.row_label), split(&row.column_label)),
                )
            })
            .collect();
        let page_breaks = text.match_indices('\u{c}').map(|(at, _)| at).collect();
        Places {
            cells,
            by_pointer,
            labels,
            headings,
            page_breaks,
        }
    }

    /// The page of the text at byte `at`, from 1, when the text has pages (a PDF's, or
    /// `pdftotext`'s).
    pub fn page(&self, at: usize) -> Option<usize> {
        if self.page_breaks.is_empty() {
            return None;
        }
        Some(1 + self.page_breaks.partition_point(|&b| b < at))
    }

    /// Where `pointer` is on the page: a cell, the cells under it (a row, rows, a group of
    /// columns, a table), or the heading of its part.
    pub fn of(&self, pointer: &str) -> Option<Where> {
        if let Some(&i) = self.by_pointer.get(pointer) {
            let cell = &self.cells[i];
            let table = table_name(&cell.part)?;
            let mut text = format!("{table} 第 {} 行", cell.row);
            if let Some((rows, columns)) = self.labels.get(pointer) {
                if let Some(row) = rows.last() {
                    let _ = write!(text, "「{row}」");
                }
                if let Some(column) = columns.last() {
                    let _ = write!(text, " {column}");
                }
            }
            return Some(Where {
                text,
                anchor: cell.id.clone(),
            });
        }
        let under = self.under(pointer);
        if let Some(first) = under.first() {
            let table = table_name(&first.part)?;
            let anchor = first.id.clone();
            if pointer.trim_start_matches('/') == first.part {
                return Some(Where {
                    text: table,
                    anchor,
                });
            }
            let low = under.iter().map(|c| c.row).min().unwrap_or(first.row);
            let high = under.iter().map(|c| c.row).max().unwrap_or(first.row);
            let mut text = if low == high {
                format!("{table} 第 {low} 行")
            } else {
                format!("{table} 第 {low}–{high} 行")
            };
            if let Some(label) = self.common_row_label(&under) {
                let _ = write!(text, "「{label}」");
            }
            return Some(Where { text, anchor });
        }
        let part = pointer.trim_start_matches('/').split('/').next()?;
        let anchor = self.headings.get(part)?;
        Some(Where {
            text: Part::from_id(part)?.label().to_owned(),
            anchor: anchor.clone(),
        })
    }

    /// The rendered cells under `pointer`, not it itself, when they are all in one table.
    fn under(&self, pointer: &str) -> Vec<&CellAt> {
        let pointer = pointer.trim_end_matches('/');
        if pointer.is_empty() {
            return Vec::new();
        }
        let prefix = format!("{pointer}/");
        let cells: Vec<&CellAt> = self
            .cells
            .iter()
            .filter(|c| c.pointer.starts_with(&prefix))
            .collect();
        if cells.windows(2).any(|w| w[0].part != w[1].part) {
            return Vec::new();
        }
        cells
    }

    /// The innermost row label the cells share.
    fn common_row_label(&self, cells: &[&CellAt]) -> Option<String> {
        let mut common: Option<&[String]> = None;
        for cell in cells {
            let rows = &self.labels.get(&cell.pointer)?.0;
            common = Some(match common {
                None => rows,
                Some(c) => {
                    let shared = c.iter().zip(rows).take_while(|(a, b)| a == b).count();
                    &c[..shared]
                }
            });
        }
        common.and_then(<[String]>::last).cloned()
    }

    /// `fragment` with each error and warning about a whole row or a group of cells (not a
    /// cell, not a whole table) marked on the cells it covers (`serve-in-error`,
    /// `serve-in-warning`, with the message as their tooltip) and, where it covers every
    /// value of a row, on the row (`<tr class="serve-row-warning">`).
    pub fn mark_rows(&self, fragment: &str, findings: &[&Finding]) -> String {
        // The covered cells, each with its worst severity and its messages.
        let mut covered: HashMap<&str, (Severity, Vec<String>)> = HashMap::new();
        for finding in findings {
            if finding.severity == Severity::Notice
                || finding.report_year.is_some()
                || self.by_pointer.contains_key(finding.pointer.as_str())
            {
                continue;
            }
            let under = self.under(&finding.pointer);
            if under
                .first()
                .is_none_or(|c| finding.pointer.trim_start_matches('/') == c.part)
            {
                continue;
            }
            for cell in under {
                let entry = covered
                    .entry(cell.pointer.as_str())
                    .or_insert((finding.severity, Vec::new()));
                entry.0 = entry.0.min(finding.severity);
                entry.1.push(format!(
                    "{}：{}",
                    finding.severity.label(),
                    finding.message.zh
                ));
            }
        }
        if covered.is_empty() {
            return fragment.to_owned();
        }
        let mut out = String::with_capacity(fragment.len() + 4 * 1024);
        let mut rest = fragment;
        while let Some(at) = rest.find("<tr") {
            out.push_str(&rest[..at]);
            rest = &rest[at..];
            let end = rest.find("</tr>").map_or(rest.len(), |e| e + "</tr>".len());
            let (row, after) = rest.split_at(end);
            out.push_str(&self.mark_row(row, &covered));
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// One `<tr>…</tr>`, its covered cells marked.
    fn mark_row(&self, row: &str, covered: &HashMap<&str, (Severity, Vec<String>)>) -> String {
        let mut cells = 0;
        let mut marked = 0;
        let mut worst: Option<Severity> = None;
        let mut body = String::with_capacity(row.len() + 256);
        let mut rest = row;
        while let Some(at) = rest.find("<td") {
            body.push_str(&rest[..at]);
            rest = &rest[at..];
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            let (tag, after) = rest.split_at(end);
            rest = after;
            let Some(pointer) = attribute(tag, "data-pointer").map(unescape) else {
                body.push_str(tag);
                continue;
            };
            cells += 1;
            let Some((severity, messages)) = covered.get(pointer.as_str()) else {
                body.push_str(tag);
                continue;
            };
            marked += 1;
            worst = Some(worst.map_or(*severity, |w| w.min(*severity)));
            let mut tag = with_class(tag, &format!("serve-in-{severity}"));
            let mut tooltip = String::new();
            escape(&messages.join("\n"), &mut tooltip);
            tag = with_title(&tag, &tooltip);
            body.push_str(&tag);
        }
        body.push_str(rest);
        match worst {
            Some(severity) if marked == cells => {
                let open_end = body.find('>').unwrap_or(0);
                let (open, inner) = body.split_at(open_end + 1);
                format!(
                    "{}{inner}",
                    with_class(open, &format!("serve-row-{severity}"))
                )
            }
            _ => body,
        }
    }
}

/// "表三" for part 三's table: the numeral of the part's catalogue label.
fn table_name(part: &str) -> Option<String> {
    let numeral = Part::from_id(part)?.label().chars().next()?;
    Some(format!("表{numeral}"))
}

/// The value of `name="…"` in an opening tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// An opening tag with `class` added to its classes.
fn with_class(tag: &str, class: &str) -> String {
    if let Some(at) = tag.find(" class=\"") {
        let start = at + " class=\"".len();
        let end = start + tag[start..].find('"').unwrap_or(0);
        format!("{} {class}{}", &tag[..end], &tag[end..])
    } else {
        let end = tag.rfind('>').unwrap_or(tag.len());
        format!("{} class=\"{class}\"{}", &tag[..end], &tag[end..])
    }
}

/// An opening tag with `title` (escaped) added to its title, on a line of its own.
fn with_title(tag: &str, title: &str) -> String {
    if let Some(at) = tag.find(" title=\"") {
        let start = at + " title=\"".len();
        let end = start + tag[start..].find('"').unwrap_or(0);
        format!("{}\n{title}{}", &tag[..end], &tag[end..])
    } else {
        let end = tag.rfind('>').unwrap_or(tag.len());
        format!("{} title=\"{title}\"{}", &tag[..end], &tag[end..])
    }
}

/// Decodes the five escapes [`escape`] writes.
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ogi_report::render::Html;

    fn places(text: &str) -> Places {
        let json = include_str!("../../../tests/fixtures/reports/002_luohe_huizu_2022.json");
        let report = Report::from_json(json).expect("a report");
        let fragment = Html::new(&report).fragment();
        Places::new(&fragment, &report, text)
    }

    #[test]
    fn a_cell_a_row_a_block_of_rows_a_table_and_a_part_in_the_tables_words() {
        let places = places("");
        let of = |pointer: &str| places.of(pointer).map(|w| (w.text, w.anchor));
        assert_eq!(
            of("/requests/outcomes/withheld/state_secret/natural_person"),
            Some((
                "表三 第 5 行「1.属于国家秘密」 自然人".to_owned(),
                "ogi-cell-requests-outcomes-withheld-state_secret-natural_person".to_owned()
            ))
        );
        assert_eq!(
            of("/requests/carried_forward"),
            Some((
                "表三 第 25 行「四、结转下年度继续办理」".to_owned(),
                "ogi-cell-requests-carried_forward-natural_person".to_owned()
            ))
        );
        assert_eq!(
            of("/requests/outcomes/withheld"),
            Some((
                "表三 第 5–12 行「（三）不予公开」".to_owned(),
                "ogi-cell-requests-outcomes-withheld-state_secret-natural_person".to_owned()
            ))
        );
        assert_eq!(
            of("/review_litigation/litigation_direct"),
            Some((
                "表四 第 1 行「未经复议直接起诉」".to_owned(),
                "ogi-cell-review_litigation-litigation_direct-upheld".to_owned()
            ))
        );
        assert_eq!(
            of("/proactive/administrative_fees/amount"),
            Some((
                "表二 第 6 行「行政事业性收费」 本年收费金额（单位：万元）".to_owned(),
                "ogi-cell-proactive-administrative_fees-amount".to_owned()
            ))
        );
        assert_eq!(
            of("/requests"),
            Some((
                "表三".to_owned(),
                "ogi-cell-requests-new_received-natural_person".to_owned()
            ))
        );
        assert_eq!(
            of("/overview/text"),
            Some(("一、总体情况".to_owned(), "ogi-overview".to_owned()))
        );
        assert_eq!(of(""), None);
        assert_eq!(of("/meta/agency"), None);
        // A value of a part that is not in its table: the part's heading.
        assert_eq!(
            of("/requests/text_before"),
            Some((
                "三、收到和处理政府信息公开申请情况".to_owned(),
                "ogi-requests".to_owned()
            ))
        );
    }

    #[test]
    fn the_page_is_counted_by_the_form_feeds_before_the_place() {
        assert_eq!(places("no pages").page(3), None);
        let paged = places("one\u{c}two\u{c}three");
        assert_eq!(paged.page(0), Some(1));
        assert_eq!(paged.page(3), Some(1));
        assert_eq!(paged.page(4), Some(2));
        assert_eq!(paged.page(9), Some(3));
    }

    #[test]
    fn a_class_and_a_title_join_those_a_tag_has() {
        assert_eq!(with_class("<tr>", "x"), "<tr class=\"x\">");
        assert_eq!(
            with_class("<td id=\"a\" class=\"ogi-blank\">", "x"),
            "<td id=\"a\" class=\"ogi-blank x\">"
        );
        assert_eq!(
            with_title("<td id=\"a\">", "警告：&lt;"),
            "<td id=\"a\" title=\"警告：&lt;\">"
        );
        assert_eq!(
            with_title("<td title=\"错误 [a] b\">", "警告：c"),
            "<td title=\"错误 [a] b\n警告：c\">"
        );
        assert_eq!(
            attribute("<td id=\"a\" data-pointer=\"/x/y\">", "data-pointer"),
            Some("/x/y")
        );
        assert_eq!(attribute("<td id=\"a\">", "data-pointer"), None);
    }
}
