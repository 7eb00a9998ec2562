"""Read, check and tabulate China's annual reports on Open Government Information work.

The ``ogi-report`` Rust crate, for Python: the reader of every published form (JSON, text,
Markdown, HTML, PDF, DOCX), the cross-checks, the renderer and the tidy table of cells.

    >>> import ogi_report
    >>> report = ogi_report.read("tests/fixtures/reports/002_luohe_huizu_2022.json")
    >>> report.agency, report.year, report.edition
    ('漯河回族区城市管理局', 2022, 'format_2021')
    >>> report.cell("/proactive/administrative_fees/amount")
    Decimal('27.2500')

A blank cell is ``None``; a cell printed as something other than a number is a :class:`Raw`
holding its text; a count is an ``int``; money (万元) is a :class:`decimal.Decimal`, never a
float.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterator, NamedTuple, Optional, Sequence, Union

from . import _native

__all__ = [
    "Batch",
    "Finding",
    "Frames",
    "MetricValue",
    "OgiError",
    "ParseError",
    "Raw",
    "ReadError",
    "Report",
    "Quote",
    "Span",
    "check",
    "read",
    "read_findings",
    "schema",
]

__version__: str = _native.version()

PathArg = Union[str, "os.PathLike[str]"]

#: The columns of :meth:`Report.cells` and of the cells frame, as ``ogi export`` writes them.
CELL_COLUMNS = (
    "file",
    "agency",
    "report_year",
    "edition",
    "table",
    "row_id",
    "column_id",
    "row_label",
    "column_label",
    "value",
    "state",
    "raw",
)


class OgiError(Exception):
    """A report that could not be read. ``message`` is the crate's; ``pointer`` the JSON
    Pointer of the value at fault, where there is one."""

    def __init__(self, message: str, pointer: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.pointer = pointer


class ReadError(OgiError):
    """JSON that is not a report: malformed, or a value the model refuses (see ``pointer``)."""


class ParseError(OgiError):
    """A published form (text, Markdown, HTML, PDF, DOCX) the reader could not read."""


def _raise(failure: _native.LoadFailure) -> OgiError:
    kind, message, pointer = failure.args
    if kind == "read":
        return ReadError(message, pointer)
    if kind == "parse":
        return ParseError(message, pointer)
    return OgiError(message, pointer)


@dataclass(frozen=True)
class Raw:
    """A cell printed as something other than a number ("—", "/", "5件"): its text, kept as
    printed. Never a number, never zero."""

    text: str

    def __str__(self) -> str:
        return self.text


#: What a cell holds: ``None`` (blank), an ``int`` (a count or a change), a ``Decimal``
#: (money, 万元, or a 2008-era figure) or a :class:`Raw`.
CellValue = Union[None, int, Decimal, Raw]


@dataclass(frozen=True)
class Span:
    """Where a value is in the text a report was read from: bytes ``start``..``end``, and the
    ``line`` and ``column`` (from 1, the column in characters) of ``start``."""

    start: int
    end: int
    line: int
    column: int


@dataclass(frozen=True)
class Quote:
    """For the ``text.*`` rules: where in the narrative text at the finding's pointer its figure
    is printed (UTF-8 bytes ``start``..``end``), and the clause that states it (``text``)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One finding of the reader or the validator, in the crate's findings format."""

    rule: str
    severity: str
    pointer: str
    expected: Any
    actual: Any
    message_zh: str
    message_en: str
    span: Optional[Span]
    path: Optional[str] = None
    quote: Optional[Quote] = None
    _data: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Optional[str] = None) -> Finding:
        """A finding from its JSON object (as ``ogi check --format json`` writes it)."""
        span = data.get("span")
        quote = data.get("quote")
        return cls(
            rule=data["rule"],
            severity=data["severity"],
            pointer=data["pointer"],
            expected=data.get("expected"),
            actual=data.get("actual"),
            message_zh=data["message"]["zh"],
            message_en=data["message"]["en"],
            span=Span(**span) if span else None,
            path=path,
            quote=Quote(**quote) if quote else None,
            _data=data,
        )

    def to_dict(self) -> dict[str, Any]:
        """The finding as JSON: the object ``ogi check --format json`` gives for it (rule,
        severity, pointer, expected, actual, operands, message, and span where known)."""
        return json.loads(json.dumps(self._data, ensure_ascii=False))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class MetricValue:
    """A named rate of a report (the crate's ``metrics``; ``docs/metrics.md`` defines each).

    ``numerator`` and ``denominator`` are the exact sums of the cells, as ``int``; the value is
    their fraction, and ``percent(places)`` rounds it half away from zero only for display.
    When there is no value (a blank or raw operand, a denominator of 0 …) both are ``None``,
    ``reason`` says why and ``cells`` lists the JSON Pointers concerned (``last_year:`` before
    a cell of the report for the year before). ``denominator_kind`` is always the one used."""

    metric: str
    denominator_kind: str
    numerator: Optional[int]
    denominator: Optional[int]
    reason: Optional[str]
    cells: tuple[str, ...]

    @property
    def computable(self) -> bool:
        """Whether the metric has a value."""
        return self.denominator is not None

    def fraction(self) -> Optional[Fraction]:
        """The value as an exact :class:`fractions.Fraction` (reduced), or ``None``."""
        if self.numerator is None or self.denominator is None:
            return None
        return Fraction(self.numerator, self.denominator)

    def percent(self, places: int = 2) -> Optional[Decimal]:
        """The value in percent with ``places`` decimals, rounded half away from zero from
        the exact fraction (``966/1453`` → ``Decimal('66.48')``), or ``None``."""
        if self.numerator is None or self.denominator is None:
            return None
        if places < 0:
            raise ValueError("places must be 0 or more")
        n, d = self.numerator * 100 * 10**places, self.denominator
        q = (2 * abs(n) + d) // (2 * d)
        return Decimal(-q if n < 0 else q).scaleb(-places)


