"""RowCache: an edited document checked with the rows of the last check gives exactly
what a full parse of its bytes gives (chain, findings, problems), for any edit."""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from chain.editor.document import check_document, document_bytes
from chain.editor.incremental import ROW_LISTS, RowCache
from chain.format.limits import Limits
from chain.format.read import COMPLETE_CHECK_MAX_BYTES, parse_chain
from chain.testing.synthetic import Spec, generate
from chain.validate import FileResult


def same_model(a: Any, b: Any, where: str = "") -> None:
    """Deep equality of what parsing built: types (fail-fast variants included),
    the fields set, and every value."""
    assert type(a) is type(b), where
    if isinstance(a, BaseModel):
        assert a.model_fields_set == b.model_fields_set, where
        assert a.__pydantic_extra__ == b.__pydantic_extra__, where
        for name in type(a).model_fields:
            same_model(getattr(a, name), getattr(b, name), f"{where}/{name}")
    elif dataclasses.is_dataclass(a):  # the items of a chain (see chain.format.model)
        for f in dataclasses.fields(a):
            same_model(getattr(a, f.name), getattr(b, f.name), f"{where}/{f.name}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same_model(x, y, f"{where}/{i}")
    else:
        assert a == b, where


def outcome(result: FileResult) -> dict[str, Any]:
    return {
        "problems": [p.to_dict() for p in result.problems],
        "findings": None
        if result.report is None
        else [f.to_dict() for f in result.report.findings],
        "data": result.data,
    }


def check_both(doc: dict, rows: RowCache, limits: Limits | None = None) -> FileResult:
    kw = {} if limits is None else {"limits": limits}
    cached = check_document(doc, rows=rows, **kw)
    full = check_document(copy.deepcopy(doc), **kw)
    assert outcome(cached) == outcome(full)
    if full.report is not None:
        assert cached.report is not None
        same_model(cached.report.chain, full.report.chain)
        size = (limits or Limits()).max_bytes
        same_model(cached.report.chain, parse_chain(document_bytes(doc, max_bytes=size), **kw))
    return cached


def small_doc(seed: int = 3, parties: int = 12) -> dict:
    return generate(Spec(parties=parties, fault_rate=0.1, seed=seed)).doc


def opened(**spec: int) -> tuple[dict, RowCache]:
    """A document checked once, as the app does on opening it, and its cache."""
    doc, rows = small_doc(**spec), RowCache()
    check_both(doc, rows)
    assert rows.reused == 0  # the first check is a full parse
    return doc, rows


def test_one_cell_validates_one_row():
    doc, rows = opened()
    total = rows.validated
    doc["parties"][3]["name"] = '株式会社 "改名" <b>{x}</b>'
    check_both(doc, rows)
    assert (rows.validated, rows.reused) == (1, total - 1)
    doc["parties"][3]["name"] = doc["parties"][4]["name"]
    check_both(doc, rows)
    assert rows.validated == 1


def test_rows_moved_or_duplicated_are_reused():
    doc, rows = opened()
    doc["workers"].reverse()
    doc["workers"].append(copy.deepcopy(doc["workers"][0]))  # a duplicate id: CHN003
    result = check_both(doc, rows)
    assert rows.validated == 0
    assert result.report is not None
    assert "CHN003" in {f.code for f in result.report.findings}


def test_a_bad_row_is_reported_by_the_full_parse_and_the_cache_recovers():
    doc, rows = opened()
    doc["workers"][2]["count"] = "3人"
    result = check_both(doc, rows)
    assert [p.pointer for p in result.problems] == ["/workers/2/count"]
    doc["workers"][2]["count"] = 3
    check_both(doc, rows)
    assert rows.reused == 0  # after a problem the next check starts afresh
    doc["workers"][2]["count"] = 4
    check_both(doc, rows)
    assert rows.validated == 1


def test_changes_outside_the_rows_take_the_full_parse():
    doc, rows = opened()
    doc["contract"]["title"] = "題名を変更"
    check_both(doc, rows)
    assert rows.reused == 0
    del doc["places"]
    check_both(doc, rows)
    assert rows.reused == 0
    doc["parties"] = []
    result = check_both(doc, rows)
    assert result.report is None


def test_type_changes_that_compare_equal_are_still_seen():
    """1 == True == 1.0 in Python; as JSON they differ, so each is checked again."""
    doc = small_doc()
    rows = RowCache()
    doc["workers"][0]["count"] = 1
    check_both(doc, rows)
    doc["workers"][0]["count"] = True
    check_both(doc, rows)
    assert rows.validated == 1
    doc["workers"][0]["count"] = 1.0
    check_both(doc, rows)
    assert rows.validated == 1
    doc["places"][0]["name"] = '=HYPERLINK("x")'
    check_both(doc, rows)


def test_limits_hold_on_the_cached_path():
    doc = small_doc()
    rows = RowCache()
    limits = Limits(max_workers=len(doc["workers"]))
    check_both(doc, rows, limits)
    doc["workers"].append({**copy.deepcopy(doc["workers"][0]), "id": "w-extra"})
    result = check_both(doc, rows, limits)
    assert [p.type for p in result.problems] == ["too_many"]
    # Over the limit even without whitespace (chain.editor.document.document_bytes).
    small = Limits(max_bytes=len(document_bytes(doc, max_bytes=1)) - 1)
    assert [p.type for p in check_both(doc, RowCache(), small).problems] == ["too_large"]


def test_large_documents_keep_their_fail_fast_models():
    doc, rows = opened(parties=60)
    assert len(document_bytes(doc)) > COMPLETE_CHECK_MAX_BYTES
    doc["delegations"][1]["work"] = "変更"
    check_both(doc, rows)
    assert rows.validated == 1


# Random edits: each is (list, row number, field, new value), or a structural change.
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-2, 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.just("令和7年4月1日"),
    st.just("2025-13-01"),
    st.lists(st.text(max_size=4), max_size=3),
    st.just({"x": 1}),
)
_EDIT = st.tuples(
    st.sampled_from(["parties", "delegations", "workers", "places", "contract"]),
    st.integers(0, 40),
    st.sampled_from(
        [
            "name",
            "id",
            "count",
            "party",
            "kind",
            "start",
            "work",
            "personal_data",
            "employment",
            "approved_on",
            "note",
            "delegate",
            "unknown",
        ]
    ),
    st.one_of(_VALUES, st.just("<delete>"), st.just("<drop row>"), st.just("<copy row>")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 5), edits=st.lists(_EDIT, min_size=1, max_size=6))
