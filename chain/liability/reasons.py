"""The reasoning of an assessment, worded: every sentence a trace, a note or an exposure says.

The assessment (:mod:`chain.liability.assess`) decides; this module words what it
decided, in Japanese and English, from the names and labels it is given. The sentences
are data, ``reasons.toml`` beside this module, filled by the wording of the findings
(:class:`chain.check.wording.Sentence`), so that the words can be read, reviewed and
changed together, apart from the logic; user text (names, ids) arrives here already as
it is to be shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from chain.check.findings import Finding
from chain.check.wording import Sentence
from chain.profiles.shipped import shipped_toml
from chain.vocab import L
from chain.vocab import tier_label as _tier_label

__all__ = [
    "agency_tort",
    "ambiguous_id",
    "breach_interpreted",
    "company_fine",
    "dispatch_agency",
    "dispatched_worker",
    "fault",
    "municipal_duty",
    "my_number_penal",
    "negligent_supervision",
    "other_paths",
    "own_tort",
    "path",
    "path_extended",
    "penal",
    "placed_at_party",
    "reporting",
    "said",
    "sentences",
    "staff_of",
    "statutory_duty",
    "tort_at_party",
    "tort_of_worker",
    "unknown_id",
    "unreached",
    "worker_at",
    "worker_host_missing",
]

#: The facts of each sentence given in both languages (an :class:`L`); every other
#: fact is a string, the same in both.
_BILINGUAL: dict[str, frozenset[str]] = {
    "dispatch_agency": frozenset({"listed"}),
    "worker_at": frozenset({"employment"}),
    "placed_at_party": frozenset({"where"}),
    "path_extended": frozenset({"head"}),
    "template_silent": frozenset({"kind"}),
    "delegate_acts": frozenset({"kind"}),
    "all_responsibility": frozenset({"kind"}),
    "deemed_own": frozenset({"kind"}),
    "cannot_escape": frozenset({"kind"}),
    "final_responsibility": frozenset({"kind"}),
    "direct": frozenset({"damages"}),
    "non_regular": frozenset({"employment"}),
    "staff_general_law": frozenset({"employment"}),
    "fault": frozenset({"message", "label"}),
    "fault_interpreted": frozenset({"topic"}),
    "own_breach": frozenset({"termination", "damages_claim"}),
    "tort_of_worker": frozenset({"extra"}),
    "negligent_supervision": frozenset({"my_number"}),
    "statutory_duty": frozenset({"item"}),
    "penal": frozenset({"who"}),
    "other_paths": frozenset({"delegators"}),
    "reporting": frozenset({"to", "timing", "what"}),
}


@cache
def sentences() -> dict[str, Sentence]:
    """Every sentence of ``reasons.toml``, compiled (read on first use, not on import)."""
    raw = shipped_toml("liability/reasons.toml")
    return {
        key: Sentence(L(t["ja"], t["en"]), _BILINGUAL.get(key, frozenset()))
        for key, t in raw.items()
    }


@cache
def said(key: str) -> L:
    """A sentence without facts (one object for every assessment): ``at_municipality``,
    ``damages_claim``, ``damages_clause``, ``flow_down``, ``joint_claim``,
    ``no_contractor``, ``termination``."""
    return sentences()[key]()


#: Tier names are asked for by every assessment; the texts are immutable.
tier_label = lru_cache(maxsize=256)(_tier_label)


# -- placing the incident ---------------------------------------------------------------


def ambiguous_id(shown: str) -> L:
    return sentences()["ambiguous_id"].fill(shown=shown)


def dispatch_agency(name: str, workers: Sequence[tuple[str, str]]) -> L:
    """An incident at an agency: ``workers`` are its dispatched workers (id, host name)."""
    found = sentences()
    each = [found["dispatched_listed"].fill(worker=w, host=host) for w, host in workers]
    listed = (
        L("、".join(x.ja for x in each), ", ".join(x.en for x in each))
        if each
        else found["dispatched_none"].fill()
    )
    return found["dispatch_agency"].fill(name=name, listed=listed)


def worker_host_missing(worker: str, host: str) -> L:
    return sentences()["worker_host_missing"].fill(worker=worker, host=host)


def unknown_id(shown: str) -> L:
    return sentences()["unknown_id"].fill(shown=shown)


def dispatched_worker(worker: str, agency: str, host: str) -> L:
    return sentences()["dispatched_worker"].fill(worker=worker, agency=agency, host=host)


def worker_at(worker: str, employment: L, host: str) -> L:
    return sentences()["worker_at"].fill(worker=worker, employment=employment, host=host)


def placed_at_party(name: str, tier: int | None) -> L:
    """The first trace step of an incident at a party called ``name`` at ``tier``."""
    return sentences()["placed_at_party"].fill(name=name, where=_where(tier))


@lru_cache(maxsize=256)
def _where(tier: int | None) -> L:
    """How the first trace step names a party's place in the chain (immutable texts)."""
    if tier and tier > 1:
        return tier_label(tier)
    return sentences()["where_contractor"].fill()


