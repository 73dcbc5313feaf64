"""Where a key of a profile sits in its TOML text: a line and a column for a JSON pointer.

:mod:`tomllib` keeps no positions, so a profile's problems, found in its data, are
placed by scanning the source once for table headers (``[liability]``,
``[[rules]]``, counting the tables of an array) and the keys under them
(``code = ...``, dotted keys too). A pointer into an inline value (``tiers = [0]``,
``basis = [{...}]``) is placed at the key that holds it: the longest part of the
pointer the scan found.
"""

from __future__ import annotations

import re

from chain.format.pointer import split

__all__ = ["KeyPositions", "key_positions"]

_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*([^\]\n]+?)[ \t]*\]")
_KEY = re.compile(
    r"""^([ \t]*)((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'))*)[ \t]*="""
)
_PART = re.compile(r"""[A-Za-z0-9_-]+|"([^"\n]*)"|'([^'\n]*)'""")
_MULTILINE = re.compile(r"'''|\"\"\"")


def _parts(dotted: str) -> tuple[str, ...]:
    out = []
    for m in _PART.finditer(dotted):
        out.append(m.group(1) if m.group(1) is not None else m.group(2) or m.group(0))
    return tuple(out)


class KeyPositions:
    """The line and column (1-based) of each table and key of a TOML text, by path."""

    def __init__(self, text: str) -> None:
        self.at: dict[tuple[str | int, ...], tuple[int, int]] = {}
        counts: dict[tuple[str, ...], int] = {}
        self._counts = counts
        table: tuple[str | int, ...] = ()
        in_string = False
        for n, line in enumerate(text.splitlines(), 1):
            if in_string:  # inside a multi-line string: no keys here
                if len(_MULTILINE.findall(line)) % 2:
                    in_string = False
                continue
            header = _HEADER.match(line)
            if header:
                names = _parts(header.group(2))
                if header.group(1) == "[[":
                    index = counts.get(names, 0)
                    counts[names] = index + 1
                    table = (*self._resolve(names[:-1]), names[-1], index)
                else:
                    table = (*self._resolve(names[:-1]), names[-1])
                self.at.setdefault(table, (n, line.index("[") + 1))
                continue
            key = _KEY.match(line)
            if key:
                path = (*table, *_parts(key.group(2)))
                self.at.setdefault(path, (n, len(key.group(1)) + 1))
            if len(_MULTILINE.findall(line)) % 2:
                in_string = True

    def _resolve(self, names: tuple[str, ...]) -> tuple[str | int, ...]:
        """A header's parent path: under an array of tables, its last table."""
        out: list[str | int] = []
        for i, name in enumerate(names):
            out.append(name)
            n = self._counts.get(names[: i + 1])
            if n:
                out.append(n - 1)
        return tuple(out)

    def locate(self, pointer: str) -> tuple[int, int] | None:
        """Line and column of the key ``pointer`` names, or of the nearest key above it."""
        parts: list[str | int] = [int(p) if p.isdigit() else p for p in split(pointer)]
        while parts:
            hit = self.at.get(tuple(parts))
            if hit is not None:
                return hit
            parts.pop()
        return None


def key_positions(text: str) -> KeyPositions:
    """The positions of every table and key of ``text``."""
    return KeyPositions(text)
