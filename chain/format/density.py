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
copied. A large file
whose bound is over :data:`TREE_LIMIT` times its size (plus
:data:`TREE_ALLOWANCE`) is refused before it is read; a chain, even one of
items of a single short field each, stays under 8 times.

>>> e = estimate(b'{"parties": [0, 0, 0]}')
>>> e.values, e.tree_bytes
(5, 504)
>>> estimate(b'[' + b'0,' * 999 + b'0]').exceeds()
False
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["TREE_ALLOWANCE", "TREE_LIMIT", "Estimate", "densest", "estimate"]

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

# Every byte but those counted, deleted in one pass (bytes.translate runs at memory speed).
_NOT_COUNTED = bytes(c for c in range(256) if c not in b",[{\\")


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
    escapes = counted.count(b"\\")
    containers = len(counted) - commas - escapes
    found = _estimate(data, commas, containers, escapes)
    if found.exceeds():
        # An empty array or object has no storage: each "[]" or "{}" takes back the bracket
        # it was counted for (one inside a string, too, which was no container at all).
        # Counting them costs a pass of its own, made only for a file that would be refused.
        found = _estimate(data, commas, containers - data.count(b"[]") - data.count(b"{}"), escapes)
    return found


def _estimate(data: bytes, commas: int, containers: int, escapes: int) -> Estimate:
    tree = (
        _PER_COMMA * (commas + 1)
        + _PER_CONTAINER * containers
        + (_PER_ESCAPE * escapes + len(data) if escapes else 0)
    )
    return Estimate(len(data), commas + containers + 1, tree)


def densest(data: bytes, chunk: int = 1024 * 1024) -> int:
    """The offset of the ``chunk`` of ``data`` whose tree would be the largest."""
    best, where = -1, 0
    for start in range(0, len(data), chunk):
        tree = estimate(data[start : start + chunk]).tree_bytes
        if tree > best:
            best, where = tree, start
    return where
