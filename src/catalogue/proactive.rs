//! Part 二: the 第二十条 items, rows and columns of the 2021 and 2019 formats.

use super::Part;

catalogue! {
    /// The items of 第二十条 that part 二 of the 2021 format tabulates.
    pub enum ProactiveItem2021 {
        /// 第（一）项: rules and normative documents.
        Item1 = ("item_1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents"),
        /// 第（五）项: administrative licensing.
        Item5 = ("item_5", "第二十条第（五）项", "Article 20 item (5): administrative licensing"),
        /// 第（六）项: penalties and coercive measures.
        Item6 = ("item_6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures"),
        /// 第（八）项: administrative fees.
        Item8 = ("item_8", "第二十条第（八）项", "Article 20 item (8): administrative fees"),
    }
}

catalogue! {
    /// The rows of part 二 in the 2021 format.
    pub enum ProactiveRow2021 {
        /// 规章: departmental and local government rules.
        Regulations = ("regulations", "规章", "Rules (regulations)"),
        /// 行政规范性文件: administrative normative documents.
        NormativeDocuments = ("normative_documents", "行政规范性文件", "Administrative normative documents"),
        /// 行政许可: administrative licensing.
        Licensing = ("licensing", "行政许可", "Administrative licensing"),
        /// 行政处罚: administrative penalties.
        Penalties = ("penalties", "行政处罚", "Administrative penalties"),
        /// 行政强制: administrative coercive measures.
        Coercion = ("coercion", "行政强制", "Administrative coercive measures"),
        /// 行政事业性收费: administrative fees.
        AdministrativeFees = ("administrative_fees", "行政事业性收费", "Administrative fees"),
    }
}

catalogue! {
    /// The columns of part 二 in the 2021 format.
    pub enum ProactiveColumn2021 {
        /// 本年制发件数: documents issued this year.
        Issued = ("issued", "本年制发件数", "Issued this year"),
        /// 本年废止件数: documents repealed this year.
        Repealed = ("repealed", "本年废止件数", "Repealed this year"),
        /// 现行有效件数: documents in force.
        InForce = ("in_force", "现行有效件数", "In force"),
        /// 本年处理决定数量: decisions made this year.
        Decisions = ("decisions", "本年处理决定数量", "Decisions made this year"),
        /// 本年收费金额（单位：万元）: fees collected this year, in 万元.
        Amount = ("amount", "本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)"),
    }
}

impl ProactiveRow2021 {
    /// The 第二十条 item whose table holds this row.
    pub const fn item(self) -> ProactiveItem2021 {
        match self {
            ProactiveRow2021::Regulations | ProactiveRow2021::NormativeDocuments => {
                ProactiveItem2021::Item1
            }
            ProactiveRow2021::Licensing => ProactiveItem2021::Item5,
            ProactiveRow2021::Penalties | ProactiveRow2021::Coercion => ProactiveItem2021::Item6,
            ProactiveRow2021::AdministrativeFees => ProactiveItem2021::Item8,
        }
    }

    /// The columns this row has, in the official order.
    pub const fn columns(self) -> &'static [ProactiveColumn2021] {
        match self {
            ProactiveRow2021::Regulations | ProactiveRow2021::NormativeDocuments => &[
                ProactiveColumn2021::Issued,
                ProactiveColumn2021::Repealed,
                ProactiveColumn2021::InForce,
            ],
            ProactiveRow2021::Licensing
            | ProactiveRow2021::Penalties
            | ProactiveRow2021::Coercion => &[ProactiveColumn2021::Decisions],
            ProactiveRow2021::AdministrativeFees => &[ProactiveColumn2021::Amount],
        }
    }

    /// The JSON Pointer of this row in a report.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::Proactive.id(), self.id())
    }
}

