//! The pages of `ogi serve`, built on the server: the form, the result, and the pages that
//! say why there is no result. Chinese first, English beside it. Every page works without
//! scripts; `drop.js` only adds dropping a file on the form.

use std::fmt::Write as _;

use ogi_report::Error as LoadError;
use ogi_report::catalogue::FieldText;
use ogi_report::findings::{Finding, Severity};
use ogi_report::load::{Loaded, Placed};
use ogi_report::meta::ReportYear;
use ogi_report::parse::{ParseError, PdfProblem};
use ogi_report::render::{Html, escape_html as escape};

use super::Refusal;
use super::positions::Places;
use crate::check::{CellsRead, Counts};

/// The server's own styles, served after the report renderer's ([`Html::STYLE`]).
pub const STYLE: &str = include_str!("assets/ogi-serve.css");

/// Dropping a file on the form: the only script, and the page works without it.
pub const SCRIPT: &str = include_str!("assets/drop.js");

/// What the page says when there is no result: what happened, in words anyone reads, what
/// to try, and the technical detail.
#[derive(Debug, Clone)]
pub struct Words {
    pub zh_title: String,
    pub en_title: String,
    pub zh_try: String,
    pub en_try: String,
    /// The exact error, for whoever maintains the file or the server.
    pub detail: String,
}

impl Words {
    fn new(zh_title: &str, en_title: &str, zh_try: &str, en_try: &str, detail: String) -> Words {
        Words {
            zh_title: zh_title.to_owned(),
            en_title: en_title.to_owned(),
            zh_try: zh_try.to_owned(),
            en_try: en_try.to_owned(),
            detail,
        }
    }

    /// Why a request was not checked.
    pub fn of_refusal(refusal: &Refusal) -> Words {
        match refusal {
            Refusal::NoFile => Words::new(
                "没有收到文件",
                "No file was received",
                "请选择报告文件（PDF、Word、网页、文本或 JSON），再点“核对”。",
                "Choose the report's file (PDF, Word, web page, text or JSON), then press Check.",
                "the request holds no file (a multipart field named \"file\", or a body)".into(),
            ),
            Refusal::BadField(field, value) => Words::new(
                "表单中有一栏无法识别",
                "A field of the form is not understood",
                &format!(
                    "年度请填 {} 至 {} 之间的四位数字（如 2023）；级别请选“部门”或“本级政府”，或留空。",
                    ReportYear::MIN,
                    ReportYear::MAX
                ),
                &format!(
                    "Give the year as four digits from {} to {} (such as 2023); choose 部门 or 本级政府 as the level, or leave it empty.",
                    ReportYear::MIN,
                    ReportYear::MAX
                ),
                format!("field {field}: {value}"),
            ),
            Refusal::TooLarge(limit) => Words::new(
                &format!("文件太大：本服务接受不超过 {} 的文件", size(*limit)),
                &format!(
                    "The file is too large: this service takes files up to {}",
                    size(*limit)
                ),
                "年度报告通常只有几百 KB。很大的 PDF 多半含有大量图片：请上传报告的网页版、Word 版或文字版 PDF。",
                "An annual report is usually a few hundred KB. A very large PDF is mostly pictures: upload the report's web page, Word file or a PDF with text instead.",
                format!("the request body is over {} bytes", limit),
            ),
            Refusal::SlowUpload(limit) => Words::new(
                "上传用时过长，已停止",
                "The upload took too long and was stopped",
                "网络可能太慢。请稍后再上传一次。",
                "The connection may be too slow. Upload the file again later.",
                format!("the body did not arrive within {} s", limit.as_secs_f64()),
            ),
            Refusal::BadBody(text) => Words::new(
                "上传没有完成",
                "The upload did not complete",
                "请重新上传一次。",
                "Upload the file again.",
                text.clone(),
            ),
            Refusal::NoRoom => Words::new(
                "服务器正忙",
                "The server is busy",
                "正在上传的文件太多。请过几秒钟再试。",
                "Too many files are being uploaded. Try again in a few seconds.",
                format!(
                    "the request bodies being received fill the server's budget; Retry-After: {} s",
                    super::RETRY_AFTER
                ),
            ),
            Refusal::Busy => Words::new(
                "服务器正忙",
                "The server is busy",
                "正在核对的报告太多。请过几秒钟再试。",
                "Too many reports are being checked. Try again in a few seconds.",
                format!(
                    "every check slot and the queue are taken; Retry-After: {} s",
                    super::RETRY_AFTER
                ),
            ),
            Refusal::LargeBusy => Words::new(
                "服务器正忙",
                "The server is busy",
                "另一份大文件正在核对，大文件一次只核对一份。请过几秒钟再试。",
                "Another large file is being checked, and large files are checked one at a time. Try again in a few seconds.",
                format!(
                    "a body over {} waits for the large check working; Retry-After: {} s",
                    size(super::LARGE_BODY),
                    super::RETRY_AFTER
                ),
            ),
            Refusal::TimeLimit(limit) => Words::new(
                &format!("核对用时超过 {} 秒，已停止", limit.as_secs_f64()),
                &format!(
                    "The check took longer than {} s and was stopped",
                    limit.as_secs_f64()
                ),
                "文件可能很大或结构复杂。请稍后再试，或上传该报告的网页版或 Word 版。",
                "The file may be very large or complex. Try again later, or upload the report's web page or Word file.",
                format!("time limit {} ms", limit.as_millis()),
            ),
            Refusal::Failed => Words::new(
                "核对中出错",
                "The check failed",
                "请再试一次；如仍出错，请将文件交给本服务的维护者。",
                "Try once more; if it fails again, give the file to whoever runs this service.",
                "the check stopped unexpectedly".into(),
            ),
        }
    }

