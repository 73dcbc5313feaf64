"""Line and column of JSON pointers in the submitted text, for text and SARIF output.

Findings carry JSON pointers; an officer opening the file in an editor wants
a line number. :func:`positions` scans the text once with a tokenizer and
records where every value starts. A pointer to a field that is absent (a
missing application item, say) resolves to its nearest present ancestor.

>>> pos = positions('{\\n  "a": [1, {"b": true}]\\n}')
>>> pos.locate("/a/1/b")
(2, 18)
>>> pos.locate("/a/1/missing")
(2, 12)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from chain.pointer import escape

__all__ = ["Positions", "positions"]

_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|\S',
    re.DOTALL,
)
#: Files above this size are not scanned; findings then carry no line numbers.
MAX_SCAN = 8 * 1024 * 1024


class Positions:
    """Offsets of values by pointer, convertible to 1-based line and column."""

    def __init__(self, text: str, offsets: dict[str, int]):
        self._offsets = offsets
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def offset(self, pointer: str) -> int | None:
        p = pointer
        while True:
            if p in self._offsets:
                return self._offsets[p]
            if not p:
                return None
            p = p.rsplit("/", 1)[0]

    def locate(self, pointer: str) -> tuple[int, int] | None:
        off = self.offset(pointer)
        if off is None:
            return None
        line = bisect_right(self._line_starts, off)
        return line, off - self._line_starts[line - 1] + 1


def positions(text: str) -> Positions:
    """Scan JSON text (best effort: malformed text gives what was found so far)."""
    offsets: dict[str, int] = {}
    if len(text) > MAX_SCAN:
        return Positions("", offsets)
    tokens = _TOKEN.finditer(text)
    # Stack of [container_pointer, kind, next_index_or_key]
    stack: list[list] = []
    expect_key = False
    pending_key: str | None = None

    def here() -> str | None:
        if not stack:
            return ""
        ptr, kind, state = stack[-1]
        if kind == "[":
            return f"{ptr}/{state}"
        return None if pending_key is None else f"{ptr}/{escape(pending_key)}"

    for m in tokens:
        tok = m.group()
        if stack and stack[-1][1] == "{" and expect_key:
            if tok.startswith('"'):
                pending_key = _unquote(tok)
                expect_key = False
            elif tok == "}":
                stack.pop()
                expect_key = False
                _advance(stack)
            continue
        if tok == ":":
            continue
        if tok == ",":
            if stack and stack[-1][1] == "{":
                expect_key = True
                pending_key = None
            continue
        if tok in "}]":
            if stack:
                stack.pop()
            _advance(stack)
            if stack and stack[-1][1] == "{":
                pending_key = None
            continue
        ptr = here()
        if ptr is not None:
            offsets.setdefault(ptr, m.start())
        if tok in "{[":
            stack.append([ptr or "", tok, 0])
            expect_key = tok == "{"
            pending_key = None
        else:
            _advance(stack)
    return Positions(text, offsets)


def _advance(stack: list[list]) -> None:
    if stack and stack[-1][1] == "[":
        stack[-1][2] += 1


def _unquote(tok: str) -> str:
    import json

    try:
        return json.loads(tok)
    except ValueError:
        return tok[1:-1]
