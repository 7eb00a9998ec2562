package ogireport.findings;

import com.fasterxml.jackson.annotation.*;

/**
 * 统计: How many rule instances were evaluated, passed, failed and could not be assessed.
 *
 * 校验统计: How many rule instances were evaluated, passed, failed and could not be assessed:
 * in all (checks) and by rule.
 */
public class Summary {
    private RuleTally cellBlank;
    private RuleTally cellNotNumeric;
    private RuleTally checks;
    private RuleTally editionLayout;
    private RuleTally figuresBreakdown;
    private RuleTally figuresKey;
    private RuleTally metaPublishedLate;
    private RuleTally parseAmbiguousDigits;
    private RuleTally parseDigitsSplit;
    private RuleTally parseEditionInferred;
    private RuleTally parseLabelMisprint;
    private RuleTally parseMetaConflict;
    private RuleTally parseMetaInferred;
    private RuleTally parseMetaMissing;
    private RuleTally parseRowAmbiguous;
    private RuleTally parseStrayCell;
    private RuleTally parseTableTruncated;
    private RuleTally parseUnknownRow;
    private RuleTally parseValueOutsideCell;
    private RuleTally proactivePublishedWithinMade;
    private RuleTally requestsBalance;
    private RuleTally requestsGroupSubtotal;
    private RuleTally requestsOrganizationSubtotal;
    private RuleTally requestsOutcomeTotal;
    private RuleTally requestsRowTotal;
    private RuleTally reviewLitigationBlockTotal;
    private RuleTally seriesCarriedOver;
    private RuleTally seriesInForce;
    private RuleTally seriesItems;
    private RuleTally seriesTextSimilarity;
    private RuleTally textAllConcluded;
    private RuleTally textCount;
    private RuleTally textRate;

    /**
     * 单元格空白: Blank cell; absent or null when no instance was evaluated.
     */
    @JsonProperty("cell.blank")
    public RuleTally getCellBlank() { return cellBlank; }
    @JsonProperty("cell.blank")
    public void setCellBlank(RuleTally value) { this.cellBlank = value; }

    /**
     * 单元格非数值: Cell that is not a number; absent or null when no instance was evaluated.
     */
    @JsonProperty("cell.not_numeric")
    public RuleTally getCellNotNumeric() { return cellNotNumeric; }
    @JsonProperty("cell.not_numeric")
    public void setCellNotNumeric(RuleTally value) { this.cellNotNumeric = value; }

    /**
     * 合计: The sum over the cross-check rules (not counting the cell rules).
     */
    @JsonProperty("checks")
    public RuleTally getChecks() { return checks; }
    @JsonProperty("checks")
    public void setChecks(RuleTally value) { this.checks = value; }

    /**
     * 版式与报告年度应用的格式一致: Layout: the layout matches the edition the report year calls for; absent
     * or null when no instance was evaluated.
     */
    @JsonProperty("edition.layout")
    public RuleTally getEditionLayout() { return editionLayout; }
    @JsonProperty("edition.layout")
    public void setEditionLayout(RuleTally value) { this.editionLayout = value; }

    /**
     * 其中各项之和不超过总数: Breakdown: the stated parts do not exceed the whole; absent or null when no
     * instance was evaluated.
     */
    @JsonProperty("figures.breakdown")
    public RuleTally getFiguresBreakdown() { return figuresBreakdown; }
    @JsonProperty("figures.breakdown")
    public void setFiguresBreakdown(RuleTally value) { this.figuresBreakdown = value; }

    /**
     * 关键数据只标注一次: Key figures: each is marked once; absent or null when no instance was
     * evaluated.
     */
    @JsonProperty("figures.key")
    public RuleTally getFiguresKey() { return figuresKey; }
    @JsonProperty("figures.key")
    public void setFiguresKey(RuleTally value) { this.figuresKey = value; }

    /**
     * 按期公开年度报告: Deadline: published by the date the regulations set; absent or null when no
     * instance was evaluated.
     */
    @JsonProperty("meta.published_late")
    public RuleTally getMetaPublishedLate() { return metaPublishedLate; }
    @JsonProperty("meta.published_late")
    public void setMetaPublishedLate(RuleTally value) { this.metaPublishedLate = value; }

    /**
     * 解析：连写数字无法唯一拆分: Parsing: run-together digits with more than one reading; absent or null
     * when no instance was evaluated.
     */
    @JsonProperty("parse.ambiguous_digits")
    public RuleTally getParseAmbiguousDigits() { return parseAmbiguousDigits; }
    @JsonProperty("parse.ambiguous_digits")
    public void setParseAmbiguousDigits(RuleTally value) { this.parseAmbiguousDigits = value; }

    /**
     * 解析：连写数字按勾稽关系唯一拆分: Parsing: run-together digits split the one way the identities allow;
     * absent or null when no instance was evaluated.
     */
    @JsonProperty("parse.digits_split")
    public RuleTally getParseDigitsSplit() { return parseDigitsSplit; }
    @JsonProperty("parse.digits_split")
    public void setParseDigitsSplit(RuleTally value) { this.parseDigitsSplit = value; }

