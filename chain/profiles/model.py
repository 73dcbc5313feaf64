"""The model of a profile: a contract template's rules, held as data with their clauses.

A profile says:

- who the parties are called (``roles``), the words of its template (``terms``,
  :mod:`chain.profiles.terms`) and the headings of its articles;
- the application items it requires, per list, each with its clause;
- which rules apply, with their parameters (tiers, consent kind, roles...)
  and the clause each rests on;
- where the template is silent (``silence``), and the interpretation the
  tool applies there; rules resting on an interpretation name it;
- the liability clauses (damages, termination, answering for delegates and
  for non-regular workers);
- whom the municipality may audit (``audit``): at which tiers directly, at which only
  through the contractor's flow-down, on site or not, with what alternatives.

The rule parameters are validated against each rule's own parameter model
(:mod:`chain.profiles.params`), so a typo in a profile is an error with its place.
Reading a file into a :class:`Profile` is :mod:`chain.profiles.load`'s.
"""

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, PrivateAttr, model_validator

from chain._perf.factories import new_dict, new_list
from chain.format.model import Employment
from chain.profiles.base import Bilingual, ProfileModel, in_tiers
from chain.profiles.citations import (
    Citation,
    Clause,
    Interpretation,
    statute_citation,
    template_citation,
)
from chain.profiles.params import typed_params
from chain.profiles.terms import Terms
from chain.profiles.when import When

__all__ = [
    "BUILTIN_DIR",
    "DELEGATE_BASIS",
    "FIELD_REFS",
    "NON_REGULAR_BASIS",
    "ApplicationItem",
    "Attachment",
    "Audit",
    "AuditReach",
    "CapacitySpec",
    "Decision",
    "DelegateLiability",
    "DocumentKindSpec",
    "DraftForm",
    "Drafts",
    "ItemList",
    "Liability",
    "PartSpec",
    "Profile",
    "ReportingDuty",
    "Roles",
    "RuleEntry",
    "Silence",
    "TierInterpretation",
]

BUILTIN_DIR = Path(__file__).parent

#: Fields an application item may require, as ``delegation.<field>`` or ``delegate.<field>``.
FIELD_REFS = (
    "delegation.work",
    "delegation.personal_data",
    "delegation.period.start",
    "delegation.period.end",
    "delegation.reason",
    "delegation.responsibility.structure",
    "delegation.responsibility.manager",
    "delegation.responsibility.staff",
    "delegation.protection.measures",
    "delegation.protection.contract_copy",
    "delegation.supervision",
    "delegate.name",
    "delegate.representative",
    "delegate.address",
    "delegate.contact",
    "delegate.corporate_number",
)
# One of FIELD_REFS; the checker cannot read a Literal of a tuple's items, and takes it as Any.
FieldRef = Literal[FIELD_REFS]  # type: ignore[valid-type]


def _new_liability() -> "Liability":
    return Liability()


class ApplicationItem(ProfileModel):
    """An item the written application must state: fields of the chain, or an item of
    the template's own (``own``) answered under the delegation's ``items`` by its key."""

    key: str
    label: Bilingual
    fields: list[FieldRef] = Field(default_factory=new_list)
    own: bool = Field(
        False,
        description="An item of the template's own, not a field of the chain (who owns the "
        "intellectual property, the amount...): answered by items.KEY on the delegation or "
        "on one of its applications.",
    )
    clause: Clause

    @model_validator(mode="after")
    def _fields_or_own(self) -> "ApplicationItem":
        if bool(self.fields) == self.own:
            raise ValueError("an item names its fields, or is own (answered by its key)")
        return self


class ItemList(ProfileModel):
    label: Bilingual
    items: list[ApplicationItem] = Field(min_length=1)


class Silence(ProfileModel):
    """A question the template does not answer, and what the tool assumes."""

    id: str
    topic: Bilingual
    interpretation: Bilingual
    basis: list[Clause] = Field(default_factory=new_list)
    recorded_only: bool = Field(
        False,
        description="A silence recorded for the reader that no rule relies on (what the tool "
        "leaves unchecked there); without it, a silence nothing relies on is an error.",
    )


