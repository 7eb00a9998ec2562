//! The `ogi` command run as a user runs it, on the fixtures in `tests/fixtures` (paths are
//! relative to that folder, so the output is the same on every machine).

use std::path::Path;
use std::process::{Command, Output};

use ogi_report::Report;

#[cfg(feature = "serve")]
mod serve;

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures"))
}

/// Runs `ogi` in the fixtures folder, with no terminal and no colour.
fn ogi(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ogi"))
        .args(args)
        .current_dir(fixtures())
        .env("NO_COLOR", "1")
        .output()
        .expect("the ogi binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn fixture_report(name: &str) -> Report {
    let text = std::fs::read_to_string(fixtures().join(name)).expect("fixture is readable");
    Report::from_json(&text).expect("fixture is a report")
}

mod check {
    use super::*;

    #[test]
    fn a_copy_threshold_turns_the_similarity_of_a_part_into_a_warning() {
        let series = |args: &[&str]| -> (String, Vec<(String, String, i64)>) {
            let mut all = vec!["check", "batch/2021", "batch/2022"];
            all.extend_from_slice(args);
            let human = stdout(&ogi(&all));
            all.extend_from_slice(&["--format", "json"]);
            let text = stdout(&ogi(&all));
            let line: serde_json::Value =
                serde_json::from_str(text.lines().last().unwrap()).unwrap();
            let found = line["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["rule"] == "series.text_similarity")
                .map(|f| {
                    (
                        f["severity"].as_str().unwrap().to_owned(),
                        f["pointer"].as_str().unwrap().to_owned(),
                        f["actual"].as_i64().unwrap(),
                    )
                })
                .collect();
            (human, found)
        };
        let (human, notes) = series(&[]);
        assert_eq!(
            notes.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(),
            ["notice", "notice"]
        );
        let shown = human
            .lines()
            .find(|l| l.starts_with("  text similarity of 2022 to 2021: "))
            .unwrap();
        let (overview, problems) = (notes[0].2, notes[1].2);
        assert_eq!(
            shown,
            format!(
                "  text similarity of 2022 to 2021: overview {}.{} %, problems {}.{} %",
                overview / 10,
                overview % 10,
                problems / 10,
                problems % 10
            )
        );
        // At or above the threshold a part is a warning, and shown with its source.
        let least = problems.min(overview);
        let at = format!("{}.{:03}", least / 1000, least % 1000);
        let (human, flagged) = series(&["--copy-threshold", &at]);
        assert_eq!(
            flagged.iter().map(|n| n.0.as_str()).collect::<Vec<_>>(),
            ["warning", "warning"]
        );
        assert!(human.contains("warning[series.text_similarity]"), "{human}");
        let bad = ogi(&["check", "batch/2021", "--copy-threshold", "1.5"]);
        assert_eq!(bad.status.code(), Some(2));
        assert!(
            stderr(&bad).contains("is not a share from 0 to 1"),
            "{}",
            stderr(&bad)
        );
    }

    #[test]
    fn the_level_and_date_given_set_the_publication_deadline() {
        let late = |args: &[&str]| -> Vec<serde_json::Value> {
            let mut all = vec!["check", "luohe_huizu_2022.json", "--format", "json"];
            all.extend_from_slice(args);
            let out = ogi(&all);
            let line: serde_json::Value =
                serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
            line["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["rule"] == "meta.published_late")
                .cloned()
                .collect()
        };
        // No date: not assessable, never taken as met, and no finding.
        assert_eq!(late(&[]), Vec::<serde_json::Value>::new());
        let found = late(&["--published", "2023-02-15", "--level", "department"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0]["actual"], 15);
        assert_eq!(
            found[0]["message"]["en"],
            "The 2022 report was published on 2023-02-15; for a department (given) the deadline is 2023-01-31: 15 days late."
        );
        assert_eq!(
            late(&["--published", "2023-02-15", "--level", "government"]),
            Vec::<serde_json::Value>::new()
        );
        let bad = ogi(&["check", "luohe_huizu_2022.json", "--published", "15.2.2023"]);
        assert_eq!(bad.status.code(), Some(2));
        assert!(stderr(&bad).contains("--published"), "{}", stderr(&bad));
    }

    #[test]
    fn a_folder_of_every_form_with_a_series_a_corrupt_file_and_a_non_report() {
        let out = ogi(&["check", "batch"]);
        assert_eq!(out.status.code(), Some(2), "a file could not be read");
        assert_eq!(stderr(&out), "");
        insta::assert_snapshot!("check_batch", stdout(&out));
    }

    #[test]
    fn json_lines_hold_one_object_per_file_then_one_per_series() {
        let out = ogi(&["check", "batch", "--format", "json"]);
        assert_eq!(out.status.code(), Some(2));
        let text = stdout(&out);
        insta::assert_snapshot!("check_batch_json", text);
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        assert_eq!(lines.len(), 7, "6 files and 1 series");
        let paths: Vec<&str> = lines[..6]
            .iter()
            .map(|l| l["path"].as_str().unwrap())
            .collect();
        assert_eq!(
            paths,
            [
                "batch/2021/luohe_huizu_2021.json",
                "batch/2022/luohe_huizu_2022.pdf",
                "batch/corrupt.pdf",
                "batch/liaocheng_2019.html",
                "batch/notice.txt",
                "batch/xinyang_2018.json",
            ]
        );
        assert_eq!(lines[1]["form"], "pdf");
        assert_eq!(lines[3]["form"], "html");
        assert!(
            lines[2]["error"]
                .as_str()
                .unwrap()
                .starts_with("not a readable PDF: a corrupt or truncated PDF")
        );
        let series = &lines[6];
        assert_eq!(series["series"]["years"], serde_json::json!([2021, 2022]));
        assert_eq!(
            series["summary"],
            // The notices: the narrative parts' similarity to the year before.
            serde_json::json!({"errors": 0, "warnings": 2, "notices": 2})
        );
        let finding = &series["findings"][0];
        assert_eq!(finding["rule"], "series.carried_over");
        assert_eq!(finding["pointer"], "/requests/carried_over/natural_person");
        assert_eq!(finding["path"], "batch/2022/luohe_huizu_2022.pdf");
        assert_eq!(
            (&finding["expected"], &finding["actual"]),
            (&1.into(), &0.into())
        );
        assert_eq!(finding["span"]["line"], 66);
    }

    #[test]
    fn errors_show_the_json_line_of_their_cell_and_exit_1() {
        let out = ogi(&["check", "planted.json"]);
        assert_eq!(out.status.code(), Some(1));
        insta::assert_snapshot!("check_planted", stdout(&out));
    }

    #[test]
    fn messages_in_chinese() {
        let out = ogi(&["check", "planted.json", "--lang", "zh", "--format", "human"]);
        assert_eq!(out.status.code(), Some(1));
        let text = stdout(&out);
        assert!(
            text.contains(
                "error[requests.row_total]: 「二、上年结转政府信息公开申请数量」行的总计应为各类申请人之和0，报告为2。"
            ) && text.contains("^ 应为 0，实为 2"),
            "{text}"
        );
    }

    #[test]
    fn a_clean_report_exits_0() {
        let out = ogi(&["check", "batch/2021/luohe_huizu_2021.json"]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            stdout(&out),
            "batch/2021/luohe_huizu_2021.json: format_2021 · 漯河回族区城市管理局 · 2021 · json: \
             0 errors, 0 warnings, 0 notices\n\n\
             \x20            files  with errors  errors  warnings  notices\n\
             format_2021      1            0       0         0        0\n\
             total            1            0       0         0        0\n"
        );
    }

    #[test]
    fn a_path_that_does_not_exist_exits_2() {
        let out = ogi(&["check", "no/such/folder"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            "ogi check: no/such/folder: No such file or directory (os error 2)\n"
        );
    }

    #[test]
    fn without_series_the_years_are_checked_alone() {
        let out = ogi(&["check", "batch/2021", "batch/2022", "--no-series"]);
        assert_eq!(out.status.code(), Some(0));
        assert!(!stdout(&out).contains("series"));
    }
}

mod parse {
    use super::*;

    #[test]
    fn a_pdf_gives_the_tables_of_its_report() {
        let out = ogi(&["parse", "batch/2022/luohe_huizu_2022.pdf"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let read = Report::from_json(&stdout(&out)).expect("canonical JSON");
        let want = fixture_report("luohe_huizu_2022.json");
        let (read, want) = (
            read.as_format_2021().unwrap(),
            want.as_format_2021().unwrap(),
        );
        assert_eq!(read.meta.agency, want.meta.agency);
        assert_eq!(read.meta.report_year, want.meta.report_year);
        for at in ogi_report::layout::CellAddress::all(ogi_report::catalogue::Edition::Format2021) {
            let (a, b) = (
                Report::Format2021(read.clone())
                    .cell(at)
                    .map(|c| c.display()),
                Report::Format2021(want.clone())
                    .cell(at)
                    .map(|c| c.display()),
            );
            assert_eq!(a, b, "{at}");
        }
    }

    #[test]
    fn json_is_written_back_canonical_to_a_file() {
        let dir = std::env::temp_dir().join(format!("ogi-parse-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let target = dir.join("out.json");
        let out = ogi(&[
            "parse",
            "luohe_huizu_2022.json",
            "-o",
            target.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(stdout(&out), "");
        let written = std::fs::read_to_string(&target).unwrap();
        let original = std::fs::read_to_string(fixtures().join("luohe_huizu_2022.json")).unwrap();
        assert_eq!(written, original);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_that_is_not_a_report_exits_2_saying_why() {
        let out = ogi(&["parse", "batch/corrupt.pdf"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stdout(&out), "");
        assert_eq!(
            stderr(&out),
            "batch/corrupt.pdf: not a readable PDF: a corrupt or truncated PDF \
             (failed parsing cross reference table: invalid start value)\n"
        );
        let out = ogi(&["parse", "batch/logo.png"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            "batch/logo.png: not UTF-8, UTF-16 or GB18030 text (byte 0): a PNG picture, not \
             text; give the report as text, HTML, PDF or .docx\n"
        );
    }

    #[test]
    fn a_finding_on_a_long_line_shows_the_value_with_its_column_in_the_whole_line() {
        // One line of 5,000 bytes: 500 values outside any cell, each a finding.
        let page = std::fs::read_to_string(fixtures().join("long_line.html")).unwrap();
        let out = ogi(&["parse", "long_line.html", "--compact"]);
        assert_eq!(out.status.code(), Some(0));
        let err = stderr(&out);
        // The place of each value, counted in characters from the start of the line.
        let columns: Vec<usize> = page
            .match_indices("<td>1</td>")
            .map(|(at, _)| page[..at + "<td>".len()].chars().count() + 1)
            .collect();
        assert_eq!(columns.len(), 500);
        let shown: Vec<usize> = err
            .lines()
            .filter_map(|l| l.strip_prefix(" --> long_line.html:1:"))
            .map(|c| c.parse().unwrap())
            .collect();
        assert_eq!(shown, columns);
        // Each finding shows its title, place, gutter, the line cut around the value, and
        // the caret under it; never the whole line.
        let first: Vec<&str> = err.lines().take(5).collect();
        assert_eq!(
            first[0],
            "warning[parse.value_outside_cell]: \"1\" stands outside any cell and was not read"
        );
        assert_eq!(first[1], " --> long_line.html:1:57");
        assert!(first[3].starts_with("1 | <html><body><h1>某某局2021年"));
        assert!(err.lines().all(|l| l.chars().count() < 200));
    }

    #[test]
    fn parse_findings_go_to_stderr_with_their_source() {
        let out = ogi(&["parse", "stray.txt", "--compact"]);
        assert_eq!(out.status.code(), Some(0));
        insta::assert_snapshot!("parse_stray_stderr", stderr(&out));
        assert_eq!(stdout(&out).lines().count(), 1);
    }
}

mod render {
    use super::*;

    #[test]
    fn every_format_is_the_library_renderer() {
        let report = fixture_report("luohe_huizu_2022.json");
        for (to, want) in [
            ("markdown", ogi_report::render::markdown(&report)),
            ("text", ogi_report::render::text(&report)),
            (
                "html",
                ogi_report::render::Html::new(&report)
                    .with_findings(&ogi_report::validate(&report))
                    .page(),
            ),
        ] {
            let out = ogi(&["render", "luohe_huizu_2022.json", "--to", to]);
            assert_eq!(out.status.code(), Some(0));
            assert_eq!(stdout(&out), want, "{to}");
        }
    }

    #[test]
    fn a_published_text_renders_in_the_official_layout() {
        let out = ogi(&["render", "batch/liaocheng_2019.html", "--to", "markdown"]);
        assert_eq!(out.status.code(), Some(0));
        let want = ogi_report::render::markdown(&fixture_report("liaocheng_2019.json"));
        assert_eq!(stdout(&out), want);
    }

    #[test]
    fn an_unknown_format_is_a_usage_error() {
        let out = ogi(&["render", "luohe_huizu_2022.json", "--to", "pdf"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("invalid value 'pdf' for '--to <TO>'"));
    }
}

mod export {
    use super::*;

    #[test]
    fn csv_has_one_line_per_cell() {
        let out = ogi(&["export", "batch", "--to", "csv"]);
        assert_eq!(out.status.code(), Some(2), "two files are unreadable");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 2, "{err}");
        assert!(err.starts_with("ogi export: batch/corrupt.pdf: not a readable PDF"));
        let text = stdout(&out);
        insta::assert_snapshot!("export_batch_csv", text);
        let header = text.lines().next().unwrap();
        assert_eq!(
            header,
            "file,agency,report_year,edition,table,row_id,column_id,row_label,column_label,value,state,raw"
        );
    }

    #[test]
    fn jsonl_carries_counts_as_numbers_and_money_as_strings() {
        let csv = stdout(&ogi(&["export", "luohe_huizu_2022.json"]));
        let out = ogi(&["export", "luohe_huizu_2022.json", "--to", "jsonl"]);
        assert_eq!(out.status.code(), Some(0));
        let lines: Vec<serde_json::Value> = stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), csv.lines().count() - 1);
        let fee = lines
            .iter()
            .find(|l| l["row_id"] == "administrative_fees" && l["column_id"] == "amount")
            .expect("the fee cell");
        assert_eq!(fee["value"], "27.2500");
        assert_eq!(fee["table"], "proactive");
        let penalties = lines
            .iter()
            .find(|l| l["row_id"] == "penalties" && l["column_id"] == "decisions")
            .expect("a count cell");
        assert_eq!(penalties["value"], 67);
        assert_eq!(penalties["state"], "value");
        assert_eq!(penalties["raw"], serde_json::Value::Null);
        assert_eq!(penalties["row_label"], "第二十条第（六）项 › 行政处罚");
        assert_eq!(penalties["column_label"], "本年处理决定数量");
        let disclosed = lines
            .iter()
            .find(|l| l["row_id"] == "outcomes/disclosed" && l["column_id"] == "total")
            .expect("a part 三 cell");
        assert_eq!(disclosed["value"], 0);
        assert_eq!(
            disclosed["row_label"],
            "三、本年度办理结果 › （一）予以公开"
        );
    }

    #[test]
    fn bom_for_excel() {
        let out = ogi(&["export", "luohe_huizu_2022.json", "--bom"]);
        assert!(out.stdout.starts_with(b"\xef\xbb\xbffile,agency,"));
    }
}

mod other {
    use super::*;

    #[test]
    fn schemas_are_the_crates() {
        let out = ogi(&["schema", "report"]);
        assert_eq!(stdout(&out), ogi_report::schema::report_schema_text());
        let out = ogi(&["schema", "findings"]);
        assert_eq!(stdout(&out), ogi_report::schema::findings_schema_text());
    }

    #[test]
    fn aggregate_sums_the_years_reports_and_leaves_the_rest_out() {
        let out = ogi(&[
            "aggregate",
            "luohe_huizu_2022.json",
            "batch",
            "--agency",
            "漯河市回族区",
            "--year",
            "2022",
        ]);
        assert_eq!(out.status.code(), Some(2), "two files are unreadable");
        insta::assert_snapshot!("aggregate_stderr", stderr(&out));
        let report = Report::from_json(&stdout(&out)).expect("a report");
        let r = report.as_format_2021().unwrap();
        assert_eq!(r.meta.agency, "漯河市回族区");
        assert_eq!(r.proactive.penalties.decisions.as_u64(), Some(2 * 67));
        assert_eq!(
            r.proactive.fee().value().map(|f| f.to_string()).as_deref(),
            Some("54.5000")
        );
    }

    #[test]
    fn aggregate_sums_2019_reports_in_their_own_format() {
        let out = ogi(&[
            "aggregate",
            "liaocheng_2019.json",
            "liaocheng_2019.json",
            "--agency",
            "聊城市",
            "--year",
            "2019",
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(stderr(&out).contains(
            "ogi aggregate: /proactive/penalties/items_change left blank: not a number in 聊城市城管局 /proactive/penalties/items_change"
        ));
        let report = Report::from_json(&stdout(&out)).expect("a report");
        let r = report.as_format_2019().expect("summed in the 2019 format");
        assert_eq!(r.meta.agency, "聊城市");
        assert_eq!(r.proactive.penalties.decisions.as_u64(), Some(2 * 90));
        assert_eq!(
            r.proactive
                .procurement
                .total_amount
                .value()
                .map(|a| a.to_string())
                .as_deref(),
            Some("96719.798736")
        );
    }

    #[test]
    fn completions_for_each_shell() {
        for (shell, mark) in [
            ("bash", "_ogi()"),
            ("zsh", "#compdef ogi"),
            ("fish", "complete -c ogi"),
        ] {
            let out = ogi(&["completions", shell]);
            assert_eq!(out.status.code(), Some(0));
            assert!(stdout(&out).contains(mark), "{shell}");
            assert!(stdout(&out).contains("aggregate"), "{shell}");
        }
    }

    #[test]
    fn version_and_help_for_every_subcommand() {
        let version = format!("ogi {}\n", env!("CARGO_PKG_VERSION"));
        assert_eq!(stdout(&ogi(&["--version"])), version);
        for sub in [
            "check",
            "parse",
            "render",
            "export",
            "schema",
            "aggregate",
            "metrics",
            "fee",
            "completions",
        ] {
            let out = ogi(&[sub, "--version"]);
            assert_eq!(out.status.code(), Some(0), "{sub}");
            assert_eq!(
                stdout(&out),
                format!("ogi-{sub} {}\n", env!("CARGO_PKG_VERSION"))
            );
            let out = ogi(&[sub, "--help"]);
            assert_eq!(out.status.code(), Some(0), "{sub}");
            assert!(stdout(&out).contains("Usage: ogi"), "{sub}");
        }
        let out = ogi(&["check"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("the following required arguments were not provided"));
    }
}

mod metrics {
    use super::*;

    #[test]
    fn csv_has_one_line_per_file_and_metric() {
        let out = ogi(&["metrics", "liaocheng_2019.json", "luohe_huizu_2022.json"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 1 + 2 * 10);
        assert_eq!(
            lines[0],
            "file,agency,report_year,edition,metric,name_zh,denominator_kind,numerator,denominator,value,percent,reason,cells"
        );
        // 聊城 2019: （一） 1 of （七）总计 2; （四）1 blank.
        assert_eq!(
            lines[1],
            "liaocheng_2019.json,聊城市城管局,2019,format_2019,disclosure_rate,予以公开率,answered,1,2,0.500000,50.00,,"
        );
        assert_eq!(
            lines[4],
            "liaocheng_2019.json,聊城市城管局,2019,format_2019,unavailable_rate,无法提供率,answered,,,,,blank,/requests/outcomes/unavailable/not_held/total"
        );
        // 漯河 2022 answered nothing: every outcome rate is over 0.
        assert_eq!(
            lines[11],
            "luohe_huizu_2022.json,漯河回族区城市管理局,2022,format_2021,disclosure_rate,予以公开率,answered,,,,,zero_denominator,/requests/outcomes/total/total"
        );
    }

    #[test]
    fn the_year_over_year_change_pairs_an_agencys_consecutive_reports() {
        // batch/2021 and batch/2022 hold 漯河回族区城市管理局's reports: 一 1, then 0.
        let out = ogi(&["metrics", "batch/2021", "batch/2022", "--format", "json"]);
        let text = stdout(&out);
        let yoy: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
            .filter(|v| v["metric"] == "new_requests_yoy")
            .collect();
        assert!(!yoy.is_empty());
        let pairs: Vec<(serde_json::Value, serde_json::Value, serde_json::Value)> = yoy
            .iter()
            .map(|v| {
                (
                    v["report_year"].clone(),
                    v["reason"].clone(),
                    v["percent"].clone(),
                )
            })
            .collect();
        assert!(
            pairs.contains(&(2022.into(), serde_json::Value::Null, "-100.00".into())),
            "{pairs:?}"
        );
        assert!(pairs.contains(&(
            2021.into(),
            "no_previous_year".into(),
            serde_json::Value::Null
        )));
    }

    #[test]
    fn a_denominator_is_applied_to_every_metric_or_none() {
        let out = ogi(&[
            "metrics",
            "liaocheng_2019.json",
            "--denominator",
            "concluded",
            "--format",
            "json",
        ]);
        let rows: Vec<serde_json::Value> = stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(rows.iter().all(|r| r["denominator_kind"] == "concluded"));
        let reasons: Vec<&str> = rows.iter().map(|r| r["reason"].as_str().unwrap()).collect();
        assert_eq!(
            reasons,
            [
                "denominator_not_defined",
                "denominator_not_defined",
                "denominator_not_defined",
                "denominator_not_defined",
                "denominator_not_defined",
                "denominator_not_defined",
                "denominator_not_defined",
                "zero_denominator",
                "zero_denominator",
                "denominator_not_defined",
            ]
        );
    }

    #[test]
    fn render_adds_the_rates_after_the_tables() {
        let out = ogi(&[
            "render",
            "liaocheng_2019.json",
            "--to",
            "markdown",
            "--metrics",
        ]);
        assert_eq!(out.status.code(), Some(0));
        let text = stdout(&out);
        let want = ogi_report::render::markdown(&fixture_report("liaocheng_2019.json"));
        assert!(text.starts_with(&want));
        assert_eq!(
            &text[want.len()..],
            "\n## 指标 Metrics\n\n| 指标 Metric | 分子 Numerator | 分母 Denominator | 比率 Rate | 说明 Note |\n\
             |---|---:|---:|---:|---|\n\
             | 予以公开率 Disclosure rate | 1 | 2（办结 answered） | 50.00% |  |\n\
             | 实质公开率 Substantive disclosure rate | 2 | 2（办结 answered） | 100.00% |  |\n\
             | 不予公开率 Withheld rate | 0 | 2（办结 answered） | 0.00% |  |\n\
             | 无法提供率 Cannot-be-provided rate |  | （办结 answered） |  | 不可计算 not computable: an operand cell is blank (never read as 0) (/requests/outcomes/unavailable/not_held/total) |\n\
             | 不予处理率 Not-processed rate | 0 | 2（办结 answered） | 0.00% |  |\n\
             | 其他处理率 Other-handling rate | 0 | 2（办结 answered） | 0.00% |  |\n\
             | 结转率 Carry-forward rate | 0 | 2（受理 received） | 0.00% |  |\n\
             | 复议纠错率 Review correction rate |  | （审结 concluded） |  | 不可计算 not computable: the denominator is 0 (/review_litigation/review/total, /review_litigation/review/pending) |\n\
             | 诉讼纠错率 Litigation correction rate |  | （审结 concluded） |  | 不可计算 not computable: the denominator is 0 (/review_litigation/litigation_direct/total, /review_litigation/litigation_after_review/total, /review_litigation/litigation_direct/pending, /review_litigation/litigation_after_review/pending) |\n\
             | 申请量同比 New requests, year over year |  | （新收 new_only） |  | 不可计算 not computable: no report of the same agency for the year before |\n"
        );
        let html = stdout(&ogi(&[
            "render",
            "liaocheng_2019.json",
            "--to",
            "html",
            "--metrics",
        ]));
        assert!(html.contains("<section class=\"ogi-metrics\" id=\"ogi-metrics\">"));
        assert!(html.contains("<tr class=\"ogi-not-computable\"><th scope=\"row\">无法提供率 Cannot-be-provided rate</th>"));
        let plain = stdout(&ogi(&["render", "liaocheng_2019.json", "--to", "html"]));
        assert!(!plain.contains("ogi-metrics"));
        let text = stdout(&ogi(&[
            "render",
            "liaocheng_2019.json",
            "--to",
            "text",
            "--metrics",
        ]));
        assert!(text.contains("\n指标 Metrics\n\n指标 Metric\t分子 Numerator\t分母 Denominator\t比率 Rate\t说明 Note\n予以公开率 Disclosure rate\t1\t2（办结 answered）\t50.00%\t\n"));
    }
}

mod fee {
    use super::*;

    #[test]
    fn pieces_print_the_amount_and_each_tier() {
        let out = ogi(&["fee", "--pieces", "45"]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            stdout(&out),
            "信息处理费 按件计收（by pieces in a month）: 45 件 (pieces)\n\
             金额 amount: 5,500 元 (yuan)\n\
             \x20 1–10 件: 0 元/件 × 10 = 0 元\n\
             \x20 11–30 件: 100 元/件 × 20 = 2,000 元\n\
             \x20 31–40 件: 200 元/件 × 10 = 2,000 元\n\
             \x20 41–45 件: 300 元/件 × 5 = 1,500 元\n"
        );
    }

    #[test]
    fn pages_print_the_amount_and_each_tier() {
        let out = ogi(&["fee", "--pages", "250"]);
        assert_eq!(
            stdout(&out),
            "信息处理费 按量计收（by pages）: 250 页 (pages)\n\
             金额 amount: 4,700 元 (yuan)\n\
             \x20 1–30 页: 0 元/页 × 30 = 0 元\n\
             \x20 31–100 页: 10 元/页 × 70 = 700 元\n\
             \x20 101–200 页: 20 元/页 × 100 = 2,000 元\n\
             \x20 201–250 页: 40 元/页 × 50 = 2,000 元\n"
        );
    }

    #[test]
    fn many_tiers_show_the_first_eleven_a_count_and_the_last() {
        let text = stdout(&ogi(&["fee", "--pieces", "1000000"]));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2 + 11 + 2);
        assert_eq!(lines[1], "金额 amount: 4,999,850,002,000 元 (yuan)");
        assert_eq!(lines[12], "  111–120 件: 1,000 元/件 × 10 = 10,000 元");
        assert_eq!(
            lines[13],
            "  …另有 99987 档 (99987 more tiers, each ten pieces at 100 元 more than the one before)"
        );
        assert_eq!(
            lines[14],
            "  999991–1000000 件: 9,999,800 元/件 × 10 = 99,998,000 元"
        );
    }

    #[test]
    fn one_schedule_never_both_and_no_overflow() {
        let out = ogi(&["fee", "--pieces", "3", "--pages", "4"]);
        assert_eq!(out.status.code(), Some(2));
        assert!(stderr(&out).contains("cannot be used with"));
        let out = ogi(&["fee"]);
        assert_eq!(out.status.code(), Some(2));
        let out = ogi(&["fee", "--pages", "18446744073709551615"]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            "ogi fee: 18446744073709551615 pages charged by pages come to more than 18446744073709551615 元\n"
        );
    }
}

mod encoding {
    //! A page saved as GBK, the way many government sites still serve theirs, checked as its
    //! UTF-8 original is.

    use super::*;

    /// Runs `ogi` in a folder, with no terminal and no colour.
    fn ogi_in(dir: &Path, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_ogi"))
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("the ogi binary runs")
    }

    #[test]
    fn a_gbk_page_checks_as_its_utf8_original() {
        let fixture = std::fs::read(fixtures().join("batch/liaocheng_2019.html")).unwrap();
        // The page as a GBK site has it: its meta says gb2312, and the one character GBK
        // lacks (›) is a character reference. Its UTF-8 original is the same page in UTF-8
        // (as iconv makes it, the meta unchanged).
        let page = std::str::from_utf8(&fixture)
            .unwrap()
            .replacen(r#"<meta charset="utf-8">"#, r#"<meta charset="gb2312">"#, 1)
            .replace('›', "&rsaquo;");
        let (gbk, _, unmappable) = encoding_rs::GBK.encode(&page);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&gbk).is_err());
        let root = std::env::temp_dir().join(format!("ogi-encoding-{}", std::process::id()));
        let dirs = ["fixture", "utf8", "gbk"].map(|name| root.join(name));
        for (dir, bytes) in dirs.iter().zip([&fixture[..], page.as_bytes(), &gbk[..]]) {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join("report.html"), bytes).unwrap();
        }
        let [fixture_dir, utf8_dir, gbk_dir] = &dirs;
        for args in [
            &["check", "report.html"][..],
            &["check", "report.html", "--format", "json"],
        ] {
            let (want, got) = (ogi_in(utf8_dir, args), ogi_in(gbk_dir, args));
            assert_eq!(got.status.code(), want.status.code(), "{args:?}");
            assert_eq!(stdout(&got), stdout(&want), "{args:?}");
            assert_eq!(stderr(&got), stderr(&want), "{args:?}");
        }
        // The summary is the published fixture's too.
        let summary = stdout(&ogi_in(gbk_dir, &["check", "report.html"]));
        assert_eq!(
            summary,
            stdout(&ogi_in(fixture_dir, &["check", "report.html"]))
        );
        assert_eq!(
            summary.lines().next(),
            Some(
                "report.html: format_2019 · 聊城市城管局 · 2019 · html: 0 errors, 0 warnings, 153 notices"
            )
        );
        std::fs::remove_dir_all(&root).unwrap();
    }
}

mod export_csv {
    //! `ogi export`'s CSV opened in a spreadsheet: text that would run as a formula is shown
    //! as text, numbers stay numbers.
    use super::*;

    #[test]
    fn formulas_in_text_cells_are_neutralised_and_a_negative_number_stays_a_number() {
        let text = std::fs::read_to_string(fixtures().join("liaocheng_2019.json")).unwrap();
        let mut report: serde_json::Value = serde_json::from_str(&text).unwrap();
        report["meta"]["agency"] = r#"=HYPERLINK("http://example.com/x","点击")"#.into();
        let proactive = &mut report["proactive"];
        proactive["licensing"]["items_change"] = (-3).into();
        proactive["other_services"]["items_last_year"] = serde_json::json!({ "raw": "+1" });
        proactive["coercion"]["items_last_year"] = serde_json::json!({ "raw": "-x" });
        proactive["administrative_fees"]["items_last_year"] = serde_json::json!({ "raw": "@a" });
        proactive["penalties"]["items_last_year"] = serde_json::json!({ "raw": "\t=1" });
        let dir = std::env::temp_dir().join(format!("ogi-export-csv-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("=1+2.json"), report.to_string()).unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_ogi"))
            .args(["export", "=1+2.json"])
            .current_dir(&dir)
            .output()
            .unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let csv = stdout(&output);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "file,agency,report_year,edition,table,row_id,column_id,row_label,column_label,value,state,raw"
        );
        let start = r#""'=1+2.json","'=HYPERLINK(""http://example.com/x"",""点击"")",2019,format_2019,proactive,"#;
        let expected = [
            "regulations,newly_made,第二十条第（一）项 › 规章,本年新制作数量,1,value,",
            "licensing,items_change,第二十条第（五）项 › 行政许可,本年增/减,-3,value,",
            "other_services,items_last_year,第二十条第（五）项 › 其他对外管理服务事项,上一年项目数量,,raw,\"'+1\"",
            "penalties,items_last_year,第二十条第（六）项 › 行政处罚,上一年项目数量,,raw,\"'\t=1\"",
            "penalties,items_change,第二十条第（六）项 › 行政处罚,本年增/减,,raw,减",
            "coercion,items_last_year,第二十条第（六）项 › 行政强制,上一年项目数量,,raw,\"'-x\"",
            "administrative_fees,items_last_year,第二十条第（八）项 › 行政事业性收费,上一年项目数量,,raw,\"'@a\"",
            "procurement,total_amount,第二十条第（九）项 › 政府集中采购,采购总金额,48359.899368,value,",
        ];
        for line in expected {
            let line = format!("{start}{line}");
            assert!(lines.contains(&line.as_str()), "no {line:?} in\n{csv}");
        }
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with(start.split(",2019").next().unwrap()))
        );
        // JSON Lines are data, not a spreadsheet: as they are.
        let dir = std::env::temp_dir().join(format!("ogi-export-jsonl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("=1+2.json"), report.to_string()).unwrap();
        let jsonl = Command::new(env!("CARGO_BIN_EXE_ogi"))
            .args(["export", "--to", "jsonl", "=1+2.json"])
            .current_dir(&dir)
            .output()
            .unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let first: serde_json::Value =
            serde_json::from_str(stdout(&jsonl).lines().next().unwrap()).unwrap();
        assert_eq!(first["file"], "=1+2.json");
        assert_eq!(
            first["agency"],
            r#"=HYPERLINK("http://example.com/x","点击")"#
        );
    }
}
