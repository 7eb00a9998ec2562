//! PDF files: every glyph with its position, from the pure-Rust `pdf-extract`, into the
//! parser's positioned text. The order a PDF draws its text in is not the reading order (a
//! table may be drawn column by column): glyphs are placed by position only.
//!
//! Limits on hostile files: the input is at most [`crate::parse::MAX_INPUT`] bytes; an
//! encrypted PDF, a corrupt or truncated one, and one with no text layer (a scan) are refused
//! with the reason; a failure inside the PDF library is caught and reported, never a panic.
//! Neither lopdf (which loads the file) nor pdf-extract (which draws its pages) bounds the
//! memory or the time it spends, so what each will do is measured first, and a file that
//! passes a limit is refused ([`PdfProblem::TooLarge`]) before they start:
//!
//! - before lopdf loads the file, its cross-reference sections and objects are read as lopdf
//!   reads them, and every stream lopdf inflates while loading (cross-reference and object
//!   streams) is inflated within the limits (`load`);
//! - before pdf-extract draws a page, its content is inflated and read operator by operator,
//!   with the forms and images it draws (each time it draws them), the fonts and the colour
//!   spaces it sets (`draw`).
//!
//! The limits: all the streams together inflate to at most [`MAX_PDF_INFLATED`] bytes (a
//! form or an image counted each time a page draws it), and none past a mebibyte to more
//! than [`MAX_PDF_RATIO`] times its size; a page draws at most [`MAX_PAGE_OPERATORS`]
//! operators and operands and shows at most [`MAX_PAGE_TEXT`] bytes of text, the whole file
//! [`MAX_PDF_OPERATORS`] and [`MAX_PDF_TEXT`]; a content stream saves the graphics state
//! (`q`) at most [`MAX_PDF_NESTING`] times over and draws forms inside forms at most 16
//! deep; the objects hold at most a million values; a character map expands to at most
//! 262,144 codes, and it and a Type 1 font program (which pdf-extract hands to recursive
//! parsers) nest at most 64 deep; and what pdf-extract decodes again or copies (a form or an image drawn
//! again, a font built again on each page, colour profiles saved with each graphics state)
//! comes to at most 1 GiB. Each stream is inflated 64 KiB at a time and refused at the first
//! chunk past a limit, so a bomb is never inflated past it. A cancelled parse stops at the
//! next page, every 4,096 operators or glyphs, and between cross-reference sections.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{ColorSpace, Document, MediaBox, OutputDev, OutputError, Path, Transform};

use super::cancel::Cancel;
use super::positioned::TextPiece;
use super::{MAX_INPUT, ParseError, ParseOptions, Parsed, PdfProblem};

mod draw;
mod filters;
mod load;
mod syntax;

/// The most bytes a PDF's streams inflate to, all together: 64 MiB. Each stream lopdf
/// inflates to load the file counts, and each stream pdf-extract decodes to draw it, a form
/// or an image each time a page draws it.
pub const MAX_PDF_INFLATED: u64 = 64 << 20;

/// The most a stream inflates, in times its size, once it is past a mebibyte: 200.
pub const MAX_PDF_RATIO: u64 = 200;

/// The most operators and operands a page draws: 500,000 (a dense page draws some 30,000),
/// a form's counted each time the page draws it.
pub const MAX_PAGE_OPERATORS: u64 = 500_000;

/// The most operators and operands a whole PDF draws: 5,000,000.
pub const MAX_PDF_OPERATORS: u64 = 5_000_000;

/// The most bytes of text a page shows (the strings its text operators draw, a glyph for
/// each character code of one byte or more): 100,000.
pub const MAX_PAGE_TEXT: u64 = 100_000;

/// The most bytes of text a whole PDF shows: 1,000,000.
pub const MAX_PDF_TEXT: u64 = 1_000_000;

/// The most times a content stream saves the graphics state (`q`) without restoring it: 64
/// (PDF viewers allow 28). pdf-extract copies the whole state at each `q`.
pub const MAX_PDF_NESTING: usize = 64;

/// The deepest forms are drawn inside forms (pdf-extract follows them by recursion).
const FORM_DEPTH: usize = 16;

/// The most values (numbers, names, strings, references, and the entries of the
/// cross-reference table) the objects lopdf loads hold: lopdf keeps each as an object of
/// some 100 bytes.
const MAX_PDF_VALUES: u64 = 1_000_000;

/// The most codes a character map maps one by one (adobe-cmap-parser expands its ranges into
/// a table).
const MAX_CMAP_CODES: u64 = 1 << 18;

/// The most bytes pdf-extract decodes again or copies: a form or an image drawn again, a
/// font built again on another page, colour profiles decoded at each `cs` and copied at
/// each `q`, character maps' tables.
const MAX_COPIED: u64 = 1 << 30;

/// What the checks before lopdf and pdf-extract have counted.
#[derive(Debug, Default)]
struct Budget {
    /// Bytes inflated ([`MAX_PDF_INFLATED`]).
    inflated: u64,
    /// Bytes decoded again or copied ([`MAX_COPIED`]).
    copied: u64,
    /// Values in the objects lopdf loads ([`MAX_PDF_VALUES`]).
    values: u64,
    /// Operators and operands drawn ([`MAX_PDF_OPERATORS`]).
    units: u64,
    /// Bytes of text shown ([`MAX_PDF_TEXT`]).
    text: u64,
}

impl Budget {
    /// How many more bytes may be inflated.
    fn inflate_left(&self) -> u64 {
        MAX_PDF_INFLATED.saturating_sub(self.inflated)
    }

