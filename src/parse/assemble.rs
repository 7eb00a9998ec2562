//! Stage 5, assemble: the outline (stage 1) and the tables read (stages 2 to 4) make the
//! report: the narrative text of each part around its table, the contact, and the spans
//! and findings collected on the way.

use crate::catalogue::{Edition, Part};
use crate::cell::Cell;
use crate::format_2019::{
    FeeItems, Format2019Report, Format2019Tag, ItemCounts, Procurement, PublishedCounts,
};
use crate::format_2021::{
    DecisionCount, DocumentCounts, FeeAmount, Format2021Report, Format2021Tag,
};
use crate::meta::{Contact, Meta};
use crate::narrative::Narrative;
use crate::other_matters::OtherMatters;
use crate::report::Report;
use crate::requests::Requests;
use crate::review::ReviewLitigation;

use super::outline;
use super::source::{Doc, Line, LineKind, Wrap, join_with};
use super::tables::RowReader;
use super::{ParseError, ParseOptions, Parsed, Sink};

/// A part's heading, text before its table and text after it.
type PartText = (Part, Option<String>, Option<String>, Option<String>);

pub(crate) fn build(
    input: &str,
    doc: Doc<'_>,
    options: &ParseOptions,
) -> Result<Parsed, ParseError> {
    let mut sink = Sink::new(input);
    let lines = &doc.lines;
    if lines.iter().all(|l| l.kind == LineKind::Empty) {
        return Err(ParseError::Empty);
    }
    let outline::Outline {
        title:
            outline::TitleBlock {
                meta,
                year,
                body_from,
                contact: fields_contact,
                ..
            },
        headings,
        edition,
        any_table,
    } = outline::read(lines, options, &mut sink)?;
    let mut report = match edition {
        Edition::Regulation2008 => {
            let mut r = super::regulation_2008::read(lines, body_from, meta);
            if let Report::Regulation2008(r) = &mut r {
                if r.meta.contact.is_none() {
                    r.meta.contact = contact_in(
                        r.preamble
                            .iter()
                            .map(String::as_str)
                            .chain(r.parts.iter().map(|p| p.text.as_str())),
                    );
                }
            }
            return Ok(sink.finish(r));
        }
        Edition::Format2019 => Report::Format2019(blank_2019(meta)),
        Edition::Format2021 => Report::Format2021(blank_2021(meta)),
    };
    if !any_table && headings.iter().all(|h| h.part < Part::Proactive) {
        return Err(match year {
            Some(year) => ParseError::NoTables {
                year,
                edition: edition.id(),
            },
            None => ParseError::NotAReport {
                reason: outline::NO_YEAR.into(),
            },
        });
    }

    let first_heading = headings.first().map_or(lines.len(), |h| h.line);
    let flags = (doc.blanks_marked, doc.cells_delimited);
    let reader = RowReader::new(edition, &mut report, &mut sink);
    options.cancel.check()?;
    let consumed = read_tables(reader, flags, lines, &headings, body_from, &options.cancel)?;
    options.cancel.check()?;
    let wrap = Wrap::of(lines);
    let preamble = join_with(
        lines,
        wrap,
        (body_from..first_heading).filter(|i| !consumed[*i]),
    );
    let texts = part_texts(lines, wrap, &headings, &consumed);
    let narrative = |part: Part| -> Narrative {
        let t = texts.iter().find(|t| t.0 == part);
        Narrative {
            heading: t.and_then(|t| t.1.clone()),
            text: t
                .map(|t| {
                    [t.2.clone(), t.3.clone()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default(),
        }
    };
    let part_text = |part: Part| texts.iter().find(|t| t.0 == part).cloned();
    let overview = narrative(Part::Overview);
    let problems = narrative(Part::Problems);
    let other = narrative(Part::OtherMatters);
    let contact = contact_in(
        [
            preamble.as_deref(),
            Some(overview.text.as_str()),
            Some(other.text.as_str()),
        ]
        .into_iter()
        .flatten(),
    );

    let contact = if fields_contact != Contact::default() {
        Some(fields_contact)
    } else {
        contact
    };
    let other_matters = OtherMatters {
        heading: other.heading,
        text: other.text,
        information_processing_fee: None,
    };
    macro_rules! fill {
        ($r:expr) => {{
            let r = $r;
            r.meta.contact = contact;
            r.preamble = preamble;
            r.overview = overview;
            r.problems = problems;
            r.other_matters = other_matters;
            if let Some((_, h, before, after)) = part_text(Part::Proactive) {
                r.proactive.heading = h;
                r.proactive.text_before = before;
                r.proactive.text_after = after;
            }
            if let Some((_, h, before, after)) = part_text(Part::Requests) {
                r.requests.heading = h;
                r.requests.text_before = before;
                r.requests.text_after = after;
            }
            if let Some((_, h, before, after)) = part_text(Part::ReviewLitigation) {
                r.review_litigation.heading = h;
                r.review_litigation.text_before = before;
                r.review_litigation.text_after = after;
            }
        }};
    }
    match &mut report {
        Report::Format2021(r) => fill!(r),
        Report::Format2019(r) => fill!(r),
        Report::Regulation2008(_) => {}
    }
    Ok(sink.finish(report))
}

/// Reads the tables of parts 二, 三 and 四 (stages 2 to 4); returns which lines held table
/// material.
fn read_tables<'i>(
    mut reader: RowReader<'_, 'i>,
    (blanks_marked, cells_delimited): (bool, bool),
    lines: &[Line<'i>],
    headings: &[outline::Heading],
    body_from: usize,
    cancel: &super::cancel::Cancel,
) -> Result<Vec<bool>, ParseError> {
    reader.set_form(blanks_marked, cells_delimited);
    let first_heading = headings.first().map_or(lines.len(), |h| h.line);
    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(lines.len(), |n| n.line);
        let start = h.line + 1;
        if matches!(
            h.part,
            Part::Proactive | Part::Requests | Part::ReviewLitigation
        ) {
            reader.read(&lines[start..end], start, h.part, cancel)?;
        }
    }
    if headings.is_empty() {
        reader.read(&lines[body_from..], body_from, Part::Proactive, cancel)?;
    } else if headings[0].part > Part::Overview {
        // A page that opens inside a table: read what stands before the first heading.
        reader.read(
            &lines[body_from..first_heading],
            body_from,
            Part::Overview,
            cancel,
        )?;
    }
    let mut consumed = vec![false; lines.len()];
    for i in reader.finish() {
        consumed[i] = true;
    }
    Ok(consumed)
}

/// Each part's heading, and its text before and after its table (or its whole text).
fn part_texts(
    lines: &[Line],
    wrap: Option<Wrap>,
    headings: &[outline::Heading],
    consumed: &[bool],
) -> Vec<PartText> {
    let mut texts = Vec::new();
    for (k, h) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(lines.len(), |n| n.line);
        let start = h.line + 1;
        let in_part: Vec<usize> = (start..end).filter(|i| consumed[*i]).collect();
        let (before, after) = match (in_part.first(), in_part.last()) {
            (Some(first), Some(last)) => (
                join_with(lines, wrap, start..*first),
                join_with(lines, wrap, last + 1..end),
            ),
            _ => (join_with(lines, wrap, start..end), None),
        };
        texts.push((h.part, h.text.clone(), before, after));
    }
    texts
}

/// The contact printed in the text: "可与某某办公室联系（地址：…，邮编：…，联系电话：…）".
fn contact_in<'a>(texts: impl Iterator<Item = &'a str>) -> Option<Contact> {
    for text in texts {
        if !(text.contains("地址") || text.contains("电话") || text.contains("邮")) {
            continue;
        }
        let mut c = Contact::default();
        let value = |keys: &[&str]| -> Option<String> {
            for key in keys {
                if let Some(at) = text.find(key) {
                    let rest = &text[at + key.len()..];
                    let end = rest
                        .find(['，', ',', '；', ';', '）', ')', '。', '\n', '、'])
                        .unwrap_or(rest.len());
                    let v = rest[..end].trim();
                    if !v.is_empty() && v.chars().count() <= 60 {
                        return Some(v.to_owned());
                    }
                }
            }
            None
        };
        c.address = value(&["地址：", "地址:", "通讯地址："]).map(|v| outline::name_text(&v));
        c.postcode = value(&["邮编：", "邮编:", "邮政编码："]);
        c.phone = value(&["联系电话：", "联系电话:", "电话：", "电话:"]);
        c.fax = value(&["传真：", "传真:"]);
        // An address only when it is one (punctuation after it left out); otherwise it stays
        // in the text, where it was printed.
        c.email = value(&["电子邮箱：", "电子邮箱:", "电子信箱：", "邮箱："])
            .map(|v| {
                v.trim_end_matches(['。', '；', ';', '，', ',', '.', '）', ')'])
                    .to_owned()
            })
            .filter(|v| crate::meta::is_email(v));
        if c == Contact::default() {
            continue;
        }
        // "可与某某办公室联系（地址…"
        if let Some(at) = text.find("联系（").or_else(|| text.find("联系(")) {
            let before = &text[..at];
            if let Some(start) = before.rfind('与') {
                let mut office = before[start + '与'.len_utf8()..].trim();
                for ours in [
                    "我局",
                    "本局",
                    "我委",
                    "本委",
                    "我办",
                    "本办",
                    "本机关",
                    "我单位",
                    "本单位",
                ] {
                    office = office.strip_prefix(ours).unwrap_or(office);
                }
                if !office.is_empty() && office.chars().count() <= 40 {
                    c.office = Some(outline::name_text(office));
                }
            }
        }
        return Some(c);
    }
    None
}

