//! The joint solve of settle: which reading of each ambiguous row every identity of the
//! table allows, all rows at once.
//!
//! A row whose digits read more than one way (run together, or split by leading zeros and
//! spaces) brings its readings; the cells already committed are known; every other cell is
//! unknown. An identity (a row total, a column's outcome sum, the 勾稽 balance, a group's
//! subtotal, a review block's total) refutes a combination of readings only when each of its
//! operands is known or in a row being solved: a blank is unknown, never a zero, and an
//! identity over a blank proves nothing. A row is proved when every combination that all
//! identities allow gives it the same reading; the identities that refuted some other
//! reading of it are its proof. Rows are solved by connected groups (rows that share no
//! identity do not multiply each other's readings), with a budget on the combinations
//! tried: past it nothing in the group is proved, and the caller says so.

use crate::catalogue::{ApplicantColumn, RequestGroup, RequestRow, ReviewBlock, ReviewOutcome};
use crate::findings::Rule;
use crate::layout::{CellAddress, CellRef, RequestLine};
use crate::report::Report;

/// `Σ lhs = Σ rhs` over cells of the table, as the format states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Identity {
    /// The validator's rule that checks the same identity.
    pub(crate) rule: Rule,
    pub(crate) lhs: Vec<CellAddress>,
    pub(crate) rhs: Vec<CellAddress>,
}

impl Identity {
    fn operands(&self) -> impl Iterator<Item = CellAddress> + '_ {
        self.lhs.iter().chain(&self.rhs).copied()
    }

    /// Whether the identity holds, with every operand's value from `value`; `None` when an
    /// operand is unknown (a blank is unknown, never a zero).
    pub(crate) fn holds(&self, value: &dyn Fn(CellAddress) -> Option<u64>) -> Option<bool> {
        Some(sum(&self.lhs, value)? == sum(&self.rhs, value)?)
    }
}

/// The sum of the cells, or `None` when one of them is unknown.
pub(crate) fn sum(
    cells: &[CellAddress],
    value: &dyn Fn(CellAddress) -> Option<u64>,
) -> Option<u64> {
    cells
        .iter()
        .try_fold(0u64, |total, at| total.checked_add(value(*at)?))
}

/// The identities of parts 三 and 四 over the cells the report holds: each printed row's
/// total (and its organisation subtotal), each printed group row, each column's outcome
/// total, the 勾稽 balance of each column, and each review block's total.
pub(crate) fn identities(report: &Report) -> Vec<Identity> {
    let has = |at: CellAddress| report.cell(at).is_some();
    let mut out = Vec::new();
    if report.requests().is_some() {
        let lines: Vec<RequestLine> = RequestLine::all()
            .into_iter()
            .filter(|l| has(CellAddress::Requests(*l, ApplicantColumn::Total)))
            .collect();
        for &line in &lines {
            let at = |c| CellAddress::Requests(line, c);
            out.push(Identity {
                rule: Rule::RequestsRowTotal,
                lhs: ApplicantColumn::CATEGORIES.iter().map(|c| at(*c)).collect(),
                rhs: vec![at(ApplicantColumn::Total)],
            });
            if has(at(ApplicantColumn::OrganizationSubtotal)) {
                out.push(Identity {
                    rule: Rule::RequestsOrganizationSubtotal,
                    lhs: ApplicantColumn::ORGANIZATIONS
                        .iter()
                        .map(|c| at(*c))
                        .collect(),
                    rhs: vec![at(ApplicantColumn::OrganizationSubtotal)],
                });
            }
        }
        let printed = |line: RequestLine| lines.contains(&line);
        let row = |r: RequestRow| RequestLine::Row(r);
        let mut leaves: Vec<RequestLine> = vec![
            row(RequestRow::Disclosed),
            row(RequestRow::PartiallyDisclosed),
        ];
        for group in RequestLine::SUBTOTAL_GROUPS {
            let rows: Vec<RequestLine> = group.rows().map(row).filter(|l| printed(*l)).collect();
            if group == RequestGroup::OtherHandling && printed(RequestLine::OtherHandlingSingle) {
                leaves.push(RequestLine::OtherHandlingSingle);
                continue;
            }
            if printed(RequestLine::Subtotal(group)) && !rows.is_empty() {
                for column in ApplicantColumn::NATIONAL {
                    out.push(Identity {
                        rule: Rule::RequestsGroupSubtotal,
                        lhs: rows
                            .iter()
                            .map(|l| CellAddress::Requests(*l, column))
                            .collect(),
                        rhs: vec![CellAddress::Requests(RequestLine::Subtotal(group), column)],
                    });
                }
            }
            leaves.extend(rows);
        }
        for column in ApplicantColumn::NATIONAL {
            let at = |r: RequestRow| CellAddress::Requests(row(r), column);
            out.push(Identity {
                rule: Rule::RequestsOutcomeTotal,
                lhs: leaves
                    .iter()
                    .map(|l| CellAddress::Requests(*l, column))
                    .collect(),
                rhs: vec![at(RequestRow::OutcomesTotal)],
            });
            out.push(Identity {
                rule: Rule::RequestsBalance,
                lhs: vec![at(RequestRow::NewReceived), at(RequestRow::CarriedOver)],
                rhs: vec![
                    at(RequestRow::OutcomesTotal),
                    at(RequestRow::CarriedForward),
                ],
            });
        }
    }
    if has(CellAddress::Review(
        ReviewBlock::Review,
        ReviewOutcome::Total,
    )) {
        for block in ReviewBlock::ALL {
            out.push(Identity {
                rule: Rule::ReviewLitigationBlockTotal,
                lhs: ReviewOutcome::ALL[..4]
                    .iter()
                    .map(|o| CellAddress::Review(*block, *o))
                    .collect(),
                rhs: vec![CellAddress::Review(*block, ReviewOutcome::Total)],
            });
        }
    }
    out
}

