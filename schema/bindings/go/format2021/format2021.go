// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    format2021Report, err := UnmarshalFormat2021Report(bytes)
//    bytes, err = format2021Report.Marshal()

package format2021

import "bytes"
import "errors"

import "encoding/json"

func UnmarshalFormat2021Report(data []byte) (Format2021Report, error) {
	var r Format2021Report
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *Format2021Report) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// 政府信息公开工作年度报告（2021年格式）: An annual report in the revised format of 2021 (report years from
// 2021).
type Format2021Report struct {
	// 版本: The edition tag, always `"format_2021"`.                                                            
	Edition                                                                                   Edition          `json:"edition"`
	// 报告基本信息: Who published the report and for which year.                                                    
	Meta                                                                                      Meta             `json:"meta"`
	// 六、其他需要报告的事项: Other matters to report                                                                    
	OtherMatters                                                                              OtherMatters     `json:"other_matters"`
	// 一、总体情况: Overview                                                                                        
	Overview                                                                                  Narrative        `json:"overview"`
	// 报告导语: Text printed before part 1 (an opening paragraph naming the report's basis), when                 
	// any.                                                                                                    
	Preamble                                                                                  *string          `json:"preamble"`
	// 二、主动公开政府信息情况: Proactive disclosure                                                                      
	Proactive                                                                                 Proactive2021    `json:"proactive"`
	// 五、存在的主要问题及改进情况: Main problems and improvements                                                          
	Problems                                                                                  Narrative        `json:"problems"`
	// 三、收到和处理政府信息公开申请情况: Applications received and handled                                                    
	Requests                                                                                  Requests         `json:"requests"`
	// 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation                                               
	ReviewLitigation                                                                          ReviewLitigation `json:"review_litigation"`
}

// 报告基本信息: Who published the report and for which year.
//
// 报告基本信息: The publishing agency, the year covered and, where known, publication date,
// source and contact.
type Meta struct {
	// 机关名称: The agency's name as printed in the report.                                                     
	Agency                                                                                      string       `json:"agency"`
	// 联系方式: The contact the report gives for questions about it, when it gives one.                         
	Contact                                                                                     *Contact     `json:"contact"`
	// 机关层级: Whether the agency is a department or a government, when known (sets the deadline).             
	Level                                                                                       *AgencyLevel `json:"level"`
	// 发布日期: The day the report was published, when known.                                                   
	PublicationDate                                                                             *string      `json:"publication_date"`
	// 报告年度: The calendar year the report covers; absent only when a published form states none.             
	ReportYear                                                                                  *int64       `json:"report_year"`
	// 来源: Where the report was found, when known.                                                           
	Source                                                                                      *Source      `json:"source"`
}

// 联系方式: The contact the report gives, each part as printed.
type Contact struct {
	// 地址: The postal address.                                      
	Address                                                 *string `json:"address"`
	// 电子邮箱: The e-mail address, as printed: `local@domain`.        
	Email                                                   *string `json:"email"`
	// 传真: The fax number, as printed.                              
	Fax                                                     *string `json:"fax"`
	// 联系单位: The office to contact.                                 
	Office                                                  *string `json:"office"`
	// 联系电话: The telephone number, as printed.                      
	Phone                                                   *string `json:"phone"`
	// 邮编: The postcode.                                            
	Postcode                                                *string `json:"postcode"`
}

// 机关层级: Whether the agency is a department (部门) or a government (本级政府), which sets the
// publication deadline, and where that comes from.
type AgencyLevel struct {
	// 层级依据: Given by the user or the data, or read from the title.          
	From                                                           LevelFrom `json:"from"`
	// 层级: Department or government.                                         
	Tier                                                           Tier      `json:"tier"`
}

// 来源: Where the report was found.
type Source struct {
	// 标题: The title of the page or document as published.                            
	Title                                                                     *string `json:"title"`
	// 网址: The address of the page or document: an absolute URL (`https://…`).        
	URL                                                                       *string `json:"url"`
}

// 六、其他需要报告的事项: Other matters to report
//
// 六、其他需要报告的事项: Other matters to report (part 6).
type OtherMatters struct {
	// 标题（原文）: The heading as printed, when known.                                                          
	Heading                                                                       *string                   `json:"heading"`
	// 信息处理费: The information processing fee figures, when the report states them.                          
	InformationProcessingFee                                                      *InformationProcessingFee `json:"information_processing_fee"`
	// 正文: The text as published, paragraphs separated by `\n`.                                             
	Text                                                                          string                    `json:"text"`
}

