// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    ogiReportFindings, err := UnmarshalOgiReportFindings(bytes)
//    bytes, err = ogiReportFindings.Marshal()

package findings

import "bytes"
import "errors"

import "encoding/json"

func UnmarshalOgiReportFindings(data []byte) (OgiReportFindings, error) {
	var r OgiReportFindings
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *OgiReportFindings) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// 校验结果: Every finding of a validation, in a stable order, with the tallies.
type OgiReportFindings struct {
	// 发现: Every finding, in a stable order: by part, then by row and column as printed.              
	Findings                                                                                []Finding `json:"findings"`
	// 统计: How many rule instances were evaluated, passed, failed and could not be assessed.          
	Summary                                                                                 Summary   `json:"summary"`
}

// 校验发现: One thing a validator found in a report.
type Finding struct {
	// 实为: The value reported (or the report's side of the identity); null when not assessable.          
	Actual                                                                                     *int64    `json:"actual"`
	// 应为: The value the rule computes (e.g. the sum of the parts); null when not assessable.            
	Expected                                                                                   *int64    `json:"expected"`
	// 说明: What is wrong, naming rows and columns by their official labels.                              
	Message                                                                                    Message   `json:"message"`
	// 运算单元格: The cells the rule read.                                                                   
	Operands                                                                                   []Operand `json:"operands"`
	// 位置: RFC 6901 JSON Pointer of the value the finding is about.                                      
	Pointer                                                                                    string    `json:"pointer"`
	// 引文: For the `text.*` rules: where in the narrative text at `pointer` the figure is                
	// printed.                                                                                          
	Quote                                                                                      *Quote    `json:"quote"`
	// 报告年度: For rules across years: the report year of the report the pointer is in.                    
	ReportYear                                                                                 *int64    `json:"report_year"`
	// 规则: The rule.                                                                                     
	Rule                                                                                       Rule      `json:"rule"`
	// 严重程度: How serious it is.                                                                          
	Severity                                                                                   Severity  `json:"severity"`
}

// 说明: What is wrong, naming rows and columns by their official labels.
//
// 说明: What a finding says, in Chinese and in English.
type Message struct {
	// 英文: The message in English.       
	En                            string `json:"en"`
	// 中文: The message in Chinese.       
	Zh                            string `json:"zh"`
}

// 运算单元格: A cell a rule read: its pointer and what it held.
type Operand struct {
	// 位置: RFC 6901 JSON Pointer of the cell in the report's canonical JSON.                     
	Pointer                                                                         string       `json:"pointer"`
	// 报告年度: For rules across years: the report year of the report holding the cell.             
	ReportYear                                                                      *int64       `json:"report_year"`
	// 单元格值: What the cell held: a number, null for a blank, or the raw text.                    
	Value                                                                           *IntegerCell `json:"value"`
}

// 非数值单元格: Text printed where a number belongs (a slash, a dash, a word or a reference to an
// annex), kept as printed.
type RawCell struct {
	// 原文: The text exactly as printed; never empty.       
	Raw                                             string `json:"raw"`
}

// 引文: Where in the narrative text at the finding's pointer its figure is printed.
type Quote struct {
	// 结束字节: The byte after the figure's last.                                         
	End                                                                         int64  `json:"end"`
	// 起始字节: The figure's first byte in the text (UTF-8).                              
	Start                                                                       int64  `json:"start"`
	// 所在分句: The clause that states the figure, as printed, without white space.       
	Text                                                                        string `json:"text"`
}

