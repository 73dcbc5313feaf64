"""The capacities a profile's assessment gives, as the profile and the built-in rules
declare them (``[[liability.capacities]]``): each one's labels, citations and reasoning,
its sentences compiled once.

A sentence is filled in two stages: the facts the same for every incident under a
clause (the contractor's name, the tier's) once per clause (:func:`prepare`), the
incident's own (the delegate's name, the joint group) per incident, so that wording
the liability of every party of a large chain costs what it did when the sentences
were written in code.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from typing import Any

from chain.check.wording import Sentence, fill_terms, profile_terms
from chain.liability import reasons
from chain.liability.model import CapacityLabels, shown_label
from chain.liability.statutes import statutes
from chain.profiles import Citation, Clause, Profile, builtin_rules
from chain.profiles.capacities import BILINGUAL_FACTS, merged
from chain.profiles.model import CapacitySpec
from chain.vocab import L

__all__ = ["Declared", "Prepared", "declared", "prepare"]


class Declared:
    """One capacity in force under a profile: what it attaches to, its labels, the
    sentences of its reasoning (compiled), and what it cites besides an entry's clause."""

    __slots__ = ("attaches", "clause", "id", "labels", "sentences", "statutes")

    def __init__(
        self, spec: CapacitySpec, known: Mapping[str, Sentence], terms: Mapping[str, L]
    ) -> None:
        self.id = spec.id
        self.attaches = spec.attaches
        self.labels = CapacityLabels(
            shown_label(spec.label, terms), shown_label(spec.short or spec.label, terms)
        )
        self.clause: tuple[Clause, ...] = tuple(spec.clause)
        self.statutes: tuple[str, ...] = tuple(spec.statutes)
        self.sentences: tuple[Sentence, ...] = tuple(
            known[s] if isinstance(s, str) else _inline(fill_terms(s, terms))
            for s in spec.reasoning
        )

    def citations(self, profile: Profile, clauses: Iterable[Clause]) -> tuple[Citation, ...]:
        """``clauses`` (the entry's, else the capacity's own) and the statutes it names."""
        own = tuple(clauses) or self.clause
        return (
            *(profile.cite(c) for c in own),
            *(c for use in self.statutes for c in statutes(profile, use)),
        )


def _inline(text: L) -> Sentence:
    """A sentence of the profile: its fields were checked when it was loaded
    (:func:`chain.profiles.capacities.field_problem`), its text is never code."""
    names = {n for t in (text.ja, text.en) for _l, n, _s, _c in string.Formatter().parse(t) if n}
    return Sentence(text, BILINGUAL_FACTS & names)


def declared(profile: Profile) -> Mapping[str, Declared]:
    """The capacities in force under ``profile``, by id (worked out once per profile)."""
    liab = profile.liability
    found = liab.__pydantic_private__["_declared"]  # type: ignore[index]
    if found is None:
        general = builtin_rules().liability
        known = reasons.sentences(profile)
        terms = profile_terms(profile)
        found = {k: Declared(v, known, terms) for k, v in merged(general, liab).items()}
        liab.__pydantic_private__["_declared"] = found  # type: ignore[index]
    return found


class Prepared:
    """A sentence with the facts of its clause filled, the incident's left to fill.

    Without facts of the incident the text is worked out once (:attr:`text`); with the
    delegate's name only, its two halves around it are (:meth:`around`); any other
    sentence is filled whole per incident (:meth:`fill`)."""

    __slots__ = ("halves", "known", "sentence", "text")

    def __init__(self, sentence: Sentence, known: dict[str, Any]) -> None:
        self.sentence = sentence
        self.known = {k: v for k, v in known.items() if k in sentence.fields}
        self.text: L | None = None
        self.halves: tuple[str, str, str, str] | None = None
        rest = sentence.fields - known.keys()
        if not rest:
            self.text = sentence.fill(**self.known)
        elif rest == {"delegate"}:
            self.halves = _halves(sentence, self.known)

    def around(self, delegate: str) -> L:
        """The text for an incident at ``delegate`` (a sentence naming no other fact of it)."""
        if self.text is not None:
            return self.text
        h = self.halves
        if h is not None:
            return L(f"{h[0]}{delegate}{h[1]}", f"{h[2]}{delegate}{h[3]}")
        return self.fill(delegate=delegate)

    def fill(self, **incident: Any) -> L:
        """The text with the incident's facts (those the sentence names)."""
        if self.text is not None:
            return self.text
        fields = self.sentence.fields
        return self.sentence.fill(
            **self.known, **{k: v for k, v in incident.items() if k in fields}
        )


#: Stands for the delegate's name while a sentence is cut in two around it.
_MARK = "\x00delegate\x00"


def _halves(sentence: Sentence, known: dict[str, Any]) -> tuple[str, str, str, str] | None:
    """The text before and after the delegate's name, in each language; ``None`` where the
    name is not there exactly once (the sentence is then filled whole)."""
    text = sentence.fill(**known, delegate=_MARK)
    if text.ja.count(_MARK) != 1 or text.en.count(_MARK) != 1:
        return None
    ja_before, _m, ja_after = text.ja.partition(_MARK)
    en_before, _m, en_after = text.en.partition(_MARK)
    return ja_before, ja_after, en_before, en_after


def prepare(sentences: Iterable[Sentence], known: dict[str, Any]) -> tuple[Prepared, ...]:
    """Each of ``sentences`` with the facts ``known`` for every incident filled."""
    return tuple(Prepared(s, known) for s in sentences)
