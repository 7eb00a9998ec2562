/* Generated from schema/ogi-report.schema.json by json-schema-to-typescript; do not edit. Regenerate: scripts/consumers/run --write */

/**
 * 政府信息公开工作年度报告: An annual report on Open Government Information work, of any edition, tagged by "edition".
 */
export type OgiReport = Format2021Report | Format2019Report | Regulation2008Report;
/**
 * 层级依据: Given (by the user, or in the data), or read from the agency the title names.
 */
export type LevelFrom = "given" | "title";
/**
 * 层级: A department (部门), which publishes by 31 January, or a government (本级政府), published by 31 March.
 */
export type Tier = "department" | "government";
/**
 * 报告年度: The calendar year the report covers.
 */
export type ReportYear = number;
/**
 * 件数: A non-negative whole number printed in a table, at most 2^53 - 1.
 */
export type Count = number;
/**
 * 金额单位: The unit a sum of money was reported in.
 */
export type MoneyUnit = "yuan" | "wan_yuan";
/**
 * 精确数值: A non-negative decimal as a string, kept at the precision given (at most 16 digits before the point and 12 after).
 */
export type ExactDecimal = string;
/**
 * 金额单元格（万元）: A reported cell: a value, null for a blank (never zero), or the text printed instead of a number.
 */
export type FeeCell = Fee | null | RawCell;
/**
 * 金额（万元）: A sum in 10,000 yuan with exactly four decimal places, as a string, e.g. "27.2500".
 */
export type Fee = string;
/**
 * 件数单元格: A reported cell: a value, null for a blank (never zero), or the text printed instead of a number.
 */
export type CountCell = Count | null | RawCell;
/**
 * （六）其他处理: Other handling: itemized in three sub-rows (2021 layout), or printed as one row under `row` (2019 layout).
 */
export type OtherHandling = OtherHandlingItems | OtherHandlingRow;
/**
 * 整数单元格: A reported cell: a value, null for a blank (never zero), or the text printed instead of a number.
 */
export type IntegerCell = number | null | RawCell;
/**
 * 数值单元格: A reported cell: a value, null for a blank (never zero), or the text printed instead of a number.
 */
export type DecimalCell = ExactDecimal | null | RawCell;
/**
 * 关键数据: A figure every report of the era states, given typed access.
 */
export type KeyFigure = "applications_received" | "reviews" | "lawsuits" | "fees_collected" | "disclosure_staff";
/**
 * 数据限定: How exact a stated figure is.
 */
export type Qualifier = "exact" | "more_than" | "about";
/**
 * 条例第三十二条内容: One of the six contents of 2008 Regulations article 32.
 */
export type Content2008 =
  "proactive" | "on_request" | "fees_and_waivers" | "review_litigation" | "problems" | "other_matters";

/**
 * 政府信息公开工作年度报告（2021年格式）: An annual report in the revised format of 2021 (report years from 2021).
 */
export interface Format2021Report {
  /**
   * 版本: The edition tag, always `"format_2021"`.
   */
  edition: "format_2021";
  /**
   * 报告基本信息: Who published the report and for which year.
   */
  meta: Meta;
  /**
   * 六、其他需要报告的事项: Other matters to report
   */
  other_matters: OtherMatters;
  /**
   * 一、总体情况: Overview
   */
  overview: Narrative;
  /**
   * 报告导语: Text printed before part 1 (an opening paragraph naming the report's basis), when any.
   */
  preamble?: string | null;
  /**
   * 二、主动公开政府信息情况: Proactive disclosure
   */
  proactive: Proactive2021;
  /**
   * 五、存在的主要问题及改进情况: Main problems and improvements
   */
  problems: Narrative;
  /**
   * 三、收到和处理政府信息公开申请情况: Applications received and handled
   */
  requests: Requests;
  /**
   * 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation
   */
  review_litigation: ReviewLitigation;
}
/**
 * 报告基本信息: The publishing agency, the year covered and, where known, publication date, source and contact.
 */
export interface Meta {
  /**
   * 机关名称: The agency's name as printed in the report.
   */
  agency: string;
  /**
   * 联系方式: The contact the report gives for questions about it, when it gives one.
   */
  contact?: Contact | null;
  /**
   * 机关层级: Whether the agency is a department or a government, when known (sets the deadline).
   */
  level?: AgencyLevel | null;
  /**
   * 发布日期: The day the report was published, when known.
   */
  publication_date?: string | null;
  /**
   * 报告年度: The calendar year the report covers; absent only when a published form states none.
   */
  report_year?: ReportYear | null;
  /**
   * 来源: Where the report was found, when known.
   */
  source?: Source | null;
}
/**
 * 联系方式: The contact the report gives, each part as printed.
 */
