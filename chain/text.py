"""Showing user-supplied text safely: characters that do not show as themselves.

User text is data. Wherever it is quoted back (a message, a terminal line,
a table cell, a diagram label, a log), a character that is invisible or
changes how the text around it is shown is written as its code point,
``<U+202E>``, so a submitted name cannot rewrite a terminal line, reorder
what an officer reads, or make two different names look the same. Long
values are cut. Machine outputs (the JSON findings, the chain itself) keep
the text exactly.

The class of such characters is defined once, here (:data:`HIDDEN_RANGES`,
and :func:`invisible_pattern` as a regular expression):

- the general categories Cc (controls, line breaks and tabs included: a
  name is one line), Cf (format characters: bidirectional embeddings,
  overrides, isolates and marks, zero-width characters, soft hyphen, tag
  characters), Cs (surrogates), Zl and Zp (line and paragraph separators);
- every Default_Ignorable_Code_Point of Unicode (U+034F, the Hangul fillers
  U+115F, U+1160, U+3164, U+FFA0, the Mongolian selectors U+180B–U+180F,
  the variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, the reserved
  U+E0000–U+E0FFF...);
- the noncharacters (U+FDD0–U+FDEF, U+FFFE and U+FFFF of every plane), which
  no file format is meant to exchange and XML cannot hold.

The zero-width joiner (U+200D) and the emoji variation selector (U+FE0F)
are in the class although they build emoji: names here are trade names,
which the commercial register writes only in Japanese script, Latin
letters, digits and a few signs (商業登記規則 第50条 and its notice), and
people's and places' names, so an emoji sequence is never part of one,
while a joiner or selector hidden inside a name is exactly the look-alike
this class exists to show. The ideographic variation selectors
(U+E0100–U+E01EF) can be meant, for a variant kanji in a person's name; they
are shown too, because most fonts draw the two names alike.

>>> visible("ab\\x1b[31mc\\u202e")
'ab<U+001B>[31mc<U+202E>'
>>> code_points("株式会社\\u200bみなと\\u200b\\U000e0041")
['U+200B', 'U+E0041']
>>> len(excerpt("x" * 1000)) <= 83
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = [
    "CATEGORY_RANGES",
    "DEFAULT_IGNORABLE",
    "HIDDEN_CATEGORIES",
    "HIDDEN_RANGES",
    "NONCHARACTERS",
    "UNICODE_VERSION",
    "category_ranges",
    "code_points",
    "excerpt",
    "has_invisible",
    "invisible_pattern",
    "shown_as",
    "visible",
]

#: The general categories whose characters are never shown raw.
HIDDEN_CATEGORIES = ("Cc", "Cf", "Cs", "Zl", "Zp")

#: The Unicode version of :data:`CATEGORY_RANGES` (Python 3.11's ``unicodedata``).
UNICODE_VERSION = "14.0.0"

#: The code points of :data:`HIDDEN_CATEGORIES`, as :func:`category_ranges` computes them
#: from ``unicodedata`` (which takes a tenth of a second: too slow for every start, so the
#: result is kept here, and a test computes it again and compares).
CATEGORY_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xD800, 0xDFFF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)

#: Default_Ignorable_Code_Point, as DerivedCoreProperties.txt (Unicode 14.0) lists it;
#: ``unicodedata`` does not expose the property.
DEFAULT_IGNORABLE: tuple[tuple[int, int], ...] = (
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
)

#: Noncharacter_Code_Point: U+FDD0–U+FDEF and the last two code points of every plane.
NONCHARACTERS: tuple[tuple[int, int], ...] = (
    (0xFDD0, 0xFDEF),
    *((plane * 0x10000 + 0xFFFE, plane * 0x10000 + 0xFFFF) for plane in range(17)),
)


def _merge(ranges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


#: Every code point of the class, as merged, sorted ranges.
HIDDEN_RANGES = _merge(CATEGORY_RANGES + DEFAULT_IGNORABLE + NONCHARACTERS)


def category_ranges(categories: tuple[str, ...] = HIDDEN_CATEGORIES) -> tuple[tuple[int, int], ...]:
    """The code points of ``categories`` in this Python's ``unicodedata``, as ranges."""
    import unicodedata

    wanted = set(categories)
    found = [(cp, cp) for cp in range(0x110000) if unicodedata.category(chr(cp)) in wanted]
    return _merge(tuple(found))


def _char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return (
        "["
        + "".join(f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)
        + "]"
    )


# The fast path. Matching a class with ranges beyond the Basic Multilingual Plane costs
# five times as much per character as one within it, and names are checked by the
# thousand: a first pass looks for a hidden character of the BMP or any character
# beyond it (rare: some kanji, emoji), and only text it finds goes to the exact class.
_SUSPECT = re.compile(
    _char_class((*(r for r in HIDDEN_RANGES if r[1] < 0x10000), (0x10000, 0x10FFFF)))
)


@cache
def invisible_pattern() -> re.Pattern[str]:
    """The compiled pattern of one character of the class.

    Compiled when some text first needs it: every ``chain validate`` imports this
    module, and most never meet a hidden character.
    """
    return re.compile(_char_class(HIDDEN_RANGES))


_exact = invisible_pattern


def shown_as(char: str) -> str:
    """How a character of the class is written: ``<U+202E>``, ``<U+E0041>``."""
    return f"<U+{ord(char):04X}>"


def _shown(m: re.Match[str]) -> str:
    return f"<U+{ord(m.group()):04X}>"


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a character of the class."""
    return _SUSPECT.search(text) is not None and _exact().search(text) is not None


def visible(text: str) -> str:
    """``text`` with every character of the class written as its code point (``<U+202E>``).

    The result holds no character of the class, so showing shown text again
    changes nothing: an output may make its lines visible whatever their
    parts already went through.
    """
    if _SUSPECT.search(text) is None:
        return text
    return _exact().sub(_shown, text)


def code_points(text: str) -> list[str]:
    """The distinct characters of the class in ``text``, in order, as code points (``U+202E``)."""
    if _SUSPECT.search(text) is None:
        return []
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in _exact().findall(text)))


def excerpt(value: Any, limit: int = 80) -> str:
    """A short, visible rendering of a user value for messages."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return visible(text)