class RuleEntry(ProfileModel):
    """A rule applied by the profile: a code, its clause(s) and its parameters."""

    code: str = Field(pattern=r"^[A-Z]{3}\d{3}$")
    clause: list[Clause] = Field(min_length=1)
    severity: Literal["error", "warning", "info"] | None = None
    interpretation: str | None = Field(None, description="Id of the silence this rule rests on.")
    note: Bilingual | None = None
    message: Bilingual | None = Field(
        None,
        description="The profile's own message for this entry's findings, in place of the "
        "catalogue's (the same facts, as {name}; the profile's words as {term.KEY}).",
    )
    fix: Bilingual | None = Field(
        None,
        description="The profile's own fix for this entry's findings, in place of the "
        "catalogue's (e.g. naming the report clause of the template).",
    )
    when: When | None = Field(
        None, description="In which cases the rule's findings count (chain.profiles.when)."
    )
    params: dict[str, Any] = Field(default_factory=new_dict)
    _typed: Any = PrivateAttr(None)

    @model_validator(mode="after")
    def _check_params(self) -> "RuleEntry":
        self._typed = typed_params(self.code, self.params)
        return self

    @property
    def typed(self) -> Any:
        """The parameters, validated against the rule's parameter model."""
        return self._typed


#: What a capacity attaches to: the contract (``direct``), the contractor for an incident
#: at a delegate of some tier, every member of the joint group there, the contractor for
#: a worker by employment, the contractor's own breach, each delegate's recourse.
Attachment = Literal["contract", "delegate", "joint_group", "worker", "breach", "recourse"]

#: The capacity the older ``basis`` values of a delegate entry give (unchanged output):
#: ``all_acts`` and ``deemed_own`` were read as "whatever the subcontract says".
DELEGATE_BASIS: dict[str, str] = {
    "regardless_of_terms": "regardless_of_terms",
    "joint_and_several": "joint_and_several",
    "all_acts": "regardless_of_terms",
    "deemed_own": "regardless_of_terms",
    "general_law": "general_law",
}
#: Likewise for the non-regular entry: ``all_acts`` gives the template's capacity, and
#: ``general_law`` (the template silent) the contractor's for the staff it uses to perform.
NON_REGULAR_BASIS: dict[str, str | None] = {
    "all_acts": "non_regular_all_acts",
    "regardless_of_terms": None,
    "joint_and_several": None,
    "deemed_own": None,
    "general_law": "staff_general_law",
}


class CapacitySpec(ProfileModel):
    """A capacity in which a party answers to the municipality, declared as data: its
    label, what it attaches to, the sentences of its reasoning and its clause.

    The built-in rules (``_builtin.toml``) declare the general ones; a profile declares
    its own, or one of the same id to override its label, reasoning or clause (what it
    attaches to stays the built-in's). The reasoning's sentences are ids of
    ``chain/liability/reasons.toml`` or sentences written here, each filled from the facts
    of its attachment (see :mod:`chain.profiles.capacities`).
    """

    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")
    label: Bilingual
    short: Bilingual | None = Field(
        None, description="The short label of the diagram's nodes; by default the label."
    )
    attaches: Attachment = Field(
        description="contract, delegate (the contractor, for an incident at a delegate of the "
        "tiers of the entries naming it), joint_group, worker (by employment), breach, recourse."
    )
    reasoning: list[str | Bilingual] = Field(
        min_length=1,
        description="The sentences of the reasoning, in order, after the placing of the "
        "incident: ids of reasons.toml, or { ja, en } with {fact} fields of the attachment.",
    )
    clause: list[Clause] = Field(
        default_factory=new_list,
        description="Cited where the entry giving the capacity cites none (and beside the "
        "damages or termination clauses, for contract and breach).",
    )
    statutes: list[str] = Field(
        default_factory=new_list,
        description="Uses of [liability.statutes] cited after the clauses (contract_breach, "
        "joint_claim, ...).",
    )


