//! Decoding a stream's data as lopdf decodes it (`Stream::decompressed_content`: FlateDecode
//! with its fallback to raw deflate, LZWDecode, ASCII85Decode, and the PNG predictors), within
//! limits: no layer's output grows past a given size, nor past [`MAX_PDF_RATIO`] times the
//! data it came from once it is past [`RATIO_FLOOR`]. The limits are checked while the data
//! inflates, every 64 KiB of output, so a bomb is refused having inflated no more than that
//! past a limit.

use std::io::Read;

use flate2::read::{DeflateDecoder, ZlibDecoder};

use super::MAX_PDF_RATIO;

/// Output up to this size is never refused for its ratio: a short stream of repeated bytes
/// (a blank form, a run of zeros) may inflate far more than [`MAX_PDF_RATIO`] times.
pub(super) const RATIO_FLOOR: u64 = 1 << 20;

/// Output read between two checks of the limits.
const CHUNK: usize = 64 << 10;

/// A limit a stream's decoding passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Over {
    /// Its output passed the size allowed.
    Size,
    /// Its output passed [`MAX_PDF_RATIO`] times its input, past [`RATIO_FLOOR`].
    Ratio,
}

/// The PNG predictor of a stream's `DecodeParms`, as lopdf reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Predictor {
    pub(super) predictor: i64,
    pub(super) columns: i64,
    pub(super) colors: i64,
    pub(super) bits: i64,
}

/// How lopdf decodes a stream: its filters in order and its predictor, or `None` for the
/// filters when it keeps the data as it is (no `/Filter`, or one that is not a name or an
/// array of names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Plan {
    pub(super) filters: Option<Vec<Vec<u8>>>,
    pub(super) predictor: Option<Predictor>,
}

/// What decoding gives.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Decoded {
    /// The decoded bytes.
    Bytes(Vec<u8>),
    /// lopdf keeps the data as it is: no filter, or one it cannot decode (it fails, and its
    /// callers take the data undecoded).
    Raw,
}

/// Decodes `data` by `plan`, every layer's output at most `limit` bytes; `ratio` checks each
/// layer's output against its input as well.
pub(super) fn decode(plan: &Plan, data: &[u8], limit: u64, ratio: bool) -> Result<Decoded, Over> {
    let Some(filters) = &plan.filters else {
        return Ok(Decoded::Raw);
    };
    let mut input: std::borrow::Cow<'_, [u8]> = data.into();
    for filter in filters {
        let output = match filter.as_slice() {
            b"FlateDecode" => {
                let out = flate(&input, limit, ratio)?;
                match predict(out, plan.predictor, limit)? {
                    Some(out) => out,
                    None => return Ok(Decoded::Raw),
                }
            }
            b"LZWDecode" => {
                let out = lzw(&input, limit, ratio)?;
                match predict(out, plan.predictor, limit)? {
                    Some(out) => out,
                    None => return Ok(Decoded::Raw),
                }
            }
            b"ASCII85Decode" => match ascii85(&input, limit)? {
                Some(out) => out,
                None => return Ok(Decoded::Raw),
            },
            _ => return Ok(Decoded::Raw),
        };
        input = output.into();
    }
    Ok(Decoded::Bytes(input.into_owned()))
}

/// Checks a layer's output so far against the limits.
fn check(out: u64, input: u64, limit: u64, ratio: bool) -> Result<(), Over> {
    if out > limit {
        return Err(Over::Size);
    }
    if ratio && out > RATIO_FLOOR && out > input.saturating_mul(MAX_PDF_RATIO) {
        return Err(Over::Ratio);
    }
    Ok(())
}