    /// Why a file could not be read.
    pub fn of_load_error(name: &str, error: &LoadError) -> Words {
        let detail = format!("{name}: {error}");
        let words = |zh_title: &str, en_title: &str, zh_try: &str, en_try: &str| {
            Words::new(zh_title, en_title, zh_try, en_try, detail.clone())
        };
        match error {
            LoadError::Parse(parse) => match parse {
                ParseError::Empty => words(
                    "文件是空的",
                    "The file is empty",
                    "请确认选择的是报告文件本身。",
                    "Check that you chose the report's file itself.",
                ),
                ParseError::Binary { .. } => words(
                    "这不是能读取的文件：不是 PDF、Word (.docx)、网页或文本",
                    "This is not a file that can be read: not a PDF, Word (.docx), web page or text",
                    "旧的 Word 文件 (.doc)、WPS 文件、图片和压缩包都无法读取。请在 Word 或 WPS 中另存为 .docx 或 PDF 后再上传。",
                    "Old Word files (.doc), WPS files, pictures and archives cannot be read. Save the report as .docx or PDF in Word or WPS, then upload that.",
                ),
                ParseError::NotAReport { .. } => words(
                    "文件中没有找到政府信息公开工作年度报告",
                    "No annual report on Open Government Information work was found in the file",
                    "请确认上传的是年度报告本身，而不是通知、目录页或其他文件。",
                    "Check that the file is the annual report itself, not a notice, an index page or another document.",
                ),
                ParseError::NoTables { .. } => words(
                    "没有找到规定的表格（第二、三、四部分）",
                    "The prescribed tables (parts 二, 三 and 四) were not found",
                    "如果表格在文件里是图片，就无法读取。请上传表格为文字的版本，例如报告的网页版或 Word 版。",
                    "Tables that are pictures in the file cannot be read. Upload a version where the tables are text, such as the report's web page or Word file.",
                ),
                ParseError::Pdf { problem, .. } => match problem {
                    PdfProblem::NoTextLayer => words(
                        "这个 PDF 没有文字层：它是扫描件",
                        "This PDF has no text layer: it is a scan",
                        "扫描件里只有图片，没有可读的文字。请先用文字识别（OCR）处理，或上传该报告的网页版或 Word 版。",
                        "A scan holds pictures of the pages, not text. Run text recognition (OCR) on it first, or upload the report's web page or Word file.",
                    ),
                    PdfProblem::Encrypted => words(
                        "这个 PDF 已加密",
                        "This PDF is encrypted",
                        "请打开文件后“打印”为新的 PDF（不加密），再上传。",
                        "Open it and print it to a new PDF (without protection), then upload that.",
                    ),
                    _ => words(
                        "这个 PDF 已损坏或不完整",
                        "This PDF is damaged or incomplete",
                        "请重新下载该文件；如果仍然如此，请上传报告的网页版或 Word 版。",
                        "Download the file again; if it still fails, upload the report's web page or Word file.",
                    ),
                },
                ParseError::Docx { .. } => words(
                    "这个 Word 文件无法读取",
                    "This Word file cannot be read",
                    "请在 Word 或 WPS 中重新另存为 .docx，或另存为 PDF 后再上传。",
                    "Save it again as .docx in Word or WPS, or save it as PDF, then upload that.",
                ),
                ParseError::TooLarge { limit, .. } => words(
                    &format!("文件太大：最多读取 {}", size(*limit)),
                    &format!("The file is too large: at most {} is read", size(*limit)),
                    "请上传报告的网页版、Word 版或文字版 PDF。",
                    "Upload the report's web page, Word file or a PDF with text.",
                ),
                _ => words(
                    "文件无法读取",
                    "The file cannot be read",
                    "请上传报告的 PDF、Word 或网页版。",
                    "Upload the report as PDF, Word or web page.",
                ),
            },
            LoadError::NotUtf8 { .. } | LoadError::Json(_) => words(
                "这个 JSON 文件不是规范格式的年度报告",
                "This JSON file is not a report in the canonical form",
                "JSON 须符合本项目的报告模式（ogi schema report）。下面的技术信息指出了出错的位置。已发布的报告请直接上传 PDF、Word 或网页。",
                "JSON must follow the report schema (ogi schema report); the technical detail below names the place at fault. Upload a published report as PDF, Word or web page instead.",
            ),
            _ => words(
                "文件无法读取",
                "The file cannot be read",
                "请上传报告的 PDF、Word 或网页版。",
                "Upload the report as PDF, Word or web page.",
            ),
        }
    }
}

