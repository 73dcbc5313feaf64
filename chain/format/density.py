"""How much memory reading a file will take, bounded before reading it.

pydantic reads a JSON file into a tree of its own before it validates
anything: about 32 bytes a value (56 an object's member, with its key) and
about 100 more a non-empty object or array. A chain takes about three times
its size so; a file of small values does not: ``[0,0,0,...]`` takes 16 times
its size, ``[[0],[0],...]`` 32 times, ``[[[[[]]]]],...`` 38 times, whatever
the format then says of the first item.

:func:`estimate` bounds that tree from the number of commas, brackets and
backslashes, counted in one pass over the bytes (20 ms for 29 MB): every value
but the first of an object or array follows a comma; an object or an array
holds at most its first value and its own storage; an escaped string is
copied. An object of more than 16 members read as a model of the format
takes an index of its keys besides (about 60 bytes a member): a file of
millions of keys of one to four characters in one object took 14 times its
size so. Its members are bounded by the colons of the file, counted in the
same pass; only when that bound would refuse a file are the members of such
large objects counted themselves (:func:`indexed_members`, 0.5 s for a 60 MB
file of the smallest items), so that a chain of many small items is not
refused for the index it never gets. A large file whose bound is over
:data:`TREE_LIMIT` times its size (plus :data:`TREE_ALLOWANCE`) is refused
before it is read; a chain, even one of items of a single short field each,
stays under 8 times.

>>> e = estimate(b'{"parties": [0, 0, 0]}')
>>> e.values, e.tree_bytes
(5, 568)
>>> indexed_members(b'{"a": {"b": 1}, "c": [' + b'{"k": 0},' * 20 + b'{}]}')
0
>>> indexed_members(b'{' + b','.join(b'"k%d": [0]' % i for i in range(17)) + b'}')
17
>>> estimate(b'[' + b'0,' * 999 + b'0]').exceeds()
False
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["TREE_ALLOWANCE", "TREE_LIMIT", "Estimate", "densest", "estimate", "indexed_members"]

#: A file whose tree may take more than this many times its size is refused...
TREE_LIMIT = 9
#: ...beyond this allowance (a file of less than 400 KB is never refused: 168 bytes a byte).
TREE_ALLOWANCE = 64 * 1024 * 1024

# Bytes of pydantic's tree (jiter's values), measured with pydantic-core 2.50: an array
# element takes 32, an object member 56 (its key besides its value); a non-empty array
# or object up to 112 more for its storage, and its first value has no comma before it.
_PER_COMMA = 56
_PER_CONTAINER = 112 + _PER_COMMA
_PER_ESCAPE = 32  # the string is copied (its text at most the file again, counted once)
# The index pydantic builds of the keys of an object of more than 16 members when it
# reads it as a model (measured: 57 to 61 bytes a member).
_PER_INDEXED = 64
_INDEXED_FROM = 17

# Every byte but those counted, deleted in one pass (bytes.translate runs at memory speed).
_NOT_COUNTED = bytes(c for c in range(256) if c not in b",:[{\\")


class Estimate(NamedTuple):
    """What a file's tree will take at most, and how many values it holds at most."""

    size: int
    values: int
    tree_bytes: int

    def exceeds(self) -> bool:
        return self.tree_bytes > TREE_LIMIT * self.size + TREE_ALLOWANCE


def estimate(data: bytes) -> Estimate:
    """An upper bound of the memory pydantic's reading of ``data`` takes before validating."""
    counted = data.translate(None, _NOT_COUNTED)
    commas = counted.count(b",")
    colons = counted.count(b":")
    escapes = counted.count(b"\\")
    containers = len(counted) - commas - colons - escapes
    found = _estimate(data, commas, containers, escapes, colons)
    if found.exceeds():
        # An empty array or object has no storage: each "[]" or "{}" takes back the bracket
        # it was counted for (one inside a string, too, which was no container at all).
        # Counting them costs a pass of its own, made only for a file that would be refused.
        containers -= data.count(b"[]") + data.count(b"{}")
        found = _estimate(data, commas, containers, escapes, colons)
    if found.exceeds() and not _estimate(data, commas, containers, escapes, 0).exceeds():
        # Refused only for the index of its members, which not all are in objects large
        # enough to get one: count those that are.
        found = _estimate(data, commas, containers, escapes, indexed_members(data))
    return found


