/* Generated from schema/ogi-report-findings.schema.json by json-schema-to-typescript; do not edit. Regenerate: scripts/consumers/run --write */

/**
 * 报告年度: The calendar year the report covers.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "ReportYear".
 */
export type ReportYear = number;
/**
 * 整数单元格: A reported cell: a value, null for a blank (never zero), or the text printed instead of a number.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "IntegerCell".
 */
export type IntegerCell = number | null | RawCell;
/**
 * 规则: The stable id of a validation rule (documented in docs/rules.md).
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Rule".
 */
export type Rule =
  | "requests.row_total"
  | "requests.organization_subtotal"
  | "requests.group_subtotal"
  | "requests.outcome_total"
  | "requests.balance"
  | "review_litigation.block_total"
  | "proactive.published_within_made"
  | "series.carried_over"
  | "series.in_force"
  | "series.items"
  | "series.text_similarity"
  | "text.count"
  | "text.rate"
  | "text.all_concluded"
  | "figures.breakdown"
  | "figures.key"
  | "edition.layout"
  | "meta.published_late"
  | "cell.blank"
  | "cell.not_numeric"
  | "parse.unknown_row"
  | "parse.stray_cell"
  | "parse.ambiguous_digits"
  | "parse.digits_split"
  | "parse.row_ambiguous"
  | "parse.table_truncated"
  | "parse.value_outside_cell"
  | "parse.label_misprint"
  | "parse.edition_inferred"
  | "parse.meta_missing"
  | "parse.meta_conflict"
  | "parse.meta_inferred";
/**
 * 严重程度: How serious a finding is.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Severity".
 */
export type Severity = "error" | "warning" | "notice";

/**
 * 校验结果: Every finding of a validation, in a stable order, with the tallies.
 */
export interface OgiReportFindings {
  /**
   * 发现: Every finding, in a stable order: by part, then by row and column as printed.
   */
  findings: Finding[];
  /**
   * 统计: How many rule instances were evaluated, passed, failed and could not be assessed.
   */
  summary: Summary;
}
/**
 * 校验发现: One thing a validator found in a report.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Finding".
 */
export interface Finding {
  /**
   * 实为: The value reported (or the report's side of the identity); null when not assessable.
   */
  actual?: number | null;
  /**
   * 应为: The value the rule computes (e.g. the sum of the parts); null when not assessable.
   */
  expected?: number | null;
  /**
   * 说明: What is wrong, naming rows and columns by their official labels.
   */
  message: Message;
  /**
   * 运算单元格: The cells the rule read.
   */
  operands: Operand[];
  /**
   * 位置: RFC 6901 JSON Pointer of the value the finding is about.
   */
  pointer: string;
  /**
   * 引文: For the `text.*` rules: where in the narrative text at `pointer` the figure is printed.
   */
  quote?: Quote | null;
  /**
   * 报告年度: For rules across years: the report year of the report the pointer is in.
   */
  report_year?: ReportYear | null;
  /**
   * 规则: The rule.
   */
  rule: Rule;
  /**
   * 严重程度: How serious it is.
   */
  severity: Severity;
}
/**
 * 说明: What a finding says, in Chinese and in English.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Message".
 */
export interface Message {
  /**
   * 英文: The message in English.
   */
  en: string;
  /**
   * 中文: The message in Chinese.
   */
  zh: string;
}
/**
 * 运算单元格: A cell a rule read: its pointer and what it held.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Operand".
 */
export interface Operand {
  /**
   * 位置: RFC 6901 JSON Pointer of the cell in the report's canonical JSON.
   */
  pointer: string;
  /**
   * 报告年度: For rules across years: the report year of the report holding the cell.
   */
  report_year?: ReportYear | null;
  /**
   * 单元格值: What the cell held: a number, null for a blank, or the raw text.
   */
  value: IntegerCell;
}
/**
 * 非数值单元格: Text printed where a number belongs (a slash, a dash, a word or a reference to an annex), kept as printed.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "RawCell".
 */
