"""A save handed the caller's own check (the app, after each edit): the version and its
findings are those a save of the same bytes gives, without the service reading or checking
the chain again; a check made on another profile, or of other bytes, is not taken."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from chain.cases.canonical import canonical
from chain.cases.service import CaseService, Checked
from chain.cases.words import CaseError
from chain.editor.document import check_document

FAULTY = Path(__file__).resolve().parents[2] / "sample_data" / "000" / "faulty.json"


def _case(service: CaseService) -> int:
    return service.new_case("tanaka", "課税資料入力業務", "市民税課", profile_id="000")["id"]


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record (and refuse) any reading or checking of a chain by the service."""
    calls: list[str] = []

    def refuse(*_args, **_kwargs):
        calls.append("read")
        raise AssertionError("the service read the chain again")

    monkeypatch.setattr(CaseService, "_read_chain", refuse)
    import chain.validate

    monkeypatch.setattr(chain.validate, "validate_chain", refuse)
    return calls


def test_a_checked_save_is_the_save_of_the_same_bytes(
    service: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = FAULTY.read_bytes()
    doc = json.loads(data)
    by_bytes = _case(service)
    from_bytes = service.save_version("tanaka", by_bytes, data, parent=None)
    by_check = _case(service)
    checked = Checked.of(doc, check_document(doc).report)
    calls = _no_reading(monkeypatch)
    from_check = service.save_version(
        "tanaka", by_check, None, parent=None, source="app", checked=checked
    )
    assert calls == []
    assert from_check["sha256"] == from_bytes["sha256"] == canonical(doc)[1]
    assert from_check["findings"] == from_bytes["findings"]
    assert from_check["findings"]["error"] > 0
    monkeypatch.undo()
    assert service.version_chain("tanaka", by_check) == doc
    exported = service.export("tanaka", by_check)["validation_runs"][0]["findings"]
    expected = service.export("tanaka", by_bytes)["validation_runs"][0]["findings"]
    assert [f["code"] for f in exported] == [f["code"] for f in expected]
    assert [f["pointer"] for f in exported] == [f["pointer"] for f in expected]


def test_a_check_on_another_profile_is_made_again_on_the_cases(service: CaseService) -> None:
    data = FAULTY.read_bytes()
    doc = json.loads(data)
    case = _case(service)  # checked against 000
    other = check_document(doc, "001").report
    assert other.profile.id == "001"
    saved = service.save_version(
        "tanaka", case, None, parent=None, source="app", checked=Checked.of(doc, other)
    )
    assert saved["findings"]["profile_id"] == "000"
    reference = service.save_version("tanaka", _case(service), data, parent=None)
    assert saved["findings"] == reference["findings"]


def test_a_check_of_other_bytes_is_refused(service: CaseService) -> None:
    doc = json.loads(FAULTY.read_bytes())
    checked = Checked.of(doc, check_document(doc).report)
    tampered = dataclasses.replace(checked, data=checked.data.replace(b"}", b" }", 1))
    case = _case(service)
    with pytest.raises(CaseError) as refused:
        service.save_version("tanaka", case, None, parent=None, checked=tampered)
    assert refused.value.code == "invalid"
    assert service.show_case("tanaka", case)["versions"] == []
    with pytest.raises(CaseError) as nothing:
        service.save_version("tanaka", case, None, parent=None)
    assert nothing.value.code == "invalid"
