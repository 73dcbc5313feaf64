"""Limits in the app: set by the same CHAIN_MAX_* variables as the CLI, shown located."""

from __future__ import annotations

import json

from appdriving import SAMPLE, finding_codes, upload

from chain.validate import validate_bytes
from chain_app.i18n import MESSAGES


def _problems(at) -> list[dict]:
    return at.get_by_key("load-problems").dataframe[0].value.to_dict("records")


def test_party_limit_from_the_environment(app, monkeypatch):
    monkeypatch.setenv("CHAIN_MAX_PARTIES", "2")
    upload(app, "five.json", SAMPLE.read_bytes())
    assert not app.exception
    assert app.title[0].value == MESSAGES["app.title"].ja  # refused: stays on the load page
    (row,) = _problems(app)
    assert row["JSON ポインタ"] == "/parties"
    assert "CHAIN_MAX_PARTIES" in row["問題"]
    assert app.session_state["doc"] is None


def test_string_limit_points_at_the_value(app, monkeypatch, sample_doc):
    monkeypatch.setenv("CHAIN_MAX_STRING", "100")
    sample_doc["parties"][1]["address"] = "住" * 150
    sample_doc["contract"]["note"] = "短い"
    upload(app, "long.json", json.dumps(sample_doc, ensure_ascii=False).encode())
    (row,) = _problems(app)
    assert row["JSON ポインタ"] == "/parties/1/address"


def test_mistyped_variable_keeps_the_defaults(app, monkeypatch):
    monkeypatch.setenv("CHAIN_MAX_PARTIES", "lots")
    upload(app, "ok.json", SAMPLE.read_bytes())
    assert not app.exception
    assert app.session_state["doc"] is not None


def test_findings_past_the_limit_are_counted_on_the_findings_page(app, monkeypatch, faulty_doc):
    data = json.dumps(faulty_doc, ensure_ascii=False).encode()
    report = validate_bytes(data).report
    every = [f.code for f in report.findings]
    assert len(every) == 3
    monkeypatch.setenv("CHAIN_MAX_FINDINGS", "2")
    upload(app, "faulty.json", data)
    assert not app.exception
    assert finding_codes(app) == every[:2]
    counts = report.counts()
    assert [m.value for m in app.metric] == [str(counts[s]) for s in ("error", "warning", "info")]
    (box,) = app.get_by_key("findings-omitted").warning
    assert "最初の 2 件" in box.value
    assert f"**{every[2]}**" in box.value and "ほか 1 件" in box.value