/// A report of a tabled format with every cell blank and no text: what the reader fills.
macro_rules! blank_report {
    ($report:ident, $tag:ident, $meta:expr, $proactive:expr, $requests:expr) => {
        $report {
            edition: $tag,
            meta: $meta,
            preamble: None,
            overview: empty_narrative(),
            proactive: $proactive,
            requests: $requests,
            review_litigation: ReviewLitigation::from_cells(std::array::from_fn(|_| Cell::Blank)),
            problems: empty_narrative(),
            other_matters: OtherMatters {
                heading: None,
                text: String::new(),
                information_processing_fee: None,
            },
        }
    };
}

fn blank_2021(meta: Meta) -> Format2021Report {
    let docs = || DocumentCounts {
        issued: Cell::Blank,
        repealed: Cell::Blank,
        in_force: Cell::Blank,
    };
    let decisions = || DecisionCount {
        decisions: Cell::Blank,
    };
    let proactive = crate::format_2021::Proactive {
        heading: None,
        text_before: None,
        regulations: docs(),
        normative_documents: docs(),
        licensing: decisions(),
        penalties: decisions(),
        coercion: decisions(),
        administrative_fees: FeeAmount {
            amount: Cell::Blank,
        },
        text_after: None,
    };
    let requests = Requests::filled(Cell::Blank);
    blank_report!(Format2021Report, Format2021Tag, meta, proactive, requests)
}

