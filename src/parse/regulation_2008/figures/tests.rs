//! The 2008-era figure reader, on sentences of real reports' kind.

use super::*;

fn shown(figures: &[Figure]) -> Vec<String> {
    figures
        .iter()
        .map(|f| {
            let parts: Vec<String> = shown(&f.parts);
            format!(
                "{}={} [{}] {} {:?}{}{}",
                f.label,
                f.value,
                f.printed,
                f.unit.as_deref().unwrap_or(""),
                f.qualifier,
                f.key.map_or(String::new(), |k| format!(" key={}", k.id())),
                if parts.is_empty() {
                    String::new()
                } else {
                    format!(" parts({})", parts.join("; "))
                }
            )
        })
        .collect()
}

#[test]
fn figures_with_qualifiers_and_a_breakdown() {
    let mut keys = Vec::new();
    let f = figures(
        "全年共主动公开政府信息992条，其中门户网站341条、微博微信132条。开展宣传20余场次，约3万元用于宣传。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "主动公开政府信息=992 [992条] 条 Exact parts(门户网站=341 [341条] 条 Exact; 微博微信=132 [132条] 条 Exact)",
            "开展宣传=20 [20余场次] 场次 MoreThan",
            // The count comes first: what it counts is named after it.
            "用于宣传=3 [约3万元] 万元 About",
        ]
    );
}

#[test]
fn a_magnitude_alone_a_spaced_unit_and_openers_in_a_row() {
    let mut keys = Vec::new();
    let f = figures(
        "发送宣传单千余份，一千余人参加，充值户数78.4 万户，全年共计公开政府信息992条，推送1200余篇次。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "发送宣传单=1000 [千余份] 份 MoreThan",
            "充值户数=78.4 [78.4 万户] 万户 Exact",
            "公开政府信息=992 [992条] 条 Exact",
            "推送=1200 [1200余篇次] 篇次 MoreThan",
        ]
    );
    let f = figures("培训十余人，发布百余条，发放万余份。", &mut keys);
    assert_eq!(
        shown(&f),
        [
            "培训=10 [十余人] 人 MoreThan",
            "发布=100 [百余条] 条 MoreThan",
            "发放=10000 [万余份] 份 MoreThan",
        ]
    );
    // Two spaces, or a space after 余, part the number from what follows.
    assert!(figures("户数78.4  万户。推送12余 篇。", &mut keys).is_empty());
}

/// A label is at most 60 characters: a longer one is cut at the last seam (an
/// enumeration comma, a quote, a bracket) that leaves 60, or the figure is not held.
#[test]
fn a_label_is_at_most_sixty_characters() {
    let long = |n: usize| format!("{}申请", "甲".repeat(n - 2));
    let mut keys = Vec::new();
    assert_eq!(
        figures(&format!("未收到{}。", long(60)), &mut keys).len(),
        1
    );
    let mut keys = Vec::new();
    assert!(figures(&format!("未收到{}。", long(61)), &mut keys).is_empty());
    let mut keys = Vec::new();
    assert_eq!(figures(&format!("{}12件。", long(60)), &mut keys).len(), 1);
    assert!(figures(&format!("{}12件。", long(61)), &mut keys).is_empty());
    // Cut at a seam: the words after the enumeration comma that fit.
    let text = format!("{}、{}、乙类信息12件。", "甲".repeat(30), "丙".repeat(40));
    let f = figures(&text, &mut keys);
    assert_eq!(
        shown(&f),
        [format!("{}、乙类信息=12 [12件] 件 Exact", "丙".repeat(40))]
    );
    // The first seam leaves 65 characters; the next one fits.
    let text = format!("{}、{}、乙类信息12件。", "甲".repeat(10), "丙".repeat(60));
    assert_eq!(
        shown(&figures(&text, &mut keys)),
        ["乙类信息=12 [12件] 件 Exact"]
    );
}

