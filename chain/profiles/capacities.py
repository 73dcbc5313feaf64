"""Capacities declared as data: the facts each one's sentences may name, and the strict
checks of what a profile declares (``[[liability.capacities]]`` and the entries naming
them).

A capacity's reasoning is worded from the facts of what it attaches to (:data:`FACTS`):
a sentence of the profile is hostile input, so each of its fields must be one of those
names, plain (no attribute, index, conversion or format spec), before it is compiled
(:class:`chain.check.wording.Sentence`, which never puts the literal text into code).
Every problem here is located by its JSON pointer, with what to do about it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from difflib import get_close_matches
from functools import cache

from chain.format.problems import InputProblem
from chain.profiles.model import Attachment, CapacitySpec, DelegateLiability, Liability, Profile
from chain.profiles.shipped import shipped_toml
from chain.profiles.terms import TERM_KEYS
from chain.text import excerpt
from chain.vocab import L

__all__ = [
    "BILINGUAL_FACTS",
    "FACTS",
    "capacity_problems",
    "field_problem",
    "merged",
]

#: A sentence may name any of the profile's words too, as ``{term.KEY}``
#: (:mod:`chain.profiles.terms`): the profile's word, or the built-in one, is put in
#: before the facts.
TERM_FIELDS: frozenset[str] = frozenset(f"term.{k}" for k in TERM_KEYS)

#: The facts a sentence of a capacity may name, by what the capacity attaches to.
FACTS: dict[str, frozenset[str]] = {
    "contract": frozenset({"contractor", "damages"}),
    "delegate": frozenset({"contractor", "delegate", "kind"}),
    "joint_group": frozenset({"contractor", "delegate", "kind", "members"}),
    "worker": frozenset({"contractor", "worker", "employment"}),
    "breach": frozenset({"contractor", "termination", "damages_claim"}),
    "recourse": frozenset({"delegate", "delegator"}),
}

#: The facts given in both languages (each language reads its own): the tier's name, the
#: employment, the texts of the damages and termination clauses.
BILINGUAL_FACTS = frozenset({"kind", "employment", "damages", "termination", "damages_claim"})

#: Where a delegate entry's capacity may attach (the non-regular entry's: ``worker``).
_ENTRY_ATTACHES: dict[bool, frozenset[str]] = {
    False: frozenset({"delegate", "joint_group"}),
    True: frozenset({"worker"}),
}


#: The attachments only a built-in capacity has (the engine gives them; no entry does).
_FIXED: dict[str, str] = {"contract": "direct", "breach": "own_breach", "recourse": "recourse_only"}


def merged(general: Liability, own: Liability) -> dict[str, CapacitySpec]:
    """The capacities in force: ``general``'s (the built-in rules'), each replaced by one of
    ``own``'s of the same id, and ``own``'s new ones after them."""
    found = {c.id: c for c in general.capacities}
    for c in own.capacities:
        found[c.id] = c
    return found


@cache
def _sentence_fields() -> dict[str, frozenset[str]]:
    """The fields of every sentence of ``reasons.toml``, by id."""
    out: dict[str, frozenset[str]] = {}
    for key, t in shipped_toml("liability/reasons.toml").items():
        names = {n for text in (t["ja"], t["en"]) for _l, n, _s, _c in _parse(text) if n}
        out[key] = frozenset(names)
    return out


def _parse(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return list(string.Formatter().parse(text))


def field_problem(
    text: str, allowed: frozenset[str], specs: frozenset[str] = frozenset()
) -> L | None:
    """What is wrong with the fields of a sentence ``text`` whose facts are ``allowed``, or
    ``None``: unbalanced braces, or a field that is not one of the names, plain (or with
    one of the format ``specs``)."""
    try:
        parts = _parse(text)
    except ValueError:
        return L(
            "波かっこ { } の対応がとれていません（文字としての { } は {{ }} と書きます）。",
            "Its braces { } do not pair (write a literal brace as {{ or }}).",
        )
    known = "、".join(sorted(allowed))
    for _literal, name, spec, conv in parts:
        if name is None:
            continue
        if name not in allowed or (spec and spec not in specs) or conv:
            shown = excerpt(
                "{" + name + (f"!{conv}" if conv else "") + (f":{spec}" if spec else "") + "}"
            )
            return L(
                f"{shown} はこの責任の立場で使える事実ではありません（使えるもの: {known}）。",
                f"{shown} is not a fact this capacity can name (it can name: "
                f"{', '.join(sorted(allowed))}).",
            )
    return None


def _problem(pointer: str, kind: str, message: L, fix: L) -> InputProblem:
    # The loader gives it its line and column from the pointer.
    return InputProblem(pointer, kind, message, fix=fix)


def capacity_problems(profile: Profile, general: Liability | None) -> list[InputProblem]:
    """The problems of the capacities ``profile`` declares and of its entries naming them;
    ``general`` is the built-in rules' liability (``None`` for the built-in rules
    themselves, whose capacities are the general ones)."""
    return list(_problems(profile, general))


def _problems(profile: Profile, general: Liability | None) -> Iterator[InputProblem]:
    liab = profile.liability
    base = general if general is not None else Liability()
    in_force = merged(base, liab)
    statute_uses = set(base.statutes) | set(liab.statutes)
    sentence_fields = _sentence_fields()
    named = {
        spec.capacity_id(worker=worker)
        for spec, worker in (
            *((d, False) for d in liab.delegates),
            *(((liab.non_regular, True),) if liab.non_regular else ()),
        )
    }
    seen: set[str] = set()
    for i, cap in enumerate(liab.capacities):
        where = f"/liability/capacities/{i}"
        if cap.id in seen:
            yield _problem(
                where + "/id",
                "duplicate_capacity",
                L(
                    f"責任の立場 {cap.id} が二度宣言されています。",
                    f"Capacity {cap.id} is declared twice.",
                ),
                L("一つにまとめてください。", "Keep one declaration."),
            )
        seen.add(cap.id)
        builtin = {c.id: c for c in base.capacities}.get(cap.id)
        if builtin is not None and builtin.attaches != cap.attaches:
            yield _problem(
                where + "/attaches",
                "capacity_attaches_changed",
                L(
                    f"組込みの責任の立場 {cap.id} は {builtin.attaches} に付きます（{cap.attaches} ではありません）。",
                    f"The built-in capacity {cap.id} attaches to {builtin.attaches}, not {cap.attaches}.",
                ),
                L(
                    f'attaches = "{builtin.attaches}" とするか、別の id で宣言してください。',
                    f'Write attaches = "{builtin.attaches}", or declare it under another id.',
                ),
            )
        if general is not None and builtin is None and cap.attaches in _FIXED:
            yield _problem(
                where + "/attaches",
                "capacity_attaches_to_nothing",
                L(
                    f"{cap.attaches} に付く責任の立場は組込みのもの（{_FIXED[cap.attaches]}）だけです。{cap.id} はどの事故にも付きません。",
                    f"Only the built-in capacity {_FIXED[cap.attaches]} attaches to {cap.attaches}: {cap.id} attaches to no incident.",
                ),
                L(
                    f'id = "{_FIXED[cap.attaches]}" として組込みのものを置き換えるか、attaches を delegate、joint_group、worker のいずれかにしてください。',
                    f'Write id = "{_FIXED[cap.attaches]}" to override the built-in one, or attach it to delegate, joint_group or worker.',
                ),
            )
        elif general is not None and builtin is None and cap.id not in named:
            yield _problem(
                where,
                "capacity_attaches_to_nothing",
                L(
                    f"責任の立場 {cap.id} を与える liability の項目がなく、どの事故にも付きません。",
                    f"No liability entry gives capacity {cap.id}: it attaches to no incident.",
                ),
                L(
                    f'[[liability.delegates]]（または [liability.non_regular]）に capacity = "{cap.id}" と書くか、この宣言を削除してください。',
                    f'Name it in [[liability.delegates]] (or [liability.non_regular]) as capacity = "{cap.id}", or remove it.',
                ),
            )
        yield from _reasoning(where, cap, sentence_fields)
        for j, use in enumerate(cap.statutes):
            if use not in statute_uses:
                shown = excerpt(use)
                yield _problem(
                    f"{where}/statutes/{j}",
                    "unknown_statute_use",
                    L(
                        f"[liability.statutes] にない用途です: {shown}",
                        f"No statutes for use {shown!r}.",
                    ),
                    L(
                        f"次のいずれかにしてください: {', '.join(sorted(statute_uses))}",
                        f"Use one of: {', '.join(sorted(statute_uses))}.",
                    ),
                )
    entries: list[tuple[str, DelegateLiability, bool]] = [
        (f"/liability/delegates/{i}", d, False) for i, d in enumerate(liab.delegates)
    ]
    if liab.non_regular is not None:
        entries.append(("/liability/non_regular", liab.non_regular, True))
    for where, spec, worker in entries:
        yield from _entry(where, spec, worker, in_force)


def _reasoning(
    where: str, cap: CapacitySpec, sentence_fields: dict[str, frozenset[str]]
) -> Iterator[InputProblem]:
    allowed = FACTS[cap.attaches] | TERM_FIELDS
    for j, sentence in enumerate(cap.reasoning):
        at = f"{where}/reasoning/{j}"
        if isinstance(sentence, str):
            fields = sentence_fields.get(sentence)
            if fields is None:
                shown = excerpt(sentence)
                close = get_close_matches(sentence, sentence_fields, n=1)
                yield _problem(
                    at,
                    "unknown_sentence",
                    L(
                        f"reasons.toml にない文です: {shown}",
                        f"No sentence {shown!r} in reasons.toml.",
                    ),
                    L(
                        f'{close[0]} のことですか。文を {{ ja = "…", en = "…" }} で書くこともできます。'
                        if close
                        else '文を { ja = "…", en = "…" } で書いてください。',
                        f'Did you mean {close[0]}? A sentence can also be written as {{ ja = "…", en = "…" }}.'
                        if close
                        else 'Write the sentence as { ja = "…", en = "…" }.',
                    ),
                )
            elif not fields <= allowed:
                extra = ", ".join(sorted(fields - allowed))
                yield _problem(
                    at,
                    "sentence_facts",
                    L(
                        f"文 {sentence} は {cap.attaches} に付く責任の立場にない事実を使います: {extra}",
                        f"Sentence {sentence} names facts a capacity attached to {cap.attaches} does not have: {extra}.",
                    ),
                    L(
                        f"使える事実（{', '.join(sorted(allowed))}）だけを使う文にしてください。",
                        f"Use a sentence naming only {', '.join(sorted(allowed))}.",
                    ),
                )
            continue
        for lang, text in (("ja", sentence.ja), ("en", sentence.en)):
            wrong = field_problem(text, allowed)
            if wrong is not None:
                yield _problem(
                    f"{at}/{lang}",
                    "sentence_field",
                    wrong,
                    L(
                        f"{{{'}、{'.join(sorted(allowed))}}} のいずれかを、そのままの名前で使ってください。",
                        f"Name only {{{'}, {'.join(sorted(allowed))}}}, each as it is.",
                    ),
                )


def _entry(
    where: str, spec: DelegateLiability, worker: bool, in_force: dict[str, CapacitySpec]
) -> Iterator[InputProblem]:
    if spec.capacity is not None and spec.basis is not None:
        yield _problem(
            where,
            "capacity_and_basis",
            L("capacity と basis の両方が書かれています。", "Both capacity and basis are given."),
            L(
                "capacity だけを書いてください（basis は古い書き方です）。",
                "Keep capacity only (basis is the older way).",
            ),
        )
        return
    if spec.capacity is None and spec.basis is None:
        yield _problem(
            where,
            "no_capacity",
            L("この項目が与える責任の立場がありません。", "The entry gives no capacity."),
            L(
                'capacity = "…"（[[liability.capacities]] の id）を書いてください。',
                'Write capacity = "…" (an id of [[liability.capacities]]).',
            ),
        )
        return
    if spec.capacity is None:
        return
    found = in_force.get(spec.capacity)
    attaches: frozenset[Attachment] = _ENTRY_ATTACHES[worker]  # type: ignore[assignment]
    usable = sorted(c.id for c in in_force.values() if c.attaches in attaches)
    if found is None:
        shown = excerpt(spec.capacity)
        close = get_close_matches(spec.capacity, usable, n=1)
        yield _problem(
            where + "/capacity",
            "unknown_capacity",
            L(f"宣言されていない責任の立場です: {shown}", f"Unknown capacity {shown!r}."),
            L(
                (f"{close[0]} のことですか。" if close else "")
                + f"使えるもの: {', '.join(usable)}。または [[liability.capacities]] で宣言してください。",
                (f"Did you mean {close[0]}? " if close else "")
                + f"Known: {', '.join(usable)}; or declare it in [[liability.capacities]].",
            ),
        )
    elif found.attaches not in attaches:
        want = " / ".join(sorted(attaches))
        yield _problem(
            where + "/capacity",
            "capacity_attachment",
            L(
                f"責任の立場 {found.id} は {found.attaches} に付くもので、この項目（{want}）には使えません。",
                f"Capacity {found.id} attaches to {found.attaches}; this entry needs one attached to {want}.",
            ),
            L(
                f"次のいずれかにしてください: {', '.join(usable)}",
                f"Use one of: {', '.join(usable)}.",
            ),
        )