catalogue! {
    /// The items of 第二十条 that part 二 of the 2019 format tabulates.
    pub enum ProactiveItem2019 {
        /// 第（一）项: rules and normative documents.
        Item1 = ("item_1", "第二十条第（一）项", "Article 20 item (1): rules and normative documents"),
        /// 第（五）项: licensing and other services.
        Item5 = ("item_5", "第二十条第（五）项", "Article 20 item (5): licensing and other administrative services"),
        /// 第（六）项: penalties and coercive measures.
        Item6 = ("item_6", "第二十条第（六）项", "Article 20 item (6): penalties and coercive measures"),
        /// 第（八）项: administrative fees.
        Item8 = ("item_8", "第二十条第（八）项", "Article 20 item (8): administrative fees"),
        /// 第（九）项: government procurement.
        Item9 = ("item_9", "第二十条第（九）项", "Article 20 item (9): centralised government procurement"),
    }
}

catalogue! {
    /// The rows of part 二 in the 2019 format.
    pub enum ProactiveRow2019 {
        /// 规章: rules.
        Regulations = ("regulations", "规章", "Rules (regulations)"),
        /// 规范性文件: normative documents.
        NormativeDocuments = ("normative_documents", "规范性文件", "Normative documents"),
        /// 行政许可: administrative licensing.
        Licensing = ("licensing", "行政许可", "Administrative licensing"),
        /// 其他对外管理服务事项: other external administrative services.
        OtherServices = ("other_services", "其他对外管理服务事项", "Other external administrative services"),
        /// 行政处罚: administrative penalties.
        Penalties = ("penalties", "行政处罚", "Administrative penalties"),
        /// 行政强制: administrative coercive measures.
        Coercion = ("coercion", "行政强制", "Administrative coercive measures"),
        /// 行政事业性收费: administrative fees (a count of fee items).
        AdministrativeFees = ("administrative_fees", "行政事业性收费", "Administrative fees (fee items)"),
        /// 政府集中采购: centralised government procurement.
        Procurement = ("procurement", "政府集中采购", "Centralised government procurement"),
    }
}

catalogue! {
    /// The columns of part 二 in the 2019 format.
    pub enum ProactiveColumn2019 {
        /// 本年新制作数量: newly made this year.
        NewlyMade = ("newly_made", "本年新制作数量", "Newly made this year"),
        /// 本年新公开数量: newly published this year.
        NewlyPublished = ("newly_published", "本年新公开数量", "Newly published this year"),
        /// 对外公开总数量: published in all.
        TotalPublished = ("total_published", "对外公开总数量", "Published in all"),
        /// 上一年项目数量: items last year.
        ItemsLastYear = ("items_last_year", "上一年项目数量", "Items last year"),
        /// 本年增/减: change this year (signed).
        ItemsChange = ("items_change", "本年增/减", "Change this year (signed)"),
        /// 处理决定数量: decisions made.
        Decisions = ("decisions", "处理决定数量", "Decisions made"),
        /// 采购项目数量: procurement projects.
        Projects = ("projects", "采购项目数量", "Procurement projects"),
        /// 采购总金额: total procurement amount.
        TotalAmount = ("total_amount", "采购总金额", "Total procurement amount"),
    }
}

impl ProactiveRow2019 {
    /// The 第二十条 item whose table holds this row.
    pub const fn item(self) -> ProactiveItem2019 {
        use ProactiveRow2019::*;
        match self {
            Regulations | NormativeDocuments => ProactiveItem2019::Item1,
            Licensing | OtherServices => ProactiveItem2019::Item5,
            Penalties | Coercion => ProactiveItem2019::Item6,
            AdministrativeFees => ProactiveItem2019::Item8,
            Procurement => ProactiveItem2019::Item9,
        }
    }

    /// The columns this row has, in the official order.
    pub const fn columns(self) -> &'static [ProactiveColumn2019] {
        use ProactiveColumn2019::*;
        use ProactiveRow2019::*;
        match self {
            Regulations | NormativeDocuments => &[NewlyMade, NewlyPublished, TotalPublished],
            Licensing | OtherServices | Penalties | Coercion => {
                &[ItemsLastYear, ItemsChange, Decisions]
            }
            AdministrativeFees => &[ItemsLastYear, ItemsChange],
            Procurement => &[Projects, TotalAmount],
        }
    }

    /// The JSON Pointer of this row in a report.
    pub fn pointer(self) -> String {
        format!("/{}/{}", Part::Proactive.id(), self.id())
    }
}
