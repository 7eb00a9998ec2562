//! What lopdf (0.42) does while it loads a file, checked before it does it: a new version of
//! lopdf is to be read against this before it is taken. lopdf reads the
//! cross-reference sections (from `startxref`, then each `/Prev` and the first trailer's
//! `/XRefStm`), inflating every cross-reference stream; then it reads each object the table
//! lists, copying each stream's data and inflating each object stream (and, for a stream whose
//! `/Length` is an object inside an object stream, that object stream once more). None of
//! that is bounded in lopdf: here the sections are read as lopdf reads them, every stream it
//! will inflate is inflated within the limits first ([`super::filters`]), and the file is
//! refused when it passes them. Objects the table lists must not overlap (lopdf reads each
//! from its place, so overlapping objects are read again and again), and the values they hold
//! are counted: lopdf keeps each as an object of some 50 bytes.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::filters::{self, Decoded, Over, Plan, Predictor};
use super::syntax::{Dict, Syntax, Val};
use super::{Budget, Refusal, corrupt};
use crate::parse::cancel::Cancel;

/// The most cross-reference sections followed.
const MAX_SECTIONS: usize = 256;

/// A cross-reference entry that lopdf acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    Normal { offset: u32, generation: u16 },
    Compressed { container: u32 },
}

/// How lopdf decodes a stream whose dictionary this is.
pub(super) fn plan(dict: &Dict) -> Plan {
    let filters = match dict.get(b"Filter") {
        Some(Val::Name(n)) => Some(vec![n.clone()]),
        Some(Val::Array(items)) => items
            .iter()
            .map(|v| match v {
                Val::Name(n) => Some(n.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    };
    let predictor = match dict.get(b"DecodeParms") {
        Some(Val::Dict(p)) => Some(Predictor {
            predictor: p.int(b"Predictor").unwrap_or(1),
            columns: p.int(b"Columns").unwrap_or(1),
            colors: p.int(b"Colors").unwrap_or(1),
            bits: p.int(b"BitsPerComponent").unwrap_or(8),
        }),
        _ => None,
    };
    Plan { filters, predictor }
}

/// Finds `pattern` last in `bytes` at or after `from`, as lopdf searches.
fn rfind(bytes: &[u8], pattern: &[u8], from: usize) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(pattern.len())
        .rposition(|w| w == pattern)
        .map(|p| from + p)
}

/// The offset `startxref` gives, found as lopdf finds it.
fn xref_start(buf: &[u8]) -> Option<usize> {
    let seek = buf.len() - buf.len().min(512);
    let eof = rfind(buf, b"%%EOF", seek).filter(|&e| e > 25)?;
    let at = rfind(&buf[..eof], b"startxref", eof - 25)?;
    let mut s = Syntax::new(buf, at + b"startxref".len());
    if s.bytes.get(s.at) == Some(&b' ') {
        s.at += 1;
    }
    if !s.eol() {
        return None;
    }
    while s.bytes.get(s.at) == Some(&b' ') {
        s.at += 1;
    }
    let negative = s.bytes.get(s.at) == Some(&b'-');
    if matches!(s.bytes.get(s.at), Some(b'+' | b'-')) {
        s.at += 1;
    }
    let value: u64 = s.unsigned()?;
    while s.bytes.get(s.at) == Some(&b' ') {
        s.at += 1;
    }
    if !s.eol() || !s.bytes[s.at..].starts_with(b"%%EOF") {
        return None;
    }
    if negative && value != 0 {
        return Some(usize::MAX);
    }
    usize::try_from(value).ok()
}

/// lopdf's own words for a file whose `startxref` it cannot find (got from lopdf, on a file
/// of a header alone), so that the refusal reads as when lopdf refused the file itself.
fn no_start() -> String {
    match pdf_extract::Document::load_mem(b"%PDF-1.0\n") {
        Err(e) => e.to_string(),
        Ok(_) => "no startxref at its end".to_owned(),
    }
}

/// A cross-reference section read: its entries, its trailer (or stream) dictionary, and
/// where it ends.
struct Section {
    entries: Vec<(u32, Entry)>,
    trailer: Dict,
    end: usize,
}

/// The integers of an array value, as lopdf's `parse_integer_array` takes them.
fn integers(v: Option<&Val>) -> Option<Vec<i64>> {
    match v? {
        Val::Array(items) => items
            .iter()
            .map(|i| match i {
                Val::Int(n) => Some(*n),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// Reads a cross-reference table (`xref` …, then `trailer`) at `at`; `None` where lopdf
/// fails.
fn table(buf: &[u8], at: usize, budget: &mut Budget) -> Option<Section> {
    fn rest<'a>(s: &Syntax<'a>) -> &'a [u8] {
        &s.bytes[s.at..]
    }
    let mut s = Syntax::new(buf, at);
    if !rest(&s).starts_with(b"xref") {
        return None;
    }
    s.at += 4;
    if rest(&s).starts_with(b" ") {
        s.at += 1;
    }
    if !s.eol() {
        return None;
    }
    let mut entries = Vec::new();
    let mut sections = 0;
    loop {
        let save = s.at;
        let subsection = (|| {
            let start: usize = s.unsigned()?;
            if !rest(&s).starts_with(b" ") {
                return None;
            }
            s.at += 1;
            let _count: u32 = s.unsigned()?;
            if rest(&s).starts_with(b" ") {
                s.at += 1;
            }
            s.eol().then_some(start)
        })();
        let Some(start) = subsection else {
            s.at = save;
            break;
        };
        sections += 1;
        let mut index = 0usize;
        loop {
            let save = s.at;
            let entry = (|| {
                let offset: u32 = s.unsigned()?;
                if !rest(&s).starts_with(b" ") {
                    return None;
                }
                s.at += 1;
                let generation: u32 = s.unsigned()?;
                if !rest(&s).starts_with(b" ") {
                    return None;
                }
                s.at += 1;
                let kind = *rest(&s).first()?;
                if !matches!(kind, b'n' | b'f') {
                    return None;
                }
                s.at += 1;
                let end = rest(&s);
                if end.starts_with(b" \r") || end.starts_with(b" \n") || end.starts_with(b"\r\n") {
                    s.at += 2;
                } else {
                    return None;
                }
                Some((offset, generation, kind == b'n'))
            })();
            let Some((offset, generation, normal)) = entry else {
                s.at = save;
                break;
            };
            budget.values += 1;
            if let Some(generation) = u16::try_from(generation).ok().filter(|_| normal) {
                entries.push(((start + index) as u32, Entry::Normal { offset, generation }));
            }
            index += 1;
        }
    }
    if sections == 0 {
        return None;
    }
    s.space();
    if !rest(&s).starts_with(b"trailer") {
        return None;
    }
    s.at += b"trailer".len();
    s.space();
    let trailer = s.top_dictionary()?;
    budget.values += s.values;
    s.space();
    trailer.int(b"Size")?;
    Some(Section {
        entries,
        trailer,
        end: s.at,
    })
}

/// An object's header at `at`: `N G obj` and the space after it.
fn header(s: &mut Syntax<'_>) -> Option<(u32, u16)> {
    s.space();
    let id = s.object_id()?;
    if !s.bytes[s.at..].starts_with(b"obj") {
        return None;
    }
    s.at += 3;
    s.space();
    Some(id)
}

/// A stream's dictionary and where its data starts, when the object is a stream's (the
/// dictionary, `stream`, an end of line).
fn stream_start(s: &mut Syntax<'_>) -> Option<(Dict, usize)> {
    let save = s.at;
    let dict = s.top_dictionary();
    let Some(dict) = dict else {
        s.at = save;
        return None;
    };
    s.space();
    if !s.bytes[s.at..].starts_with(b"stream") {
        s.at = save;
        return None;
    }
    s.at += b"stream".len();
    s.blanks();
    if !s.eol() {
        s.at = save;
        return None;
    }
    Some((dict, s.at))
}

/// Where a stream's data ends and its object goes on, when `length` bytes of data are
/// followed by an optional end of line and `endstream`.
fn stream_end(buf: &[u8], data: usize, length: usize) -> Option<usize> {
    let end = data.checked_add(length)?;
    let mut s = Syntax::new(buf, end);
    if end > buf.len() {
        return None;
    }
    s.eol();
    s.bytes[s.at..]
        .starts_with(b"endstream")
        .then_some(s.at + b"endstream".len())
}

/// The end of an object after its value: space, an optional `endobj`, space.
fn object_end(buf: &[u8], at: usize) -> usize {
    let mut s = Syntax::new(buf, at);
    s.space();
    if s.bytes[s.at..].starts_with(b"endobj") {
        s.at += b"endobj".len();
    }
    s.space();
    s.at
}

/// Inflates a stream lopdf inflates, within the budget; the bytes it gives.
fn inflate(dict: &Dict, data: &[u8], what: &str, budget: &mut Budget) -> Result<Decoded, Refusal> {
    let limit = budget.inflate_left();
    match filters::decode(&plan(dict), data, limit, true) {
        Ok(decoded) => {
            let size = match &decoded {
                Decoded::Bytes(b) => b.len() as u64,
                Decoded::Raw => 0,
            };
            budget.inflated += size;
            Ok(decoded)
        }
        Err(Over::Size) => Err(budget.inflated_too_far(what)),
        Err(Over::Ratio) => Err(super::ratio_too_high(what, data.len())),
    }
}

/// A cross-reference stream at `at` (an object whose value is a stream of a direct
/// `/Length`), inflated within the budget; `None` where lopdf fails.
fn xref_stream(buf: &[u8], at: usize, budget: &mut Budget) -> Result<Option<Section>, Refusal> {
    let mut s = Syntax::new(buf, at);
    if header(&mut s).is_none() {
        return Ok(None);
    }
    let Some((dict, data)) = stream_start(&mut s) else {
        return Ok(None);
    };
    budget.values += s.values;
    let Some(length) = dict.int(b"Length").and_then(|l| usize::try_from(l).ok()) else {
        return Ok(None);
    };
    let Some(end) = stream_end(buf, data, length) else {
        return Ok(None);
    };
    let what = format!("the cross-reference stream at byte {at}");
    let content = match inflate(&dict, &buf[data..data + length], &what, budget)? {
        Decoded::Bytes(b) => b,
        Decoded::Raw if plan(&dict).filters.is_none() => buf[data..data + length].to_vec(),
        Decoded::Raw => return Ok(None),
    };
    let Some(size) = dict.int(b"Size") else {
        return Ok(None);
    };
    let index = integers(dict.get(b"Index")).unwrap_or_else(|| vec![0, size]);
    let Some(widths) = integers(dict.get(b"W")) else {
        return Ok(None);
    };
    if widths.len() < 3 || widths[..3].iter().any(|w| *w < 0) {
        return Ok(None);
    }
    if widths[..3].iter().any(|w| *w > 8) {
        return Err(corrupt(format!(
            "{what} has fields {} bytes wide; lopdf reads at most 4",
            widths[..3].iter().max().copied().unwrap_or_default()
        )));
    }
    let w: Vec<usize> = widths[..3].iter().map(|w| *w as usize).collect();
    let row = w.iter().sum::<usize>();
    let mut entries = Vec::new();
    let mut at_byte = 0usize;
    let read = |bytes: &[u8], from: usize, width: usize| -> Option<u32> {
        let field = bytes.get(from..from + width)?;
        Some(
            field
                .iter()
                .fold(0u32, |v, b| v.wrapping_shl(8) + u32::from(*b)),
        )
    };
    for pair in index.chunks_exact(2) {
        let (start, count) = (pair[0], pair[1]);
        if count > 0 && row == 0 {
            return Err(corrupt(format!(
                "{what} lists {count} entries of no width: lopdf would loop on it"
            )));
        }
        for j in 0..count.max(0) {
            let kind = if w[0] == 0 {
                Some(1)
            } else {
                read(&content, at_byte, w[0])
            };
            let Some(kind) = kind else {
                return Ok(None);
            };
            let (Some(second), Some(third)) = (
                read(&content, at_byte + w[0], w[1]),
                read(&content, at_byte + w[0] + w[1], w[2]),
            ) else {
                return Ok(None);
            };
            at_byte += row;
            budget.values += 1;
            let number = start.wrapping_add(j) as u32;
            match kind {
                1 => entries.push((
                    number,
                    Entry::Normal {
                        offset: second,
                        generation: if w[2] == 0 { 0 } else { third as u16 },
                    },
                )),
                2 => entries.push((number, Entry::Compressed { container: second })),
                _ => {}
            }
        }
    }
    Ok(Some(Section {
        entries,
        trailer: dict,
        end: object_end(buf, end),
    }))
}

/// A cross-reference section at `at`, a table or a stream; `None` where lopdf fails.
fn section(buf: &[u8], at: usize, budget: &mut Budget) -> Result<Option<Section>, Refusal> {
    if at > buf.len() {
        return Ok(None);
    }
    if let Some(t) = table(buf, at, budget) {
        return Ok(Some(t));
    }
    xref_stream(buf, at, budget)
}

/// How a stream gives its length.
#[derive(Debug, Clone, Copy)]
enum Length {
    Direct(i64),
    Indirect(u32, u16),
    Missing,
}

/// An object the table lists, as read at its place.
#[derive(Debug)]
struct Object {
    id: (u32, u16),
    start: usize,
    end: usize,
    value: Value,
}

#[derive(Debug)]
enum Value {
    Int(i64),
    /// A stream: its dictionary, where its data starts, how long it says it is; `data_end`
    /// once its length is known and followed by `endstream`.
    Stream {
        dict: Dict,
        data: usize,
        length: Length,
        /// Where the dictionary ends: the object read as a dictionary when the length does
        /// not hold.
        dict_end: usize,
    },
    Other,
}

/// Reads the object at `offset` as lopdf reads it; `None` where lopdf fails.
fn object(buf: &[u8], offset: usize, budget: &mut Budget) -> Result<Option<Object>, Refusal> {
    if offset > buf.len() {
        return Ok(None);
    }
    let mut s = Syntax::new(buf, offset);
    let Some(id) = header(&mut s) else {
        return Ok(None);
    };
    let body = s.at;
    if let Some((dict, data)) = stream_start(&mut s) {
        let length = match dict.get(b"Length") {
            Some(Val::Int(n)) if *n < 0 => return Ok(None),
            Some(Val::Int(n)) => Length::Direct(*n),
            Some(Val::Ref(n, g)) => Length::Indirect(*n, *g),
            _ => Length::Missing,
        };
        // The dictionary alone, read again as a value, is the object when its length does
        // not hold: where it ends.
        let mut again = Syntax::new(buf, body);
        let dict_end = match again.top_value() {
            Some(_) => object_end(buf, again.at),
            None => body,
        };
        budget.values += s.values;
        return Ok(Some(Object {
            id,
            start: offset,
            end: data,
            value: Value::Stream {
                dict,
                data,
                length,
                dict_end,
            },
        }));
    }
    s.at = body;
    let Some(value) = s.top_value() else {
        return Ok(None);
    };
    budget.values += s.values;
    let end = object_end(buf, s.at);
    Ok(Some(Object {
        id,
        start: offset,
        end,
        value: match value {
            Val::Int(i) => Value::Int(i),
            _ => Value::Other,
        },
    }))
}

/// An object stream's objects, as lopdf's `ObjectStream::new` reads them: number → where
/// each starts in the decoded content. `None` where lopdf fails.
fn object_stream(
    dict: &Dict,
    content: &[u8],
    what: &str,
    budget: &mut Budget,
) -> Result<Option<HashMap<u32, usize>>, Refusal> {
    let Some(first) = dict.int(b"First").and_then(|f| usize::try_from(f).ok()) else {
        return Ok(None);
    };
    let Some(index) = content.get(..first) else {
        return Ok(None);
    };
    let Ok(index) = std::str::from_utf8(index) else {
        return Ok(None);
    };
    let numbers: Vec<Option<u32>> = index.split_whitespace().map(|n| n.parse().ok()).collect();
    budget.values += numbers.len() as u64;
    budget.check_values(what)?;
    if dict.int(b"N").is_none() {
        return Ok(None);
    }
    let mut objects = HashMap::new();
    let mut extents = Vec::new();
    for pair in numbers.chunks_exact(2) {
        let (Some(id), Some(offset)) = (pair[0], pair[1]) else {
            continue;
        };
        let Some(mut start) = first.checked_add(offset as usize) else {
            continue;
        };
        if start >= content.len() {
            continue;
        }
        while content.get(start).is_some_and(u8::is_ascii_whitespace) {
            start += 1;
        }
        if start >= content.len() {
            continue;
        }
        let mut s = Syntax::new(content, start);
        let parsed = s.top_value();
        budget.values += s.values;
        budget.check_values(what)?;
        if parsed.is_some() {
            extents.push((start, s.at, id));
            objects.insert(id, start);
        }
    }
    no_overlap(&mut extents, what)?;
    Ok(Some(objects))
}

/// Refuses objects that overlap or share their place: lopdf would read the same bytes once
/// for each.
fn no_overlap(extents: &mut [(usize, usize, u32)], what: &str) -> Result<(), Refusal> {
    extents.sort_unstable();
    for pair in extents.windows(2) {
        let ((start, end, a), (next, _, b)) = (pair[0], pair[1]);
        if next < end.max(start + 1) {
            return Err(corrupt(format!(
                "objects {a} and {b} of {what} overlap at byte {next}"
            )));
        }
    }
    Ok(())
}

/// Checks what lopdf will do to load `bytes`, within the budget.
pub(super) fn check(bytes: &[u8], budget: &mut Budget, cancel: &Cancel) -> Result<(), Refusal> {
    let base = bytes.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let buf = &bytes[base..];
    let Some(start) = xref_start(buf).filter(|&s| s <= buf.len()) else {
        return Err(corrupt(format!(
            "a corrupt or truncated PDF ({})",
            no_start()
        )));
    };
    // The sections, as lopdf follows them; entries of a later one stand over an earlier's.
    let mut table: BTreeMap<u32, Entry> = BTreeMap::new();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut read_section = |at: usize, budget: &mut Budget| -> Result<Dict, Refusal> {
        let Some(found) = section(buf, at, budget)? else {
            return Err(corrupt(format!(
                "a corrupt or truncated PDF (no cross-reference section at byte {at})"
            )));
        };
        if ranges.len() >= MAX_SECTIONS {
            return Err(corrupt(format!(
                "more than {MAX_SECTIONS} cross-reference sections"
            )));
        }
        if let Some(&(a, _)) = ranges.iter().find(|(a, b)| at >= *a && at < *b) {
            return Err(corrupt(format!(
                "the cross-reference sections at bytes {a} and {at} overlap"
            )));
        }
        ranges.push((at, found.end.max(at + 1)));
        for (number, entry) in found.entries {
            table.entry(number).or_insert(entry);
        }
        budget.check_values("the cross-reference table")?;
        Ok(found.trailer)
    };
    let trailer = read_section(start, budget)?;
    let offset = |v: Option<&Val>| match v {
        Some(Val::Int(i)) => Some(*i),
        _ => None,
    };
    let mut stream_section = offset(trailer.get(b"XRefStm"));
    let mut prev = offset(trailer.get(b"Prev"));
    let mut seen = HashSet::new();
    while let Some(p) = prev {
        cancel.check().map_err(|_| Refusal::Cancelled)?;
        if !seen.insert(p) {
            break;
        }
        let p = usize::try_from(p)
            .ok()
            .filter(|&p| p <= buf.len())
            .ok_or_else(|| corrupt(format!("a corrupt or truncated PDF (a /Prev of {p})")))?;
        let previous = read_section(p, budget)?;
        if let Some(x) = stream_section.take() {
            let x = usize::try_from(x)
                .ok()
                .filter(|&x| x <= buf.len())
                .ok_or_else(|| {
                    corrupt(format!("a corrupt or truncated PDF (an /XRefStm of {x})"))
                })?;
            read_section(x, budget)?;
        }
        prev = offset(previous.get(b"Prev"));
    }
    let encrypted = trailer.get(b"Encrypt").is_some();
    let containers: HashSet<u32> = table
        .values()
        .filter_map(|e| match e {
            Entry::Compressed { container } => Some(*container),
            Entry::Normal { .. } => None,
        })
        .collect();
    if encrypted && !containers.is_empty() {
        return Err(Refusal::Encrypted(
            "the PDF is encrypted and keeps objects in object streams, which cannot be measured before they are decrypted: decrypt it first".into(),
        ));
    }
    // Every object the table lists, read at its place.
    let mut objects: BTreeMap<u32, Object> = BTreeMap::new();
    for (i, (&number, entry)) in table.iter().enumerate() {
        let Entry::Normal { offset, .. } = *entry else {
            continue;
        };
        if i % 1024 == 1023 {
            cancel.check().map_err(|_| Refusal::Cancelled)?;
        }
        if let Some(o) = object(buf, offset as usize, budget)? {
            objects.insert(number, o);
        }
        budget.check_values("the PDF's objects")?;
    }
    let is_object_stream = |number: u32, dict: &Dict| {
        dict.name(b"Type") == Some(&b"ObjStm"[..]) || containers.contains(&number)
    };
    // Object streams of a direct length first (lopdf inflates each as it loads it), so that
    // a length kept in one can be read.
    let mut streams: HashMap<u32, (Vec<u8>, HashMap<u32, usize>)> = HashMap::new();
    let numbers: Vec<u32> = objects.keys().copied().collect();
    for &number in &numbers {
        let Some(o) = objects.get_mut(&number) else {
            continue;
        };
        let Value::Stream {
            dict,
            length: Length::Direct(length),
            ..
        } = &o.value
        else {
            continue;
        };
        let (dict, length) = (dict.clone(), *length);
        settle(buf, o, length);
        if !is_object_stream(number, &dict) {
            continue;
        }
        if let Some(content) = object_stream_data(buf, &dict, o, length, budget)? {
            let what = format!("object stream {number}");
            if let Some(inner) = object_stream(&dict, &content, &what, budget)? {
                streams.insert(number, (content, inner));
            }
        }
        cancel.check().map_err(|_| Refusal::Cancelled)?;
    }
    // Streams whose length is an object: lopdf reads that object first (in an object stream,
    // inflating the object stream again each time).
    for &number in &numbers {
        let Some(Object {
            value:
                Value::Stream {
                    length: Length::Indirect(target, generation),
                    dict,
                    ..
                },
            ..
        }) = objects.get(&number)
        else {
            continue;
        };
        let (target, generation, dict) = (*target, *generation, dict.clone());
        let resolved = match table.get(&target) {
            Some(Entry::Normal { generation: g, .. }) if *g == generation => {
                match objects.get(&target) {
                    Some(Object {
                        id,
                        value: Value::Int(n),
                        ..
                    }) if *id == (target, generation) => Some(*n),
                    Some(Object {
                        value: Value::Stream { .. },
                        ..
                    }) => {
                        return Err(corrupt(format!(
                            "the length of stream {number} is stream {target}"
                        )));
                    }
                    _ => None,
                }
            }
            Some(Entry::Compressed { container }) => {
                let container = *container;
                let Some((content, inner)) = streams.get(&container) else {
                    return Err(corrupt(format!(
                        "the length of stream {number} is in object stream {container}, which cannot be read first"
                    )));
                };
                budget.inflated += content.len() as u64;
                if budget.inflated > super::MAX_PDF_INFLATED {
                    return Err(budget.inflated_too_far(&format!(
                        "object stream {container}, inflated again for the length of stream {number}"
                    )));
                }
                inner
                    .get(&target)
                    .and_then(|&at| match Syntax::new(content, at).top_value() {
                        Some(Val::Int(n)) => Some(n),
                        _ => None,
                    })
            }
            _ => None,
        };
        let Some(o) = objects.get_mut(&number) else {
            continue;
        };
        let Some(length) = resolved.filter(|n| *n >= 0) else {
            // lopdf leaves it empty.
            continue;
        };
        settle(buf, o, length);
        if is_object_stream(number, &dict) {
            if let Some(content) = object_stream_data(buf, &dict, o, length, budget)? {
                let what = format!("object stream {number}");
                object_stream(&dict, &content, &what, budget)?;
            }
        }
        cancel.check().map_err(|_| Refusal::Cancelled)?;
    }
    let mut extents: Vec<(usize, usize, u32)> = objects
        .iter()
        .map(|(number, o)| (o.start, o.end, *number))
        .collect();
    no_overlap(&mut extents, "the PDF")?;
    Ok(())
}

/// Sets where a stream's object ends, its data `length` bytes long: after `endstream`, or,
/// when the length does not hold, after its dictionary (lopdf reads it as a dictionary).
fn settle(buf: &[u8], o: &mut Object, length: i64) {
    let Value::Stream { data, dict_end, .. } = o.value else {
        return;
    };
    o.end = usize::try_from(length)
        .ok()
        .and_then(|n| stream_end(buf, data, n))
        .map_or(dict_end, |end| object_end(buf, end));
}

/// Inflates an object stream's data (`length` bytes from its start) within the budget;
/// `None` when lopdf would not read it as a stream.
fn object_stream_data(
    buf: &[u8],
    dict: &Dict,
    o: &Object,
    length: i64,
    budget: &mut Budget,
) -> Result<Option<Vec<u8>>, Refusal> {
    let Value::Stream { data, .. } = o.value else {
        return Ok(None);
    };
    let Some(length) = usize::try_from(length)
        .ok()
        .filter(|&n| stream_end(buf, data, n).is_some())
    else {
        return Ok(None);
    };
    let raw = &buf[data..data + length];
    let what = format!("object stream {}", o.id.0);
    match inflate(dict, raw, &what, budget)? {
        Decoded::Bytes(b) => Ok(Some(b)),
        Decoded::Raw => Ok(Some(raw.to_vec())),
    }
}
