"""Unknown keys, however many: each reported as before up to a bound, then counted.

Large files are read with the variant of ``chain.format.failfast``: unknown keys are
reported (``extra_forbidden``) until the budget is spent; beyond it the reading
stops and ``chain.format.keyscan`` counts them. The report keeps ``MAX_PROBLEMS``
problems and says, per kind, how many more there are.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from chain.format.failfast import TooManyUnknownKeys, fail_fast_model, unknown_key_budget
from chain.format.keyscan import unknown_keys
from chain.format.model import Chain
from chain.format.pointer import escape, pointer_from_loc
from chain.format.problems import MAX_PROBLEMS, ChainInputError
from chain.format.read import COMPLETE_CHECK_MAX_BYTES, parse_chain
from chain.report.json import to_json
from chain.report.text import to_text
from chain.validate import validate_bytes

ROOT = Path(__file__).resolve().parent.parent
BASE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def _doc() -> dict:
    return copy.deepcopy(BASE)


def _encode(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _padded(doc: dict) -> bytes:
    """``doc`` made a large file (read by the variant) by copies of its workers."""
    doc = copy.deepcopy(doc)
    workers = doc["workers"]
    doc["workers"] = [
        {**workers[i % len(workers)], "id": f"w{i}"} for i in range(COMPLETE_CHECK_MAX_BYTES // 100)
    ]
    data = _encode(doc)
    assert len(data) > COMPLETE_CHECK_MAX_BYTES
    return data


def _pydantic_unknown(data: bytes) -> set[str]:
    """The unknown keys pydantic reports with the published models (every one of them)."""
    try:
        Chain.model_validate_json(data)
    except ValidationError as exc:
        return {
            pointer_from_loc(e["loc"][:-1]) + "/" + escape(str(e["loc"][-1]))
            for e in exc.errors()
            if e["type"] in ("extra_forbidden", "unexpected_keyword_argument")
        }
    return set()


def _with_unknown_keys() -> list[dict]:
    """Documents with unknown keys in every kind of object of the format."""
    docs = []
    places = [
        ("", {}),
        ("/contract", {}),
        ("/contract/period", {}),
        ("/parties/1", {}),
        ("/parties/1/contact", {}),
        ("/delegations/0", {}),
        ("/delegations/0/period", {}),
        ("/delegations/1/responsibility", {}),
        ("/delegations/0/protection", {}),
        ("/delegations/1/documents/1", {}),
        ("/workers/2", {}),
        ("/places/0", {}),
    ]
    for pointer, _ in places:
        doc = _doc()
        target = doc
        for token in filter(None, pointer.split("/")):
            target = target[int(token)] if token.isdigit() else target[token]
        if not isinstance(target, dict):
            continue
        target["zz"] = 1
        target["a/b~c"] = {"nested": {"deeper": 1}}  # a value not looked into
        target["名前"] = "値"
        docs.append(doc)
    doc = _doc()
    doc["parties"][0]["parent"] = {"party": "x", "basis": "voting_rights", "qq": [1, 2]}
    doc["delegations"][1]["responsibility"] = {"staff": ["a"], "rr": None}
    docs.append(doc)
    return docs


@pytest.mark.parametrize("doc", _with_unknown_keys())
def test_the_census_finds_the_unknown_keys_pydantic_finds(doc: dict) -> None:
    data = _encode(doc)
    found = unknown_keys(data, 1000)
    assert {k.pointer for k in found.first} == _pydantic_unknown(data)
    assert found.total == len(found.first) > 0


def test_the_census_reads_keys_as_json_means_them() -> None:
    doc = _doc()
    data = _encode(doc).replace(b'"title"', b'"\\u0074itle"', 1)  # "title", escaped
    data = data.replace(b'"kind"', b'"k\\u0069nd"', 1)
    assert unknown_keys(data, 10).total == 0
    data = data.replace(b'"\\u0074itle"', b'"\\u0074itel"', 1)
    assert [k.pointer for k in unknown_keys(data, 10).first] == ["/contract/titel"]


def test_the_census_looks_only_where_the_format_has_objects() -> None:
    doc = _doc()
    doc["contract"]["personal_data"] = [{"zz": 1}]  # a list of strings holding an object
    doc["workers"] = [1, {"id": "w", "zz": 2}, [{"yy": 3}]]  # junk items, then an object
    doc["places"] = {"xx": 1}  # a list given as an object
    found = unknown_keys(_encode(doc), 10)
    assert [(k.pointer, k.value) for k in found.first] == [("/workers/1/zz", 2)]


def test_the_census_keeps_the_first_and_counts_the_rest() -> None:
    doc = _doc()
    for i in range(50):
        doc[f"k{i:02}"] = {"v": i} if i % 2 else i
    found = unknown_keys(_encode(doc), 5)
    assert found.total == 50
    assert [(k.pointer, k.value) for k in found.first] == [
        ("/k00", 0),
        ("/k01", None),
        ("/k02", 2),
        ("/k03", None),
        ("/k04", 4),
    ]


def test_a_budget_reports_unknown_keys_then_stops_the_reading() -> None:
    doc = _doc()
    doc["parties"][1]["zz"] = 1
    doc["contract"]["period"]["yy"] = "x"
    data = _encode(doc)
    model = fail_fast_model(Chain)
    with unknown_key_budget(2), pytest.raises(ValidationError) as exc:
        model.model_validate_json(data)
    got = {(pointer_from_loc(e["loc"]), e["type"], e["input"]) for e in exc.value.errors()}
    assert got == {
        ("/parties/1/zz", "extra_forbidden", 1),
        ("/contract/period/yy", "extra_forbidden", "x"),
    }
    with unknown_key_budget(1), pytest.raises(TooManyUnknownKeys):
        model.model_validate_json(data)
    assert fail_fast_model(Chain, "ignored").model_validate_json(data).parties[1].id


def test_an_unknown_object_value_is_not_copied_into_the_problem() -> None:
    doc = _doc()
    doc["workers"][0]["zz"] = {"big": list(range(1000))}
    with unknown_key_budget(5), pytest.raises(ValidationError) as exc:
        fail_fast_model(Chain).model_validate_json(_encode(doc))
    (err,) = exc.value.errors()
    assert err["input"] == {}


def test_a_large_file_with_a_few_unknown_keys_reads_as_before() -> None:
    doc = _doc()
    doc["parties"][1]["nmae"] = "株式会社"
    doc["zz"] = [1]
    small = {(p.pointer, p.type, p.input) for p in validate_bytes(_encode(doc)).problems}
    large = {(p.pointer, p.type, p.input) for p in validate_bytes(_padded(doc)).problems}
    assert (
        small
        == large
        == {("/parties/1/nmae", "extra_forbidden", "株式会社"), ("/zz", "extra_forbidden", None)}
    )


def _flood(n: int, **extra) -> bytes:
    doc = _doc()
    doc["parties"][1]["name"] = 5  # a problem of another kind
    doc.update(extra)
    head = _encode(doc)[:-1]
    return head + b"," + b",".join(b'"k%07d":%d' % (i, i) for i in range(n)) + b"}"


def test_a_flood_of_unknown_keys_is_reported_in_bounds() -> None:
    data = _flood(200_000)
    assert len(data) > COMPLETE_CHECK_MAX_BYTES
    with pytest.raises(ChainInputError) as exc:
        parse_chain(data)
    problems = exc.value.problems
    assert len(problems) == MAX_PROBLEMS + 2
    assert (problems[0].pointer, problems[0].type) == ("/k0000000", "extra_forbidden")
    # The other kind, after the first keys in the order of pointers, is shown all the same.
    assert (problems[-2].pointer, problems[-2].type) == ("/parties/1/name", "string_type")
    summary = problems[-1]
    assert summary.type == "more_problems"
    assert summary.more == ("extra_forbidden", 200_000 - MAX_PROBLEMS)
    assert summary.pointer == f"/k{MAX_PROBLEMS:07}"  # the first left out
    assert f"ほか {200_000 - MAX_PROBLEMS:,} 件" in summary.message_ja
    assert "more of the same kind" in summary.message_en


def test_a_key_repeated_a_hundred_thousand_times_is_one_problem() -> None:
    doc = _doc()
    head = _encode(doc)[:-1]
    data = head + b"," + b",".join([b'"zz":1'] * 100_000) + b"}"
    assert len(data) > COMPLETE_CHECK_MAX_BYTES
    with pytest.raises(ChainInputError) as exc:
        parse_chain(data)
    (problem,) = exc.value.problems
    assert (problem.pointer, problem.type, problem.input) == ("/zz", "extra_forbidden", "1")


def test_the_count_of_unknown_keys_reaches_every_output() -> None:
    result = validate_bytes(_flood(5_000), path="flood.json")
    count = 5_000 - MAX_PROBLEMS
    (file,) = json.loads(to_json([result]))["files"]
    assert file["errors"][-1]["more"] == {"type": "extra_forbidden", "count": count}
    assert file["errors"][-1]["type"] == "more_problems"
    assert all("more" not in e for e in file["errors"][:-1])
    text = to_text([result])
    assert f"ほか {count:,} 件（同じ種類: この形式にない項目です" in text
    assert f"And {count:,} more of the same kind" in to_text([result], lang="en")


def test_an_edited_row_with_unknown_keys_is_reported_as_by_the_file() -> None:
    from chain.editor.document import check_document, document_bytes
    from chain.editor.incremental import RowCache

    doc = json.loads(_padded(_doc()))
    rows = RowCache()
    assert check_document(doc, rows=rows).report is not None
    doc["workers"][3] = {**doc["workers"][3], **{f"k{i}": i for i in range(5_000)}}
    edited = check_document(doc, rows=rows).problems
    assert edited == validate_bytes(document_bytes(doc), path="<editor>").problems
    assert edited[0].pointer == "/workers/3/k0" and edited[-1].more == ("extra_forbidden", 4_000)
