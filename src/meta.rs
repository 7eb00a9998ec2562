//! `meta`: who published the report, for which year, when and where.

use std::borrow::Cow;
use std::fmt;

use chrono::NaiveDate;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};

use crate::catalogue::FieldText;
use crate::cell::Count;

/// The calendar year a report covers (not the year it was published).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportYear(u16);

/// A year outside the range a report can cover.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{year} is not a plausible report year ({min}–{max})", min = ReportYear::MIN, max = ReportYear::MAX)]
pub struct YearOutOfRange {
    /// The refused year.
    pub year: u64,
}

impl ReportYear {
    /// The earliest year accepted.
    pub const MIN: u16 = 1990;
    /// The latest year accepted.
    pub const MAX: u16 = 2100;

    /// A report year, from 1990 to 2100.
    pub fn new(year: u16) -> Result<ReportYear, YearOutOfRange> {
        if (Self::MIN..=Self::MAX).contains(&year) {
            Ok(ReportYear(year))
        } else {
            Err(YearOutOfRange {
                year: u64::from(year),
            })
        }
    }

    /// The year.
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Display for ReportYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl Serialize for ReportYear {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.0)
    }
}

impl<'de> Deserialize<'de> for ReportYear {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let year = Count::deserialize(deserializer)?.get();
        u16::try_from(year)
            .ok()
            .and_then(|y| ReportYear::new(y).ok())
            .ok_or_else(|| de::Error::custom(YearOutOfRange { year }))
    }
}

impl JsonSchema for ReportYear {
    fn schema_name() -> Cow<'static, str> {
        "ReportYear".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "title": crate::catalogue::FieldText::ReportYear.label(),
            "description": "The calendar year the report covers.",
            "type": "integer",
            "minimum": ReportYear::MIN,
            "maximum": ReportYear::MAX,
        })
    }
}

/// Who published the report, for which year, and where it was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::Meta.label(),
    description = "The publishing agency, the year covered and, where known, publication date, source and contact."
)]
pub struct Meta {
    /// The agency's name as printed in the report.
    #[schemars(title = FieldText::Agency.label())]
    pub agency: String,
    /// The calendar year the report covers; absent only when a published form states none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::ReportYear.label())]
    pub report_year: Option<ReportYear>,
    /// The day the report was published, when known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "publication_date"
    )]
    #[schemars(title = FieldText::PublicationDate.label())]
    pub publication_date: Option<NaiveDate>,
    /// Where the report was found, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Source.label())]
    pub source: Option<Source>,
    /// Whether the agency is a department or a government, when known (sets the deadline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::AgencyLevel.label())]
    pub level: Option<AgencyLevel>,
    /// The contact the report gives for questions about it, when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Contact.label())]
    pub contact: Option<Contact>,
}

impl Meta {
    /// Meta with the agency and the year; the rest unknown.
    pub fn new(agency: impl Into<String>, report_year: ReportYear) -> Meta {
        Meta {
            agency: agency.into(),
            report_year: Some(report_year),
            publication_date: None,
            source: None,
            level: None,
            contact: None,
        }
    }
}

/// Whether the agency is a department or a government, and where that comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::AgencyLevel.label(),
    description = "Whether the agency is a department (部门) or a government (本级政府), which sets the publication deadline, and where that comes from."
)]
pub struct AgencyLevel {
    /// Department or government.
    #[schemars(title = FieldText::Tier.label())]
    pub tier: Tier,
    /// Given by the user or the data, or read from the title.
    #[schemars(title = FieldText::LevelFrom.label())]
    pub from: LevelFrom,
}

/// How a rendered field marks a level read from the title.
const TITLE_NOTE: &str = "（据标题）";

/// A department (部门) or a government (本级政府): 《政府信息公开条例》(2019) 第四十九条 gives
/// them different deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(title = FieldText::Tier.label(), description = "A department (部门), which publishes by 31 January, or a government (本级政府), published by 31 March.")]
pub enum Tier {
    /// 县级以上人民政府部门: publishes by 1月31日.
    Department,
    /// 县级以上地方人民政府 (本级政府): published by 3月31日.
    Government,
}

impl Tier {
    /// The label: 部门 or 本级政府.
    pub const fn label(self) -> &'static str {
        match self {
            Tier::Department => "部门",
            Tier::Government => "本级政府",
        }
    }

    /// The id: `department` or `government`.
    pub const fn id(self) -> &'static str {
        match self {
            Tier::Department => "department",
            Tier::Government => "government",
        }
    }
}

/// Where an agency's level comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(title = FieldText::LevelFrom.label(), description = "Given (by the user, or in the data), or read from the agency the title names.")]
pub enum LevelFrom {
    /// Given by the user or stated in the data.
    Given,
    /// Read from the agency the title names (…人民政府, or …局/委/办/厅).
    Title,
}