/// The value of a committed cell of the report: a count, else unknown.
pub(crate) fn committed(report: &Report, at: CellAddress) -> Option<u64> {
    match report.cell(at)? {
        CellRef::Count(c) => c.as_u64(),
        _ => None,
    }
}

/// A row being solved: its cells, in order, and the readings its text allows.
#[derive(Debug, Clone)]
pub(crate) struct Unsettled {
    pub(crate) addresses: Vec<CellAddress>,
    pub(crate) readings: Vec<Vec<u64>>,
}

/// What the solve made of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Solved {
    /// One reading is left: its index, and the rules of the identities that refuted another.
    Proved { reading: usize, by: Vec<Rule> },
    /// Several readings are left (their indices), or none (the identities refute every
    /// combination: a published cell does not add up).
    Open { left: Vec<usize> },
    /// The combinations of its group passed the budget before they were all tried.
    Capped,
}

/// Solves the rows jointly under the identities; `known` gives the value of every cell not
/// in a row being solved. At most `budget` readings are tried, over all the groups.
pub(crate) fn solve(
    rows: &[Unsettled],
    identities: &[Identity],
    known: &dyn Fn(CellAddress) -> Option<u64>,
    budget: usize,
) -> Vec<Solved> {
    let mut owners: std::collections::HashMap<CellAddress, (usize, usize)> =
        std::collections::HashMap::new();
    for (r, row) in rows.iter().enumerate() {
        for (k, at) in row.addresses.iter().enumerate() {
            owners.entry(*at).or_insert((r, k));
        }
    }
    let owner = |at: CellAddress| -> Option<(usize, usize)> { owners.get(&at).copied() };
    // The identities that can refute something: each operand known or in a row solved, and
    // at least one in a row solved.
    let mut live: Vec<(&Identity, Vec<usize>)> = Vec::new();
    for identity in identities {
        let mut touched = Vec::new();
        let assessable = identity.operands().all(|at| match owner(at) {
            Some((r, _)) => {
                if !touched.contains(&r) {
                    touched.push(r);
                }
                true
            }
            None => known(at).is_some(),
        });
        if assessable && !touched.is_empty() {
            live.push((identity, touched));
        }
    }
    // Groups of rows that share an identity.
    let mut group: Vec<usize> = (0..rows.len()).collect();
    fn root(group: &mut [usize], mut r: usize) -> usize {
        while group[r] != r {
            group[r] = group[group[r]];
            r = group[r];
        }
        r
    }
    for (_, touched) in &live {
        for pair in touched.windows(2) {
            let (a, b) = (root(&mut group, pair[0]), root(&mut group, pair[1]));
            group[a] = b;
        }
    }
    let mut out: Vec<Solved> = vec![Solved::Capped; rows.len()];
    let mut remaining = budget;
    let mut done = vec![false; rows.len()];
    for first in 0..rows.len() {
        if done[first] {
            continue;
        }
        let g = root(&mut group, first);
        let members: Vec<usize> = (0..rows.len())
            .filter(|r| root(&mut group, *r) == g)
            .collect();
        for r in &members {
            done[*r] = true;
        }
        let checks: Vec<(&Identity, Vec<usize>)> = live
            .iter()
            .filter(|(_, t)| members.contains(&t[0]))
            .map(|(i, t)| (*i, t.clone()))
            .collect();
        let mut search = Search {
            rows,
            members: &members,
            checks: &checks,
            known,
            owner: &owner,
            chosen: vec![None; rows.len()],
            seen: vec![Vec::new(); rows.len()],
            budget: remaining,
        };
        let finished = search.walk(0);
        remaining = search.budget;
        for &r in &members {
            out[r] = if !finished {
                Solved::Capped
            } else if let [one] = search.seen[r].as_slice() {
                let by = proof(rows, r, *one, &checks, known, &owner, &search.seen);
                Solved::Proved { reading: *one, by }
            } else {
                let mut left = search.seen[r].clone();
                left.sort_unstable();
                Solved::Open { left }
            };
        }
    }
    out
}