// 信息处理费: Information processing fees charged to applicants, as stated.
type InformationProcessingFee struct {
	// 收费申请件数: The number of applications for which a fee was charged, when stated.          
	ChargedApplications                                                              *int64  `json:"charged_applications"`
	// 收取信息处理费金额: The fees collected in the year, exactly as stated, with their unit.        
	Collected                                                                        *Amount `json:"collected"`
}

// 金额: A sum of money exactly as reported, with its unit.
type Amount struct {
	// 单位: The unit it was reported in.                 
	Unit                                      MoneyUnit `json:"unit"`
	// 数额: The sum, at the precision reported.          
	Value                                     string    `json:"value"`
}

// 一、总体情况: Overview
//
// 文字部分: A prose part of the report, as published.
//
// 五、存在的主要问题及改进情况: Main problems and improvements
type Narrative struct {
	// 标题（原文）: The heading as printed, when known (it may differ from the official wording).        
	Heading                                                                                 *string `json:"heading"`
	// 正文: The text, paragraphs separated by `\n`.                                                  
	Text                                                                                    string  `json:"text"`
}

// 二、主动公开政府信息情况: Proactive disclosure
//
// 二、主动公开政府信息情况: Proactive disclosure under article 20 (part 2, 2021 format).
type Proactive2021 struct {
	// 行政事业性收费: Administrative fees                                  
	AdministrativeFees                            FeeAmount2021      `json:"administrative_fees"`
	// 行政强制: Administrative coercive measures                        
	Coercion                                      DecisionCount2021  `json:"coercion"`
	// 标题（原文）: The heading as printed, when known.                   
	Heading                                       *string            `json:"heading"`
	// 行政许可: Administrative licensing                                
	Licensing                                     DecisionCount2021  `json:"licensing"`
	// 行政规范性文件: Administrative normative documents                   
	NormativeDocuments                            DocumentCounts2021 `json:"normative_documents"`
	// 行政处罚: Administrative penalties                                
	Penalties                                     DecisionCount2021  `json:"penalties"`
	// 规章: Rules (regulations)                                       
	Regulations                                   DocumentCounts2021 `json:"regulations"`
	// 表后文字: Prose printed after the tables.                         
	TextAfter                                     *string            `json:"text_after"`
	// 表前文字: Prose printed before the tables.                        
	TextBefore                                    *string            `json:"text_before"`
}

// 行政事业性收费: Administrative fees
//
// 收费行: Administrative fees collected this year, in 10,000 yuan (2021 format).
type FeeAmount2021 struct {
	// 本年收费金额（单位：万元）: Fees collected this year (10,000 yuan)         
	Amount                                                  *FeeCell `json:"amount"`
}

// 非数值单元格: Text printed where a number belongs (a slash, a dash, a word or a reference to an
// annex), kept as printed.
type RawCell struct {
	// 原文: The text exactly as printed; never empty.       
	Raw                                             string `json:"raw"`
}

// 行政强制: Administrative coercive measures
//
// 处理决定行: Decisions made this year (2021 format).
//
// 行政许可: Administrative licensing
//
// 行政处罚: Administrative penalties
type DecisionCount2021 struct {
	// 本年处理决定数量: Decisions made this year           
	Decisions                            *CountCell `json:"decisions"`
}

// 行政规范性文件: Administrative normative documents
//
// 第（一）项行: Documents issued, repealed and in force (2021 format).
//
// 规章: Rules (regulations)
type DocumentCounts2021 struct {
	// 现行有效件数: In force                     
	InForce                      *CountCell `json:"in_force"`
	// 本年制发件数: Issued this year             
	Issued                       *CountCell `json:"issued"`
	// 本年废止件数: Repealed this year           
	Repealed                     *CountCell `json:"repealed"`
}

// 三、收到和处理政府信息公开申请情况: Applications received and handled
//
// 三、收到和处理政府信息公开申请情况: Applications received and handled, by applicant category (part 3).
type Requests struct {
	// 四、结转下年度继续办理: Carried forward to next year                              
	CarriedForward                                               ApplicantRow `json:"carried_forward"`
	// 二、上年结转政府信息公开申请数量: Applications carried over from last year             
	CarriedOver                                                  ApplicantRow `json:"carried_over"`
	// 标题（原文）: The heading as printed, when known.                            
	Heading                                                      *string      `json:"heading"`
	// 一、本年新收政府信息公开申请数量: New applications received this year                  
	NewReceived                                                  ApplicantRow `json:"new_received"`
	// 三、本年度办理结果: Outcomes this year                                          
	Outcomes                                                     Outcomes     `json:"outcomes"`
	// 表后文字: Prose printed after the table.                                   
	TextAfter                                                    *string      `json:"text_after"`
	// 表前文字: Prose printed before the table.                                  
	TextBefore                                                   *string      `json:"text_before"`
}

