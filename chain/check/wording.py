"""Wording: a rule's message templates filled from the facts its check found.

The catalogue (:mod:`chain.check.catalog`) holds each code's message and fix in
Japanese and English, with named fields (``{delegate}``); a check yields only facts.
:func:`render` fills a template from them, showing user text visibly (never
interpreting it); :func:`generic` shows the fields as ‹name›, for documentation.

A template also names the profile's words as ``{term.consent}``
(:mod:`chain.profiles.terms`): :func:`fill_terms` puts a profile's words in, once per
template and profile, before any fact (:func:`profile_terms` gives them, the built-in
word where the profile has none). Any text worded from a template (a finding, a line of
the liability reasoning) can be filled so.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from chain.profiles import Profile, builtin_rules
from chain.profiles.terms import FACT_WORDS
from chain.text import visible
from chain.vocab import L

__all__ = ["fact_words", "fill_terms", "generic", "profile_terms", "render"]

_TERM = "term."


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


def fill_terms(template: L, terms: Mapping[str, L]) -> L:
    """``template`` with each ``{term.KEY}`` replaced by ``terms[KEY]`` (the other fields
    kept for the facts); the same object when it names no term."""
    if _TERM not in template.ja and _TERM not in template.en:
        return template
    return L(_fill(template.ja, terms, "ja"), _fill(template.en, terms, "en"))


def _fill(text: str, terms: Mapping[str, L], lang: str) -> str:
    out: list[str] = []
    for literal, name, spec in _compiled(text):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if name.startswith(_TERM):
            try:
                word = terms[name[len(_TERM) :]](lang)
            except KeyError as exc:  # a catalog bug, not user input
                raise RuntimeError(f"template {text!r} names no term {exc}") from exc
            out.append(word.replace("{", "{{").replace("}", "}}"))
        else:
            out.append("{" + name + (":" + spec if spec else "") + "}")
    return "".join(out)


_TERMS_CACHE: dict[int, tuple[Profile, dict[str, L]]] = {}


def profile_terms(profile: Profile | None = None) -> dict[str, L]:
    """Every term, by key: ``profile``'s word where it gives one, else the built-in word."""
    builtin = builtin_rules()
    if profile is None:
        profile = builtin
    hit = _TERMS_CACHE.get(id(profile))
    if hit is not None and hit[0] is profile:
        return hit[1]
    terms = {**builtin.terms.given(), **profile.terms.given()}
    _TERMS_CACHE[id(profile)] = (profile, terms)
    return terms


def fact_words(profile: Profile) -> dict[L, L]:
    """The built-in words of the facts (a document kind's name, a tier's) that ``profile``
    words otherwise, each with its word (empty when it words none otherwise)."""
    given = profile.terms.given()
    return {
        word: given[key] for key, word in FACT_WORDS.items() if key in given and given[key] != word
    }


class _Placeholders(dict):
    def __missing__(self, key: str) -> str:
        return f"‹{key}›"


def generic(template: L, lang: str, profile: Profile | None = None) -> str:
    """A message template with its facts shown as ‹name› and the words of ``profile``
    (default: the built-in ones), for rule documentation."""
    return fill_terms(template, profile_terms(profile))(lang).format_map(_Placeholders())
