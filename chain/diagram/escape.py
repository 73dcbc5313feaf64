"""Text from a submitted chain, made safe for Graphviz DOT.

Every name in a diagram comes from outside and is treated as data. Two
kinds of DOT values carry it:

- HTML-like labels (``label=<...>``): the text is XML-escaped (``& < > " '``)
  so that no tag or entity a user typed is ever parsed;
- quoted strings (``tooltip="..."``): quotes and ampersands are escaped.

Graphviz also expands escape sequences (``\\N``, ``\\G``, ``\\E``, ``\\T``,
``\\H``, ``\\L``, ``\\l``, ``\\n``, ``\\r``) in both kinds, and it does so
after decoding entities, so a backslash cannot be written safely at all:
a user's backslash is shown as the full-width ``＼`` instead. Invisible and
direction-changing characters are shown as their code points (``<U+202E>``,
see :mod:`chain.text`), never applied; that class holds every character an
XML parser refuses (controls, lone surrogates, U+FFFE/U+FFFF), so the SVG
Graphviz writes always parses. Long names are cut with an ellipsis for the
drawing; the tooltip keeps them whole.

>>> html('<script>alert("x")</script>')
'&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
>>> html("A\\\\N")
'A＼N'
>>> quoted('say "hi" \\\\G')
'say \\\\"hi\\\\" ＼G'
>>> html("北斗\\u202e入力")
'北斗&lt;U+202E&gt;入力'
>>> shorten("株式会社みなとデータサービス", 12)
'株式会社み…'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from chain.text import visible

__all__ = ["BACKSLASH", "clean", "html", "quoted", "shorten", "width", "wrap"]

#: What a user's backslash is drawn as (Graphviz would read it as an escape).
BACKSLASH = "＼"

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_HTML_RE = re.compile("[&<>\"']")


# The same names, roles and words are escaped and measured for every node of
# every redraw (the app redraws after each edit): each function of a short string
# is worked out once per string. Bounded in entries and in the length of what is
# kept, so neither a long session nor long submitted texts make it grow far.
_CACHE = 16_384
_SHORT = 320  # longer than any name the format allows (300)


def clean(text: object) -> str:
    """User text with invisible characters made visible and backslashes neutralised."""
    value = text if isinstance(text, str) else str(text)
    return _clean(value) if len(value) <= _SHORT else _clean_now(value)


def _clean_now(value: str) -> str:
    return visible(value).replace("\\", BACKSLASH)


_clean = lru_cache(maxsize=_CACHE)(_clean_now)


def html(text: object) -> str:
    """User text for an HTML-like label: cleaned, then XML-escaped."""
    value = text if isinstance(text, str) else str(text)
    return _html(value) if len(value) <= _SHORT else _html_now(value)


def _html_now(value: str) -> str:
    return _HTML_RE.sub(lambda m: _HTML[m.group()], clean(value))


_html = lru_cache(maxsize=_CACHE)(_html_now)


def quoted(text: object) -> str:
    """User text for a quoted DOT string (without the surrounding quotes).

    Graphviz decodes HTML entities in quoted strings too (a tooltip typed as
    ``&amp;`` would be shown as ``&``), so ``&`` is written as ``&amp;``.
    """
    value = text if isinstance(text, str) else str(text)
    return _quoted(value) if len(value) <= _SHORT else _quoted_now(value)


def _quoted_now(value: str) -> str:
    return clean(value).replace("&", "&amp;").replace('"', '\\"')


_quoted = lru_cache(maxsize=_CACHE)(_quoted_now)


def width(text: str) -> int:
    """Display width: wide (East Asian) characters count two columns."""
    return _width(text) if len(text) <= _SHORT else _width_now(text)


def _width_now(text: str) -> int:
    return sum(_char_width(c) for c in text)


_width = lru_cache(maxsize=_CACHE)(_width_now)


def _char_width(c: str) -> int:
    found = _WIDTHS.get(c)
    if found is None:
        if unicodedata.combining(c):
            found = 0
        else:
            found = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if len(_WIDTHS) < _CACHE:
            _WIDTHS[c] = found
    return found


_WIDTHS: dict[str, int] = {}


def shorten(text: str, columns: int) -> str:
    """``text`` cut to ``columns`` display columns, ending with ``…`` when cut."""
    if len(text) <= _SHORT:
        return _shorten(text, columns)
    return _shorten_now(text, columns)


def _shorten_now(text: str, columns: int) -> str:
    if width(text) <= columns:
        return text
    out: list[str] = []
    used = 0
    for c in text:
        w = _char_width(c)
        if used + w > columns - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


_shorten = lru_cache(maxsize=_CACHE)(_shorten_now)


def wrap(text: str, columns: int, lines: int) -> list[str]:
    """``text`` in at most ``lines`` lines of ``columns`` columns; the last one cut with ``…``.

    Text with spaces breaks between words; text without (Japanese) is
    balanced across the lines it needs rather than leaving one character
    alone on the last line.

    >>> wrap("株式会社ネットワーク・オペレーションズ", 30, 2)
    ['株式会社ネットワーク', '・オペレーションズ']
    """
    if width(text) <= columns or lines <= 1:
        return [shorten(text, columns)]
    if " " in text.strip():
        return _wrap_words(text.split(), columns, lines)
    needed = -(-width(text) // columns)
    if needed <= lines:
        columns = min(columns, -(-width(text) // needed) + 1)
    out: list[str] = []
    rest = text
    while rest and len(out) < lines - 1 and width(rest) > columns:
        line = _take(rest, columns)
        out.append(line)
        rest = rest[len(line) :]
    out.append(shorten(rest, columns))
    return out


def _take(text: str, columns: int) -> str:
    """The longest start of ``text`` that fits in ``columns``."""
    used = 0
    for i, c in enumerate(text):
        used += _char_width(c)
        if used > columns:
            return text[: max(i, 1)]
    return text


def _wrap_words(words: list[str], columns: int, lines: int) -> list[str]:
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= columns:
            current = candidate
            continue
        if current:
            out.append(current)
        if len(out) == lines - 1:
            return [*out, shorten(" ".join(words[i:]), columns)]
        current = word if width(word) <= columns else shorten(word, columns)
    out.append(current)
    return out
