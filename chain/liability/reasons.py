"""The reasoning of an assessment, worded: every sentence a trace, a note or an exposure says.

The assessment (:mod:`chain.liability.assess`) decides; this module words what it
decided, in Japanese and English, from the names and labels it is given. The sentences
are data, ``reasons.toml`` beside this module, filled by the wording of the findings
(:class:`chain.check.wording.Sentence`), so that the words can be read, reviewed and
changed together, apart from the logic; user text (names, ids) arrives here already as
it is to be shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

from chain.check.findings import Finding
from chain.check.wording import Sentence, fill_terms, profile_terms
from chain.profiles import Profile
from chain.profiles.shipped import shipped_toml
from chain.vocab import L
from chain.vocab import tier_label as _tier_label

__all__ = ["Reasons", "of", "sentences", "tier_label"]

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


def sentences(profile: Profile | None = None) -> dict[str, Sentence]:
    """Every sentence of ``reasons.toml``, compiled with ``profile``'s words (its
    ``[terms]``: the municipality, the contractor, the provisions...; the built-in words
    without one), worked out once per profile and read on first use, not on import."""
    if profile is None:
        return _builtin_sentences()
    liab = profile.liability
    found = liab.__pydantic_private__["_sentences"]  # type: ignore[index]
    if found is None:
        found = _compile(profile_terms(profile))
        liab.__pydantic_private__["_sentences"] = found  # type: ignore[index]
    return found


@cache
def _builtin_sentences() -> dict[str, Sentence]:
    return _compile(profile_terms(None))


def _compile(terms: Mapping[str, L]) -> dict[str, Sentence]:
    raw = shipped_toml("liability/reasons.toml")
    return {
        key: Sentence(fill_terms(L(t["ja"], t["en"]), terms), _BILINGUAL.get(key, frozenset()))
        for key, t in raw.items()
    }


#: Tier names are asked for by every assessment; the texts are immutable.
tier_label = lru_cache(maxsize=256)(_tier_label)


def of(profile: Profile | None) -> Reasons:
    """The reasoning worded in ``profile``'s words (one object per profile)."""
    if profile is None:
        return _default()
    liab = profile.liability
    found = liab.__pydantic_private__["_reasons"]  # type: ignore[index]
    if found is None:
        found = liab.__pydantic_private__["_reasons"] = Reasons(sentences(profile))  # type: ignore[index]
    return found


@cache
def _default() -> Reasons:
    return Reasons(_builtin_sentences())