// 统计: How many rule instances were evaluated, passed, failed and could not be assessed.
//
// 校验统计: How many rule instances were evaluated, passed, failed and could not be assessed:
// in all (checks) and by rule.
type Summary struct {
	// 单元格空白: Blank cell; absent or null when no instance was evaluated.                                    
	CellBlank                                                                                    *RuleTally `json:"cell.blank"`
	// 单元格非数值: Cell that is not a number; absent or null when no instance was evaluated.                    
	CellNotNumeric                                                                               *RuleTally `json:"cell.not_numeric"`
	// 合计: The sum over the cross-check rules (not counting the cell rules).                                
	Checks                                                                                       RuleTally  `json:"checks"`
	// 版式与报告年度应用的格式一致: Layout: the layout matches the edition the report year calls for; absent             
	// or null when no instance was evaluated.                                                              
	EditionLayout                                                                                *RuleTally `json:"edition.layout"`
	// 其中各项之和不超过总数: Breakdown: the stated parts do not exceed the whole; absent or null when no             
	// instance was evaluated.                                                                              
	FiguresBreakdown                                                                             *RuleTally `json:"figures.breakdown"`
	// 关键数据只标注一次: Key figures: each is marked once; absent or null when no instance was                     
	// evaluated.                                                                                           
	FiguresKey                                                                                   *RuleTally `json:"figures.key"`
	// 按期公开年度报告: Deadline: published by the date the regulations set; absent or null when no                
	// instance was evaluated.                                                                              
	MetaPublishedLate                                                                            *RuleTally `json:"meta.published_late"`
	// 解析：连写数字无法唯一拆分: Parsing: run-together digits with more than one reading; absent or null               
	// when no instance was evaluated.                                                                      
	ParseAmbiguousDigits                                                                         *RuleTally `json:"parse.ambiguous_digits"`
	// 解析：连写数字按勾稽关系唯一拆分: Parsing: run-together digits split the one way the identities allow;               
	// absent or null when no instance was evaluated.                                                       
	ParseDigitsSplit                                                                             *RuleTally `json:"parse.digits_split"`
	// 解析：推断版本: Parsing: the edition was inferred; absent or null when no instance was evaluated.           
	ParseEditionInferred                                                                         *RuleTally `json:"parse.edition_inferred"`
	// 解析：标签有误印: Parsing: a misprinted label that was matched; absent or null when no instance              
	// was evaluated.                                                                                       
	ParseLabelMisprint                                                                           *RuleTally `json:"parse.label_misprint"`
	// 解析：标题年度与统计期限不一致: Parsing: the title's year and the statistics period disagree; absent or             
	// null when no instance was evaluated.                                                                 
	ParseMetaConflict                                                                            *RuleTally `json:"parse.meta_conflict"`
	// 解析：标题信息取自标题之外: Parsing: agency or year read from outside the title; absent or null when              
	// no instance was evaluated.                                                                           
	ParseMetaInferred                                                                            *RuleTally `json:"parse.meta_inferred"`
	// 解析：缺少标题信息: Parsing: agency or year not printed in a title; absent or null when no                    
	// instance was evaluated.                                                                              
	ParseMetaMissing                                                                             *RuleTally `json:"parse.meta_missing"`
	// 解析：数值无法对应到列: Parsing: values whose columns cannot be told; absent or null when no                    
	// instance was evaluated.                                                                              
	ParseRowAmbiguous                                                                            *RuleTally `json:"parse.row_ambiguous"`
	// 解析：多余的单元格: Parsing: a cell beyond the table's columns; absent or null when no instance               
	// was evaluated.                                                                                       
	ParseStrayCell                                                                               *RuleTally `json:"parse.stray_cell"`
	// 解析：表格不完整: Parsing: rows or tables missing from the source; absent or null when no                    
	// instance was evaluated.                                                                              
	ParseTableTruncated                                                                          *RuleTally `json:"parse.table_truncated"`
	// 解析：未知的行: Parsing: a row that is not in the table; absent or null when no instance was                
	// evaluated.                                                                                           
	ParseUnknownRow                                                                              *RuleTally `json:"parse.unknown_row"`
	// 解析：数值不在单元格内: Parsing: a value outside any cell; absent or null when no instance was                  
	// evaluated.                                                                                           
	ParseValueOutsideCell                                                                        *RuleTally `json:"parse.value_outside_cell"`
	// 本年新公开数量不超过本年新制作数量，本年新制作数量不超过对外公开总数量: Published within made: newly published ≤ newly made             
	// ≤ published in all; absent or null when no instance was evaluated.                                   
	ProactivePublishedWithinMade                                                                 *RuleTally `json:"proactive.published_within_made"`
	// 勾稽关系：第一项加第二项之和等于第三项加第四项之和: Balance: new plus carried-over applications equal outcomes                
	// plus carried-forward ones; absent or null when no instance was evaluated.                            
	RequestsBalance                                                                              *RuleTally `json:"requests.balance"`
	// 分组小计等于组内各行之和: Group subtotal: a printed group row equals the sum of its rows; absent or              
	// null when no instance was evaluated.                                                                 
	RequestsGroupSubtotal                                                                        *RuleTally `json:"requests.group_subtotal"`
	// 法人或其他组织小计等于五类组织之和: Organisation subtotal: equals the sum of the five organisation                    
	// columns; absent or null when no instance was evaluated.                                              
	RequestsOrganizationSubtotal                                                                 *RuleTally `json:"requests.organization_subtotal"`
	// 办理结果总计等于各项办理结果之和: Outcome total: the total of outcomes equals the sum of the outcome                 
	// rows; absent or null when no instance was evaluated.                                                 
	RequestsOutcomeTotal                                                                         *RuleTally `json:"requests.outcome_total"`
	// 行合计：总计等于各类申请人之和: Row total: the total equals the sum of the six applicant categories;                
	// absent or null when no instance was evaluated.                                                       
	RequestsRowTotal                                                                             *RuleTally `json:"requests.row_total"`
	// 复议诉讼总计等于各结果之和: Block total: the total equals upheld, corrected, other and pending cases;             
	// absent or null when no instance was evaluated.                                                       
	ReviewLitigationBlockTotal                                                                   *RuleTally `json:"review_litigation.block_total"`
	// 上年结转数等于上一年度结转下年度数: Carry-over: carried over this year equals carried forward the year                
	// before; absent or null when no instance was evaluated.                                               
	SeriesCarriedOver                                                                            *RuleTally `json:"series.carried_over"`
	// 现行有效件数等于上年现行有效件数加本年制发减本年废止: Documents in force: last year's plus issued minus repealed;              
	// absent or null when no instance was evaluated.                                                       
	SeriesInForce                                                                                *RuleTally `json:"series.in_force"`
	// 上一年项目数量加本年增减等于下一年度的上一年项目数量: Items: last year's items plus the change equal the next                  
	// year's items last year; absent or null when no instance was evaluated.                               
	SeriesItems                                                                                  *RuleTally `json:"series.items"`
	// 叙述部分与上一年度的文字相似度: Text similarity: how much of a narrative part repeats the year before;              
	// absent or null when no instance was evaluated.                                                       
	SeriesTextSimilarity                                                                         *RuleTally `json:"series.text_similarity"`
	// 文表一致：称申请全部办结的，结转下年度为零: Text against tables: all applications concluded means none carried            
	// forward; absent or null when no instance was evaluated.                                              
	TextAllConcluded                                                                             *RuleTally `json:"text.all_concluded"`
	// 文表一致：正文所述件数与表格一致: Text against tables: a count the prose states equals the cells it                  
	// names; absent or null when no instance was evaluated.                                                
	TextCount                                                                                    *RuleTally `json:"text.count"`
	// 文表一致：正文所述占比与表格一致: Text against tables: a stated percentage equals the outcome's count                
	// over the total; absent or null when no instance was evaluated.                                       
	TextRate                                                                                     *RuleTally `json:"text.rate"`
}

