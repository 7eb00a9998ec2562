// Code generated from JSON Schema using quicktype. DO NOT EDIT.
// To parse and unparse this JSON data, add this code to your project and do:
//
//    regulation2008Report, err := UnmarshalRegulation2008Report(bytes)
//    bytes, err = regulation2008Report.Marshal()

package regulation2008

import "encoding/json"

func UnmarshalRegulation2008Report(data []byte) (Regulation2008Report, error) {
	var r Regulation2008Report
	err := json.Unmarshal(data, &r)
	return r, err
}

func (r *Regulation2008Report) Marshal() ([]byte, error) {
	return json.Marshal(r)
}

// 政府信息公开工作年度报告（2008年条例）: An annual report under the 2008 Regulations (report years 2008 to
// 2018): parts as printed and the figures they state.
type Regulation2008Report struct {
	// 版本: The edition tag, always `"regulation_2008"`.                 
	Edition                                                Edition      `json:"edition"`
	// 报告基本信息: Who published the report and for which year.             
	Meta                                                   Meta         `json:"meta"`
	// 报告部分: The report's parts, in order.                              
	Parts                                                  []ReportPart `json:"parts"`
	// 报告导语: Text printed before the first part, when any.              
	Preamble                                               *string      `json:"preamble"`
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

// 报告部分: One part of a report as the report divides and numbers it.
type ReportPart struct {
	// 数据: The figures the part states, in the order stated; absent or null when none.                      
	Figures                                                                                    []Figure     `json:"figures"`
	// 标题（原文）: The heading as printed.                                                                      
	Heading                                                                                    string       `json:"heading"`
	// 对应条例内容: Which of the six contents of the 2008 Regulations, article 32, the part reports,             
	// if any.                                                                                              
	Serves                                                                                     *Content2008 `json:"serves"`
	// 正文: The text as published, paragraphs separated by `\n`.                                             
	Text                                                                                       string       `json:"text"`
}

// 文中数据: A figure stated in the prose: what it counts, the text printed, its exact value,
// unit and qualifier.
type Figure struct {
	// 关键数据: For the figures every report states: which one this is.                                   
	Key                                                                                     *KeyFigure `json:"key"`
	// 数据项: What the figure counts, in the report's words.                                             
	Label                                                                                   string     `json:"label"`
	// 其中: The parts the report breaks this figure into, in the order stated; absent or null           
	// when none.                                                                                      
	Parts                                                                                   []Figure   `json:"parts"`
	// 原文: The figure exactly as printed, number, qualifier and unit together.                         
	Printed                                                                                 string     `json:"printed"`
	// 数据限定: Whether the value is exact, a lower bound or approximate.                                 
	Qualifier                                                                               Qualifier  `json:"qualifier"`
	// 单位: The unit as printed, when there is one.                                                     
	Unit                                                                                    *string    `json:"unit"`
	// 数值: The number the printed text states (0 for a statement that there were none).                
	Value                                                                                   string     `json:"value"`
}

type Edition string

const (
	Regulation2008 Edition = "regulation_2008"
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

// 收到政府信息公开申请数: Applications received
//
// 行政复议案件数: Administrative reviews
//
// 行政诉讼案件数: Lawsuits
//
// 收取信息公开费用: Fees collected
//
// 政府信息公开工作人员数: Disclosure staff
type KeyFigure string

const (
	ApplicationsReceived KeyFigure = "applications_received"
	DisclosureStaff      KeyFigure = "disclosure_staff"
	FeesCollected        KeyFigure = "fees_collected"
	Lawsuits             KeyFigure = "lawsuits"
	Reviews              KeyFigure = "reviews"
)

// 数据限定: Whether the value is exact, a lower bound or approximate.
//
// 数据限定: How exact a stated figure is.
//
// Stated exactly ("341条").
//
// More than the value ("60余篇", "100多条"): the figure is greater than the value.
//
// About the value ("约122万件").
type Qualifier string

const (
	About    Qualifier = "about"
	Exact    Qualifier = "exact"
	MoreThan Qualifier = "more_than"
)

// 主动公开政府信息的情况: Proactive disclosure
//
// 依申请公开政府信息和不予公开政府信息的情况: Disclosure on request and information withheld
//
// 政府信息公开的收费及减免情况: Fees charged and waived
//
// 因政府信息公开申请行政复议、提起行政诉讼的情况: Administrative review and litigation over disclosure
//
// 政府信息公开工作存在的主要问题及改进情况: Main problems and improvements
//
// 其他需要报告的事项: Other matters to report
type Content2008 string

const (
	FeesAndWaivers   Content2008 = "fees_and_waivers"
	OnRequest        Content2008 = "on_request"
	OtherMatters     Content2008 = "other_matters"
	Proactive        Content2008 = "proactive"
	Problems         Content2008 = "problems"
	ReviewLitigation Content2008 = "review_litigation"
)
