//! Stage 3, placement: each strategy proposes cells for a row's values. By grid column
//! (`assign`), by position under the header (`by_position`, `by_x`), by count in order, or by
//! splitting a run of digits the one way the row's identities allow (`split_run`).

use super::*;

impl<'i> RowReader<'_, 'i> {
    /// Values to cells: by grid position when the header gives one, else by count.
    pub(super) fn assign(&mut self, open: &Open<'i>, addresses: &[CellAddress]) -> Placed<'i> {
        let n = addresses.len();
        let values = &open.values;
        // One run of digits for several cells.
        let filled: Vec<&Item> = values.iter().filter(|v| v.kind != Kind::Empty).collect();
        // A value standing alone is a run of cells only when nothing sets it apart as one
        // cell (a grid column, a position) and it cannot be one count ("000"): "949" for
        // three cells is one number with two blank cells as much as three numbers.
        // (Asked only when n > 1: a run is then at least two digits.)
        let standalone_run = |v: &Item| {
            v.text.len() >= n
                && v.text.bytes().all(|b| b.is_ascii_digit())
                && v.text.starts_with('0')
                && v.col.is_none()
                && v.x.is_none()
                && values.len() < n
        };
        if n > 1 && filled.len() == 1 && (filled[0].kind == Kind::Run || standalone_run(filled[0]))
        {
            return self.split_run(&filled, addresses);
        }
        // Runs of digits apart by spaces on one line, in a row with identities (crawled
        // text: "0 0 0 0 0 00", "23 0 00 0 023"): too few for the cells, or holding a
        // leading zero, which is a cell of its own. Each run is one number or several run
        // together; the row's identities decide, as for one run. A lone number is a run only
        // with a digit for every cell: no cell of part 三 holds a seven-digit count.
        let digits = |v: &&Item| {
            matches!(v.kind, Kind::Value | Kind::Run)
                && !v.text.is_empty()
                && value::folded(&v.text).bytes().all(|b| b.is_ascii_digit())
        };
        let digit_count: usize = filled.iter().map(|v| v.text.len()).sum();
        if n > 1
            && (filled.len() > 1 || digit_count >= n)
            && filled.len() == values.len()
            && has_identities(addresses)
            && filled.iter().all(digits)
            && filled
                .iter()
                .all(|v| v.col.is_none() && v.x.is_none() && v.line == filled[0].line)
            && (filled.len() < n
                || filled
                    .iter()
                    .any(|v| v.text.len() > 1 && value::folded(&v.text).starts_with('0')))
        {
            return self.split_run(&filled, addresses);
        }
        if let Some(by_position) = self.by_position(open, addresses) {
            return by_position;
        }
        if values.len() == n {
            return addresses
                .iter()
                .zip(values)
                .map(|(at, v)| (*at, v.text.clone(), v.range.clone()))
                .collect();
        }
        let first = values.iter().position(|v| v.kind != Kind::Empty);
        let last = values.iter().rposition(|v| v.kind != Kind::Empty);
        let (Some(first), Some(last)) = (first, last) else {
            // Nothing printed: every cell blank.
            return addresses
                .iter()
                .map(|at| (*at, Cow::Borrowed(""), open.label.clone()))
                .collect();
        };
        let run = &values[first..=last];
        // More values than cells, the first of them filling the row on one line: the row
        // prints extra cells, in no column of the table, and they are stray. Spread over
        // lines (one value a line, as plain `pdftotext` gives it), which of them are the
        // row's cannot be told: ambiguous.
        let one_line = run.iter().take(n).all(|v| v.line == run[0].line);
        if run.len() == n || run.len() > n && one_line {
            let pointer = pointer_of_row(addresses[0]);
            for stray in &run[n..] {
                if stray.kind != Kind::Empty {
                    self.stray_cell(&pointer, stray);
                }
            }
            return addresses
                .iter()
                .zip(run)
                .map(|(at, v)| (*at, v.text.clone(), v.range.clone()))
                .collect();
        }
        if values.len() >= n && first == 0 && run.len() < n {
            // The run opens the row and only empty cells follow it: they are the row's blanks.
            return addresses
                .iter()
                .zip(values)
                .map(|(at, v)| (*at, v.text.clone(), v.range.clone()))
                .collect();
        }
        let printed: Vec<&str> = run.iter().map(|v| v.text.as_ref()).collect();
        let (zh_kind, en_kind) = if values.len() < n {
            ("仅有", "only")
        } else {
            ("有", "")
        };
        self.sink.finding_at(
            Rule::ParseRowAmbiguous,
            Some(pointer_of_row(addresses[0])),
            &open.label,
            format!("本行{zh_kind}{}个值（{}），无法确定各属哪一列，本行单元格留空", run.len(), printed.join("、")),
            format!("the row has {en_kind} {} values ({}) for {n} cells and their columns cannot be told; its cells are left blank", run.len(), printed.join(", ")).replace("  ", " "),
        );
        addresses
            .iter()
            .map(|at| (*at, Cow::Borrowed(""), open.label.clone()))
            .collect()
    }

    pub(super) fn by_position(
        &self,
        open: &Open<'i>,
        addresses: &[CellAddress],
    ) -> Option<Placed<'i>> {
        if open.values.iter().any(|v| v.x.is_some()) {
            return self.by_x(open, addresses);
        }
        let anchors: Vec<(u32, CellAddress)> = match addresses.first()? {
            CellAddress::Requests(..) => {
                let mut a = Vec::new();
                for at in addresses {
                    let CellAddress::Requests(_, column) = at else {
                        return None;
                    };
                    let col = self
                        .header
                        .applicant_anchors
                        .iter()
                        .find(|(_, c)| *c == column)
                        .map(|(col, _)| *col)?;
                    a.push((col, *at));
                }
                a
            }
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..) => {
                if self.header.column_col.len() != addresses.len() {
                    return None;
                }
                self.header
                    .column_col
                    .iter()
                    .copied()
                    .zip(addresses.iter().copied())
                    .collect()
            }
            CellAddress::Review(..) => {
                if self.header.review_anchors.len() != addresses.len() {
                    return None;
                }
                self.header
                    .review_anchors
                    .iter()
                    .copied()
                    .zip(addresses.iter().copied())
                    .collect()
            }
        };
        let mut distinct: Vec<u32> = anchors.iter().map(|(c, _)| *c).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() != anchors.len() {
            return None;
        }
        let mut cells: Placed<'i> = anchors
            .iter()
            .map(|(_, at)| (*at, Cow::Borrowed(""), open.label.clone()))
            .collect();
        let mut any = false;
        for v in &open.values {
            let col = v.col?;
            let slot = anchors.iter().position(|(c, _)| *c == col);
            match (slot, &v.kind) {
                (Some(i), _) => {
                    if v.kind != Kind::Empty {
                        any = true;
                    }
                    cells[i].1 = v.text.clone();
                    cells[i].2 = v.range.clone();
                }
                (None, Kind::Empty) => {}
                (None, _) => return None,
            }
        }
        // Every anchor must be backed by a printed cell.
        let cols: Vec<u32> = open.values.iter().filter_map(|v| v.col).collect();
        if !any || !anchors.iter().all(|(c, _)| cols.contains(c)) {
            return None;
        }
        Some(cells)
    }

    /// Keeps where a request row printing a value in every column, on one line, put each.
    pub(super) fn note_full_row(&mut self, open: &Open<'i>, addresses: &[CellAddress]) {
        let printed: Vec<&Item<'i>> = open
            .values
            .iter()
            .filter(|v| v.kind != Kind::Empty)
            .collect();
        if printed.len() != addresses.len()
            || printed
                .iter()
                .any(|v| v.x.is_none() || v.line != printed[0].line)
        {
            return;
        }
        let columns: Option<Vec<(u32, ApplicantColumn)>> = printed
            .iter()
            .zip(addresses)
            .map(|(v, at)| match (v.x, at) {
                (Some(x), CellAddress::Requests(_, c)) => Some((center(x), *c)),
                _ => None,
            })
            .collect();
        if let Some(columns) = columns {
            self.header.full_row_x = columns;
        }
    }

    /// Values to cells by the centres of the header labels over them (text laid out with
    /// spaces). `None` unless every value stands clearly under one header, one per header.
    pub(super) fn by_x(&self, open: &Open<'i>, addresses: &[CellAddress]) -> Option<Placed<'i>> {
        let mut anchors: Vec<(u32, CellAddress)> = match addresses.first()? {
            CellAddress::Requests(..) => {
                // Header labels set one space apart ("科研机 社会公益组 法律服务机") were
                // packed together by the text's layout and stand apart from the columns
                // they head: without a full row to check them against, they place nothing.
                let mut spans: Vec<(u32, u32)> =
                    self.header.applicant_x.iter().map(|(x, _)| *x).collect();
                spans.sort_unstable();
                let packed = spans.windows(2).any(|w| w[1].0 <= w[0].1 + 1);
                if packed && self.header.full_row_x.is_empty() {
                    return None;
                }
                addresses
                    .iter()
                    .map(|at| {
                        let CellAddress::Requests(_, column) = at else {
                            return None;
                        };
                        self.header
                            .applicant_x
                            .iter()
                            .find(|(_, c)| c == column)
                            .map(|(x, _)| (center(*x), *at))
                    })
                    .collect::<Option<_>>()?
            }
            CellAddress::Review(..) if self.header.review_x.len() == addresses.len() => {
                // Headers packed one space apart place nothing, as above; a review table has
                // a single row, with no full row to check them against.
                if self
                    .header
                    .review_x
                    .windows(2)
                    .any(|w| w[1].0 <= w[0].1 + 1)
                {
                    return None;
                }
                self.header
                    .review_x
                    .iter()
                    .map(|x| center(*x))
                    .zip(addresses.iter().copied())
                    .collect()
            }
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..)
                if self.header.column_x.len() == addresses.len() =>
            {
                self.header
                    .column_x
                    .iter()
                    .map(|(x, _)| *x)
                    .zip(addresses.iter().copied())
                    .collect()
            }
            _ => return None,
        };
        anchors.sort_by_key(|(x, _)| *x);
        if anchors.windows(2).any(|w| w[0].0 == w[1].0) {
            return None;
        }
        let reach = |k: usize| -> u32 {
            let left = k.checked_sub(1).map(|j| anchors[k].0 - anchors[j].0);
            let right = anchors.get(k + 1).map(|a| a.0 - anchors[k].0);
            match (left, right) {
                (Some(l), Some(r)) => l.min(r) / 2,
                (Some(d), None) | (None, Some(d)) => d / 2,
                (None, None) => u32::MAX,
            }
        };
        let mut cells: Placed<'i> = addresses
            .iter()
            .map(|at| (*at, Cow::Borrowed(""), open.label.clone()))
            .collect();
        let mut filled = vec![false; anchors.len()];
        for v in open.values.iter().filter(|v| v.kind != Kind::Empty) {
            let c = center(v.x?);
            let (k, (x, at)) = anchors
                .iter()
                .enumerate()
                .min_by_key(|(_, (x, _))| x.abs_diff(c))?;
            if x.abs_diff(c) > reach(k) || filled[k] {
                return None;
            }
            // A value about as near the next header as its own (a number set flush right,
            // under headers set in the middle) stands under neither for certain.
            let second = anchors
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != k)
                .map(|(_, (x, _))| x.abs_diff(c))
                .min()
                .unwrap_or(u32::MAX);
            if second != u32::MAX && x.abs_diff(c) * 5 > second * 3 {
                return None;
            }
            // Where a full row put its values, the nearest of them must be in the same
            // column: else the header stands apart from the values it heads.
            if let CellAddress::Requests(_, column) = at {
                let nearest = self
                    .header
                    .full_row_x
                    .iter()
                    .min_by_key(|(x, _)| x.abs_diff(c));
                if nearest.is_some_and(|(_, full)| full != column) {
                    return None;
                }
            }
            filled[k] = true;
            let slot = addresses.iter().position(|a| a == at)?;
            cells[slot].1 = v.text.clone();
            cells[slot].2 = v.range.clone();
        }
        Some(cells)
    }

    /// Splits the runs of digits of a row (one run, or runs printed apart by spaces) into its
    /// cells the one way the row's identities allow; a row of part 三 with several readings
    /// waits for the columns' identities ([`RowReader::settle_runs_by_columns`]).
    pub(super) fn split_run(
        &mut self,
        runs: &[&Item<'i>],
        addresses: &[CellAddress],
    ) -> Placed<'i> {
        let n = addresses.len();
        let run = runs[0];
        let folded: Vec<String> = runs.iter().map(|r| value::folded(&r.text)).collect();
        let printed: Vec<&str> = folded.iter().map(String::as_str).collect();
        let digits = printed.join(" ");
        let text = runs
            .iter()
            .map(|r| r.text.as_ref())
            .collect::<Vec<_>>()
            .join(" ");
        let range = run.range.start..runs[runs.len() - 1].range.end.max(run.range.end);
        let total_at = addresses
            .iter()
            .position(|a| matches!(a, CellAddress::Requests(_, ApplicantColumn::Total)));
        let categories: Vec<usize> = addresses
            .iter()
            .enumerate()
            .filter(|(_, a)| matches!(a, CellAddress::Requests(_, c) if ApplicantColumn::CATEGORIES.contains(c)))
            .map(|(i, _)| i)
            .collect();
        let review = matches!(addresses[0], CellAddress::Review(..));
        // Asked of every start of a reading: a review block is checked once complete, a
        // row's total once the row is.
        let check = |p: &[u64]| -> bool {
            if let Some(t) = total_at {
                if p.len() == n
                    && categories.len() == 6
                    && categories.iter().map(|i| p[*i]).sum::<u64>() != p[t]
                {
                    return false;
                }
            }
            if review && n == 15 {
                for b in 0..p.len() / 5 {
                    if p[b * 5..b * 5 + 4].iter().sum::<u64>() != p[b * 5 + 4] {
                        return false;
                    }
                }
            }
            true
        };
        let searched = readings_of(&printed, n, MAX_READINGS + 1, &check);
        let too_many = searched
            .as_ref()
            .is_some_and(|list| list.len() > MAX_READINGS);
        let found = searched.filter(|list| list.len() <= MAX_READINGS);
        let pointer = pointer_of_row(addresses[0]);
        // With no identity to hold (part 二), one reading into as many numbers as cells is
        // not enough: the digits may be fewer numbers, the other cells blank ("949" for
        // three cells is 9, 4 and 9, or 949).
        let identity = total_at.is_some() && categories.len() == 6 || review && n == 15;
        let fewer = if identity {
            None
        } else {
            (1..n).find_map(|k| {
                readings_of(&printed, k, 1, &|_| true).and_then(|r| r.into_iter().next())
            })
        };
        match found.as_deref() {
            Some([one]) if fewer.is_none() => {
                let shown: Vec<String> = one.iter().map(u64::to_string).collect();
                // The row's own identities proved the reading when the digits read another
                // way without them; else their count alone did.
                let several =
                    readings_of(&printed, n, 2, &|_| true).is_some_and(|all| all.len() > 1);
                let (zh_how, en_how) = if several {
                    (
                        "只有一种符合本表勾稽关系的读法".to_owned(),
                        "have one reading that the table's identities allow".to_owned(),
                    )
                } else {
                    (
                        format!("只能读作{n}个数"),
                        format!("read one way only as {n} numbers"),
                    )
                };
                self.sink.finding_at(
                    Rule::ParseDigitsSplit,
                    Some(pointer),
                    &range,
                    format!("连写的数字「{}」{zh_how}：{}", digits, shown.join("、")),
                    format!(
                        "the run-together digits {digits:?} {en_how}: {}",
                        shown.join(", ")
                    ),
                );
                let proof = match (several, review) {
                    (false, _) => Vec::new(),
                    (true, true) => vec![Rule::ReviewLitigationBlockTotal],
                    (true, false) => vec![Rule::RequestsRowTotal],
                };
                for r in runs {
                    self.evidence
                        .placements
                        .push((r.range.start, Placement::Split));
                    self.evidence.proofs.push((r.range.start, proof.clone()));
                }
                addresses
                    .iter()
                    .zip(shown)
                    .zip(source_ranges(runs, &printed, one))
                    .map(|((at, s), range)| (*at, Cow::Owned(s), range))
                    .collect()
            }
            other => {
                let (zh, en) = match other {
                    Some([_]) => {
                        let shown: Vec<String> =
                            fewer.iter().flatten().map(u64::to_string).collect();
                        (
                            format!("也可读作{}，其余单元格空白", shown.join("、")),
                            format!(
                                "it also reads as {} with the other cells blank",
                                shown.join(", ")
                            ),
                        )
                    }
                    None if too_many => (
                        format!("读法超过{MAX_READINGS}种，不再穷举"),
                        format!("more than {MAX_READINGS} readings, which are not tried"),
                    ),
                    None => (
                        "拆分的尝试超过上限，未再穷举".to_owned(),
                        "the ways to split it passed the search's budget, and were not all tried"
                            .to_owned(),
                    ),
                    Some([]) => (
                        "没有符合本表勾稽关系的读法".to_owned(),
                        "no reading the table's identities allow".to_owned(),
                    ),
                    Some(list) => {
                        let shown: Vec<String> = list
                            .iter()
                            .take(10)
                            .map(|r| r.iter().map(u64::to_string).collect::<Vec<_>>().join("/"))
                            .collect();
                        let more = if list.len() > 10 { "…" } else { "" };
                        (
                            format!("可能的读法：{}{more}", shown.join("；")),
                            format!("readings that remain: {}{more}", shown.join("; ")),
                        )
                    }
                };
                let message = (
                    format!(
                        "连写的数字「{}」无法唯一拆分到{n}个单元格，按原文保留；{zh}",
                        self::zh(&digits)
                    ),
                    format!(
                        "the run-together digits {:?} cannot be split into {n} cells one way only and are kept raw; {en}",
                        self::en(&digits)
                    ),
                );
                // A part 三 row's readings under its total: the columns' identities may
                // leave one, once the whole table is read (see `settle_runs_by_columns`).
                if let Some(list) = other.filter(|l| identity && !review && l.len() >= 2) {
                    let sources = list
                        .iter()
                        .map(|reading| source_ranges(runs, &printed, reading))
                        .collect();
                    self.evidence.ambiguous.push(Ambiguous {
                        addresses: addresses.to_vec(),
                        readings: list.to_vec(),
                        sources,
                        starts: runs.iter().map(|r| r.range.start).collect(),
                        text,
                        range: range.clone(),
                        pointer,
                        message,
                    });
                    return addresses
                        .iter()
                        .map(|at| (*at, Cow::Borrowed(""), range.clone()))
                        .collect();
                }
                self.sink.finding_at(
                    Rule::ParseAmbiguousDigits,
                    Some(pointer),
                    &range,
                    message.0,
                    message.1,
                );
                // The digits as printed: no cell's number, so every cell of the row is raw.
                self.evidence.raw_runs.insert(range.start);
                addresses
                    .iter()
                    .map(|at| (*at, Cow::Owned(text.clone()), range.clone()))
                    .collect()
            }
        }
    }
}