// 规则统计: How the instances of one rule fared.
//
// 合计: The sum over the cross-check rules (not counting the cell rules).
type RuleTally struct {
	// 检查数: Instances the rule applied to.                                                        
	Evaluated                                                                               int64 `json:"evaluated"`
	// 未通过数: Instances that failed (or, for the cell rules, cells flagged).                       
	Failed                                                                                  int64 `json:"failed"`
	// 不可评估数: Instances that could not be assessed because a cell was blank or not a number.      
	NotAssessable                                                                           int64 `json:"not_assessable"`
	// 通过数: Instances that held.                                                                  
	Passed                                                                                  int64 `json:"passed"`
}

// 规则: The rule.
//
// 规则: The stable id of a validation rule (documented in docs/rules.md).
//
// 行合计：总计等于各类申请人之和: Row total: the total equals the sum of the six applicant categories
//
// 法人或其他组织小计等于五类组织之和: Organisation subtotal: equals the sum of the five organisation
// columns
//
// 分组小计等于组内各行之和: Group subtotal: a printed group row equals the sum of its rows
//
// 办理结果总计等于各项办理结果之和: Outcome total: the total of outcomes equals the sum of the outcome
// rows
//
// 勾稽关系：第一项加第二项之和等于第三项加第四项之和: Balance: new plus carried-over applications equal outcomes
// plus carried-forward ones
//
// 复议诉讼总计等于各结果之和: Block total: the total equals upheld, corrected, other and pending cases
//
// 本年新公开数量不超过本年新制作数量，本年新制作数量不超过对外公开总数量: Published within made: newly published ≤ newly made
// ≤ published in all
//
// 上年结转数等于上一年度结转下年度数: Carry-over: carried over this year equals carried forward the year
// before
//
// 现行有效件数等于上年现行有效件数加本年制发减本年废止: Documents in force: last year's plus issued minus repealed
//
// 上一年项目数量加本年增减等于下一年度的上一年项目数量: Items: last year's items plus the change equal the next
// year's items last year
//
// 叙述部分与上一年度的文字相似度: Text similarity: how much of a narrative part repeats the year before
//
// 文表一致：正文所述件数与表格一致: Text against tables: a count the prose states equals the cells it
// names
//
// 文表一致：正文所述占比与表格一致: Text against tables: a stated percentage equals the outcome's count
// over the total
//
// 文表一致：称申请全部办结的，结转下年度为零: Text against tables: all applications concluded means none carried
// forward
//
// 其中各项之和不超过总数: Breakdown: the stated parts do not exceed the whole
//
// 关键数据只标注一次: Key figures: each is marked once
//
// 版式与报告年度应用的格式一致: Layout: the layout matches the edition the report year calls for
//
// 按期公开年度报告: Deadline: published by the date the regulations set
//
// 单元格空白: Blank cell
//
// 单元格非数值: Cell that is not a number
//
// 解析：未知的行: Parsing: a row that is not in the table
//
// 解析：多余的单元格: Parsing: a cell beyond the table's columns
//
// 解析：连写数字无法唯一拆分: Parsing: run-together digits with more than one reading
//
// 解析：连写数字按勾稽关系唯一拆分: Parsing: run-together digits split the one way the identities allow
//
// 解析：数值无法对应到列: Parsing: values whose columns cannot be told
//
// 解析：表格不完整: Parsing: rows or tables missing from the source
//
// 解析：数值不在单元格内: Parsing: a value outside any cell
//
// 解析：标签有误印: Parsing: a misprinted label that was matched
//
// 解析：推断版本: Parsing: the edition was inferred
//
// 解析：缺少标题信息: Parsing: agency or year not printed in a title
//
// 解析：标题年度与统计期限不一致: Parsing: the title's year and the statistics period disagree
//
// 解析：标题信息取自标题之外: Parsing: agency or year read from outside the title
type Rule string