/// `20 MiB`, `512 KiB`, `700 bytes`.
fn size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes % (1 << 10) == 0 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} bytes")
    }
}

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(text, &mut out);
    out
}

fn head(out: &mut String, title: &str, script: bool) {
    out.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // No icon to fetch.
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>");
    escape(title, out);
    out.push_str("</title>\n<link rel=\"stylesheet\" href=\"/static/ogi-serve.css\">\n");
    if script {
        out.push_str("<script src=\"/static/drop.js\" defer></script>\n");
    }
    out.push_str("</head>\n<body class=\"serve\">\n");
}

fn foot(out: &mut String) {
    out.push_str(
        "<footer class=\"serve-foot\"><p>上传的文件只在内存中读取，核对后即丢弃：不写入磁盘，不记录内容，不使用 Cookie。\
         <span lang=\"en\">Files are read in memory and dropped after the check: nothing is written to disk, no content is logged, no cookie is set.</span></p>\
         <p>ogi-report ",
    );
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str("</p></footer>\n</body>\n</html>\n");
}

const TITLE: &str =
    "政府信息公开工作年度报告核对 · Check an annual report on Open Government Information work";

/// The form page.
pub fn form() -> String {
    let mut out = String::with_capacity(8 * 1024);
    head(&mut out, TITLE, true);
    out.push_str(
        r#"<main class="serve-main">
<h1>政府信息公开工作年度报告核对 <span lang="en">Check an annual report on Open Government Information work</span></h1>
<p class="serve-lead">选择或拖入一份年度报告，查看它的三张规定表格和每一处核对结果：表内勾稽关系、正文与表格是否一致、缺项与空格。
<span lang="en">Choose or drop an annual report to see its three prescribed tables and every finding: the tables' identities, the text against the tables, missing parts and blank cells.</span></p>
<form class="serve-form" method="post" action="/check" enctype="multipart/form-data">
<div class="serve-drop">
<label for="file">报告文件 <span lang="en">Report file</span></label>
<input type="file" id="file" name="file" required accept=".pdf,.docx,.html,.htm,.xhtml,.txt,.text,.md,.markdown,.tsv,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html,text/plain,text/markdown,application/json">
<p class="serve-hint">PDF、Word (.docx)、网页 (HTML)、文本、Markdown 或 JSON，格式按内容识别，不看文件名。也可以把文件拖到这里。
<span lang="en">PDF, Word (.docx), web page (HTML), text, Markdown or JSON; the form is told from the content, not the name. You can also drop the file here.</span></p>
<p class="serve-status" role="status" aria-live="polite"></p>
</div>
<fieldset class="serve-options">
<legend>选填：报告中没有写明时 <span lang="en">Optional: when the report does not say</span></legend>
<p><label for="agency">机关名称 <span lang="en">Agency</span></label>
<input type="text" id="agency" name="agency" maxlength="100" placeholder="例如 某市城市管理局"></p>
<p><label for="year">报告年度 <span lang="en">Report year</span></label>
<input type="number" id="year" name="year" min=""#,
    );
    // The library's own bounds for a report year: the server takes the same.
    let _ = write!(out, "{}\" max=\"{}", ReportYear::MIN, ReportYear::MAX);
    out.push_str(
        r#"" step="1" placeholder="2023"></p>
<p><label for="level">机关级别 <span lang="en">Level</span></label>
<select id="level" name="level">
<option value="">按报告判断 · as the report says</option>
<option value="department">部门（1月31日前公布） · department (by 31 January)</option>
<option value="government">本级政府（3月31日前公布） · government (by 31 March)</option>
</select></p>
</fieldset>
<p><button type="submit">核对 <span lang="en">Check</span></button></p>
</form>
<section class="serve-about">
<h2>其他系统 <span lang="en">For other systems</span></h2>
<p><code>POST /api/check</code>：同样的核对，返回 JSON（与 <code>ogi check --format json</code> 的对象相同）。
<span lang="en">The same check as JSON (the object of <code>ogi check --format json</code>).</span></p>
<pre>curl -F file=@report.pdf http://HOST/api/check</pre>
</section>
</main>
"#,
    );
    foot(&mut out);
    out
}