export interface Contact {
  /**
   * 地址: The postal address.
   */
  address?: string | null;
  /**
   * 电子邮箱: The e-mail address, as printed: `local@domain`.
   */
  email?: string | null;
  /**
   * 传真: The fax number, as printed.
   */
  fax?: string | null;
  /**
   * 联系单位: The office to contact.
   */
  office?: string | null;
  /**
   * 联系电话: The telephone number, as printed.
   */
  phone?: string | null;
  /**
   * 邮编: The postcode.
   */
  postcode?: string | null;
}
/**
 * 机关层级: Whether the agency is a department (部门) or a government (本级政府), which sets the publication deadline, and where that comes from.
 */
export interface AgencyLevel {
  /**
   * 层级依据: Given by the user or the data, or read from the title.
   */
  from: LevelFrom;
  /**
   * 层级: Department or government.
   */
  tier: Tier;
}
/**
 * 来源: Where the report was found.
 */
export interface Source {
  /**
   * 标题: The title of the page or document as published.
   */
  title?: string | null;
  /**
   * 网址: The address of the page or document: an absolute URL (`https://…`).
   */
  url?: string | null;
}
/**
 * 六、其他需要报告的事项: Other matters to report (part 6).
 */
export interface OtherMatters {
  /**
   * 标题（原文）: The heading as printed, when known.
   */
  heading?: string | null;
  /**
   * 信息处理费: The information processing fee figures, when the report states them.
   */
  information_processing_fee?: InformationProcessingFee | null;
  /**
   * 正文: The text as published, paragraphs separated by `\n`.
   */
  text: string;
}
/**
 * 信息处理费: Information processing fees charged to applicants, as stated.
 */
export interface InformationProcessingFee {
  /**
   * 收费申请件数: The number of applications for which a fee was charged, when stated.
   */
  charged_applications?: Count | null;
  /**
   * 收取信息处理费金额: The fees collected in the year, exactly as stated, with their unit.
   */
  collected?: Amount | null;
}
/**
 * 金额: A sum of money exactly as reported, with its unit.
 */
export interface Amount {
  /**
   * 单位: The unit it was reported in.
   */
  unit: MoneyUnit;
  /**
   * 数额: The sum, at the precision reported.
   */
  value: ExactDecimal;
}
/**
 * 文字部分: A prose part of the report, as published.
 */
export interface Narrative {
  /**
   * 标题（原文）: The heading as printed, when known (it may differ from the official wording).
   */
  heading?: string | null;
  /**
   * 正文: The text, paragraphs separated by `\n`.
   */
  text: string;
}
/**
 * 二、主动公开政府信息情况: Proactive disclosure under article 20 (part 2, 2021 format).
 */
export interface Proactive2021 {
  /**
   * 行政事业性收费: Administrative fees
   */
  administrative_fees: FeeAmount2021;
  /**
   * 行政强制: Administrative coercive measures
   */
  coercion: DecisionCount2021;
  /**
   * 标题（原文）: The heading as printed, when known.
   */
  heading?: string | null;
  /**
   * 行政许可: Administrative licensing
   */
  licensing: DecisionCount2021;
  /**
   * 行政规范性文件: Administrative normative documents
   */
  normative_documents: DocumentCounts2021;
  /**
   * 行政处罚: Administrative penalties
   */
  penalties: DecisionCount2021;
  /**
   * 规章: Rules (regulations)
   */
  regulations: DocumentCounts2021;
  /**
   * 表后文字: Prose printed after the tables.
   */
  text_after?: string | null;
  /**
   * 表前文字: Prose printed before the tables.
   */
  text_before?: string | null;
}
/**
 * 收费行: Administrative fees collected this year, in 10,000 yuan (2021 format).
 */
export interface FeeAmount2021 {
  /**
   * 本年收费金额（单位：万元）: Fees collected this year (10,000 yuan)
   */
  amount: FeeCell;
}
/**
 * 非数值单元格: Text printed where a number belongs (a slash, a dash, a word or a reference to an annex), kept as printed.
 */
export interface RawCell {
  /**
   * 原文: The text exactly as printed; never empty.
   */
  raw: string;
}
/**
 * 处理决定行: Decisions made this year (2021 format).
 */
export interface DecisionCount2021 {
  /**
   * 本年处理决定数量: Decisions made this year
   */
  decisions: CountCell;
}
/**
 * 第（一）项行: Documents issued, repealed and in force (2021 format).
 */