const (
	CellBlank                    Rule = "cell.blank"
	CellNotNumeric               Rule = "cell.not_numeric"
	EditionLayout                Rule = "edition.layout"
	FiguresBreakdown             Rule = "figures.breakdown"
	FiguresKey                   Rule = "figures.key"
	MetaPublishedLate            Rule = "meta.published_late"
	ParseAmbiguousDigits         Rule = "parse.ambiguous_digits"
	ParseDigitsSplit             Rule = "parse.digits_split"
	ParseEditionInferred         Rule = "parse.edition_inferred"
	ParseLabelMisprint           Rule = "parse.label_misprint"
	ParseMetaConflict            Rule = "parse.meta_conflict"
	ParseMetaInferred            Rule = "parse.meta_inferred"
	ParseMetaMissing             Rule = "parse.meta_missing"
	ParseRowAmbiguous            Rule = "parse.row_ambiguous"
	ParseStrayCell               Rule = "parse.stray_cell"
	ParseTableTruncated          Rule = "parse.table_truncated"
	ParseUnknownRow              Rule = "parse.unknown_row"
	ParseValueOutsideCell        Rule = "parse.value_outside_cell"
	ProactivePublishedWithinMade Rule = "proactive.published_within_made"
	RequestsBalance              Rule = "requests.balance"
	RequestsGroupSubtotal        Rule = "requests.group_subtotal"
	RequestsOrganizationSubtotal Rule = "requests.organization_subtotal"
	RequestsOutcomeTotal         Rule = "requests.outcome_total"
	RequestsRowTotal             Rule = "requests.row_total"
	ReviewLitigationBlockTotal   Rule = "review_litigation.block_total"
	SeriesCarriedOver            Rule = "series.carried_over"
	SeriesInForce                Rule = "series.in_force"
	SeriesItems                  Rule = "series.items"
	SeriesTextSimilarity         Rule = "series.text_similarity"
	TextAllConcluded             Rule = "text.all_concluded"
	TextCount                    Rule = "text.count"
	TextRate                     Rule = "text.rate"
)

