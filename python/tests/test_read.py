"""`read`: every form, the meaning of cells, and errors with pointers."""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import ogi_report
from ogi_report import ParseError, Raw, ReadError

from conftest import FIXTURES, ROOT

LUOHE = FIXTURES / "reports" / "002_luohe_huizu_2022.json"
PLANTED = FIXTURES / "planted" / "002_luohe_huizu_2022_planted.json"
LIAOCHENG = FIXTURES / "reports" / "003_liaocheng_2019.json"


@pytest.mark.parametrize(
    ("path", "form", "agency", "year", "edition"),
    [
        (LUOHE, "json", "漯河回族区城市管理局", 2022, "format_2021"),
        (FIXTURES / "seeds" / "002_e5cb504301f5c306.txt", "text", "漯河回族区城市管理局", 2022, "format_2021"),
        (FIXTURES / "real" / "shkewei_2024_converted.md", "text", "上海市科委", 2024, "format_2021"),
        (FIXTURES / "real" / "pingtan_2024_page.html", "html", "平潭综合实验区", 2024, "format_2021"),
        (FIXTURES / "real" / "huaian_2024.pdf", "pdf", "淮安市人民政府", 2024, "format_2021"),
        (FIXTURES / "pdf" / "002_luohe_huizu_2022.pdf", "pdf", "漯河回族区城市管理局", 2022, "format_2021"),
        (FIXTURES / "docx" / "003_liaocheng_2019.docx", "docx", "聊城市城管局", 2019, "format_2019"),
    ],
)
def test_every_form_is_read_from_a_path_and_from_bytes(
    path: Path, form: str, agency: str, year: int, edition: str
) -> None:
    report = ogi_report.read(path)
    assert (report.form, report.agency, report.year, report.edition) == (form, agency, year, edition)
    assert report.path == str(path)
    same = ogi_report.read(path.read_bytes())
    assert same.path is None
    assert same.to_json() == report.to_json()
    # A published form tells how it was read; JSON has nothing to tell.
    if form == "json":
        assert report.parse_findings is None and report.spans is None
    else:
        assert report.parse_findings is not None and report.spans is not None
        # Every cell span names a cell of the report, with how it was placed.
        cells = [s for s in report.spans if s["kind"] == "cell"]
        assert cells
        for span in cells:
            report.cell(span["pointer"])
            assert span["placement"] in ("grid", "position", "order", "split", "agreed")


def _leaves(value: object, pointer: str) -> list[tuple[str, object]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, f"{pointer}/{k}")]
    return [(pointer, value)]


def test_the_huaian_pdf_reads_its_200_cells_as_the_hand_checked_table() -> None:
    report = ogi_report.read(FIXTURES / "real" / "huaian_2024.pdf")
    expected = json.loads((FIXTURES / "real" / "expected" / "huaian_2024.json").read_text())
    leaves = [
        leaf
        for part in ("proactive", "requests", "review_litigation")
        for leaf in _leaves(expected[part], f"/{part}")
        if not leaf[0].endswith("/heading")
    ]
    assert len(leaves) == 200
    for pointer, value in leaves:
        want = Decimal(value) if isinstance(value, str) else value
        assert report.cell(pointer) == want, pointer


def test_blank_raw_and_money_keep_their_meaning() -> None:
    planted = ogi_report.read(PLANTED)
    assert planted.cell("/proactive/licensing/decisions") is None  # blank, not 0
    assert planted.cell("/review_litigation/review/other") == Raw("/")
    assert str(planted.cell("/review_litigation/review/other")) == "/"
    fee = planted.cell("/proactive/administrative_fees/amount")
    assert fee == Decimal("27.2500") and isinstance(fee, Decimal)
    assert str(fee) == "27.2500"  # its printed places kept
    assert planted.cell("/proactive/penalties/decisions") == 67
    change = ogi_report.read(LIAOCHENG).cell("/proactive/penalties/items_change")
    assert change == Raw("减")
    # The tidy rows say the same: no value for a blank or raw cell, its state and text.
    rows = {(r["table"], r["row_id"], r["column_id"]): r for r in planted.cells()}
    blank = rows[("proactive", "licensing", "decisions")]
    assert (blank["value"], blank["state"], blank["raw"]) == (None, "blank", None)
    raw = rows[("review_litigation", "review", "other")]
    assert (raw["value"], raw["state"], raw["raw"]) == (None, "raw", "/")
    money = rows[("proactive", "administrative_fees", "amount")]
    assert (money["value"], money["state"]) == (Decimal("27.2500"), "value")
    # No float anywhere in the cells.
    assert not any(isinstance(r["value"], float) for r in planted.cells())
    # to_dict is the canonical JSON: money as its exact string.
    assert planted.to_dict()["proactive"]["administrative_fees"]["amount"] == "27.2500"
    assert planted.to_dict()["proactive"]["licensing"]["decisions"] is None