def _estimate(data: bytes, commas: int, containers: int, escapes: int, indexed: int) -> Estimate:
    tree = (
        _PER_COMMA * (commas + 1)
        + _PER_CONTAINER * containers
        + _PER_INDEXED * indexed
        + (_PER_ESCAPE * escapes + len(data) if escapes else 0)
    )
    return Estimate(len(data), commas + containers + 1, tree)


# What is left of a file once strings are taken out is its brackets, colons and commas:
# an innermost object or array holds none of the others' brackets.
_STRUCTURE = bytes(c for c in range(256) if c not in b'"{}[]:,')
_STRING_LEFT = re.compile(rb'"[^"]*"')
_INNERMOST = re.compile(rb"\{[^{}\[\]]*\}|\[[^{}\[\]]*\]")
# Possessive, with colons only where the repetition takes them: no backtracking, so that
# a piece holding an opening brace and no closing one is scanned once.
_LARGE = re.compile(rb"\{(?:[^{}\[\]:]*+:){%d,}+[^{}\[\]:]*+\}" % _INDEXED_FROM)
# The format nests six deep; past this many levels every member left counts as indexed.
_LEVELS = 12
# Innermost containers are taken out a piece of the text at a time: the regular expression
# keeps every part between two of them until it joins them (40 bytes each).
_PIECE = 1024 * 1024


def indexed_members(data: bytes) -> int:
    """How many members of ``data`` (JSON text) belong to objects of more than 16 members
    (at most: a file that is not JSON may count more).

    Strings are taken out first, escapes included, then only the brackets, colons and
    commas are kept; each innermost object with enough colons is counted, then every
    innermost container is taken out, level by level, each level by a regular expression.
    """
    if b"\\" in data:  # an escaped quote must not end its string, nor a backslash escape one
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    # A string right after another is never valid JSON, so "" is always one whole string
    # (most are, once their text is gone); those holding brackets or commas remain.
    left = data.translate(None, _STRUCTURE).replace(b'""', b"")
    if b'"' in left:
        left = _STRING_LEFT.sub(b"", left)
    left = left.replace(b"{}", b"").replace(b"[]", b"")
    members = 0
    for _level in range(_LEVELS):
        found, inner = _innermost_out(left, _PIECE)
        if len(inner) == len(left):
            # No container lies within a piece: the text as a whole, once.
            found, inner = _innermost_out(left, len(left) + 1)
            if len(inner) == len(left):
                return members  # nothing nests any more (or the brackets do not match)
        members += found
        left = inner
    return members + left.count(b":")


def _innermost_out(left: bytes, piece: int) -> tuple[int, bytes]:
    """The members of the large innermost objects lying within a piece of ``left``, and
    ``left`` without the innermost containers that lie within a piece. An innermost
    container holds no bracket, so one found within a piece is innermost in the whole;
    one across two pieces is left for the next level."""
    members = 0
    parts = []
    for start in range(0, len(left), piece):
        part = left[start : start + piece]
        members += sum(m.group().count(b":") for m in _LARGE.finditer(part))
        parts.append(_INNERMOST.sub(b"", part))
    return members, b"".join(parts)


def densest(data: bytes, chunk: int = 1024 * 1024) -> int:
    """The offset of the ``chunk`` of ``data`` whose tree would be the largest."""
    best, where = -1, 0
    for start in range(0, len(data), chunk):
        piece = data[start : start + chunk]
        part = piece.translate(None, _NOT_COUNTED)
        commas, colons, escapes = part.count(b","), part.count(b":"), part.count(b"\\")
        containers = len(part) - commas - colons - escapes
        # Every member counted as indexed: the chunks are compared, not bounded.
        tree = _estimate(piece, commas, containers, escapes, colons).tree_bytes
        if tree > best:
            best, where = tree, start
    return where
