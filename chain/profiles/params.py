"""The parameters a profile gives each rule, by code: what a ``[[rules]]`` table may say.

A rule entry is flat in TOML (``code``, ``clause`` and the rule's own keys); the keys
beyond the common ones are validated against the rule's model here, so a typo in a
profile is an error with its place, and :mod:`chain.profiles.schema` publishes them.
:data:`PARAMS` names every rule code there is: the checks (:mod:`chain.check.rules`)
register under these codes, each with the model of its parameters, and a code a
profile names that is not here is refused.
"""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from chain._perf.factories import new_list
from chain.format.model import Employment, PlaceKind, Provision, Role
from chain.profiles.base import Bilingual, ProfileModel, in_tiers
from chain.profiles.when import When

__all__ = [
    "PARAMS",
    "BindingParams",
    "ConsentParams",
    "ConsentRoute",
    "DecisionParams",
    "DocumentParams",
    "EligibilityParams",
    "EndRecordParams",
    "ItemsParams",
    "LocationParams",
    "MissingDataParams",
    "MyNumberParams",
    "NoParams",
    "NoticeParams",
    "PartsParams",
    "PartyParams",
    "PeriodParams",
    "PlaceScope",
    "PlaceTiming",
    "ProvisionParams",
    "ReasonParams",
    "ReportParams",
    "RequestParams",
    "RouteParams",
    "ShareParams",
    "StaffScope",
    "StaffTiming",
    "SubmitterParams",
    "TierScope",
    "typed_params",
]


class NoParams(ProfileModel):
    """A rule that takes no parameters."""


class TierScope(NoParams):
    """Which delegation tiers a rule looks at: listed ``tiers`` and/or ``min_tier`` and deeper."""

    tiers: list[int] = Field(default_factory=new_list, description="Tiers, e.g. [2] for 再委託.")
    min_tier: int | None = Field(None, ge=2, description="This tier and every deeper one.")

    def applies(self, tier: int | None) -> bool:
        return in_tiers(tier, self.tiers, self.min_tier)


class ReasonParams(TierScope):
    reason: Literal["any", "stated", "missing"] = Field(
        "any",
        description="`stated`: delegations that state their reason; `missing`: those that "
        "state none; `any`: both.",
    )


class ConsentParams(TierScope):
    consent: Literal["approval", "notification"] = "approval"


_KEY = r"^[a-z][a-z0-9_]{0,39}$"

ConsentKind = Literal["approval", "notification"]


class ConsentRoute(ProfileModel):
    """One way a delegation may obtain consent (DLG001 ``routes``): a consent document on
    the delegation (``kind``), held only when the delegation is identical to one already
    consented to (``identical_to``), or the delegate listed in a contract-level document
    dated at signing (``listed_in``)."""

    kind: ConsentKind | None = Field(
        None, description="A document of this kind on the delegation (approval, notification)."
    )
    identical_to: ConsentKind | None = Field(
        None,
        description="With kind: the document counts only when another delegation of the same "
        "delegate and work has a document of this kind dated no later (a notice of a "
        "delegation identical to one already confirmed).",
    )
    listed_in: str | None = Field(
        None,
        pattern=_KEY,
        description="A kind of the profile's [document_kinds]: the contract's document of that "
        "kind (e.g. a work plan), dated no later than the signing, names the delegate among "
        "its delegates.",
    )
    label: Bilingual | None = Field(
        None, description="How a finding names this route; by default from its kinds."
    )
    when: When | None = Field(
        None,
        description="The route is open only to a delegation meeting every condition (the "
        "rule entries' when); a delegation to which no route is open needs no consent "
        "under the entry.",
    )

    @model_validator(mode="after")
    def _one_way(self) -> "ConsentRoute":
        if (self.kind is None) == (self.listed_in is None):
            raise ValueError("a route names either kind or listed_in")
        if self.identical_to is not None and self.kind is None:
            raise ValueError("identical_to goes with kind")
        return self


class RouteParams(ConsentParams):
    """DLG001: the consent a delegation needs, by one of several routes (a delegation only
    of parts the profile declares exempt needs none: DLG015 notes it)."""

    routes: list[ConsentRoute] = Field(
        default_factory=new_list,
        description="Ways consent may be obtained, any one sufficing; empty: a document of "
        "the `consent` kind.",
    )


