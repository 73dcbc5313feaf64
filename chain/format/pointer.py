"""JSON pointers (RFC 6901): where in the submitted file a problem or finding is.

>>> pointer_from_loc(("parties", 3, "name"))
'/parties/3/name'
>>> pointer_from_loc(("a/b", "c~d"))
'/a~1b/c~0d'
>>> sort_key("/delegations/10") > sort_key("/delegations/2")
True
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["escape", "join", "pointer_from_loc", "sort_key", "split"]


def escape(token: str | int) -> str:
    text = str(token)
    if "~" in text or "/" in text:
        return text.replace("~", "~0").replace("/", "~1")
    return text


def join(*tokens: str | int) -> str:
    """Build a pointer from raw tokens: ``join("parties", 0)`` is ``/parties/0``."""
    # Checks build one pointer per finding: plain tokens (most) are taken as they are.
    parts = [t if type(t) is str and "~" not in t and "/" not in t else escape(t) for t in tokens]
    return "/" + "/".join(parts) if parts else ""


def pointer_from_loc(loc: Iterable[str | int]) -> str:
    """A pydantic error location as a pointer, dropping union-branch labels (``@...``)."""
    return join(*(p for p in loc if not (isinstance(p, str) and p.startswith("@"))))


def split(pointer: str) -> list[str]:
    if not pointer:
        return []
    if "~" not in pointer:  # nothing escaped (the usual pointer)
        return pointer[1:].split("/")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def sort_key(pointer: str) -> tuple[tuple[int, int | str], ...]:
    """Order pointers as their places in the document: ``/x/2`` before ``/x/10``."""
    return tuple([(0, int(t)) if t.isdigit() else (1, t) for t in split(pointer)])