/// The page for a path that is not one of the server's.
pub fn not_found() -> String {
    problem(&Words::new(
        "没有这个页面",
        "There is no such page",
        "请从首页上传报告。",
        "Upload the report from the first page.",
        "not found".into(),
    ))
}

/// A page that says why there is no result, and what to try.
pub fn problem(words: &Words) -> String {
    let mut out = String::with_capacity(4 * 1024);
    head(
        &mut out,
        &format!("{} · {}", words.zh_title, words.en_title),
        false,
    );
    out.push_str("<main class=\"serve-main serve-problem\">\n<h1>");
    escape(&words.zh_title, &mut out);
    out.push_str(" <span lang=\"en\">");
    escape(&words.en_title, &mut out);
    out.push_str("</span></h1>\n<p class=\"serve-try\">");
    escape(&words.zh_try, &mut out);
    out.push_str(" <span lang=\"en\">");
    escape(&words.en_try, &mut out);
    out.push_str("</span></p>\n<details class=\"serve-detail\"><summary>技术信息 <span lang=\"en\">Technical detail</span></summary><pre>");
    escape(&words.detail, &mut out);
    out.push_str(
        "</pre></details>\n<p><a href=\"/\">返回，再试一次 <span lang=\"en\">Back, to try again</span></a></p>\n</main>\n",
    );
    foot(&mut out);
    out
}

/// A report read and checked, for [`result`].
pub struct Result<'a> {
    /// The name the file was sent under.
    pub name: &'a str,
    pub loaded: &'a Loaded,
    /// Every finding, as `ogi check` lists them.
    pub placed: &'a [Placed],
    /// The line `ogi check` prints first.
    pub summary: String,
    pub cells: Option<CellsRead>,
}