    /**
     * 解析：推断版本: Parsing: the edition was inferred; absent or null when no instance was evaluated.
     */
    @JsonProperty("parse.edition_inferred")
    public RuleTally getParseEditionInferred() { return parseEditionInferred; }
    @JsonProperty("parse.edition_inferred")
    public void setParseEditionInferred(RuleTally value) { this.parseEditionInferred = value; }

    /**
     * 解析：标签有误印: Parsing: a misprinted label that was matched; absent or null when no instance
     * was evaluated.
     */
    @JsonProperty("parse.label_misprint")
    public RuleTally getParseLabelMisprint() { return parseLabelMisprint; }
    @JsonProperty("parse.label_misprint")
    public void setParseLabelMisprint(RuleTally value) { this.parseLabelMisprint = value; }

    /**
     * 解析：标题年度与统计期限不一致: Parsing: the title's year and the statistics period disagree; absent or
     * null when no instance was evaluated.
     */
    @JsonProperty("parse.meta_conflict")
    public RuleTally getParseMetaConflict() { return parseMetaConflict; }
    @JsonProperty("parse.meta_conflict")
    public void setParseMetaConflict(RuleTally value) { this.parseMetaConflict = value; }

    /**
     * 解析：标题信息取自标题之外: Parsing: agency or year read from outside the title; absent or null when
     * no instance was evaluated.
     */
    @JsonProperty("parse.meta_inferred")
    public RuleTally getParseMetaInferred() { return parseMetaInferred; }
    @JsonProperty("parse.meta_inferred")
    public void setParseMetaInferred(RuleTally value) { this.parseMetaInferred = value; }

    /**
     * 解析：缺少标题信息: Parsing: agency or year not printed in a title; absent or null when no
     * instance was evaluated.
     */
    @JsonProperty("parse.meta_missing")
    public RuleTally getParseMetaMissing() { return parseMetaMissing; }
    @JsonProperty("parse.meta_missing")
    public void setParseMetaMissing(RuleTally value) { this.parseMetaMissing = value; }

    /**
     * 解析：数值无法对应到列: Parsing: values whose columns cannot be told; absent or null when no
     * instance was evaluated.
     */
    @JsonProperty("parse.row_ambiguous")
    public RuleTally getParseRowAmbiguous() { return parseRowAmbiguous; }
    @JsonProperty("parse.row_ambiguous")
    public void setParseRowAmbiguous(RuleTally value) { this.parseRowAmbiguous = value; }

    /**
     * 解析：多余的单元格: Parsing: a cell beyond the table's columns; absent or null when no instance
     * was evaluated.
     */
    @JsonProperty("parse.stray_cell")
    public RuleTally getParseStrayCell() { return parseStrayCell; }
    @JsonProperty("parse.stray_cell")
    public void setParseStrayCell(RuleTally value) { this.parseStrayCell = value; }

    /**
     * 解析：表格不完整: Parsing: rows or tables missing from the source; absent or null when no
     * instance was evaluated.
     */
    @JsonProperty("parse.table_truncated")
    public RuleTally getParseTableTruncated() { return parseTableTruncated; }
    @JsonProperty("parse.table_truncated")
    public void setParseTableTruncated(RuleTally value) { this.parseTableTruncated = value; }

    /**
     * 解析：未知的行: Parsing: a row that is not in the table; absent or null when no instance was
     * evaluated.
     */
    @JsonProperty("parse.unknown_row")
    public RuleTally getParseUnknownRow() { return parseUnknownRow; }
    @JsonProperty("parse.unknown_row")
    public void setParseUnknownRow(RuleTally value) { this.parseUnknownRow = value; }

    /**
     * 解析：数值不在单元格内: Parsing: a value outside any cell; absent or null when no instance was
     * evaluated.
     */
    @JsonProperty("parse.value_outside_cell")
    public RuleTally getParseValueOutsideCell() { return parseValueOutsideCell; }
    @JsonProperty("parse.value_outside_cell")
    public void setParseValueOutsideCell(RuleTally value) { this.parseValueOutsideCell = value; }

    /**
     * 本年新公开数量不超过本年新制作数量，本年新制作数量不超过对外公开总数量: Published within made: newly published ≤ newly made
     * ≤ published in all; absent or null when no instance was evaluated.
     */
    @JsonProperty("proactive.published_within_made")
    public RuleTally getProactivePublishedWithinMade() { return proactivePublishedWithinMade; }
    @JsonProperty("proactive.published_within_made")
    public void setProactivePublishedWithinMade(RuleTally value) { this.proactivePublishedWithinMade = value; }

    /**
     * 勾稽关系：第一项加第二项之和等于第三项加第四项之和: Balance: new plus carried-over applications equal outcomes
     * plus carried-forward ones; absent or null when no instance was evaluated.
     */
    @JsonProperty("requests.balance")
    public RuleTally getRequestsBalance() { return requestsBalance; }
    @JsonProperty("requests.balance")
    public void setRequestsBalance(RuleTally value) { this.requestsBalance = value; }

