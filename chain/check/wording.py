"""Wording: a rule's message templates filled from the facts its check found.

The catalogue (:mod:`chain.check.catalog`) holds each code's message and fix in
Japanese and English, with named fields (``{delegate}``); a check yields only facts.
:func:`render` fills a template from them, showing user text visibly (never
interpreting it); :func:`generic` shows the fields as ‹name›, for documentation.
"""

from __future__ import annotations

import string
from datetime import date
from functools import cache
from typing import Any

from chain.text import visible
from chain.vocab import L

__all__ = ["generic", "render"]


def _show(value: Any, lang: str) -> str:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, L):
        # Checks build some bilingual facts around user text (a group note naming
        # the parent company), so they are shown visibly too.
        return visible(value(lang))
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return "—"
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        sep = "、" if lang == "ja" else ", "
        return sep.join(_show(v, lang) for v in items) or "—"
    return str(value)


@cache
def _compiled(text: str) -> tuple[tuple[str, str | None, str], ...]:
    """A template split once into (literal, field name, format spec) parts."""
    return tuple(
        (literal, name, spec or "") for literal, name, spec, _conv in string.Formatter().parse(text)
    )


def render(template: L, facts: dict[str, Any], lang: str) -> str:
    """Fill a message template with facts; user text is shown visibly, never interpreted."""
    text = template(lang)
    out: list[str] = []
    for literal, name, spec in _compiled(text):
        out.append(literal)
        if name is None:
            continue
        try:
            value = facts[name]
        except KeyError as exc:  # a catalog bug, not user input
            raise RuntimeError(f"message template {text!r} lacks fact {exc}") from exc
        shown = _show(value, lang)
        out.append(format(shown, spec) if spec else shown)
    return "".join(out)


class _Placeholders(dict):
    def __missing__(self, key: str) -> str:
        return f"‹{key}›"


def generic(template: L, lang: str) -> str:
    """A message template with its facts shown as ‹name›, for rule documentation."""
    return template(lang).format_map(_Placeholders())
