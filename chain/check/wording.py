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

A template names a field of the chain as the officer knows it, by the editor's table and
column, never by its key: ``{field.worker.pledge_on}`` is 「従事者表の「誓約書の日付」欄」
(:func:`chain.format.field_words.field_word`), and a kind of delegation document by its
name in the profile's words: ``{kind.flow_down}``. A fact holding field references (ITM001's
``delegation.reason``) is shown so with the spec ``field``: ``{fields:field}``; the spec
``s`` gives an English plural's ending (``{days} day{days:s}``: "1 day", "2 days").
:func:`check_template` says what a template names that is neither, and the catalogue is
checked with it when loaded.

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

from chain.format.field_words import field_word, fields_word
from chain.profiles import Profile, builtin_rules
from chain.profiles.terms import FACT_WORDS, TERM_KEYS
from chain.text import visible
from chain.vocab import DOCUMENT_KINDS, L

__all__ = [
    "Sentence",
    "check_template",
    "fact_words",
    "fill_terms",
    "generic",
    "kind_word",
    "profile_terms",
    "render",
]

_TERM = "term."
_FIELD = "field."
_KIND = "kind."
#: The format spec showing a fact's field references as their labels.
FIELD_SPEC = "field"
#: The format spec giving an English plural's ending: ``{days} day{days:s}``.
PLURAL_SPEC = "s"
SPECS = frozenset({FIELD_SPEC, PLURAL_SPEC})


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
        if spec == FIELD_SPEC:
            out.append(_show_fields(value, lang))
            continue
        if spec == PLURAL_SPEC:
            out.append("" if value == 1 else "s")
            continue
        shown = _show(value, lang)
        out.append(format(shown, spec) if spec else shown)
    return "".join(out)


def _show_fields(value: Any, lang: str) -> str:
    """Field references (one, or a list) shown as their labels; unknown ones, visibly."""
    refs = [value] if isinstance(value, str) else list(value or ())
    if all(isinstance(r, str) for r in refs):
        word = fields_word(refs)
        if word is not None:
            return word(lang) or "—"
    return _show(refs, lang)


def _names_words(text: str) -> bool:
    return _TERM in text or _FIELD in text or _KIND in text


def fill_terms(template: L, terms: Mapping[str, L]) -> L:
    """``template`` with each ``{term.KEY}`` replaced by ``terms[KEY]``, each
    ``{field.REF}`` by the field's label and each ``{kind.KIND}`` by the document kind's
    name in these terms (the other fields, and their specs, kept for the facts); the same object when it
    names none of them."""
    if not _names_words(template.ja) and not _names_words(template.en):
        return template
    return L(_fill(template.ja, terms, "ja"), _fill(template.en, terms, "en"))


def _word(name: str, terms: Mapping[str, L]) -> L | None:
    """The words a ``term.``, ``field.`` or ``kind.`` name stands for (``None``: not one)."""
    if name.startswith(_TERM):
        return terms.get(name[len(_TERM) :])
    if name.startswith(_FIELD):
        return field_word(name[len(_FIELD) :])
    if name.startswith(_KIND):
        word = DOCUMENT_KINDS.get(name[len(_KIND) :])
        if word is None:
            return None
        for key, fact_word in FACT_WORDS.items():
            if fact_word == word and key in terms:
                return terms[key]
        return word
    return None


def _is_word(name: str) -> bool:
    return name.startswith((_TERM, _FIELD, _KIND))


def check_template(text: L) -> list[str]:
    """What ``text`` names as a term, a field or a document kind that is none (empty:
    all are known), e.g. ``['field.worker.pledge']``."""
    terms = {key: L(key, key) for key in TERM_KEYS}
    bad = []
    for lang in ("ja", "en"):
        for _literal, name, spec in _compiled(text(lang)):
            if name is None:
                continue
            if (_is_word(name) and _word(name, terms) is None) or (spec and spec not in SPECS):
                bad.append(name if not spec else f"{name}:{spec}")
    return sorted(set(bad))


def _fill(text: str, terms: Mapping[str, L], lang: str) -> str:
    out: list[str] = []
    for literal, name, spec in _compiled(text):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if _is_word(name):
            found = _word(name, terms)
            if found is None:  # a catalog bug, not user input
                raise RuntimeError(f"template {text!r} names no term, field or kind {name!r}")
            word = found(lang)
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


def generic(template: L, lang: str, profile: Profile | None = None) -> str:
    """A message template with its facts shown as ‹name› and the words of ``profile``
    (default: the built-in ones), for rule documentation."""
    text = fill_terms(template, profile_terms(profile))(lang)
    out: list[str] = []
    for literal, name, spec in _compiled(text):
        out.append(literal)
        if name is not None:
            out.append("s" if spec == PLURAL_SPEC else f"‹{name}›")
    return "".join(out)


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