#[test]
fn the_words_that_open_and_close_a_clause_and_name_nothing_are_not_the_label() {
    let mut keys = Vec::new();
    let f = figures(
        "（二）2018年我局现有服务事项160项，零跑腿事项58项，达到76.3%。二是发布信息12条。\
         所有办理时限总共为1510天，占总户数的64.72%，答复率三个100%，依法送达28件，违法行为12起。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "现有服务事项=160 [160项] 项 Exact",
            "零跑腿事项=58 [58项] 项 Exact",
            // A clause that names nothing takes the label of the one before it.
            "零跑腿事项=76.3 [76.3%] % Exact",
            "发布信息=12 [12条] 条 Exact",
            "办理时限=1510 [1510天] 天 Exact",
            "占总户数=64.72 [64.72%] % Exact",
            "答复率=100 [100%] % Exact",
            // 送达 and 行为 end in 达 and 为 and are words of their own.
            "依法送达=28 [28件] 件 Exact",
            "违法行为=12 [12起] 起 Exact",
        ]
    );
    // A clause that names nothing, with no clause before it, is no figure.
    assert!(figures("共计60余人。", &mut keys).is_empty());
    let f = figures("建立了两支队伍，共计60余人。", &mut keys);
    assert_eq!(shown(&f), ["建立了两支队伍=60 [60余人] 人 MoreThan"]);
}

#[test]
fn a_count_that_comes_first_is_named_by_the_words_after_it() {
    let mut keys = Vec::new();
    let f = figures(
        "涵盖浑浊度(NTU)等9项出厂水常规指标和7项管网水常规指标。我局组织开展了20场“网络在线问政”访谈工作，完成了95项目录编制和数据发布工作，在3个工作日内公开，好评率达到100%的目标。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "出厂水常规指标=9 [9项] 项 Exact",
            "管网水常规指标=7 [7项] 项 Exact",
            "“网络在线问政”访谈工作=20 [20场] 场 Exact",
            "目录编制和数据发布工作=95 [95项] 项 Exact",
            // 内 and 的 after a unit say where or whose, not what is counted.
            "在=3 [3个工作日] 个工作日 Exact",
            "好评率=100 [100%] % Exact",
        ]
    );
}

#[test]
fn the_words_after_a_count_end_at_an_enumeration_comma_or_a_bracket() {
    let mut keys = Vec::new();
    let f = figures(
        "涵盖等9项出厂水常规指标、7项管网水常规指标。完成了95项目录编制(含数据发布)工作。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "出厂水常规指标=9 [9项] 项 Exact",
            "管网水常规指标=7 [7项] 项 Exact",
            "目录编制=95 [95项] 项 Exact",
        ]
    );
}

#[test]
fn a_list_of_figures_with_notes_and_a_breakdown_in_the_next_sentence() {
    let mut keys = Vec::new();
    let f = figures(
        "全年，通过门户网站“信息公开”板块里公开财务预决算3次、水质公开4次(每季度监测公开)、收费公开3条及批后公示6条。\
         行政许可事项和其他权力事项共76项。其中，行政许可56项，其他权力事项19项。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "通过门户网站“信息公开”板块里公开财务预决算=3 [3次] 次 Exact",
            "水质公开=4 [4次] 次 Exact",
            "收费公开=3 [3条] 条 Exact",
            "批后公示=6 [6条] 条 Exact",
            "行政许可事项和其他权力事项=76 [76项] 项 Exact parts(行政许可=56 [56项] 项 Exact; 其他权力事项=19 [19项] 项 Exact)",
        ]
    );
}

#[test]
fn units_of_two_characters_are_read_whole() {
    let mut keys = Vec::new();
    let f = figures(
        "增长3个百分点，用时12小时，受理15件次，访问100万次，服务2万人次，惠及3万人，历时3个月。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "增长=3 [3个百分点] 个百分点 Exact",
            "用时=12 [12小时] 小时 Exact",
            "受理=15 [15件次] 件次 Exact",
            "访问=100 [100万次] 万次 Exact",
            "服务=2 [2万人次] 万人次 Exact",
            "惠及=3 [3万人] 万人 Exact",
            "历时=3 [3个月] 个月 Exact",
        ]
    );
}

