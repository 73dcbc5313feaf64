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

:class:`Sentence` words the liability reasoning (``chain/liability/reasons.toml``) from
the same kind of template, split by the same :func:`_compiled`: its facts arrive as they
are to be shown (the assessment shows names as it always has), and it is compiled once
into one format string per language, so that wording the liability of every party of a
large chain costs what f-strings cost.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from functools import cache
from keyword import iskeyword
from typing import Any

from chain.profiles import Profile, builtin_rules
from chain.profiles.terms import FACT_WORDS
from chain.text import visible
from chain.vocab import DOCUMENT_KINDS, L

__all__ = [
    "Sentence",
    "fact_words",
    "fill_terms",
    "generic",
    "kind_word",
    "profile_terms",
    "render",
]

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


def kind_word(kind: str, profile: Profile | None = None) -> L:
    """The name of a kind of delegation document (an approval, a notification...) in
    ``profile``'s words: its ``consent_document`` for an approval, and so on; the
    built-in name where the profile words it no otherwise."""
    word = DOCUMENT_KINDS[kind]
    if profile is None:
        return word
    return fact_words(profile).get(word) or word


class _Placeholders(dict):
    def __missing__(self, key: str) -> str:
        return f"‹{key}›"


def generic(template: L, lang: str, profile: Profile | None = None) -> str:
    """A message template with its facts shown as ‹name› and the words of ``profile``
    (default: the built-in ones), for rule documentation."""
    return fill_terms(template, profile_terms(profile))(lang).format_map(_Placeholders())


def _for_lang(text: str, bilingual: frozenset[str], lang: str) -> str:
    """``text`` as a format string whose bilingual fields read their ``lang`` text."""
    out: list[str] = []
    for literal, name, spec in _compiled(text):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is not None:
            field = f"{name}.{lang}" if name in bilingual else name
            out.append("{" + field + (":" + spec if spec else "") + "}")
    return "".join(out)


def _f_string(text: str, bilingual: frozenset[str], lang: str, consts: dict[str, str]) -> str:
    """The body of an f-string giving ``text`` filled: literals are read from ``consts``
    (never written into the source), fields are the function's keyword arguments."""
    out: list[str] = []
    for literal, name, spec in _compiled(text):
        if literal:
            const = f"_{lang}{len(consts)}"
            consts[const] = literal
            out.append("{" + const + "}")
        if name is not None:
            if spec or not name.isidentifier() or iskeyword(name) or name.startswith("_"):
                raise ValueError(f"sentence {text!r}: field {name!r} is not a plain name")
            out.append("{" + (f"{name}.{lang}" if name in bilingual else name) + "}")
    return "".join(out)


class Sentence:
    """A bilingual template compiled once; :attr:`fill` (or a call) with the facts as
    keyword arguments gives the text.

    ``bilingual`` names the facts given as :class:`L` (each language reads its own);
    every other fact is a string shown as it is given. The template becomes one
    function holding an f-string per language, so filling it costs what the f-strings
    the sentences once were cost (``str.format`` parses its template on every call).
    """

    __slots__ = ("en", "fields", "fill", "ja")

    def __init__(self, template: L, bilingual: frozenset[str] = frozenset()) -> None:
        self.ja = _for_lang(template.ja, bilingual, "ja")
        self.en = _for_lang(template.en, bilingual, "en")
        self.fields = frozenset(
            name for text in (template.ja, template.en) for _l, name, _s in _compiled(text) if name
        )
        consts: dict[str, str] = {}
        ja = _f_string(template.ja, bilingual, "ja", consts)
        en = _f_string(template.en, bilingual, "en", consts)
        params = ", ".join([*sorted(self.fields), *(f"{c}={c}" for c in consts)])
        head = f"*, {params}" if params else ""
        source = f'def fill({head}):\n    return L(f"{ja}", f"{en}")\n'
        scope: dict[str, Any] = {"L": L, **consts}
        exec(compile(source, "<sentence>", "exec"), scope)  # names and consts only, see above
        self.fill = scope["fill"]

    def __call__(self, **facts: Any) -> L:
        return self.fill(**facts)
