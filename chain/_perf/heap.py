"""Giving memory freed by a large parse back to the system.

pydantic parses a file into a tree of its own (Rust, allocated with C's
``malloc``) before it builds any Python object, and frees it once the chain
is built. The C library keeps most of what was freed for its own later use,
but Python's objects are not allocated from it (CPython takes memory for them
in arenas of their own), so what the graph, the checks and the report build
next comes on top: for a 59 MB file of small items the tree's 264 MB stayed
counted in the process's memory for the rest of the run. glibc's
``malloc_trim`` returns the free pages to the system (about 10 ms for such a
file); elsewhere (another C library, another system) nothing is done.
"""

from __future__ import annotations

from functools import cache

__all__ = ["release_free_memory"]


def release_free_memory() -> None:
    """Return the C heap's free pages to the system, where the C library can (glibc)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim():
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return None