// 四、结转下年度继续办理: Carried forward to next year
//
// 申请人情况: One row of the applicant-category matrix: a cell per applicant category.
//
// 二、上年结转政府信息公开申请数量: Applications carried over from last year
//
// 一、本年新收政府信息公开申请数量: New applications received this year
//
// （一）予以公开: Disclosed
//
// 5.要求行政机关确认或重新出具已获取信息: Requests to confirm or reissue information already obtained
//
// 4.无正当理由大量反复申请: Large numbers of repeated applications without good reason
//
// 1.信访举报投诉类申请: Petitions, reports or complaints
//
// 3.要求提供公开出版物: Requests for public publications
//
// 2.重复申请: Repeated applications
//
// 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: Applicant did not pay the fee notice in time; no
// longer processed
//
// 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: Applicant did not amend in time without good reason;
// no longer processed
//
// 3.其他: Other
//
// （六）其他处理: The row's cells.
//
// （二）部分公开（区分处理的，只计这一情形，不计其他情形）: Partially disclosed (counted only here when separable)
//
// （七）总计: Total outcomes
//
// 1.本机关不掌握相关政府信息: Information not held by this agency
//
// 2.没有现成信息需要另行制作: No existing information; would need to be compiled
//
// 3.补正后申请内容仍不明确: Request still unclear after amendment
//
// 8.属于行政查询事项: Administrative inquiry matters
//
// 7.属于行政执法案卷: Administrative enforcement case files
//
// 5.属于三类内部事务信息: Internal affairs information (three kinds)
//
// 6.属于四类过程性信息: Process information (four kinds)
//
// 2.其他法律行政法规禁止公开: Disclosure prohibited by other laws or administrative regulations
//
// 3.危及“三安全一稳定”: Endangers national, public, economic security or social stability
//
// 1.属于国家秘密: State secret
//
// 4.保护第三方合法权益: Protects lawful rights of third parties
type ApplicantRow struct {
	// 商业企业: Applications from commercial enterprises.                                                    
	CommercialEnterprise                                                                       *CountCell `json:"commercial_enterprise"`
	// 法律服务机构: Applications from legal service institutions.                                              
	LegalServiceInstitution                                                                    *CountCell `json:"legal_service_institution"`
	// 自然人: Applications from natural persons.                                                            
	NaturalPerson                                                                              *CountCell `json:"natural_person"`
	// 法人或其他组织小计: A subtotal of the five organisation columns, printed only by some local                 
	// templates. Absent or null where the table has no such column; a table that prints it has           
	// it in every row, null where blank.                                                                 
	OrganizationSubtotal                                                                       *CountCell `json:"organization_subtotal"`
	// 其他: Applications from other organisations.                                                         
	OtherOrganization                                                                          *CountCell `json:"other_organization"`
	// 社会公益组织: Applications from public-welfare organisations.                                            
	PublicWelfareOrganization                                                                  *CountCell `json:"public_welfare_organization"`
	// 科研机构: Applications from research institutions.                                                     
	ResearchInstitution                                                                        *CountCell `json:"research_institution"`
	// 总计: Applications from all applicants.                                                              
	Total                                                                                      *CountCell `json:"total"`
}

// 三、本年度办理结果: Outcomes this year
//
// 三、本年度办理结果: Outcomes of the applications concluded this year.
type Outcomes struct {
	// （一）予以公开: Disclosed                                                                                
	Disclosed                                                                              ApplicantRow  `json:"disclosed"`
	// （五）不予处理: Not processed                                                                            
	NotProcessed                                                                           NotProcessed  `json:"not_processed"`
	// （六）其他处理: Other handling                                                                           
	OtherHandling                                                                          OtherHandling `json:"other_handling"`
	// （二）部分公开（区分处理的，只计这一情形，不计其他情形）: Partially disclosed (counted only here when separable)              
	PartiallyDisclosed                                                                     ApplicantRow  `json:"partially_disclosed"`
	// （七）总计: Total outcomes                                                                             
	Total                                                                                  ApplicantRow  `json:"total"`
	// （四）无法提供: Cannot be provided                                                                       
	Unavailable                                                                            Unavailable   `json:"unavailable"`
	// （三）不予公开: Withheld                                                                                 
	Withheld                                                                               Withheld      `json:"withheld"`
}

