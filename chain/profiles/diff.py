"""How two profiles differ: what one template requires that the other does not.

:func:`diff_profiles` reads the two profiles generically: every rule entry by its code
and its parameters (the tiers it covers, and every other parameter as its scope), the
application items each rule's item list asks for, tier by tier, the liability tables
field by field, the silences and the roles. A rule family or a parameter added to the
profile language shows up here without a change. Each difference is a
:class:`Difference` with the facts it is worded from and the clauses of either side;
:class:`ProfileDiff` groups them by topic (consent, items, tiers, duties after consent,
staff, places, data, periods, liability, silences, roles).

>>> from chain.profiles.load import load_profile
>>> d = diff_profiles(load_profile("000"), load_profile("002"))
>>> [x.subject for x in d.entries if x.topic == "tiers"]
['TIR001', 'TIR002']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from chain.profiles.citations import Citation, Clause
from chain.profiles.model import Profile, RuleEntry
from chain.vocab import L, tier_label

__all__ = ["TOPICS", "Difference", "ProfileDiff", "diff_profiles"]

#: The topics differences are grouped by, in order, with the rule families in each.
TOPICS: tuple[tuple[str, L, tuple[str, ...]], ...] = (
    ("consent", L("承諾・申請", "consent and application"), ("DLG",)),
    ("items", L("申請事項", "application items"), ("ITM",)),
    ("tiers", L("委託の段階", "tiers"), ("TIR",)),
    ("duties", L("承諾の後の義務", "duties after consent"), ("PST",)),
    ("staff", L("従事者", "staff"), ("STF",)),
    ("places", L("作業場所・保管場所", "places"), ("PLC",)),
    ("data", L("個人情報の範囲", "personal data"), ("DAT",)),
    ("periods", L("期間", "periods"), ("PER",)),
    ("liability", L("責任", "liability"), ()),
    ("silences", L("定めのない点と解釈", "silences and interpretations"), ()),
    ("roles", L("当事者の呼び方", "what the parties are called"), ()),
    ("other", L("その他", "other"), ()),
)
_TOPIC_OF_FAMILY = {fam: key for key, _label, fams in TOPICS for fam in fams}
_TIER_KEYS = ("tiers", "min_tier")
_SIDES = {"a": ("only_a", "b"), "b": ("only_b", "a")}


@dataclass(frozen=True)
class Difference:
    """One thing one profile requires (or says) that the other does not, or says otherwise."""

    topic: str
    kind: str
    """``only_a``, ``only_b`` or ``differs``."""
    subject: str
    """A rule code (``DLG001``), a chain fact (``delegate.representative``) or a key."""
    message: L
    facts: dict[str, Any] = field(default_factory=dict)
    clauses_a: tuple[Citation, ...] = ()
    clauses_b: tuple[Citation, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "kind": self.kind,
            "subject": self.subject,
            "message": self.message.to_dict(),
            "facts": self.facts,
            "clauses_a": [c.to_dict() for c in self.clauses_a],
            "clauses_b": [c.to_dict() for c in self.clauses_b],
        }


@dataclass(frozen=True)
class ProfileDiff:
    """The differences between profile ``a`` and profile ``b``."""

    a: str
    b: str
    a_title: str
    b_title: str
    entries: tuple[Difference, ...]

    def by_topic(self) -> list[tuple[str, L, list[Difference]]]:
        """The topics that have differences, in :data:`TOPICS` order, each with its own."""
        return [
            (key, label, hits)
            for key, label, _fams in TOPICS
            if (hits := [e for e in self.entries if e.topic == key])
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "subcontract-chain-profile-diff",
            "version": 1,
            "a": {"id": self.a, "title": self.a_title},
            "b": {"id": self.b, "title": self.b_title},
            "topics": [
                {"topic": key, "label": label.to_dict(), "differences": [e.to_dict() for e in hits]}
                for key, label, hits in self.by_topic()
            ],
        }


# -- tiers --------------------------------------------------------------------------------


def _depth(profiles: Iterable[Profile]) -> int:
    """The deepest tier either profile names, plus one: the tier that stands for all deeper."""
    deepest = 3
    for p in profiles:
        scopes = [_params(r) for r in p.rules] + [d.model_dump() for d in p.liability.delegates]
        for scope in scopes:
            deepest = max(deepest, *(scope.get("tiers") or [0]), scope.get("min_tier") or 0)
    return deepest + 1


def _params(entry: RuleEntry) -> dict[str, Any]:
    """A rule's parameters with their defaults: ``consent`` unsaid is ``approval``."""
    return entry.typed.model_dump(mode="json")