class DelegateLiability(ProfileModel):
    """How the contractor answers for delegates at some tiers (or for non-regular workers):
    the capacity the entry gives, by id (``capacity``), or by an older ``basis`` value
    (one of the two: see :mod:`chain.profiles.capacities`)."""

    tiers: list[int] = Field(default_factory=new_list)
    min_tier: int | None = None
    capacity: str | None = Field(
        None, description="Id of the capacity the entry gives (see [[liability.capacities]])."
    )
    basis: (
        Literal["regardless_of_terms", "joint_and_several", "all_acts", "deemed_own", "general_law"]
        | None
    ) = Field(
        None,
        description="The older way of naming the capacity, still read: all_acts and deemed_own "
        "give regardless_of_terms (use capacity for deemed_own and the others).",
    )
    clause: list[Clause] = Field(default_factory=new_list)
    interpretation: str | None = None

    def applies(self, tier: int | None) -> bool:
        return in_tiers(tier, self.tiers, self.min_tier)

    def capacity_id(self, *, worker: bool = False) -> str | None:
        """The capacity the entry gives (for the non-regular entry, ``worker``); ``None``
        where an older ``basis`` gives none there, or the entry names neither (an error
        of the strict loading, :mod:`chain.profiles.capacities`)."""
        if self.capacity is not None:
            return self.capacity
        if self.basis is None:
            return None
        return NON_REGULAR_BASIS[self.basis] if worker else DELEGATE_BASIS[self.basis]


ReportingWho = Literal["contractor", "incident_party", "every_tier", "municipality"]


class ReportingDuty(ProfileModel):
    """A duty to report that runs once an incident has happened (an accident or breach
    report clause, or a statute): who reports, to whom, how soon, and what."""

    who: list[ReportingWho] = Field(
        min_length=1,
        description="contractor; incident_party (the party where it happened, below the "
        "contractor); every_tier (each private party on the path); municipality.",
    )
    to: Literal["municipality", "delegator", "commission"] = Field(
        "municipality",
        description="municipality; delegator (whoever entrusted the party with the work); "
        "commission (the Personal Information Protection Commission and the individuals).",
    )
    timing: Literal["immediately", "promptly", "on_request"] = "immediately"
    what: Bilingual = Field(description="What the report covers, in the template's sense.")
    fact_dependent: bool = Field(
        False, description="The duty runs only for some incidents (the facts decide)."
    )
    clause: list[Clause] = Field(min_length=1)
    on_breach: bool = Field(
        False,
        description="The duty runs on a breach of the provisions itself (a breach report "
        "clause), not only after an incident: each finding counted as the contractor's own "
        "breach then says it is to be reported, under this clause.",
    )