export interface DocumentCounts2021 {
  /**
   * 现行有效件数: In force
   */
  in_force: CountCell;
  /**
   * 本年制发件数: Issued this year
   */
  issued: CountCell;
  /**
   * 本年废止件数: Repealed this year
   */
  repealed: CountCell;
}
/**
 * 三、收到和处理政府信息公开申请情况: Applications received and handled, by applicant category (part 3).
 */
export interface Requests {
  /**
   * 四、结转下年度继续办理: Carried forward to next year
   */
  carried_forward: ApplicantRow;
  /**
   * 二、上年结转政府信息公开申请数量: Applications carried over from last year
   */
  carried_over: ApplicantRow;
  /**
   * 标题（原文）: The heading as printed, when known.
   */
  heading?: string | null;
  /**
   * 一、本年新收政府信息公开申请数量: New applications received this year
   */
  new_received: ApplicantRow;
  /**
   * 三、本年度办理结果: Outcomes this year
   */
  outcomes: Outcomes;
  /**
   * 表后文字: Prose printed after the table.
   */
  text_after?: string | null;
  /**
   * 表前文字: Prose printed before the table.
   */
  text_before?: string | null;
}
/**
 * 申请人情况: One row of the applicant-category matrix: a cell per applicant category.
 */
export interface ApplicantRow {
  /**
   * 商业企业: Applications from commercial enterprises.
   */
  commercial_enterprise: CountCell;
  /**
   * 法律服务机构: Applications from legal service institutions.
   */
  legal_service_institution: CountCell;
  /**
   * 自然人: Applications from natural persons.
   */
  natural_person: CountCell;
  /**
   * 法人或其他组织小计: A subtotal of the five organisation columns, printed only by some local templates. Absent or null where the table has no such column; a table that prints it has it in every row, null where blank.
   */
  organization_subtotal?: CountCell;
  /**
   * 其他: Applications from other organisations.
   */
  other_organization: CountCell;
  /**
   * 社会公益组织: Applications from public-welfare organisations.
   */
  public_welfare_organization: CountCell;
  /**
   * 科研机构: Applications from research institutions.
   */
  research_institution: CountCell;
  /**
   * 总计: Applications from all applicants.
   */
  total: CountCell;
}
/**
 * 三、本年度办理结果: Outcomes of the applications concluded this year.
 */
export interface Outcomes {
  /**
   * （一）予以公开: Disclosed
   */
  disclosed: ApplicantRow;
  /**
   * （五）不予处理: Not processed
   */
  not_processed: NotProcessed;
  /**
   * （六）其他处理: Other handling
   */
  other_handling: OtherHandling;
  /**
   * （二）部分公开（区分处理的，只计这一情形，不计其他情形）: Partially disclosed (counted only here when separable)
   */
  partially_disclosed: ApplicantRow;
  /**
   * （七）总计: Total outcomes
   */
  total: ApplicantRow;
  /**
   * （四）无法提供: Cannot be provided
   */
  unavailable: Unavailable;
  /**
   * （三）不予公开: Withheld
   */
  withheld: Withheld;
}
/**
 * （五）不予处理: Not processed
 */
export interface NotProcessed {
  /**
   * 5.要求行政机关确认或重新出具已获取信息: Requests to confirm or reissue information already obtained
   */
  confirmation: ApplicantRow;
  /**
   * 4.无正当理由大量反复申请: Large numbers of repeated applications without good reason
   */
  excessive: ApplicantRow;
  /**
   * 1.信访举报投诉类申请: Petitions, reports or complaints
   */
  petition_or_complaint: ApplicantRow;
  /**
   * 3.要求提供公开出版物: Requests for public publications
   */
  publication: ApplicantRow;
  /**
   * 2.重复申请: Repeated applications
   */
  repeated: ApplicantRow;
  /**
   * （五）不予处理: The group's own row, printed only by some local templates.
   */
  subtotal?: ApplicantRow | null;
}
/**
 * （六）其他处理: Other handling
 */
export interface OtherHandlingItems {
  /**
   * 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: Applicant did not pay the fee notice in time; no longer processed
   */
  fee_unpaid: ApplicantRow;
  /**
   * 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: Applicant did not amend in time without good reason; no longer processed
   */
  no_amendment: ApplicantRow;
  /**
   * 3.其他: Other
   */
  other: ApplicantRow;
  /**
   * （六）其他处理: The group's own row, printed only by some local templates.
   */
  subtotal?: ApplicantRow | null;
}
/**
 * （六）其他处理 printed as one row, as the 2019 format prints it.
 */