#[test]
fn a_breakdown_is_of_the_last_count_and_其中_may_follow_a_space() {
    let mut keys = Vec::new();
    let f = figures(
        "主动公开政府信息55条,全文电子化率为100%。其中,政策法规类信息4条。公开信息446条, 其中,机构职能9条。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "主动公开政府信息=55 [55条] 条 Exact parts(政策法规类信息=4 [4条] 条 Exact)",
            "全文电子化率=100 [100%] % Exact",
            "公开信息=446 [446条] 条 Exact parts(机构职能=9 [9条] 条 Exact)",
        ]
    );
    // With no count before it, a 其中 breaks nothing down.
    let f = figures("好评率100%。其中，满意9条。", &mut keys);
    assert_eq!(
        shown(&f),
        ["好评率=100 [100%] % Exact", "满意=9 [9条] 条 Exact"]
    );
}

#[test]
fn statements_of_none_by_a_party_and_in_a_clause_of_their_own() {
    let mut keys = Vec::new();
    let f = figures(
        "截至目前未收到任何形式的申请公开信息要求。无收费情况。未收到关于信息公开方面的投诉。",
        &mut keys,
    );
    // The complaint names no key figure and is not held.
    assert_eq!(
        shown(&f),
        [
            "申请公开信息要求=0 [未收到]  Exact key=applications_received",
            "收费=0 [无]  Exact key=fees_collected",
        ]
    );
    let mut keys = Vec::new();
    let f = figures("在办理中，未向申请人收取任何费用。", &mut keys);
    assert_eq!(
        shown(&f),
        ["费用=0 [未向申请人收取]  Exact key=fees_collected"]
    );
    // Twelve characters at most between 未向 and the verb; 无 that is not a whole clause
    // of 无…情况 states nothing.
    let mut keys = Vec::new();
    let far = format!("未向{}收取任何费用。无障碍设施情况良好。", "甲".repeat(13));
    assert!(figures(&far, &mut keys).is_empty());
}

#[test]
fn a_part_serves_the_content_its_key_figures_name_when_its_heading_names_none() {
    let mut keys = Vec::new();
    let staff_and_fees = figures(
        "从事政府信息公开工作人员4人。全年没有收取任何关于政府信息公开方面的费用。",
        &mut keys,
    );
    assert_eq!(
        serves_by_figures(&staff_and_fees),
        Some(Content2008::FeesAndWaivers)
    );
    let mut keys = Vec::new();
    let two = figures("未收到申请。没有收取费用。", &mut keys);
    assert_eq!(serves_by_figures(&two), None);
    assert_eq!(serves_by_figures(&staff_and_fees[..1]), None);
}

#[test]
fn items_stated_none_together_are_each_a_figure() {
    let mut keys = Vec::new();
    let f = figures(
        "未发生因政府信息公开而出现的行政复议、行政诉讼等情况。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "因政府信息公开而出现的行政复议=0 [未发生]  Exact key=reviews",
            "因政府信息公开而出现的行政诉讼=0 [未发生]  Exact key=lawsuits",
        ]
    );
    // Without a 的, each item stands alone; an item that names no key figure is left.
    let mut keys = Vec::new();
    let f = figures("全年未收到政府信息公开申请、咨询、行政诉讼。", &mut keys);
    assert_eq!(
        shown(&f),
        [
            "政府信息公开申请=0 [未收到]  Exact key=applications_received",
            "行政诉讼=0 [未收到]  Exact key=lawsuits",
        ]
    );
}

