//! Stage 4, settle: the one place that decides which proposed cells are committed. A value
//! placed by inference (count in stream order, values deferred to a later label, rows of
//! values apart from their labels) is committed only where the table's identities confirm
//! it; otherwise its cells are left blank with a finding that quotes the values.

use super::*;
use crate::layout::CellRef;

impl<'i> RowReader<'_, 'i> {
    /// Plain `pdftotext` can print the labels of rows that share a line with their group's
    /// label after the table ("（三）不予公开 4.保护第三方合法权益"), while their values stay
    /// in place, after the row before them. When a row closes with exactly k more whole rows
    /// of values, and the k rows that follow it in the table were not read, the surplus is
    /// kept for them, a row's worth each, in the table's order. Each takes its values only
    /// when its own label turns up later with no values of its own; whatever is not taken by
    /// the end of the part is reported as stray cells, as it would be without this.
    pub(super) fn defer_surplus(
        &mut self,
        row: RequestRow,
        open: &mut Open<'i>,
        addresses: &[CellAddress],
    ) {
        let n = addresses.len();
        let values = &open.values;
        if n == 0
            || values.len() <= n
            || values.len() % n != 0
            || values.iter().any(|v| v.kind != Kind::Value)
        {
            return;
        }
        let Some(from) = RequestRow::ALL.iter().position(|x| *x == row) else {
            return;
        };
        // The row before stood with no values: the surplus may as well be its values, and
        // the row's own those of the row after it. Which, the text does not tell.
        if from
            .checked_sub(1)
            .is_some_and(|before| self.apart.bare_rows.contains(&RequestRow::ALL[before]))
        {
            return;
        }
        let Some(following) = RequestRow::ALL.get(from + 1..from + values.len() / n) else {
            return;
        };
        if following.iter().any(|r| {
            self.seen.contains(&Target::Request(RequestLine::Row(*r)))
                || self.apart.deferred.iter().any(|(d, ..)| d == r)
        }) {
            return;
        }
        let pointer = pointer_of_row(addresses[0]);
        let mut surplus = open.values.split_off(n).into_iter();
        for r in following {
            let chunk: Vec<Item<'i>> = surplus.by_ref().take(n).collect();
            self.apart.deferred.push((*r, chunk, pointer.clone()));
        }
    }

    /// Settles the lines of grid values that stood with no label of their own. Their order
    /// is no proof of whose they are, and the column identities cannot tell two orders apart
    /// (a sum does not change when its terms change places). What is proven: when exactly as
    /// many whole rows of values stand apart as the table has rows with no values on their
    /// label's line, each of those rows holds one of them. A cell on which all those value
    /// rows agree (a column of zeros) has that value whatever the order, and is committed;
    /// every other cell of those rows is left blank, with `parse.row_ambiguous` quoting the
    /// values it could hold. A line that is not a whole row is reported as stray.
    pub(super) fn settle_apart(&mut self) {
        let lines = std::mem::take(&mut self.apart.apart_values);
        if lines.is_empty() {
            return;
        }
        let rows: Vec<RequestRow> = RequestRow::ALL
            .iter()
            .copied()
            .filter(|r| !self.apart.grid_rows.contains(r))
            .collect();
        let Some(&first) = rows.first() else {
            for line in &lines {
                for v in line.iter().filter(|v| v.kind != Kind::Empty) {
                    self.outside_cell(v);
                }
            }
            return;
        };
        let width = self.columns(Target::Request(RequestLine::Row(first))).len();
        let mut whole: Vec<Vec<&Item<'i>>> = Vec::new();
        for line in &lines {
            let printed: Vec<&Item<'i>> = line.iter().filter(|v| v.kind != Kind::Empty).collect();
            if printed.len() == width && printed.iter().all(|v| v.kind == Kind::Value) {
                whole.push(printed);
            } else {
                for v in printed {
                    self.outside_cell(v);
                }
            }
        }
        let settled = !whole.is_empty() && whole.len() == rows.len();
        let agreed: Vec<Option<(&str, Range<usize>)>> = (0..width)
            .map(|k| {
                let text = whole.first()?[k].text.as_ref();
                (settled && whole.iter().all(|w| w[k].text == text))
                    .then(|| (text, whole[0][k].range.clone()))
            })
            .collect();
        let unsure: Vec<usize> = (0..width).filter(|k| agreed[*k].is_none()).collect();
        let mut values: Vec<&str> = unsure
            .iter()
            .flat_map(|k| whole.iter().map(move |w| w[*k].text.as_ref()))
            .collect();
        values.sort_unstable();
        values.dedup();
        let values = values.join("、");
        for &row in &rows {
            let addresses = self.columns(Target::Request(RequestLine::Row(row)));
            if addresses.len() != width {
                continue;
            }
            for (at, agreed) in addresses.iter().zip(&agreed) {
                if let Some((text, range)) = agreed {
                    self.evidence
                        .placements
                        .push((range.start, Placement::Agreed));
                    self.set(*at, text, range);
                }
            }
            // The row is printed: one of the value rows is its own.
            if settled && !self.seen.contains(&Target::Request(RequestLine::Row(row))) {
                self.seen.push(Target::Request(RequestLine::Row(row)));
            }
        }
        if unsure.is_empty() || whole.is_empty() {
            return;
        }
        let at = whole[0][0].range.clone();
        let (zh_why, en_why) = if settled {
            (
                format!("其余{}列", unsure.len()),
                format!("the other {} columns", unsure.len()),
            )
        } else {
            (
                format!(
                    "{}行无标签的数值不能对应到{}个未填的行",
                    whole.len(),
                    rows.len()
                ),
                format!(
                    "{} rows of values without labels for {} rows unfilled",
                    whole.len(),
                    rows.len()
                ),
            )
        };
        self.sink.finding_at(
            Rule::ParseRowAmbiguous,
            Some(format!("/{}", crate::catalogue::Part::Requests.id())),
            &at,
            format!("表格中有数值行与其标签分离，次序不能证明其归属：{zh_why}留空（数值：{}）", zh(&values)),
            format!(
                "rows of values stand apart from their labels, and their order proves no row: {en_why} are left blank (values: {})",
                en(&values.replace('、', ", "))
            ),
        );
    }

    /// Values kept for rows whose labels never turned up: stray cells after all.
    pub(super) fn report_deferred(&mut self) {
        for (_, values, pointer) in std::mem::take(&mut self.apart.deferred) {
            for stray in values {
                self.stray_cell(&pointer, &stray);
            }
        }
    }

    /// Sets the rows read from values one a line. Where the text dropped blank cells, a row
    /// given as many values as it has cells may hold another row's: it is set only when its
    /// counts add up to its totals, and is otherwise left blank and reported.
    pub(super) fn settle_stream_rows(&mut self) {
        for (cells, label, after_short) in std::mem::take(&mut self.stream.stream_rows) {
            let proactive = matches!(
                cells.first(),
                Some((
                    CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..),
                    ..
                ))
            );
            // Part 二 has no total to check a row by: a row is doubted when the row before or
            // after it printed fewer values than cells (or none): these may be the rest of
            // that row's.
            // Any row is doubted when one of its values is a number its cell cannot hold
            // ("-39" in a count): plain text has set another row's values beside it.
            let misfit = cells
                .iter()
                .find(|(at, text, _)| self.cannot_hold(*at, text))
                .map(|(_, text, _)| text.to_string());
            let dropped = misfit.is_some()
                || if proactive {
                    after_short
                } else {
                    cells
                        .first()
                        .is_some_and(|(at, ..)| self.stream.dropped_blanks[table_of(*at)])
                };
            if matches!(cells.first(), Some((CellAddress::Review(..), ..))) {
                self.settle_review(cells, &label);
            } else if !dropped || misfit.is_none() && !proactive && row_total_proves(&cells) {
                for (at, text, range) in cells {
                    if dropped {
                        self.evidence
                            .proofs
                            .push((range.start, vec![Rule::RequestsRowTotal]));
                    }
                    self.set(at, &text, &range);
                }
            } else {
                self.report_unplaced(&cells, &label, misfit.as_deref());
            }
        }
    }

    /// Whether `text` is a number the cell at `at` cannot hold as a value: a sign or a
    /// decimal in a count, a decimal in a change. A mark ("—", "无") is not a number and is
    /// held raw as printed.
    pub(super) fn cannot_hold(&self, at: CellAddress, text: &str) -> bool {
        let t = value::folded(text);
        if !value::is_number(&t) {
            return false;
        }
        match self.report.cell(at) {
            Some(CellRef::Count(_)) => value::count(&t).raw().is_some(),
            Some(CellRef::Change(_)) => value::change(&t).raw().is_some(),
            _ => false,
        }
    }

    /// The review row read from values one a line. Plain text sets them in an order of its
    /// own even with no blank cell, so unless the text marks its blanks, each block (复议,
    /// 直接起诉, 复议后起诉) is set only when its four outcomes add up to its total.
    pub(super) fn settle_review(&mut self, cells: Placed<'i>, label: &Range<usize>) {
        let doubtful = self.stream.dropped_blanks[2] || !self.stream.blanks_marked;
        if !doubtful || cells.len() != 15 {
            for (at, text, range) in cells {
                self.set(at, &text, &range);
            }
            return;
        }
        let number = |text: &str| match value::count(text) {
            crate::cell::Cell::Value(n) => Some(n.get()),
            _ => None,
        };
        // Every value 0: every order of them gives each cell 0.
        let all_zero = cells.iter().all(|(_, text, _)| number(text) == Some(0));
        for block in cells.chunks(5) {
            let counts: Option<Vec<u64>> = block.iter().map(|(_, text, _)| number(text)).collect();
            // A block of zeros adds up wherever its values came from: it proves nothing
            // unless the whole row is zeros.
            let proves = |c: &Vec<u64>| {
                c[..4].iter().sum::<u64>() == c[4] && (all_zero || c.iter().any(|v| *v > 0))
            };
            if counts.as_ref().is_some_and(proves) {
                for (at, text, range) in block {
                    if !all_zero {
                        self.evidence
                            .proofs
                            .push((range.start, vec![Rule::ReviewLitigationBlockTotal]));
                    }
                    self.set(*at, text, range);
                }
                continue;
            }
            let printed: Vec<&str> = block.iter().map(|(_, t, _)| t.as_ref()).collect();
            let zeros = counts.as_ref().is_some_and(|c| c.iter().all(|v| *v == 0));
            let (why_zh, why_en) = if zeros {
                (
                    "全为0，在任何位置都与其总计相符，不能证明其归属",
                    "are all 0, which adds up wherever they stand and proves nothing",
                )
            } else {
                ("与其总计不符", "do not add up to its total")
            };
            self.sink.finding_at(
                Rule::ParseRowAmbiguous,
                Some(block[0].0.pointer().rsplit_once('/').map_or(String::new(), |(b, _)| b.to_owned())),
                label,
                format!(
                    "本文本中复议、诉讼各值的次序不可靠，本组的值（{}）{why_zh}，本组单元格留空",
                    zh(&printed.join("、"))
                ),
                format!(
                    "this text does not keep the order of the review row's values, and this block's values ({}) {why_en}: its cells are left blank",
                    en(&printed.join(", "))
                ),
            );
        }
    }

    /// Reports a row whose values, placed by count where the text does not keep its cells
    /// in place, cannot be checked: they do not add up to its total, or it has none.
    /// Reports a row read by count whose values cannot be told to be its own: `misfit` is
    /// a value no cell of its column can hold, when that is the reason.
    pub(super) fn report_unplaced(
        &mut self,
        cells: &Placed<'i>,
        label: &Range<usize>,
        misfit: Option<&str>,
    ) {
        let printed: Vec<&str> = cells
            .iter()
            .map(|(_, t, _)| t.as_ref())
            .filter(|t| !t.is_empty())
            .collect();
        let Some((first, ..)) = cells.first() else {
            return;
        };
        let proactive = matches!(
            first,
            CellAddress::Proactive2021(..) | CellAddress::Proactive2019(..)
        );
        let (why_zh, why_en) = if let Some(value) = misfit {
            (
                format!("其中{}不是该列能填的数", zh(value)),
                format!("{} is no number its column holds", en(value)),
            )
        } else if proactive {
            (
                "第二部分的行没有总计可供核对".to_owned(),
                "part 二 rows have no total to check them by".to_owned(),
            )
        } else if row_total_holds(cells) {
            (
                "全为0的行在任何位置都与其总计相符，不能证明其归属".to_owned(),
                "a row of zeros adds up to its total wherever it stands, which proves nothing"
                    .to_owned(),
            )
        } else {
            (
                "本行的值与其总计不符".to_owned(),
                "the row's values do not add up to its total".to_owned(),
            )
        };
        self.sink.finding_at(
            Rule::ParseRowAmbiguous,
            Some(pointer_of_row(*first)),
            label,
            format!(
                "原文的值与单元格对不上（略去了空白单元格，或有未识别的列），{why_zh}（{}），无法确定哪些属于本行，本行单元格留空",
                zh(&printed.join("、"))
            ),
            format!(
                "the text's values do not line up with its cells (blank cells dropped, or a column not recognised), and {why_en} ({}): which of them are the row's cannot be told; its cells are left blank",
                en(&printed.join(", "))
            ),
        );
    }

    pub(super) fn report_missing(&mut self) {
        let edition = self.edition;
        let seen = self.seen.clone();
        let mut missing: Vec<String> = Vec::new();
        let mut first_pointer = None;
        for table in crate::layout::tables(edition) {
            for row in &table.body {
                let Some(at) = row.cells.first() else {
                    continue;
                };
                let target = match at {
                    CellAddress::Proactive2021(r, _) => ProactiveRow2019::from_id(r.id()).map(Target::Proactive),
                    CellAddress::Proactive2019(r, _) => Some(Target::Proactive(*r)),
                    CellAddress::Requests(RequestLine::Row(r), _)
                        if r.group() == Some(RequestGroup::OtherHandling)
                            && seen.contains(&Target::Request(RequestLine::OtherHandlingSingle)) =>
                    {
                        None
                    }
                    CellAddress::Requests(RequestLine::OtherHandlingSingle, _)
                        if seen.iter().any(|t| matches!(t, Target::Request(RequestLine::Row(r)) if r.group() == Some(RequestGroup::OtherHandling))) =>
                    {
                        None
                    }
                    CellAddress::Requests(line, _) => Some(Target::Request(*line)),
                    CellAddress::Review(..) => Some(Target::Review),
                };
                if let Some(target) = target {
                    if !seen.contains(&target) {
                        if first_pointer.is_none() {
                            first_pointer = Some(pointer_of_row(*at));
                        }
                        missing.push(if row.labels.is_empty() {
                            "四、政府信息公开行政复议、行政诉讼情况".to_owned()
                        } else {
                            row.labels.join(" › ")
                        });
                    }
                }
            }
        }
        if let Some(pointer) = first_pointer {
            let count = missing.len();
            let shown: Vec<&str> = missing.iter().take(5).map(String::as_str).collect();
            let more = if count > 5 { "…" } else { "" };
            self.sink.finding_at(
                Rule::ParseTableTruncated,
                Some(pointer),
                &(0..0),
                format!(
                    "原文缺少{count}行，其单元格留空：{}{more}",
                    shown.join("；")
                ),
                format!(
                    "{count} rows are not in the source and their cells are left blank: {}{more}",
                    shown.join("; ")
                ),
            );
        }
    }

    /// Settles the part 三 rows whose digits split more than one way under their totals,
    /// all at once ([`solve`]): each column's （七）总计 is the sum of its outcome rows,
    /// 一 + 二 = （七）总计 + 四, a printed group row is the sum of its rows, with the cells
    /// committed known and every other cell unknown. A row whose readings every
    /// combination the identities allow agrees on is committed (`parse.digits_split`, placed
    /// by identities, naming them); any other is raw (`parse.ambiguous_digits`, with the
    /// readings, or with the budget it passed).
    pub(super) fn settle_runs_by_columns(&mut self) {
        let pending = std::mem::take(&mut self.evidence.ambiguous);
        if pending.is_empty() {
            return;
        }
        let rows: Vec<solve::Unsettled> = pending
            .iter()
            .map(|row| solve::Unsettled {
                addresses: row.addresses.clone(),
                readings: row.readings.clone(),
            })
            .collect();
        let identities = solve::identities(self.report);
        let solved = {
            let report = &*self.report;
            solve::solve(
                &rows,
                &identities,
                &|at| solve::committed(report, at),
                SOLVE_BUDGET,
            )
        };
        for (row, solved) in pending.into_iter().zip(solved) {
            match solved {
                solve::Solved::Proved { reading, by } => {
                    let one = &row.readings[reading];
                    let shown: Vec<String> = one.iter().map(u64::to_string).collect();
                    let rules: Vec<&str> = by.iter().map(|r| r.id()).collect();
                    self.sink.finding_at(
                        Rule::ParseDigitsSplit,
                        Some(row.pointer.clone()),
                        &row.range,
                        format!(
                            "连写的数字「{}」按本行总计有多种读法，按各列勾稽关系（{}）只有一种：{}",
                            zh(&row.text),
                            rules.join("、"),
                            shown.join("、")
                        ),
                        format!(
                            "the run-together digits {:?} read several ways under the row's total, and one way only under the columns' identities ({}): {}",
                            en(&row.text),
                            rules.join(", "),
                            shown.join(", ")
                        ),
                    );
                    let mut proof = vec![Rule::RequestsRowTotal];
                    proof.extend(by.iter().copied().filter(|r| *r != Rule::RequestsRowTotal));
                    for start in &row.starts {
                        self.evidence.placements.push((*start, Placement::Split));
                        self.evidence.proofs.push((*start, proof.clone()));
                    }
                    for ((at, text), range) in
                        row.addresses.iter().zip(&shown).zip(&row.sources[reading])
                    {
                        self.set(*at, text, range);
                    }
                }
                solve::Solved::Open { .. } | solve::Solved::Capped => {
                    let (zh_more, en_more) = if solved == solve::Solved::Capped {
                        (
                            format!("；与其他行联立求解超过{SOLVE_BUDGET}种组合，未再尝试"),
                            format!(
                                "; solved with the other rows, more than {SOLVE_BUDGET} combinations, which were not tried"
                            ),
                        )
                    } else {
                        (String::new(), String::new())
                    };
                    self.sink.finding_at(
                        Rule::ParseAmbiguousDigits,
                        Some(row.pointer),
                        &row.range,
                        format!("{}{zh_more}", row.message.0),
                        format!("{}{en_more}", row.message.1),
                    );
                    self.evidence.raw_runs.insert(row.range.start);
                    for at in &row.addresses {
                        self.set(*at, &row.text, &row.range);
                    }
                }
            }
        }
    }
}

