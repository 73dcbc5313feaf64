"""Line and column of JSON pointers in the submitted text, for text and SARIF output.

Findings carry JSON pointers; an officer opening the file in an editor wants
a line number. :func:`positions` scans the text once with a tokenizer and
records where every value starts. A pointer to a field that is absent (a
missing application item, say) resolves to its nearest present ancestor.

A report usually names a few places of a large file: told which pointers will be
looked up (:meth:`Positions.want`), the scan walks only the objects and arrays on
their way and steps over every other one bracket by bracket.

>>> pos = positions('{\\n  "a": [1, {"b": true}]\\n}')
>>> pos.locate("/a/1/b")
(2, 18)
>>> pos.locate("/a/1/missing")
(2, 12)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from chain.format.pointer import escape

__all__ = ["Positions", "positions", "positions_of"]

# One match per value, key or closing bracket. A key is a string followed by its colon;
# commas, colons after keys and white space are skipped by the search itself. Any
# other character is a token of its own, as a value (best effort on damaged text).
_TOKEN = re.compile(
    r'("[^"\\]*(?:\\.[^"\\]*)*")(\s*:)?|[{\[]|[}\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?'
    r"|true|false|null|[^\s,]",
    re.DOTALL,
)
# What lies between brackets: anything but brackets and quotes, and whole strings.
_BETWEEN = re.compile(r'(?:[^"\[\]{}]+|"[^"\\]*(?:\\.[^"\\]*)*")*', re.DOTALL)
#: Files above this size are not scanned; findings then carry no line numbers.
MAX_SCAN = 8 * 1024 * 1024
#: Up to this many pointers announced with :meth:`Positions.want`, only their way is scanned.
FEW = 256


class Positions:
    """Offsets of values by pointer, convertible to 1-based line and column.

    The text is scanned on the first lookup, not before: a file without findings
    (the usual case for a finished chain) is never scanned. Pointers announced
    with :meth:`want` are found by a scan of their way only, made then.
    """

    def __init__(self, text: str, offsets: dict[str, int] | None = None):
        self._text = text
        self._offsets = offsets
        self._line_starts: list[int] | None = None
        self._wanted: frozenset[str] = frozenset()
        self._on_the_way: dict[str, int] = {}

    def want(self, pointers: Iterable[str]) -> None:
        """Announce the pointers that will be looked up. When they are few, only the
        values on their way are scanned for them (the answers are the same)."""
        if self._offsets is not None:
            return
        wanted = frozenset(pointers)
        if not wanted or len(wanted) > FEW:
            return
        self._on_the_way = _scan(self._text, _ancestors(wanted))
        self._wanted = wanted

    @property
    def offsets(self) -> dict[str, int]:
        """Where each value starts (character offset), by pointer; do not modify."""
        if self._offsets is None:
            self._offsets = _scan(self._text)
        return self._offsets

    def offset(self, pointer: str) -> int | None:
        offsets = self._on_the_way if pointer in self._wanted else self.offsets
        p = pointer
        while True:
            if p in offsets:
                return offsets[p]
            if not p:
                return None
            p = p.rsplit("/", 1)[0]

    def locate(self, pointer: str) -> tuple[int, int] | None:
        off = self.offset(pointer)
        if off is None:
            return None
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        line = bisect_right(self._line_starts, off)
        return line, off - self._line_starts[line - 1] + 1


def positions(text: str) -> Positions:
    """Where the values of JSON text start (best effort: malformed text gives what was
    found before the damage); the text is scanned when first looked up."""
    if len(text) > MAX_SCAN:
        return Positions("", {})
    return Positions(text)


# Continuation bytes of UTF-8 (the second to fourth byte of a character).
_CONTINUATION = bytes(range(0x80, 0xC0))


def positions_of(data: bytes) -> Positions:
    """:func:`positions` of UTF-8 bytes (a byte order mark left out). Bytes of more than
    :data:`MAX_SCAN` characters are not decoded: they would not be scanned, and decoding
    a large file only to learn that costs as much memory as the file again, or more."""
    chars = len(data)
    if chars > MAX_SCAN:
        if chars > 4 * MAX_SCAN:  # a character takes at most four bytes
            return Positions("", {})
        step = 1 << 20  # counted a megabyte at a time, so as not to copy the whole
        chars = sum(
            len(data[i : i + step].translate(None, _CONTINUATION))
            for i in range(0, len(data), step)
        )
        if chars > MAX_SCAN:
            return Positions("", {})
    return positions(data.decode("utf-8", "replace").removeprefix("\ufeff"))


def _ancestors(pointers: frozenset[str]) -> frozenset[str]:
    """The pointers and every pointer above them, the root ``""`` included."""
    out = {""}
    for p in pointers:
        while p and p not in out:
            out.add(p)
            p = p.rsplit("/", 1)[0]
    return frozenset(out)


def _scan(text: str, only: frozenset[str] | None = None) -> dict[str, int]:
    """Where values start, by pointer: every value, or only those whose pointer is in
    ``only`` (which must hold the ancestors of its pointers); an object or array
    elsewhere is stepped over whole."""
    offsets: dict[str, int] = {}
    # Containers entered, innermost last, each [pointer, is_array, next_index]; the
    # innermost is also kept in `top` (None at the top level).
    stack: list[list] = []
    top: list | None = None
    key: str | None = None  # the pointer of the value an object's key announces
    pos: int | None = 0
    while pos is not None:
        resume, pos = pos, None
        for m in _TOKEN.finditer(text, resume):
            if m.group(2) is not None:  # "key":
                if top is not None and not top[1]:
                    key = f"{top[0]}/{escape(_unquote(m.group(1)))}"
                continue
            tok = m.group()
            if tok == "}" or tok == "]":
                if stack:
                    stack.pop()
                    top = stack[-1] if stack else None
                key = None
                continue
            # A value starts here: record where, by its pointer.
            if top is None:
                ptr: str | None = ""
            elif top[1]:
                ptr = f"{top[0]}/{top[2]}"
                top[2] += 1
            else:
                ptr, key = key, None
            if only is not None and ptr not in only:
                if tok == "{" or tok == "[":
                    pos = _after(text, m.end())
                    break  # the tokens go on after the closing bracket
                continue
            if ptr is not None and ptr not in offsets:
                offsets[ptr] = m.start()
            if tok == "{" or tok == "[":
                top = [ptr or "", tok == "[", 0]
                stack.append(top)
    return offsets


def _after(text: str, pos: int) -> int:
    """Where the object or array opened just before ``pos`` ends (the text's end if never)."""
    depth = 1
    end = len(text)
    while True:
        pos = _BETWEEN.match(text, pos).end()  # type: ignore[union-attr]  # matches empty
        if pos >= end:
            return end
        c = text[pos]
        pos += 1
        if c == "{" or c == "[":
            depth += 1
        elif c == "}" or c == "]":
            depth -= 1
            if depth == 0:
                return pos
        # else a quote that opens no complete string: stepped over


def _unquote(tok: str) -> str:
    if "\\" not in tok:
        return tok[1:-1]  # nothing escaped: the text between the quotes, as json.loads gives
    import json  # rarely needed: imported here, off the start-up path of `chain validate`

    try:
        return json.loads(tok)
    except ValueError:
        return tok[1:-1]