# -- the path ------------------------------------------------------------------------------


def path(names: Sequence[str]) -> L:
    """The parties of a path, from the municipality down."""
    return sentences()["path"].fill(names=" → ".join(names))


def path_extended(head: L, name: str) -> L:
    """:func:`path` with one party more at its end."""
    return sentences()["path_extended"].fill(head=head, name=name)


def other_paths(host: str, delegators: Sequence[str]) -> L:
    """A note when ``delegators`` other than the path's last one also reach ``host``."""
    listed = L("、".join(delegators), ", ".join(delegators))
    return sentences()["other_paths"].fill(host=host, delegators=listed)


def unreached(host: str) -> L:
    return sentences()["unreached"].fill(host=host)


# -- the contractor's capacities -------------------------------------------------------------
# Each capacity's own sentences are named by its declaration (chain.liability.declared);
# what follows is worded here for every capacity alike.


def fault(finding: Finding) -> L:
    """A finding that is the contractor's own breach, with the clause it rests on (and
    the interpretation, where the template is silent on the point)."""
    found = sentences()
    said = found["fault"].fill(
        code=finding.code, message=finding.message, label=finding.citations[0].label
    )
    if finding.interpretation is None:
        return said
    note = found["fault_interpreted"].fill(topic=finding.interpretation.topic)
    return L(said.ja + note.ja, f"{said.en} {note.en}")


def breach_interpreted(interpreted: int, faults: int) -> L:
    """The note on termination and damages opened by breaches found by interpretation."""
    key = "breach_all_interpreted" if interpreted == faults else "breach_partly_interpreted"
    return sentences()[key].fill()


def reporting(party: str, to: L, timing: L, what: L) -> L:
    """A duty to report after the incident."""
    return sentences()["reporting"].fill(party=party, to=to, timing=timing, what=what)


# -- exposure outside the template -------------------------------------------------------------


def tort_of_worker(worker: str, agency: str | None, host: str) -> L:
    """Employer's liability for a worker's act: primarily the host that directs them;
    ``agency`` if the worker is dispatched (its own exposure is shown apart)."""
    found = sentences()
    extra = (
        found["agency_too"].fill(agency=agency) if agency is not None else found["no_agency"].fill()
    )
    return found["tort_of_worker"].fill(worker=worker, extra=extra, host=host)


def tort_at_party(host: str) -> L:
    return sentences()["tort_at_party"].fill(host=host)


def agency_tort(agency: str, worker: str, host: str) -> L:
    """The dispatch agency's own exposure for the worker it dispatched to ``host``."""
    return sentences()["agency_tort"].fill(agency=agency, worker=worker, host=host)


def own_tort(host: str) -> L:
    """The liability in tort of the party where the incident happened, for its own fault."""
    return sentences()["own_tort"].fill(host=host)


def negligent_supervision(delegator: str, delegate: str, my_number: bool) -> L:
    """A tier's exposure for choosing and supervising the next; ``my_number`` when the
    work it passed on holds My Number data."""
    found = sentences()
    extra = found["my_number_supervision" if my_number else "no_my_number"].fill()
    return found["negligent_supervision"].fill(
        delegator=delegator, delegate=delegate, my_number=extra
    )


def penal(who: L) -> L:
    """Penal provisions for ``who``: the person, or a party's staff (:func:`staff_of`)."""
    return sentences()["penal"].fill(who=who)


def company_fine(host: str) -> L:
    """Fines on the company for its staff's offences: which offences reach it."""
    return sentences()["company_fine"].fill(host=host)


def my_number_penal(host: str) -> L:
    """The My Number Act's penalties, for the individual and ``host``."""
    return sentences()["my_number_penal"].fill(host=host)


def staff_of(host: str) -> L:
    """Who a penal provision reaches for an incident at a party: its staff."""
    return sentences()["staff_of"].fill(host=host)


def statutory_duty(name: str, item: L) -> L:
    """The statutory duty of a party handling the data; ``item`` the provision reaching it."""
    return sentences()["statutory_duty"].fill(name=name, item=item)


def municipal_duty() -> L:
    """The municipality's own duty of safe management and its exposure."""
    return said("municipal_duty")
