"""Limits in the app: set by the same CHAIN_MAX_* variables as the CLI, shown located."""

from __future__ import annotations

import json

from appdriving import SAMPLE, upload

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
