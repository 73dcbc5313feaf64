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
  for non-regular workers).

The rule parameters are validated against each rule's own parameter model
(:mod:`chain.profiles.params`), so a typo in a profile is an error with its place.
Reading a file into a :class:`Profile` is :mod:`chain.profiles.load`'s.
"""

from pathlib import Path
from typing import Any, Literal

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
    "FIELD_REFS",
    "ApplicationItem",
    "DelegateLiability",
    "DocumentKindSpec",
    "ItemList",
    "Liability",
    "Profile",
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
    """An item the written application must state."""

    key: str
    label: Bilingual
    fields: list[FieldRef] = Field(min_length=1)
    clause: Clause


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


class DelegateLiability(ProfileModel):
    """How the contractor answers for delegates at some tiers."""

    tiers: list[int] = Field(default_factory=new_list)
    min_tier: int | None = None
    basis: Literal[
        "regardless_of_terms", "joint_and_several", "all_acts", "deemed_own", "general_law"
    ]
    clause: list[Clause] = Field(default_factory=new_list)
    interpretation: str | None = None

    def applies(self, tier: int | None) -> bool:
        return in_tiers(tier, self.tiers, self.min_tier)


class Liability(ProfileModel):
    """The template's liability clauses.

    What is left unset here is the general law's, as the built-in rules
    (``_builtin.toml``) state it: see :meth:`breaches`, :meth:`non_regular_employments`,
    :meth:`statute`.
    """

    damages: list[Clause] = Field(default_factory=new_list)
    termination: list[Clause] = Field(default_factory=new_list)
    termination_label: Bilingual | None = None
    delegates: list[DelegateLiability] = Field(default_factory=new_list)
    non_regular: DelegateLiability | None = None
    breach_codes: list[str] | None = Field(
        None,
        description="Error findings that amount to the contractor's own breach when they sit on "
        "a delegation of the incident's path (consent, application, items, forbidden tiers, "
        "data scope) or on the worker the incident is about (staff codes); by default the "
        "built-in rules' list.",
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
        "joint_claim, employer_tort, statutory_duty, penal); a profile's replace the built-in "
        "rules' of the same use.",
    )

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


class DocumentKindSpec(ProfileModel):
    """A document kind of the template's own (a pledge, a security procedure...)."""

    label: Bilingual = Field(description="The document's name in the template's words.")


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
    parts: dict[str, DocumentKindSpec] = Field(
        default_factory=new_dict,
        description="Parts of the work, by key (a delegation's `parts` name them), each with "
        "its label in the template's words (主たる部分: 総合的企画, 業務遂行管理...).",
    )
    document_kinds: dict[str, DocumentKindSpec] = Field(
        default_factory=new_dict,
        description="Document kinds of the template's own, by id (the chain's `documents` of "
        "the contract, a party, a worker or a place name them), each with its label.",
    )
    silences: list[Silence] = Field(default_factory=new_list)
    tier_interpretations: list[TierInterpretation] = Field(
        default_factory=new_list,
        description="Tiers the template does not contemplate, and the silence applied there.",
    )
    rules: list[RuleEntry] = Field(default_factory=new_list)
    liability: Liability = Field(default_factory=_new_liability)
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