def test_a_pointer_that_names_no_cell_is_a_key_error() -> None:
    report = ogi_report.read(LUOHE)
    with pytest.raises(KeyError, match="/requests/nothing: no cell of a format_2021 report"):
        report.cell("/requests/nothing")


def test_errors_carry_the_crates_message_and_pointer() -> None:
    bad_year = b'{"edition": "format_2021", "meta": {"agency": "x", "report_year": 1066}}'
    with pytest.raises(ReadError) as e:
        ogi_report.read(bad_year)
    assert e.value.pointer == "/meta/report_year"
    assert e.value.message == "at /meta/report_year: 1066 is not a plausible report year (1990–2100)"
    with pytest.raises(ParseError) as p:
        ogi_report.read(b"hello world")
    assert p.value.pointer is None
    assert str(p.value).startswith("not an annual report on Open Government Information work")
    with pytest.raises(ParseError, match="a corrupt or truncated PDF"):
        ogi_report.read(b"%PDF-1.7\n...")
    with pytest.raises(FileNotFoundError):
        ogi_report.read(ROOT / "no" / "such.pdf")
    # Both are OgiError, and ValueError is not what they are.
    assert issubclass(ReadError, ogi_report.OgiError) and issubclass(ParseError, ogi_report.OgiError)


def test_a_year_and_agency_given_are_used_for_a_text_that_states_none() -> None:
    text = (FIXTURES / "seeds" / "002_e5cb504301f5c306.txt").read_text()
    for year in ("2021", "2022", "2023"):
        text = text.replace(year, "")
    undated = ogi_report.read(text.encode())
    assert undated.year is None
    assert [f.rule for f in undated.parse_findings or [] if f.rule == "parse.meta_missing"] == [
        "parse.meta_missing",
        "parse.meta_missing",
    ]
    given = ogi_report.read(text.encode(), agency="某局", year=2022)
    assert (given.agency, given.year) == ("某局", 2022)


def test_findings_and_rendering() -> None:
    planted = ogi_report.read(PLANTED)
    findings = planted.validate()
    committed = json.loads((FIXTURES / "findings" / "002_luohe_huizu_2022_planted.json").read_text())
    assert [{k: v for k, v in f.to_dict().items() if k != "span"} for f in findings] == committed[
        "findings"
    ]
    first = findings[0]
    assert (first.rule, first.severity, first.pointer) == ("cell.blank", "notice", "/proactive/licensing/decisions")
    assert first.message_en == "「行政许可 › 本年处理决定数量」 is blank."
    assert first.span is not None and (first.span.line, first.span.column) == (33, 20)
    errors = [f for f in findings if f.severity == "error"]
    assert len(errors) == 5
    html = planted.render("html")
    assert html.startswith("<!DOCTYPE html>") and "requests.row_total" in html
    assert "漯河回族区城市管理局" in planted.render("markdown")
    assert "\t" in planted.render("text")
    with pytest.raises(ValueError, match='to="pdf": expected "html", "markdown" or "text"'):
        planted.render("pdf")


def test_schema_and_findings_json() -> None:
    assert ogi_report.schema()["$id"].endswith("ogi-report.schema.json")
    assert ogi_report.schema("findings")["$id"].endswith("ogi-report-findings.schema.json")
    with pytest.raises(ValueError, match='kind="x"'):
        ogi_report.schema("x")
    findings = ogi_report.read_findings(FIXTURES / "findings" / "002_luohe_huizu_2022_planted.json")
    assert [f.rule for f in findings] == [f.rule for f in ogi_report.read(PLANTED).validate()]
    with pytest.raises(ReadError) as e:
        ogi_report.read_findings(FIXTURES / "invalid" / "findings_unknown_rule.json")
    assert e.value.pointer == "/findings/0/rule"


