//! What pdf-extract (0.12) will do to draw each page, measured before it does it (a new
//! version is to be read against this before it is taken): the page's
//! content streams inflated and read operator by operator, with the forms and images it
//! draws (each time it draws them, as pdf-extract inflates and reads them each time), the
//! fonts it sets (their programs and character maps, once a page, as pdf-extract builds them
//! once a page) and the colour spaces it sets (their profiles, which pdf-extract decodes at
//! each `cs` and copies with each saved graphics state). The counts and sizes go against
//! the limits; nothing here keeps more than one content stream decoded at a time per form
//! level.

use std::collections::{HashMap, HashSet};

use pdf_extract::{Dictionary, Document, Object, Stream};

use super::filters::{self, Decoded, Over, Plan, Predictor};
use super::{
    Budget, FORM_DEPTH, MAX_CMAP_CODES, MAX_COPIED, MAX_PAGE_OPERATORS, MAX_PAGE_TEXT,
    MAX_PDF_NESTING, MAX_PDF_OPERATORS, MAX_PDF_TEXT, Refusal, too_large,
};
use crate::parse::cancel::Cancel;

/// How lopdf decodes a stream it loaded.
fn plan(stream: &Stream) -> Plan {
    let filters = stream
        .filters()
        .ok()
        .map(|f| f.into_iter().map(<[u8]>::to_vec).collect());
    let int = |d: &Dictionary, key: &[u8], default: i64| {
        d.get(key).and_then(Object::as_i64).unwrap_or(default)
    };
    let predictor = stream
        .dict
        .get(b"DecodeParms")
        .and_then(Object::as_dict)
        .ok()
        .map(|p| Predictor {
            predictor: int(p, b"Predictor", 1),
            columns: int(p, b"Columns", 1),
            colors: int(p, b"Colors", 1),
            bits: int(p, b"BitsPerComponent", 8),
        });
    Plan { filters, predictor }
}

fn is_image(stream: &Stream) -> bool {
    stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(&b"Image"[..])
}

/// An object, with a reference followed once (as pdf-extract's `maybe_deref`).
fn deref<'d>(doc: &'d Document, o: &'d Object) -> Option<&'d Object> {
    match o {
        Object::Reference(id) => doc.get_object(*id).ok(),
        _ => Some(o),
    }
}

fn get<'d>(doc: &'d Document, dict: &'d Dictionary, key: &[u8]) -> Option<&'d Object> {
    deref(doc, dict.get(key).ok()?)
}

fn get_dict<'d>(doc: &'d Document, dict: &'d Dictionary, key: &[u8]) -> Option<&'d Dictionary> {
    get(doc, dict, key)?.as_dict().ok()
}

/// A key of a page or of the page tree above it, as pdf-extract's `get_inherited` finds it;
/// a `/Parent` chain that loops or runs deeper than the page tree may is refused, as
/// pdf-extract would follow it until the thread's stack overflows.
fn inherited<'d>(
    doc: &'d Document,
    page: &'d Dictionary,
    key: &[u8],
    page_number: u32,
    found: impl Fn(&'d Object) -> bool,
) -> Result<Option<&'d Object>, Refusal> {
    let mut dict = page;
    let mut seen = HashSet::new();
    loop {
        if let Some(o) = get(doc, dict, key).filter(|o| found(o)) {
            return Ok(Some(o));
        }
        let Some(parent) = dict.get(b"Parent").and_then(Object::as_reference).ok() else {
            return Ok(None);
        };
        if !seen.insert(parent) || seen.len() > 256 {
            return Err(super::corrupt(format!(
                "page {page_number}'s /Parent chain loops or runs more than 256 deep"
            )));
        }
        let Ok(next) = doc.get_dictionary(parent) else {
            return Ok(None);
        };
        dict = next;
    }
}