def _findings(text: Optional[str]) -> list[Finding]:
    return [Finding.from_dict(d) for d in json.loads(text or "[]")]


def _value(value: Optional[str], whole: bool) -> Union[None, int, Decimal]:
    if value is None:
        return None
    return int(value) if whole else Decimal(value)


class Report:
    """A report, with what was found while reading it. Made by :func:`read` or :func:`check`."""

    __slots__ = ("_native",)

    def __init__(self, native: _native.NativeReport) -> None:
        self._native = native

    def __repr__(self) -> str:
        return f"<Report {self.agency!r} {self.year} {self.edition} ({self.form})>"

    @property
    def edition(self) -> str:
        """``format_2021``, ``format_2019`` or ``regulation_2008``."""
        return self._native.edition

    @property
    def agency(self) -> str:
        """The agency as printed ("" when the report names none)."""
        return self._native.agency

    @property
    def year(self) -> Optional[int]:
        """The year the report covers; ``None`` when a published form states none."""
        return self._native.year

    @property
    def form(self) -> str:
        """The form it was read from: ``json``, ``text``, ``html``, ``pdf`` or ``docx``."""
        return self._native.form

    @property
    def path(self) -> Optional[str]:
        """The file it was read from, if any."""
        return self._native.path

    def to_json(self) -> str:
        """The canonical JSON (the crate's schema, two-space indentation)."""
        return self._native.to_json()

    def to_dict(self) -> dict[str, Any]:
        """The canonical JSON as a dict, exactly as the schema has it (money as strings)."""
        return json.loads(self._native.to_json())  # type: ignore[no-any-return]

    def cell(self, address: str) -> CellValue:
        """The cell at a JSON Pointer, e.g. ``/requests/new_received/natural_person``.

        Raises ``KeyError`` for a pointer that names no cell of this edition."""
        kind, text = self._native.cell(address)
        if kind == "blank":
            return None
        if kind == "raw":
            return Raw(text)
        if kind == "money":
            return Decimal(text)
        return int(text)

    def cells(self) -> list[dict[str, Any]]:
        """Every cell as one row of ``ogi export``'s table (:data:`CELL_COLUMNS`): ``value`` is
        an ``int``, a ``Decimal`` or ``None`` (blank or raw; see ``state`` and ``raw``)."""
        head = (self.path, self.agency, self.year, self.edition)
        out = []
        for table, row_id, column_id, row_label, column_label, value, whole, state, raw in (
            self._native.rows()
        ):
            out.append(
                dict(
                    zip(
                        CELL_COLUMNS,
                        head
                        + (
                            table,
                            row_id,
                            column_id,
                            row_label,
                            column_label,
                            _value(value, whole),
                            state,
                            raw,
                        ),
                    )
                )
            )
        return out

    def validate(self) -> list[Finding]:
        """The validator's findings, in the crate's stable order, each with its span in the
        source where known."""
        return _findings(self._native.validation_json())

    def metrics(
        self, denominator: Optional[str] = None, previous: Optional[Report] = None
    ) -> list[MetricValue]:
        """Every named rate, in the crate's order: with ``denominator`` (``answered``,
        ``received``, ``new_only`` or ``concluded``) for every metric, or each one's default.
        A metric that does not take the denominator asked for has no value (reason
        ``denominator_not_defined``): no other is put in its place. ``previous`` is the same
        agency's report for the year before, for ``new_requests_yoy``."""
        text = self._native.metrics_json(
            denominator, None if previous is None else previous._native
        )
        out = []
        for v in json.loads(text):
            cells = tuple(
                ("last_year:" if c["last_year"] else "") + c["pointer"] for c in v["cells"]
            )
            out.append(
                MetricValue(
                    metric=v["metric"],
                    denominator_kind=v["denominator_kind"],
                    numerator=v["numerator"],
                    denominator=v["denominator"],
                    reason=v["reason"],
                    cells=cells,
                )
            )
        return out

    def render(self, to: str = "html") -> str:
        """The report in the official layout: ``html`` (a page, with every finding marked on
        its cell), ``markdown`` or ``text``."""
        return self._native.render(to)

    @property
    def parse_findings(self) -> Optional[list[Finding]]:
        """What the reader found (cells left blank and why, meta inferred …); ``None`` for a
        report read from JSON."""
        text = self._native.parse_findings_json()
        return None if text is None else _findings(text)

    @property
    def spans(self) -> Optional[list[dict[str, Any]]]:
        """Where each value was read in the source (pointer, kind, span, placement); ``None``
        for a report read from JSON."""
        text = self._native.spans_json()
        return None if text is None else json.loads(text)


