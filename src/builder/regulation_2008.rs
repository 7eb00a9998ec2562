//! The builder of a 2008-era report: parts as text, figures with their labels.

use crate::catalogue::{Content2008, KeyFigure};
use crate::meta::{Meta, ReportYear};
use crate::regulation_2008::{Figure, Regulation2008Report, Regulation2008Tag, ReportPart};
use crate::report::Report;

use super::{BuildError, finish, meta_setters};

/// Builds a report of the 2008 条例 era (report years 2008–2018): the report's own parts in
/// order, each a heading and its text, with the figures the text states.
///
/// [`Regulation2008Builder::build`] returns the report when it passes the era's checks
/// (`edition.layout` for the year, `figures.key`: each key figure marked once,
/// `figures.breakdown`: a "其中" breakdown within its whole, and `meta.published_late` when
/// a publication date is set), or a [`BuildError`] naming each rule that fails and the
/// figure it points at.
///
/// ```
/// use ogi_report::builder::Regulation2008Builder;
/// use ogi_report::catalogue::{Content2008, KeyFigure};
/// use ogi_report::meta::ReportYear;
/// use ogi_report::regulation_2008::Figure;
/// use ogi_report::validate;
///
/// let figure = |label: &str, printed: &str, value: &str, unit: &str| {
///     Figure::exact(label, printed, value.parse().unwrap(), Some(unit))
/// };
/// let mut b = Regulation2008Builder::new("某市某局", ReportYear::new(2016).unwrap());
/// b.preamble("根据《中华人民共和国政府信息公开条例》……");
/// b.part("一、主动公开政府信息情况", "全年主动公开政府信息341条。")
///     .serves(Content2008::Proactive)
///     .figure(figure("主动公开政府信息", "341条", "341", "条"));
/// b.part("二、依申请公开政府信息情况", "全年共受理政府信息公开申请12件，其中当面申请5件。")
///     .serves(Content2008::OnRequest)
///     .key_figure(
///         KeyFigure::ApplicationsReceived,
///         figure("受理政府信息公开申请", "12件", "12", "件")
///             .of_which(figure("当面申请", "5件", "5", "件")),
///     );
/// let report = b.build().expect("it passes the era's checks");
/// let r = report.as_regulation_2008().unwrap();
/// assert_eq!(r.applications_received().unwrap().printed, "12件");
/// assert!(validate(&report).is_clean());
///
/// // A breakdown larger than its whole stops the build, naming the figure.
/// b.part("三、其他", "收到申请3件，其中当面申请5件。").figure(
///     figure("收到申请", "3件", "3", "件").of_which(figure("当面申请", "5件", "5", "件")),
/// );
/// let err = b.build().unwrap_err();
/// assert_eq!(err.findings[0].rule.id(), "figures.breakdown");
/// assert_eq!(err.findings[0].pointer, "/parts/2/figures/0");
/// ```
#[derive(Debug, Clone)]
pub struct Regulation2008Builder {
    meta: Meta,
    preamble: Option<String>,
    parts: Vec<ReportPart>,
}

/// The part just added to a [`Regulation2008Builder`], to say what it serves and the figures
/// it states.
#[derive(Debug)]
pub struct PartBuilder<'b> {
    part: &'b mut ReportPart,
}

impl Regulation2008Builder {
    /// A builder for the agency's report for a year, with no parts yet.
    pub fn new(agency: impl Into<String>, report_year: ReportYear) -> Regulation2008Builder {
        Regulation2008Builder {
            meta: Meta::new(agency, report_year),
            preamble: None,
            parts: Vec::new(),
        }
    }

    meta_setters!();

    /// Text printed before the first part.
    pub fn preamble(&mut self, text: impl Into<String>) -> &mut Self {
        self.preamble = Some(text.into());
        self
    }

    /// Adds a part after those added before: its heading as printed and its text
    /// (paragraphs separated by `\n`).
    pub fn part(&mut self, heading: impl Into<String>, text: impl Into<String>) -> PartBuilder<'_> {
        self.parts.push(ReportPart {
            heading: heading.into(),
            serves: None,
            text: text.into(),
            figures: Vec::new(),
        });
        let last = self.parts.len() - 1;
        PartBuilder {
            part: &mut self.parts[last],
        }
    }

    /// Builds the report, or returns every finding that stops it.
    pub fn build(&self) -> Result<Report, BuildError> {
        let report = Report::from(Regulation2008Report {
            edition: Regulation2008Tag,
            meta: self.meta.clone(),
            preamble: self.preamble.clone(),
            parts: self.parts.clone(),
        });
        finish(report, Vec::new())
    }
}

impl PartBuilder<'_> {
    /// Which of the six contents of 2008 条例 art. 32 the part reports.
    pub fn serves(self, content: Content2008) -> Self {
        self.part.serves = Some(content);
        self
    }

    /// A figure the part states, after those added before.
    pub fn figure(self, figure: Figure) -> Self {
        self.part.figures.push(figure);
        self
    }

    /// A figure the part states, marked as one of the key figures of the era.
    pub fn key_figure(self, key: KeyFigure, figure: Figure) -> Self {
        self.figure(Figure {
            key: Some(key),
            ..figure
        })
    }
}