// （五）不予处理: Not processed
type NotProcessed struct {
	// 5.要求行政机关确认或重新出具已获取信息: Requests to confirm or reissue information already obtained              
	Confirmation                                                                        ApplicantRow  `json:"confirmation"`
	// 4.无正当理由大量反复申请: Large numbers of repeated applications without good reason                      
	Excessive                                                                           ApplicantRow  `json:"excessive"`
	// 1.信访举报投诉类申请: Petitions, reports or complaints                                                  
	PetitionOrComplaint                                                                 ApplicantRow  `json:"petition_or_complaint"`
	// 3.要求提供公开出版物: Requests for public publications                                                  
	Publication                                                                         ApplicantRow  `json:"publication"`
	// 2.重复申请: Repeated applications                                                                  
	Repeated                                                                            ApplicantRow  `json:"repeated"`
	// （五）不予处理: The group's own row, printed only by some local templates.                            
	Subtotal                                                                            *ApplicantRow `json:"subtotal"`
}

// （六）其他处理: Other handling
//
// （六）其他处理: Other handling: itemized in three sub-rows (2021 layout), or printed as one row
// under `row` (2019 layout).
//
// （六）其他处理 printed as one row, as the 2019 format prints it.
type OtherHandling struct {
	// 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: Applicant did not pay the fee notice in time; no              
	// longer processed                                                                                     
	FeeUnpaid                                                                                 *ApplicantRow `json:"fee_unpaid,omitempty"`
	// 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: Applicant did not amend in time without good reason;              
	// no longer processed                                                                                  
	NoAmendment                                                                               *ApplicantRow `json:"no_amendment,omitempty"`
	// 3.其他: Other                                                                                          
	Other                                                                                     *ApplicantRow `json:"other,omitempty"`
	// （六）其他处理: The group's own row, printed only by some local templates.                                  
	Subtotal                                                                                  *ApplicantRow `json:"subtotal"`
	// （六）其他处理: The row's cells.                                                                            
	Row                                                                                       *ApplicantRow `json:"row,omitempty"`
}

// （四）无法提供: Cannot be provided
type Unavailable struct {
	// 1.本机关不掌握相关政府信息: Information not held by this agency                              
	NotHeld                                                               ApplicantRow  `json:"not_held"`
	// 2.没有现成信息需要另行制作: No existing information; would need to be compiled               
	RequiresCompilation                                                   ApplicantRow  `json:"requires_compilation"`
	// （四）无法提供: The group's own row, printed only by some local templates.              
	Subtotal                                                              *ApplicantRow `json:"subtotal"`
	// 3.补正后申请内容仍不明确: Request still unclear after amendment                             
	UnclearAfterAmendment                                                 ApplicantRow  `json:"unclear_after_amendment"`
}

// （三）不予公开: Withheld
type Withheld struct {
	// 8.属于行政查询事项: Administrative inquiry matters                                                     
	AdministrativeInquiry                                                               ApplicantRow  `json:"administrative_inquiry"`
	// 7.属于行政执法案卷: Administrative enforcement case files                                              
	EnforcementCaseFiles                                                                ApplicantRow  `json:"enforcement_case_files"`
	// 5.属于三类内部事务信息: Internal affairs information (three kinds)                                       
	InternalAffairs                                                                     ApplicantRow  `json:"internal_affairs"`
	// 6.属于四类过程性信息: Process information (four kinds)                                                  
	ProcessInformation                                                                  ApplicantRow  `json:"process_information"`
	// 2.其他法律行政法规禁止公开: Disclosure prohibited by other laws or administrative regulations              
	ProhibitedByLaw                                                                     ApplicantRow  `json:"prohibited_by_law"`
	// 3.危及“三安全一稳定”: Endangers national, public, economic security or social stability                
	SecurityAndStability                                                                ApplicantRow  `json:"security_and_stability"`
	// 1.属于国家秘密: State secret                                                                         
	StateSecret                                                                         ApplicantRow  `json:"state_secret"`
	// （三）不予公开: The group's own row, printed only by some local templates.                            
	Subtotal                                                                            *ApplicantRow `json:"subtotal"`
	// 4.保护第三方合法权益: Protects lawful rights of third parties                                           
	ThirdPartyRights                                                                    ApplicantRow  `json:"third_party_rights"`
}

