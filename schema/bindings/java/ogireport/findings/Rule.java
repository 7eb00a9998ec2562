package ogireport.findings;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * 规则: The rule.
 *
 * 规则: The stable id of a validation rule (documented in docs/rules.md).
 *
 * 行合计：总计等于各类申请人之和: Row total: the total equals the sum of the six applicant categories
 *
 * 法人或其他组织小计等于五类组织之和: Organisation subtotal: equals the sum of the five organisation
 * columns
 *
 * 分组小计等于组内各行之和: Group subtotal: a printed group row equals the sum of its rows
 *
 * 办理结果总计等于各项办理结果之和: Outcome total: the total of outcomes equals the sum of the outcome
 * rows
 *
 * 勾稽关系：第一项加第二项之和等于第三项加第四项之和: Balance: new plus carried-over applications equal outcomes
 * plus carried-forward ones
 *
 * 复议诉讼总计等于各结果之和: Block total: the total equals upheld, corrected, other and pending cases
 *
 * 本年新公开数量不超过本年新制作数量，本年新制作数量不超过对外公开总数量: Published within made: newly published ≤ newly made
 * ≤ published in all
 *
 * 上年结转数等于上一年度结转下年度数: Carry-over: carried over this year equals carried forward the year
 * before
 *
 * 现行有效件数等于上年现行有效件数加本年制发减本年废止: Documents in force: last year's plus issued minus repealed
 *
 * 上一年项目数量加本年增减等于下一年度的上一年项目数量: Items: last year's items plus the change equal the next
 * year's items last year
 *
 * 叙述部分与上一年度的文字相似度: Text similarity: how much of a narrative part repeats the year before
 *
 * 文表一致：正文所述件数与表格一致: Text against tables: a count the prose states equals the cells it
 * names
 *
 * 文表一致：正文所述占比与表格一致: Text against tables: a stated percentage equals the outcome's count
 * over the total
 *
 * 文表一致：称申请全部办结的，结转下年度为零: Text against tables: all applications concluded means none carried
 * forward
 *
 * 其中各项之和不超过总数: Breakdown: the stated parts do not exceed the whole
 *
 * 关键数据只标注一次: Key figures: each is marked once
 *
 * 版式与报告年度应用的格式一致: Layout: the layout matches the edition the report year calls for
 *
 * 按期公开年度报告: Deadline: published by the date the regulations set
 *
 * 单元格空白: Blank cell
 *
 * 单元格非数值: Cell that is not a number
 *
 * 解析：未知的行: Parsing: a row that is not in the table
 *
 * 解析：多余的单元格: Parsing: a cell beyond the table's columns
 *
 * 解析：连写数字无法唯一拆分: Parsing: run-together digits with more than one reading
 *
 * 解析：连写数字按勾稽关系唯一拆分: Parsing: run-together digits split the one way the identities allow
 *
 * 解析：数值无法对应到列: Parsing: values whose columns cannot be told
 *
 * 解析：表格不完整: Parsing: rows or tables missing from the source
 *
 * 解析：数值不在单元格内: Parsing: a value outside any cell
 *
 * 解析：标签有误印: Parsing: a misprinted label that was matched
 *
 * 解析：推断版本: Parsing: the edition was inferred
 *
 * 解析：缺少标题信息: Parsing: agency or year not printed in a title
 *
 * 解析：标题年度与统计期限不一致: Parsing: the title's year and the statistics period disagree
 *
 * 解析：标题信息取自标题之外: Parsing: agency or year read from outside the title
 */
public enum Rule {
    CELL_BLANK, CELL_NOT_NUMERIC, EDITION_LAYOUT, FIGURES_BREAKDOWN, FIGURES_KEY, META_PUBLISHED_LATE, PARSE_AMBIGUOUS_DIGITS, PARSE_DIGITS_SPLIT, PARSE_EDITION_INFERRED, PARSE_LABEL_MISPRINT, PARSE_META_CONFLICT, PARSE_META_INFERRED, PARSE_META_MISSING, PARSE_ROW_AMBIGUOUS, PARSE_STRAY_CELL, PARSE_TABLE_TRUNCATED, PARSE_UNKNOWN_ROW, PARSE_VALUE_OUTSIDE_CELL, PROACTIVE_PUBLISHED_WITHIN_MADE, REQUESTS_BALANCE, REQUESTS_GROUP_SUBTOTAL, REQUESTS_ORGANIZATION_SUBTOTAL, REQUESTS_OUTCOME_TOTAL, REQUESTS_ROW_TOTAL, REVIEW_LITIGATION_BLOCK_TOTAL, SERIES_CARRIED_OVER, SERIES_IN_FORCE, SERIES_ITEMS, SERIES_TEXT_SIMILARITY, TEXT_ALL_CONCLUDED, TEXT_COUNT, TEXT_RATE;

