"""Liability, silences, roles and any other field of a profile, compared."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from chain.profiles.citations import Clause
from chain.profiles.diff.model import SIDES, Difference, cites, tiers_label
from chain.profiles.model import DelegateLiability, Profile
from chain.vocab import L

__all__ = ["liability_differences", "other_differences", "silence_differences"]

# -- liability, silences, roles, the rest ----------------------------------------------


def _named(spec: DelegateLiability | None) -> str | None:
    """The capacity an entry gives, as the profile names it (``capacity``, or the older
    ``basis``)."""
    if spec is None:
        return None
    return spec.capacity or spec.basis


def liability_differences(a: Profile, b: Profile, depth: int) -> Iterator[Difference]:
    la, lb = a.liability, b.liability
    for tier in range(2, depth + 1):
        da, db = la.delegate_rule(tier), lb.delegate_rule(tier)
        basis_a, basis_b = _named(da), _named(db)
        if basis_a == basis_b:
            continue
        where = tiers_label([tier], depth)
        yield Difference(
            "liability",
            "differs",
            "delegates",
            L(
                f"{where.ja}の相手方についての受託者の責任: {a.id} は {basis_a or 'なし'}、{b.id} は {basis_b or 'なし'}。",
                f"The contractor's liability for delegates at {where.en}: {a.id} {basis_a or 'none'}, {b.id} {basis_b or 'none'}.",
            ),
            {"tier": tier, "depth": depth, "basis_a": basis_a, "basis_b": basis_b},
            cites(a, da.clause) if da else (),
            cites(b, db.clause) if db else (),
        )
    na, nb = la.non_regular, lb.non_regular
    if _named(na) != _named(nb):
        yield Difference(
            "liability",
            "differs",
            "non_regular",
            L(
                f"正社員以外の労働者についての責任: {a.id} は {_named(na) or 'なし'}、{b.id} は {_named(nb) or 'なし'}。",
                f"Liability for non-regular workers: {a.id} {_named(na) or 'none'}, {b.id} {_named(nb) or 'none'}.",
            ),
            {"basis_a": _named(na), "basis_b": _named(nb)},
            cites(a, na.clause) if na else (),
            cites(b, nb.clause) if nb else (),
        )
    dump_a, dump_b = la.model_dump(mode="json"), lb.model_dump(mode="json")
    for key in sorted(set(dump_a) | set(dump_b)):
        if key in ("delegates", "non_regular") or dump_a.get(key) == dump_b.get(key):
            continue
        va, vb = dump_a.get(key), dump_b.get(key)
        if key == "breach_codes" and isinstance(va, list) and isinstance(vb, list):
            extra_a, extra_b = sorted(set(va) - set(vb)), sorted(set(vb) - set(va))
            ja = f"違反となる指摘: {a.id} だけ {' '.join(extra_a) or 'なし'}、{b.id} だけ {' '.join(extra_b) or 'なし'}。"
            en = f"Findings that amount to breach: only {a.id} {' '.join(extra_a) or 'none'}; only {b.id} {' '.join(extra_b) or 'none'}."
            facts: dict[str, Any] = {"only_a": extra_a, "only_b": extra_b}
        else:
            ja = f"liability.{key} が違います（{a.id} / {b.id}）。"
            en = f"liability.{key} differs ({a.id} / {b.id})."
            facts = {"a": va, "b": vb}
        clauses_a = cites(a, getattr(la, key)) if _is_clauses(getattr(la, key, None)) else ()
        clauses_b = cites(b, getattr(lb, key)) if _is_clauses(getattr(lb, key, None)) else ()
        yield Difference(
            "liability", "differs", key, L(ja, en), {"key": key, **facts}, clauses_a, clauses_b
        )


def _is_clauses(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Clause) for v in value)


def silence_differences(a: Profile, b: Profile) -> Iterator[Difference]:
    ids_a, ids_b = {s.id for s in a.silences}, {s.id for s in b.silences}
    for side, own, _other, theirs in (("a", a, b, ids_b), ("b", b, a, ids_a)):
        for s in own.silences:
            if s.id in theirs:
                continue
            rules = sorted({r.code for r in own.rules if r.interpretation == s.id})
            found = cites(own, s.basis)
            yield Difference(
                "silences",
                SIDES[side][0],
                s.id,
                L(
                    f"{own.id} だけに定めのない点「{s.topic.ja}」と解釈があります"
                    + (f"（使う規則: {' '.join(rules)}）" if rules else "")
                    + "。",
                    f"Only {own.id} has the silence “{s.topic.en}” and its interpretation"
                    + (f" (rules resting on it: {' '.join(rules)})" if rules else "")
                    + ".",
                ),
                {"silence": s.id, "rules": rules},
                found if side == "a" else (),
                found if side == "b" else (),
            )


#: Profile fields compared above, or that name a profile rather than require anything.
_HANDLED = frozenset(
    {"id", "title", "issuer", "revision", "source", "summary", "article_suffix", "articles"}
    | {"item_lists", "silences", "tier_interpretations", "rules", "liability", "roles"}
)


def other_differences(a: Profile, b: Profile) -> Iterator[Difference]:
    ra, rb = a.roles.model_dump(mode="json"), b.roles.model_dump(mode="json")
    for role in sorted(set(ra) | set(rb)):
        if ra.get(role) != rb.get(role):
            yield Difference(
                "roles",
                "differs",
                role,
                L(
                    f"{role}: {a.id}「{ra.get(role)}」/ {b.id}「{rb.get(role)}」。",
                    f"{role}: {a.id} “{ra.get(role)}” / {b.id} “{rb.get(role)}”.",
                ),
                {"role": role, "a": ra.get(role), "b": rb.get(role)},
            )
    dump_a, dump_b = a.model_dump(mode="json"), b.model_dump(mode="json")
    for key in sorted((set(dump_a) | set(dump_b)) - _HANDLED):
        if dump_a.get(key) != dump_b.get(key):
            yield Difference(
                "other",
                "differs",
                key,
                L(f"{key} が違います（{a.id} / {b.id}）。", f"{key} differs ({a.id} / {b.id})."),
                {"key": key, "a": dump_a.get(key), "b": dump_b.get(key)},
            )
