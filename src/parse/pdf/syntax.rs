//! The PDF object syntax, read as lopdf reads it (its parser's grammar, rule for rule: white
//! space and comments, names with `#xx` escapes, literal strings nested at most 100 deep,
//! hexadecimal strings, numbers, references, arrays and dictionaries nested at most 100
//! deep), so that the checks made before lopdf loads a file see the objects lopdf will see.
//! Strings keep their length only; every value read is counted.

/// lopdf's limit on nested arrays and dictionaries (`MAX_NESTING_DEPTH`).
const MAX_NESTING: usize = 100;
/// lopdf's limit on nested parentheses in a literal string (`MAX_BRACKET`).
const MAX_BRACKET: usize = 100;

/// A value read.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Val {
    Null,
    Bool,
    Int(i64),
    Real,
    Name(Vec<u8>),
    /// A string, by its length.
    Str,
    Array(Vec<Val>),
    Dict(Dict),
    Ref(u32, u16),
}

/// A dictionary: its entries in order; a key given twice means its last value.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Dict(pub(super) Vec<(Vec<u8>, Val)>);

impl Dict {
    pub(super) fn get(&self, key: &[u8]) -> Option<&Val> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(super) fn name(&self, key: &[u8]) -> Option<&[u8]> {
        match self.get(key)? {
            Val::Name(n) => Some(n),
            _ => None,
        }
    }

    pub(super) fn int(&self, key: &[u8]) -> Option<i64> {
        match self.get(key)? {
            Val::Int(i) => Some(*i),
            _ => None,
        }
    }
}

pub(super) fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0c')
}

fn is_delimiter(b: u8) -> bool {
    b"()<>[]{}/%".contains(&b)
}

fn is_regular(b: u8) -> bool {
    !is_white(b) && !is_delimiter(b)
}

/// A reader of the syntax over a window of bytes.
pub(super) struct Syntax<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
    /// Values read so far.
    pub(super) values: u64,
}

impl<'a> Syntax<'a> {
    pub(super) fn new(bytes: &'a [u8], at: usize) -> Syntax<'a> {
        Syntax {
            bytes,
            at,
            values: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.at..).unwrap_or_default()
    }

    fn tag(&mut self, tag: &[u8]) -> bool {
        if self.rest().starts_with(tag) {
            self.at += tag.len();
            true
        } else {
            false
        }
    }

    /// An end of line: `\r\n`, `\n` or `\r`.
    pub(super) fn eol(&mut self) -> bool {
        self.tag(b"\r\n") || self.tag(b"\n") || self.tag(b"\r")
    }

    /// White space and comments (a comment runs to an end of line, which it needs).
    pub(super) fn space(&mut self) {
        loop {
            let start = self.at;
            while self.peek().is_some_and(is_white) {
                self.at += 1;
            }
            if self.peek() == Some(b'%') {
                let mut end = self.at + 1;
                while self
                    .bytes
                    .get(end)
                    .is_some_and(|b| !matches!(b, b'\r' | b'\n'))
                {
                    end += 1;
                }
                let save = self.at;
                self.at = end;
                if !self.eol() {
                    self.at = save;
                    return;
                }
            }
            if self.at == start {
                return;
            }
        }
    }

    /// Spaces and tabs only (nom's `space0`).
    pub(super) fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    fn digits(&mut self) -> Option<&'a [u8]> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        (self.at > start).then(|| &self.bytes[start..self.at])
    }

    pub(super) fn unsigned<T: std::str::FromStr>(&mut self) -> Option<T> {
        let save = self.at;
        let value = self
            .digits()
            .and_then(|d| std::str::from_utf8(d).ok()?.parse().ok());
        if value.is_none() {
            self.at = save;
        }
        value
    }

