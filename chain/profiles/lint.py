"""Strict checks of a profile that its model cannot make: what a careful reader would say.

A profile that validates can still say something that never happens: a rule whose
scope covers no tier, a liability entry every later one overrides, a tier below 1, a
clause that cites nothing, a silence nobody relies on, two ids the same, a value that
changes nothing. Each is a problem here, never silence. :func:`lint` yields every
problem of a profile (not only the first), each with a stable ``type``, the JSON
pointer of the value, a message and a fix in Japanese and English; the loader
(:mod:`chain.profiles.load`) adds the file's line and column.

=========================  ================================================================
type                       when
=========================  ================================================================
``tier_below_1``           a tier below 1 (tier 1 is the contractor's own contract)
``never_applies``          a rule scoped to no tier; a liability entry of no tier, or whose
                           every tier a later entry takes (the last that applies is used); a
                           DOC002 of no deadline, a DOC003 of no states
``no_effect``              a tier listed that ``min_tier`` already covers; a breach code no
                           rule of the profile reports; an empty ``when``; ``days`` not used
``unknown_code``           a breach code that is not a rule code
``clause_cites_nothing``   a clause with no part, article, section, paragraph or item
``unknown_article``        a template clause citing an article the profile's ``articles``
                           do not head
``duplicate_id``           two silences, two items of a list, or two rules alike
``unused_silence``         a silence no rule, tier or liability entry relies on (unless it
                           says ``recorded_only = true``)
``unused_item_list``       an item list no rule requires
``contradictory_severity`` two entries of one code over the same tiers, severities differing
``unknown_document_kind``  a DOC rule naming a document kind ``[document_kinds]`` lacks
``unused_document_kind``   a declared document kind no rule requires
``unknown_part``           a PRT001 naming a part of the work ``[parts]`` lacks
``unknown_role``           a DLG014 ``decided_by`` naming a role ``[decision.roles]`` lacks
``rule_text_field``        a rule entry's own ``message`` or ``fix`` naming a fact the rule
                           does not give (or braces that do not pair)
=========================  ================================================================
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Any

from chain.format.field_words import is_field
from chain.format.problems import InputProblem
from chain.profiles.capacities import TERM_FIELDS, field_problem
from chain.profiles.citations import Clause
from chain.profiles.model import DelegateLiability, Profile
from chain.profiles.params import (
    PARAMS,
    DecisionParams,
    DocumentParams,
    EndRecordParams,
    RouteParams,
    TierScope,
)
from chain.profiles.shipped import shipped_toml
from chain.text import excerpt
from chain.vocab import DOCUMENT_KINDS, L

__all__ = ["LINT_TYPES", "lint"]

LINT_TYPES = (
    "tier_below_1",
    "never_applies",
    "no_effect",
    "unknown_code",
    "clause_cites_nothing",
    "unknown_article",
    "duplicate_id",
    "unused_silence",
    "unused_item_list",
    "contradictory_severity",
    "unknown_document_kind",
    "unused_document_kind",
    "unknown_part",
    "unknown_role",
    "rule_text_field",
)

_CLAUSE_PLACES = ("part", "article", "section", "paragraph", "item", "subitem")


def _p(pointer: str, kind: str, message: L, fix: L) -> InputProblem:
    return InputProblem(pointer, kind, message, fix=fix)


def lint(profile: Profile, *, enabled: frozenset[str] = frozenset()) -> list[InputProblem]:
    """Every problem of ``profile``, in the order of its file's sections. ``enabled`` are
    codes reported whatever the profile says (the built-in rules), for the breach codes."""
    out: list[InputProblem] = []
    out += _tiers(profile)
    out += _route_whens(profile)
    out += _decision_roles(profile)
    out += _clauses(profile)
    out += _duplicates(profile)
    out += _unused(profile)
    out += _severities(profile)
    out += _liability(profile, enabled)
    out += _documents(profile)
    out += _rule_texts(profile)
    return out


# -- a rule entry's own words -------------------------------------------------------------


def _rule_texts(profile: Profile) -> Iterator[InputProblem]:
    """A rule entry's own message or fix may name the facts the catalogue's message and
    fix of its code name (the rule gives those), and the profile's words."""
    raw = shipped_toml("check/catalog.toml")
    for i, entry in enumerate(profile.rules):
        for which in ("message", "fix"):
            text = getattr(entry, which)
            if text is None:
                continue
            doc = raw.get(entry.code)
            allowed = TERM_FIELDS | (_catalogue_fields(doc) if isinstance(doc, dict) else set())
            for lang in ("ja", "en"):
                words = _named_words(getattr(text, lang))
                wrong = field_problem(
                    getattr(text, lang), frozenset(allowed | words), frozenset({"field", "s"})
                )
                if wrong is not None:
                    yield _p(
                        f"/rules/{i}/{which}/{lang}",
                        "rule_text_field",
                        wrong,
                        L(
                            f"{entry.code} の文で使える事実だけを使ってください。",
                            f"Name only the facts the messages of {entry.code} name.",
                        ),
                    )


