//! The 2008 条例 era: the contents article 32 asks for, and the key figures.

catalogue! {
    /// The six contents a report must cover under 2008 条例 art. 32.
    pub enum Content2008 {
        /// 1: proactive disclosure.
        Proactive = ("proactive", "主动公开政府信息的情况", "Proactive disclosure"),
        /// 2: disclosure on request, and information withheld.
        OnRequest = ("on_request", "依申请公开政府信息和不予公开政府信息的情况", "Disclosure on request and information withheld"),
        /// 3: fees charged and waived.
        FeesAndWaivers = ("fees_and_waivers", "政府信息公开的收费及减免情况", "Fees charged and waived"),
        /// 4: review and litigation over disclosure.
        ReviewLitigation = ("review_litigation", "因政府信息公开申请行政复议、提起行政诉讼的情况", "Administrative review and litigation over disclosure"),
        /// 5: main problems and improvements.
        Problems = ("problems", "政府信息公开工作存在的主要问题及改进情况", "Main problems and improvements"),
        /// 6: other matters.
        OtherMatters = ("other_matters", "其他需要报告的事项", "Other matters to report"),
    }
}

catalogue! {
    /// The figures every report of the 2008 era states, which the model gives typed access to.
    pub enum KeyFigure {
        /// Applications for disclosure received.
        ApplicationsReceived = ("applications_received", "收到政府信息公开申请数", "Applications received"),
        /// Administrative reviews over disclosure.
        Reviews = ("reviews", "行政复议案件数", "Administrative reviews"),
        /// Lawsuits over disclosure.
        Lawsuits = ("lawsuits", "行政诉讼案件数", "Lawsuits"),
        /// Fees collected for disclosure.
        FeesCollected = ("fees_collected", "收取信息公开费用", "Fees collected"),
        /// Staff doing disclosure work.
        DisclosureStaff = ("disclosure_staff", "政府信息公开工作人员数", "Disclosure staff"),
    }
}