    /// `N G` and the space after each, as a reference or an object's header begins.
    pub(super) fn object_id(&mut self) -> Option<(u32, u16)> {
        let save = self.at;
        let id = (|| {
            let number = self.unsigned::<u32>()?;
            self.space();
            let generation = self.unsigned::<u16>()?;
            self.space();
            Some((number, generation))
        })();
        if id.is_none() {
            self.at = save;
        }
        id
    }

    fn sign(&mut self) {
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.at += 1;
        }
    }

    fn real(&mut self) -> bool {
        let save = self.at;
        self.sign();
        let ok = if self.digits().is_some() {
            if self.tag(b".") {
                let _ = self.digits();
                true
            } else {
                false
            }
        } else {
            self.tag(b".") && self.digits().is_some()
        };
        let ok = ok
            && std::str::from_utf8(&self.bytes[save..self.at])
                .ok()
                .and_then(|s| s.parse::<f32>().ok())
                .is_some();
        if !ok {
            self.at = save;
        }
        ok
    }

    fn integer(&mut self) -> Option<i64> {
        let save = self.at;
        self.sign();
        let value = self.digits().and_then(|_| {
            std::str::from_utf8(&self.bytes[save..self.at])
                .ok()?
                .parse()
                .ok()
        });
        if value.is_none() {
            self.at = save;
        }
        value
    }

    pub(super) fn name(&mut self) -> Option<Vec<u8>> {
        if !self.tag(b"/") {
            return None;
        }
        let mut name = Vec::new();
        loop {
            match self.peek() {
                Some(b'#') => {
                    let hex = self.bytes.get(self.at + 1..self.at + 3);
                    match hex
                        .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                        .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
                    {
                        Some(b) => {
                            name.push(b);
                            self.at += 3;
                        }
                        None => break,
                    }
                }
                Some(b) if is_regular(b) => {
                    name.push(b);
                    self.at += 1;
                }
                _ => break,
            }
        }
        Some(name)
    }

    /// A literal string's body after its `(`, to and including its `)`; nested parentheses
    /// at most `depth` deep.
    fn literal_body(&mut self, depth: usize) -> bool {
        loop {
            match self.peek() {
                None => return false,
                Some(b')') => {
                    self.at += 1;
                    return true;
                }
                Some(b'\\') => {
                    self.at += 1;
                    match self.peek() {
                        None => return false,
                        Some(b'0'..=b'7') => {
                            let mut n = 0;
                            while n < 3 && matches!(self.peek(), Some(b'0'..=b'7')) {
                                self.at += 1;
                                n += 1;
                            }
                        }
                        Some(_) => {
                            if !self.eol() {
                                self.at += 1;
                            }
                        }
                    }
                }
                Some(b'(') => {
                    if depth == 0 {
                        return false;
                    }
                    self.at += 1;
                    if !self.literal_body(depth - 1) {
                        return false;
                    }
                }
                Some(_) => self.at += 1,
            }
        }
    }

    fn hex_string(&mut self) -> bool {
        let save = self.at;
        if !self.tag(b"<") {
            return false;
        }
        loop {
            while self.peek().is_some_and(is_white) {
                self.at += 1;
            }
            match self.peek() {
                Some(b) if b.is_ascii_hexdigit() => self.at += 1,
                Some(b'>') => {
                    self.at += 1;
                    return true;
                }
                _ => {
                    self.at = save;
                    return false;
                }
            }
        }
    }

    /// A value and the space after it, at most `depth` levels of arrays and dictionaries
    /// deep (lopdf's `_direct_object`).
    fn element(&mut self, depth: usize) -> Option<Val> {
        if depth == 0 {
            return None;
        }
        let value = self.value(depth - 1)?;
        self.space();
        Some(value)
    }

    /// A value (lopdf's `_direct_objects`): the first of its alternatives that reads.
    pub(super) fn value(&mut self, depth: usize) -> Option<Val> {
        self.values += 1;
        if self.tag(b"null") {
            return Some(Val::Null);
        }
        if self.tag(b"true") || self.tag(b"false") {
            return Some(Val::Bool);
        }
        let save = self.at;
        if let Some((number, generation)) = self.object_id() {
            if self.tag(b"R") {
                return Some(Val::Ref(number, generation));
            }
            self.at = save;
        }
        if self.real() {
            return Some(Val::Real);
        }
        if let Some(i) = self.integer() {
            return Some(Val::Int(i));
        }
        if self.peek() == Some(b'/') {
            return self.name().map(Val::Name);
        }
        if self.peek() == Some(b'(') {
            self.at += 1;
            if self.literal_body(MAX_BRACKET) {
                return Some(Val::Str);
            }
            self.at = save;
            return None;
        }
        if self.hex_string() {
            return Some(Val::Str);
        }
        if self.tag(b"[") {
            // lopdf tries an element before the `]`: at the limit, even `[]` fails.
            if depth == 0 {
                self.at = save;
                return None;
            }
            self.space();
            let mut items = Vec::new();
            while !self.tag(b"]") {
                match self.element(depth) {
                    Some(v) => items.push(v),
                    None => {
                        self.at = save;
                        return None;
                    }
                }
            }
            return Some(Val::Array(items));
        }
        if self.rest().starts_with(b"<<") {
            return self.dictionary(depth).map(Val::Dict);
        }
        None
    }

    /// A dictionary (lopdf's `_dictionary`): `<<`, keys and values, `>>`.
    pub(super) fn dictionary(&mut self, depth: usize) -> Option<Dict> {
        let save = self.at;
        if !self.tag(b"<<") {
            return None;
        }
        self.space();
        let mut entries = Vec::new();
        loop {
            if self.tag(b">>") {
                return Some(Dict(entries));
            }
            let Some(key) = self.name() else {
                self.at = save;
                return None;
            };
            self.space();
            let Some(value) = self.element(depth) else {
                self.at = save;
                return None;
            };
            entries.push((key, value));
        }
    }

    /// A top-level dictionary, as the dictionary of a stream or a trailer is read.
    pub(super) fn top_dictionary(&mut self) -> Option<Dict> {
        self.values += 1;
        self.dictionary(MAX_NESTING)
    }

    /// A top-level value (an object in an object stream).
    pub(super) fn top_value(&mut self) -> Option<Val> {
        self.value(MAX_NESTING)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(Val, usize)> {
        let mut s = Syntax::new(text.as_bytes(), 0);
        s.top_value().map(|v| (v, s.at))
    }

    #[test]
    fn values_read_as_lopdf_reads_them() {
        assert_eq!(read("12 0 R"), Some((Val::Ref(12, 0), 6)));
        assert_eq!(read("12 0 S"), Some((Val::Int(12), 2)));
        assert_eq!(read("-.5"), Some((Val::Real, 3)));
        assert_eq!(
            read("/Flate#44ecode"),
            Some((Val::Name(b"FlateDecode".to_vec()), 14))
        );
        assert_eq!(read("(a(b)c\\)d)x"), Some((Val::Str, 10)));
        assert_eq!(read("<4 1>"), Some((Val::Str, 5)));
        let dict = read("<< /Type /ObjStm % a comment\n /N 2 /K [1 [2] << >>] >>").unwrap();
        let Val::Dict(d) = dict.0 else {
            panic!("{dict:?}")
        };
        assert_eq!(d.name(b"Type"), Some(&b"ObjStm"[..]));
        assert_eq!(d.int(b"N"), Some(2));
        // Nested a hundred deep, and no deeper.
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(read(&deep(100)).is_some());
        assert_eq!(read(&deep(101)), None);
        let strings = |n: usize| format!("{}{}", "(".repeat(n), ")".repeat(n));
        assert!(read(&strings(101)).is_some());
        assert_eq!(read(&strings(102)), None);
        // A comment needs its end of line; a string its closing parenthesis.
        assert_eq!(read("[1 %x"), None);
        assert_eq!(read("(abc"), None);
    }
}
