"""document_bytes writes exactly what json.dumps(indent=2) writes, whichever encoder it uses."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chain.document import document_bytes
from chain.synthetic import Spec, generate


def _reference(doc) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


_KEYS = st.one_of(st.text(max_size=6), st.integers(), st.booleans(), st.none())
_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**80), 2**80), st.text(max_size=10),
    st.floats(), st.sampled_from([1e16, 1e-7, -0.0, 2.5, math.inf]),
    st.text(alphabet=st.characters(codec=None, categories=["Cs", "Cc", "Zl", "Zp"]), max_size=3),
)
_DOCS = st.recursive(_LEAVES, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)), max_leaves=30)


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
    doc["parties"][1]["parent"] = {"party": "p2", "basis": "voting_rights",
                                   "voting_share_percent": 50.5}
    assert document_bytes(doc) == _reference(doc)
    del doc["parties"][1]["parent"]
    assert document_bytes(doc) == _reference(doc)