#[test]
fn key_figures_are_marked_once() {
    let mut keys = Vec::new();
    let f = figures(
        "共收到政府信息公开申请28件，受理申请28件。行政诉讼1起。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "收到政府信息公开申请=28 [28件] 件 Exact key=applications_received",
            "受理申请=28 [28件] 件 Exact",
            "行政诉讼=1 [1起] 起 Exact key=lawsuits",
        ]
    );
}

#[test]
fn a_statement_that_there_were_none_is_a_key_figure_of_zero() {
    let mut keys = Vec::new();
    let f = figures(
        "全年未接到政府信息依申请公开件。全年没有发生因政府信息公开申请行政复议，全年没有发生政府信息公开行政诉讼案。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            // No number is printed, so no unit: 件 ends the words.
            "政府信息依申请公开件=0 [未接到]  Exact key=applications_received",
            "因政府信息公开申请行政复议=0 [没有发生]  Exact key=reviews",
            "政府信息公开行政诉讼案=0 [没有发生]  Exact key=lawsuits",
        ]
    );
}

#[test]
fn a_review_or_a_lawsuit_is_keyed_only_when_the_label_names_one_of_them() {
    let mut keys = Vec::new();
    let f = figures(
        "因政府信息公开申请行政复议2起。行政复议和行政诉讼共3起。",
        &mut keys,
    );
    assert_eq!(
        shown(&f),
        [
            "因政府信息公开申请行政复议=2 [2起] 起 Exact key=reviews",
            "行政复议和行政诉讼=3 [3起] 起 Exact",
        ]
    );
}

#[test]
fn a_number_of_twelve_digits_is_read_and_a_longer_one_is_not() {
    let mut keys = Vec::new();
    let f = figures("访问量123456789012次。访问量1234567890123次。", &mut keys);
    assert_eq!(shown(&f), ["访问量=123456789012 [123456789012次] 次 Exact"]);
    // A number that ends the text with a full stop after it is no figure, and no panic.
    assert!(figures("收到申请12.", &mut keys).is_empty());
    // Nor one that ends a sentence, whole or with decimals, or whose point has no digits.
    assert!(figures("访问量12。比例12.5", &mut keys).is_empty());
    assert!(figures("受理12.件。", &mut keys).is_empty());
}

#[test]
fn dates_ordinals_and_telephone_numbers_are_not_figures() {
    let mut keys = Vec::new();
    let f = figures(
        "2018年1月1日起，第3次会议，电话0376-6225121，网址www.xy12.gov.cn。",
        &mut keys,
    );
    assert!(f.is_empty(), "{:?}", shown(&f));
}

#[test]
fn a_heading_serves_the_content_it_names() {
    assert_eq!(
        serves("二、主动公开政府信息情况"),
        Some(Content2008::Proactive)
    );
    assert_eq!(
        serves("三、依申请公开政府信息情况"),
        Some(Content2008::OnRequest)
    );
    assert_eq!(
        serves("四、因政府信息公开申请行政复议、提起行政诉讼的情况"),
        Some(Content2008::ReviewLitigation)
    );
    assert_eq!(serves("一、概述"), None);
    // Either word names the content.
    assert_eq!(serves("四、重点领域信息公开"), Some(Content2008::Proactive));
    assert_eq!(serves("四、收费情况"), Some(Content2008::FeesAndWaivers));
    assert_eq!(serves("四、减免情况"), Some(Content2008::FeesAndWaivers));
    assert_eq!(
        serves("五、行政复议情况"),
        Some(Content2008::ReviewLitigation)
    );
    assert_eq!(
        serves("五、行政诉讼情况"),
        Some(Content2008::ReviewLitigation)
    );
    // 问题 with no word of improvement is not the problems part, nor is a plan alone.
    assert_eq!(serves("五、咨询和投诉问题"), None);
    assert_eq!(serves("八、下一步工作打算"), None);
    assert_eq!(
        serves("七、存在的问题及改进措施"),
        Some(Content2008::Problems)
    );
}
