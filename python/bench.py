"""Benchmark: `ogi_report.check` of many JSON reports against the pure-Python path.

    python python/bench.py [N]          # N reports (default 10 000)

Writes two folders of N JSON reports to a temporary folder: seed 002 (a clean 2021 report,
the report `ogi check`'s own benchmark uses) N times, and the repository's six example
reports cycled (2008-era figures, a 2019 report with 153 blank cells to report, planted
errors). For each it times, in one run:

- `ogi_report.check(folder)`: read, validate and place every finding, in Rust, on every
  core, the interpreter released (best of three);
- the pure-Python path for the same files: `jsonschema` against the committed schema, then
  the generated pydantic models (`schema/bindings/python/`), with no cross-checks at all.
  It is timed on the first 1 000 files (it is slow) and scaled to N.

Needs `jsonschema` and `pydantic` for the second (`pip install jsonschema pydantic`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

# The installed package, not its sources beside this script (they lack the extension).
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import ogi_report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


def write_reports(folder: Path, n: int, sources: list[Path]) -> list[Path]:
    folder.mkdir()
    texts = [s.read_text(encoding="utf-8") for s in sources]
    paths = []
    for i in range(n):
        path = folder / f"{i:05}.json"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(path)
    return paths


def best_of(runs: int, work: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def pure_python(paths: list[Path]) -> Callable[[], None]:
    import jsonschema
    import pydantic

    schema = json.loads((ROOT / "schema" / "ogi-report.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    spec = importlib.util.spec_from_file_location(
        "ogi_report_models", ROOT / "schema" / "bindings" / "python" / "ogi_report_models.py"
    )
    assert spec and spec.loader
    models = importlib.util.module_from_spec(spec)
    sys.modules["ogi_report_models"] = models
    spec.loader.exec_module(models)
    adapter = pydantic.TypeAdapter(models.OgiReport)

    def work() -> None:
        for path in paths:
            data = json.loads(path.read_text(encoding="utf-8"))
            validator.validate(data)
            adapter.validate_python(data)

    return work


SETS = {
    "seed 002": [FIXTURES / "reports" / "002_luohe_huizu_2022.json"],
    "six examples": sorted((FIXTURES / "reports").glob("*.json"))
    + sorted((FIXTURES / "planted").glob("*.json")),
}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        for name, sources in SETS.items():
            folder = Path(tmp) / name.replace(" ", "_")
            paths = write_reports(folder, n, sources)
            batch = ogi_report.check(folder)
            assert len(batch) == n and not any(f["error"] for f in batch.files())
            crate = best_of(3, lambda: ogi_report.check(folder))
            crate_rate = n / crate
            print(
                f"{name}: ogi_report.check: {n} reports in {crate * 1000:.0f} ms on {cores} cores:"
                f" {crate_rate:,.0f} reports/s"
            )
            try:
                work = pure_python(paths[: min(n, 1000)])
            except ImportError as e:
                print(f"{name}: pure Python: not measured ({e})")
                continue
            sample = min(n, 1000)
            python = best_of(1, work) * n / sample
            python_rate = n / python
            print(
                f"{name}: pure Python (jsonschema + pydantic, one core, no cross-checks):"
                f" {python_rate:,.0f} reports/s; ogi_report is {crate_rate / python_rate:,.0f}x"
            )


if __name__ == "__main__":
    main()
