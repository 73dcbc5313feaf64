"""Showing submitted text inside Markdown without it turning into markup.

Party names, references and file names come from outside. Streamlit renders
labels, captions and markdown as Markdown with its own extensions (colours,
icons, emoji shortcodes, LaTeX), so a name like ``![x](http://…)`` would
make the browser fetch an image from elsewhere, and a bare URL would become
a link. :func:`md` makes such text literal.

>>> print(md("![x](y.png) :red[!]"))
\\!\\[x\\]\\(y\\.png\\) \\:red\\[\\!\\]
"""

from __future__ import annotations

import re

from chain.text import visible

__all__ = ["md"]

_PUNCT = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^%@/;,?])")
# Markdown renderers turn bare URLs and e-mail addresses into links even when their
# punctuation is escaped; a word joiner (invisible) breaks the pattern they look for.
_AUTOLINK = re.compile(r"(?i)(https?|ftp|mailto|www)(?=[:.])|(?=@)")
_JOINER = "\u2060"


def md(text: object, limit: int = 200) -> str:
    """Text escaped for Markdown: every ASCII punctuation mark taken literally, one line."""
    s = visible(str(text).replace("\r", " ").replace("\n", " "))
    if len(s) > limit:
        s = s[:limit] + "…"
    s = _AUTOLINK.sub(lambda m: (m.group(1) or "") + _JOINER, s)
    return _PUNCT.sub(r"\\\1", s)
