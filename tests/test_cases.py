"""Run every behaviour case file (tests/cases/<CODE>/*.json): exact findings, in order.

See ``support/casefiles.py`` for the format. Each case goes through
``validate_bytes``, the path a submitted file takes, under the profile it
names, and must produce exactly the (code, pointer) list it states.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from support.casefiles import Case, all_cases, subset_mismatches
from support.injection import HIDDEN

from chain.check.catalog import catalog

CASES = all_cases()


def _findings(case: Case, data: bytes | None = None) -> list:
    result = case.run(data)
    assert not result.problems, "the chain was not accepted: " + "; ".join(
        f"{p.pointer}: {p.message_en}" for p in result.problems
    )
    assert result.report is not None
    return result.report.findings


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_gives_exactly_the_expected_findings(case: Case) -> None:
    findings = _findings(case)
    got = [(f.code, f.pointer) for f in findings]
    assert got == case.expected_pairs
    for expected, finding in zip(case.expect, findings, strict=True):
        problems = subset_mismatches(expected.detail, finding.to_dict())
        assert not problems, f"{expected.code} {expected.pointer}: " + "; ".join(problems)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_findings_are_complete(case: Case) -> None:
    """Every finding is worded in both languages, cited, and located."""
    for f in _findings(case):
        assert f.message.ja.strip() and f.message.en.strip(), f.code
        assert f.fix.ja.strip() and f.fix.en.strip(), f.code
        assert f.citations, f.code
        assert all(c.label.ja.strip() and c.label.en.strip() for c in f.citations), f.code
        assert f.pointer.startswith("/"), f.code
        assert f.slug == catalog()[f.code].slug
        json.dumps(f.to_dict(), ensure_ascii=False)  # the JSON form is serialisable


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case_is_what_its_name_says(case: Case) -> None:
    docs = catalog()
    assert case.code in docs and not docs[case.code].retired
    codes = [e.code for e in case.expect]
    if case.kind == "fires":
        assert case.code in codes
    else:
        assert case.code not in codes
    if case.kind == "clean":
        loud = [c for c in codes if docs[c].severity != "info"]
        assert not loud, f"a clean case may only produce notices, not {loud}"
    # The chain names the template it is checked against, as a submitted file would.
    assert case.chain["contract"].get("template") == case.profile().id


def _reversed_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _reversed_keys(value[k]) for k in reversed(list(value))}
    if isinstance(value, list):
        return [_reversed_keys(v) for v in value]
    return value


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_same_input_same_findings(case: Case) -> None:
    first = [f.to_dict() for f in _findings(case)]
    again = [f.to_dict() for f in _findings(case)]
    assert first == again
    # Key order inside JSON objects carries no meaning: it must not change the output.
    shuffled = json.dumps(_reversed_keys(case.chain), ensure_ascii=False).encode("utf-8")
    assert [f.to_dict() for f in _findings(case, shuffled)] == first


_HOSTILE = "\u202e\x1b[31m{citation}{0}<b>=1+1\u200b\U000e0041\ufe0f"


def _with_hostile_names(chain: dict[str, Any]) -> dict[str, Any]:
    chain = json.loads(json.dumps(chain))
    for key in ("parties", "workers", "places"):
        for item in chain.get(key, []):
            item["name"] = item["name"] + _HOSTILE
    for d in chain.get("delegations", []):
        if d.get("reason"):
            d["reason"] += _HOSTILE
    return chain


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "fires"], ids=lambda c: c.id)
def test_names_reach_messages_visibly_and_literally(case: Case) -> None:
    """Control and bidi characters in submitted names are escaped, braces are not expanded."""
    data = json.dumps(_with_hostile_names(case.chain), ensure_ascii=False).encode("utf-8")
    findings = _findings(case, data)
    assert findings
    for f in findings:
        for text in (f.message.ja, f.message.en, f.fix.ja, f.fix.en):
            assert not HIDDEN.search(text), f"{f.code}: {text!r}"
    # The user's text itself is kept, unescaped, in the facts.
    names = json.dumps([f.to_dict()["facts"] for f in findings], ensure_ascii=False)
    if "{citation}{0}" in names:
        assert "\u202e" in names
