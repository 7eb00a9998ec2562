"""Reads a report, checks it, and sums a folder's outcomes: the package's main calls, typed.

    python python/examples/quickstart.py [REPORT] [FOLDER]

Checked with ``mypy --strict`` in CI, so that the type stubs stay true to the package.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Optional

import ogi_report
from ogi_report import Finding, Raw, Report

ROOT = Path(__file__).resolve().parents[2]


def describe(report: Report) -> str:
    fee: Optional[Decimal] = None
    if report.edition == "format_2021":
        value = report.cell("/proactive/administrative_fees/amount")
        fee = value if isinstance(value, Decimal) else None
    new = report.cell("/requests/new_received/total") if report.edition != "regulation_2008" else None
    shown = str(new) if isinstance(new, (int, Raw)) else "blank"
    return f"{report.agency} {report.year} ({report.edition}, {report.form}): new {shown}, fee {fee}"


def worst(findings: list[Finding]) -> str:
    order = {"error": 0, "warning": 1, "notice": 2}
    ranked = sorted(findings, key=lambda f: order.get(f.severity, 3))
    return ranked[0].message_en if ranked else "no finding"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/fixtures/planted/002_luohe_huizu_2022_planted.json"
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/fixtures/reports"
    report = ogi_report.read(path)
    print(describe(report))
    print("worst:", worst(report.validate()))
    batch = ogi_report.check([folder], workers=2)
    for row in batch.files():
        print(row["path"], row["errors"], row["warnings"], row["error"] or "")
    cells = [c for r in batch.reports() for c in r.cells() if c["row_id"] == "new_received"]
    total = sum(c["value"] for c in cells if c["column_id"] == "total" and isinstance(c["value"], int))
    print("new applications in the folder:", total)


if __name__ == "__main__":
    main()
