"""The injection corpus (``tests/data/injection.txt``) and chains that carry its payloads."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

__all__ = ["CORPUS", "INVISIBLE", "PAYLOADS", "decode", "load_corpus", "payload_chain"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "data" / "injection.txt"
SAMPLE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))

#: Characters a person's view must never carry raw: controls (newline aside), C1, bidi and
#: zero-width marks, line and paragraph separators, BOM.
INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")

_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt\\])")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def decode(line: str) -> str:
    """A corpus line as the payload it stands for (see the escapes at the top of the file)."""
    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        return _SIMPLE[code] if code in _SIMPLE else chr(int(code[1:], 16))

    return _ESCAPE.sub(one, line)


def load_corpus(path: Path = CORPUS) -> list[str]:
    return [decode(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


PAYLOADS = load_corpus()


def payload_chain(payload: str) -> dict[str, Any]:
    """The sample chain with ``payload`` as a subcontractor's name, a worker's name and a
    reason, each driving a finding that quotes it: DLG001 (no approval for the
    subcontractor), STF006 (the worker untrained), TIR001 (the reason for a third tier)."""
    doc = copy.deepcopy(SAMPLE)
    doc["parties"][2]["name"] = payload  # hokuto: delegate of d-hokuto, delegator of d-sakura
    first = doc["delegations"][0]
    first["documents"] = [d for d in first["documents"] if d["kind"] != "approval"]
    doc["workers"][0]["name"] = payload
    del doc["workers"][0]["trained_on"]
    doc["delegations"][1]["reason"] = payload
    return doc