DecisionStep = Literal["submitted_via_officer", "opinion", "review", "decision"]


class DecisionParams(ConsentParams):
    """DLG014: the steps a consent document goes through, and who may decide it."""

    steps: list[DecisionStep] = Field(
        default_factory=new_list,
        description="Steps the consent must record (submitted_via_officer, opinion, review, "
        "decision), in the document's steps.",
    )
    decided_by: list[Annotated[str, Field(pattern=_KEY)]] = Field(
        default_factory=new_list,
        description="Who may take the decision step (e.g. decision_maker, 決裁権者); empty: "
        "anyone.",
    )


class BindingParams(ConsentParams):
    applications: bool = Field(
        True,
        description="Compare the applications' delegate too (false where the template asks "
        "for no written application).",
    )


class SubmitterParams(TierScope):
    submitter: Literal["contractor", "delegator"] = "delegator"


class ItemsParams(TierScope):
    items: str
    """Key of the profile's item list (``item_lists``) to require."""


class ProvisionParams(TierScope):
    provisions: list[Provision] = Field(min_length=1)
    """Provisions the flow-down (the subcontract) must contain."""


class ReportParams(TierScope):
    days: int = Field(30, ge=1, le=365)
    """Days after the subcontract within which the report counts as prompt."""


class StaffScope(NoParams):
    """Which workers a staff rule looks at."""

    employments: list[Employment] = Field(
        default_factory=new_list, description="Employment types covered; empty means all."
    )
    roles: list[Role] = Field(
        default_factory=new_list, description="Roles covered (any of them); empty means all."
    )
    parties: Literal["chain", "contractor"] = Field(
        "chain", description="Workers of every party on the chain, or of the contractor only."
    )
    when_instructed: bool = Field(
        False, description="Only when the contract records the municipality's instruction."
    )


#: Which late approvals a timing rule (STF002, PLC002) reports: all of them, only those of
#: the staff or places there from the party's first day of work (``initial``), or only those
#: of a change: a worker or place that comes in later than that day, or a worker who takes
#: over from another (``changes``).
Changes = Literal["any", "initial", "changes"]


class StaffTiming(StaffScope):
    changes: Changes = Field(
        "any",
        description="`initial`: workers there from the party's first work day; `changes`: "
        "workers who start later or take over from another; `any`: both.",
    )


class PartyParams(NoParams):
    parties: Literal["chain", "contractor"] = "contractor"


class PlaceScope(NoParams):
    kinds: list[PlaceKind] = Field(min_length=1)


class PlaceTiming(PlaceScope):
    changes: Changes = Field(
        "any",
        description="`initial`: places in use from the party's first work day; `changes`: "
        "places first used later; `any`: both.",
    )


class MyNumberParams(TierScope):
    terms: list[str] = Field(min_length=1)
    """Words that mark a category as My Number data, found anywhere in it after NFKC
    (so ``個人番号（マイナンバー）`` counts as ``個人番号``)."""
    carried: Literal["any", "named", "unnamed"] = Field(
        "any",
        description="`named`: delegations naming My Number categories; `unnamed`: delegations "
        "naming no categories under a contract holding My Number data (presumed to carry it); "
        "`any`: both.",
    )


class MissingDataParams(TierScope):
    contract: bool = True
    """Also report a contract that states no categories."""