class Liability(ProfileModel):
    """The template's liability clauses.

    What is left unset here is the general law's, as the built-in rules
    (``_builtin.toml``) state it: see :meth:`breaches`, :meth:`non_regular_employments`,
    :meth:`statute`, and the capacities (:mod:`chain.liability.declared`).
    """

    damages: list[Clause] = Field(default_factory=new_list)
    termination: list[Clause] = Field(default_factory=new_list)
    termination_label: Bilingual | None = Field(
        None, description="The older name of termination_text, still read."
    )
    damages_text: Bilingual | None = Field(
        None,
        description="How the direct capacity's reasoning names the damages clause; by default "
        "the damages clause.",
    )
    termination_text: Bilingual | None = Field(
        None,
        description="What the own-breach reasoning says the municipality may do under the "
        "termination clause; by default termination.",
    )
    damages_claim_text: Bilingual | None = Field(
        None,
        description="What the own-breach reasoning says it may claim under the damages clause; "
        "by default a claim for damages.",
    )
    capacities: list[CapacitySpec] = Field(
        default_factory=new_list,
        description="Capacities declared as data (the built-in rules' general ones; a "
        "profile's own, or overrides of the same id).",
    )
    delegates: list[DelegateLiability] = Field(default_factory=new_list)
    non_regular: DelegateLiability | None = None
    breach_codes: list[str] | None = Field(
        None,
        description="Error findings that amount to the contractor's own breach when they sit on "
        "a delegation of the incident's path (consent, application, items, forbidden tiers, "
        "data scope) or on the worker the incident is about (staff codes); by default the "
        "built-in rules' list.",
    )
    reporting: list[ReportingDuty] = Field(
        default_factory=new_list,
        description="Duties to report after an incident: the template's (its accident and "
        "breach report clauses), before the built-in rules' (the statutes).",
    )
    flow_down: list[Clause] | None = Field(
        None,
        description="The clauses requiring the provisions' obligations to be imposed on a "
        "delegate (the ground of its recourse liability); by default the clauses of the rules "
        "that require that document.",
    )
    non_regular_employments: list[Employment] | None = Field(
        None,
        description="Employments the template's non-regular clause reaches; by default the "
        "built-in rules' list.",
    )
    statutes: dict[str, list[Clause]] = Field(
        default_factory=new_dict,
        description="The statutes the assessment cites, by their use (contract_breach, "
        "joint_claim, employer_tort, own_tort, agency_tort, negligent_supervision, "
        "my_number_supervision, statutory_duty_contractor, statutory_duty_delegate, "
        "municipal_duty, penal, company_fine, my_number_penal); a profile's replace the "
        "built-in rules' of the same use.",
    )
    breach_report_text: Bilingual | None = Field(
        None,
        description="What a finding counted as the contractor's own breach adds to its fix "
        "where a breach report clause (on_breach) runs: {clause}, {timing} and the profile's "
        "words ({term.municipality}); by default the built-in rules' text.",
    )
    procedural_codes: list[str] | None = Field(
        None,
        description="Breach codes that are defects of procedure (a wrong submitter): the "
        "own-breach reasoning notes that one the municipality approved anyway is weak ground "
        "for termination; by default the built-in rules' list.",
    )
    my_number_terms: list[str] | None = Field(
        None,
        description="Words marking a personal-data category as My Number data, for the My "
        "Number Act's penalties and supervision; by default the built-in rules' list.",
    )
    _declared: Any = PrivateAttr(None)
    """The capacities in force, compiled once (:func:`chain.liability.declared.declared`)."""
    _sentences: Any = PrivateAttr(None)
    """The reasoning's sentences in the profile's words (:func:`chain.liability.reasons.sentences`)."""
    _reasons: Any = PrivateAttr(None)
    """The same, as the object that words an assessment (:func:`chain.liability.reasons.of`)."""

    def reporting_of(self, general: "Liability") -> list[ReportingDuty]:
        """The reporting duties in force: this profile's (its template's clauses), then the
        built-in rules' (the statutes)."""
        return [*self.reporting, *general.reporting] if self is not general else self.reporting

    def breaches(self, general: "Liability") -> list[str]:
        """The breach codes in force: this profile's, else those of ``general`` (the
        built-in rules' liability)."""
        codes = self.breach_codes if self.breach_codes is not None else general.breach_codes
        return codes or []

    def non_regular_employments_of(self, general: "Liability") -> list[str]:
        """The employments counted as non-regular: this profile's, else ``general``'s."""
        found = self.non_regular_employments
        if found is None:
            found = general.non_regular_employments
        return list(found or ())

    def procedural_of(self, general: "Liability") -> frozenset[str]:
        """The procedural breach codes: this profile's, else ``general``'s."""
        found = self.procedural_codes
        if found is None:
            found = general.procedural_codes
        return frozenset(found or ())

    def my_number_terms_of(self, general: "Liability") -> list[str]:
        """The words marking My Number data: this profile's, else ``general``'s."""
        found = self.my_number_terms
        if found is None:
            found = general.my_number_terms
        return list(found or ())

    def statute(self, use: str, general: "Liability") -> list[Clause]:
        """The statutes cited for ``use``: this profile's, else ``general``'s."""
        found = self.statutes.get(use)
        if found is None:
            found = general.statutes.get(use, [])
        return found

    def delegate_rule(self, tier: int | None) -> DelegateLiability | None:
        """The clause on answering for a delegate at ``tier`` (the last that applies)."""
        found = None
        for spec in self.delegates:
            if spec.applies(tier):
                found = spec
        return found


