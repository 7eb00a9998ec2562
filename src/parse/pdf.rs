//! PDF files: every glyph with its position, from the pure-Rust `pdf-extract`, into the
//! parser's positioned text. The order a PDF draws its text in is not the reading order (a
//! table may be drawn column by column): glyphs are placed by position only.
//!
//! Limits on hostile files: the input is at most [`crate::parse::MAX_INPUT`] bytes; an
//! encrypted PDF, a corrupt or truncated one, and one with no text layer (a scan) are refused
//! with the reason; a failure inside the PDF library is caught and reported, never a panic.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{Document, MediaBox, OutputDev, OutputError, Transform};

use super::positioned::TextPiece;
use super::{MAX_INPUT, ParseError, ParseOptions, Parsed, PdfProblem};

fn refused(problem: PdfProblem, reason: impl Into<String>) -> ParseError {
    ParseError::Pdf {
        problem,
        reason: reason.into(),
    }
}

/// Collects the glyphs of every page.
#[derive(Default)]
struct Glyphs {
    page: u32,
    /// The page's top left corner (its media box's), where positions are measured from.
    origin: (f64, f64),
    pieces: Vec<TextPiece>,
}

impl OutputDev for Glyphs {
    fn begin_page(
        &mut self,
        page: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page = page;
        self.origin = (media_box.llx, media_box.ury);
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The glyph's origin, measured right and down from the page's top left corner, and
        // its size: the side of the square as large as the font's transformed em box.
        let x = trm.m31 - self.origin.0;
        let y = self.origin.1 - trm.m32;
        let sx = font_size * (trm.m11 + trm.m21);
        let sy = font_size * (trm.m12 + trm.m22);
        let size = (sx * sy).abs().sqrt();
        // Some fonts carry no widths (pdf-extract then says 0): take half an em for ASCII and
        // a full em for other characters, as CJK typesetting does.
        let advance = if width > 0.05 {
            width * size
        } else if text.is_ascii() {
            0.55 * size
        } else {
            size
        };
        if !text.trim().is_empty() && x.is_finite() && y.is_finite() && size.is_finite() {
            self.pieces
                .push(TextPiece::new(text, self.page, x, y - size, x + advance, y));
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// The glyphs of a PDF with their positions.
pub fn pdf_pieces(bytes: &[u8]) -> Result<Vec<TextPiece>, ParseError> {
    if bytes.len() > MAX_INPUT {
        return Err(ParseError::TooLarge {
            size: bytes.len(),
            limit: MAX_INPUT,
        });
    }
    if !bytes.starts_with(b"%PDF") {
        return Err(refused(
            PdfProblem::NotPdf,
            "no %PDF header: not a PDF file",
        ));
    }
    let read = catch_unwind(AssertUnwindSafe(
        || -> Result<Vec<TextPiece>, ParseError> {
            let doc = Document::load_mem(bytes).map_err(|e| {
                refused(
                    PdfProblem::Corrupt,
                    format!("a corrupt or truncated PDF ({e})"),
                )
            })?;
            if doc.is_encrypted() {
                return Err(refused(
                    PdfProblem::Encrypted,
                    "the PDF is encrypted: decrypt it first",
                ));
            }
            let mut glyphs = Glyphs::default();
            pdf_extract::output_doc(&doc, &mut glyphs).map_err(|e| {
                refused(
                    PdfProblem::Unreadable,
                    format!("the PDF's content cannot be read ({e})"),
                )
            })?;
            Ok(glyphs.pieces)
        },
    ));
    let pieces = match read {
        Ok(result) => result?,
        Err(_) => {
            return Err(refused(
                PdfProblem::Unreadable,
                "the PDF library failed on this file",
            ));
        }
    };
    if pieces.is_empty() {
        return Err(refused(
            PdfProblem::NoTextLayer,
            "no text layer: OCR it first",
        ));
    }
    Ok(pieces)
}

/// Reads a report from a PDF. Spans refer to the text [`crate::parse::layout_text`] makes of
/// its glyphs.
pub fn parse_pdf(bytes: &[u8], options: &ParseOptions) -> Result<Parsed, ParseError> {
    super::parse_positioned(&pdf_pieces(bytes)?, options)
}