class Reasons:
    """Every sentence an assessment says, in one profile's words (:func:`of`)."""

    __slots__ = ("_said", "_whereby", "s")

    def __init__(self, found: dict[str, Sentence]) -> None:
        self.s = found
        self._said: dict[str, L] = {}
        self._whereby: dict[int | None, L] = {}

    def said(self, key: str) -> L:
        """A sentence without facts (one object for every assessment): ``at_municipality``,
        ``damages_claim``, ``damages_clause``, ``flow_down``, ``joint_claim``,
        ``no_contractor``, ``termination``, ``termination_general``."""
        text = self._said.get(key)
        if text is None:
            text = self._said[key] = self.s[key]()
        return text

    # -- placing the incident ---------------------------------------------------------------

    def ambiguous_id(self, shown: str) -> L:
        return self.s["ambiguous_id"].fill(shown=shown)

    def dispatch_agency(self, name: str, workers: Sequence[tuple[str, str]]) -> L:
        """An incident at an agency: ``workers`` are its dispatched workers (id, host name)."""
        found = self.s
        each = [found["dispatched_listed"].fill(worker=w, host=host) for w, host in workers]
        listed = (
            L("、".join(x.ja for x in each), ", ".join(x.en for x in each))
            if each
            else found["dispatched_none"].fill()
        )
        return found["dispatch_agency"].fill(name=name, listed=listed)

    def worker_host_missing(self, worker: str, host: str) -> L:
        return self.s["worker_host_missing"].fill(worker=worker, host=host)

    def unknown_id(self, shown: str) -> L:
        return self.s["unknown_id"].fill(shown=shown)

    def dispatched_worker(self, worker: str, agency: str, host: str) -> L:
        return self.s["dispatched_worker"].fill(worker=worker, agency=agency, host=host)

    def worker_at(self, worker: str, employment: L, host: str) -> L:
        return self.s["worker_at"].fill(worker=worker, employment=employment, host=host)

    def placed_at_party(self, name: str, tier: int | None) -> L:
        """The first trace step of an incident at a party called ``name`` at ``tier``."""
        return self.s["placed_at_party"].fill(name=name, where=self._where(tier))

    def _where(self, tier: int | None) -> L:
        """How the first trace step names a party's place in the chain (immutable texts)."""
        found = self._whereby.get(tier)
        if found is None:
            found = tier_label(tier) if tier and tier > 1 else self.s["where_contractor"].fill()
            self._whereby[tier] = found
        return found

    # -- the path ------------------------------------------------------------------------------

    def path(self, names: Sequence[str]) -> L:
        """The parties of a path, from the municipality down."""
        return self.s["path"].fill(names=" → ".join(names))

    def path_extended(self, head: L, name: str) -> L:
        """:func:`path` with one party more at its end."""
        return self.s["path_extended"].fill(head=head, name=name)

    def other_paths(self, host: str, delegators: Sequence[str]) -> L:
        """A note when ``delegators`` other than the path's last one also reach ``host``."""
        listed = L("、".join(delegators), ", ".join(delegators))
        return self.s["other_paths"].fill(host=host, delegators=listed)

    def unreached(self, host: str) -> L:
        return self.s["unreached"].fill(host=host)

    # -- the contractor's capacities -------------------------------------------------------------
    # Each capacity's own sentences are named by its declaration (chain.liability.declared);
    # what follows is worded here for every capacity alike.

    def fault(self, finding: Finding) -> L:
        """A finding that is the contractor's own breach, with the clause it rests on (and
        the interpretation, where the template is silent on the point)."""
        found = self.s
        said = found["fault"].fill(
            code=finding.code, message=finding.message, label=finding.citations[0].label
        )
        for interp in finding.interpretations:
            note = found["fault_interpreted"].fill(topic=interp.topic)
            said = L(said.ja + note.ja, f"{said.en} {note.en}")
        return said

    def breach_interpreted(self, interpreted: int, faults: int) -> L:
        """The note on termination and damages opened by breaches found by interpretation."""
        key = "breach_all_interpreted" if interpreted == faults else "breach_partly_interpreted"
        return self.s[key].fill()

    def reporting(self, party: str, to: L, timing: L, what: L) -> L:
        """A duty to report after the incident."""
        return self.s["reporting"].fill(party=party, to=to, timing=timing, what=what)

    # -- exposure outside the template -------------------------------------------------------------

    def tort_of_worker(self, worker: str, agency: str | None, host: str) -> L:
        """Employer's liability for a worker's act: primarily the host that directs them;
        ``agency`` if the worker is dispatched (its own exposure is shown apart)."""
        found = self.s
        extra = (
            found["agency_too"].fill(agency=agency)
            if agency is not None
            else found["no_agency"].fill()
        )
        return found["tort_of_worker"].fill(worker=worker, extra=extra, host=host)

    def directed_tort(self, worker: str, director: str, host: str) -> L:
        """The employer's liability of ``director``, which in fact directs a worker of
        ``host``."""
        return self.s["directed_tort"].fill(worker=worker, director=director, host=host)

    def tort_at_party(self, host: str) -> L:
        return self.s["tort_at_party"].fill(host=host)

    def agency_tort(self, agency: str, worker: str, host: str) -> L:
        """The dispatch agency's own exposure for the worker it dispatched to ``host``."""
        return self.s["agency_tort"].fill(agency=agency, worker=worker, host=host)

    def own_tort(self, host: str) -> L:
        """The liability in tort of the party where the incident happened, for its own fault."""
        return self.s["own_tort"].fill(host=host)

    def negligent_supervision(self, delegator: str, delegate: str, my_number: bool) -> L:
        """A tier's exposure for choosing and supervising the next; ``my_number`` when the
        work it passed on holds My Number data."""
        found = self.s
        extra = found["my_number_supervision" if my_number else "no_my_number"].fill()
        return found["negligent_supervision"].fill(
            delegator=delegator, delegate=delegate, my_number=extra
        )

    def penal(self, who: L) -> L:
        """Penal provisions for ``who``: the person, or a party's staff (:func:`staff_of`)."""
        return self.s["penal"].fill(who=who)

    def company_fine(self, host: str) -> L:
        """Fines on the company for its staff's offences: which offences reach it."""
        return self.s["company_fine"].fill(host=host)

    def my_number_penal(self, host: str) -> L:
        """The My Number Act's penalties, for the individual and ``host``."""
        return self.s["my_number_penal"].fill(host=host)

    def staff_of(self, host: str) -> L:
        """Who a penal provision reaches for an incident at a party: its staff."""
        return self.s["staff_of"].fill(host=host)

    def statutory_duty(self, name: str, item: L) -> L:
        """The statutory duty of a party handling the data; ``item`` the provision reaching it."""
        return self.s["statutory_duty"].fill(name=name, item=item)

    def municipal_duty(self) -> L:
        """The municipality's own duty of safe management and its exposure."""
        return self.said("municipal_duty")