def read(
    source: Union[PathArg, bytes],
    *,
    agency: Optional[str] = None,
    year: Optional[int] = None,
) -> Report:
    """Reads a report from a path (``str`` or ``os.PathLike``) or from ``bytes``, in any form:
    the crate's JSON, text, Markdown, HTML, PDF or DOCX, told from the content.

    ``agency`` and ``year`` are given to the reader for a published form that does not state
    them. Raises :class:`ReadError` (JSON that is not a report), :class:`ParseError` (a form
    that cannot be read) or ``OSError`` (a file that cannot be opened)."""
    try:
        if isinstance(source, (bytes, bytearray, memoryview)):
            native = _native.load(bytes(source), None, agency, year)
        else:
            path = os.fspath(source)
            if not os.path.exists(path):
                raise FileNotFoundError(2, "No such file", path)
            native = _native.load_path(path, agency, year)
    except _native.LoadFailure as failure:
        error = _raise(failure)
        if type(error) is OgiError:
            raise OSError(error.message) from None
        raise error from None
    return Report(native)


class Frames(NamedTuple):
    """A batch as three data frames (pandas or polars)."""

    cells: Any
    findings: Any
    files: Any


class Batch:
    """Files checked by :func:`check`: one entry per file, read or not."""

    def __init__(self, native: _native.NativeBatch) -> None:
        self._native = native

    def __len__(self) -> int:
        return len(self._native)

    def __repr__(self) -> str:
        return f"<Batch of {len(self)} files>"

    def files(self) -> list[dict[str, Any]]:
        """One dict per file: path, form, edition, agency, year, errors, warnings, notices,
        and error (why it was not read, else ``None``)."""
        keys = (
            "path",
            "form",
            "edition",
            "agency",
            "year",
            "errors",
            "warnings",
            "notices",
            "error",
        )
        return [dict(zip(keys, row)) for row in self._native.files()]

    def reports(self) -> Iterator[Report]:
        """The reports read, in file order."""
        for i in range(len(self)):
            native = self._native.report(i)
            if native is not None:
                yield Report(native)

    def findings(self) -> list[Finding]:
        """Every finding of every file read (each with its ``path``), the parse findings of a
        file first, as ``ogi check --format json`` lists them."""
        out: list[Finding] = []
        for path, findings in json.loads(self._native.findings_json()):
            out.extend(Finding.from_dict(d, path) for d in findings)
        return out

    def _columns(self) -> tuple[dict[str, list[Any]], dict[str, list[Any]], dict[str, list[Any]]]:
        raw = self._native.cell_columns()
        whole = raw.pop("whole")
        values = raw["value"]
        cells: dict[str, list[Any]] = {k: raw[k] for k in CELL_COLUMNS if k != "value"}
        cells["value"] = [int(v) if w and v is not None else None for v, w in zip(values, whole)]
        cells["amount"] = [
            Decimal(v) if not w and v is not None else None for v, w in zip(values, whole)
        ]
        findings: dict[str, list[Any]] = {
            k: []
            for k in (
                "file",
                "rule",
                "severity",
                "pointer",
                "expected",
                "actual",
                "message_zh",
                "message_en",
                "line",
                "column",
            )
        }
        for f in self.findings():
            for key, value in (
                ("file", f.path),
                ("rule", f.rule),
                ("severity", f.severity),
                ("pointer", f.pointer),
                ("expected", f.expected),
                ("actual", f.actual),
                ("message_zh", f.message_zh),
                ("message_en", f.message_en),
                ("line", f.span.line if f.span else None),
                ("column", f.span.column if f.span else None),
            ):
                findings[key].append(value)
        files: dict[str, list[Any]] = {}
        for row in self.files():
            for key, value in row.items():
                files.setdefault(key, []).append(value)
        return cells, findings, files

    def to_pandas(self) -> Frames:
        """Three pandas frames: ``cells`` (the columns of ``ogi export``, ``value`` a nullable
        ``Int64`` for counts, money and 2008-era figures as ``Decimal`` in ``amount``),
        ``findings`` and ``files``. Needs pandas (``pip install pandas``)."""
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError(
                "Batch.to_pandas needs pandas: pip install pandas (or use to_polars)"
            ) from e
        cells, findings, files = self._columns()
        order = list(CELL_COLUMNS) + ["amount"]
        cells_frame = pd.DataFrame({k: cells[k] for k in order})
        cells_frame["value"] = pd.array(cells["value"], dtype="Int64")
        cells_frame["report_year"] = pd.array(cells["report_year"], dtype="Int64")
        cells_frame["amount"] = pd.Series(cells["amount"], dtype=object)
        findings_frame = pd.DataFrame(findings)
        for key in ("line", "column"):
            findings_frame[key] = pd.array(findings[key], dtype="Int64")
        files_frame = pd.DataFrame(files, columns=list(files) or None)
        if "year" in files:
            files_frame["year"] = pd.array(files["year"], dtype="Int64")
        return Frames(cells_frame, findings_frame, files_frame)

    def to_polars(self) -> Frames:
        """Three polars frames, as :meth:`to_pandas` (``value`` Int64, ``amount`` the exact
        text of money). Needs polars (``pip install polars``)."""
        try:
            import polars as pl
        except ImportError as e:
            raise ImportError(
                "Batch.to_polars needs polars: pip install polars (or use to_pandas)"
            ) from e
        cells, findings, files = self._columns()
        cells["amount"] = [None if v is None else str(v) for v in cells["amount"]]
        order = list(CELL_COLUMNS) + ["amount"]
        schema: dict[str, Any] = {k: pl.Utf8 for k in order}
        schema["value"] = pl.Int64
        schema["report_year"] = pl.Int64
        findings["expected"] = [None if v is None else str(v) for v in findings["expected"]]
        findings["actual"] = [None if v is None else str(v) for v in findings["actual"]]
        return Frames(
            pl.DataFrame({k: cells[k] for k in order}, schema=schema),
            pl.DataFrame(
                findings,
                schema={
                    **{k: pl.Utf8 for k in findings},
                    "line": pl.Int64,
                    "column": pl.Int64,
                },
            ),
            pl.DataFrame(files),
        )