// 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation
//
// 四、政府信息公开行政复议、行政诉讼情况: Administrative review and litigation over disclosure (part 4).
type ReviewLitigation struct {
	// 标题（原文）: The heading as printed, when known.                
	Heading                                           *string     `json:"heading"`
	// 复议后起诉: Litigation filed after review                       
	LitigationAfterReview                             ReviewCells `json:"litigation_after_review"`
	// 未经复议直接起诉: Litigation filed without prior review            
	LitigationDirect                                  ReviewCells `json:"litigation_direct"`
	// 行政复议: Administrative review                                
	Review                                            ReviewCells `json:"review"`
	// 表后文字: Prose printed after the table.                       
	TextAfter                                         *string     `json:"text_after"`
	// 表前文字: Prose printed before the table.                      
	TextBefore                                        *string     `json:"text_before"`
}

// 复议后起诉: Litigation filed after review
//
// 复议或诉讼结果: Review or litigation cases by outcome.
//
// 未经复议直接起诉: Litigation filed without prior review
//
// 行政复议: Administrative review
type ReviewCells struct {
	// 结果纠正: Cases where it was corrected.                           
	Corrected                                             *CountCell `json:"corrected"`
	// 其他结果: Cases with another result.                              
	Other                                                 *CountCell `json:"other"`
	// 尚未审结: Cases not yet concluded.                                
	Pending                                               *CountCell `json:"pending"`
	// 总计: All cases of the block.                                   
	Total                                                 *CountCell `json:"total"`
	// 结果维持: Cases where the agency's handling was upheld.           
	Upheld                                                *CountCell `json:"upheld"`
}

type Edition string

const (
	Format2021 Edition = "format_2021"
)

// 层级依据: Given by the user or the data, or read from the title.
//
// 层级依据: Given (by the user, or in the data), or read from the agency the title names.
//
// Given by the user or stated in the data.
//
// Read from the agency the title names (…人民政府, or …局/委/办/厅).
type LevelFrom string

const (
	Given LevelFrom = "given"
	Title LevelFrom = "title"
)

// 层级: Department or government.
//
// 层级: A department (部门), which publishes by 31 January, or a government (本级政府), published
// by 31 March.
//
// 县级以上人民政府部门: publishes by 1月31日.
//
// 县级以上地方人民政府 (本级政府): published by 3月31日.
type Tier string

const (
	Department Tier = "department"
	Government Tier = "government"
)

// 单位: The unit it was reported in.
//
// 金额单位: The unit a sum of money was reported in.
//
// 元.
//
// 万元 (10 000 元).
type MoneyUnit string

const (
	WANYuan MoneyUnit = "wan_yuan"
	Yuan    MoneyUnit = "yuan"
)

// 本年收费金额（单位：万元）: Fees collected this year (10,000 yuan)
//
// 金额单元格（万元）: A reported cell: a value, null for a blank (never zero), or the text printed
// instead of a number.
type FeeCell struct {
	RawCell *RawCell
	String  *string
}

func (x *FeeCell) UnmarshalJSON(data []byte) error {
	x.RawCell = nil
	var c RawCell
	object, err := unmarshalUnion(data, nil, nil, nil, &x.String, false, nil, true, &c, false, nil, false, nil, true)
	if err != nil {
		return err
	}
	if object {
		x.RawCell = &c
	}
	return nil
}

func (x *FeeCell) MarshalJSON() ([]byte, error) {
	return marshalUnion(nil, nil, nil, x.String, false, nil, x.RawCell != nil, x.RawCell, false, nil, false, nil, true)
}

// 本年处理决定数量: Decisions made this year
//
// 件数单元格: A reported cell: a value, null for a blank (never zero), or the text printed
// instead of a number.
//
// 现行有效件数: In force
//
// 本年制发件数: Issued this year
//
// 本年废止件数: Repealed this year
//
// 商业企业: Applications from commercial enterprises.
//
// 法律服务机构: Applications from legal service institutions.
//
// 自然人: Applications from natural persons.
//
// 法人或其他组织小计: A subtotal of the five organisation columns, printed only by some local
// templates. Absent or null where the table has no such column; a table that prints it has
// it in every row, null where blank.
//
// 其他: Applications from other organisations.
//
// 社会公益组织: Applications from public-welfare organisations.
//
// 科研机构: Applications from research institutions.
//
// 总计: Applications from all applicants.
//
// 结果纠正: Cases where it was corrected.
//
// 其他结果: Cases with another result.
//
// 尚未审结: Cases not yet concluded.
//
// 总计: All cases of the block.
//
// 结果维持: Cases where the agency's handling was upheld.
type CountCell struct {
	Integer *int64
	RawCell *RawCell
}

func (x *CountCell) UnmarshalJSON(data []byte) error {
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

func (x *CountCell) MarshalJSON() ([]byte, error) {
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