class AuditReach(ProfileModel):
    """How the municipality reaches the parties of some tiers (1 the contractor) to audit
    them: ``direct`` (the clause names them), ``flow_down`` (only through what the
    contractor must impose on and supervise at them). A tier no entry covers: none."""

    tiers: list[int] = Field(default_factory=new_list)
    min_tier: int | None = Field(None, ge=2)
    reach: Literal["direct", "flow_down"]
    clause: list[Clause] = Field(min_length=1)
    interpretation: str | None = Field(None, description="Id of the silence this rests on.")

    def applies(self, tier: int | None) -> bool:
        return in_tiers(tier, self.tiers, self.min_tier)


class Audit(ProfileModel):
    """The template's audit clause: whom the municipality may (or must) audit, and how."""

    what: Bilingual = Field(description="What the audit covers and how, in the template's sense.")
    duty: bool = Field(
        False, description="The municipality must audit (a duty of the city, not a right)."
    )
    on_site: Literal["yes", "principle", "not_stated"] = Field(
        "not_stated",
        description="yes: on-site inspection included; principle: on site in principle "
        "(with alternatives); not_stated: the clause does not say.",
    )
    alternatives: list[Bilingual] = Field(
        default_factory=new_list,
        description="What may stand in for the city's own audit (a third-party audit, a "
        "certification, a remote check).",
    )
    reach: list[AuditReach] = Field(min_length=1)


class DocumentKindSpec(ProfileModel):
    """A document kind of the template's own (a pledge, a security procedure...)."""

    label: Bilingual = Field(description="The document's name in the template's words.")


class PartSpec(DocumentKindSpec):
    """A part of the work (``[parts]``): its label, and whether delegating it needs consent."""

    exempt: bool = Field(
        False,
        description="A minor part (軽微な部分) named in the specification: a delegation of exempt "
        "parts only needs no consent (DLG001 passes it, DLG015 notes it).",
    )
    clause: list[Clause] = Field(
        default_factory=new_list, description="The clause exempting it (cited by DLG015)."
    )


class Decision(ProfileModel):
    """Who takes part in deciding a consent (``[decision]``, DLG014)."""

    roles: dict[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")], Bilingual] = Field(
        default_factory=new_dict,
        description="The role keys a consent's steps may name (a step's `by`, a DLG014 "
        "entry's `decided_by`), each with its label in the template's words.",
    )


def _new_decision() -> Decision:
    return Decision()


class DraftForm(ProfileModel):
    """The .docx 様式 a drafted document is filled into, and what its placeholders mean."""

    form: str | None = Field(
        None,
        description="The .docx file of the form (a path: absolute, or relative to the profile "
        "file's folder); the built-in form when omitted.",
    )
    fields: dict[Annotated[str, Field(min_length=1, max_length=100)], str] = Field(
        default_factory=new_dict,
        description="The form's own placeholders ({{NAME}}), each naming the field that fills "
        'it (e.g. 申請者名 = "applicant.name"); the built-in names work besides.',
    )


def _new_draft_form() -> DraftForm:
    return DraftForm()


class Drafts(ProfileModel):
    """How drafted documents (the application, the decision notice) are written."""

    dates: Literal["era", "western"] = Field(
        "era", description="Dates in 和暦 (`era`, 令和7年4月1日) or 西暦 (`western`, 2025年4月1日)."
    )
    application: DraftForm = Field(
        default_factory=_new_draft_form, description="The application (申請書)."
    )
    decision: DraftForm = Field(
        default_factory=_new_draft_form, description="The decision notice (通知書)."
    )


