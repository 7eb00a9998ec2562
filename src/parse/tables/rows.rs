//! Opening and closing rows: a label opens its row, the values after it are the row's, and
//! the row closes when the next label comes. Closing a row hands its values to a placement
//! strategy ([`super::place`]) and what it proposes to the settling ([`super::settle`]).

use super::*;

impl<'i> RowReader<'_, 'i> {
    /// A review row opened with nothing but empty cells yet: they are no values of it.
    fn drop_empty_review_values(&mut self) {
        if let Some(open) = &mut self.open {
            if open.target == Target::Review && open.values.iter().all(|v| v.kind == Kind::Empty) {
                open.values.clear();
            }
        }
    }

    /// An applicant column's header at `x`, in place of any earlier one of that column.
    fn applicant_at(&mut self, x: (u32, u32), column: ApplicantColumn) {
        self.header.applicant_x.retain(|(_, c)| *c != column);
        self.header.applicant_x.push((x, column));
        self.header.full_row_x.clear();
    }

    pub(super) fn label(&mut self, hit: Hit, item: Item<'i>) {
        let label = hit.label;
        if let Some(context) = switches(label) {
            if context != self.context {
                self.close();
                self.context = context;
                if context == Context::Review {
                    self.start_review();
                }
            }
        }
        self.sink.span(None, SpanKind::Label, &item.range);
        match label {
            Label::Item(item_label) => {
                self.close();
                self.header.item = Some(item_label);
                self.header.item_columns.clear();
                self.tables_seen[0] = true;
            }
            Label::Column2021(_) | Label::Column2019(_) => {
                self.close_if_filled();
                if let Some(x) = item.x {
                    if self.header.item_columns.is_empty() {
                        self.header.column_x.clear();
                    }
                    self.header.column_x.push((center(x), label));
                }
                if let Some(col) = item.col {
                    if self.header.item_columns.is_empty() {
                        self.header.column_col.clear();
                    }
                    self.header.column_col.push(col);
                }
                if label == Label::Column2019(ProactiveColumn2019::TotalAmount) {
                    self.header.amount_unit = value::strip_unit(
                        normalize(&item.text)
                            .trim_end_matches(')')
                            .trim_end_matches('）'),
                    )
                    .1;
                }
                self.header.item_columns.push(label);
            }
            Label::Text(TableText::InformationContent) => {
                self.close_if_filled();
                self.header.item_columns.clear();
                self.header.column_x.clear();
                self.header.column_col.clear();
            }
            Label::ProactiveRow(row) => {
                self.open(Target::Proactive(row), item.range, item.line);
                self.tables_seen[0] = true;
            }
            Label::RequestRow(row) => {
                self.open(
                    Target::Request(RequestLine::Row(row)),
                    item.range,
                    item.line,
                );
                self.tables_seen[1] = true;
            }
            Label::RequestGroup(RequestGroup::Outcomes) => self.close(),
            Label::RequestGroup(group) => {
                self.open(Target::Group(group), item.range, item.line);
                self.tables_seen[1] = true;
            }
            Label::ApplicantColumn(column) => {
                self.close_if_filled();
                if let Some(x) = item.x {
                    self.applicant_at(x, column);
                }
                if let Some(col) = item.col {
                    self.header.applicant_anchors.insert(col, column);
                }
                if !self.header.applicant_order.contains(&column) {
                    self.header.applicant_order.push(column);
                }
                self.tables_seen[1] = true;
            }
            Label::Text(TableText::Subtotal) if self.context == Context::Requests => {
                if let Some(open) = self
                    .open
                    .as_mut()
                    .filter(|o| o.values.is_empty() && matches!(o.target, Target::Group(_)))
                {
                    // "（三）不予公开 小计": the group's own row follows.
                    open.subtotal = true;
                    return;
                }
                // "小计" left of every applicant header is a row label, not the subtotal
                // column's header: a group's own row whose group label laid-out text prints
                // further down, beside the middle of its rows, and after the group's last
                // row, which may have printed no values. Which group it belongs to is not
                // known yet, so it opens no row: its values are reported, not placed.
                let first_header = self.header.applicant_x.iter().map(|((x, _), _)| *x).min();
                if let (Some((_, end)), Some(first)) = (item.x, first_header) {
                    if end < first {
                        self.close();
                        return;
                    }
                }
                // The subtotal column's header, printed (in plain text) between a row's label
                // and its values, leaves the row open.
                self.close_if_filled();
                if let Some(col) = item.col {
                    self.header
                        .applicant_anchors
                        .insert(col, ApplicantColumn::OrganizationSubtotal);
                }
                if let Some(x) = item.x {
                    self.applicant_at(x, ApplicantColumn::OrganizationSubtotal);
                }
                if !self
                    .header
                    .applicant_order
                    .contains(&ApplicantColumn::OrganizationSubtotal)
                {
                    self.header
                        .applicant_order
                        .push(ApplicantColumn::OrganizationSubtotal);
                }
            }
            Label::Text(TableText::Litigation) | Label::ReviewBlock(_) => {
                self.tables_seen[2] = true;
                if self.header.review_x.len() >= 15 {
                    self.header.review_x.clear();
                }
                self.drop_empty_review_values();
                self.start_review();
            }
            Label::Text(TableText::BalanceNote | TableText::ApplicantSituation) => {
                self.close_if_filled();
                self.header.applicant_x.clear();
                self.header.full_row_x.clear();
            }
            Label::Text(_) => self.close_if_filled(),
            Label::ReviewOutcome(_) => {
                self.tables_seen[2] = true;
                self.drop_empty_review_values();
                if let Some(col) = item.col {
                    self.header.review_anchors.push(col);
                }
                if let Some(x) = item.x {
                    if self.header.review_x.len() >= 15 {
                        self.header.review_x.clear();
                    }
                    self.header.review_x.push(x);
                }
                self.start_review();
            }
            Label::Part(_) => self.close(),
        }
    }

    /// Closes the open row if it has values; a header label printed between a row label and
    /// its values (plain `pdftotext` prints 信息内容 after 规章) leaves it open.
    pub(super) fn close_if_filled(&mut self) {
        if self
            .open
            .as_ref()
            .is_some_and(|o| o.values.iter().any(|v| v.kind != Kind::Empty))
        {
            self.close();
        }
    }

    pub(super) fn start_review(&mut self) {
        if self
            .open
            .as_ref()
            .is_some_and(|o| o.target == Target::Review)
        {
            return;
        }
        self.close();
        self.open = Some(Open {
            target: Target::Review,
            label: 0..0,
            line: usize::MAX,
            values: Vec::new(),
            name: Cow::Borrowed(""),
            subtotal: false,
        });
    }

    pub(super) fn open(&mut self, target: Target, label: Range<usize>, line: usize) {
        self.close();
        self.open = Some(Open {
            target,
            label,
            line,
            values: Vec::with_capacity(8),
            name: Cow::Borrowed(""),
            subtotal: false,
        });
    }

    pub(super) fn close(&mut self) {
        let Some(mut open) = self.open.take() else {
            return;
        };
        let mut target = open.target;
        if target == Target::Unknown {
            self.report_unknown_row(&open);
            return;
        }
        if let Target::Group(group) = target {
            if !open.subtotal && open.values.iter().all(|v| v.kind == Kind::Empty) {
                return; // a group header with no cells of its own
            }
            if group == RequestGroup::OtherHandling {
                target = Target::Request(RequestLine::OtherHandlingSingle);
            } else {
                target = Target::Request(RequestLine::Subtotal(group));
            }
        }
        if target == Target::Review && open.values.iter().all(|v| v.kind == Kind::Empty) {
            return;
        }
        let addresses = self.columns(target);
        if addresses.is_empty() {
            if let Target::Proactive(row) = target {
                self.report_not_in_edition(&open, row);
            }
            return;
        }
        self.sink.span(
            Some(pointer_of_row(addresses[0])),
            SpanKind::Label,
            &open.label,
        );
        if let Target::Request(RequestLine::Row(row)) = target {
            if self.take_apart(row, &mut open) {
                self.seen.push(target);
                return;
            }
        }
        if let Target::Request(RequestLine::Row(row)) = target {
            if open.values.is_empty() {
                self.apart.bare_rows.push(row);
            }
            let deferred = self.apart.deferred.iter().position(|(r, ..)| *r == row);
            match deferred {
                // The row's label, printed apart from its values: they were kept for it. A
                // label with cells of its own, even blank ones (a tab-only line in a Word
                // dump), keeps what it shows.
                Some(i) if open.values.is_empty() => {
                    open.values = self.apart.deferred.remove(i).1;
                }
                Some(_) => {}
                None => self.defer_surplus(row, &mut open, &addresses),
            }
        }
        let assigned = self.assign(&open, &addresses);
        self.note_full_row(&open, &addresses);
        let pending_single = target == Target::Request(RequestLine::OtherHandlingSingle);
        // Values with neither a grid column nor a position: their count is all that places
        // them.
        let printed: Vec<&Item<'i>> = open
            .values
            .iter()
            .filter(|v| v.kind != Kind::Empty)
            .collect();
        let by_count = matches!(
            target,
            Target::Request(_) | Target::Review | Target::Proactive(_)
        ) && !printed.is_empty()
            && printed.iter().all(|v| v.col.is_none() && v.x.is_none());
        // Fewer values than cells, none marked blank: the text dropped blank cells. More:
        // it holds cells the reader has no column for (a subtotal column it did not see).
        // Either way a count of values is no proof of whose they are.
        if by_count
            && printed.len() != addresses.len()
            && open.values.iter().all(|v| v.kind != Kind::Empty)
        {
            self.stream.dropped_blanks[table_of(addresses[0])] = true;
        }
        let over_lines = printed.iter().any(|v| v.line != printed[0].line);
        let short_before = self.stream.proactive_short && !self.stream.cells_delimited;
        let proactive_row = matches!(target, Target::Proactive(_));
        if proactive_row {
            self.stream.proactive_short = printed.len() < addresses.len();
            // A short row doubts the row before it too: plain `pdftotext` can print a row's
            // values after the label of the row before ("规章 … 5081 603 60854 行政规范性文件").
            let before = self.stream.last_proactive_stream.take();
            if self.stream.proactive_short && !self.stream.cells_delimited {
                if let Some(row) = before.and_then(|i| self.stream.stream_rows.get_mut(i)) {
                    row.2 = true;
                }
            }
        }
        if by_count
            && over_lines
            && !pending_single
            && assigned.iter().any(|(_, t, _)| !t.is_empty())
        {
            let after_short = proactive_row && short_before;
            if proactive_row {
                self.stream.last_proactive_stream = Some(self.stream.stream_rows.len());
            }
            self.stream
                .stream_rows
                .push((assigned, open.label.clone(), after_short));
        } else if pending_single {
            self.stream.single_from_stream = (by_count && over_lines).then(|| open.label.clone());
            self.single_other_handling = Some(assigned);
        } else {
            for (at, text, range) in assigned {
                self.set(at, &text, &range);
            }
        }
        self.seen.push(target);
    }

    /// A row whose label names no row of the table: its values are said, not read.
    fn report_unknown_row(&mut self, open: &Open<'i>) {
        let printed: Vec<&str> = open
            .values
            .iter()
            .filter(|v| v.kind != Kind::Empty)
            .map(|v| v.text.as_ref())
            .collect();
        if !printed.is_empty() {
            let part = self.part_pointer();
            self.sink.finding_at(
                Rule::ParseUnknownRow,
                part,
                &open.label,
                format!(
                    "「{}」不是本表的行，其后的数值（{}）未读取",
                    zh(&open.name),
                    zh(&printed.join("、"))
                ),
                format!(
                    "{:?} is not a row of this table; the values after it ({}) were not read",
                    en(&open.name),
                    en(&printed.join(", "))
                ),
            );
        }
    }

    /// A part 二 row that the report's edition does not have.
    fn report_not_in_edition(&mut self, open: &Open<'i>, row: ProactiveRow2019) {
        self.sink.finding_at(
            Rule::ParseUnknownRow,
            None,
            &open.label,
            format!(
                "「{}」不是{}格式第二部分的行，其数值未读取",
                row.label(),
                edition_zh(self.edition)
            ),
            format!(
                "{:?} is not a part 二 row of the {} format; its values were not read",
                row.label(),
                self.edition.id()
            ),
        );
    }

    /// Sets aside the lines of a grid row's values that do not stand on its label's line
    /// (see [`RowReader::settle_apart`]); `true` when none does, and the row is closed.
    fn take_apart(&mut self, row: RequestRow, open: &mut Open<'i>) -> bool {
        // A grid row: its values stand in the grid's columns. Those on the label's own
        // line are the row's; a line of values with no label is the values of some row
        // whose label the text tore away, and only their order says which: they are
        // settled at the end (see `settle_apart`).
        let printed = || open.values.iter().filter(|v| v.kind != Kind::Empty);
        // A form of one cell a line is a stream, not a grid: its rows go by count.
        let stream = self.stream.cells_delimited
            || self.stream.blanks_marked
            || printed().all(|v| printed().filter(|w| w.line == v.line).count() < 2);
        if !stream && printed().any(|v| v.col.is_some()) {
            if open.values.iter().all(|v| v.line == open.line) {
                self.apart.grid_rows.push(row);
                return false;
            }
            let (own, apart): (Vec<Item<'i>>, Vec<Item<'i>>) = std::mem::take(&mut open.values)
                .into_iter()
                .partition(|v| v.line == open.line);
            let mut lines: Vec<Vec<Item<'i>>> = Vec::new();
            for v in apart {
                match lines.last_mut() {
                    Some(l) if l[0].line == v.line => l.push(v),
                    _ => lines.push(vec![v]),
                }
            }
            self.apart.apart_values.extend(lines);
            open.values = own;
            if open.values.iter().all(|v| v.kind == Kind::Empty) {
                return true;
            }
            self.apart.grid_rows.push(row);
        }
        false
    }
}
