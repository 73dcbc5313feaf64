"""The canonical JSON of a version is the standard library's, whichever writer writes it."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from chain.cases.canonical import canonical, dumps
from tests.support.injection import PAYLOADS, payload_chain

ROOT = Path(__file__).resolve().parents[2]


def _stdlib(doc: object) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def test_every_sample_is_written_as_the_standard_library_writes_it() -> None:
    samples = sorted(ROOT.glob("sample_data/*/*.json"))
    assert len(samples) > 20
    for path in samples:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert dumps(doc) == _stdlib(doc), path


def test_payloads_and_control_characters_are_escaped_alike() -> None:
    every = {f"k{i}\u0000{p}": [p, '\u2028\u2029\x7f\x1f\t\n"\\'] for i, p in enumerate(PAYLOADS)}
    for value in (*(payload_chain(p) for p in PAYLOADS), every):
        assert dumps(value) == _stdlib(value)


def test_floats_and_huge_integers_are_left_to_the_standard_library() -> None:
    doc = {"share": 1e-05, "big": 2**70, "pct": 33.333333333333336}
    assert (
        dumps(doc)
        == _stdlib(doc)
        == '{"big":1180591620717411303424,"pct":33.333333333333336,"share":1e-05}'
    )
    assert canonical({"b": 1, "a": "青葉市"})[0] == '{"a":"青葉市","b":1}'


_plain = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_plain)
def test_any_plain_document_is_written_as_the_standard_library_writes_it(doc: object) -> None:
    try:
        expected = _stdlib(doc)
        expected.encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: no chain file carries one
    assert dumps(doc) == expected
