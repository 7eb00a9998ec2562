//! Cells run together with no separator ("898989"): read only when the table's own
//! identities leave exactly one way to split the digits.

/// The ways to split `digits` into `n` numbers (no leading zero except a lone "0") that
/// satisfy `check`, at most `limit` of them; `None` when the search is too large to finish.
pub(crate) fn readings(
    digits: &str,
    n: usize,
    limit: usize,
    check: &dyn Fn(&[u64]) -> bool,
) -> Option<Vec<Vec<u64>>> {
    let bytes = digits.as_bytes();
    if n == 0 || bytes.len() < n || bytes.len() > 48 || !bytes.iter().all(u8::is_ascii_digit) {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    let mut parts = Vec::with_capacity(n);
    let mut budget: u32 = 2_000_000;
    if !walk(bytes, n, &mut parts, &mut out, limit, check, &mut budget) {
        return None;
    }
    Some(out)
}

fn walk(
    rest: &[u8],
    n: usize,
    parts: &mut Vec<u64>,
    out: &mut Vec<Vec<u64>>,
    limit: usize,
    check: &dyn Fn(&[u64]) -> bool,
    budget: &mut u32,
) -> bool {
    if *budget == 0 {
        return false;
    }
    *budget -= 1;
    let left = n - parts.len();
    if left == 0 {
        if rest.is_empty() && check(parts) && out.len() < limit {
            out.push(parts.clone());
        }
        return true;
    }
    if rest.len() < left {
        return true;
    }
    let max_len = (rest.len() - (left - 1)).min(16);
    for len in 1..=max_len {
        let piece = &rest[..len];
        if len > 1 && piece[0] == b'0' {
            break;
        }
        let value = piece.iter().fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
        parts.push(value);
        let finished = walk(&rest[len..], n, parts, out, limit, check, budget);
        parts.pop();
        if !finished {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::readings;

    #[test]
    fn too_few_or_too_many_digits_have_no_reading() {
        assert_eq!(readings("12", 3, 10, &|_| true), Some(vec![]));
        assert_eq!(readings(&"1".repeat(49), 2, 10, &|_| true), Some(vec![]));
        // More than 48 digits are never split, even into cells enough to hold them.
        assert_eq!(readings(&"1".repeat(49), 7, 10, &|_| true), Some(vec![]));
        assert_eq!(
            readings(&"1".repeat(48), 3, 10, &|_| true),
            Some(vec![vec![1_111_111_111_111_111; 3]])
        );
        assert_eq!(readings("", 0, 10, &|_| true), Some(vec![]));
        assert_eq!(readings("1a2", 2, 10, &|_| true), Some(vec![]));
    }

    #[test]
    fn one_digit_per_cell_has_one_reading() {
        assert_eq!(readings("000", 3, 10, &|_| true), Some(vec![vec![0, 0, 0]]));
    }

    #[test]
    fn a_row_total_narrows_the_readings() {
        // natural person 12, five organisations 0, total 12: "12000000" + "12"
        let total = |p: &[u64]| p[..6].iter().sum::<u64>() == p[6];
        assert_eq!(
            readings("120000012", 7, 10, &total),
            Some(vec![vec![12, 0, 0, 0, 0, 0, 12]])
        );
        // without the identity "898989" in three cells has several readings
        assert_eq!(readings("898989", 3, 100, &|_| true).unwrap().len(), 10);
    }
}