impl AgencyLevel {
    /// The level as a rendered report's fields print it: "部门", or "部门（据标题）" when it
    /// was read from the title.
    pub fn field(self) -> String {
        match self.from {
            LevelFrom::Given => self.tier.label().to_owned(),
            LevelFrom::Title => format!("{}{TITLE_NOTE}", self.tier.label()),
        }
    }

    /// Reads [`AgencyLevel::field`] back.
    pub fn from_field(text: &str) -> Option<AgencyLevel> {
        let (tier, from) = match text.trim().strip_suffix(TITLE_NOTE) {
            Some(tier) => (tier, LevelFrom::Title),
            None => (text.trim(), LevelFrom::Given),
        };
        let tier = [Tier::Department, Tier::Government]
            .into_iter()
            .find(|t| t.label() == tier)?;
        Some(AgencyLevel { tier, from })
    }

    /// The level a title's agency name says, if it says one: a 县级以上 government
    /// ("…市人民政府", "…县人民政府") or one of its departments ("…局", "…委员会",
    /// "…人民政府办公室"). A township's government (镇, 乡, 街道) has a deadline set locally and
    /// says none.
    pub fn from_agency(agency: &str) -> Option<AgencyLevel> {
        let name = agency.trim();
        let tier = if let Some(government) = name.strip_suffix("人民政府") {
            if government.ends_with(['镇', '乡']) || government.is_empty() {
                return None;
            }
            Tier::Government
        } else if [
            "局",
            "委",
            "委员会",
            "办",
            "办公室",
            "办公厅",
            "厅",
            "署",
            "中心",
        ]
        .iter()
        .any(|end| name.ends_with(end))
            && !name.ends_with("街道办事处")
        {
            Tier::Department
        } else {
            return None;
        };
        Some(AgencyLevel {
            tier,
            from: LevelFrom::Title,
        })
    }
}

/// Where a report was found.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = FieldText::Source.label(), description = "Where the report was found.")]
pub struct Source {
    /// The address of the page or document: an absolute URL (`https://…`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "absolute_url"
    )]
    #[schemars(title = FieldText::Url.label())]
    pub url: Option<String>,
    /// The title of the page or document as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Title.label())]
    pub title: Option<String>,
}

/// The contact a report gives, each part exactly as printed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = FieldText::Contact.label(),
    description = "The contact the report gives, each part as printed."
)]
pub struct Contact {
    /// The office to contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Office.label())]
    pub office: Option<String>,
    /// The postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Address.label())]
    pub address: Option<String>,
    /// The postcode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Postcode.label())]
    pub postcode: Option<String>,
    /// The telephone number, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Phone.label())]
    pub phone: Option<String>,
    /// The fax number, as printed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(title = FieldText::Fax.label())]
    pub fax: Option<String>,
    /// The e-mail address, as printed: `local@domain`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "email_address"
    )]
    #[schemars(title = FieldText::Email.label())]
    pub email: Option<String>,
}

/// Whether text is an e-mail address every `"format": "email"` check accepts: an ASCII
/// local part and a domain of at least two labels.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    local_ok && domain_ok && text.len() <= 254
}

/// Whether text is an absolute URL every `"format": "uri"` check accepts: a scheme, then
/// printable ASCII with no space or character a URI may not hold.
pub fn is_absolute_url(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+.-".contains(&b))
        && !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"<>\"{}|\\^`".contains(&b))
}

fn checked<'de, D: Deserializer<'de>>(
    deserializer: D,
    ok: fn(&str) -> bool,
    what: &str,
) -> Result<Option<String>, D::Error> {
    let Some(text) = Option::<String>::deserialize(deserializer)? else {
        return Ok(None);
    };
    if ok(&text) {
        Ok(Some(text))
    } else {
        Err(de::Error::custom(format_args!("{text:?} is not {what}")))
    }
}

fn email_address<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    checked(deserializer, is_email, "an e-mail address (local@domain)")
}

fn absolute_url<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    checked(
        deserializer,
        is_absolute_url,
        "an absolute URL (a scheme such as https:, then no spaces)",
    )
}

/// Reads a publication date, saying what is wrong with one that is no day of the calendar.
fn publication_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    let Some(text) = Option::<Cow<'de, str>>::deserialize(deserializer)? else {
        return Ok(None);
    };
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape {
        return Err(de::Error::custom(format_args!(
            "{text:?} is not a date written YYYY-MM-DD"
        )));
    }
    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| de::Error::custom(format_args!("{text:?} is not a day of the calendar")))
}