/// The most combinations of readings the joint solve tries.
const SOLVE_BUDGET: usize = 200_000;

/// Whether a row's own total proves that values placed by count are its own: they add up
/// to it, and not trivially. A row of zeros adds up wherever it stands, so where the text
/// dropped blank cells and a row's values may be another row's, it proves nothing.
pub(super) fn row_total_proves(cells: &Placed<'_>) -> bool {
    row_total_holds(cells)
        && cells.iter().any(
            |(_, text, _)| matches!(value::count(text), crate::cell::Cell::Value(n) if n.get() > 0),
        )
}

/// Whether a request row's six applicant categories are counts that add up to its total.
pub(super) fn row_total_holds(cells: &Placed<'_>) -> bool {
    let count = |column: ApplicantColumn| {
        cells
            .iter()
            .find(|(at, ..)| matches!(at, CellAddress::Requests(_, c) if *c == column))
            .and_then(|(_, text, _)| match value::count(text) {
                crate::cell::Cell::Value(n) => Some(n.get()),
                _ => None,
            })
    };
    let categories: Option<Vec<u64>> = ApplicantColumn::CATEGORIES
        .iter()
        .map(|c| count(*c))
        .collect();
    match (categories, count(ApplicantColumn::Total)) {
        (Some(c), Some(total)) => c.iter().sum::<u64>() == total,
        _ => false,
    }
}