/// The most readings of a row kept for the columns' identities to choose from.
pub(super) const MAX_READINGS: usize = 64;

/// Whether a row's cells have identities of their own: a part 三 row's total over its six
/// applicant categories, or the review row's three blocks.
pub(super) fn has_identities(addresses: &[CellAddress]) -> bool {
    let review = addresses.len() == 15 && matches!(addresses[0], CellAddress::Review(..));
    let total = addresses
        .iter()
        .any(|a| matches!(a, CellAddress::Requests(_, ApplicantColumn::Total)));
    let categories = addresses
        .iter()
        .filter(
            |a| matches!(a, CellAddress::Requests(_, c) if ApplicantColumn::CATEGORIES.contains(c)),
        )
        .count();
    review || total && categories == 6
}

/// Where each number of a reading was printed: the range of the run it is part of.
pub(super) fn source_ranges(
    runs: &[&Item<'_>],
    printed: &[&str],
    reading: &[u64],
) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(reading.len());
    let mut numbers = reading.iter();
    for (run, digits) in runs.iter().zip(printed) {
        let mut used = 0;
        while used < digits.len() {
            let Some(n) = numbers.next() else {
                break;
            };
            used += n.to_string().len();
            out.push(run.range.clone());
        }
    }
    out
}

pub(super) fn center((x0, x1): (u32, u32)) -> u32 {
    (x0 + x1) / 2
}

#[cfg(test)]
mod tests {
    use super::center;

    #[test]
    fn a_span_is_placed_at_its_middle_column() {
        assert_eq!(center((10, 20)), 15);
        assert_eq!(center((10, 21)), 15);
        assert_eq!(center((0, 0)), 0);
        assert_eq!(center((7, 8)), 7);
    }
}
