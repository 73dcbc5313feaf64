"""A large file of junk cannot make the reader report millions of problems.

Files up to ``COMPLETE_CHECK_MAX_BYTES`` are checked for every problem;
in larger ones each list stops at its first invalid item (chain.format.failfast).
At most ``MAX_PROBLEMS`` problems are reported per file, and the first of every
other kind; a summary per kind says how many more there are.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import chain.format.model
from chain.format.model import Chain
from chain.format.problems import MAX_PROBLEMS
from chain.format.read import COMPLETE_CHECK_MAX_BYTES, parse_chain
from chain.report.json import to_json
from chain.report.text import to_text
from chain.testing.synthetic import Spec, generate
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
BASE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def _with(field: str, items: bytes, n: int) -> bytes:
    return (
        json.dumps(BASE)[:-1].encode() + f', "{field}": ['.encode() + b",".join([items] * n) + b"]}"
    )


@pytest.mark.parametrize(
    ("field", "item", "first"),
    [
        ("delegations", b"1", ("/delegations/0", "model_type")),
        ("parties", b"{}", ("/parties/0/id", "missing")),
        ("workers", b'"w"', ("/workers/0", "model_type")),
        ("places", b"[]", ("/places/0", "model_type")),
    ],
)
def test_a_megabyte_list_of_junk_gives_a_handful_of_problems(field, item, first) -> None:
    data = _with(field, item, 1_000_000 // len(item))
    assert len(data) > COMPLETE_CHECK_MAX_BYTES
    result = validate_bytes(data)
    assert result.exit_code == 2
    assert len(result.problems) <= 5
    assert (result.problems[0].pointer, result.problems[0].type) == first


def test_nested_lists_stop_at_their_first_junk_item_too() -> None:
    doc = json.loads(json.dumps(BASE))
    doc["delegations"][0]["personal_data"] = [1] * 100_000
    doc["delegations"][0]["documents"][1]["personal_data"] = [None] * 10_000
    doc["workers"][0]["roles"] = ["x"] * 10_000
    got = {(p.pointer, p.type) for p in validate_bytes(json.dumps(doc).encode()).problems}
    assert got == {
        ("/delegations/0/personal_data/0", "string_type"),
        ("/delegations/0/documents/1/personal_data/0", "string_type"),
        ("/workers/0/roles/0", "literal_error"),
    }


def test_small_files_report_every_problem_capped() -> None:
    doc = json.loads(json.dumps(BASE))
    doc["workers"] = [
        {"id": f"w{i}", "name": "n", "party": "minato", "employment": "x"} for i in range(1500)
    ]
    data = json.dumps(doc).encode()
    assert len(data) <= COMPLETE_CHECK_MAX_BYTES
    problems = validate_bytes(data).problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert [p.pointer for p in problems[:2]] == ["/workers/0/employment", "/workers/1/employment"]
    assert problems[-1].type == "more_problems" and "500" in problems[-1].message_en


def _two_kinds_of_problem(workers: int) -> bytes:
    """A small file whose workers alternate between a bad employment and a bad count."""
    doc = json.loads(json.dumps(BASE))
    doc["workers"] = [
        {
            "id": f"w{i}",
            "name": "n",
            "party": "minato",
            "employment": "x" if i % 2 == 0 else "regular",
            "count": 1 if i % 2 == 0 else "many",
        }
        for i in range(workers)
    ]
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert len(data) <= COMPLETE_CHECK_MAX_BYTES
    return data


def test_problems_left_out_are_summarised_per_kind() -> None:
    problems = validate_bytes(_two_kinds_of_problem(1500)).problems
    assert len(problems) == MAX_PROBLEMS + 2
    assert [(p.pointer, p.type, p.more) for p in problems[MAX_PROBLEMS:]] == [
        ("/workers/1000/employment", "more_problems", ("literal_error", 250)),
        ("/workers/1001/count", "more_problems", ("int_parsing", 250)),
    ]
    summary = problems[-1]
    assert "ほか 250 件（同じ種類: 整数で書いてください）" in summary.message_ja
    assert "And 250 more of the same kind (Must be an integer)" in summary.message_en


def test_every_kind_of_problem_is_shown_once() -> None:
    doc = json.loads(_two_kinds_of_problem(1500))
    doc["zz"] = 1  # an unknown key: its pointer comes after every worker's
    problems = validate_bytes(json.dumps(doc, separators=(",", ":")).encode()).problems
    assert len(problems) == MAX_PROBLEMS + 3
    assert (problems[MAX_PROBLEMS].pointer, problems[MAX_PROBLEMS].type) == (
        "/zz",
        "extra_forbidden",
    )
    assert [p.more for p in problems[-2:]] == [("literal_error", 250), ("int_parsing", 250)]


def test_the_summary_reaches_every_output() -> None:
    result = validate_bytes(_two_kinds_of_problem(1500), path="many.json")
    (file,) = json.loads(to_json([result]))["files"]
    assert [e["more"] for e in file["errors"][MAX_PROBLEMS:]] == [
        {"type": "literal_error", "count": 250},
        {"type": "int_parsing", "count": 250},
    ]
    assert all("more" not in e for e in file["errors"][:MAX_PROBLEMS])
    assert "many.json" in to_text([result]) and "ほか 250 件" in to_text([result])
    assert "And 250 more of the same kind" in to_text([result], lang="en")


def test_the_app_table_shows_the_summary() -> None:
    from chain_app.components import problems_frame

    frame = problems_frame(validate_bytes(_two_kinds_of_problem(1500)).problems)
    assert len(frame) == MAX_PROBLEMS + 2
    assert "ほか 250 件" in frame.iloc[-1].iloc[1]


def test_a_large_valid_file_reads_the_same() -> None:
    data = generate(Spec(parties=300, fault_rate=0.1, seed=9)).to_bytes()
    assert len(data) > COMPLETE_CHECK_MAX_BYTES
    large = parse_chain(data)
    assert isinstance(large, Chain)
    assert large.model_dump() == Chain.model_validate_json(data).model_dump()


def test_the_items_of_a_large_file_are_the_published_items() -> None:
    """The fail-fast variants subclass the published items (models and dataclasses), with
    the same fields in the same order, and keep the items' slots."""
    data = generate(Spec(parties=300, fault_rate=0.1, seed=9)).to_bytes()
    assert len(data) > COMPLETE_CHECK_MAX_BYTES
    large = parse_chain(data)
    delegation = large.delegations[0]
    items = (
        large.parties[0],
        delegation,
        delegation.documents[0],
        large.workers[0],
        large.places[0],
        large.contract,
    )
    for item in items:
        published = getattr(chain.format.model, type(item).__name__)
        assert isinstance(item, published)
        if dataclasses.is_dataclass(published):
            assert [f.name for f in dataclasses.fields(item)] == [
                f.name for f in dataclasses.fields(published)
            ]
            assert not hasattr(item, "__dict__")  # slots, in the variants too
    # the variant, with its roles list
    assert type(large.workers[0]) is not chain.format.model.Worker