def test_random_edits_match_the_full_parse(seed: int, edits: list) -> None:
    doc = small_doc(seed=seed, parties=8)
    rows = RowCache()
    check_both(doc, rows)
    for where, n, field, value in edits:
        if where == "contract":
            target: Any = doc["contract"]
        else:
            items = doc.get(where)
            if not isinstance(items, list) or not items:
                continue
            i = n % len(items)
            if value == "<drop row>":
                del items[i]
                check_both(doc, rows)
                continue
            if value == "<copy row>":
                items.insert(0, copy.deepcopy(items[i]))
                check_both(doc, rows)
                continue
            target = items[i]
        if not isinstance(target, dict):
            continue
        if value == "<delete>" or value in ("<drop row>", "<copy row>"):
            target.pop(field, None)
        else:
            target[field] = value
        check_both(doc, rows)


@pytest.mark.parametrize("bad", [[1, 2], "text", None])
def test_a_document_that_is_not_a_chain_object(bad):
    rows = RowCache()
    result = check_document(bad, rows=rows)  # type: ignore[arg-type]
    assert result.report is None and result.problems
    assert outcome(result) == outcome(check_document(bad))  # type: ignore[arg-type]


@pytest.mark.memory
def test_the_rows_remembered_take_their_size() -> None:
    """The cache holds each row's JSON: about its own size, not the 4 KB buffer orjson
    returns it in (80,000 rows took 330 MB for 30 MB of JSON). Measured in a process of
    its own, whose memory no other test has used."""
    script = (
        "import re\n"
        "from chain.editor.incremental import _split\n"
        "doc = {'workers': [{'id': f'w{i}', 'name': 'A', 'party': 'p', 'employment': 'regular'}"
        " for i in range(100_000)]}\n"
        "rss = lambda: int(re.search(r'VmRSS:\\s+(\\d+)', open('/proc/self/status').read())[1])\n"
        "before = rss(); head, rows = _split(doc, True)\n"
        "print((rss() - before) * 1024, sum(len(r) for r in rows['workers']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    taken, size = map(int, proc.stdout.split())
    assert taken < 3 * size + 8 * 1024 * 1024, (taken, size)


@pytest.mark.parametrize("large", [False, True])
def test_the_chain_a_file_was_opened_with_is_the_first_check(large: bool) -> None:
    """The app gives the cache the chain it read the file into: the first check reuses
    every row and gives what parsing the document's bytes gives."""
    from chain.editor.document import load_document

    data = generate(Spec(parties=60 if large else 8, fault_rate=0.1, seed=4)).to_bytes()
    assert (len(data) > COMPLETE_CHECK_MAX_BYTES) is large
    doc, chain = load_document(data)
    rows = RowCache()
    rows.remember(doc, chain, len(data))
    check_both(doc, rows)
    assert rows.validated == 0 and rows.reused == sum(len(doc[k]) for k in ROW_LISTS)
    doc["workers"][0]["name"] = "変更"
    check_both(doc, rows)
    assert rows.validated == 1


def test_a_file_read_as_small_but_checked_as_large_is_parsed_again() -> None:
    """The models of a small file are not the variants of a large one: the first check
    of a document larger than its file parses it in full."""
    from chain.editor.document import load_document

    data = generate(Spec(parties=60, fault_rate=0.1, seed=4)).to_bytes()
    doc, _chain = load_document(data)
    small = json.dumps(doc, separators=(",", ":")).encode()[:COMPLETE_CHECK_MAX_BYTES]
    rows = RowCache()
    rows.remember(doc, _chain, len(small))  # as if the file had been under the threshold
    check_both(doc, rows)
    assert rows.reused == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 5), edits=st.lists(_EDIT, min_size=1, max_size=4))
def test_rows_known_by_digest_match_the_full_parse(seed: int, edits: list) -> None:
    """A large document's rows are known by a digest of their JSON; the outcome is the
    same (the threshold lowered so that a small document is one)."""
    import chain.editor.incremental

    saved = chain.editor.incremental.DIGEST_FROM
    chain.editor.incremental.DIGEST_FROM = 0
    try:
        test_random_edits_match_the_full_parse.hypothesis.inner_test(seed=seed, edits=edits)
        rows = RowCache()
        doc = small_doc(seed=seed)
        check_both(doc, rows)
        assert all(len(k) == 16 for v in rows._rows.values() for k in v)
    finally:
        chain.editor.incremental.DIGEST_FROM = saved