def _named_words(text: str) -> set[str]:
    """The fields and document kinds ``text`` names that exist: ``{field.worker.pledge_on}``
    (:func:`chain.format.field_words.field_word`), ``{kind.flow_down}``."""
    try:
        names = {n for _l, n, _s, _c in string.Formatter().parse(text) if n}
    except ValueError:
        return set()  # field_problem says what is wrong
    return {
        n
        for n in names
        if (n.startswith("field.") and is_field(n[len("field.") :]))
        or (n.startswith("kind.") and n[len("kind.") :] in DOCUMENT_KINDS)
    }


def _catalogue_fields(doc: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for key in ("message", "fix"):
        for text in (doc.get(key) or {}).values():
            found |= {n for _l, n, _s, _c in string.Formatter().parse(text) if n}
    return found


# -- documents ----------------------------------------------------------------------------


def _documents(profile: Profile) -> Iterator[InputProblem]:
    used: set[str] = set()
    for i, entry in enumerate(profile.rules):
        p = entry.typed
        if isinstance(p, EndRecordParams):
            yield from _end_kinds(profile, f"/rules/{i}", p, used)
            continue
        if isinstance(p, RouteParams):
            yield from _route_kinds(profile, f"/rules/{i}", p, used)
            continue
        if not isinstance(p, DocumentParams):
            continue
        used.add(p.document)
        where = f"/rules/{i}"
        if p.document not in profile.document_kinds:
            shown = excerpt(p.document)
            yield _p(
                where + "/document",
                "unknown_document_kind",
                L(
                    f"document_kinds にない書類です: {shown}",
                    f"Undeclared document kind {shown!r}.",
                ),
                L(
                    f"[document_kinds.{shown}] に label を書いてください。",
                    f"Declare it: [document_kinds.{shown}] with its label.",
                ),
            )
        never = None
        if entry.code == "DOC002" and p.due == "none":
            never = L('期限がない（due = "none"）ため', 'It has no deadline (due = "none"), so')
        elif entry.code == "DOC002" and p.due in ("within_days", "on_request") and p.days is None:
            never = L("日数（days）がないため", "It gives no days, so")
        elif entry.code == "DOC003" and not p.states:
            never = L("記載すべき事項（states）がないため", "It names no states, so")
        elif entry.code == "DOC004" and p.issued_by is None:
            never = L("出すべき者（issued_by）がないため", "It names no issued_by, so")
        elif entry.code == "DOC005" and p.renew is None:
            never = L('更新（renew = "on_change"）がないため', 'It has no renew = "on_change", so')
        elif entry.code == "DOC006" and p.renew_months is None:
            never = L("更新の月数（renew_months）がないため", "It gives no renew_months, so")
        if never is not None:
            yield _p(
                where,
                "never_applies",
                L(
                    f"{never.ja}、この規則は何も報告しません。",
                    f"{never.en} the rule reports nothing.",
                ),
                L(
                    "期限・日数・事項を書いてください。",
                    "Give the deadline, days or terms it checks.",
                ),
            )
        if p.days is not None and (
            p.due not in ("within_days", "on_request") or entry.code != "DOC002"
        ):
            yield _p(
                where + "/days",
                "no_effect",
                L(
                    'days は DOC002 の due = "within_days" または "on_request" でだけ使われます。',
                    'days is used only by DOC002 with due = "within_days" or "on_request".',
                ),
                L("days を除いてください。", "Remove days."),
            )
    named: set[str] = set()
    for i, entry in enumerate(profile.rules):
        for j, part in enumerate(getattr(entry.typed, "parts", None) or ()):
            named.add(part)
            if part not in profile.parts:
                shown = excerpt(part)
                yield _p(
                    f"/rules/{i}/parts/{j}",
                    "unknown_part",
                    L(
                        f"parts にない業務の部分です: {shown}",
                        f"Undeclared part of the work {shown!r}.",
                    ),
                    L(
                        f"[parts.{shown}] に label を書いてください。",
                        f"Declare it: [parts.{shown}] with its label.",
                    ),
                )
    for kind in profile.document_kinds:
        if kind not in used:
            shown = excerpt(kind)
            yield _p(
                f"/document_kinds/{kind}",
                "unused_document_kind",
                L(
                    f"書類「{shown}」を求める規則がありません。",
                    f"No rule requires document {shown!r}.",
                ),
                L(
                    f'DOC001 などの規則に document = "{shown}" を書くか、除いてください。',
                    f'Require it with a DOC rule (document = "{shown}"), or remove it.',
                ),
            )


def _route_kinds(
    profile: Profile, where: str, p: RouteParams, used: set[str]
) -> Iterator[InputProblem]:
    """The contract documents a DLG001 route accepts (listed_in) are kinds it declares."""
    for j, route in enumerate(p.routes):
        kind = route.listed_in
        if kind is None:
            continue
        used.add(kind)
        if kind not in profile.document_kinds:
            shown = excerpt(kind)
            yield _p(
                f"{where}/routes/{j}/listed_in",
                "unknown_document_kind",
                L(
                    f"document_kinds にない書類です: {shown}",
                    f"Undeclared document kind {shown!r}.",
                ),
                L(
                    f"[document_kinds.{shown}] に label を書いてください。",
                    f"Declare it: [document_kinds.{shown}] with its label.",
                ),
            )


def _end_kinds(
    profile: Profile, where: str, p: EndRecordParams, used: set[str]
) -> Iterator[InputProblem]:
    named = [(f"{where}/records/{j}", k) for j, k in enumerate(p.records)]
    if p.approval is not None:
        named.append((f"{where}/approval", p.approval))
    for at, kind in named:
        used.add(kind)
        if kind not in profile.document_kinds:
            shown = excerpt(kind)
            yield _p(
                at,
                "unknown_document_kind",
                L(
                    f"document_kinds にない書類です: {shown}",
                    f"Undeclared document kind {shown!r}.",
                ),
                L(
                    f"[document_kinds.{shown}] に label を書いてください。",
                    f"Declare it: [document_kinds.{shown}] with its label.",
                ),
            )


# -- tiers --------------------------------------------------------------------------------


def _tiers(profile: Profile) -> Iterator[InputProblem]:
    for i, entry in enumerate(profile.rules):
        when = entry.when
        if when is not None:
            yield from _tier_values(f"/rules/{i}/when", when.tiers, when.min_tier)
            if when.is_empty():
                yield _p(
                    f"/rules/{i}/when",
                    "no_effect",
                    L("条件が空の when は何も変えません。", "An empty when changes nothing."),
                    L(
                        "条件を書くか、when を除いてください。",
                        "State a condition, or remove when.",
                    ),
                )
        scope = entry.typed
        if not isinstance(scope, TierScope):
            continue
        yield from _tier_values(f"/rules/{i}", scope.tiers, scope.min_tier)
        if not scope.tiers and scope.min_tier is None and not getattr(scope, "contract", False):
            yield _p(
                f"/rules/{i}",
                "never_applies",
                L(
                    f"規則 {entry.code} は段階を一つも指定していないため、どの委託にも適用されません。",
                    f"Rule {entry.code} names no tier, so it applies to no delegation.",
                ),
                L(
                    "tiers = [2]（再委託）や min_tier = 2（再委託とその先）を書いてください。",
                    "Add tiers = [2] (subcontracting) or min_tier = 2 (it and deeper).",
                ),
            )


def _route_whens(profile: Profile) -> Iterator[InputProblem]:
    """A DLG001 route's own ``when``: tiers of 1 or more, not empty, and about the
    delegation (a worker's or a place's condition never holds of one)."""
    for i, entry in enumerate(profile.rules):
        p = entry.typed
        if not isinstance(p, RouteParams):
            continue
        for j, route in enumerate(p.routes):
            when = route.when
            if when is None:
                continue
            where = f"/rules/{i}/routes/{j}/when"
            yield from _tier_values(where, when.tiers, when.min_tier)
            if when.is_empty():
                yield _p(
                    where,
                    "no_effect",
                    L("条件が空の when は何も変えません。", "An empty when changes nothing."),
                    L(
                        "条件を書くか、when を除いてください。",
                        "State a condition, or remove when.",
                    ),
                )
            for key in ("employments", "roles", "place_kinds"):
                if getattr(when, key):
                    yield _p(
                        f"{where}/{key}",
                        "never_applies",
                        L(
                            f"{key} は従事者・場所の条件で、委託の承諾の方法には当てはまりません。",
                            f"{key} is a condition on a worker or a place; it never holds "
                            "of a delegation's consent route.",
                        ),
                        L(
                            "委託の条件（tiers、min_tier、personal_data、categories、"
                            "subsidiary）を書いてください。",
                            "Use a delegation's conditions (tiers, min_tier, personal_data, "
                            "categories, subsidiary).",
                        ),
                    )


def _decision_roles(profile: Profile) -> Iterator[InputProblem]:
    """Who may decide (DLG014 ``decided_by``) is a role the profile declares."""
    roles = profile.decision.roles
    for i, entry in enumerate(profile.rules):
        p = entry.typed
        if not isinstance(p, DecisionParams):
            continue
        for j, key in enumerate(p.decided_by):
            if key in roles:
                continue
            shown = excerpt(key)
            yield _p(
                f"/rules/{i}/decided_by/{j}",
                "unknown_role",
                L(
                    f"[decision.roles] にない役割です: {shown}",
                    f"Undeclared role {shown!r}.",
                ),
                L(
                    f'[decision.roles] に {shown} = {{ ja = "…", en = "…" }} を書いてください。',
                    f'Declare it: {shown} = {{ ja = "…", en = "…" }} under [decision.roles].',
                ),
            )


def _tier_values(where: str, tiers: list[int], min_tier: int | None) -> Iterator[InputProblem]:
    for j, t in enumerate(tiers):
        if t < 1:
            yield _p(
                f"{where}/tiers/{j}",
                "tier_below_1",
                L(
                    f"段階 {t} はありません（1 が受託者への委託、2 が再委託です）。",
                    f"There is no tier {t} (1 is the contractor's contract, 2 subcontracting).",
                ),
                L("1 以上の段階を書いてください。", "Write a tier of 1 or more."),
            )
        elif min_tier is not None and t >= min_tier:
            yield _p(
                f"{where}/tiers/{j}",
                "no_effect",
                L(
                    f"段階 {t} は min_tier = {min_tier} に含まれているため、書いても変わりません。",
                    f"Tier {t} is already covered by min_tier = {min_tier}: listing it changes nothing.",
                ),
                L(f"tiers から {t} を除いてください。", f"Remove {t} from tiers."),
            )
    if min_tier is not None and min_tier < 1:
        yield _p(
            f"{where}/min_tier",
            "tier_below_1",
            L(f"段階 {min_tier} はありません。", f"There is no tier {min_tier}."),
            L("1 以上の段階を書いてください。", "Write a tier of 1 or more."),
        )


# -- clauses ------------------------------------------------------------------------------


def _all_clauses(profile: Profile) -> Iterator[tuple[str, Clause]]:
    for key, lst in profile.item_lists.items():
        for j, item in enumerate(lst.items):
            yield f"/item_lists/{key}/items/{j}/clause", item.clause
    for i, s in enumerate(profile.silences):
        for j, c in enumerate(s.basis):
            yield f"/silences/{i}/basis/{j}", c
    for i, entry in enumerate(profile.rules):
        for j, c in enumerate(entry.clause):
            yield f"/rules/{i}/clause/{j}", c
    liab = profile.liability
    for name in ("damages", "termination"):
        for j, c in enumerate(getattr(liab, name)):
            yield f"/liability/{name}/{j}", c
    for where, spec in _liability_specs(profile):
        for j, c in enumerate(spec.clause):
            yield f"{where}/clause/{j}", c
    if profile.audit is not None:
        for i, r in enumerate(profile.audit.reach):
            for j, c in enumerate(r.clause):
                yield f"/audit/reach/{i}/clause/{j}", c


def _clauses(profile: Profile) -> Iterator[InputProblem]:
    headings = profile.articles
    for where, clause in _all_clauses(profile):
        if all(getattr(clause, k) is None for k in _CLAUSE_PLACES):
            yield _p(
                where,
                "clause_cites_nothing",
                L(
                    "この条項は条・項・号・節のどれも示していません。",
                    "This clause cites no part, article, section, paragraph or item.",
                ),
                L(
                    '根拠の箇所を書いてください（例: { article = "6", paragraph = "2" }）。',
                    'Say where the rule rests (e.g. { article = "6", paragraph = "2" }).',
                ),
            )
            continue
        article = clause.article
        if clause.document is None and article and headings:
            key = f"{clause.part}:{article}" if clause.part else article
            if key not in headings and article not in headings:
                shown = excerpt(key)
                yield _p(
                    where + "/article",
                    "unknown_article",
                    L(
                        f"articles に見出しのない条です: {shown}",
                        f"No heading in articles for article {shown}.",
                    ),
                    L(
                        f"[articles] に「{shown}」の見出しを加えるか、条の番号を直してください。",
                        f"Add the heading of {shown} to [articles], or correct the number.",
                    ),
                )


# -- duplicates and unused entries --------------------------------------------------------


def _duplicate(where: str, what: str, first: str) -> InputProblem:
    shown = excerpt(what)
    return _p(
        where,
        "duplicate_id",
        L(
            f"「{shown}」は二度目です（最初は {first}）。",
            f"{shown!r} appears twice (first at {first}).",
        ),
        L(
            "一つにまとめるか、別の id にしてください。",
            "Merge the two, or give this one another id.",
        ),
    )


def _rule_identity(entry: Any) -> tuple:
    return (
        entry.code,
        repr(sorted(entry.params.items())),
        repr(entry.clause),
        entry.severity,
        entry.interpretation,
    )


def _duplicates(profile: Profile) -> Iterator[InputProblem]:
    seen: dict[Any, str] = {}
    for i, s in enumerate(profile.silences):
        first = seen.setdefault(("silence", s.id), f"/silences/{i}")
        if first != f"/silences/{i}":
            yield _duplicate(f"/silences/{i}/id", s.id, first)
    for key, lst in profile.item_lists.items():
        for j, item in enumerate(lst.items):
            here = f"/item_lists/{key}/items/{j}"
            first = seen.setdefault(("item", key, item.key), here)
            if first != here:
                yield _duplicate(here + "/key", item.key, first)
    for i, entry in enumerate(profile.rules):
        here = f"/rules/{i}"
        first = seen.setdefault(("rule", _rule_identity(entry)), here)
        if first != here:
            yield _duplicate(here, entry.code, first)


def _liability_specs(profile: Profile) -> list[tuple[str, DelegateLiability]]:
    liab = profile.liability
    out = [(f"/liability/delegates/{i}", d) for i, d in enumerate(liab.delegates)]
    if liab.non_regular is not None:
        out.append(("/liability/non_regular", liab.non_regular))
    return out


def _unused(profile: Profile) -> Iterator[InputProblem]:
    relied = {r.interpretation for r in profile.rules}
    relied |= {t.interpretation for t in profile.tier_interpretations}
    relied |= {spec.interpretation for _, spec in _liability_specs(profile)}
    if profile.audit is not None:
        relied |= {r.interpretation for r in profile.audit.reach}
    for i, s in enumerate(profile.silences):
        if s.id not in relied and not s.recorded_only:
            shown = excerpt(s.id)
            yield _p(
                f"/silences/{i}",
                "unused_silence",
                L(
                    f"定めのない点「{shown}」の解釈を使う規則がありません。",
                    f"No rule, tier or liability entry relies on silence {shown!r}.",
                ),
                L(
                    f'その解釈に頼る規則に interpretation = "{shown}" を書くか、この項目を除いてください'
                    "（記録として残すだけなら recorded_only = true）。",
                    f'Add interpretation = "{shown}" to the rules that rely on it, or remove it '
                    "(recorded_only = true to keep it as a record only).",
                ),
            )
    required = {getattr(r.typed, "items", None) for r in profile.rules}
    for key in profile.item_lists:
        if key not in required:
            shown = excerpt(key)
            yield _p(
                f"/item_lists/{key}",
                "unused_item_list",
                L(
                    f"申請事項の一覧「{shown}」を求める規則がありません。",
                    f"No rule requires item list {shown!r}.",
                ),
                L(
                    f'ITM001 の規則に items = "{shown}" を書くか、この一覧を除いてください。',
                    f'Require it with an ITM001 rule (items = "{shown}"), or remove it.',
                ),
            )


# -- severities ---------------------------------------------------------------------------


def _covered(scope: Any) -> tuple[frozenset[int], int | None] | None:
    if isinstance(scope, TierScope):
        return frozenset(scope.tiers), scope.min_tier
    return None


def _overlap(a: tuple[frozenset[int], int | None], b: tuple[frozenset[int], int | None]) -> bool:
    (ta, ma), (tb, mb) = a, b
    if ta & tb or (ma is not None and mb is not None):
        return True
    return any(mb is not None and t >= mb for t in ta) or any(
        ma is not None and t >= ma for t in tb
    )


def _exclusive(a: Any, b: Any) -> bool:
    """Whether two entries' preconditions (``when``) can never both hold: one asks for a
    delegation with personal data and the other for one without, or likewise a subsidiary."""
    if a.when is None or b.when is None:
        return False
    return any(
        getattr(a.when, key) is not None
        and getattr(b.when, key) is not None
        and getattr(a.when, key) != getattr(b.when, key)
        for key in ("personal_data", "subsidiary")
    )


def _rest(entry: Any) -> str:
    params = {k: v for k, v in entry.params.items() if k not in ("tiers", "min_tier")}
    return repr(sorted(params.items()))


def _default_severity(code: str) -> str | None:
    entry = shipped_toml("check/catalog.toml").get(code)
    return entry.get("severity") if isinstance(entry, dict) else None


def _severities(profile: Profile) -> Iterator[InputProblem]:
    rules = profile.rules
    if not any(r.severity for r in rules):
        return
    severity = [r.severity or _default_severity(r.code) for r in rules]
    for i, entry in enumerate(rules):
        for j, other in enumerate(rules[:i]):
            if other.code != entry.code or severity[j] == severity[i]:
                continue
            if _rest(other) != _rest(entry) or _exclusive(other, entry):
                continue
            a, b = _covered(entry.typed), _covered(other.typed)
            if a is None or b is None or _overlap(a, b):
                yield _p(
                    f"/rules/{i}/severity" if entry.severity else f"/rules/{i}",
                    "contradictory_severity",
                    L(
                        f"規則 {entry.code} の重さが /rules/{j} と食い違っています（{severity[j]} と {severity[i]}）。同じ委託に両方が当たります。",
                        f"Rule {entry.code} has severity {severity[i]}, /rules/{j} has {severity[j]}, over the same delegations.",
                    ),
                    L(
                        "重さをそろえるか、段階または前提（when）が重ならないようにしてください。",
                        "Give both the same severity, or scope them to different tiers or to preconditions (when) that exclude each other.",
                    ),
                )
                break


# -- liability ----------------------------------------------------------------------------


def _shadowed(spec: DelegateLiability, later: list[DelegateLiability]) -> bool:
    """Whether every tier ``spec`` covers is covered by one of ``later``."""
    if not later:
        return False
    tiers = {t for s in later for t in s.tiers}
    mins = [s.min_tier for s in later if s.min_tier is not None]
    low = min(mins) if mins else None

    def covered(t: int) -> bool:
        return t in tiers or (low is not None and t >= low)

    if not all(covered(t) for t in spec.tiers):
        return False
    if spec.min_tier is None:
        return True
    if low is None:
        return False
    return all(covered(t) for t in range(spec.min_tier, max(low, spec.min_tier) + 1))


def _liability(profile: Profile, enabled: frozenset[str]) -> Iterator[InputProblem]:
    liab = profile.liability
    for i, spec in enumerate(liab.delegates):
        where = f"/liability/delegates/{i}"
        yield from _tier_values(where, spec.tiers, spec.min_tier)
        if not spec.tiers and spec.min_tier is None:
            reason = L(
                "段階を一つも指定していないため、",
                "It names no tier, so ",
            )
        elif _shadowed(spec, liab.delegates[i + 1 :]):
            reason = L(
                "その段階はすべて後の項目が定めている（後のものが使われる）ため、",
                "A later entry covers each of its tiers (the last that applies is used), so ",
            )
        else:
            continue
        yield _p(
            where,
            "never_applies",
            L(
                f"{reason.ja}この責任の項目はどの委託にも使われません。",
                f"{reason.en}this liability entry applies to no delegation.",
            ),
            L(
                "tiers / min_tier を直すか、この項目を除いてください。",
                "Correct its tiers / min_tier, or remove the entry.",
            ),
        )
    if "breach_codes" not in liab.model_fields_set:
        return
    reported = enabled | {r.code for r in profile.rules}
    # The built-in rules' breach codes are the default of every template, whose own rules
    # report them: only a template's list can name a code that nothing reports.
    defaults = profile.id == "_builtin"
    for j, code in enumerate(liab.breach_codes or ()):
        shown = excerpt(code)
        if code not in PARAMS:
            yield _p(
                f"/liability/breach_codes/{j}",
                "unknown_code",
                L(f"規則のコードではありません: {shown}", f"Not a rule code: {shown}."),
                L(
                    "chain rules で使えるコードを確かめてください。",
                    "See chain rules for the codes there are.",
                ),
            )
        elif code not in reported and not defaults:
            yield _p(
                f"/liability/breach_codes/{j}",
                "no_effect",
                L(
                    f"{shown} を報告する規則がこのプロファイルにないため、違反とみなす指定は働きません。",
                    f"No rule of the profile reports {shown}, so counting it as a breach changes nothing.",
                ),
                L(
                    f"{shown} の規則を [[rules]] に加えるか、breach_codes から除いてください。",
                    f"Add a rule for {shown} to [[rules]], or remove it from breach_codes.",
                ),
            )