    @JsonValue
    public String toValue() {
        switch (this) {
            case CELL_BLANK: return "cell.blank";
            case CELL_NOT_NUMERIC: return "cell.not_numeric";
            case EDITION_LAYOUT: return "edition.layout";
            case FIGURES_BREAKDOWN: return "figures.breakdown";
            case FIGURES_KEY: return "figures.key";
            case META_PUBLISHED_LATE: return "meta.published_late";
            case PARSE_AMBIGUOUS_DIGITS: return "parse.ambiguous_digits";
            case PARSE_DIGITS_SPLIT: return "parse.digits_split";
            case PARSE_EDITION_INFERRED: return "parse.edition_inferred";
            case PARSE_LABEL_MISPRINT: return "parse.label_misprint";
            case PARSE_META_CONFLICT: return "parse.meta_conflict";
            case PARSE_META_INFERRED: return "parse.meta_inferred";
            case PARSE_META_MISSING: return "parse.meta_missing";
            case PARSE_ROW_AMBIGUOUS: return "parse.row_ambiguous";
            case PARSE_STRAY_CELL: return "parse.stray_cell";
            case PARSE_TABLE_TRUNCATED: return "parse.table_truncated";
            case PARSE_UNKNOWN_ROW: return "parse.unknown_row";
            case PARSE_VALUE_OUTSIDE_CELL: return "parse.value_outside_cell";
            case PROACTIVE_PUBLISHED_WITHIN_MADE: return "proactive.published_within_made";
            case REQUESTS_BALANCE: return "requests.balance";
            case REQUESTS_GROUP_SUBTOTAL: return "requests.group_subtotal";
            case REQUESTS_ORGANIZATION_SUBTOTAL: return "requests.organization_subtotal";
            case REQUESTS_OUTCOME_TOTAL: return "requests.outcome_total";
            case REQUESTS_ROW_TOTAL: return "requests.row_total";
            case REVIEW_LITIGATION_BLOCK_TOTAL: return "review_litigation.block_total";
            case SERIES_CARRIED_OVER: return "series.carried_over";
            case SERIES_IN_FORCE: return "series.in_force";
            case SERIES_ITEMS: return "series.items";
            case SERIES_TEXT_SIMILARITY: return "series.text_similarity";
            case TEXT_ALL_CONCLUDED: return "text.all_concluded";
            case TEXT_COUNT: return "text.count";
            case TEXT_RATE: return "text.rate";
        }
        return null;
    }

    @JsonCreator
    public static Rule forValue(String value) throws IOException {
        if (value.equals("cell.blank")) return CELL_BLANK;
        if (value.equals("cell.not_numeric")) return CELL_NOT_NUMERIC;
        if (value.equals("edition.layout")) return EDITION_LAYOUT;
        if (value.equals("figures.breakdown")) return FIGURES_BREAKDOWN;
        if (value.equals("figures.key")) return FIGURES_KEY;
        if (value.equals("meta.published_late")) return META_PUBLISHED_LATE;
        if (value.equals("parse.ambiguous_digits")) return PARSE_AMBIGUOUS_DIGITS;
        if (value.equals("parse.digits_split")) return PARSE_DIGITS_SPLIT;
        if (value.equals("parse.edition_inferred")) return PARSE_EDITION_INFERRED;
        if (value.equals("parse.label_misprint")) return PARSE_LABEL_MISPRINT;
        if (value.equals("parse.meta_conflict")) return PARSE_META_CONFLICT;
        if (value.equals("parse.meta_inferred")) return PARSE_META_INFERRED;
        if (value.equals("parse.meta_missing")) return PARSE_META_MISSING;
        if (value.equals("parse.row_ambiguous")) return PARSE_ROW_AMBIGUOUS;
        if (value.equals("parse.stray_cell")) return PARSE_STRAY_CELL;
        if (value.equals("parse.table_truncated")) return PARSE_TABLE_TRUNCATED;
        if (value.equals("parse.unknown_row")) return PARSE_UNKNOWN_ROW;
        if (value.equals("parse.value_outside_cell")) return PARSE_VALUE_OUTSIDE_CELL;
        if (value.equals("proactive.published_within_made")) return PROACTIVE_PUBLISHED_WITHIN_MADE;
        if (value.equals("requests.balance")) return REQUESTS_BALANCE;
        if (value.equals("requests.group_subtotal")) return REQUESTS_GROUP_SUBTOTAL;
        if (value.equals("requests.organization_subtotal")) return REQUESTS_ORGANIZATION_SUBTOTAL;
        if (value.equals("requests.outcome_total")) return REQUESTS_OUTCOME_TOTAL;
        if (value.equals("requests.row_total")) return REQUESTS_ROW_TOTAL;
        if (value.equals("review_litigation.block_total")) return REVIEW_LITIGATION_BLOCK_TOTAL;
        if (value.equals("series.carried_over")) return SERIES_CARRIED_OVER;
        if (value.equals("series.in_force")) return SERIES_IN_FORCE;
        if (value.equals("series.items")) return SERIES_ITEMS;
        if (value.equals("series.text_similarity")) return SERIES_TEXT_SIMILARITY;
        if (value.equals("text.all_concluded")) return TEXT_ALL_CONCLUDED;
        if (value.equals("text.count")) return TEXT_COUNT;
        if (value.equals("text.rate")) return TEXT_RATE;
        throw new IOException("Cannot deserialize Rule");
    }
}
