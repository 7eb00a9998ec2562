//! Cells run together with no separator ("898989"): read only when the table's own
//! identities leave exactly one way to split the digits.
//!
//! A printed count never starts with 0 unless it is 0, so each leading zero of a run is a
//! cell of its own: "00" is two cells, "007" three (0, 0, 7), and "0010" is 0, 0 and then
//! "10" like any other run (10, or 1 and 0).

/// The longest run of digits split, in all: past it a row is not split at all.
pub(crate) const MAX_DIGITS: usize = 48;

/// The ways to split `digits` into `n` numbers (no leading zero except a lone "0") that
/// satisfy `check`, at most `limit` of them; `None` when the search is too large to finish.
#[cfg(test)]
fn readings(
    digits: &str,
    n: usize,
    limit: usize,
    check: &dyn Fn(&[u64]) -> bool,
) -> Option<Vec<Vec<u64>>> {
    readings_of(&[digits], n, limit, check)
}

/// The ways to read `runs`, runs of digits printed apart (by spaces) in this order, as `n`
/// numbers that satisfy `check`: each run is one number or several run together, never
/// part of a number of the next run. At most `limit` readings; `None` when the search is
/// too large to finish.
///
/// `check` is asked of every start of a reading too (fewer than `n` numbers): it answers
/// `false` only when no reading that starts so can hold (a review block already complete
/// that does not add up), which keeps the search small.
pub(crate) fn readings_of(
    runs: &[&str],
    n: usize,
    limit: usize,
    check: &dyn Fn(&[u64]) -> bool,
) -> Option<Vec<Vec<u64>>> {
    let total: usize = runs.iter().map(|r| r.len()).sum();
    if n == 0
        || runs.is_empty()
        || runs.len() > n
        || total < n
        || total > MAX_DIGITS
        || runs
            .iter()
            .any(|r| r.is_empty() || !r.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    let mut parts = Vec::with_capacity(n);
    let mut walk = Walk {
        n,
        limit,
        check,
        budget: 2_000_000,
    };
    let runs: Vec<&[u8]> = runs.iter().map(|r| r.as_bytes()).collect();
    if !walk.run(&runs, 0, &mut parts, &mut out) {
        return None;
    }
    Some(out)
}

struct Walk<'c> {
    n: usize,
    limit: usize,
    check: &'c dyn Fn(&[u64]) -> bool,
    budget: u32,
}

impl Walk<'_> {
    /// Splits `runs[0][at..]` and the runs after it; `false` when the budget ran out.
    fn run(
        &mut self,
        runs: &[&[u8]],
        at: usize,
        parts: &mut Vec<u64>,
        out: &mut Vec<Vec<u64>>,
    ) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        let Some((first, after)) = runs.split_first() else {
            if parts.len() == self.n && (self.check)(parts) && out.len() < self.limit {
                out.push(parts.clone());
            }
            return true;
        };
        let rest = &first[at..];
        if rest.is_empty() {
            return self.run(after, 0, parts, out);
        }
        let left = self.n - parts.len();
        // Each run still to come needs a number of its own.
        if left < 1 + after.len() {
            return true;
        }
        let max_len = rest.len().min(16);
        for len in 1..=max_len {
            let piece = &rest[..len];
            if len > 1 && piece[0] == b'0' {
                break;
            }
            let value = piece.iter().fold(0u64, |v, d| v * 10 + u64::from(d - b'0'));
            parts.push(value);
            if parts.len() < self.n && !(self.check)(parts) {
                parts.pop();
                continue;
            }
            let finished = self.run(runs, at + len, parts, out);
            parts.pop();
            if !finished {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::{readings, readings_of};

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
        let total = |p: &[u64]| p.len() < 7 || p[..6].iter().sum::<u64>() == p[6];
        assert_eq!(
            readings("120000012", 7, 10, &total),
            Some(vec![vec![12, 0, 0, 0, 0, 0, 12]])
        );
        // without the identity "898989" in three cells has several readings
        assert_eq!(readings("898989", 3, 100, &|_| true).unwrap().len(), 10);
        // and no more than the limit asked for are kept, the first in order
        assert_eq!(
            readings("898989", 3, 2, &|_| true),
            Some(vec![vec![8, 9, 8989], vec![8, 98, 989]])
        );
    }

    #[test]
    fn each_leading_zero_is_a_cell_of_its_own() {
        let any = |_: &[u64]| true;
        assert_eq!(readings("00", 2, 10, &any), Some(vec![vec![0, 0]]));
        assert_eq!(readings("007", 3, 10, &any), Some(vec![vec![0, 0, 7]]));
        assert_eq!(readings("007", 2, 10, &any), Some(vec![]));
        assert_eq!(readings("0010", 4, 10, &any), Some(vec![vec![0, 0, 1, 0]]));
        assert_eq!(readings("0010", 3, 10, &any), Some(vec![vec![0, 0, 10]]));
    }

    #[test]
    fn runs_printed_apart_are_never_joined() {
        let any = |_: &[u64]| true;
        // "0 0 0 0 0 00": six runs, seven cells.
        assert_eq!(
            readings_of(&["0", "0", "0", "0", "0", "00"], 7, 10, &any),
            Some(vec![vec![0; 7]])
        );
        // "23 0 00 0 023": the zeros are cells, "023" is 0 and 23 or 0, 2 and 3.
        let total = |p: &[u64]| p.len() < 7 || p[..6].iter().sum::<u64>() == p[6];
        assert_eq!(
            readings_of(&["23", "0", "00", "0", "023"], 7, 10, &total),
            Some(vec![vec![23, 0, 0, 0, 0, 0, 23]])
        );
        // More runs than cells: no reading.
        assert_eq!(readings_of(&["1", "2", "3"], 2, 10, &any), Some(vec![]));
        // "12 3" in three cells: 1, 2, 3 only (12 and 3 are two numbers).
        assert_eq!(
            readings_of(&["12", "3"], 3, 10, &any),
            Some(vec![vec![1, 2, 3]])
        );
        // A review row "10 0 1 200 0 0 0 0 0 0 00" in 15 cells, blocks adding up.
        let blocks = |p: &[u64]| {
            (0..p.len() / 5).all(|b| p[b * 5..b * 5 + 4].iter().sum::<u64>() == p[b * 5 + 4])
        };
        assert_eq!(
            readings_of(
                &["10", "0", "1", "200", "0", "0", "0", "0", "0", "0", "00"],
                15,
                10,
                &blocks
            ),
            Some(vec![vec![1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
        );
    }

    #[test]
    fn a_long_row_is_bounded() {
        // 60 digits: past the limit, no reading, at once.
        assert_eq!(readings(&"1".repeat(60), 7, 10, &|_| true), Some(vec![]));
        // 48 ones into 15 cells, no start refuted: too many ways to try them all.
        assert_eq!(readings(&"1".repeat(48), 15, 10, &|p| p.len() < 15), None);
        // A start refuted is not searched further: the same row whose first number is
        // refuted (a review block's total, say) ends at once with no reading.
        assert_eq!(readings(&"1".repeat(48), 15, 10, &|_| false), Some(vec![]));
    }
}
