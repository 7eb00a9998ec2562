//! The label catalogue checked against the spec tables (spec/formats.md §1.2–1.4).

use ogi_report::catalogue::{
    ApplicantColumn, Part, ProactiveColumn2021, ProactiveRow2021, RequestGroup, RequestRow,
    ReviewBlock, ReviewOutcome, TableText,
};

#[test]
fn part_three_has_the_data_rows_of_the_format_in_order() {
    let expected = [
        ("new_received", "一、本年新收政府信息公开申请数量"),
        ("carried_over", "二、上年结转政府信息公开申请数量"),
        ("outcomes.disclosed", "（一）予以公开"),
        (
            "outcomes.partially_disclosed",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        ),
        ("outcomes.withheld.state_secret", "1.属于国家秘密"),
        (
            "outcomes.withheld.prohibited_by_law",
            "2.其他法律行政法规禁止公开",
        ),
        (
            "outcomes.withheld.security_and_stability",
            "3.危及“三安全一稳定”",
        ),
        (
            "outcomes.withheld.third_party_rights",
            "4.保护第三方合法权益",
        ),
        (
            "outcomes.withheld.internal_affairs",
            "5.属于三类内部事务信息",
        ),
        (
            "outcomes.withheld.process_information",
            "6.属于四类过程性信息",
        ),
        (
            "outcomes.withheld.enforcement_case_files",
            "7.属于行政执法案卷",
        ),
        (
            "outcomes.withheld.administrative_inquiry",
            "8.属于行政查询事项",
        ),
        (
            "outcomes.unavailable.not_held",
            "1.本机关不掌握相关政府信息",
        ),
        (
            "outcomes.unavailable.requires_compilation",
            "2.没有现成信息需要另行制作",
        ),
        (
            "outcomes.unavailable.unclear_after_amendment",
            "3.补正后申请内容仍不明确",
        ),
        (
            "outcomes.not_processed.petition_or_complaint",
            "1.信访举报投诉类申请",
        ),
        ("outcomes.not_processed.repeated", "2.重复申请"),
        ("outcomes.not_processed.publication", "3.要求提供公开出版物"),
        (
            "outcomes.not_processed.excessive",
            "4.无正当理由大量反复申请",
        ),
        (
            "outcomes.not_processed.confirmation",
            "5.要求行政机关确认或重新出具已获取信息",
        ),
        (
            "outcomes.other_handling.no_amendment",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ),
        (
            "outcomes.other_handling.fee_unpaid",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ),
        ("outcomes.other_handling.other", "3.其他"),
        ("outcomes.total", "（七）总计"),
        ("carried_forward", "四、结转下年度继续办理"),
    ];
    let actual: Vec<(String, &str)> = RequestRow::ALL
        .iter()
        .map(|r| (r.path(), r.label()))
        .collect();
    let expected: Vec<(String, &str)> = expected.iter().map(|(p, l)| (p.to_string(), *l)).collect();
    assert_eq!(actual, expected);
    // 一 and 二, the 22 rows under 三 (the spec's "spans 22 rows"), and 四.
    assert_eq!(RequestRow::ALL.len(), 2 + 22 + 1);
}

#[test]
fn part_three_groups_and_their_labels() {
    let groups: Vec<(String, &str)> = RequestGroup::ALL
        .iter()
        .map(|g| (g.path(), g.label()))
        .collect();
    assert_eq!(
        groups,
        vec![
            ("outcomes".to_owned(), "三、本年度办理结果"),
            ("outcomes.withheld".to_owned(), "（三）不予公开"),
            ("outcomes.unavailable".to_owned(), "（四）无法提供"),
            ("outcomes.not_processed".to_owned(), "（五）不予处理"),
            ("outcomes.other_handling".to_owned(), "（六）其他处理"),
        ]
    );
    assert_eq!(RequestGroup::Outcomes.rows().count(), 22);
    assert_eq!(RequestGroup::Withheld.rows().count(), 8);
    assert_eq!(RequestGroup::Unavailable.rows().count(), 3);
    assert_eq!(RequestGroup::NotProcessed.rows().count(), 5);
    assert_eq!(RequestGroup::OtherHandling.rows().count(), 3);
    assert_eq!(
        TableText::BalanceNote.label(),
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    );
    assert_eq!(
        RequestRow::NoAmendment.full_label(),
        "三、本年度办理结果 › （六）其他处理 › 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
    );
}