    /// How many more bytes may be decoded again or copied.
    fn copy_left(&self) -> u64 {
        MAX_COPIED.saturating_sub(self.copied)
    }

    fn inflated_too_far(&self, what: &str) -> Refusal {
        too_large(format!(
            "its streams inflate to more than {MAX_PDF_INFLATED} bytes in all (the limit), passed at {what}"
        ))
    }

    fn check_values(&self, what: &str) -> Result<(), Refusal> {
        if self.values > MAX_PDF_VALUES {
            return Err(too_large(format!(
                "its objects hold more than {MAX_PDF_VALUES} values (the limit), passed at {what}"
            )));
        }
        Ok(())
    }
}

/// Why a PDF is refused by the checks before the PDF library reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Refusal {
    TooLarge(String),
    Corrupt(String),
    Encrypted(String),
    Cancelled,
}

fn too_large(reason: String) -> Refusal {
    Refusal::TooLarge(reason)
}

fn corrupt(reason: impl Into<String>) -> Refusal {
    Refusal::Corrupt(reason.into())
}

fn ratio_too_high(what: &str, size: usize) -> Refusal {
    too_large(format!(
        "{what} inflates to more than {MAX_PDF_RATIO} times its {size} bytes (the limit past {} bytes): a compression bomb",
        filters::RATIO_FLOOR
    ))
}

impl From<Refusal> for ParseError {
    fn from(r: Refusal) -> ParseError {
        match r {
            Refusal::TooLarge(reason) => refused(PdfProblem::TooLarge, reason),
            Refusal::Corrupt(reason) => refused(PdfProblem::Corrupt, reason),
            Refusal::Encrypted(reason) => refused(PdfProblem::Encrypted, reason),
            Refusal::Cancelled => ParseError::Cancelled,
        }
    }
}

fn refused(problem: PdfProblem, reason: impl Into<String>) -> ParseError {
    ParseError::Pdf {
        problem,
        reason: reason.into(),
    }
}

/// Collects the glyphs of every page, stopping when the parse is cancelled or the glyphs
/// pass [`MAX_PDF_TEXT`] (which the checks before make sure they never do).
struct Glyphs<'c> {
    page: u32,
    /// The page's top left corner (its media box's), where positions are measured from.
    origin: (f64, f64),
    pieces: Vec<TextPiece>,
    glyphs: u64,
    /// Calls from pdf-extract, between two looks at `cancel`.
    calls: u32,
    cancel: &'c Cancel,
    /// Why the drawing was stopped, when it was.
    stopped: Option<ParseError>,
}

impl Glyphs<'_> {
    fn stop(&mut self, why: ParseError) -> OutputError {
        self.stopped = Some(why);
        OutputError::IoError(std::io::Error::other("stopped"))
    }

    /// Counts a call from pdf-extract (a glyph, a word, a line, a path painted); every 4,096,
    /// stops the drawing when the parse is cancelled.
    fn tick(&mut self) -> Result<(), OutputError> {
        self.calls += 1;
        if self.calls == 4096 {
            self.calls = 0;
            if let Err(e) = self.cancel.check() {
                return Err(self.stop(e));
            }
        }
        Ok(())
    }
}

impl OutputDev for Glyphs<'_> {
    fn begin_page(
        &mut self,
        page: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        if let Err(e) = self.cancel.check() {
            return Err(self.stop(e));
        }
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
        self.glyphs += 1;
        if self.glyphs > MAX_PDF_TEXT {
            let reason = format!("it shows more than {MAX_PDF_TEXT} glyphs (the limit per file)");
            return Err(self.stop(refused(PdfProblem::TooLarge, reason)));
        }
        self.tick()?;
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
        self.tick()
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        self.tick()
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        self.tick()
    }

    fn stroke(
        &mut self,
        _: &Transform,
        _: &ColorSpace,
        _: &[f64],
        _: &Path,
    ) -> Result<(), OutputError> {
        self.tick()
    }

    fn fill(
        &mut self,
        _: &Transform,
        _: &ColorSpace,
        _: &[f64],
        _: &Path,
    ) -> Result<(), OutputError> {
        self.tick()
    }
}

/// The glyphs of a PDF with their positions.
pub fn pdf_pieces(bytes: &[u8]) -> Result<Vec<TextPiece>, ParseError> {
    pieces(bytes, &Cancel::default())
}

/// [`pdf_pieces`], stopping when `cancel` says so.
pub(crate) fn pieces(bytes: &[u8], cancel: &Cancel) -> Result<Vec<TextPiece>, ParseError> {
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
    cancel.check()?;
    let mut budget = Budget::default();
    let read = catch_unwind(AssertUnwindSafe(
        || -> Result<Vec<TextPiece>, ParseError> {
            load::check(bytes, &mut budget, cancel)?;
            cancel.check()?;
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
            cancel.check()?;
            draw::check(&doc, &mut budget, cancel)?;
            let mut glyphs = Glyphs {
                page: 0,
                origin: (0.0, 0.0),
                pieces: Vec::new(),
                glyphs: 0,
                calls: 0,
                cancel,
                stopped: None,
            };
            let drawn = pdf_extract::output_doc(&doc, &mut glyphs);
            if let Some(why) = glyphs.stopped {
                return Err(why);
            }
            drawn.map_err(|e| {
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
    let pieces = pieces(bytes, &options.cancel)?;
    options.cancel.check()?;
    super::parse_positioned(&pieces, options)
}
