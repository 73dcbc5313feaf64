"""Wording: a rule's message templates filled from the facts its check found.

The catalogue (:mod:`chain.check.catalog`) holds each code's message and fix in
Japanese and English, with named fields (``{delegate}``); a check yields only facts.
:func:`render` fills a template from them, showing user text visibly (never
interpreting it); :func:`generic` shows the fields as ‹name›, for documentation.

:class:`Sentence` words the liability reasoning (``chain/liability/reasons.toml``) from
the same kind of template, split by the same :func:`_compiled`: its facts arrive as they
are to be shown (the assessment shows names as it always has), and it is compiled once
into one format string per language, so that wording the liability of every party of a
large chain costs what f-strings cost.
"""

from __future__ import annotations

import string
from datetime import date
from functools import cache
from keyword import iskeyword
from typing import Any

from chain.text import visible
from chain.vocab import L

__all__ = ["Sentence", "generic", "render"]


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
