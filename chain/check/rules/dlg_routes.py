"""DLG: consent by any of several routes, and parts exempt from consent.

A profile's DLG001 entry may accept several routes (``routes``): a consent document on
the delegation, a notice that counts only for a delegation identical to one already
consented to, or the delegate listed in a contract-level document (a work plan) dated at
signing; a route with its own ``when`` is open only to the delegations meeting it. A
delegation only of parts the profile declares exempt (``[parts.KEY] exempt``)
needs no consent; DLG015 names the exemption.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from datetime import date

from chain.check.exemptions import exempt_only
from chain.check.findings import Hit
from chain.check.preconditions import edge_meets
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, group_note, scoped_delegations
from chain.check.wording import kind_word
from chain.format.model import Delegation
from chain.graph import ChainGraph, DelegationEdge, documents_of, same_group
from chain.profiles.model import Profile
from chain.profiles.params import ConsentRoute, RouteParams, TierScope
from chain.vocab import L

__all__ = [
    "consent_label",
    "exempt_only",
    "route_labels",
    "routed_consent_missing",
    "uses_routes",
]


def uses_routes(p: RouteParams, profile: Profile) -> bool:
    """Whether DLG001 needs more than the one consent kind: routes or exempt parts."""
    return bool(p.routes) or any(spec.exempt for spec in profile.parts.values())


def _route_label(route: ConsentRoute, profile: Profile) -> L:
    if route.label is not None:
        return route.label
    if route.listed_in is not None:
        spec = profile.document_kinds.get(route.listed_in)
        doc = spec.label if spec is not None else L(route.listed_in, route.listed_in)
        return L(f"締結時の{doc.ja}への記載", f"listing in the {doc.en} at signing")
    # A route names kind where it names no listed_in (checked when the profile is read).
    kind = kind_word(route.kind, profile)  # type: ignore[arg-type]
    if route.identical_to is not None:
        earlier = kind_word(route.identical_to, profile)
        return L(
            f"{kind.ja}（{earlier.ja}を得た委託と同一の場合）",
            f"{kind.en} (when identical to a delegation with an earlier {earlier.en})",
        )
    return kind


def route_labels(p: RouteParams, profile: Profile) -> list[L]:
    """The routes of a DLG001 entry, as a finding names them, in the profile's words
    (its consent_document for an approval, its notification_document for a notice)."""
    if not p.routes:
        return [kind_word(p.consent, profile)]
    return [_route_label(r, profile) for r in p.routes]


def consent_label(p: RouteParams, profile: Profile) -> L:
    """Every route of a DLG001 entry in one name (承認書又は届出), as a checklist names
    the consent it requires."""
    return _either(route_labels(p, profile))


def _either(labels: list[L]) -> L:
    if len(labels) == 1:
        return labels[0]
    return L(
        "、".join(x.ja for x in labels[:-1]) + "又は" + labels[-1].ja,
        ", ".join(x.en for x in labels[:-1]) + " or " + labels[-1].en,
    )


def _same_text(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    folded = _folded(a)
    return bool(folded) and folded == _folded(b)


def _folded(text: str) -> str:
    """A text as compared: NFKC, without any white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _signing(g: ChainGraph) -> date | None:
    contract = g.chain.contract
    return contract.signed_on or contract.period.start


def _listed(g: ChainGraph, e: DelegationEdge, kind: str) -> bool:
    signing = _signing(g)
    for record in g.chain.contract.documents:
        if record.kind != kind or e.delegate not in record.delegates:
            continue
        if record.date is None or signing is None or record.date <= signing:
            return True
    return False


def _identical_confirmed(
    g: ChainGraph, e: DelegationEdge, d: Delegation, route: ConsentRoute
) -> bool:
    notices = documents_of(g, route.kind or "")[e.index]
    if not notices:
        return False
    dates = [doc.date for _i, doc in notices]
    earlier = documents_of(g, route.identical_to or "")
    for j, other in enumerate(g.chain.delegations):
        if j == e.index or other.delegate != d.delegate or not _same_text(other.work, d.work):
            continue
        for _i, doc in earlier[j] or ():
            if doc.date is None or any(n is None or doc.date <= n for n in dates):
                return True
    return False


def _holds(g: ChainGraph, e: DelegationEdge, d: Delegation, route: ConsentRoute) -> bool:
    if route.listed_in is not None:
        return _listed(g, e, route.listed_in)
    if route.identical_to is not None:
        return _identical_confirmed(g, e, d, route)
    return documents_of(g, route.kind or "")[e.index] is not None


def _openers(
    g: ChainGraph, routes: list[ConsentRoute]
) -> list[Callable[[DelegationEdge], bool] | None]:
    """For each route, the test of its ``when`` (``None``: open to every delegation)."""
    return [edge_meets(g, r.when) if r.when is not None else None for r in routes]


def routed_consent_missing(g: ChainGraph, p: RouteParams, ctx: RuleContext) -> Iterator[Hit]:
    """DLG001 where the entry has routes or the profile exempt parts: a delegation none of
    whose routes holds, the finding naming every route that was open."""
    profile = ctx.profile
    labels = route_labels(p, profile)
    routes = p.routes or [ConsentRoute(kind=p.consent)]
    opens = _openers(g, routes)
    for e, d in scoped_delegations(g, p):
        if exempt_only(profile, d):
            continue
        open_routes = [j for j, test in enumerate(opens) if test is None or test(e)]
        if not open_routes:
            continue  # no route is open to this delegation: the entry asks nothing of it
        if any(_holds(g, e, d, routes[j]) for j in open_routes):
            continue
        named = [labels[j] for j in open_routes]
        consent = _either(named)
        group = same_group(g, e.delegator, e.delegate)
        yield Hit(
            e.pointer,
            {
                **delegation_facts(g, e),
                "consent": consent,
                "routes": named,
                "group_note": group_note(group),
            },
            delegation=e.id,
            party=e.delegate,
        )


@rule("DLG015")
def consent_exempt(g: ChainGraph, p: TierScope, ctx: RuleContext) -> Iterator[Hit]:
    """A delegation of exempt parts only: no consent needed, the exemption named."""
    profile = ctx.profile
    for e, d in scoped_delegations(g, p):
        parts = exempt_only(profile, d)
        if not parts:
            continue
        clauses = tuple(dict.fromkeys(c for k in parts for c in profile.parts[k].clause))
        yield Hit(
            e.pointer + "/parts",
            {
                **delegation_facts(g, e),
                "parts": L(
                    "、".join(profile.parts[k].label.ja for k in parts),
                    "; ".join(profile.parts[k].label.en for k in parts),
                ),
            },
            delegation=e.id,
            party=e.delegate,
            clauses=clauses or None,
        )
