"""Hostile and broken input: located messages, never a traceback, never an injection.

Each case feeds bytes through the same path scripts use (``validate_bytes``)
and asserts the outcome: a located problem (exit 2) or findings (exit 0/1),
with the user's text intact in JSON and made visible, never live, in text.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from chain.format.limits import Limits
from chain.report.json import to_json
from chain.report.sarif import to_sarif
from chain.report.text import to_text
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
BASE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def chain_with(**changes) -> dict:
    doc = json.loads(json.dumps(BASE))
    for path, value in changes.items():
        target = doc
        *head, last = path.split("__")
        for key in head:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return doc


def encode(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def problems(data: bytes, **kw) -> set[tuple[str, str]]:
    result = validate_bytes(data, **kw)
    assert result.exit_code == 2, result.report and result.report.findings
    return {(p.pointer, p.type) for p in result.problems}


@pytest.mark.parametrize(
    ("data", "where"),
    [
        (b"", (1, 0)),
        (b"{", (1, 1)),
        (b'{"format": "subcontract-chain",}', (1, 32)),
        (b"not json at all", (1, 2)),
        (b"\x00\x01\x02binary", None),
        (b"[]", None),
        (b"null", None),
    ],
)
def test_malformed_json_is_located(data: bytes, where) -> None:
    result = validate_bytes(data)
    assert result.exit_code == 2
    (p,) = result.problems
    if where is not None:
        assert (p.line, p.column) == where
    assert p.message_ja and p.message_en


def test_wrong_types_each_point_at_their_place() -> None:
    doc = chain_with(
        parties__0__name=123,
        parties__1__contact="電話 022-000-2222",
        delegations__0__personal_data="氏名",
        workers__1__count="4名",
        contract__specific_personal_information="はい",
    )
    assert problems(encode(doc)) == {
        ("/contract/specific_personal_information", "bool_parsing"),
        ("/delegations/0/personal_data", "list_type"),
        ("/parties/0/name", "string_type"),
        ("/parties/1/contact", "model_type"),
        ("/workers/1/count", "int_parsing"),
    }


def test_ten_megabyte_string_is_refused_at_its_place() -> None:
    doc = chain_with(parties__1__name="株" * (10 * 1024 * 1024))
    got = problems(encode(doc))
    assert got == {("/parties/1/name", "string_too_long")}


def test_huge_file_refused_before_parsing() -> None:
    data = encode(BASE)
    result = validate_bytes(data, limits=Limits(max_bytes=1000))
    assert [p.type for p in result.problems] == ["too_large"]


def test_party_count_limit() -> None:
    result = validate_bytes(encode(BASE), limits=Limits(max_parties=3))
    assert [(p.pointer, p.type) for p in result.problems] == [("/parties", "too_many")]


@pytest.mark.parametrize("depth", [100, 10_000, 1_000_000])
def test_deep_nesting(depth: int) -> None:
    data = b'{"format": "subcontract-chain", "parties": ' + b"[" * depth + b"]" * depth + b"}"
    result = validate_bytes(data)
    assert result.exit_code == 2
    assert result.problems  # either "too deep" (parser) or a type error at /parties/0


def test_unknown_fields_are_refused_not_dropped() -> None:
    doc = chain_with(delegations__0__reasn="誤記")
    assert problems(encode(doc)) == {("/delegations/0/reasn", "extra_forbidden")}


def test_worker_problems_read_as_those_of_other_items() -> None:
    """Items are read as dataclasses (chain.format.model): a misspelt key and a worker that is
    not an object are reported with a model's problem types, in the same words for a
    worker as for a party."""
    doc = chain_with(workers__0__rolse=["operator"])
    result = validate_bytes(encode(doc))
    (worker,) = result.problems
    assert (worker.pointer, worker.type) == ("/workers/0/rolse", "extra_forbidden")
    party = validate_bytes(encode(chain_with(parties__0__rolse=1))).problems[0]
    assert (worker.message_ja, worker.message_en) == (party.message_ja, party.message_en)
    doc = copy.deepcopy(BASE)
    doc["workers"][0] = "w-1"
    assert problems(encode(doc)) == {("/workers/0", "model_type")}


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("平成31年5月1日", "date_format"),
        ("令和7年2月30日", "date_format"),
        ("2025-13-01", "date_format"),
        ("R0.4.1", "date_format"),
        (20250401, "date_type"),
    ],
)
def test_bad_dates_are_located(raw, problem: str) -> None:
    doc = chain_with(delegations__0__period__start=raw)
    assert problems(encode(doc)) == {("/delegations/0/period/start", problem)}


@pytest.mark.parametrize(
    "raw",
    ["令和7年4月15日", "令和７年４月１５日", "R7.4.15", "2025/4/15", "2025年4月15日", "㋿7.4.15"],
)
def test_era_and_width_variants_are_the_same_date(raw: str) -> None:
    result = validate_bytes(encode(chain_with(delegations__0__period__start=raw)))
    assert result.report is not None
    assert str(result.report.chain.delegations[0].period.start) == "2025-04-15"


def test_encodings() -> None:
    text = json.dumps(BASE, ensure_ascii=False)
    assert validate_bytes(b"\xef\xbb\xbf" + text.encode()).exit_code == 0  # UTF-8 BOM
    sjis = validate_bytes(text.encode("cp932", "replace"))
    assert [p.type for p in sjis.problems] == ["encoding"]
    assert "Shift_JIS" in sjis.problems[0].message_ja
    utf16 = validate_bytes(text.encode("utf-16"))
    assert [p.type for p in utf16.problems] == ["encoding"]


PAYLOADS = [
    '"; rankdir=LR; x [label="pwn',
    "}{ subgraph cluster_x { a }",
    '<script>alert("x")</script>',
    "<b>太字</b>&amp;",
    '=HYPERLINK("http://example.invalid","クリック")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\\\\server\\share\\..\\..\\etc\\passwd",
    "名前\x1b[31m赤\x1b[0m",
    "\u202e逆順テキスト",
    "改行\nを含む\r名前",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_names_survive_every_output(payload: str) -> None:
    # The payload names the subcontractor and drives a finding mentioning it.
    doc = chain_with(parties__2__name=payload)
    doc["delegations"][0]["documents"] = []
    result = validate_bytes(encode(doc), path="payload.json")
    assert result.exit_code == 1
    # JSON keeps the exact text, as data.
    out = json.loads(to_json([result]))
    messages = [f["message"]["ja"] for f in out["files"][0]["findings"]]
    assert any(payload in m or _visible(payload) in m for m in messages)
    # SARIF is valid JSON carrying the text as data.
    json.loads(to_sarif([result]))
    # Text output never carries raw control or direction characters.
    text = to_text([result])
    assert "\x1b" not in text and "\u202e" not in text and "\r" not in text
    assert text.count("\n") == to_text([result]).count("\n")


def _visible(s: str) -> str:
    from chain.text import visible

    return visible(s)


def test_fullwidth_corporate_number_is_accepted() -> None:
    doc = chain_with(parties__1__corporate_number="３０５２６０１８１５９０８")
    result = validate_bytes(encode(doc))
    assert result.exit_code == 0, [f.code for f in result.report.findings]


def test_width_variants_of_one_name_are_one_company() -> None:
    doc = chain_with()
    twin = dict(
        doc["parties"][1],
        id="minato-2",
        name="株式会社みなとデータサービス".replace("株式会社", "株式会社　"),
    )
    doc["parties"].append(twin)
    result = validate_bytes(encode(doc))
    codes = {(f.code, f.pointer) for f in result.report.findings}
    assert ("CHN010", "/parties/5") in codes
    assert not any(c == "CHN007" for c, _ in codes)


@pytest.mark.parametrize("template", ["../../etc/profile.toml", "/tmp/x.toml", "999"])
def test_submitted_file_cannot_choose_a_profile_file(template: str) -> None:
    doc = chain_with(contract__template=template)
    assert problems(encode(doc)) == {("/contract/template", "template_unknown")}