def _covers(params: dict[str, Any], depth: int) -> frozenset[int] | None:
    """The tiers (2 … ``depth``, the last standing for it and deeper) a scope covers;
    ``None`` for a rule without a tier scope."""
    if not any(k in params for k in _TIER_KEYS):
        return None
    tiers, floor = set(params.get("tiers") or ()), params.get("min_tier")
    return frozenset(
        t for t in range(1, depth + 1) if t in tiers or (floor is not None and t >= floor)
    )


def tiers_label(tiers: Iterable[int], depth: int) -> L:
    """``再委託、4次委託以降`` / ``subcontract (tier 2); tier-4 delegation and deeper``: a run
    of tiers that reaches ``depth`` (which stands for every deeper tier) is said from its start."""
    ordered = sorted(tiers)
    start = len(ordered)
    while start and ordered[start - 1] == depth - (len(ordered) - start):
        start -= 1
    ja = [tier_label(t).ja for t in ordered[:start]]
    en = [tier_label(t).en for t in ordered[:start]]
    if start < len(ordered):
        first = tier_label(ordered[start])
        ja.append(f"{first.ja}以降")
        en.append(f"{first.en} and deeper")
    return L("、".join(ja), "; ".join(en))


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
        for k, v in sorted(_params(entry).items())
        if k not in _TIER_KEYS
    }


def _uses(profile: Profile) -> dict[tuple[str, str], _Use]:
    out: dict[tuple[str, str], _Use] = {}
    for entry in profile.rules:
        scope = _scope(profile, entry)
        key = (entry.code, json.dumps(scope, sort_keys=True, ensure_ascii=False))
        shown = {
            k: v
            for k, v in entry.typed.model_dump(mode="json", exclude_defaults=True).items()
            if k not in _TIER_KEYS
        }
        out.setdefault(key, _Use(entry.code, scope, shown)).entries.append(entry)
    return out


def _coverage(use: _Use, depth: int) -> frozenset[int] | None:
    spans = [_covers(_params(e), depth) for e in use.entries]
    if any(s is None for s in spans):
        return None
    return frozenset().union(*spans)  # type: ignore[arg-type]


def _cites(profile: Profile, clauses: Iterable[Clause]) -> tuple[Citation, ...]:
    seen: dict[str, Citation] = {}
    for c in clauses:
        cite = profile.cite(c)
        seen.setdefault(cite.label.ja, cite)
    return tuple(seen.values())


def _scope_text(scope: dict[str, Any]) -> str:
    return ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in scope.items())


def _topic(code: str) -> str:
    return _TOPIC_OF_FAMILY.get(code[:3], "other")


def _rule_differences(a: Profile, b: Profile, depth: int) -> Iterator[Difference]:
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
        cover = _covers(_params(e), depth)
        if cover is None or not tiers or cover & set(tiers):
            yield from e.clause


def _only(
    code: str, side: str, use: _Use, a: Profile, b: Profile, tiers: list[int], depth: int
) -> Difference:
    own, other = (a, b) if side == "a" else (b, a)
    scope = _scope_text(use.shown)
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
    cites = _cites(own, _used_at(use, tiers, depth))
    return Difference(
        _topic(code),
        _SIDES[side][0],
        code,
        message,
        {"code": code, "scope": use.shown, "tiers": tiers or None, "depth": depth},
        cites if side == "a" else (),
        cites if side == "b" else (),
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
        _topic(code),
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
        _cites(a, _used_at(ua, tiers, depth)),
        _cites(b, _used_at(ub, tiers, depth)),
    )


# -- application items ----------------------------------------------------------------


def _fields_by_tier(profile: Profile, depth: int) -> dict[int, dict[str, list[Any]]]:
    """For each tier, the chain facts its application must state, each with its items."""
    out: dict[int, dict[str, list[Any]]] = {}
    for entry in profile.rules:
        params = _params(entry)
        lists = [v for v in params.values() if isinstance(v, str) and v in profile.item_lists]
        cover = _covers(params, depth) or frozenset()
        for name in lists:
            for item in profile.item_lists[name].items:
                for ref in item.fields:
                    for tier in cover:
                        out.setdefault(tier, {}).setdefault(ref, []).append(item)
    return out