type Owner<'a> = dyn Fn(CellAddress) -> Option<(usize, usize)> + 'a;

struct Search<'a> {
    rows: &'a [Unsettled],
    members: &'a [usize],
    checks: &'a [(&'a Identity, Vec<usize>)],
    known: &'a dyn Fn(CellAddress) -> Option<u64>,
    owner: &'a Owner<'a>,
    chosen: Vec<Option<usize>>,
    /// The readings of each row that some combination allowed.
    seen: Vec<Vec<usize>>,
    budget: usize,
}

impl Search<'_> {
    fn value(&self, at: CellAddress) -> Option<u64> {
        match (self.owner)(at) {
            Some((r, k)) => self.chosen[r].map(|i| self.rows[r].readings[i][k]),
            None => (self.known)(at),
        }
    }

    /// Tries every reading of the `depth`-th member; `false` when the budget ran out.
    fn walk(&mut self, depth: usize) -> bool {
        let Some(&r) = self.members.get(depth) else {
            for (i, seen) in self.chosen.iter().enumerate() {
                if let Some(reading) = seen {
                    if !self.seen[i].contains(reading) {
                        self.seen[i].push(*reading);
                    }
                }
            }
            return true;
        };
        for reading in 0..self.rows[r].readings.len() {
            if self.budget == 0 {
                return false;
            }
            self.budget -= 1;
            self.chosen[r] = Some(reading);
            // The identities whose rows are all chosen now, and that involve this row.
            let refuted = self.checks.iter().any(|(identity, touched)| {
                touched.contains(&r)
                    && touched.iter().all(|t| self.chosen[*t].is_some())
                    && identity.holds(&|at| self.value(at)) == Some(false)
            });
            if !refuted && !self.walk(depth + 1) {
                self.chosen[r] = None;
                return false;
            }
        }
        self.chosen[r] = None;
        true
    }
}