def check(
    paths: Union[PathArg, Sequence[PathArg]], *, workers: Optional[int] = None
) -> Batch:
    """Reads and validates many files in parallel, in Rust, with the interpreter released.

    ``paths`` are files and folders, as ``ogi check`` takes them: a folder is searched for
    report files. A file that cannot be read is a row with its ``error``, never an exception
    that loses the batch; a path that does not exist raises ``OSError``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    try:
        native = _native.check([os.fspath(p) for p in paths], workers)
    except _native.LoadFailure as failure:
        raise OSError(failure.args[1]) from None
    return Batch(native)


def read_findings(source: Union[PathArg, bytes, str]) -> list[Finding]:
    """Reads findings JSON (as the crate and ``ogi validate --json`` write it), strictly: an
    unknown field, rule or severity raises :class:`ReadError` with its pointer. A ``str`` that
    starts with ``{`` is the JSON itself; any other ``str`` is a path."""
    if isinstance(source, (bytes, bytearray)):
        text = bytes(source).decode("utf-8")
    elif isinstance(source, str) and source.lstrip().startswith("{"):
        text = source
    else:
        with open(os.fspath(source), encoding="utf-8") as f:
            text = f.read()
    try:
        return _findings(_native.findings_from_json(text))
    except _native.LoadFailure as failure:
        raise _raise(failure) from None


def schema(kind: str = "report") -> dict[str, Any]:
    """The JSON Schema of ``report`` (every edition) or ``findings``, as a dict."""
    return json.loads(_native.schema(kind))  # type: ignore[no-any-return]
