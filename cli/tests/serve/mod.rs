//! `ogi serve`, started on a free localhost port and spoken to over plain HTTP/1.1: the form,
//! a check of each bundled example, the JSON API against `ogi check --format json`, the
//! pages for files that cannot be read, the limits, the headers and shutdown.

mod http;
mod limits;

use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use http::{BOUNDARY, Response, Server, multipart};

/// The repository's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("cli/ is in the workspace")
        .to_owned()
}

fn examples() -> PathBuf {
    root().join("examples/reports")
}

/// The bundled examples, one of each form.
const EXAMPLES: [&str; 4] = [
    "luohe_huizu_2021.json",
    "liaocheng_2019.html",
    "luohe_huizu_2022.pdf",
    "qingdao_2018.txt",
];

/// The planted report (five errors) printed to PDF by Chromium.
fn planted_pdf() -> PathBuf {
    root().join("tests/fixtures/pdf/002_luohe_huizu_2022_planted.pdf")
}

/// `ogi ARGS` in examples/reports, so that paths print as bare file names.
fn ogi_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ogi"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("ogi runs")
}

/// Decodes HTML's five escapes, as the pages write them.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Decodes standard base64 (RFC 4648), as the download links carry it.
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let mut out = Vec::new();
    for chunk in text.as_bytes().chunks(4) {
        let data: Vec<u8> = chunk.iter().copied().filter(|c| *c != b'=').collect();
        let mut n = 0u32;
        for (i, c) in data.iter().enumerate() {
            n |= value(*c) << (18 - 6 * i);
        }
        for i in 0..data.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// The download links of a result page: (file name, decoded content).
fn downloads(page: &str) -> Vec<(String, Vec<u8>)> {
    page.split("<a download=\"")
        .skip(1)
        .map(|rest| {
            let name_end = rest.find('"').expect("the name's end");
            let data = rest.split_once(";base64,").expect("a base64 data URL").1;
            let data_end = data.find('"').expect("the URL's end");
            (
                unescape(&rest[..name_end]),
                base64_decode(&data[..data_end]),
            )
        })
        .collect()
}

/// (severity, rule, pointer) of each finding the page lists beside the tables.
fn listed_findings(page: &str) -> Vec<(String, String, String)> {
    let section = page
        .split("<section class=\"ogi-findings\"")
        .nth(1)
        .unwrap_or_default();
    let mut out = finding_items(section);
    out.sort();
    out
}

/// (severity, rule, pointer) of each `<li class="ogi-…" data-rule="…" data-pointer="…">`.
fn finding_items(html: &str) -> Vec<(String, String, String)> {
    html.split("<li class=\"ogi-")
        .skip(1)
        .map(|item| {
            let attribute = |name: &str| {
                let rest = item
                    .split(&format!(" {name}=\""))
                    .nth(1)
                    .unwrap_or_else(|| panic!("no {name} in {item}"));
                unescape(&rest[..rest.find('"').expect("the value's end")])
            };
            let severity = item[..item.find('"').expect("a class")].to_owned();
            (severity, attribute("data-rule"), attribute("data-pointer"))
        })
        .collect()
}

/// (severity, rule, pointer) of each finding of `ogi check --format json`.
fn check_findings(json: &serde_json::Value) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().expect("severity").to_owned(),
                f["rule"].as_str().expect("rule").to_owned(),
                f["pointer"].as_str().expect("pointer").to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

/// The cells the page marks (`<td id=… class="… ogi-error">`), as element ids.
fn marked_cells(page: &str, class: &str) -> Vec<String> {
    page.split("<td id=\"")
        .skip(1)
        .filter_map(|rest| {
            let id = &rest[..rest.find('"')?];
            let tag = &rest[..rest.find('>')?];
            let classes = tag.split("class=\"").nth(1)?.split('"').next()?;
            classes
                .split(' ')
                .any(|c| c == class)
                .then(|| id.to_owned())
        })
        .collect()
}

const CSP: &str = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

fn assert_secure(response: &Response, what: &str) {
    assert_eq!(
        response.header("content-security-policy"),
        Some(CSP),
        "{what}"
    );
    assert_eq!(
        response.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(response.header("x-frame-options"), Some("DENY"), "{what}");
    assert_eq!(
        response.header("referrer-policy"),
        Some("no-referrer"),
        "{what}"
    );
    assert_eq!(response.header("set-cookie"), None, "{what}");
}

#[test]
fn the_form_page_offers_a_file_and_the_optional_fields_and_loads_nothing_from_outside() {
    let server = Server::start(&[]);
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(page.header("cache-control"), Some("no-store"));
    let html = page.text();
    for part in [
        r#"<form class="serve-form" method="post" action="/check" enctype="multipart/form-data">"#,
        r#"<input type="file" id="file" name="file" required"#,
        r#"<input type="text" id="agency" name="agency""#,
        r#"<select id="level" name="level">"#,
        r#"<option value="department">部门"#,
        r#"<option value="government">本级政府"#,
        r#"<button type="submit">核对 <span lang="en">Check</span></button>"#,
        r#"<link rel="stylesheet" href="/static/ogi-serve.css">"#,
        r#"<script src="/static/drop.js" defer></script>"#,
    ] {
        assert!(html.contains(part), "the form page lacks {part}");
    }
    // Chinese with English beside it; nothing fetched from another origin, nothing inline.
    assert_eq!(
        page.title(),
        "政府信息公开工作年度报告核对 <span lang=\"en\">Check an annual report on Open Government Information work</span>"
    );
    for outside in [
        "src=\"http",
        "href=\"http",
        "src=\"//",
        "href=\"//",
        "<style",
        " style=",
    ] {
        assert!(!html.contains(outside), "the form page has {outside:?}");
    }
    // No inline handler (` onclick=`, ` ondrop=`…).
    let handlers: Vec<&str> = html
        .split(" on")
        .skip(1)
        .filter(|rest| {
            let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
            !name.is_empty() && rest[name.len()..].starts_with('=')
        })
        .collect();
    assert_eq!(handlers, Vec::<&str>::new());
    let css = server.get("/static/ogi-serve.css");
    assert_eq!(
        (css.status, css.header("content-type")),
        (200, Some("text/css; charset=utf-8"))
    );
    assert!(
        css.text().contains(".ogi-table td.ogi-error"),
        "the report's own styles are served"
    );
    assert!(css.text().contains(".serve-drop.serve-drop-over"));
    let js = server.get("/static/drop.js");
    assert_eq!(
        (js.status, js.header("content-type")),
        (200, Some("text/javascript; charset=utf-8"))
    );
    assert!(js.text().contains("input.files = one.files"));
    for (what, response) in [("/", &page), ("css", &css), ("js", &js)] {
        assert_secure(response, what);
    }
}

#[test]
fn each_bundled_example_is_checked_with_the_findings_of_ogi_check() {
    let server = Server::start(&[]);
    let dir = examples();
    for name in EXAMPLES {
        let response = server.check_file("/check", &dir.join(name));
        assert_eq!(response.status, 200, "{name}");
        assert_secure(&response, name);
        let page = response.text();
        // The summary line is the first line `ogi check` prints.
        let human = ogi_in(&dir, &["check", "--no-series", name]);
        let human = String::from_utf8(human.stdout).expect("UTF-8");
        let first = human.lines().next().expect("a summary line");
        let shown = page
            .split("<p class=\"serve-line\"><code>")
            .nth(1)
            .and_then(|rest| rest.split("</code>").next())
            .expect("the summary line");
        assert_eq!(unescape(shown), first, "{name}");
        // Every finding of `ogi check`, listed beside the tables.
        let json = ogi_in(&dir, &["check", "--no-series", "--format", "json", name]);
        let json: serde_json::Value =
            serde_json::from_slice(&json.stdout).expect("ogi check prints JSON");
        assert_eq!(listed_findings(&page), check_findings(&json), "{name}");
        // Read N of M cells, for a published form.
        match json.get("cells") {
            Some(cells) if cells["of"] == 0 => assert!(!page.contains(" cells</span>"), "{name}"),
            Some(cells) => {
                let line = format!("read {} of {} cells", cells["read"], cells["of"]);
                assert!(page.contains(&line), "{name}: no {line:?}");
            }
            None => assert!(page.contains("规范 JSON：每个值按文件原样读取。"), "{name}"),
        }
        // The same report in the official tables; the examples have no error or warning.
        assert!(
            page.contains("<article class=\"ogi-report\" id=\"ogi\" lang=\"zh-CN\">"),
            "{name}"
        );
        assert_eq!(
            marked_cells(&page, "ogi-error"),
            Vec::<String>::new(),
            "{name}"
        );
        assert_eq!(
            marked_cells(&page, "ogi-warning"),
            Vec::<String>::new(),
            "{name}"
        );
    }
}

#[test]
fn a_report_with_errors_has_each_error_marked_on_its_cell_and_parse_findings_listed() {
    let server = Server::start(&[]);
    let file = planted_pdf();
    let response = server.check_file("/check", &file);
    assert_eq!(response.status, 200);
    let page = response.text();
    let dir = file.parent().expect("a folder");
    let json = ogi_in(
        dir,
        &[
            "check",
            "--format",
            "json",
            "002_luohe_huizu_2022_planted.pdf",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(json["summary"]["errors"], 5);
    assert_eq!(listed_findings(&page), check_findings(&json));
    // The five errors concern four cells of the applications table.
    assert_eq!(
        marked_cells(&page, "ogi-error"),
        [
            "ogi-cell-requests-carried_over-total",
            "ogi-cell-requests-outcomes-total-natural_person",
            "ogi-cell-requests-outcomes-total-total",
            "ogi-cell-requests-carried_forward-natural_person",
            "ogi-cell-requests-carried_forward-total",
        ]
    );
    assert!(page.contains("<p class=\"serve-verdict serve-verdict-error\"><strong>有错误"));
    assert!(page.contains("错误 5 <span lang=\"en\">errors</span> · 警告 0 <span lang=\"en\">warnings</span> · 提示 3 <span lang=\"en\">notices</span>"));
    // Its blank and raw cells are the planted ones: the parser noted nothing.
    let reading = reading_section(&page);
    assert!(reading.contains("read 198 of 200 cells"));
    assert!(reading.contains("解析没有留下任何说明：每个单元格都按原文读取。"));
}

/// The page's reading section.
fn reading_section(page: &str) -> String {
    page.split("<section class=\"serve-reading\" id=\"reading\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("the reading section")
        .to_owned()
}

#[test]
fn a_torn_table_has_its_parse_findings_listed_with_their_reasons_and_source_lines() {
    // A real report's PDF through plain `pdftotext`: some cells cannot be placed.
    let server = Server::start(&[]);
    let file = root().join("tests/fixtures/real/huaian_2024_pdftotext_plain.txt");
    let page = server.check_file("/check", &file).text();
    let dir = file.parent().expect("a folder");
    let name = "huaian_2024_pdftotext_plain.txt";
    let json = ogi_in(dir, &["check", "--no-series", "--format", "json", name]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let reading = reading_section(&page);
    assert!(reading.contains("读取 185 / 200 个单元格"));
    assert!(reading.contains("read 185 of 200 cells"));
    // Each parse finding, in the parser's order: both messages, then where in the tables,
    // then, folded, the rule, the pointer and the line and column of the text read.
    let items: Vec<&str> = reading.split("<li class=\"ogi-").skip(1).collect();
    let parse: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"].as_str().is_some_and(|r| r.starts_with("parse.")))
        .collect();
    assert_eq!(items.len(), 4);
    assert_eq!(parse.len(), 4);
    let escaped = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;")
    };
    let places = [
        None,
        Some("<a href=\"#ogi-cell-review_litigation-review-upheld\">表四 第 1 行「行政复议」</a>"),
        Some(
            "<a href=\"#ogi-cell-review_litigation-litigation_direct-upheld\">表四 第 1 行「未经复议直接起诉」</a>",
        ),
        Some(
            "<a href=\"#ogi-cell-review_litigation-litigation_after_review-upheld\">表四 第 1 行「复议后起诉」</a>",
        ),
    ];
    for ((item, finding), place) in items.iter().zip(&parse).zip(places) {
        let severity = finding["severity"].as_str().expect("severity");
        let rule = finding["rule"].as_str().expect("rule");
        let pointer = finding["pointer"].as_str().expect("pointer");
        let mut expected = format!(
            "{severity}\" data-rule=\"{rule}\" data-pointer=\"{}\"><span class=\"ogi-severity\">{}</span> {}<br><span lang=\"en\">{}</span>",
            escaped(pointer),
            if severity == "warning" {
                "警告"
            } else {
                "提示"
            },
            escaped(finding["message"]["zh"].as_str().expect("zh")),
            escaped(finding["message"]["en"].as_str().expect("en")),
        );
        if let Some(place) = place {
            expected.push_str(&format!("<br><span class=\"serve-where\">{place}</span>"));
        }
        expected.push_str(&format!(
            "<details class=\"serve-source\"><summary>规则与出处 <span lang=\"en\">rule and source</span></summary><code>{rule}</code> <code>{}</code>",
            escaped(pointer)
        ));
        if let Some(span) = finding.get("span") {
            expected.push_str(&format!(
                " 读出的文本第 {} 行第 {} 列 <span lang=\"en\">line {}, column {} of the text read</span>",
                span["line"], span["column"], span["line"], span["column"]
            ));
        }
        expected.push_str("</details></li>\n");
        assert!(item.starts_with(&expected), "{item}\nis not\n{expected}");
    }
}

#[test]
fn the_downloads_are_the_canonical_json_the_findings_and_the_tidy_csv_of_the_same_result() {
    let server = Server::start(&[]);
    let dir = examples();
    let response = server.check_file("/check", &dir.join("luohe_huizu_2022.pdf"));
    let files = downloads(&response.text());
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "luohe_huizu_2022.report.json",
            "luohe_huizu_2022.findings.json",
            "luohe_huizu_2022.cells.csv"
        ]
    );
    let parsed = ogi_in(&dir, &["parse", "luohe_huizu_2022.pdf"]);
    assert_eq!(
        files[0].1, parsed.stdout,
        "the canonical JSON is `ogi parse`'s"
    );
    let csv = ogi_in(&dir, &["export", "--bom", "luohe_huizu_2022.pdf"]);
    assert_eq!(files[2].1, csv.stdout, "the CSV is `ogi export --bom`'s");
    let findings: serde_json::Value =
        serde_json::from_slice(&files[1].1).expect("the findings are JSON");
    assert_eq!(findings["findings"], serde_json::json!([]));
    assert!(findings["summary"]["checks"].is_object());
}

#[test]
fn the_json_api_answers_with_the_object_of_ogi_check_format_json() {
    let server = Server::start(&[]);
    let dir = examples();
    let mut files: Vec<PathBuf> = EXAMPLES.iter().map(|n| dir.join(n)).collect();
    files.push(planted_pdf());
    for file in files {
        let name = file.file_name().and_then(|n| n.to_str()).expect("a name");
        let response = server.check_file("/api/check", &file);
        assert_eq!(response.status, 200, "{name}");
        assert_eq!(response.header("content-type"), Some("application/json"));
        assert_secure(&response, name);
        let cli = ogi_in(
            file.parent().expect("a folder"),
            &["check", "--no-series", "--format", "json", name],
        );
        let mut expected = cli.stdout;
        assert_eq!(expected.pop(), Some(b'\n'));
        assert_eq!(
            response.text(),
            String::from_utf8(expected).expect("UTF-8"),
            "{name}"
        );
    }
    // A bare body is the file itself, named "upload".
    let bytes = std::fs::read(dir.join("luohe_huizu_2021.json")).expect("readable");
    let bare = server.send(
        "POST",
        "/api/check",
        &[("Content-Type", "application/json")],
        &bytes,
    );
    assert_eq!(bare.status, 200);
    let bare: serde_json::Value = serde_json::from_slice(&bare.body).expect("JSON");
    assert_eq!(bare["path"], "upload");
    assert_eq!(bare["form"], "json");
}

#[test]
fn files_that_cannot_be_read_get_a_page_that_says_why_and_what_to_try() {
    let server = Server::start(&[]);
    let pdf = std::fs::read(examples().join("luohe_huizu_2022.pdf")).expect("readable");
    let scan =
        std::fs::read(root().join("tests/fixtures/pdf/no_text_layer.pdf")).expect("readable");
    let cases: [(&str, &[u8], &str); 5] = [
        (
            "corrupt.pdf",
            &pdf[..4096],
            "这个 PDF 已损坏或不完整 <span lang=\"en\">This PDF is damaged or incomplete</span>",
        ),
        (
            "scan.pdf",
            &scan,
            "这个 PDF 没有文字层：它是扫描件 <span lang=\"en\">This PDF has no text layer: it is a scan</span>",
        ),
        (
            "empty.txt",
            b"",
            "文件是空的 <span lang=\"en\">The file is empty</span>",
        ),
        (
            "notice.txt",
            "关于做好春节期间安全生产工作的通知\n各单位：请做好值班。".as_bytes(),
            "文件中没有找到政府信息公开工作年度报告 <span lang=\"en\">No annual report on Open Government Information work was found in the file</span>",
        ),
        (
            "report.doc",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00\x00\x00\x00\x00",
            "这个 Word 文件无法读取 <span lang=\"en\">This Word file cannot be read</span>",
        ),
    ];
    for (name, bytes, title) in cases {
        let page = server.post_form("/check", Some((name, bytes)), &[]);
        assert_eq!(page.status, 422, "{name}");
        assert_eq!(page.title(), title, "{name}");
        assert!(
            page.text().contains("<a href=\"/\">返回，再试一次"),
            "{name}"
        );
        assert_secure(&page, name);
        // The API says the same as `ogi check --format json` would of the file.
        let api = server.post_form("/api/check", Some((name, bytes)), &[]);
        assert_eq!(api.status, 422, "{name}");
        let api: serde_json::Value = serde_json::from_slice(&api.body).expect("JSON");
        assert_eq!(api["path"], name);
        assert!(
            api["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{name}"
        );
    }
    // The scan's technical detail is the reader's own message.
    let scan_page = server
        .post_form("/check", Some(("scan.pdf", &scan)), &[])
        .text();
    assert!(scan_page.contains("扫描件里只有图片，没有可读的文字。请先用文字识别（OCR）处理"));
    assert!(scan_page.contains("scan.pdf: not a readable PDF: no text layer: OCR it first"));
    // An empty body, and a form without a file.
    for (what, response) in [
        ("empty body", server.send("POST", "/check", &[], b"")),
        (
            "no file field",
            server.post_form("/check", None, &[("agency", "某局")]),
        ),
    ] {
        assert_eq!(response.status, 400, "{what}");
        assert_eq!(
            response.title(),
            "没有收到文件 <span lang=\"en\">No file was received</span>",
            "{what}"
        );
    }
    let bad_year = server.post_form("/check", Some(("a.txt", b"x")), &[("year", "twenty")]);
    assert_eq!(bad_year.status, 400);
    assert!(bad_year.text().contains("field year: &quot;twenty&quot;"));
}

#[test]
fn what_the_form_says_of_the_agency_year_and_level_reaches_the_report() {
    let server = Server::start(&[]);
    let seeds = root().join("tests/fixtures/seeds");
    // Seed 003's title names only "市城管局": the agency given completes it.
    let seed_003 = std::fs::read(seeds.join("003_d6691d8e51d808ed.txt")).expect("readable");
    let api = |bytes: &[u8], fields: &[(&str, &str)]| -> serde_json::Value {
        let response = server.post_form("/api/check", Some(("seed.txt", bytes)), fields);
        assert_eq!(response.status, 200);
        serde_json::from_slice(&response.body).expect("JSON")
    };
    assert_eq!(api(&seed_003, &[])["agency"], "市城管局");
    assert_eq!(
        api(&seed_003, &[("agency", "聊城市城管局")])["agency"],
        "聊城市城管局"
    );
    // Seed 002 with every year struck out: the year given is the report's.
    let seed_002 = std::fs::read_to_string(seeds.join("002_e5cb504301f5c306.txt"))
        .expect("readable")
        .replace("2022", "")
        .replace("2021", "")
        .replace("2023", "");
    assert_eq!(
        api(seed_002.as_bytes(), &[])["report_year"],
        serde_json::Value::Null
    );
    assert_eq!(
        api(seed_002.as_bytes(), &[("year", "2022")])["report_year"],
        2022
    );
    // The level: given, it stands.
    let text = std::fs::read(examples().join("liaocheng_2019.html")).expect("readable");
    let page = server.post_form(
        "/check",
        Some(("page.html", &text)),
        &[("agency", "聊城市城市管理局"), ("level", "department")],
    );
    assert_eq!(page.status, 200);
    let files = downloads(&page.text());
    let report: serde_json::Value = serde_json::from_slice(&files[0].1).expect("JSON");
    assert_eq!(report["meta"]["level"]["tier"], "department");
    assert_eq!(report["meta"]["level"]["from"], "given");
}

#[test]
fn no_path_from_a_request_reaches_the_filesystem() {
    let server = Server::start(&[]);
    for path in [
        "/static/../Cargo.toml",
        "/../../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/Cargo.toml",
        "/static/",
        "/check/../../etc/passwd",
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 404, "{path}");
        assert!(!response.text().contains("[package]"), "{path}");
        assert!(!response.text().contains("root:"), "{path}");
        assert_secure(&response, path);
    }
    // A file sent under a path is shown by its last component only.
    let bytes = std::fs::read(examples().join("qingdao_2018.txt")).expect("readable");
    let api = server.post_form("/api/check", Some(("../../etc/passwd", &bytes)), &[]);
    let api: serde_json::Value = serde_json::from_slice(&api.body).expect("JSON");
    assert_eq!(api["path"], "passwd");
}

const TOO_LARGE: &str = "文件太大：本服务接受不超过 1 MiB 的文件 <span lang=\"en\">The file is too large: this service takes files up to 1 MiB</span>";

#[test]
fn a_body_over_the_limit_gets_413_without_the_server_reading_it() {
    let server = Server::start(&["--max-body", "1MiB"]);
    // Warm up, so that the first request's allocations are not counted.
    assert_eq!(server.get("/").status, 200);
    let before = server.rss_kib();
    // 256 MiB declared; 32 MiB sent while the answer is awaited.
    let declared: usize = 256 << 20;
    for path in ["/check", "/api/check"] {
        let mut stream = server.connect();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nContent-Length: {declared}\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).expect("head written");
        let mut writer = stream.try_clone().expect("a second handle");
        let sender = std::thread::spawn(move || {
            let chunk = vec![b'a'; 1 << 20];
            for _ in 0..32 {
                if writer.write_all(&chunk).is_err() {
                    break;
                }
            }
        });
        let response = Response::read(&mut stream);
        let _ = sender.join();
        assert_eq!(response.status, 413, "{path}");
        assert_secure(&response, path);
        if path == "/check" {
            assert_eq!(response.title(), TOO_LARGE);
        } else {
            let json: serde_json::Value = serde_json::from_slice(&response.body).expect("JSON");
            assert_eq!(
                json["error"],
                "The file is too large: this service takes files up to 1 MiB"
            );
        }
    }
    // A body sent in chunks, with no length declared, is cut at the limit.
    let mut stream = server.connect();
    let head = format!(
        "POST /check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: multipart/form-data; boundary={BOUNDARY}\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).expect("head written");
    let mut writer = stream.try_clone().expect("a second handle");
    let sender = std::thread::spawn(move || {
        let start = format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
        );
        let _ = writer.write_all(format!("{:x}\r\n{start}\r\n", start.len()).as_bytes());
        let chunk = vec![b'a'; 1 << 16];
        for _ in 0..(32 * 16) {
            if writer
                .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                .is_err()
                || writer.write_all(&chunk).is_err()
                || writer.write_all(b"\r\n").is_err()
            {
                break;
            }
        }
    });
    let response = Response::read(&mut stream);
    let _ = sender.join();
    assert_eq!(response.status, 413);
    assert_eq!(response.title(), TOO_LARGE);
    let after = server.rss_kib();
    // The bodies sent come to 96 MiB and 256 MiB was declared; the server holds at most the
    // 1 MiB limit of any of them.
    assert!(
        after < before + 8 * 1024,
        "the server's memory grew from {before} KiB to {after} KiB"
    );
}

#[test]
fn a_slow_upload_does_not_hold_up_other_checks() {
    // One check at a time and no queue: a slot taken by a slow upload would refuse the rest.
    let server = Server::start(&["--max-checks", "1", "--queue", "0"]);
    let bytes = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
    let (content_type, body) = multipart(Some(("slow.json", &bytes)), &[]);
    let mut slow = server.connect();
    let head = format!(
        "POST /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    slow.write_all(head.as_bytes()).expect("head written");
    slow.write_all(&body[..body.len() / 2])
        .expect("half the body written");
    // Meanwhile, other requests are answered in full.
    for _ in 0..3 {
        assert_eq!(server.get("/").status, 200);
        let other = server.post_form("/api/check", Some(("other.json", &bytes)), &[]);
        assert_eq!(other.status, 200);
        let other: serde_json::Value = serde_json::from_slice(&other.body).expect("JSON");
        assert_eq!(other["path"], "other.json");
    }
    // Then the slow one finishes and is checked too.
    slow.write_all(&body[body.len() / 2..])
        .expect("the rest written");
    let response = Response::read(&mut slow);
    assert_eq!(response.status, 200);
    let json: serde_json::Value = serde_json::from_slice(&response.body).expect("JSON");
    assert_eq!(json["path"], "slow.json");
}

#[test]
fn an_upload_that_does_not_arrive_in_time_gets_408() {
    let server = Server::start(&["--upload-time", "0.3"]);
    let bytes = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
    let (content_type, body) = multipart(Some(("slow.json", &bytes)), &[]);
    for path in ["/check", "/api/check"] {
        let mut slow = server.connect();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        slow.write_all(head.as_bytes()).expect("head written");
        slow.write_all(&body[..body.len() / 2])
            .expect("half the body written");
        // Nothing more is sent; the server gives up after 0.3 s.
        let response = Response::read(&mut slow);
        assert_eq!(response.status, 408, "{path}");
        assert_secure(&response, path);
        if path == "/check" {
            assert_eq!(
                response.title(),
                "上传用时过长，已停止 <span lang=\"en\">The upload took too long and was stopped</span>"
            );
        } else {
            let json: serde_json::Value = serde_json::from_slice(&response.body).expect("JSON");
            assert_eq!(json["error"], "The upload took too long and was stopped");
            assert_eq!(json["detail"], "the body did not arrive within 0.3 s");
        }
    }
}

#[test]
fn a_check_past_the_time_limit_gets_503_frees_its_slot_and_its_work_is_told_to_stop() {
    let server = Server::start(&["--max-checks", "1", "--queue", "0", "--time-limit", "0.001"]);
    let pdf = planted_pdf();
    // The PDF takes far longer than 1 ms to read.
    let late = server.check_file("/check", &pdf);
    assert_eq!(late.status, 503);
    assert_eq!(late.header("retry-after"), None);
    assert_eq!(
        late.title(),
        "核对用时超过 0.001 秒，已停止 <span lang=\"en\">The check took longer than 0.001 s and was stopped</span>"
    );
    assert_secure(&late, "time limit");
    // The one slot was freed at the time limit: the next check gets it (and its own time
    // limit), not "busy".
    let next = server.check_file("/api/check", &pdf);
    assert_eq!(next.status, 503);
    assert_eq!(next.header("retry-after"), None);
    let json: serde_json::Value = serde_json::from_slice(&next.body).expect("JSON");
    assert_eq!(
        json,
        serde_json::json!({
            "error": "The check took longer than 0.001 s and was stopped",
            "detail": "time limit 1 ms",
        })
    );
    // Each check's work, told to stop, stops (looked for for at most 60 s).
    assert!(server.wait_for_log("ogi serve: a check told to stop has stopped, ", 1200));
    let stopped = |log: &str| {
        log.lines()
            .filter(|l| l.starts_with("ogi serve: a check told to stop has stopped, "))
            .count()
    };
    for _ in 0..1200 {
        if stopped(&server.log()) == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(stopped(&server.log()), 2, "{}", server.log());
}

#[test]
fn reloading_the_result_page_goes_back_to_the_form() {
    let server = Server::start(&[]);
    for method in ["GET", "HEAD"] {
        let reload = server.send(method, "/check", &[], b"");
        assert_eq!(reload.status, 303, "{method}");
        assert_eq!(reload.header("location"), Some("/"), "{method}");
        assert_eq!(reload.body, b"", "{method}");
        assert_secure(&reload, method);
    }
    // The API has no page to go back to.
    assert_eq!(server.get("/api/check").status, 405);
}

#[test]
fn the_form_and_the_server_take_the_same_report_years_the_librarys() {
    use ogi_report::meta::ReportYear;
    let server = Server::start(&[]);
    let form = server.get("/").text();
    let input = format!(
        r#"<input type="number" id="year" name="year" min="{}" max="{}" step="1" placeholder="2023">"#,
        ReportYear::MIN,
        ReportYear::MAX
    );
    assert!(form.contains(&input), "the form lacks {input}");
    assert_eq!(form.matches("name=\"year\"").count(), 1);
    // Seed 002 with every year struck out: the year given is the report's, from the first
    // year the form offers to the last, and not one outside them.
    let seed =
        std::fs::read_to_string(root().join("tests/fixtures/seeds/002_e5cb504301f5c306.txt"))
            .expect("readable")
            .replace("2022", "")
            .replace("2021", "")
            .replace("2023", "");
    for year in [ReportYear::MIN, ReportYear::MAX] {
        let response = server.post_form(
            "/api/check",
            Some(("seed.txt", seed.as_bytes())),
            &[("year", &year.to_string())],
        );
        assert_eq!(response.status, 200, "{year}");
        let json: serde_json::Value = serde_json::from_slice(&response.body).expect("JSON");
        assert_eq!(json["report_year"], year, "{year}");
    }
    for year in [ReportYear::MIN - 1, ReportYear::MAX + 1] {
        let response = server.post_form(
            "/api/check",
            Some(("seed.txt", seed.as_bytes())),
            &[("year", &year.to_string())],
        );
        assert_eq!(response.status, 400, "{year}");
        let json: serde_json::Value = serde_json::from_slice(&response.body).expect("JSON");
        assert_eq!(
            json["detail"],
            format!(
                "field year: \"{year}\": a report year from {} to {}",
                ReportYear::MIN,
                ReportYear::MAX
            )
        );
    }
}

#[test]
fn a_finding_about_a_row_is_marked_on_its_row_and_said_where_in_the_tables_words() {
    let server = Server::start(&[]);
    // Three rows each with a cell too many: the parser's warning is about the row.
    let page = server
        .check_file("/check", &root().join("cli/tests/fixtures/stray.txt"))
        .text();
    let title = "警告：本行多出的单元格「0」不属于表格的任何列，未读取";
    let row = |label: &str, span: usize, row: &str| -> String {
        let mut out = format!(
            "<tr class=\"serve-row-warning\"><th colspan=\"{span}\" scope=\"row\">{label}</th>"
        );
        for column in [
            "natural_person",
            "commercial_enterprise",
            "research_institution",
            "public_welfare_organization",
            "legal_service_institution",
            "other_organization",
            "total",
        ] {
            out.push_str(&format!(
                "<td id=\"ogi-cell-requests-{}-{column}\" data-pointer=\"/requests/{row}/{column}\" class=\"serve-in-warning\" title=\"{title}\">0</td>",
                row.replace('/', "-")
            ));
        }
        out.push_str("</tr>\n");
        out
    };
    let total = row("（七）总计", 2, "outcomes/total");
    let carried = row("四、结转下年度继续办理", 3, "carried_forward");
    assert!(page.contains(&total), "{page}");
    assert!(page.contains(&carried), "{page}");
    assert_eq!(page.matches("<tr class=\"serve-row-warning\">").count(), 2);
    // 行政复议's five cells, in table 四's one row beside the litigation's: marked, and the
    // row not.
    for column in ["upheld", "corrected", "other", "pending", "total"] {
        let cell = format!(
            "<td id=\"ogi-cell-review_litigation-review-{column}\" data-pointer=\"/review_litigation/review/{column}\" class=\"serve-in-warning\" title=\"{title}\">0</td>"
        );
        assert!(page.contains(&cell), "{cell}");
    }
    assert_eq!(page.matches("class=\"serve-in-warning\"").count(), 19);
    // The list says where, in the tables' words, with a link to the row's first cell; the
    // source's line and column only in the fold.
    let listed = page
        .split("<section class=\"ogi-findings\"")
        .nth(1)
        .expect("the findings");
    for place in [
        "<span class=\"serve-where\"><a href=\"#ogi-cell-requests-outcomes-total-natural_person\">表三 第 24 行「（七）总计」</a></span>",
        "<span class=\"serve-where\"><a href=\"#ogi-cell-requests-carried_forward-natural_person\">表三 第 25 行「四、结转下年度继续办理」</a></span>",
        "<span class=\"serve-where\"><a href=\"#ogi-cell-review_litigation-review-upheld\">表四 第 1 行「行政复议」</a></span>",
    ] {
        assert!(listed.contains(place), "{place}");
    }
    let unfolded: String = page
        .split("<details class=\"serve-source\">")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("</details>").map_or("", |p| p.1)
            }
        })
        .collect();
    assert!(page.contains(" 读出的文本第 71 行第 28 列 <span lang=\"en\">line 71, column 28 of the text read</span></details>"));
    assert!(!unfolded.contains("读出的文本第"));
    assert!(!unfolded.contains("<code>parse.stray_cell</code>"));
}

#[test]
fn the_tidy_csv_download_neutralises_formulas_and_keeps_numbers() {
    let server = Server::start(&[]);
    let report = formula_report();
    let page = server.post_form("/check", Some(("=1+2.json", report.as_bytes())), &[]);
    assert_eq!(page.status, 200);
    let files = downloads(&page.text());
    assert_eq!(files[2].0, "=1+2.cells.csv");
    let csv = String::from_utf8(files[2].1.clone()).expect("UTF-8");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "\u{feff}file,agency,report_year,edition,table,row_id,column_id,row_label,column_label,value,state,raw"
    );
    let start = r#""'=1+2.json","'=HYPERLINK(""http://example.com/x"",""点击"")",2019,format_2019,proactive,"#;
    for line in [
        "licensing,items_change,第二十条第（五）项 › 行政许可,本年增/减,-3,value,",
        "other_services,items_last_year,第二十条第（五）项 › 其他对外管理服务事项,上一年项目数量,,raw,\"'+1\"",
        "coercion,items_last_year,第二十条第（六）项 › 行政强制,上一年项目数量,,raw,\"'-x\"",
        "administrative_fees,items_last_year,第二十条第（八）项 › 行政事业性收费,上一年项目数量,,raw,\"'@a\"",
    ] {
        let line = format!("{start}{line}");
        assert!(lines.contains(&line.as_str()), "no {line}");
    }
    // Every line names the file and the agency neutralised.
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.starts_with(r#""'=1+2.json","'=HYPERLINK("#))
    );
    // The same bytes as `ogi export --bom` of the same file.
    let dir = std::env::temp_dir().join(format!("ogi-serve-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    std::fs::write(dir.join("=1+2.json"), &report).expect("written");
    let exported = ogi_in(&dir, &["export", "--bom", "=1+2.json"]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(files[2].1, exported.stdout);
}

/// A 2019-format report whose agency is a spreadsheet formula, with a negative change and raw
/// cells that start like formulas.
fn formula_report() -> String {
    let text = std::fs::read_to_string(root().join("cli/tests/fixtures/liaocheng_2019.json"))
        .expect("readable");
    let mut report: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    report["meta"]["agency"] = r#"=HYPERLINK("http://example.com/x","点击")"#.into();
    let proactive = &mut report["proactive"];
    proactive["licensing"]["items_change"] = (-3).into();
    proactive["other_services"]["items_last_year"] = serde_json::json!({ "raw": "+1" });
    proactive["coercion"]["items_last_year"] = serde_json::json!({ "raw": "-x" });
    proactive["administrative_fees"]["items_last_year"] = serde_json::json!({ "raw": "@a" });
    report.to_string()
}

#[test]
fn sigterm_lets_the_request_in_flight_finish_then_stops_and_the_log_holds_no_content() {
    let server = Server::start(&[]);
    let bytes = std::fs::read(examples().join("luohe_huizu_2021.json")).expect("readable");
    let (content_type, body) =
        multipart(Some(("秘密名称.json", &bytes)), &[("agency", "某某机关")]);
    let mut in_flight = server.connect();
    let head = format!(
        "POST /api/check HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let body_len = body.len();
    in_flight.write_all(head.as_bytes()).expect("head written");
    in_flight.write_all(&body[..100]).expect("a part written");
    // The server has taken the request once it answers another.
    assert_eq!(server.get("/").status, 200);
    let addr = server.addr.clone();
    let finisher = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        in_flight.write_all(&body[100..]).expect("the rest written");
        Response::read(&mut in_flight)
    });
    let (status, log) = server.terminate();
    let response = finisher.join().expect("the request ends");
    assert_eq!(response.status, 200, "the request in flight was answered");
    assert!(status.success(), "ogi serve exits 0 on SIGTERM: {status}");
    assert!(log.contains("ogi serve: shutting down; finishing the requests in flight\n"));
    assert!(log.ends_with("ogi serve: stopped\n"), "{log}");
    assert!(TcpStream::connect(&addr).is_err(), "no longer listening");
    // The log: one line per request, routes, statuses, sizes, forms and timings only.
    assert!(!log.contains("秘密名称"), "{log}");
    assert!(!log.contains("某某机关"), "{log}");
    assert!(!log.contains("漯河"), "{log}");
    let lines: Vec<&str> = log.lines().filter(|l| l.contains(" /api/check ")).collect();
    assert_eq!(lines.len(), 1, "{log}");
    let expected = format!("ogi serve: POST /api/check 200 {body_len} bytes form json ");
    assert!(lines[0].starts_with(&expected), "{log}");
}
