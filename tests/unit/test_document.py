"""chain.editor.document: the chain as an editable JSON document."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from chain.editor.document import (
    ChainInputError,
    check_document,
    document_bytes,
    document_chain,
    load_document,
    new_document,
)

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "compliant.json"


def test_load_keeps_the_file_as_written():
    data = SAMPLE.read_bytes()
    doc, chain = load_document(b"\xef\xbb\xbf" + data)
    assert doc == json.loads(data)
    assert doc["contract"]["period"]["start"] == "令和7年4月1日"  # era notation kept
    assert chain.contract.period.start.isoformat() == "2025-04-01"


def test_load_rejects_with_located_problems():
    with pytest.raises(ChainInputError) as err:
        load_document(b'{"format": "subcontract-chain", "version": "1.0", "parties": 3}')
    pointers = {p.pointer for p in err.value.problems}
    assert {"/contract", "/parties"} <= pointers
    with pytest.raises(ChainInputError) as err:
        load_document(b'{"format": ')
    assert err.value.problems[0].line == 1


def test_document_bytes_round_trip():
    doc = load_document(SAMPLE.read_bytes())[0]
    data = document_bytes(doc)
    assert "青葉市".encode() in data  # Japanese stays readable
    assert load_document(data)[0] == doc
    assert document_chain(doc) == load_document(data)[1]


def test_values_json_cannot_hold_are_problems_not_crashes():
    doc = load_document(SAMPLE.read_bytes())[0]
    doc["workers"][0]["count"] = math.nan
    result = check_document(doc)
    assert result.report is None and result.problems[0].type == "not_json"
    with pytest.raises(ChainInputError):
        document_chain(doc)


def test_new_document_is_a_checkable_chain():
    doc = new_document(
        title="入力業務",
        municipality="青葉市",
        contractor="株式会社みなと",
        template="003",
        start="令和7年4月1日",
        end="",
    )
    assert doc["contract"]["period"] == {"start": "令和7年4月1日"}
    result = check_document(doc)
    assert result.problems == []
    assert result.report.profile.id == "003"
    blank = new_document(title="", municipality="", contractor="")
    problems = {p.pointer for p in check_document(blank).problems}
    assert {"/contract/title", "/parties/0/name", "/parties/1/name"} <= problems


def test_profile_override_and_missing_template():
    doc = new_document(title="t", municipality="m", contractor="c")
    assert [p.type for p in check_document(doc).problems] == ["template_missing"]
    assert check_document(doc, "001").report.profile.id == "001"


def test_a_document_over_the_size_limit_once_indented_is_written_compact():
    """A file read within the limit stays checkable, and its download readable, though
    indenting it would make it larger than the limit (a 55 MB file became 87 MB)."""
    from chain.format.limits import Limits

    doc = load_document(SAMPLE.read_bytes())[0]
    indented = document_bytes(doc)
    compact = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    assert len(compact) < len(indented)
    limits = Limits(max_bytes=len(compact) + 10)
    assert document_bytes(doc, max_bytes=len(indented)) == indented
    assert document_bytes(doc, max_bytes=limits.max_bytes) == compact
    result = check_document(doc, limits=limits)
    assert result.report is not None and result.data == compact
    assert load_document(result.data, limits=limits)[0] == doc
    assert check_document(doc, limits=Limits(max_bytes=len(compact) - 1)).problems[0].type == (
        "too_large"
    )


def test_the_loaded_document_holds_each_text_once():
    """Equal texts of the file are one object in the document the app keeps, which is
    still the file's JSON value (chain._perf.strings)."""
    data = SAMPLE.read_bytes()
    doc = load_document(data)[0]
    assert doc == json.loads(data)
    dates = [w["trained_on"] for w in doc["workers"] if "trained_on" in w]
    assert len(dates) > 1 and len({id(d) for d in dates}) == len(set(dates))
    doc["workers"][0]["name"] = "別の名前"  # an edit changes only what it replaces
    assert doc["workers"][1]["name"] != "別の名前"
