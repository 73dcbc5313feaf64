"""What a part exempt from consent relieves besides DLG001.

A profile may declare a part of the work exempt from consent (``[parts.KEY] exempt``).
A delegation only of exempt parts, not the whole work en bloc, needs no consent (DLG001,
with DLG015 naming the exemption), and so none of the checks that exist only because a
consent was needed: the rules the catalogue marks ``consent_derived`` (the application,
its items, the consent's dates, issuer and steps), and a document the profile requires of
a delegation before it starts (``subject = "delegation"``, due before its work or its
start), which belongs to the procedure of consent. Duties that bind any delegation (the
flow-down, supervision, staff, places, documents of other subjects or other deadlines)
stand. An entry of another rule, or any entry where the profile exempts no part, is not
filtered, so it pays nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from chain.check.catalog import catalog
from chain.check.findings import Hit
from chain.format.model import Delegation
from chain.graph import ChainGraph
from chain.profiles.model import Profile, RuleEntry
from chain.profiles.params import DocumentParams

__all__ = ["exempt_only", "relieved_by_exemption", "relieves"]


def exempt_only(profile: Profile, d: Delegation) -> list[str]:
    """The exempt parts a delegation passes on, when it passes on exempt parts only (and
    not the whole work); empty otherwise."""
    if not d.parts or d.whole:
        return []
    parts = profile.parts
    if all(k in parts and parts[k].exempt for k in d.parts):
        return list(d.parts)
    return []


def relieves(entry: RuleEntry) -> bool:
    """Whether an exemption from consent relieves the findings of ``entry``."""
    doc = catalog().get(entry.code)
    if doc is not None and doc.consent_derived:
        return True
    p = entry.typed
    return (
        isinstance(p, DocumentParams)
        and p.subject == "delegation"
        and p.due in ("before_work", "before_start")
    )


def relieved_by_exemption(
    graph: ChainGraph, profile: Profile, entry: RuleEntry
) -> Callable[[Hit], bool] | None:
    """A predicate keeping the hits an exemption does not relieve, or ``None`` where the
    entry needs no filtering (the profile exempts no part, or the rule is not relieved)."""
    if not any(spec.exempt for spec in profile.parts.values()) or not relieves(entry):
        return None
    exempt = {d.id for d in graph.chain.delegations if exempt_only(profile, d)}

    def kept(hit: Hit) -> bool:
        return hit.delegation not in exempt

    return kept
