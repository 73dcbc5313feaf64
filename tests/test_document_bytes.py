"""document_bytes writes exactly what json.dumps(indent=2) writes, whichever encoder it uses."""

from __future__ import annotations

import collections
import datetime
import enum
import json
import math
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chain.editor.document import document_bytes
from chain.testing.synthetic import Spec, generate


def _reference(doc) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


_KEYS = st.one_of(st.text(max_size=6), st.integers(), st.booleans(), st.none())
_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**80), 2**80),
    st.text(max_size=10),
    st.floats(),
    st.sampled_from([1e16, 1e-7, -0.0, 2.5, math.inf]),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc", "Zl", "Zp"]), max_size=3),
)
_DOCS = st.recursive(
    _LEAVES,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(doc=_DOCS)
def test_same_bytes_or_same_error(doc) -> None:
    try:
        expected = _reference(doc)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            document_bytes(doc)
        return
    assert document_bytes(doc) == expected


def test_a_synthetic_chain_is_written_identically() -> None:
    doc = generate(Spec(parties=60, pathological=True, seed=3)).doc
    doc["parties"][1]["parent"] = {
        "party": "p2",
        "basis": "voting_rights",
        "voting_share_percent": 50.5,
    }
    assert document_bytes(doc) == _reference(doc)
    del doc["parties"][1]["parent"]
    assert document_bytes(doc) == _reference(doc)


class _Str(str):
    pass


class _Int(int):
    pass


class _Float(float):
    pass


class _Colour(enum.Enum):
    RED = "red"


class _Mode(enum.StrEnum):
    FAST = "fast"


class _Odd(str, enum.Enum):  # noqa: UP042 - StrEnum refuses a value that is not a str
    """A str enum whose value is not its text: json.dumps writes the text."""

    ONE = 1


class _Level(enum.IntEnum):
    HIGH = 3


class _Reversed(collections.OrderedDict):
    pass


class _List(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))


def _nested(leaf) -> dict:
    """``leaf`` deep inside an otherwise plain chain-like document."""
    return {"format": "x", "parties": [{"id": "a", "roles": ["x", {"deep": [1, "y", leaf]}]}]}


_EDGES = [
    pytest.param(1.5, id="float"),
    pytest.param(1e16, id="float-exponent"),
    pytest.param(1e-7, id="float-small"),
    pytest.param(-0.0, id="negative-zero"),
    pytest.param(math.nan, id="nan"),
    pytest.param(math.inf, id="inf"),
    pytest.param(-math.inf, id="minus-inf"),
    pytest.param(_Float(2.0), id="float-subclass"),
    pytest.param(_Str("text"), id="str-subclass"),
    pytest.param(_Int(7), id="int-subclass"),
    pytest.param(_Colour.RED, id="enum"),
    pytest.param(_Mode.FAST, id="str-enum"),
    pytest.param(_Odd.ONE, id="str-enum-other-value"),
    pytest.param(_Level.HIGH, id="int-enum"),
    pytest.param(uuid.UUID(int=1), id="uuid"),
    pytest.param(datetime.date(2025, 4, 1), id="date"),
    pytest.param((1, "a"), id="tuple"),
    pytest.param((), id="empty-tuple"),
    pytest.param({1, 2}, id="set"),
    pytest.param(b"bytes", id="bytes"),
    pytest.param(2**64, id="int-beyond-64-bits"),
    pytest.param(-(2**63) - 1, id="int-below-64-bits"),
    pytest.param("\ud800", id="lone-surrogate"),
    pytest.param(_Reversed([("b", 1), ("a", 2)]), id="dict-subclass"),
    pytest.param(_List(["a", "b"]), id="list-subclass-own-order"),
    pytest.param({1: "a"}, id="int-key"),
    pytest.param({True: "a", None: "b"}, id="bool-and-null-keys"),
    pytest.param({1.5: "a"}, id="float-key"),
    pytest.param({_Str("k"): "v"}, id="str-subclass-key"),
    pytest.param({_Mode.FAST: "v"}, id="enum-key"),
    pytest.param({(1, 2): "v"}, id="tuple-key"),
    pytest.param({"\udc00": "v"}, id="lone-surrogate-key"),
    pytest.param({"k\x00\u2028": '\x1f\u2029\\"'}, id="controls-and-separators"),
    pytest.param(object(), id="object"),
]


@pytest.mark.parametrize("leaf", _EDGES)
@pytest.mark.parametrize("where", ["top", "nested"])
def test_edges_give_the_same_bytes_or_the_same_error(leaf, where) -> None:
    doc = {"value": leaf} if where == "top" else _nested(leaf)
    if isinstance(leaf, _Reversed):
        leaf.move_to_end("b")  # items() order now differs from the order the keys were stored
    try:
        expected = _reference(doc)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)) as raised:
            document_bytes(doc)
        assert str(raised.value) == str(exc)
        return
    assert document_bytes(doc) == expected


@pytest.mark.parametrize("doc", [[], {}, "", 0, None, True, [[]], [{}], {"a": {}}], ids=repr)
def test_plain_values_of_every_kind_at_the_top(doc) -> None:
    assert document_bytes(doc) == _reference(doc)


def test_a_circular_document_is_refused_as_json_dumps_refuses_it() -> None:
    loop: list = ["a"]
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference detected"):
        document_bytes({"parties": loop})


def test_deep_nesting_is_written_or_refused_as_json_dumps_does() -> None:
    doc: list = []
    for _ in range(300):  # deeper than orjson writes
        doc = [doc]
    assert document_bytes({"x": doc}) == _reference({"x": doc})


def test_a_float_anywhere_in_a_large_chain_is_written_by_json_dumps() -> None:
    doc = generate(Spec(parties=40, seed=4)).doc
    doc["workers"][-1]["count"] = 2.0
    assert document_bytes(doc) == _reference(doc)
    assert b'"count": 2.0' in document_bytes(doc)
    doc["workers"][-1]["count"] = math.nan
    with pytest.raises(ValueError):
        document_bytes(doc)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(doc=_DOCS)
def test_the_whitespace_of_indenting_is_counted_exactly(doc) -> None:
    """A document too large once indented is written compact without being indented
    first: the size is known from the compact bytes and the counted whitespace."""
    from chain.editor.document import _indentation

    try:
        indented = _reference(doc)
    except (TypeError, ValueError):
        return
    compact = (
        json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":")) + "\n"
    ).encode("utf-8")
    whitespace = _indentation(doc)
    if whitespace is not None:
        assert len(compact) + whitespace == len(indented)
    for limit in (len(indented), len(indented) - 1):
        assert document_bytes(doc, max_bytes=limit) == (
            indented if limit >= len(indented) else compact
        )