def test_a_text_finding_quotes_its_figure_and_is_placed_in_the_json() -> None:
    case = FIXTURES / "text" / "2019_disclosed_and_unavailable.json"
    report = ogi_report.read(case)
    text = [f for f in report.validate() if f.rule.startswith("text.")]
    assert [(f.rule, f.severity, f.expected, f.actual) for f in text] == [
        ("text.count", "warning", 275, 258),
        ("text.count", "warning", 337, 265),
    ]
    quote = text[0].quote
    assert quote == ogi_report.Quote(start=137, end=143, text="其中予以公开及部分公开258件")
    overview = report.to_dict()["overview"]["text"]
    assert overview.encode()[quote.start : quote.end].decode() == "258件"
    raw = case.read_bytes()
    assert text[0].span is not None
    assert raw[text[0].span.start : text[0].span.end].decode() == "258件"


def test_metrics_are_exact_and_say_their_denominator() -> None:
    report = ogi_report.read(LIAOCHENG)
    values = {m.metric: m for m in report.metrics()}
    assert list(values) == [
        "disclosure_rate",
        "substantive_disclosure_rate",
        "withheld_rate",
        "unavailable_rate",
        "not_processed_rate",
        "other_handling_rate",
        "carry_forward_rate",
        "review_correction_rate",
        "litigation_correction_rate",
        "new_requests_yoy",
    ]
    # （一） 1 of （七）总计 2.
    disclosed = values["disclosure_rate"]
    assert (disclosed.numerator, disclosed.denominator, disclosed.denominator_kind) == (1, 2, "answered")
    assert disclosed.percent() == Decimal("50.00")
    # （四）1 is blank: no value, never 0.
    unavailable = values["unavailable_rate"]
    assert unavailable == ogi_report.MetricValue(
        metric="unavailable_rate",
        denominator_kind="answered",
        numerator=None,
        denominator=None,
        reason="blank",
        cells=("/requests/outcomes/unavailable/not_held/total",),
    )
    assert unavailable.percent() is None and not unavailable.computable
    assert values["review_correction_rate"].reason == "zero_denominator"
    assert values["new_requests_yoy"].reason == "no_previous_year"
    # 受理 for every metric: the correction rates take it (总计), 同比 does not.
    received = {m.metric: m for m in report.metrics("received")}
    assert received["carry_forward_rate"].fraction() == 0
    assert received["new_requests_yoy"].reason == "denominator_not_defined"
    with pytest.raises(ValueError, match="not a denominator"):
        report.metrics("half")


def test_the_year_over_year_change_reads_last_years_report() -> None:
    before = ogi_report.read(FIXTURES / "reports" / "004_qingdao_2018.json")
    doc = json.loads(LIAOCHENG.read_text(encoding="utf-8"))
    doc["meta"]["agency"] = "青岛市城市管理局"
    doc["requests"]["new_received"]["total"] = 35
    after = ogi_report.read(json.dumps(doc, ensure_ascii=False).encode())
    yoy = after.metrics(previous=before)[-1]
    # (35 − 28) ÷ 28, the 2018 report's key figure stated exactly.
    assert (yoy.numerator, yoy.denominator, yoy.percent(1)) == (7, 28, Decimal("25.0"))
    assert yoy.fraction() == Fraction(1, 4)




def test_a_rate_rounds_half_away_from_zero_only_for_display() -> None:
    value = ogi_report.MetricValue("disclosure_rate", "answered", 966, 1453, None, ())
    assert value.percent() == Decimal("66.48")
    assert value.percent(0) == Decimal("66")
    fall = ogi_report.MetricValue("new_requests_yoy", "new_only", -1, 8, None, ())
    assert fall.percent(0) == Decimal("-13")
    with pytest.raises(ValueError):
        value.percent(-1)
