"""The injection corpus (``tests/data/injection.txt``), chains that carry its payloads, and the
characters no output for people may carry raw.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

__all__ = [
    "CORPUS",
    "HIDDEN",
    "HIDDEN_CHARS",
    "HIDDEN_NAMES",
    "INVISIBLE",
    "PAYLOADS",
    "decode",
    "hidden_chain",
    "hidden_pattern",
    "load_corpus",
    "payload_chain",
]

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parents[1] / "data" / "injection.txt"
SAMPLE = json.loads((ROOT / "sample_data/000/compliant.json").read_text(encoding="utf-8"))


def _hidden_code_points() -> list[int]:
    """Every code point a person's view must never carry raw, worked out here on its own
    (not from chain.text, whose class the tests hold to it): the general categories Cc, Cf,
    Cs, Zl and Zp from ``unicodedata``, the default-ignorable code points (the ones named in
    issue 11 and the rest of Unicode's list), and the noncharacters."""
    out = {
        cp
        for cp in range(0x110000)
        if unicodedata.category(chr(cp)) in ("Cc", "Cf", "Cs", "Zl", "Zp")
    }
    named = [
        (0x00AD, 0x00AD),
        (0x034F, 0x034F),
        (0x061C, 0x061C),
        (0x115F, 0x1160),
        (0x17B4, 0x17B5),
        (0x180B, 0x180F),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x206F),
        (0x3164, 0x3164),
        (0xFE00, 0xFE0F),
        (0xFEFF, 0xFEFF),
        (0xFFA0, 0xFFA0),
        (0xFFF0, 0xFFF8),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0000, 0xE0FFF),
        (0xFDD0, 0xFDEF),
    ]
    named += [(plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF) for plane in range(17)]
    for start, end in named:
        out.update(range(start, end + 1))
    return sorted(out)


_HIDDEN_CODE_POINTS = _hidden_code_points()

#: Every such character that a chain or a profile can carry (lone surrogates are no text a
#: JSON or TOML parser accepts; they are tested on the escaping functions directly).
HIDDEN_CHARS = "".join(chr(cp) for cp in _HIDDEN_CODE_POINTS if not 0xD800 <= cp <= 0xDFFF)


def hidden_pattern(allowed: str = "") -> re.Pattern[str]:
    """One raw hidden character, but those in ``allowed``."""
    keep = {ord(c) for c in allowed}
    ranges: list[list[int]] = []
    for cp in (cp for cp in _HIDDEN_CODE_POINTS if cp not in keep):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]")


#: A raw hidden character in a cell, a label or a line.
HIDDEN = hidden_pattern()
#: The same in a whole text output, whose own line breaks are newlines.
INVISIBLE = hidden_pattern("\n")

_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt\\])")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


def decode(line: str) -> str:
    """A corpus line as the payload it stands for (see the escapes at the top of the file)."""

    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        return _SIMPLE[code] if code in _SIMPLE else chr(int(code[1:], 16))

    return _ESCAPE.sub(one, line)


def load_corpus(path: Path = CORPUS) -> list[str]:
    return [
        decode(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


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


#: Every hidden character a chain can carry, cut into names (a name holds 300 characters).
HIDDEN_NAMES = [HIDDEN_CHARS[i : i + 300] for i in range(0, len(HIDDEN_CHARS), 300)]


def hidden_chain() -> dict[str, Any]:
    """The sample chain with a subcontractor named after each slice of the whole class
    (each reached by a delegation, so drawn in the diagram and named in findings)."""
    doc = copy.deepcopy(SAMPLE)
    for i, name in enumerate(HIDDEN_NAMES):
        doc["parties"].append({"id": f"hid{i}", "kind": "company", "name": name})
        doc["delegations"].append({"id": f"d-hid{i}", "delegator": "minato", "delegate": f"hid{i}"})
    return doc