export interface OtherHandlingRow {
  /**
   * （六）其他处理: The row's cells.
   */
  row: ApplicantRow;
}
/**
 * （四）无法提供: Cannot be provided
 */
export interface Unavailable {
  /**
   * 1.本机关不掌握相关政府信息: Information not held by this agency
   */
  not_held: ApplicantRow;
  /**
   * 2.没有现成信息需要另行制作: No existing information; would need to be compiled
   */
  requires_compilation: ApplicantRow;
  /**
   * （四）无法提供: The group's own row, printed only by some local templates.
   */
  subtotal?: ApplicantRow | null;
  /**
   * 3.补正后申请内容仍不明确: Request still unclear after amendment
   */
  unclear_after_amendment: ApplicantRow;
}
/**
 * （三）不予公开: Withheld
 */
export interface Withheld {
  /**
   * 8.属于行政查询事项: Administrative inquiry matters
   */
  administrative_inquiry: ApplicantRow;
  /**
   * 7.属于行政执法案卷: Administrative enforcement case files
   */
  enforcement_case_files: ApplicantRow;
  /**
   * 5.属于三类内部事务信息: Internal affairs information (three kinds)
   */
  internal_affairs: ApplicantRow;
  /**
   * 6.属于四类过程性信息: Process information (four kinds)
   */
  process_information: ApplicantRow;
  /**
   * 2.其他法律行政法规禁止公开: Disclosure prohibited by other laws or administrative regulations
   */
  prohibited_by_law: ApplicantRow;
  /**
   * 3.危及“三安全一稳定”: Endangers national, public, economic security or social stability
   */
  security_and_stability: ApplicantRow;
  /**
   * 1.属于国家秘密: State secret
   */
  state_secret: ApplicantRow;
  /**
   * （三）不予公开: The group's own row, printed only by some local templates.
   */
  subtotal?: ApplicantRow | null;
  /**
   * 4.保护第三方合法权益: Protects lawful rights of third parties
   */
  third_party_rights: ApplicantRow;
}
/**
 * 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation over disclosure (part 4).
 */
export interface ReviewLitigation {
  /**
   * 标题（原文）: The heading as printed, when known.
   */
  heading?: string | null;
  /**
   * 复议后起诉: Litigation filed after review
   */
  litigation_after_review: ReviewCells;
  /**
   * 未经复议直接起诉: Litigation filed without prior review
   */
  litigation_direct: ReviewCells;
  /**
   * 行政复议: Administrative review
   */
  review: ReviewCells;
  /**
   * 表后文字: Prose printed after the table.
   */
  text_after?: string | null;
  /**
   * 表前文字: Prose printed before the table.
   */
  text_before?: string | null;
}
/**
 * 复议或诉讼结果: Review or litigation cases by outcome.
 */
export interface ReviewCells {
  /**
   * 结果纠正: Cases where it was corrected.
   */
  corrected: CountCell;
  /**
   * 其他结果: Cases with another result.
   */
  other: CountCell;
  /**
   * 尚未审结: Cases not yet concluded.
   */
  pending: CountCell;
  /**
   * 总计: All cases of the block.
   */
  total: CountCell;
  /**
   * 结果维持: Cases where the agency's handling was upheld.
   */
  upheld: CountCell;
}
/**
 * 政府信息公开工作年度报告（2019年格式）: An annual report in the trial format of 2019 (report years 2019 and 2020).
 */
export interface Format2019Report {
  /**
   * 版本: The edition tag, always `"format_2019"`.
   */
  edition: "format_2019";
  /**
   * 报告基本信息: Who published the report and for which year.
   */
  meta: Meta;
  /**
   * 六、其他需要报告的事项: Other matters to report
   */
  other_matters: OtherMatters;
  /**
   * 一、总体情况: Overview
   */
  overview: Narrative;
  /**
   * 报告导语: Text printed before part 1 (an opening paragraph naming the report's basis), when any.
   */
  preamble?: string | null;
  /**
   * 二、主动公开政府信息情况: Proactive disclosure
   */
  proactive: Proactive2019;
  /**
   * 五、存在的主要问题及改进情况: Main problems and improvements
   */
  problems: Narrative;
  /**
   * 三、收到和处理政府信息公开申请情况: Applications received and handled
   */
  requests: Requests;
  /**
   * 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation
   */
  review_litigation: ReviewLitigation;
}
/**
 * 二、主动公开政府信息情况: Proactive disclosure under article 20 (part 2, 2019 format).
 */