/// The result page: the summary, the reading, the downloads, then the report as the official
/// tables with every finding marked on its cell, or on the cells of its row, and listed beside
/// them.
pub fn result(r: &Result<'_>) -> String {
    let report = &r.loaded.report;
    let counts = Counts::of(r.placed.iter().map(|p| &p.finding));
    // Every finding on the tables: the parser's first, as `ogi check` lists them.
    let mut validation = ogi_report::validate(report);
    validation.findings = r.placed.iter().map(|p| p.finding.clone()).collect();
    let rendered = Html::new(report).with_findings(&validation).fragment();
    let places = Places::new(&rendered, report, &r.loaded.text);
    let findings: Vec<&Finding> = r.placed.iter().map(|p| &p.finding).collect();
    let marked = places.mark_rows(&rendered, &findings);
    // The renderer's list of findings gives way to the page's own, which leads with the
    // message and says where in words.
    let (tables, after) = match marked.find("<section class=\"ogi-findings\"") {
        Some(at) => {
            let end = marked[at..]
                .find("</section>\n")
                .map_or(marked.len(), |e| at + e + "</section>\n".len());
            (&marked[..at], &marked[end..])
        }
        None => {
            let at = marked.rfind("</article>").unwrap_or(marked.len());
            (&marked[..at], &marked[at..])
        }
    };

    let mut out = String::with_capacity(marked.len() + 64 * 1024);
    head(
        &mut out,
        &format!("核对结果 · Check result · {}", r.name),
        false,
    );
    out.push_str("<main class=\"serve-main serve-result\">\n<p class=\"serve-back\"><a href=\"/\">← 再核对一份 <span lang=\"en\">Check another report</span></a></p>\n");
    out.push_str("<section class=\"serve-summary\" id=\"summary\">\n<h1>核对结果 <span lang=\"en\">Check result</span></h1>\n<p class=\"serve-line\"><code>");
    escape(&r.summary, &mut out);
    out.push_str("</code></p>\n");
    let verdict = if counts.errors > 0 {
        (
            "serve-verdict-error",
            "有错误：表格或正文有不成立的核对关系。",
            "Errors: an identity of the tables or the text does not hold.",
        )
    } else if counts.warnings > 0 {
        (
            "serve-verdict-warning",
            "没有错误，有需要注意的警告。",
            "No error; warnings worth a look.",
        )
    } else {
        (
            "serve-verdict-clean",
            "没有错误或警告。",
            "No error or warning.",
        )
    };
    let _ = writeln!(
        out,
        "<p class=\"serve-verdict {}\"><strong>{}</strong> <span lang=\"en\">{}</span><br>{} {} <span lang=\"en\">errors</span> · {} {} <span lang=\"en\">warnings</span> · {} {} <span lang=\"en\">notices</span></p>",
        verdict.0,
        verdict.1,
        verdict.2,
        Severity::Error.label(),
        counts.errors,
        Severity::Warning.label(),
        counts.warnings,
        Severity::Notice.label(),
        counts.notices
    );
    write_downloads(&mut out, r, &validation.to_json());
    out.push_str("</section>\n");
    write_reading(&mut out, r, &places);
    out.push_str("<div class=\"serve-report\">\n");
    out.push_str(tables);
    write_findings(&mut out, r, &places);
    out.push_str(after);
    out.push_str("</div>\n</main>\n");
    foot(&mut out);
    out
}

/// The findings beside the tables: errors and warnings, then the notices folded.
fn write_findings(out: &mut String, r: &Result<'_>, places: &Places) {
    let counts = Counts::of(r.placed.iter().map(|p| &p.finding));
    out.push_str("<section class=\"ogi-findings\" id=\"ogi-findings\">\n<h2>");
    escape(FieldText::Finding.label(), out);
    let _ = writeln!(
        out,
        " <span lang=\"en\">Findings</span></h2>\n<p class=\"ogi-tally\">{} {} · {} {} · {} {}</p>",
        Severity::Error.label(),
        counts.errors,
        Severity::Warning.label(),
        counts.warnings,
        Severity::Notice.label(),
        counts.notices
    );
    let serious: Vec<&Placed> = r
        .placed
        .iter()
        .filter(|p| p.finding.severity != Severity::Notice)
        .collect();
    if !serious.is_empty() {
        out.push_str("<ol class=\"ogi-finding-list\">\n");
        for placed in serious {
            write_finding(out, placed, places);
        }
        out.push_str("</ol>\n");
    }
    if counts.notices > 0 {
        let _ = writeln!(
            out,
            "<details class=\"ogi-notices\"><summary>{}（{}） <span lang=\"en\">notices</span></summary>\n<ol class=\"ogi-finding-list\">",
            Severity::Notice.label(),
            counts.notices
        );
        for placed in r
            .placed
            .iter()
            .filter(|p| p.finding.severity == Severity::Notice)
        {
            write_finding(out, placed, places);
        }
        out.push_str("</ol>\n</details>\n");
    }
    out.push_str("</section>\n");
}

/// One finding: its severity and message first, then where it is on the page and in the
/// file (page, table, row and column), then, folded, its rule, pointer and the line and
/// column of the text read.
fn write_finding(out: &mut String, placed: &Placed, places: &Places) {
    let f = &placed.finding;
    out.push_str("<li class=\"ogi-");
    let _ = write!(
        out,
        "{}\" data-rule=\"{}\" data-pointer=\"",
        f.severity,
        f.rule.id()
    );
    escape(&f.pointer, out);
    let _ = write!(
        out,
        "\"><span class=\"ogi-severity\">{}</span> ",
        f.severity.label()
    );
    escape(&f.message.zh, out);
    out.push_str("<br><span lang=\"en\">");
    escape(&f.message.en, out);
    out.push_str("</span>");
    let page = placed.span.and_then(|s| places.page(s.start));
    let place = if f.report_year.is_none() {
        places.of(&f.pointer)
    } else {
        None
    };
    if page.is_some() || place.is_some() {
        out.push_str("<br><span class=\"serve-where\">");
        if let Some(page) = page {
            let _ = write!(out, "第 {page} 页");
            if place.is_some() {
                out.push_str(" · ");
            }
        }
        if let Some(place) = place {
            out.push_str("<a href=\"#");
            escape(&place.anchor, out);
            out.push_str("\">");
            escape(&place.text, out);
            out.push_str("</a>");
        }
        out.push_str("</span>");
    }
    out.push_str("<details class=\"serve-source\"><summary>规则与出处 <span lang=\"en\">rule and source</span></summary><code>");
    out.push_str(f.rule.id());
    out.push_str("</code> <code>");
    escape(&f.pointer, out);
    out.push_str("</code>");
    if let Some(span) = placed.span {
        let _ = write!(
            out,
            " 读出的文本第 {} 行第 {} 列 <span lang=\"en\">line {}, column {} of the text read</span>",
            span.line, span.column, span.line, span.column
        );
    }
    out.push_str("</details></li>\n");
}

