"""Reading a document with its texts shared gives what reading it, then sharing, gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chain._perf.strings import loads_shared, share_strings

ROOT = Path(__file__).resolve().parent.parent


def _strings(value, out: list) -> list:
    if isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)
    elif isinstance(value, str):
        out.append(value)
    return out


@pytest.mark.parametrize(
    "text",
    [
        (ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"),
        '{"a": "x", "a": "y", "b": [["x", ["y", {"c": "x"}]], "y"], "d": {"e": ["x"]}}',
        '[["a", "a"], {"k": "a"}, "a"]',
        '"only a text"',
        "12",
    ],
    ids=["sample", "nested", "list-root", "text-root", "number"],
)
def test_the_same_document_each_text_held_once(text: str) -> None:
    plain = json.loads(text)
    shared = loads_shared(text.encode("utf-8"))
    assert shared == plain and json.dumps(shared) == json.dumps(plain)  # order, last key kept
    expected = share_strings(json.loads(text))
    ids = {}
    for got, want in zip(_strings(shared, []), _strings(expected, []), strict=True):
        assert got == want
        assert ids.setdefault(got, id(got)) == id(got)  # one object per distinct text
