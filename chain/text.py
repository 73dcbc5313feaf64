"""Small helpers for showing user-supplied text safely inside messages.

User text is data. Wherever it is quoted back (in a message, a terminal
line, a log), control characters and bidirectional overrides are made
visible, and long values are cut, so a submitted name cannot rewrite a
terminal line or reorder what an officer reads.

>>> excerpt("ab\\x1b[31mc")
'ab\\\\x1b[31mc'
>>> len(excerpt("x" * 1000)) <= 83
True
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["excerpt", "visible"]

# C0/C1 controls, DEL, bidi embeddings/overrides/isolates, zero-width and line separators.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def visible(text: str) -> str:
    """Replace invisible or direction-changing characters by ``\\xNN``/``\\uNNNN`` escapes."""
    def esc(m: re.Match[str]) -> str:
        cp = ord(m.group())
        return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"

    return _INVISIBLE.sub(esc, text)


def excerpt(value: Any, limit: int = 80) -> str:
    """A short, visible rendering of a user value for messages."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return visible(text)