/// The rules of the identities that refute some other reading of row `r`, with each other
/// row of the group at a reading some combination allowed.
fn proof(
    rows: &[Unsettled],
    r: usize,
    kept: usize,
    checks: &[(&Identity, Vec<usize>)],
    known: &dyn Fn(CellAddress) -> Option<u64>,
    owner: &Owner<'_>,
    seen: &[Vec<usize>],
) -> Vec<Rule> {
    let mut by: Vec<Rule> = Vec::new();
    for (identity, touched) in checks.iter().filter(|(_, t)| t.contains(&r)) {
        // The other rows at their first allowed reading: enough to name the rule.
        let refutes = (0..rows[r].readings.len())
            .filter(|i| *i != kept)
            .any(|other| {
                let value = |at: CellAddress| match owner(at) {
                    Some((row, k)) if row == r => Some(rows[r].readings[other][k]),
                    Some((row, k)) if touched.contains(&row) => {
                        seen[row].first().map(|i| rows[row].readings[*i][k])
                    }
                    Some(_) => None,
                    None => known(at),
                };
                identity.holds(&value) == Some(false)
            });
        if refutes && !by.contains(&identity.rule) {
            by.push(identity.rule);
        }
    }
    by
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::ApplicantColumn as C;

    fn row(r: RequestRow) -> Vec<CellAddress> {
        C::NATIONAL
            .iter()
            .map(|c| CellAddress::Requests(RequestLine::Row(r), *c))
            .collect()
    }

    fn total_of(r: RequestRow) -> Identity {
        let cells = row(r);
        Identity {
            rule: Rule::RequestsRowTotal,
            lhs: cells[..6].to_vec(),
            rhs: vec![cells[6]],
        }
    }

    #[test]
    fn a_sum_over_an_unknown_cell_is_unknown() {
        let cells = row(RequestRow::Disclosed);
        let value = |at: CellAddress| (at != cells[3]).then_some(2);
        assert_eq!(sum(&cells[..3], &value), Some(6));
        assert_eq!(sum(&cells, &value), None);
        assert_eq!(total_of(RequestRow::Disclosed).holds(&value), None);
        assert_eq!(
            total_of(RequestRow::Disclosed).holds(&|_| Some(0)),
            Some(true)
        );
    }

    #[test]
    fn the_columns_leave_one_reading_of_two_rows_that_each_read_two_ways() {
        // （一）予以公开 "220000022" and （二）部分公开 "191000020": each splits two ways under
        // its own total; a column total known for 自然人 and 商业企业 leaves one pair.
        let disclosed = Unsettled {
            addresses: row(RequestRow::Disclosed),
            readings: vec![vec![22, 0, 0, 0, 0, 0, 22], vec![2, 20, 0, 0, 0, 0, 22]],
        };
        let partial = Unsettled {
            addresses: row(RequestRow::PartiallyDisclosed),
            readings: vec![vec![19, 1, 0, 0, 0, 0, 20], vec![1, 9, 10, 0, 0, 0, 20]],
        };
        let column = |c: C, total: u64| {
            let lhs = vec![
                CellAddress::Requests(RequestLine::Row(RequestRow::Disclosed), c),
                CellAddress::Requests(RequestLine::Row(RequestRow::PartiallyDisclosed), c),
            ];
            let at = CellAddress::Requests(RequestLine::Row(RequestRow::OutcomesTotal), c);
            (
                Identity {
                    rule: Rule::RequestsOutcomeTotal,
                    lhs,
                    rhs: vec![at],
                },
                at,
                total,
            )
        };
        let (natural, natural_at, _) = column(C::NaturalPerson, 41);
        let (commercial, commercial_at, _) = column(C::CommercialEnterprise, 1);
        let known = |at: CellAddress| {
            if at == natural_at {
                Some(41)
            } else if at == commercial_at {
                Some(1)
            } else {
                None
            }
        };
        let ids = vec![
            total_of(RequestRow::Disclosed),
            total_of(RequestRow::PartiallyDisclosed),
            natural,
            commercial,
        ];
        let got = solve(&[disclosed, partial], &ids, &known, 1000);
        assert_eq!(
            got,
            vec![
                Solved::Proved {
                    reading: 0,
                    by: vec![Rule::RequestsOutcomeTotal]
                },
                Solved::Proved {
                    reading: 0,
                    by: vec![Rule::RequestsOutcomeTotal]
                },
            ]
        );
        // With the 自然人 total unknown, the 商业企业 column alone leaves one pair: of
        // 0 + 1, 0 + 9, 20 + 1 and 20 + 9, only the first is 1.
        let only_commercial = |at: CellAddress| (at == commercial_at).then_some(1);
        let got = solve(
            &[
                Unsettled {
                    addresses: row(RequestRow::Disclosed),
                    readings: vec![vec![22, 0, 0, 0, 0, 0, 22], vec![2, 20, 0, 0, 0, 0, 22]],
                },
                Unsettled {
                    addresses: row(RequestRow::PartiallyDisclosed),
                    readings: vec![vec![19, 1, 0, 0, 0, 0, 20], vec![1, 9, 10, 0, 0, 0, 20]],
                },
            ],
            &ids,
            &only_commercial,
            1000,
        );
        assert!(matches!(got[0], Solved::Proved { reading: 0, .. }));
        assert!(matches!(got[1], Solved::Proved { reading: 0, .. }));
    }

    #[test]
    fn an_identity_over_an_unread_cell_proves_nothing() {
        let rows = [Unsettled {
            addresses: row(RequestRow::Disclosed),
            readings: vec![vec![22, 0, 0, 0, 0, 0, 22], vec![2, 20, 0, 0, 0, 0, 22]],
        }];
        let cells = row(RequestRow::Disclosed);
        let ids = vec![
            total_of(RequestRow::Disclosed),
            Identity {
                rule: Rule::RequestsOutcomeTotal,
                lhs: vec![cells[0]],
                rhs: vec![CellAddress::Requests(
                    RequestLine::Row(RequestRow::OutcomesTotal),
                    C::NaturalPerson,
                )],
            },
        ];
        assert_eq!(
            solve(&rows, &ids, &|_| None, 1000),
            vec![Solved::Open { left: vec![0, 1] }]
        );
    }

    #[test]
    fn rows_that_share_no_identity_are_solved_apart_and_the_budget_is_said() {
        let many: Vec<Vec<u64>> = (0..10).map(|i| vec![i, 0, 0, 0, 0, 0, i]).collect();
        let rows: Vec<Unsettled> = [
            RequestRow::Disclosed,
            RequestRow::PartiallyDisclosed,
            RequestRow::CarriedOver,
        ]
        .iter()
        .map(|r| Unsettled {
            addresses: row(*r),
            readings: many.clone(),
        })
        .collect();
        let ids: Vec<Identity> = [
            RequestRow::Disclosed,
            RequestRow::PartiallyDisclosed,
            RequestRow::CarriedOver,
        ]
        .iter()
        .map(|r| total_of(*r))
        .collect();
        // Apart, each row tries its 10 readings: 30 in all, within a budget of 30.
        let got = solve(&rows, &ids, &|_| None, 30);
        assert!(got.iter().all(|s| *s
            == Solved::Open {
                left: (0..10).collect()
            }));
        assert_eq!(solve(&rows, &ids, &|_| None, 29)[2], Solved::Capped);
    }

    #[test]
    fn every_combination_refuted_leaves_the_row_open_with_none() {
        let rows = [Unsettled {
            addresses: row(RequestRow::Disclosed),
            readings: vec![vec![2, 0, 0, 0, 0, 0, 3]],
        }];
        assert_eq!(
            solve(&rows, &[total_of(RequestRow::Disclosed)], &|_| None, 100),
            vec![Solved::Open { left: vec![] }]
        );
    }

    #[test]
    fn the_identities_follow_the_rows_the_report_prints() {
        use crate::cell::Cell;
        use crate::requests::ApplicantRow;
        // 2019: （六）其他处理 is one row, a leaf of the outcome total; no group prints its own.
        let r2019 = Report::from_json(include_str!(
            "../../../tests/fixtures/reports/003_liaocheng_2019.json"
        ))
        .unwrap();
        let ids = identities(&r2019);
        let outcome = ids
            .iter()
            .find(|i| i.rule == Rule::RequestsOutcomeTotal)
            .unwrap();
        assert_eq!(outcome.lhs.len(), 2 + 8 + 3 + 5 + 1);
        assert!(outcome.lhs.contains(&CellAddress::Requests(
            RequestLine::OtherHandlingSingle,
            C::NaturalPerson
        )));
        assert!(!ids.iter().any(|i| i.rule == Rule::RequestsGroupSubtotal));
        // 2021 with 不予公开's own row: per column, its eight rows add up to it; the outcome
        // total takes the leaves, not the group's row.
        let mut r2021 = Report::from_json(include_str!(
            "../../../tests/fixtures/reports/002_luohe_huizu_2022.json"
        ))
        .unwrap();
        if let Report::Format2021(r) = &mut r2021 {
            r.requests.outcomes.withheld.subtotal = Some(ApplicantRow::filled(Cell::Blank));
        }
        let ids = identities(&r2021);
        let subtotals: Vec<&Identity> = ids
            .iter()
            .filter(|i| i.rule == Rule::RequestsGroupSubtotal)
            .collect();
        assert_eq!(subtotals.len(), 7);
        assert_eq!(subtotals[0].lhs.len(), 8);
        assert_eq!(
            subtotals[0].rhs,
            vec![CellAddress::Requests(
                RequestLine::Subtotal(RequestGroup::Withheld),
                C::NaturalPerson
            )]
        );
        let outcome = ids
            .iter()
            .find(|i| i.rule == Rule::RequestsOutcomeTotal)
            .unwrap();
        assert_eq!(outcome.lhs.len(), 2 + 8 + 3 + 5 + 3);
        // The row totals: one per printed row, the group's own row among them.
        assert_eq!(
            ids.iter()
                .filter(|i| i.rule == Rule::RequestsRowTotal)
                .count(),
            26
        );
    }
}