#[test]
fn the_seven_applicant_columns() {
    let national: Vec<(&str, String)> = ApplicantColumn::NATIONAL
        .iter()
        .map(|c| (c.id(), c.full_label()))
        .collect();
    assert_eq!(
        national,
        vec![
            ("natural_person", "自然人".to_owned()),
            (
                "commercial_enterprise",
                "法人或其他组织 › 商业企业".to_owned()
            ),
            (
                "research_institution",
                "法人或其他组织 › 科研机构".to_owned()
            ),
            (
                "public_welfare_organization",
                "法人或其他组织 › 社会公益组织".to_owned()
            ),
            (
                "legal_service_institution",
                "法人或其他组织 › 法律服务机构".to_owned()
            ),
            ("other_organization", "法人或其他组织 › 其他".to_owned()),
            ("total", "总计".to_owned()),
        ]
    );
    assert_eq!(ApplicantColumn::CATEGORIES.len(), 6);
}

#[test]
fn the_fifteen_review_cells() {
    let cells: Vec<String> = ReviewBlock::ALL
        .iter()
        .flat_map(|b| {
            ReviewOutcome::ALL
                .iter()
                .map(move |o| format!("{} › {}", b.full_label(), o.label()))
        })
        .collect();
    assert_eq!(cells.len(), 15);
    assert_eq!(cells[0], "行政复议 › 结果维持");
    assert_eq!(cells[4], "行政复议 › 总计");
    assert_eq!(cells[5], "行政诉讼 › 未经复议直接起诉 › 结果维持");
    assert_eq!(cells[14], "行政诉讼 › 复议后起诉 › 总计");
    let ids: Vec<&str> = ReviewOutcome::ALL.iter().map(|o| o.id()).collect();
    assert_eq!(ids, ["upheld", "corrected", "other", "pending", "total"]);
    let labels: Vec<&str> = ReviewOutcome::ALL.iter().map(|o| o.label()).collect();
    assert_eq!(
        labels,
        ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    );
    let blocks: Vec<(&str, &str)> = ReviewBlock::ALL
        .iter()
        .map(|b| (b.id(), b.label()))
        .collect();
    assert_eq!(
        blocks,
        [
            ("review", "行政复议"),
            ("litigation_direct", "未经复议直接起诉"),
            ("litigation_after_review", "复议后起诉")
        ]
    );
}

#[test]
fn part_two_rows_and_columns_2021() {
    let rows: Vec<(&str, &str, &str, Vec<&str>)> = ProactiveRow2021::ALL
        .iter()
        .map(|r| {
            (
                r.item().label(),
                r.id(),
                r.label(),
                r.columns().iter().map(|c| c.label()).collect(),
            )
        })
        .collect();
    let docs = vec!["本年制发件数", "本年废止件数", "现行有效件数"];
    assert_eq!(
        rows,
        vec![
            ("第二十条第（一）项", "regulations", "规章", docs.clone()),
            (
                "第二十条第（一）项",
                "normative_documents",
                "行政规范性文件",
                docs
            ),
            (
                "第二十条第（五）项",
                "licensing",
                "行政许可",
                vec!["本年处理决定数量"]
            ),
            (
                "第二十条第（六）项",
                "penalties",
                "行政处罚",
                vec!["本年处理决定数量"]
            ),
            (
                "第二十条第（六）项",
                "coercion",
                "行政强制",
                vec!["本年处理决定数量"]
            ),
            (
                "第二十条第（八）项",
                "administrative_fees",
                "行政事业性收费",
                vec!["本年收费金额（单位：万元）"]
            ),
        ]
    );
    let ids: Vec<&str> = ProactiveColumn2021::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(
        ids,
        ["issued", "repealed", "in_force", "decisions", "amount"]
    );
}