class DocumentParams(NoParams):
    """A document the profile declares, required of a subject (DOC family)."""

    tiers: list[int] = Field(
        default_factory=new_list,
        description="Delegation and party subjects: only these tiers (2 a subcontract, 1 the "
        "contractor); with min_tier omitted too, every tier.",
    )
    min_tier: int | None = Field(None, ge=1, description="This tier and every deeper one.")

    def applies(self, tier: int | None) -> bool:
        if not self.tiers and self.min_tier is None:
            return tier is not None
        return in_tiers(tier, self.tiers, self.min_tier)

    subject: Literal["contract", "party", "delegation", "dispatch", "worker", "place"] = Field(
        description="What must have the document: the contract, each company on the chain, "
        "each delegation (its `records`, or its `documents` for a built-in kind), each "
        "dispatched worker's dispatch link (`dispatch_documents`), each worker, each place "
        "(narrow with parties, tiers or min_tier)."
    )
    document: str = Field(
        pattern=r"^[a-z][a-z0-9_]{0,39}$",
        description="Kind of the document, one of the profile's [document_kinds] (on a "
        "delegation, also a built-in kind such as approval).",
    )
    parties: Literal["chain", "contractor"] = Field(
        "chain", description="Subjects of every party on the chain, or of the contractor only."
    )
    due: Literal[
        "before_work", "before_start", "before_change", "within_days", "on_request", "none"
    ] = Field(
        "before_work",
        description="By when (DOC002): before the subject's work starts, before the delegation "
        "it belongs to starts, before each of its changes takes effect (`changed_on`, "
        "`changes`: a document of its own for each), within `days` of "
        "its start, within `days` of the municipality's request (`request`; required only "
        "once requested), or no deadline.",
    )
    days: int | None = Field(None, ge=1, le=365, description="For due = within_days or on_request.")
    request: str | None = Field(
        None,
        pattern=r"^[a-z][a-z0-9_]{0,39}$",
        description="For due = on_request: the request kind (the contract's `requests`); "
        "the document kind when omitted.",
    )
    issued_by: Literal["municipality", "contractor", "delegate", "delegator"] | None = Field(
        None,
        description="Who must issue it (DOC004), against the document's issued_by (or "
        "submitted_by): the delegate is the subject's own company (the host for a dispatch "
        "link), the delegator the one passing it the work (the agency for a dispatch link).",
    )
    renew: Literal["on_change"] | None = Field(
        None,
        description="DOC005: renewed after each change of the subject (`changed_on`); with "
        "due = before_change, a renewal dated by the change.",
    )
    renew_months: int | None = Field(
        None, ge=1, le=120, description="DOC006: renewed at least every this many months."
    )
    states: list[str] = Field(
        default_factory=new_list,
        description="What the document must state (DOC003), in the profile's words.",
    )


class NoticeParams(StaffScope):
    """Staff notified to the municipality, not approved (STF012, STF013)."""

    on_change: bool = Field(
        True,
        description="Also every change: a worker who joins after the party's first work day "
        "or replaces another, and a worker changed (`changed_on`) after the notice.",
    )


_KIND = r"^[a-z][a-z0-9_]{0,39}$"


class EndRecordParams(TierScope):
    """What must show the end of the data's life at a party of some tiers (END family):
    the party's tier is its contract's (1 the contractor, 2 a subcontractor, ...)."""

    records: list[Annotated[str, Field(pattern=_KIND)]] = Field(
        min_length=1,
        description="Kinds of the profile's [document_kinds] that record the data's return or "
        "destruction (END001: one of them; END002: those needing an approval first; END003: "
        "the returns that must go to the municipality directly).",
    )
    approval: str | None = Field(
        None,
        pattern=_KIND,
        description="END002: the kind approving the disposal plan, dated no later than the "
        "disposal.",
    )


class PartsParams(TierScope):
    parts: list[str] = Field(
        min_length=1, description="Keys of the profile's [parts] that may not be passed on."
    )


class ShareParams(TierScope):
    max_percent: float = Field(
        gt=0, lt=100, description="Largest share of the contract amount a delegation may have."
    )


class PeriodParams(TierScope):
    contract_end: Literal["any", "within", "beyond"] = Field(
        "any",
        description="`beyond`: only a delegation ending after the contract's end; `within`: "
        "every other period outside the one above (a start before it, an end after it but "
        "within the contract); `any`: both.",
    )


IneligibleStatus = Literal["bidding_suspension", "insolvency", "antisocial"]


def _every_ineligible_status() -> list[IneligibleStatus]:
    return ["bidding_suspension", "insolvency", "antisocial"]


class EligibilityParams(TierScope):
    statuses: list[IneligibleStatus] = Field(
        default_factory=_every_ineligible_status,
        description="Statuses that make a delegate ineligible while they hold.",
    )


class LocationParams(NoParams):
    kinds: list[PlaceKind] = Field(
        default_factory=new_list, description="Place kinds covered; empty means all."
    )
    parties: Literal["chain", "contractor"] = Field(
        "chain", description="Places of every party on the chain, or of the contractor only."
    )
    premises: Literal["on", "any"] = Field(
        "any", description="`on`: the place must be on the municipality's premises."
    )
    countries: list[str] = Field(
        default_factory=new_list, description="Countries allowed (ISO alpha-2); empty: any."
    )