/// The parse: how many cells were read, and each parse finding with where it was.
fn write_reading(out: &mut String, r: &Result<'_>, places: &Places) {
    out.push_str("<section class=\"serve-reading\" id=\"reading\">\n<h2>读取 <span lang=\"en\">Reading</span></h2>\n");
    let Some(parsed) = &r.loaded.parsed else {
        out.push_str("<p>规范 JSON：每个值按文件原样读取。 <span lang=\"en\">Canonical JSON: every value is taken as the file holds it.</span></p>\n</section>\n");
        return;
    };
    let _ = write!(
        out,
        "<p class=\"serve-form-read\">格式 <span lang=\"en\">form</span> <code>{}</code>",
        r.loaded.form
    );
    if let Some(cells) = r.cells.filter(|c| c.of > 0) {
        let _ = write!(
            out,
            " · 读取 {} / {} 个单元格 <span lang=\"en\" class=\"serve-cells\">{}</span>",
            cells.read,
            cells.of,
            escaped(&cells.to_string())
        );
    }
    out.push_str("</p>\n");
    if parsed.findings.is_empty() {
        out.push_str("<p>解析没有留下任何说明：每个单元格都按原文读取。 <span lang=\"en\">The parser noted nothing: every cell was read as printed.</span></p>\n</section>\n");
        return;
    }
    out.push_str("<p>未能按原文读取的单元格留空，并说明原因（一个数字放错位置比空着更糟）。 <span lang=\"en\">A cell that could not be read as printed is left blank with the reason (a number in the wrong cell is worse than none).</span></p>\n");
    out.push_str("<ol class=\"ogi-finding-list serve-parse\">\n");
    // The parser's findings come first in `placed`, in the parser's order.
    for placed in r.placed.iter().take(parsed.findings.len()) {
        write_finding(out, placed, places);
    }
    out.push_str("</ol>\n</section>\n");
}

/// Links to download the result, as data: URLs: the server keeps nothing to fetch later.
fn write_downloads(out: &mut String, r: &Result<'_>, findings_json: &str) {
    let stem = r
        .name
        .rsplit_once('.')
        .map_or(r.name, |(stem, _)| stem)
        .trim();
    let stem = if stem.is_empty() { "report" } else { stem };
    let report = &r.loaded.report;
    let mut csv = String::from("\u{feff}");
    csv.push_str(&crate::export::COLUMNS.join(","));
    csv.push('\n');
    crate::export::write_rows(&mut csv, r.name, report, crate::export::ExportFormat::Csv);
    let links = [
        (
            "application/json",
            format!("{stem}.report.json"),
            report.to_json(),
            "规范 JSON",
            "canonical JSON",
        ),
        (
            "application/json",
            format!("{stem}.findings.json"),
            findings_json.to_owned(),
            "核对结果 JSON",
            "findings JSON",
        ),
        (
            "text/csv",
            format!("{stem}.cells.csv"),
            csv,
            "单元格 CSV",
            "tidy CSV",
        ),
    ];
    out.push_str("<p class=\"serve-downloads\">下载 <span lang=\"en\">Download</span>:");
    for (i, (mime, file, content, zh, en)) in links.iter().enumerate() {
        if i > 0 {
            out.push_str(" ·");
        }
        let _ = write!(
            out,
            " <a download=\"{}\" href=\"data:{mime};charset=utf-8;base64,{}\">{zh} <span lang=\"en\">{en}</span></a>",
            escaped(file),
            base64(content.as_bytes())
        );
    }
    out.push_str("</p>\n");
}

/// Standard base64 (RFC 4648, with padding).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
