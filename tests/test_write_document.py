"""A document written to a file a batch of rows at a time is the bytes of document_bytes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from chain.editor.document import document_bytes, write_document
from chain.testing.synthetic import Spec, generate

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))
LARGE = json.loads(generate(Spec(parties=300, delegations=300, workers=9_000)).to_bytes())


def _written(doc, max_bytes) -> bytes:
    out = io.BytesIO(b"left over from before " * 100)  # what was there is replaced
    out.seek(0)
    out.truncate()
    write_document(doc, out, max_bytes=max_bytes)
    return out.getvalue()


@pytest.mark.parametrize(
    "doc",
    [
        SAMPLE,
        LARGE,  # more rows than a batch
        {},
        {"format": "subcontract-chain", "parties": [], "workers": [{}], "x": {"a": [1, {}]}},
        {"a": [[1, [2, "改\n行"]], {"b": None}], "c": True, "d": "\u202e"},
        {"a": 1.5, "b": [0.1]},  # floats: json.dumps writes them
        {"a": [float("nan")]},  # not JSON: json.dumps says so
        {"a": {1: "x"}},  # a key that is not a string
    ],
    ids=["sample", "large", "empty", "empties", "nested", "floats", "nan", "int-key"],
)
@pytest.mark.parametrize("max_bytes", [None, 64 * 1024 * 1024, 200], ids=["none", "64MiB", "200"])
def test_the_same_bytes_as_document_bytes(doc, max_bytes) -> None:
    try:
        expected = document_bytes(doc, max_bytes=max_bytes)
    except (TypeError, ValueError) as exc:
        with pytest.raises(type(exc)):
            _written(doc, max_bytes)
        return
    assert _written(doc, max_bytes) == expected