class RequestParams(NoParams):
    kinds: list[str] = Field(
        default_factory=new_list, description="Request kinds covered; empty means all."
    )
    days: int = Field(ge=1, le=365, description="Days within which a request is answered.")


#: Every rule code, by family, with the model of its parameters. Codes are an API: a code
#: is never renumbered or reused (a retired one stays in the catalogue).
PARAMS: dict[str, type[NoParams]] = {
    # CHN: the chain's structure (always on)
    **dict.fromkeys([f"CHN{n:03}" for n in range(1, 13)], NoParams),
    # DLG: consent to delegation
    "DLG001": RouteParams,
    "DLG002": ConsentParams,
    "DLG003": TierScope,
    "DLG004": ConsentParams,
    "DLG005": ConsentParams,
    "DLG006": NoParams,
    "DLG007": ConsentParams,
    "DLG008": SubmitterParams,
    "DLG009": TierScope,
    "DLG010": TierScope,
    "DLG011": BindingParams,
    "DLG012": ConsentParams,
    "DLG013": ConsentParams,
    "DLG014": DecisionParams,
    "DLG015": TierScope,
    # ITM: application items
    "ITM001": ItemsParams,
    # TIR: tiers
    "TIR001": ReasonParams,
    "TIR002": TierScope,
    "TIR003": TierScope,
    # PST: duties after approval
    "PST001": TierScope,
    "PST002": ProvisionParams,
    "PST003": TierScope,
    "PST004": ReportParams,
    "PST005": TierScope,
    # STF: staff
    "STF001": StaffScope,
    "STF002": StaffTiming,
    "STF003": PartyParams,
    "STF004": StaffScope,
    "STF005": PartyParams,
    "STF006": StaffScope,
    "STF007": StaffScope,
    "STF008": StaffScope,
    "STF009": StaffScope,
    "STF010": StaffScope,
    "STF011": TierScope,
    "STF012": NoticeParams,
    "STF013": NoticeParams,
    # DSP: dispatch and who directs a worker
    "DSP001": NoParams,
    "DSP002": NoParams,
    "DSP003": TierScope,
    # PLC: places
    "PLC001": PlaceScope,
    "PLC002": PlaceTiming,
    "PLC003": PlaceScope,
    "PLC004": NoParams,
    "PLC005": NoParams,
    # DAT: personal-data scope
    "DAT001": TierScope,
    "DAT002": TierScope,
    "DAT003": MyNumberParams,
    "DAT004": MissingDataParams,
    # DOC: documents the profile declares, of any subject
    "DOC001": DocumentParams,
    "DOC002": DocumentParams,
    "DOC003": DocumentParams,
    "DOC004": DocumentParams,
    "DOC005": DocumentParams,
    "DOC006": DocumentParams,
    # END: the end of the contract (return and destruction of the data)
    "END001": EndRecordParams,
    "END002": EndRecordParams,
    "END003": EndRecordParams,
    "END004": EndRecordParams,
    # PRT: parts of the work
    "PRT001": PartsParams,
    "PRT002": TierScope,
    # AMT: amounts and shares
    "AMT001": ShareParams,
    # ELG: eligibility of delegates
    "ELG001": EligibilityParams,
    "ELG002": TierScope,
    # LOC: where places are
    "LOC001": LocationParams,
    "LOC002": LocationParams,
    # REQ: duties on the municipality's request
    "REQ001": RequestParams,
    # PER: periods
    "PER001": PeriodParams,
    "PER002": NoParams,
    "PER003": TierScope,
}


def typed_params(code: str, params: dict[str, Any]) -> BaseModel:
    """Validate a profile rule's parameters; raises ``ValueError`` with their place."""
    model = PARAMS.get(code)
    if model is None:
        raise ValueError(f"unknown rule code {code}")
    try:
        return model.model_validate(params)
    except ValidationError as exc:
        detail = "; ".join(
            f"{'.'.join(str(x) for x in e['loc']) or code}: {e['msg']}"
            for e in exc.errors(include_url=False)
        )
        raise ValueError(f"parameters of {code}: {detail}") from None
