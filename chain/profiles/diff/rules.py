"""Rules and application items compared: each code's scope tier by tier, and the chain
facts each tier's application must state."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from chain.profiles.citations import Clause
from chain.profiles.diff.model import (
    SIDES,
    TIER_KEYS,
    Difference,
    cites,
    covers,
    rule_params,
    scope_text,
    tiers_label,
    topic_of,
)
from chain.profiles.model import Profile, RuleEntry
from chain.vocab import L

__all__ = ["item_differences", "rule_differences"]

# -- rules --------------------------------------------------------------------------------


@dataclass
class _Use:
    """The entries of one code with one scope (parameters other than tiers) in a profile."""

    code: str
    scope: dict[str, Any]
    shown: dict[str, Any]
    """The scope as a person wrote it: the parameters other than tiers not left at their default."""
    entries: list[RuleEntry] = field(default_factory=list)


def _scope(profile: Profile, entry: RuleEntry) -> dict[str, Any]:
    # An item list is compared item by item (the items topic), not by its name.
    return {
        k: ("<item_list>" if isinstance(v, str) and v in profile.item_lists else v)
        for k, v in sorted(rule_params(entry).items())
        if k not in TIER_KEYS
    }


def _uses(profile: Profile) -> dict[tuple[str, str], _Use]:
    out: dict[tuple[str, str], _Use] = {}
    for entry in profile.rules:
        scope = _scope(profile, entry)
        key = (entry.code, json.dumps(scope, sort_keys=True, ensure_ascii=False))
        shown = {
            k: v
            for k, v in entry.typed.model_dump(mode="json", exclude_defaults=True).items()
            if k not in TIER_KEYS
        }
        out.setdefault(key, _Use(entry.code, scope, shown)).entries.append(entry)
    return out


def _coverage(use: _Use, depth: int) -> frozenset[int] | None:
    spans = [covers(rule_params(e), depth) for e in use.entries]
    if any(s is None for s in spans):
        return None
    return frozenset().union(*spans)  # type: ignore[arg-type]


def rule_differences(a: Profile, b: Profile, depth: int) -> Iterator[Difference]:
    """Per code, tier by tier: the scopes each profile applies it with there. Tiers where
    the two differ alike are said together; a rule without a tier scope is one bucket."""
    uses = {"a": _uses(a), "b": _uses(b)}
    codes = sorted({k[0] for side in uses.values() for k in side})
    for code in codes:
        at: dict[int | None, dict[str, set[str]]] = {}
        for side, mine in uses.items():
            for (c, key), use in mine.items():
                if c != code:
                    continue
                cover = _coverage(use, depth)
                for bucket in (None,) if cover is None else sorted(cover):
                    at.setdefault(bucket, {"a": set(), "b": set()})[side].add(key)
        groups: dict[tuple[frozenset[str], frozenset[str]], list[int | None]] = {}
        for bucket, sides in at.items():
            pair = (frozenset(sides["a"]), frozenset(sides["b"]))
            if pair[0] != pair[1]:
                groups.setdefault(pair, []).append(bucket)
        for (ka, kb), buckets in groups.items():
            tiers = [t for t in buckets if t is not None]
            only_a, only_b = sorted(ka - kb), sorted(kb - ka)
            if len(only_a) == 1 and len(only_b) == 1:
                ua, ub = uses["a"][(code, only_a[0])], uses["b"][(code, only_b[0])]
                yield _params_differ(code, ua, ub, a, b, tiers, depth)
                continue
            for side, keys in (("a", only_a), ("b", only_b)):
                for key in keys:
                    yield _only(code, side, uses[side][(code, key)], a, b, tiers, depth)


def _used_at(use: _Use, tiers: list[int], depth: int) -> Iterator[Clause]:
    for e in use.entries:
        cover = covers(rule_params(e), depth)
        if cover is None or not tiers or cover & set(tiers):
            yield from e.clause


def _only(
    code: str, side: str, use: _Use, a: Profile, b: Profile, tiers: list[int], depth: int
) -> Difference:
    own, other = (a, b) if side == "a" else (b, a)
    scope = scope_text(use.shown)
    shown = f" [{scope}]" if scope else ""
    if tiers:
        where = tiers_label(tiers, depth)
        message = L(
            f"{own.id} は {code} を{where.ja}に適用しますが、{other.id} は適用しません{shown}。",
            f"{own.id} applies {code} to {where.en}; {other.id} does not{shown}.",
        )
    else:
        message = L(
            f"{own.id} だけが {code} を適用します{shown}。", f"Only {own.id} applies {code}{shown}."
        )
    found = cites(own, _used_at(use, tiers, depth))
    return Difference(
        topic_of(code),
        SIDES[side][0],
        code,
        message,
        {"code": code, "scope": use.shown, "tiers": tiers or None, "depth": depth},
        found if side == "a" else (),
        found if side == "b" else (),
    )


def _params_differ(
    code: str, ua: _Use, ub: _Use, a: Profile, b: Profile, tiers: list[int], depth: int
) -> Difference:
    keys = sorted(set(ua.scope) | set(ub.scope))
    changed = {
        k: [ua.scope.get(k), ub.scope.get(k)] for k in keys if ua.scope.get(k) != ub.scope.get(k)
    }
    text = "; ".join(
        f"{k}: {json.dumps(va, ensure_ascii=False)} / {json.dumps(vb, ensure_ascii=False)}"
        for k, (va, vb) in changed.items()
    )
    where = tiers_label(tiers, depth) if tiers else None
    return Difference(
        topic_of(code),
        "differs",
        code,
        L(
            f"{code}"
            + (f"（{where.ja}）" if where else "")
            + f"の引数が違います（{a.id} / {b.id}）: {text}。",
            f"{code}"
            + (f" ({where.en})" if where else "")
            + f" is applied otherwise ({a.id} / {b.id}): {text}.",
        ),
        {"code": code, "changed": changed, "tiers": tiers or None, "depth": depth},
        cites(a, _used_at(ua, tiers, depth)),
        cites(b, _used_at(ub, tiers, depth)),
    )


# -- application items ----------------------------------------------------------------


def _fields_by_tier(profile: Profile, depth: int) -> dict[int, dict[str, list[Any]]]:
    """For each tier, the chain facts its application must state, each with its items."""
    out: dict[int, dict[str, list[Any]]] = {}
    for entry in profile.rules:
        params = rule_params(entry)
        lists = [v for v in params.values() if isinstance(v, str) and v in profile.item_lists]
        cover = covers(params, depth) or frozenset()
        for name in lists:
            for item in profile.item_lists[name].items:
                for ref in item.fields:
                    for tier in cover:
                        out.setdefault(tier, {}).setdefault(ref, []).append(item)
    return out


def item_differences(a: Profile, b: Profile, depth: int) -> Iterator[Difference]:
    fa, fb = _fields_by_tier(a, depth), _fields_by_tier(b, depth)
    for side, mine, theirs, own, other in (("a", fa, fb, a, b), ("b", fb, fa, b, a)):
        # Per item of the application: the facts it asks for that the other does not, and where.
        missing: dict[int, tuple[Any, dict[str, set[int]]]] = {}
        for tier, refs in sorted(mine.items()):
            for ref, items in refs.items():
                if ref in theirs.get(tier, {}):
                    continue
                for item in items:
                    missing.setdefault(id(item), (item, {}))[1].setdefault(ref, set()).add(tier)
        for item, tiers_of in missing.values():
            tiers = sorted(set().union(*tiers_of.values()))
            where = tiers_label(tiers, depth)
            fields = ", ".join(tiers_of)
            yield Difference(
                "items",
                SIDES[side][0],
                item.key,
                L(
                    f"{own.id} は{where.ja}の申請に「{item.label.ja}」（{fields}）を求めますが、{other.id} は求めません。",
                    f"{own.id} asks the application for {where.en} to state “{item.label.en}” ({fields}); {other.id} does not.",
                ),
                {"item": item.key, "fields": list(tiers_of), "tiers": tiers, "depth": depth},
                cites(own, [item.clause]) if side == "a" else (),
                cites(own, [item.clause]) if side == "b" else (),
            )