/// A token of a content stream or a character map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Number,
    Name(&'a [u8]),
    /// A literal string, by an upper bound of its length.
    Literal(usize),
    /// A hexadecimal string: its digits.
    Hex(&'a [u8]),
    /// `[`, `<<` or `{`.
    Open,
    /// `]`, `>>` or `}`.
    Close,
    /// An operator or a keyword.
    Word(&'a [u8]),
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0c')
}

fn is_delimiter(b: u8) -> bool {
    b"()<>[]{}/%".contains(&b)
}

/// Tokens of PostScript-like text (content streams, character maps), read in one pass with
/// no recursion: a string's nested parentheses are counted, not followed.
struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
    /// The deepest parentheses nest in a literal string so far.
    deepest_string: usize,
}

impl<'a> Lexer<'a> {
    fn new(bytes: &'a [u8]) -> Lexer<'a> {
        Lexer {
            bytes,
            at: 0,
            deepest_string: 0,
        }
    }

    fn run(&mut self, keep: impl Fn(u8) -> bool) -> &'a [u8] {
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(|&b| keep(b)) {
            self.at += 1;
        }
        &self.bytes[start..self.at]
    }

    fn next(&mut self) -> Option<Tok<'a>> {
        loop {
            self.run(is_white);
            let b = *self.bytes.get(self.at)?;
            match b {
                b'%' => {
                    self.run(|b| b != b'\n' && b != b'\r');
                }
                b'/' => {
                    self.at += 1;
                    return Some(Tok::Name(self.run(|b| !is_white(b) && !is_delimiter(b))));
                }
                b'(' => {
                    self.at += 1;
                    let start = self.at;
                    let mut depth = 1usize;
                    let mut end = self.bytes.len();
                    while let Some(&c) = self.bytes.get(self.at) {
                        self.at += 1;
                        match c {
                            b'\\' => self.at += 1,
                            b'(' => {
                                depth += 1;
                                self.deepest_string = self.deepest_string.max(depth);
                            }
                            b')' => {
                                depth -= 1;
                                if depth == 0 {
                                    end = self.at - 1;
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                    self.at = self.at.min(self.bytes.len());
                    return Some(Tok::Literal(end.min(self.at) - start));
                }
                b'<' if self.bytes.get(self.at + 1) == Some(&b'<') => {
                    self.at += 2;
                    return Some(Tok::Open);
                }
                b'<' => {
                    self.at += 1;
                    let digits = self.run(|b| b != b'>');
                    self.at = (self.at + 1).min(self.bytes.len());
                    return Some(Tok::Hex(digits));
                }
                b'>' if self.bytes.get(self.at + 1) == Some(&b'>') => {
                    self.at += 2;
                    return Some(Tok::Close);
                }
                b'[' | b'{' => {
                    self.at += 1;
                    return Some(Tok::Open);
                }
                b']' | b'}' | b')' | b'>' => {
                    self.at += 1;
                    return Some(Tok::Close);
                }
                b'+' | b'-' | b'.' | b'0'..=b'9' => {
                    self.run(|b| matches!(b, b'+' | b'-' | b'.' | b'0'..=b'9'));
                    return Some(Tok::Number);
                }
                _ => return Some(Tok::Word(self.run(|b| !is_white(b) && !is_delimiter(b)))),
            }
        }
    }

    /// Skips an inline image's data after `ID`, to the `EI` after white space.
    fn skip_image_data(&mut self) {
        let rest = &self.bytes[self.at.min(self.bytes.len())..];
        let end = rest
            .windows(4)
            .position(|w| {
                matches!(w[0], b' ' | b'\n' | b'\r')
                    && &w[1..3] == b"EI"
                    && matches!(w[3], b' ' | b'\n' | b'\r')
            })
            .map_or(rest.len(), |p| p + 3);
        self.at += end;
    }
}

/// The number of bytes a hexadecimal string's digits make.
fn hex_len(digits: &[u8]) -> usize {
    digits
        .iter()
        .filter(|b| b.is_ascii_hexdigit())
        .count()
        .div_ceil(2)
}

/// The value of a code in a character map (its bytes, big-endian), saturating.
fn hex_value(digits: &[u8]) -> u64 {
    digits
        .iter()
        .filter_map(|b| (*b as char).to_digit(16))
        .fold(0u64, |v, d| {
            v.saturating_mul(16).saturating_add(u64::from(d))
        })
}

/// The codes a character map (a `ToUnicode` or an `Encoding` CMap) maps one by one, as
/// adobe-cmap-parser expands its ranges into a table, and how deep its arrays, dictionaries
/// and strings nest (the parser follows them by recursion).
fn cmap_size(bytes: &[u8]) -> (u64, usize) {
    let mut lexer = Lexer::new(bytes);
    let mut codes = 0u64;
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut in_ranges = false;
    // Strings and arrays of a range (its low code, its high code, its target), or of a
    // single code (the code and its target).
    let mut items: Vec<Tok<'_>> = Vec::new();
    while let Some(tok) = lexer.next() {
        match tok {
            Tok::Open => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Tok::Close => depth = depth.saturating_sub(1),
            Tok::Word(b"beginbfrange") => {
                in_ranges = true;
                items.clear();
                continue;
            }
            Tok::Word(b"beginbfchar") => {
                in_ranges = false;
                items.clear();
                continue;
            }
            _ => {}
        }
        let item = match tok {
            Tok::Hex(_) => depth == 0,
            Tok::Open => depth == 1,
            _ => false,
        };
        if !item {
            continue;
        }
        items.push(tok);
        if in_ranges && items.len() == 3 {
            if let (Tok::Hex(lo), Tok::Hex(hi)) = (items[0], items[1]) {
                let (lo, hi) = (hex_value(lo), hex_value(hi));
                if hi >= lo {
                    codes = codes.saturating_add(hi - lo + 1);
                }
            }
            items.clear();
        } else if !in_ranges && items.len() == 2 {
            codes = codes.saturating_add(1);
            items.clear();
        }
    }
    (codes, deepest.max(lexer.deepest_string))
}

/// How deep the cleartext of a Type 1 font program (up to `eexec`, where type1-encoding-parser
/// stops) nests its procedures, arrays, dictionaries and strings: the parser follows them by
/// recursion.
fn program_depth(program: &[u8]) -> usize {
    let clear = program
        .windows(5)
        .position(|w| w == b"eexec")
        .map_or(program, |at| &program[..at]);
    let mut lexer = Lexer::new(clear);
    let (mut depth, mut deepest) = (0usize, 0usize);
    while let Some(tok) = lexer.next() {
        match tok {
            Tok::Open => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            Tok::Close => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest.max(lexer.deepest_string)
}

/// What drawing the pages costs so far, and what has been measured once.
struct Drawing<'d, 'b> {
    doc: &'d Document,
    budget: &'b mut Budget,
    cancel: &'b Cancel,
    /// Decoded sizes of the streams measured, by stream; a stream decoded again counts
    /// against the copies, not the inflation.
    sizes: HashMap<usize, u64>,
    /// What a font costs to build (its streams, and its maps' codes), by font.
    fonts: HashMap<usize, (Vec<(usize, u64)>, u64)>,
    /// The streams of a colour space (its profile, its function), by colour space.
    colour_spaces: HashMap<usize, Vec<(usize, u64)>>,
    steps: u32,
}

/// The state of one content stream being read (pdf-extract reads a form with a fresh one).
#[derive(Default)]
struct Reading {
    /// Graphics states saved, each with the profile bytes of its colour spaces.
    saved: Vec<(u64, u64)>,
    fill: u64,
    stroke: u64,
}

/// Counts against one page.
struct Page {
    number: u32,
    units: u64,
    text: u64,
    fonts: HashSet<Vec<u8>>,
}

fn key(stream: &Stream) -> usize {
    stream as *const Stream as usize
}

impl<'d> Drawing<'d, '_> {
    fn poll(&mut self) -> Result<(), Refusal> {
        self.steps = self.steps.wrapping_add(1);
        if self.steps % 4096 == 0 {
            self.cancel.check().map_err(|_| Refusal::Cancelled)?;
        }
        Ok(())
    }

    /// Decodes a stream as lopdf does for pdf-extract, within what the budget has left (a
    /// stream it cannot decode is taken as it is, as pdf-extract takes it). Not counted.
    fn decoded(&mut self, stream: &'d Stream, what: &str) -> Result<Vec<u8>, Refusal> {
        let limit = self.budget.inflate_left().max(self.budget.copy_left());
        match filters::decode(&plan(stream), &stream.content, limit, !is_image(stream)) {
            Ok(Decoded::Bytes(b)) => Ok(b),
            Ok(Decoded::Raw) => Ok(stream.content.clone()),
            Err(Over::Size) => Err(self.budget.inflated_too_far(what)),
            Err(Over::Ratio) => Err(super::ratio_too_high(what, stream.content.len())),
        }
    }

    /// Counts a stream decoded: the first time against the inflation, later against the
    /// copies.
    fn charge(
        &mut self,
        stream: &'d Stream,
        size: u64,
        what: &str,
        page: u32,
    ) -> Result<(), Refusal> {
        if self.sizes.insert(key(stream), size).is_none() {
            self.budget.inflated += size;
            if self.budget.inflated > super::MAX_PDF_INFLATED {
                return Err(self.budget.inflated_too_far(what));
            }
            Ok(())
        } else {
            self.copy(size, page)
        }
    }

    /// The decoded size of a stream, measured once.
    fn size(&mut self, stream: &'d Stream, what: &str) -> Result<u64, Refusal> {
        if let Some(&size) = self.sizes.get(&key(stream)) {
            return Ok(size);
        }
        Ok(self.decoded(stream, what)?.len() as u64)
    }

    /// The streams an object leads to within a few steps (a font's descriptor and its
    /// program, its descendant, its character maps; a colour space's profile and function),
    /// each once.
    fn streams_under(&self, root: &'d Object, levels: usize) -> Vec<&'d Stream> {
        let mut out: Vec<&'d Stream> = Vec::new();
        let mut seen = HashSet::new();
        let mut todo = vec![(root, 0usize)];
        while let Some((o, level)) = todo.pop() {
            if out.len() + todo.len() > 4096 {
                break;
            }
            match o {
                Object::Reference(r) if seen.insert(*r) => {
                    if let Ok(target) = self.doc.get_object(*r) {
                        todo.push((target, level));
                    }
                }
                Object::Stream(s) if !is_image(s) && !out.iter().any(|o| std::ptr::eq(*o, s)) => {
                    out.push(s);
                }
                Object::Dictionary(d) if level < levels => {
                    todo.extend(d.iter().map(|(_, v)| (v, level + 1)));
                }
                Object::Array(items) if level < levels => {
                    todo.extend(items.iter().map(|v| (v, level + 1)));
                }
                _ => {}
            }
        }
        out
    }

    /// Builds a font as pdf-extract does on each page that sets it: its streams decoded,
    /// the codes of its character maps put in a table. Refuses a map too large or nested too
    /// deep.
    fn font(&mut self, font: &'d Object, name: &[u8], page: u32) -> Result<(), Refusal> {
        let what = format!("font /{} on page {page}", String::from_utf8_lossy(name));
        let font_key = font as *const Object as usize;
        if !self.fonts.contains_key(&font_key) {
            let dict = deref(self.doc, font).and_then(|f| f.as_dict().ok());
            let maps: Vec<usize> = match dict {
                Some(d) => [&b"ToUnicode"[..], b"Encoding"]
                    .iter()
                    .filter_map(|k| match get(self.doc, d, k) {
                        Some(Object::Stream(s)) => Some(key(s)),
                        _ => None,
                    })
                    .collect(),
                None => Vec::new(),
            };
            // A Type 1 font's program, which pdf-extract parses for its encoding.
            let type1 = dict
                .filter(|d| d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type1"))
                .and_then(|d| get_dict(self.doc, d, b"FontDescriptor"))
                .and_then(|d| get(self.doc, d, b"FontFile"))
                .and_then(|f| f.as_stream().ok())
                .map(key);
            let mut streams = Vec::new();
            let mut codes = 0u64;
            for stream in self.streams_under(font, 3) {
                if maps.contains(&key(stream)) {
                    let content = self.decoded(stream, &what)?;
                    let (n, depth) = cmap_size(&content);
                    if n > MAX_CMAP_CODES || depth > 64 {
                        return Err(too_large(format!(
                            "the character map of {what} maps more than {MAX_CMAP_CODES} codes or nests more than 64 deep (the limits)"
                        )));
                    }
                    codes += n;
                    streams.push((key(stream), content.len() as u64));
                } else if type1 == Some(key(stream)) {
                    let program = self.decoded(stream, &what)?;
                    if program_depth(&program) > 64 {
                        return Err(too_large(format!(
                            "the program of {what} nests more than 64 deep (the limit)"
                        )));
                    }
                    streams.push((key(stream), program.len() as u64));
                } else {
                    streams.push((key(stream), self.size(stream, &what)?));
                }
            }
            self.fonts.insert(font_key, (streams, codes));
        }
        let (streams, codes) = self.fonts[&font_key].clone();
        for (stream_key, size) in streams {
            self.charge_key(stream_key, size, &what, page)?;
        }
        // A table entry of a character map takes some 40 bytes.
        self.copy(codes.saturating_mul(40), page)
    }

    fn charge_key(
        &mut self,
        stream_key: usize,
        size: u64,
        what: &str,
        page: u32,
    ) -> Result<(), Refusal> {
        if self.sizes.insert(stream_key, size).is_none() {
            self.budget.inflated += size;
            if self.budget.inflated > super::MAX_PDF_INFLATED {
                return Err(self.budget.inflated_too_far(what));
            }
            Ok(())
        } else {
            self.copy(size, page)
        }
    }

    /// Sets a colour space as pdf-extract does at `cs`: its profile and function decoded
    /// (and kept in the graphics state). Their bytes.
    fn colour_space(&mut self, cs: &'d Object, page: u32) -> Result<u64, Refusal> {
        let what = format!("a colour space on page {page}");
        let cs_key = cs as *const Object as usize;
        if !self.colour_spaces.contains_key(&cs_key) {
            let mut streams = Vec::new();
            if matches!(deref(self.doc, cs), Some(Object::Array(_))) {
                for stream in self.streams_under(cs, 2) {
                    streams.push((key(stream), self.size(stream, &what)?));
                }
            }
            self.colour_spaces.insert(cs_key, streams);
        }
        let streams = self.colour_spaces[&cs_key].clone();
        let mut total = 0;
        for (stream_key, size) in streams {
            self.charge_key(stream_key, size, &what, page)?;
            total += size;
        }
        Ok(total)
    }

    /// Reads one content stream (a page's, or a form's, drawn `depth` forms deep) with its
    /// resources, counting what pdf-extract will do with it.
    fn read(
        &mut self,
        content: &[u8],
        resources: Option<&'d Dictionary>,
        page: &mut Page,
        depth: usize,
    ) -> Result<(), Refusal> {
        let mut lexer = Lexer::new(content);
        let mut state = Reading::default();
        let mut pending_text = 0u64;
        let mut last_name: Option<&[u8]> = None;
        let mut nesting = 0usize;
        while let Some(tok) = lexer.next() {
            self.poll()?;
            if tok != Tok::Close {
                page.units += 1;
                self.budget.units += 1;
            }
            match tok {
                Tok::Open => nesting += 1,
                Tok::Close => nesting = nesting.saturating_sub(1),
                Tok::Literal(n) => pending_text += n as u64,
                Tok::Hex(d) => pending_text += hex_len(d) as u64,
                Tok::Name(n) if nesting == 0 => last_name = Some(n),
                Tok::Word(op) if nesting == 0 && !matches!(op, b"true" | b"false" | b"null") => {
                    let mut at = Operation {
                        op,
                        name: last_name,
                        text: pending_text,
                        resources,
                        depth,
                    };
                    self.operator(&mut at, page, &mut state)?;
                    if op == b"ID" {
                        lexer.skip_image_data();
                    }
                    pending_text = 0;
                    last_name = None;
                }
                _ => {}
            }
            if page.units > MAX_PAGE_OPERATORS {
                return Err(too_large(format!(
                    "page {} draws more than {MAX_PAGE_OPERATORS} operators and operands (the limit per page)",
                    page.number
                )));
            }
            if self.budget.units > MAX_PDF_OPERATORS {
                return Err(too_large(format!(
                    "the PDF draws more than {MAX_PDF_OPERATORS} operators and operands (the limit per file), passed on page {}",
                    page.number
                )));
            }
        }
        Ok(())
    }

    fn operator(
        &mut self,
        at: &mut Operation<'_, 'd>,
        page: &mut Page,
        state: &mut Reading,
    ) -> Result<(), Refusal> {
        let doc = self.doc;
        let resources = at.resources;
        let resource = |kind: &[u8], name: Option<&[u8]>| {
            let dict = get_dict(doc, resources?, kind)?;
            get(doc, dict, name?)
        };
        match at.op {
            b"Tj" | b"TJ" | b"'" | b"\"" => {
                page.text += at.text;
                self.budget.text += at.text;
                if page.text > MAX_PAGE_TEXT {
                    return Err(too_large(format!(
                        "page {} shows more than {MAX_PAGE_TEXT} bytes of text (the limit per page)",
                        page.number
                    )));
                }
                if self.budget.text > MAX_PDF_TEXT {
                    return Err(too_large(format!(
                        "the PDF shows more than {MAX_PDF_TEXT} bytes of text (the limit per file), passed on page {}",
                        page.number
                    )));
                }
            }
            b"q" => {
                state.saved.push((state.fill, state.stroke));
                if state.saved.len() > MAX_PDF_NESTING {
                    return Err(too_large(format!(
                        "page {} saves the graphics state (q) more than {MAX_PDF_NESTING} times without restoring it (the limit)",
                        page.number
                    )));
                }
                self.copy(state.fill + state.stroke, page.number)?;
            }
            b"Q" => {
                if let Some((fill, stroke)) = state.saved.pop() {
                    (state.fill, state.stroke) = (fill, stroke);
                }
            }
            b"cs" | b"CS" => {
                let size = match resource(b"ColorSpace", at.name) {
                    Some(cs) => self.colour_space(cs, page.number)?,
                    None => 0,
                };
                if at.op == b"cs" {
                    state.fill = size;
                } else {
                    state.stroke = size;
                }
            }
            b"Tf" => {
                if let (Some(font), Some(n)) = (resource(b"Font", at.name), at.name) {
                    if page.fonts.insert(n.to_vec()) {
                        self.font(font, n, page.number)?;
                    }
                }
            }
            b"Do" => {
                let Some(Object::Stream(stream)) = resource(b"XObject", at.name) else {
                    return Ok(());
                };
                if at.depth + 1 > FORM_DEPTH {
                    return Err(too_large(format!(
                        "page {} draws forms inside forms more than {FORM_DEPTH} deep (the limit)",
                        page.number
                    )));
                }
                let what = format!(
                    "{} /{} drawn on page {}",
                    if is_image(stream) { "image" } else { "form" },
                    String::from_utf8_lossy(at.name.unwrap_or_default()),
                    page.number
                );
                let content = self.decoded(stream, &what)?;
                self.charge(stream, content.len() as u64, &what, page.number)?;
                let own = get_dict(doc, &stream.dict, b"Resources").or(resources);
                self.read(&content, own, page, at.depth + 1)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Counts bytes pdf-extract decodes again or copies.
    fn copy(&mut self, bytes: u64, page: u32) -> Result<(), Refusal> {
        self.budget.copied = self.budget.copied.saturating_add(bytes);
        if self.budget.copied > MAX_COPIED {
            return Err(too_large(format!(
                "pdf-extract would decode again or copy more than {MAX_COPIED} bytes of forms, images, fonts and colour profiles (the limit per file), passed on page {page}"
            )));
        }
        Ok(())
    }
}

/// An operator met in a content stream, with what it needs of its operands.
struct Operation<'a, 'd> {
    op: &'a [u8],
    /// Its last name operand.
    name: Option<&'a [u8]>,
    /// The bytes of the strings among its operands.
    text: u64,
    resources: Option<&'d Dictionary>,
    depth: usize,
}

/// Checks what pdf-extract will do to draw every page of `doc`, within the budget.
pub(super) fn check(doc: &Document, budget: &mut Budget, cancel: &Cancel) -> Result<(), Refusal> {
    let mut drawing = Drawing {
        doc,
        budget,
        cancel,
        sizes: HashMap::new(),
        fonts: HashMap::new(),
        colour_spaces: HashMap::new(),
        steps: 0,
    };
    for (number, page_id) in doc.get_pages() {
        cancel.check().map_err(|_| Refusal::Cancelled)?;
        let Ok(page_dict) = doc.get_dictionary(page_id) else {
            continue;
        };
        let resources = inherited(doc, page_dict, b"Resources", number, |o| {
            o.as_dict().is_ok()
        })?
        .and_then(|o| o.as_dict().ok());
        inherited(doc, page_dict, b"MediaBox", number, |o| {
            o.as_array().is_ok()
        })?;
        let mut page = Page {
            number,
            units: 0,
            text: 0,
            fonts: HashSet::new(),
        };
        // pdf-extract reads a page's content streams joined, one after another.
        let mut content = Vec::new();
        for id in doc.get_page_contents(page_id) {
            if let Ok(stream) = doc.get_object(id).and_then(Object::as_stream) {
                let what = format!("the content of page {number} (object {})", id.0);
                let decoded = drawing.decoded(stream, &what)?;
                drawing.charge(stream, decoded.len() as u64, &what, number)?;
                content.extend(decoded);
                content.push(b'\n');
            }
        }
        drawing.read(&content, resources, &mut page, 0)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_character_map_counts_the_codes_its_ranges_expand_to() {
        let cmap = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
            2 beginbfchar <0003> <0020> <0004> <0041> endbfchar\n\
            2 beginbfrange <0010> <001F> <0030> <0100> <0101> [<0061> <0062>] endbfrange\n\
            endcmap end end";
        assert_eq!(cmap_size(cmap), (2 + 16 + 2, 1));
        let bomb = b"1 beginbfrange <00000000> <FFFFFFFF> <0000> endbfrange";
        assert_eq!(cmap_size(bomb).0, 1 << 32);
        let deep = format!("{}{}", "[".repeat(1000), "]".repeat(1000));
        assert_eq!(cmap_size(deep.as_bytes()).1, 1000);
        let strings = format!("{}{}", "(".repeat(1000), ")".repeat(1000));
        assert_eq!(cmap_size(strings.as_bytes()).1, 1000);
    }

    #[test]
    fn a_font_program_is_measured_up_to_its_encrypted_part() {
        let program =
            b"%!PS-AdobeFont-1.0\n/Encoding 256 array 0 1 255 {1 index exch /.notdef put} for\n\
            dup 65 /A put readonly def currentfile eexec {{{{{{{{((((((((";
        assert_eq!(program_depth(program), 1);
        let deep = [b"/x ".as_slice(), &b"{".repeat(100_000)].concat();
        assert_eq!(program_depth(&deep), 100_000);
    }

    #[test]
    fn the_lexer_reads_content_without_recursion() {
        let mut lexer =
            Lexer::new(b"q 1 0 0 1 0 0 cm BT /F1 12 Tf (a\\)b(c)) Tj [<0041> 3 (d)] TJ ET Q");
        let mut tokens = Vec::new();
        while let Some(t) = lexer.next() {
            tokens.push(t);
        }
        assert_eq!(tokens.len(), 22);
        assert_eq!(tokens[12], Tok::Literal(7));
        assert_eq!(tokens[15], Tok::Hex(b"0041"));
    }
}