def _new_drafts() -> Drafts:
    return Drafts()


class TierInterpretation(ProfileModel):
    """Beyond the tiers a template contemplates, every finding names this silence."""

    min_tier: int = Field(ge=2)
    interpretation: str = Field(description="Id of the silence applied at this tier and deeper.")


class Roles(ProfileModel):
    municipality: str
    contractor: str


class Profile(ProfileModel):
    """A template's rules as data."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]{1,40}$")
    title: str
    issuer: str
    revision: str | None = None
    source: str = Field(description="File name of the template the profile encodes.")
    summary: Bilingual
    article_suffix: str = Field("", description="How articles are numbered: '' (第6) or 条.")
    roles: Roles
    terms: Terms = Field(
        default_factory=Terms,
        description="The template's own words (consent, parties, documents, delegations), "
        "used in every message; a term not given is the built-in one.",
    )
    articles: dict[str, str] = Field(
        default_factory=new_dict,
        description="Article headings by article number (or part:article).",
    )
    item_lists: dict[str, ItemList] = Field(default_factory=new_dict)
    parts: dict[str, PartSpec] = Field(
        default_factory=new_dict,
        description="Parts of the work, by key (a delegation's `parts` name them), each with "
        "its label in the template's words (主たる部分: 総合的企画, 業務遂行管理...).",
    )
    document_kinds: dict[str, DocumentKindSpec] = Field(
        default_factory=new_dict,
        description="Document kinds of the template's own, by id (the chain's `documents` of "
        "the contract, a party, a worker or a place name them), each with its label.",
    )
    decision: Decision = Field(
        default_factory=_new_decision,
        description="Who takes part in deciding a consent: the role keys DLG014 and the "
        "chain's decision steps may name.",
    )
    silences: list[Silence] = Field(default_factory=new_list)
    tier_interpretations: list[TierInterpretation] = Field(
        default_factory=new_list,
        description="Tiers the template does not contemplate, and the silence applied there.",
    )
    rules: list[RuleEntry] = Field(default_factory=new_list)
    liability: Liability = Field(default_factory=_new_liability)
    audit: Audit | None = Field(None, description="Whom the municipality may audit (監査・検査).")
    drafts: Drafts = Field(
        default_factory=_new_drafts,
        description="Drafted documents: dates in 和暦 or 西暦, the forms and their field maps.",
    )
    _citations: dict[int, tuple[Clause, Citation]] = PrivateAttr(default_factory=dict)

    # -- citations ----------------------------------------------------------------
    def cite(self, clause: Clause) -> Citation:
        """A citation for a clause of this profile's template (or of a statute)."""
        # Cached by the clause's identity, read without BaseModel.__getattr__ (see
        # chain/_perf/README.md): clauses live in the immutable profile.
        # A model with private attributes always has their dict (typed Optional by pydantic).
        cache = self.__pydantic_private__["_citations"]  # type: ignore[index]
        hit = cache.get(id(clause))
        if hit is not None and hit[0] is clause:
            return hit[1]
        citation = self._cite(clause)
        cache[id(clause)] = (clause, citation)
        return citation

    def _cite(self, clause: Clause) -> Citation:
        if clause.document is not None:
            return statute_citation(clause)
        return template_citation(
            clause,
            profile=self.id,
            document=self.source,
            article_suffix=self.article_suffix,
            headings=self.articles,
        )

    def silence(self, silence_id: str) -> Silence | None:
        return next((s for s in self.silences if s.id == silence_id), None)

    def interpretation(self, silence_id: str | None) -> Interpretation | None:
        s = self.silence(silence_id) if silence_id else None
        if s is None:
            return None
        return Interpretation(s.id, s.topic, s.interpretation, tuple(self.cite(c) for c in s.basis))