// 严重程度: How serious it is.
//
// 严重程度: How serious a finding is.
//
// A stated identity fails.
//
// A heuristic fails.
//
// Something could not be assessed, or is worth knowing.
type Severity string

const (
	Error   Severity = "error"
	Notice  Severity = "notice"
	Warning Severity = "warning"
)

// 单元格值: What the cell held: a number, null for a blank, or the raw text.
//
// 整数单元格: A reported cell: a value, null for a blank (never zero), or the text printed
// instead of a number.
type IntegerCell struct {
	Integer *int64
	RawCell *RawCell
}

func (x *IntegerCell) UnmarshalJSON(data []byte) error {
	x.RawCell = nil
	var c RawCell
	object, err := unmarshalUnion(data, &x.Integer, nil, nil, nil, false, nil, true, &c, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
		x.RawCell = &c
	}
	return nil
}

func (x *IntegerCell) MarshalJSON() ([]byte, error) {
	return marshalUnion(x.Integer, nil, nil, nil, false, nil, x.RawCell != nil, x.RawCell, false, nil, false, nil, true)
}

func unmarshalUnion(data []byte, pi **int64, pf **float64, pb **bool, ps **string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) (bool, error) {
	if pi != nil {
			*pi = nil
	}
	if pf != nil {
			*pf = nil
	}
	if pb != nil {
			*pb = nil
	}
	if ps != nil {
			*ps = nil
	}

	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
			return false, err
	}

	switch v := tok.(type) {
	case json.Number:
			if pi != nil {
					i, err := v.Int64()
					if err == nil {
							*pi = &i
							return false, nil
					}
			}
			if pf != nil {
					f, err := v.Float64()
					if err == nil {
							*pf = &f
							return false, nil
					}
					return false, errors.New("Unparsable number")
			}
			return false, errors.New("Union does not contain number")
	case float64:
			return false, errors.New("Decoder should not return float64")
	case bool:
			if pb != nil {
					*pb = &v
					return false, nil
			}
			return false, errors.New("Union does not contain bool")
	case string:
			if haveEnum {
					return false, json.Unmarshal(data, pe)
			}
			if ps != nil {
					*ps = &v
					return false, nil
			}
			return false, errors.New("Union does not contain string")
	case nil:
			if nullable {
					return false, nil
			}
			return false, errors.New("Union does not contain null")
	case json.Delim:
			if v == '{' {
					if haveObject {
							return true, json.Unmarshal(data, pc)
					}
					if haveMap {
							return false, json.Unmarshal(data, pm)
					}
					return false, errors.New("Union does not contain object")
			}
			if v == '[' {
					if haveArray {
							return false, json.Unmarshal(data, pa)
					}
					return false, errors.New("Union does not contain array")
			}
			return false, errors.New("Cannot handle delimiter")
	}
	return false, errors.New("Cannot unmarshal union")
}

func marshalUnion(pi *int64, pf *float64, pb *bool, ps *string, haveArray bool, pa interface{}, haveObject bool, pc interface{}, haveMap bool, pm interface{}, haveEnum bool, pe interface{}, nullable bool) ([]byte, error) {
	if pi != nil {
			return json.Marshal(*pi)
	}
	if pf != nil {
			return json.Marshal(*pf)
	}
	if pb != nil {
			return json.Marshal(*pb)
	}
	if ps != nil {
			return json.Marshal(*ps)
	}
	if haveArray {
			return json.Marshal(pa)
	}
	if haveObject {
			return json.Marshal(pc)
	}
	if haveMap {
			return json.Marshal(pm)
	}
	if haveEnum {
			return json.Marshal(pe)
	}
	if nullable {
			return json.Marshal(nil)
	}
	return nil, errors.New("Union must not be null")
}
