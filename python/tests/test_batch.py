"""`check`: many files in parallel, as `ogi check` and `ogi export` see them."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

import ogi_report

from conftest import FIXTURES

pd = pytest.importorskip("pandas")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """The example reports in every form, a corrupt PDF, a text that is no report, and JSON
    that is not one, with a hidden file and a file of another kind that are not searched."""
    for src in [
        *sorted((FIXTURES / "reports").glob("*.json")),
        FIXTURES / "planted" / "002_luohe_huizu_2022_planted.json",
        FIXTURES / "seeds" / "003_d6691d8e51d808ed.txt",
        FIXTURES / "real" / "pingtan_2024_page.html",
        FIXTURES / "docx" / "002_luohe_huizu_2022.docx",
        FIXTURES / "pdf" / "002_luohe_huizu_2022.pdf",
    ]:
        shutil.copy(src, tmp_path / src.name)
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<<")
    (tmp_path / "notice.txt").write_text("关于放假的通知\n各单位：\n", encoding="utf-8")
    shutil.copy(FIXTURES / "invalid" / "negative_count.json", tmp_path / "negative.json")
    (tmp_path / ".hidden.json").write_text("{}")
    (tmp_path / "notes.csv").write_text("a,b\n")
    return tmp_path


def test_a_bad_file_is_a_row_with_its_error_and_the_batch_goes_on(folder: Path) -> None:
    batch = ogi_report.check(folder, workers=2)
    files = {Path(f["path"]).name: f for f in batch.files()}
    assert len(batch) == 13 and len(files) == 13
    assert ".hidden.json" not in files and "notes.csv" not in files
    assert files["corrupt.pdf"]["error"].startswith("not a readable PDF")
    assert files["corrupt.pdf"]["edition"] is None
    assert files["notice.txt"]["error"].startswith("not an annual report")
    assert files["negative.json"]["error"].startswith("at /requests/new_received/natural_person")
    read = [f for f in batch.files() if f["error"] is None]
    assert len(read) == 10
    planted = files["002_luohe_huizu_2022_planted.json"]
    assert (planted["form"], planted["errors"], planted["warnings"], planted["notices"]) == ("json", 5, 0, 3)
    assert files["002_luohe_huizu_2022.pdf"]["form"] == "pdf"
    assert files["002_luohe_huizu_2022.docx"]["form"] == "docx"
    assert [r.path for r in batch.reports()] == [f["path"] for f in read]
    # The same, one worker or many; a path that does not exist is an error of the call.
    assert ogi_report.check([folder], workers=1).files() == batch.files()
    with pytest.raises(OSError, match="no_such"):
        ogi_report.check(folder / "no_such")


def test_the_cells_frame_is_ogi_export_cell_by_cell(folder: Path, ogi: Path) -> None:
    out = subprocess.run(
        [ogi, "export", "--to", "csv", folder], capture_output=True, check=False, text=True
    )
    assert out.returncode == 2  # the files not read are said on standard error
    exported = list(csv.DictReader(io.StringIO(out.stdout)))
    cells, findings, files = ogi_report.check(folder).to_pandas()
    assert list(cells.columns) == [*ogi_report.CELL_COLUMNS, "amount"]
    assert str(cells["value"].dtype) == "Int64" and str(cells["report_year"].dtype) == "Int64"
    assert len(cells) == len(exported) > 1000
    for i, row in enumerate(exported):
        got = cells.iloc[i]
        for column in ("file", "agency", "edition", "table", "row_id", "column_id", "row_label", "column_label", "state"):
            assert got[column] == row[column], (i, column)
        assert ("" if pd.isna(got["report_year"]) else str(got["report_year"])) == row["report_year"]
        assert ("" if pd.isna(got["raw"]) else got["raw"]) == row["raw"]
        if pd.isna(got["value"]):
            shown = "" if got["amount"] is None else str(got["amount"])
            assert got["amount"] is None or isinstance(got["amount"], Decimal)
        else:
            assert got["amount"] is None
            shown = str(got["value"])
        assert shown == row["value"], (i, row)
    assert not any(isinstance(v, float) for v in cells["amount"] if v is not None)
    assert set(files.columns) == {"path", "form", "edition", "agency", "year", "errors", "warnings", "notices", "error"}
    assert len(files) == 13 and files["error"].notna().sum() == 3
    assert list(findings.columns)[:4] == ["file", "rule", "severity", "pointer"]


def test_findings_are_ogi_checks(folder: Path, ogi: Path) -> None:
    out = subprocess.run(
        [ogi, "check", "--format", "json", folder], capture_output=True, check=False, text=True
    )
    by_cli = {}
    for line in out.stdout.splitlines():
        obj = json.loads(line)
        if "path" in obj and "findings" in obj:
            by_cli[obj["path"]] = obj["findings"]
    batch = ogi_report.check(folder)
    by_package: dict[str, list[object]] = {}
    for f in batch.findings():
        by_package.setdefault(f.path or "", []).append(f.to_dict())
    read = [f["path"] for f in batch.files() if f["error"] is None]
    assert sorted(by_cli) == sorted(read)
    for path in read:
        assert by_package.get(path, []) == by_cli[path], path
    assert sum(len(v) for v in by_cli.values()) > 10


def test_polars_frames_hold_the_same_cells(folder: Path) -> None:
    pl = pytest.importorskip("polars")
    batch = ogi_report.check(folder)
    cells = batch.to_polars().cells
    pandas_cells = batch.to_pandas().cells
    assert cells.schema["value"] == pl.Int64
    assert cells.height == len(pandas_cells)
    assert cells["value"].to_list() == [None if pd.isna(v) else int(v) for v in pandas_cells["value"]]
    assert cells["amount"].to_list() == [None if v is None else str(v) for v in pandas_cells["amount"]]