export interface RawCell {
  /**
   * 原文: The text exactly as printed; never empty.
   */
  raw: string;
}
/**
 * 引文: Where in the narrative text at the finding's pointer its figure is printed.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Quote".
 */
export interface Quote {
  /**
   * 结束字节: The byte after the figure's last.
   */
  end: number;
  /**
   * 起始字节: The figure's first byte in the text (UTF-8).
   */
  start: number;
  /**
   * 所在分句: The clause that states the figure, as printed, without white space.
   */
  text: string;
}
/**
 * 校验统计: How many rule instances were evaluated, passed, failed and could not be assessed: in all (checks) and by rule.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "Summary".
 */
export interface Summary {
  /**
   * 单元格空白: Blank cell; absent or null when no instance was evaluated.
   */
  "cell.blank"?: RuleTally | null;
  /**
   * 单元格非数值: Cell that is not a number; absent or null when no instance was evaluated.
   */
  "cell.not_numeric"?: RuleTally | null;
  /**
   * 合计: The sum over the cross-check rules (not counting the cell rules).
   */
  checks: RuleTally;
  /**
   * 版式与报告年度应用的格式一致: Layout: the layout matches the edition the report year calls for; absent or null when no instance was evaluated.
   */
  "edition.layout"?: RuleTally | null;
  /**
   * 其中各项之和不超过总数: Breakdown: the stated parts do not exceed the whole; absent or null when no instance was evaluated.
   */
  "figures.breakdown"?: RuleTally | null;
  /**
   * 关键数据只标注一次: Key figures: each is marked once; absent or null when no instance was evaluated.
   */
  "figures.key"?: RuleTally | null;
  /**
   * 按期公开年度报告: Deadline: published by the date the regulations set; absent or null when no instance was evaluated.
   */
  "meta.published_late"?: RuleTally | null;
  /**
   * 解析：连写数字无法唯一拆分: Parsing: run-together digits with more than one reading; absent or null when no instance was evaluated.
   */
  "parse.ambiguous_digits"?: RuleTally | null;
  /**
   * 解析：连写数字按勾稽关系唯一拆分: Parsing: run-together digits split the one way the identities allow; absent or null when no instance was evaluated.
   */
  "parse.digits_split"?: RuleTally | null;
  /**
   * 解析：推断版本: Parsing: the edition was inferred; absent or null when no instance was evaluated.
   */
  "parse.edition_inferred"?: RuleTally | null;
  /**
   * 解析：标签有误印: Parsing: a misprinted label that was matched; absent or null when no instance was evaluated.
   */
  "parse.label_misprint"?: RuleTally | null;
  /**
   * 解析：标题年度与统计期限不一致: Parsing: the title's year and the statistics period disagree; absent or null when no instance was evaluated.
   */
  "parse.meta_conflict"?: RuleTally | null;
  /**
   * 解析：标题信息取自标题之外: Parsing: agency or year read from outside the title; absent or null when no instance was evaluated.
   */
  "parse.meta_inferred"?: RuleTally | null;
  /**
   * 解析：缺少标题信息: Parsing: agency or year not printed in a title; absent or null when no instance was evaluated.
   */
  "parse.meta_missing"?: RuleTally | null;
  /**
   * 解析：数值无法对应到列: Parsing: values whose columns cannot be told; absent or null when no instance was evaluated.
   */
  "parse.row_ambiguous"?: RuleTally | null;
  /**
   * 解析：多余的单元格: Parsing: a cell beyond the table's columns; absent or null when no instance was evaluated.
   */
  "parse.stray_cell"?: RuleTally | null;
  /**
   * 解析：表格不完整: Parsing: rows or tables missing from the source; absent or null when no instance was evaluated.
   */
  "parse.table_truncated"?: RuleTally | null;
  /**
   * 解析：未知的行: Parsing: a row that is not in the table; absent or null when no instance was evaluated.
   */
  "parse.unknown_row"?: RuleTally | null;
  /**
   * 解析：数值不在单元格内: Parsing: a value outside any cell; absent or null when no instance was evaluated.
   */
  "parse.value_outside_cell"?: RuleTally | null;
  /**
   * 本年新公开数量不超过本年新制作数量，本年新制作数量不超过对外公开总数量: Published within made: newly published ≤ newly made ≤ published in all; absent or null when no instance was evaluated.
   */
  "proactive.published_within_made"?: RuleTally | null;
  /**
   * 勾稽关系：第一项加第二项之和等于第三项加第四项之和: Balance: new plus carried-over applications equal outcomes plus carried-forward ones; absent or null when no instance was evaluated.
   */
  "requests.balance"?: RuleTally | null;
  /**
   * 分组小计等于组内各行之和: Group subtotal: a printed group row equals the sum of its rows; absent or null when no instance was evaluated.
   */
  "requests.group_subtotal"?: RuleTally | null;
  /**
   * 法人或其他组织小计等于五类组织之和: Organisation subtotal: equals the sum of the five organisation columns; absent or null when no instance was evaluated.
   */
  "requests.organization_subtotal"?: RuleTally | null;
  /**
   * 办理结果总计等于各项办理结果之和: Outcome total: the total of outcomes equals the sum of the outcome rows; absent or null when no instance was evaluated.
   */
  "requests.outcome_total"?: RuleTally | null;
  /**
   * 行合计：总计等于各类申请人之和: Row total: the total equals the sum of the six applicant categories; absent or null when no instance was evaluated.
   */
  "requests.row_total"?: RuleTally | null;
  /**
   * 复议诉讼总计等于各结果之和: Block total: the total equals upheld, corrected, other and pending cases; absent or null when no instance was evaluated.
   */
  "review_litigation.block_total"?: RuleTally | null;
  /**
   * 上年结转数等于上一年度结转下年度数: Carry-over: carried over this year equals carried forward the year before; absent or null when no instance was evaluated.
   */
  "series.carried_over"?: RuleTally | null;
  /**
   * 现行有效件数等于上年现行有效件数加本年制发减本年废止: Documents in force: last year's plus issued minus repealed; absent or null when no instance was evaluated.
   */
  "series.in_force"?: RuleTally | null;
  /**
   * 上一年项目数量加本年增减等于下一年度的上一年项目数量: Items: last year's items plus the change equal the next year's items last year; absent or null when no instance was evaluated.
   */
  "series.items"?: RuleTally | null;
  /**
   * 叙述部分与上一年度的文字相似度: Text similarity: how much of a narrative part repeats the year before; absent or null when no instance was evaluated.
   */
  "series.text_similarity"?: RuleTally | null;
  /**
   * 文表一致：称申请全部办结的，结转下年度为零: Text against tables: all applications concluded means none carried forward; absent or null when no instance was evaluated.
   */
  "text.all_concluded"?: RuleTally | null;
  /**
   * 文表一致：正文所述件数与表格一致: Text against tables: a count the prose states equals the cells it names; absent or null when no instance was evaluated.
   */
  "text.count"?: RuleTally | null;
  /**
   * 文表一致：正文所述占比与表格一致: Text against tables: a stated percentage equals the outcome's count over the total; absent or null when no instance was evaluated.
   */
  "text.rate"?: RuleTally | null;
}
/**
 * 规则统计: How the instances of one rule fared.
 *
 * This interface was referenced by `OgiReportFindings`'s JSON-Schema
 * via the `definition` "RuleTally".
 */
export interface RuleTally {
  /**
   * 检查数: Instances the rule applied to.
   */
  evaluated: number;
  /**
   * 未通过数: Instances that failed (or, for the cell rules, cells flagged).
   */
  failed: number;
  /**
   * 不可评估数: Instances that could not be assessed because a cell was blank or not a number.
   */
  not_assessable: number;
  /**
   * 通过数: Instances that held.
   */
  passed: number;
}