fn blank_2019(meta: Meta) -> Format2019Report {
    let published = || PublishedCounts {
        newly_made: Cell::Blank,
        newly_published: Cell::Blank,
        total_published: Cell::Blank,
    };
    let items = || ItemCounts {
        items_last_year: Cell::Blank,
        items_change: Cell::Blank,
        decisions: Cell::Blank,
    };
    let proactive = crate::format_2019::Proactive {
        heading: None,
        text_before: None,
        regulations: published(),
        normative_documents: published(),
        licensing: items(),
        other_services: items(),
        penalties: items(),
        coercion: items(),
        administrative_fees: FeeItems {
            items_last_year: Cell::Blank,
            items_change: Cell::Blank,
        },
        procurement: Procurement {
            projects: Cell::Blank,
            total_amount: Cell::Blank,
            unit: None,
        },
        text_after: None,
    };
    let mut requests = Requests::filled(Cell::Blank);
    requests.outcomes.other_handling = crate::requests::OtherHandling::SingleRow(
        crate::requests::ApplicantRow::filled(Cell::Blank),
    );
    blank_report!(Format2019Report, Format2019Tag, meta, proactive, requests)
}

fn empty_narrative() -> Narrative {
    Narrative {
        heading: None,
        text: String::new(),
    }
}