#[test]
fn the_six_parts() {
    let parts: Vec<(&str, &str)> = Part::ALL.iter().map(|p| (p.id(), p.label())).collect();
    assert_eq!(
        parts,
        [
            ("overview", "一、总体情况"),
            ("proactive", "二、主动公开政府信息情况"),
            ("requests", "三、收到和处理政府信息公开申请情况"),
            (
                "review_litigation",
                "四、政府信息公开行政复议、行政诉讼情况"
            ),
            ("problems", "五、存在的主要问题及改进情况"),
            ("other_matters", "六、其他需要报告的事项"),
        ]
    );
}

#[test]
fn pointers_follow_the_json_layout() {
    assert_eq!(RequestRow::NewReceived.pointer(), "/requests/new_received");
    assert_eq!(
        RequestRow::OutcomesTotal.pointer(),
        "/requests/outcomes/total"
    );
    assert_eq!(
        RequestRow::FeeUnpaid.pointer(),
        "/requests/outcomes/other_handling/fee_unpaid"
    );
    assert_eq!(
        RequestGroup::NotProcessed.pointer(),
        "/requests/outcomes/not_processed"
    );
    assert_eq!(
        ReviewBlock::LitigationDirect.pointer(),
        "/review_litigation/litigation_direct"
    );
    assert_eq!(
        ProactiveRow2021::AdministrativeFees.pointer(),
        "/proactive/administrative_fees"
    );
}

/// Every cell address of the layout resolves in the canonical JSON of a report that holds
/// it, to the value the report holds there; and a report holds every address of its edition
/// but the optional rows and columns.
#[test]
fn every_cell_address_resolves_in_a_report() {
    use ogi_report::Report;
    use ogi_report::catalogue::Edition;
    use ogi_report::layout::{CellAddress, RequestLine};
    for json in [
        include_str!("fixtures/reports/002_luohe_huizu_2022.json"),
        include_str!("fixtures/reports/003_liaocheng_2019.json"),
    ] {
        let report = Report::from_json(json).unwrap();
        let value: serde_json::Value = serde_json::from_str(json).unwrap();
        let mut held = 0;
        for (at, cell) in report.cells() {
            let at_json = value
                .pointer(&at.pointer())
                .unwrap_or_else(|| panic!("{}", at.pointer()));
            let shown = match at_json {
                serde_json::Value::Null => None,
                serde_json::Value::Object(raw) => raw["raw"].as_str().map(str::to_owned),
                serde_json::Value::String(s) => Some(s.clone()),
                other => Some(other.to_string()),
            };
            assert_eq!(shown, cell.display(), "{}", at.pointer());
            held += 1;
        }
        // The 2021 seed itemizes （六）; the 2019 seed prints it as one row. Neither prints a
        // subtotal row or column.
        let optional = |at: &CellAddress| match at {
            CellAddress::Requests(RequestLine::Subtotal(_), _) => true,
            CellAddress::Requests(_, ApplicantColumn::OrganizationSubtotal) => true,
            CellAddress::Requests(RequestLine::OtherHandlingSingle, _) => {
                report.edition() == Edition::Format2021
            }
            CellAddress::Requests(RequestLine::Row(row), _) => {
                report.edition() == Edition::Format2019
                    && row.group() == Some(ogi_report::catalogue::RequestGroup::OtherHandling)
            }
            _ => false,
        };
        let expected = CellAddress::all(report.edition())
            .iter()
            .filter(|at| !optional(at))
            .count();
        assert_eq!(held, expected);
    }
}
