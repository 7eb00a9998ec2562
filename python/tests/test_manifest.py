"""The crate and the package agree on every fixture of the shared manifest."""

from __future__ import annotations

import json

import pytest

import ogi_report

from conftest import FIXTURES

MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fixture", MANIFEST["fixtures"], ids=lambda f: f["file"])
def test_the_same_verdict_and_the_same_findings(fixture: dict[str, object]) -> None:
    path = FIXTURES / str(fixture["file"])
    read = ogi_report.read if fixture["schema"] == "report" else ogi_report.read_findings
    if not fixture["valid"]:
        with pytest.raises(ogi_report.ReadError) as e:
            read(path)
        assert (e.value.pointer or "") == fixture["pointer"]
        return
    if fixture["schema"] == "findings":
        findings = ogi_report.read_findings(path)
        committed = json.loads(path.read_text(encoding="utf-8"))["findings"]
        assert [f.to_dict() for f in findings] == committed
        return
    report = ogi_report.read(path)
    # The crate's findings of this report are committed beside it.
    committed = json.loads((FIXTURES / "findings" / path.name).read_text(encoding="utf-8"))
    got = [{k: v for k, v in f.to_dict().items() if k != "span"} for f in report.validate()]
    assert got == committed["findings"]
    # And the canonical JSON reads back to itself.
    assert ogi_report.read(report.to_json().encode()).to_json() == report.to_json()