def _item_differences(a: Profile, b: Profile, depth: int) -> Iterator[Difference]:
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
        for item, refs in missing.values():
            tiers = sorted(set().union(*refs.values()))
            where = tiers_label(tiers, depth)
            fields = ", ".join(refs)
            yield Difference(
                "items",
                _SIDES[side][0],
                item.key,
                L(
                    f"{own.id} は{where.ja}の申請に「{item.label.ja}」（{fields}）を求めますが、{other.id} は求めません。",
                    f"{own.id} asks the application for {where.en} to state “{item.label.en}” ({fields}); {other.id} does not.",
                ),
                {"item": item.key, "fields": list(refs), "tiers": tiers, "depth": depth},
                _cites(own, [item.clause]) if side == "a" else (),
                _cites(own, [item.clause]) if side == "b" else (),
            )


# -- liability, silences, roles, the rest ----------------------------------------------


def _liability_differences(a: Profile, b: Profile, depth: int) -> Iterator[Difference]:
    la, lb = a.liability, b.liability
    for tier in range(2, depth + 1):
        da, db = la.delegate_rule(tier), lb.delegate_rule(tier)
        basis_a, basis_b = (da.basis if da else None), (db.basis if db else None)
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
            _cites(a, da.clause) if da else (),
            _cites(b, db.clause) if db else (),
        )
    na, nb = la.non_regular, lb.non_regular
    if (na and na.basis) != (nb and nb.basis):
        yield Difference(
            "liability",
            "differs",
            "non_regular",
            L(
                f"正社員以外の労働者についての責任: {a.id} は {na.basis if na else 'なし'}、{b.id} は {nb.basis if nb else 'なし'}。",
                f"Liability for non-regular workers: {a.id} {na.basis if na else 'none'}, {b.id} {nb.basis if nb else 'none'}.",
            ),
            {"basis_a": na.basis if na else None, "basis_b": nb.basis if nb else None},
            _cites(a, na.clause) if na else (),
            _cites(b, nb.clause) if nb else (),
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
        clauses_a = _cites(a, getattr(la, key)) if _is_clauses(getattr(la, key, None)) else ()
        clauses_b = _cites(b, getattr(lb, key)) if _is_clauses(getattr(lb, key, None)) else ()
        yield Difference(
            "liability", "differs", key, L(ja, en), {"key": key, **facts}, clauses_a, clauses_b
        )


def _is_clauses(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Clause) for v in value)


def _silence_differences(a: Profile, b: Profile) -> Iterator[Difference]:
    ids_a, ids_b = {s.id for s in a.silences}, {s.id for s in b.silences}
    for side, own, _other, theirs in (("a", a, b, ids_b), ("b", b, a, ids_a)):
        for s in own.silences:
            if s.id in theirs:
                continue
            rules = sorted({r.code for r in own.rules if r.interpretation == s.id})
            cites = _cites(own, s.basis)
            yield Difference(
                "silences",
                _SIDES[side][0],
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
                cites if side == "a" else (),
                cites if side == "b" else (),
            )


#: Profile fields compared above, or that name a profile rather than require anything.
_HANDLED = frozenset(
    {"id", "title", "issuer", "revision", "source", "summary", "article_suffix", "articles"}
    | {"item_lists", "silences", "tier_interpretations", "rules", "liability", "roles"}
)


def _other_differences(a: Profile, b: Profile) -> Iterator[Difference]:
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


def diff_profiles(a: Profile, b: Profile) -> ProfileDiff:
    """What ``a`` requires that ``b`` does not, and the reverse, topic by topic."""
    depth = _depth((a, b))
    entries = [
        *_rule_differences(a, b, depth),
        *_item_differences(a, b, depth),
        *_liability_differences(a, b, depth),
        *_silence_differences(a, b),
        *_other_differences(a, b),
    ]
    order = {key: n for n, (key, _label, _fams) in enumerate(TOPICS)}
    entries.sort(key=lambda e: order[e.topic])  # stable: within a topic, code order
    return ProfileDiff(a.id, b.id, a.title, b.title, tuple(entries))
