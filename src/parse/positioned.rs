//! Positioned text: pieces of text with a page and a box, as PDF and OCR libraries give them.
//!
//! Any library that can say where each piece of text stands can feed the parser: give the
//! pieces in any order (a PDF often draws a table column by column), and they are put into
//! reading order by position. Rows come from the vertical position, columns from the
//! horizontal one; the pieces are laid out as text in columns, the form `pdftotext -layout`
//! prints, and read as such.
//!
//! ```
//! use ogi_report::parse::{ParseOptions, TextPiece, parse_positioned};
//!
//! // A part 二 table whose numbers were drawn before their labels.
//! let at = |text: &str, col: f64, line: f64| TextPiece::new(text, 1, col * 10.0, line * 14.0, col * 10.0 + 10.0 * text.chars().count() as f64, line * 14.0 + 12.0);
//! let pieces = vec![
//!     at("67", 30.0, 4.0),
//!     at("某某局2022年政府信息公开工作年度报告", 0.0, 0.0),
//!     at("二、主动公开政府信息情况", 0.0, 1.0),
//!     at("第二十条第（六）项", 0.0, 2.0),
//!     at("信息内容", 0.0, 3.0),
//!     at("本年处理决定数量", 26.0, 3.0),
//!     at("行政处罚", 0.0, 4.0),
//! ];
//! let parsed = parse_positioned(&pieces, &ParseOptions::default())?;
//! let r = parsed.report.as_format_2021().unwrap();
//! assert_eq!(r.proactive.penalties.decisions.as_u64(), Some(67));
//! # Ok::<(), ogi_report::parse::ParseError>(())
//! ```

use super::{ParseError, ParseOptions, Parsed};

/// A piece of text and the box it stands in on its page: `x0`/`x1` left and right,
/// `y0`/`y1` top and bottom, in any one unit, y growing down the page.
#[derive(Debug, Clone, PartialEq)]
pub struct TextPiece {
    /// The text (a glyph, a word or a line).
    pub text: String,
    /// The page, from 1.
    pub page: u32,
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl TextPiece {
    /// A piece with its box.
    pub fn new(
        text: impl Into<String>,
        page: u32,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
    ) -> TextPiece {
        TextPiece {
            text: text.into(),
            page,
            x0,
            y0,
            x1,
            y1,
        }
    }

    fn height(&self) -> f64 {
        (self.y1 - self.y0).abs()
    }

    fn middle(&self) -> f64 {
        (self.y0 + self.y1) / 2.0
    }
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.retain(|v| v.is_finite() && *v > 0.0);
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    Some(values[values.len() / 2])
}

/// The pieces laid out as text in columns: a line for each row of pieces, each piece at the
/// column its left edge stands at, pages apart by a form feed. Pieces that touch are joined
/// (glyphs into words); pieces apart by more than a character are two or more spaces apart.
pub fn layout_text(pieces: &[TextPiece]) -> String {
    let pieces: Vec<&TextPiece> = pieces
        .iter()
        .filter(|p| {
            !p.text.trim().is_empty() && [p.x0, p.x1, p.y0, p.y1].iter().all(|v| v.is_finite())
        })
        .collect();
    // The width of a character to start with: the median over the pieces of width per
    // character.
    let unit = median(
        pieces
            .iter()
            .map(|p| (p.x1 - p.x0).abs() / p.text.chars().count().max(1) as f64)
            .collect(),
    )
    .unwrap_or(1.0);
    let height = median(pieces.iter().map(|p| p.height()).collect()).unwrap_or(1.0);
    let mut order: Vec<&TextPiece> = pieces;
    order.sort_by(|a, b| a.page.cmp(&b.page).then(a.middle().total_cmp(&b.middle())));
    // Rows: pieces whose middles lie within half a line of the row's first piece.
    let mut rows: Vec<(u32, Vec<&TextPiece>)> = Vec::new();
    for piece in order {
        match rows.last_mut() {
            Some((page, row))
                if *page == piece.page
                    && (piece.middle() - row[0].middle()).abs() <= height / 2.0 =>
            {
                row.push(piece)
            }
            _ => rows.push((piece.page, vec![piece])),
        }
    }
    // Columns as wide as a digit, where the text has digits: numbers then take the columns
    // they stand in, and wider characters are set from their middles.
    let digit_unit = median(
        rows.iter()
            .flat_map(|(_, row)| row.iter())
            .filter(|p| p.text.bytes().all(|b| b.is_ascii_digit()))
            .map(|p| (p.x1 - p.x0).abs() / p.text.chars().count().max(1) as f64)
            .filter(|w| *w > 0.0)
            .collect(),
    );
    let mut out = String::new();
    let mut page = rows.first().map_or(1, |r| r.0);
    // The width of a column on a row: the width of its wide (Han) characters, which a table's
    // header and label rows share; a row of numbers only keeps the width of the row above.
    let mut row_unit = unit;
    for (row_page, mut row) in rows {
        if row_page != page {
            out.push('\u{c}');
            page = row_page;
        }
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        if let Some(wide) = median(
            row.iter()
                .filter(|p| !p.text.is_ascii())
                .map(|p| (p.x1 - p.x0).abs() / p.text.chars().count().max(1) as f64)
                .collect(),
        ) {
            row_unit = wide;
        }
        let unit = digit_unit.unwrap_or(row_unit);
        let mut line = String::new();
        let mut columns = 0usize;
        let mut right: Option<f64> = None;
        for piece in row {
            let text = piece.text.trim();
            let gap = right.map_or(f64::INFINITY, |r| piece.x0 - r);
            if gap < unit * 0.3 {
                // Touching: the same word.
                line.push_str(text);
                columns += text.chars().count();
            } else {
                let middle = (piece.x0 + piece.x1) / 2.0 / unit;
                let half = text.chars().count() as f64 / 2.0;
                let at = (middle - half).max(0.0).round() as usize;
                let least = if right.is_none() {
                    0
                } else if gap >= unit {
                    2
                } else {
                    1
                };
                let pad = at.saturating_sub(columns).max(least).min(4096);
                line.extend(std::iter::repeat_n(' ', pad));
                columns += pad;
                line.push_str(text);
                columns += text.chars().count();
            }
            right = Some(right.map_or(piece.x1, |r: f64| r.max(piece.x1)));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Reads a report from positioned text. The spans of the result refer to the text
/// [`layout_text`] makes of the pieces.
pub fn parse_positioned(
    pieces: &[TextPiece],
    options: &ParseOptions,
) -> Result<Parsed, ParseError> {
    let text = layout_text(pieces);
    super::parse_laid_out(&text, options)
}