export interface Proactive2019 {
  /**
   * 行政事业性收费: Administrative fees (fee items)
   */
  administrative_fees: FeeItems2019;
  /**
   * 行政强制: Administrative coercive measures
   */
  coercion: ItemCounts2019;
  /**
   * 标题（原文）: The heading as printed, when known.
   */
  heading?: string | null;
  /**
   * 行政许可: Administrative licensing
   */
  licensing: ItemCounts2019;
  /**
   * 规范性文件: Normative documents
   */
  normative_documents: PublishedCounts2019;
  /**
   * 其他对外管理服务事项: Other external administrative services
   */
  other_services: ItemCounts2019;
  /**
   * 行政处罚: Administrative penalties
   */
  penalties: ItemCounts2019;
  /**
   * 政府集中采购: Centralised government procurement
   */
  procurement: Procurement2019;
  /**
   * 规章: Rules (regulations)
   */
  regulations: PublishedCounts2019;
  /**
   * 表后文字: Prose printed after the tables.
   */
  text_after?: string | null;
  /**
   * 表前文字: Prose printed before the tables.
   */
  text_before?: string | null;
}
/**
 * 收费事项行: Fee items last year and this year's change (2019 format; a count, not money).
 */
export interface FeeItems2019 {
  /**
   * 本年增/减: Change this year (signed)
   */
  items_change: IntegerCell;
  /**
   * 上一年项目数量: Items last year
   */
  items_last_year: CountCell;
}
/**
 * 事项行: Items last year, this year's change and decisions made (2019 format).
 */
export interface ItemCounts2019 {
  /**
   * 处理决定数量: Decisions made
   */
  decisions: CountCell;
  /**
   * 本年增/减: Change this year (signed)
   */
  items_change: IntegerCell;
  /**
   * 上一年项目数量: Items last year
   */
  items_last_year: CountCell;
}
/**
 * 第（一）项行: Documents made, published, and published in all (2019 format).
 */
export interface PublishedCounts2019 {
  /**
   * 本年新制作数量: Newly made this year
   */
  newly_made: CountCell;
  /**
   * 本年新公开数量: Newly published this year
   */
  newly_published: CountCell;
  /**
   * 对外公开总数量: Published in all
   */
  total_published: CountCell;
}
/**
 * 政府集中采购行: Centralised government procurement: projects and total amount (2019 format).
 */
export interface Procurement2019 {
  /**
   * 采购项目数量: Procurement projects
   */
  projects: CountCell;
  /**
   * 采购总金额: Total procurement amount
   */
  total_amount: DecimalCell;
  /**
   * 金额单位: The unit the report gives for the amount, when it gives one.
   */
  unit?: MoneyUnit | null;
}
/**
 * 政府信息公开工作年度报告（2008年条例）: An annual report under the 2008 Regulations (report years 2008 to 2018): parts as printed and the figures they state.
 */
export interface Regulation2008Report {
  /**
   * 版本: The edition tag, always `"regulation_2008"`.
   */
  edition: "regulation_2008";
  /**
   * 报告基本信息: Who published the report and for which year.
   */
  meta: Meta;
  /**
   * 报告部分: The report's parts, in order.
   */
  parts: ReportPart[];
  /**
   * 报告导语: Text printed before the first part, when any.
   */
  preamble?: string | null;
}
/**
 * 报告部分: One part of a report as the report divides and numbers it.
 */
export interface ReportPart {
  /**
   * 数据: The figures the part states, in the order stated; absent or null when none.
   */
  figures?: Figure[] | null;
  /**
   * 标题（原文）: The heading as printed.
   */
  heading: string;
  /**
   * 对应条例内容: Which of the six contents of the 2008 Regulations, article 32, the part reports, if any.
   */
  serves?: Content2008 | null;
  /**
   * 正文: The text as published, paragraphs separated by `\n`.
   */
  text: string;
}
/**
 * 文中数据: A figure stated in the prose: what it counts, the text printed, its exact value, unit and qualifier.
 */
export interface Figure {
  /**
   * 关键数据: For the figures every report states: which one this is.
   */
  key?: KeyFigure | null;
  /**
   * 数据项: What the figure counts, in the report's words.
   */
  label: string;
  /**
   * 其中: The parts the report breaks this figure into, in the order stated; absent or null when none.
   */
  parts?: Figure[] | null;
  /**
   * 原文: The figure exactly as printed, number, qualifier and unit together.
   */
  printed: string;
  /**
   * 数据限定: Whether the value is exact, a lower bound or approximate.
   */
  qualifier: Qualifier;
  /**
   * 单位: The unit as printed, when there is one.
   */
  unit?: string | null;
  /**
   * 数值: The number the printed text states (0 for a statement that there were none).
   */
  value: ExactDecimal;
}