    /**
     * 分组小计等于组内各行之和: Group subtotal: a printed group row equals the sum of its rows; absent or
     * null when no instance was evaluated.
     */
    @JsonProperty("requests.group_subtotal")
    public RuleTally getRequestsGroupSubtotal() { return requestsGroupSubtotal; }
    @JsonProperty("requests.group_subtotal")
    public void setRequestsGroupSubtotal(RuleTally value) { this.requestsGroupSubtotal = value; }

    /**
     * 法人或其他组织小计等于五类组织之和: Organisation subtotal: equals the sum of the five organisation
     * columns; absent or null when no instance was evaluated.
     */
    @JsonProperty("requests.organization_subtotal")
    public RuleTally getRequestsOrganizationSubtotal() { return requestsOrganizationSubtotal; }
    @JsonProperty("requests.organization_subtotal")
    public void setRequestsOrganizationSubtotal(RuleTally value) { this.requestsOrganizationSubtotal = value; }

    /**
     * 办理结果总计等于各项办理结果之和: Outcome total: the total of outcomes equals the sum of the outcome
     * rows; absent or null when no instance was evaluated.
     */
    @JsonProperty("requests.outcome_total")
    public RuleTally getRequestsOutcomeTotal() { return requestsOutcomeTotal; }
    @JsonProperty("requests.outcome_total")
    public void setRequestsOutcomeTotal(RuleTally value) { this.requestsOutcomeTotal = value; }

    /**
     * 行合计：总计等于各类申请人之和: Row total: the total equals the sum of the six applicant categories;
     * absent or null when no instance was evaluated.
     */
    @JsonProperty("requests.row_total")
    public RuleTally getRequestsRowTotal() { return requestsRowTotal; }
    @JsonProperty("requests.row_total")
    public void setRequestsRowTotal(RuleTally value) { this.requestsRowTotal = value; }

    /**
     * 复议诉讼总计等于各结果之和: Block total: the total equals upheld, corrected, other and pending cases;
     * absent or null when no instance was evaluated.
     */
    @JsonProperty("review_litigation.block_total")
    public RuleTally getReviewLitigationBlockTotal() { return reviewLitigationBlockTotal; }
    @JsonProperty("review_litigation.block_total")
    public void setReviewLitigationBlockTotal(RuleTally value) { this.reviewLitigationBlockTotal = value; }

    /**
     * 上年结转数等于上一年度结转下年度数: Carry-over: carried over this year equals carried forward the year
     * before; absent or null when no instance was evaluated.
     */
    @JsonProperty("series.carried_over")
    public RuleTally getSeriesCarriedOver() { return seriesCarriedOver; }
    @JsonProperty("series.carried_over")
    public void setSeriesCarriedOver(RuleTally value) { this.seriesCarriedOver = value; }

    /**
     * 现行有效件数等于上年现行有效件数加本年制发减本年废止: Documents in force: last year's plus issued minus repealed;
     * absent or null when no instance was evaluated.
     */
    @JsonProperty("series.in_force")
    public RuleTally getSeriesInForce() { return seriesInForce; }
    @JsonProperty("series.in_force")
    public void setSeriesInForce(RuleTally value) { this.seriesInForce = value; }

    /**
     * 上一年项目数量加本年增减等于下一年度的上一年项目数量: Items: last year's items plus the change equal the next
     * year's items last year; absent or null when no instance was evaluated.
     */
    @JsonProperty("series.items")
    public RuleTally getSeriesItems() { return seriesItems; }
    @JsonProperty("series.items")
    public void setSeriesItems(RuleTally value) { this.seriesItems = value; }

    /**
     * 叙述部分与上一年度的文字相似度: Text similarity: how much of a narrative part repeats the year before;
     * absent or null when no instance was evaluated.
     */
    @JsonProperty("series.text_similarity")
    public RuleTally getSeriesTextSimilarity() { return seriesTextSimilarity; }
    @JsonProperty("series.text_similarity")
    public void setSeriesTextSimilarity(RuleTally value) { this.seriesTextSimilarity = value; }

    /**
     * 文表一致：称申请全部办结的，结转下年度为零: Text against tables: all applications concluded means none carried
     * forward; absent or null when no instance was evaluated.
     */
    @JsonProperty("text.all_concluded")
    public RuleTally getTextAllConcluded() { return textAllConcluded; }
    @JsonProperty("text.all_concluded")
    public void setTextAllConcluded(RuleTally value) { this.textAllConcluded = value; }

    /**
     * 文表一致：正文所述件数与表格一致: Text against tables: a count the prose states equals the cells it
     * names; absent or null when no instance was evaluated.
     */
    @JsonProperty("text.count")
    public RuleTally getTextCount() { return textCount; }
    @JsonProperty("text.count")
    public void setTextCount(RuleTally value) { this.textCount = value; }

    /**
     * 文表一致：正文所述占比与表格一致: Text against tables: a stated percentage equals the outcome's count
     * over the total; absent or null when no instance was evaluated.
     */
    @JsonProperty("text.rate")
    public RuleTally getTextRate() { return textRate; }
    @JsonProperty("text.rate")
    public void setTextRate(RuleTally value) { this.textRate = value; }
}