/// Reads a decoder to its end or its first error (the output before an error is kept, as
/// lopdf keeps it), checking the limits every chunk against the input it has taken.
fn drain<R: Read>(
    mut reader: R,
    taken: impl Fn(&R) -> u64,
    out: &mut Vec<u8>,
    limit: u64,
    ratio: bool,
) -> Result<bool, Over> {
    let mut chunk = vec![0; CHUNK];
    loop {
        match reader.read(&mut chunk) {
            Ok(0) => return Ok(true),
            Ok(n) => {
                out.extend_from_slice(&chunk[..n]);
                check(out.len() as u64, taken(&reader), limit, ratio)?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Ok(false),
        }
    }
}

/// FlateDecode as lopdf does it: zlib, and when that fails before any output, raw deflate
/// from the third byte (a zlib header lopdf skips).
fn flate(input: &[u8], limit: u64, ratio: bool) -> Result<Vec<u8>, Over> {
    let mut out = Vec::new();
    if input.is_empty() {
        return Ok(out);
    }
    let ok = drain(
        ZlibDecoder::new(input),
        |d| d.total_in(),
        &mut out,
        limit,
        ratio,
    )?;
    if !ok && out.is_empty() && input.len() > 2 {
        drain(
            DeflateDecoder::new(&input[2..]),
            |d| d.total_in(),
            &mut out,
            limit,
            ratio,
        )?;
    }
    Ok(out)
}

/// LZWDecode as lopdf does it (weezl, most significant bit first, 9 to 12 bit codes, the code
/// width growing one code early): the output up to the end code or the first bad code.
fn lzw(input: &[u8], limit: u64, ratio: bool) -> Result<Vec<u8>, Over> {
    const CLEAR: usize = 256;
    const END: usize = 257;
    let mut out = Vec::new();
    // Each entry: the entry it extends (or none) and its last byte; and its length.
    let mut prefix: Vec<(u16, u8)> = Vec::with_capacity(4096);
    let mut length: Vec<u32> = Vec::with_capacity(4096);
    let reset = |prefix: &mut Vec<(u16, u8)>, length: &mut Vec<u32>| {
        prefix.clear();
        length.clear();
        for b in 0..=255u8 {
            prefix.push((u16::MAX, b));
            length.push(1);
        }
        prefix.push((u16::MAX, 0));
        prefix.push((u16::MAX, 0));
        length.extend([0, 0]);
    };
    reset(&mut prefix, &mut length);
    let mut width = 9u32;
    let mut previous: Option<usize> = None;
    let (mut buffer, mut bits, mut at) = (0u32, 0u32, 0usize);
    let mut checked = 0usize;
    let mut entry = Vec::new();
    loop {
        while bits < width {
            let Some(&b) = input.get(at) else {
                return Ok(out);
            };
            buffer = (buffer << 8) | u32::from(b);
            bits += 8;
            at += 1;
        }
        let code = ((buffer >> (bits - width)) & ((1 << width) - 1)) as usize;
        bits -= width;
        buffer &= (1 << bits) - 1;
        match code {
            CLEAR => {
                reset(&mut prefix, &mut length);
                width = 9;
                previous = None;
                continue;
            }
            END => return Ok(out),
            _ => {}
        }
        let next = prefix.len();
        let first_of = |code: usize, prefix: &[(u16, u8)]| {
            let mut c = code;
            while prefix[c].0 != u16::MAX {
                c = usize::from(prefix[c].0);
            }
            prefix[c].1
        };
        let known = code < next && code != CLEAR && code != END;
        let Some(prev) = previous else {
            if code >= 256 {
                return Ok(out);
            }
            out.push(code as u8);
            previous = Some(code);
            continue;
        };
        if !known && code != next {
            return Ok(out);
        }
        let first = if known {
            first_of(code, &prefix)
        } else {
            first_of(prev, &prefix)
        };
        if next < 4096 {
            prefix.push((prev as u16, first));
            length.push(length[prev] + 1);
        }
        // The entry's bytes, written from its end.
        entry.clear();
        let mut c = code;
        loop {
            entry.push(prefix[c].1);
            if prefix[c].0 == u16::MAX {
                break;
            }
            c = usize::from(prefix[c].0);
        }
        out.extend(entry.iter().rev());
        previous = Some(code);
        if prefix.len() + 1 >= 1 << width && width < 12 {
            width += 1;
        }
        if out.len() - checked >= CHUNK {
            checked = out.len();
            check(out.len() as u64, at as u64, limit, ratio)?;
        }
    }
}

/// ASCII85Decode as lopdf does it; `None` where lopdf fails.
fn ascii85(input: &[u8], limit: u64) -> Result<Option<Vec<u8>>, Over> {
    let body = match input.strip_suffix(b"~>") {
        Some(body) => body,
        None => input,
    };
    let mut out = Vec::new();
    let (mut buffer, mut count) = (0u32, 0usize);
    for &ch in body {
        if ch == b'z' {
            if count != 0 {
                return Ok(None);
            }
            out.extend_from_slice(&[0; 4]);
        } else if ch.is_ascii_whitespace() {
            continue;
        } else if !(b'!'..=b'u').contains(&ch) {
            break;
        } else {
            let Some(b) = buffer
                .checked_mul(85)
                .and_then(|b| b.checked_add(u32::from(ch - b'!')))
            else {
                return Ok(None);
            };
            buffer = b;
            count += 1;
            if count == 5 {
                out.extend_from_slice(&buffer.to_be_bytes());
                buffer = 0;
                count = 0;
            }
        }
        if out.len() as u64 > limit {
            return Err(Over::Size);
        }
    }
    if count > 0 {
        for _ in count..5 {
            let Some(b) = buffer.checked_mul(85).and_then(|b| b.checked_add(84)) else {
                return Ok(None);
            };
            buffer = b;
        }
        out.extend_from_slice(&buffer.to_be_bytes()[..count - 1]);
    }
    Ok(Some(out))
}

/// The PNG predictors (10 to 15) as lopdf undoes them: rows of `colors × bits / 8 ×
/// columns` bytes, each after a byte naming its filter. lopdf sets aside two rows before it
/// reads one, and they count against `limit`. `None` where lopdf fails.
fn predict(
    data: Vec<u8>,
    predictor: Option<Predictor>,
    limit: u64,
) -> Result<Option<Vec<u8>>, Over> {
    let Some(p) = predictor.filter(|p| (10..=15).contains(&p.predictor)) else {
        return Ok(Some(data));
    };
    let as_size = |v: i64| usize::try_from(v.max(1)).ok();
    let (Some(columns), Some(colors), Some(bits)) = (
        as_size(p.columns),
        as_size(p.colors),
        as_size(p.bits.max(8)),
    ) else {
        return Err(Over::Size);
    };
    let bpp = colors.checked_mul(bits).ok_or(Over::Size)? / 8;
    let row = bpp.checked_mul(columns).ok_or(Over::Size)?;
    if (row as u64).saturating_mul(2) > limit {
        return Err(Over::Size);
    }
    let mut previous = vec![0u8; row];
    let mut current = vec![0u8; row];
    let mut out = Vec::with_capacity(data.len());
    let mut at = 0;
    while at < data.len() {
        let filter = data[at];
        if filter > 4 {
            return Ok(None);
        }
        at += 1;
        let Some(bytes) = data.get(at..at + row) else {
            return Ok(None);
        };
        current.copy_from_slice(bytes);
        at += row;
        let len = current.len();
        let bpp = bpp.min(len);
        match filter {
            1 => {
                for i in bpp..len {
                    current[i] = current[i].wrapping_add(current[i - bpp]);
                }
            }
            2 => {
                for i in 0..len {
                    current[i] = current[i].wrapping_add(previous[i]);
                }
            }
            3 => {
                for i in 0..bpp {
                    current[i] = current[i].wrapping_add(previous[i] / 2);
                }
                for i in bpp..len {
                    current[i] = current[i].wrapping_add(
                        (i16::from(current[i - bpp]) + i16::from(previous[i]) / 2) as u8,
                    );
                }
            }
            4 => {
                let paeth = |left: u8, above: u8, upper_left: u8| {
                    let (l, a, u) = (i16::from(left), i16::from(above), i16::from(upper_left));
                    let estimate = l + a - u;
                    let (dl, da, du) = (
                        (estimate - l).abs(),
                        (estimate - a).abs(),
                        (estimate - u).abs(),
                    );
                    if dl <= da && dl <= du {
                        left
                    } else if da <= du {
                        above
                    } else {
                        upper_left
                    }
                };
                for i in 0..bpp {
                    current[i] = current[i].wrapping_add(paeth(0, previous[i], 0));
                }
                for i in bpp..len {
                    current[i] = current[i].wrapping_add(paeth(
                        current[i - bpp],
                        previous[i],
                        previous[i - bpp],
                    ));
                }
            }
            _ => {}
        }
        out.extend_from_slice(&current);
        std::mem::swap(&mut previous, &mut current);
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::ZlibEncoder;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn plan(filters: &[&str]) -> Plan {
        Plan {
            filters: Some(filters.iter().map(|f| f.as_bytes().to_vec()).collect()),
            predictor: None,
        }
    }

    #[test]
    fn flate_decodes_as_lopdf_and_stops_at_its_limits() {
        let text = b"BT /F1 12 Tf (hello) Tj ET\n".repeat(100);
        let z = zlib(&text);
        let flate = plan(&["FlateDecode"]);
        assert_eq!(
            decode(&flate, &z, 1 << 20, true),
            Ok(Decoded::Bytes(text.clone()))
        );
        assert_eq!(decode(&flate, &z, 100, true), Err(Over::Size));
        // Raw deflate after a bad zlib header, as lopdf falls back to it.
        let mut bad = z.clone();
        bad[0] = 0;
        assert_eq!(
            decode(&flate, &bad, 1 << 20, true),
            Ok(Decoded::Bytes(text.clone()))
        );
        // Twice compressed, twice decoded.
        let twice = plan(&["FlateDecode", "FlateDecode"]);
        assert_eq!(
            decode(&twice, &zlib(&z), 1 << 20, true),
            Ok(Decoded::Bytes(text))
        );
        // A bomb: refused for its ratio once past a mebibyte, long before its size.
        let zeros = zlib(&vec![0; 16 << 20]);
        assert_eq!(decode(&flate, &zeros, 64 << 20, true), Err(Over::Ratio));
        assert_eq!(
            decode(&flate, &zeros, 64 << 20, false),
            Ok(Decoded::Bytes(vec![0; 16 << 20]))
        );
        // No filter, or one lopdf lacks: the data as it is.
        assert_eq!(decode(&Plan::default(), b"abc", 1, true), Ok(Decoded::Raw));
        assert_eq!(
            decode(&plan(&["DCTDecode"]), b"abc", 1, true),
            Ok(Decoded::Raw)
        );
    }

    #[test]
    fn lzw_and_ascii85_decode_as_the_standard_says() {
        // The example of the PDF reference (7.4.4.2): "-----A---B" as LZW.
        let lzw_bytes = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];
        assert_eq!(
            decode(&plan(&["LZWDecode"]), &lzw_bytes, 1 << 20, true),
            Ok(Decoded::Bytes(b"-----A---B".to_vec()))
        );
        assert_eq!(
            decode(
                &plan(&["ASCII85Decode"]),
                b"87cURD]i,\"Ebo80~>",
                1 << 20,
                true
            ),
            Ok(Decoded::Bytes(b"Hello World!".to_vec()))
        );
        assert_eq!(
            decode(&plan(&["ASCII85Decode"]), b"zz", 5, true),
            Err(Over::Size)
        );
    }

    #[test]
    fn png_predictors_are_undone_and_their_rows_count() {
        // Two rows of 3 bytes, the second "up" from the first.
        let data = [0, 1, 2, 3, 2, 1, 1, 1];
        let p = Predictor {
            predictor: 12,
            columns: 3,
            colors: 1,
            bits: 8,
        };
        assert_eq!(
            predict(data.to_vec(), Some(p), 100),
            Ok(Some(vec![1, 2, 3, 2, 3, 4]))
        );
        // A row too wide to set aside is refused before anything is.
        let wide = Predictor {
            columns: 1 << 40,
            ..p
        };
        assert_eq!(
            predict(data.to_vec(), Some(wide), 64 << 20),
            Err(Over::Size)
        );
        // A bad filter byte: lopdf fails.
        assert_eq!(predict(vec![9, 0, 0, 0], Some(p), 100), Ok(None));
    }
}
