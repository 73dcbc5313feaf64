"""The chain format: pydantic models of a submitted outsourcing chain.

A chain file describes one contract between a municipality and its
contractor, and everything hanging off it: the parties, the delegations
(再委託, 再々委託, ...), the workers and the places where data is handled.
Tiers are never stored: they are derived from the graph
(:mod:`chain.graph`).

The models are strict about shape (unknown keys and wrong types are
rejected with the location of the problem) and lenient about content:
an empty application item is not a schema error but a finding, so that a
half-finished chain can still be checked.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from pydantic.dataclasses import dataclass as pydantic_dataclass

from chain._perf.factories import new_list
from chain.format.dates import JpDate

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "Amount",
    "Chain",
    "Change",
    "Contact",
    "Contract",
    "Delegation",
    "Document",
    "DocumentKind",
    "Employment",
    "ItemKey",
    "Location",
    "ParentLink",
    "Party",
    "PartyKind",
    "Period",
    "Place",
    "PlaceKind",
    "Protection",
    "Record",
    "RecordKind",
    "Request",
    "Responsibility",
    "Role",
    "Status",
    "StatusKind",
    "Step",
    "Worker",
]

FORMAT_NAME = "subcontract-chain"
FORMAT_VERSION = "1.0"

# Bounds of the format itself. Operational limits (file size, party count,
# nesting depth) are configurable, see chain.format.limits.
Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100, pattern=r"^[^\x00-\x20\x7f][^\x00-\x1f\x7f]*$"),
    Field(description="Identifier, unique within its list (e.g. `p-contractor`)."),
]
Name = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Text = Annotated[str, StringConstraints(max_length=10_000)]
Category = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    Field(description="Personal-data category, e.g. 氏名, 住所, 個人番号."),
]

PartyKind = Literal["municipality", "company", "dispatch_agency"]
DocumentKind = Literal[
    "application",
    "approval",
    "notification",
    "terms_report",
    "flow_down",
    "guidance",
]
Provision = Literal["obligations", "supervision", "safety_management"]
Employment = Literal[
    "regular", "contract", "part_time", "temporary", "dispatched", "executive", "other"
]
Role = Literal["work_lead", "operator", "info_manager"]
PlaceKind = Literal["work", "storage", "cloud"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


#: The items of a chain are pydantic dataclasses with slots, not models, for speed (see
#: chain/_perf/README.md); the rules of the format are the same: fields, constraints, no
#: fields beyond them, the same JSON Schema, and problems of the same types (see
#: chain.format.problems). The chain and its contract stay models. Fields are declared
#: with ``Field(...)`` where a bare annotation or a plain default would make the schema
#: list them after the others.
_ITEM_CONFIG = ConfigDict(extra="forbid", populate_by_name=True)


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Period:
    """A period of work; either end may be unknown."""

    start: JpDate | None = Field(None, description="First day (開始日).")
    end: JpDate | None = Field(None, description="Last day (終了日).")


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Contact:
    """Who to contact at a party (連絡先)."""

    person: Name | None = Field(None, description="Contact person (担当者).")
    department: Name | None = Field(None, description="Department (部署).")
    phone: Annotated[str, StringConstraints(max_length=50)] | None = None
    email: Annotated[str, StringConstraints(max_length=254)] | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class ParentLink:
    """The party's parent company and the basis of control (会社法第2条第3号)."""

    party: Id = Field(description="Id of the parent company.")
    basis: Literal["voting_rights", "substantive_control"] = Field(
        description="`voting_rights`: over half the voting rights; "
        "`substantive_control`: control of decision-making in substance."
    )
    voting_share_percent: float | None = Field(
        None, ge=0, le=100, description="Share of voting rights held by the parent, in percent."
    )


# The facts below that every party, worker, place or delegation may carry default to one
# shared empty tuple, not a new list each: a chain of 50,000 workers that states none of
# them pays nothing for them (benchmarks/README.md, full validation).

#: An amount in yen (integers; 0 to a trillion).
Amount = Annotated[int, Field(ge=0, le=10**15)]

StatusKind = Literal["bidding_suspension", "insolvency", "antisocial", "vetted"]


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Status:
    """A dated status record of a party: what holds of it, from when until when."""

    kind: StatusKind = Field(
        description="`bidding_suspension` (指名停止), `insolvency` (破産・債務超過), "
        "`antisocial` (反社会的勢力との判定), `vetted` (適切な保護の確認・選定の記録)."
    )
    start: JpDate | None = Field(None, description="First day it holds (or the record's date).")
    end: JpDate | None = Field(None, description="Last day it holds; omitted means still.")
    reference: Name | None = Field(None, description="Document or decision (文書番号).")
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Location:
    """Where a place is: on or off the municipality's premises, the country, a cloud region."""

    premises: Literal["on", "off"] | None = Field(
        None, description="`on` the municipality's premises (庁舎内) or `off` them."
    )
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = Field(
        None, description="Country, ISO 3166-1 alpha-2 (JP); for a cloud, where data is kept."
    )
    region: Name | None = Field(None, description="A cloud's region (e.g. ap-northeast-1).")


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Request:
    """A request of the municipality (a copy of the subcontract, names, the procedure), and
    when it was answered: duties some templates impose only on request."""

    kind: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")] = Field(
        description="What was asked, as a key of the profile's words (e.g. `subcontract_copy`)."
    )
    date: JpDate = Field(description="Date of the request.")
    answered_on: JpDate | None = Field(None, description="Date it was answered.")
    reference: Name | None = Field(None, description="Document number of the request.")
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Change:
    """A change of the contract, a party, a delegation, a worker or a place, dated when it
    took effect (a new procedure, a new person in charge, a new address...)."""

    date: JpDate = Field(description="Date the change took effect.")
    reference: Name | None = Field(None, description="Document number of the change.")
    note: Text | None = None


#: A document kind a profile declares (``[document_kinds.KIND]``): lower-case and digits.
RecordKind = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Record:
    """A dated document of the contract, a party, a worker or a place, of a kind the
    profile declares (a security procedure, a pledge, a dispatch contract...)."""

    kind: RecordKind = Field(
        description="A document kind the profile declares in [document_kinds] (e.g. `pledge`)."
    )
    date: JpDate | None = Field(None, description="Date of the document.")
    reference: Name | None = Field(None, description="Document number or title (文書番号).")
    issued_by: Id | None = Field(None, description="Party that issued or signed it.")
    states: list[Name] = Field(
        default_factory=new_list,
        description="What the document states, in the profile's words (the terms a profile "
        "requires it to state, e.g. 派遣労働者の氏名).",
    )
    delegates: list[Id] = Field(
        default_factory=new_list,
        description="Contract documents (a work plan, 業務計画書): ids of the parties it lists as "
        "delegates (再委託先), which a consent route of the profile may accept.",
    )
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Party:
    """A node of the chain: the municipality, a company or a dispatch agency (派遣元)."""

    id: Id = Field()
    kind: PartyKind = Field(
        description="`municipality` (発注者), `company` (contractor, subcontractor, subsidiary) "
        "or `dispatch_agency` (派遣元)."
    )
    name: Name = Field(description="Name as registered (商号又は名称).")
    corporate_number: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        None, description="法人番号: 13 digits, the first a check digit."
    )
    representative: Name | None = Field(None, description="Representative (代表者).")
    address: Text | None = Field(None, description="Address of the head office (所在地).")
    contact: Contact | None = Field(None, description="Contact (連絡先).")
    documents: tuple[Record, ...] = Field(
        default=(), description="Documents of the party (誓約書, 届出...)."
    )
    statuses: tuple[Status, ...] = Field(
        default=(),
        description="Dated status records (指名停止, insolvency, 反社会的勢力, vetting).",
    )
    parent: ParentLink | None = Field(None, description="Parent company, if a subsidiary.")
    changed_on: JpDate | None = Field(
        None,
        description="Date a change of it took effect (the latest): documents the profile has "
        "renewed on a change (DOC005) and notices given again (STF012) are compared with it.",
    )
    changes: tuple[Change, ...] = Field(
        default=(),
        description="Each change of it, dated when it took effect (besides or instead of "
        "changed_on): a document due before a change (DOC002) is due for every one.",
    )
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Responsibility:
    """The delegate's responsibility structure (責任体制並びに責任者及び業務従事者)."""

    structure: Text | None = Field(None, description="How responsibility is organised (責任体制).")
    manager: Name | None = Field(None, description="Person responsible (責任者).")
    staff: list[Name] = Field(
        default_factory=new_list,
        description="Staff named in the application (業務従事者): names or named groups.",
    )


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Protection:
    """Protection measures required of the delegate (個人情報保護措置)."""

    measures: Text | None = Field(None, description="What the delegate must do.")
    contract_copy: bool = Field(
        False, description="A copy of the contract clauses imposing them is attached (写し)."
    )


#: A key of the profile's own (an application item, a role that decides): lower-case and digits.
ItemKey = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Step:
    """A step a document went through before it was issued (a decision's steps)."""

    step: Literal["submitted_via_officer", "opinion", "review", "decision"] = Field(
        description="`submitted_via_officer` (担当職員を経由した提出), `opinion` (意見), "
        "`review` (審査), `decision` (決定・決裁)."
    )
    date: JpDate | None = Field(None, description="Date of the step.")
    by: ItemKey | None = Field(
        None,
        description="Who took it, as the profile's role key (e.g. `decision_maker` 決裁権者, "
        "`officer` 担当職員).",
    )
    reference: Name | None = Field(None, description="Document of the step (決裁文書の番号).")


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Document:
    """A dated document on a delegation."""

    kind: DocumentKind = Field(
        description="`application` (申請書), `approval` (承諾・承認), `notification` (届出), "
        "`terms_report` (再委託契約内容の報告), `flow_down` (義務を課す契約・誓約), "
        "`guidance` (確認・指導の記録)."
    )
    date: JpDate | None = Field(None, description="Date of the document.")
    reference: Name | None = Field(None, description="Document number or title (文書番号).")
    submitted_by: Id | None = Field(None, description="Party that submitted it (applications).")
    issued_by: Id | None = Field(
        None, description="Party that issued it (approvals); the municipality when omitted."
    )
    delegate: Id | None = Field(
        None,
        description="Applications and approvals: id of the party the document names as the "
        "delegate (相手方); omitted means the delegation's delegate, unchecked.",
    )
    delegate_name: Name | None = Field(
        None,
        description="Applications and approvals: the delegate's name as the document states it "
        "(商号又は名称), compared with the delegation's delegate as written (全角・半角, spaces "
        "and (株) / 株式会社 alike).",
    )
    personal_data: list[Category] | None = Field(
        None, description="Approvals: personal-data categories approved; omitted means as applied."
    )
    valid_from: JpDate | None = Field(
        None, description="Approvals: first day covered; the document's date when omitted."
    )
    valid_until: JpDate | None = Field(
        None, description="Approvals: last day covered; omitted means no end."
    )
    provisions: list[Provision] = Field(
        default_factory=new_list,
        description="Flow-down: what the subcontract imposes: `obligations` (all obligations of "
        "the provisions), `supervision` (how the delegate is supervised), `safety_management` "
        "(how data is kept safe).",
    )
    steps: list[Step] | None = Field(
        None,
        description="Consents: the steps it went through (submitted via the officer, opinion, "
        "review, decision), each with its date and who took it; omitted means not recorded.",
    )
    items: dict[ItemKey, Text] | None = Field(
        None,
        description="Applications: answers to the profile's own application items, by key "
        "(e.g. `ip_owner`).",
    )
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Delegation:
    """An edge delegator → delegate: work passed on, with what its application describes."""

    id: Id = Field()
    delegator: Id = Field(description="Party passing the work on.")
    delegate: Id = Field(description="Party receiving it.")
    work: Text | None = Field(None, description="Work delegated (業務の内容).")
    personal_data: list[Category] = Field(
        default_factory=new_list, description="Personal-data categories handled (取り扱う個人情報)."
    )
    period: Period | None = Field(None, description="Period of the delegation (期間).")
    reason: Text | None = Field(None, description="Why the delegation is needed (理由).")
    responsibility: Responsibility | None = Field(None)
    protection: Protection | None = Field(None)
    supervision: Text | None = Field(
        None, description="How the delegator supervises the delegate (監督方法)."
    )
    documents: list[Document] = Field(default_factory=new_list)
    parts: tuple[RecordKind, ...] = Field(
        default=(),
        description="Parts of the work passed on, as keys of the profile's [parts] vocabulary "
        "(e.g. `planning`, `management`).",
    )
    whole: bool = Field(False, description="The whole work is passed on en bloc (一括して).")
    amount: Amount | None = Field(None, description="Amount of the delegation, in yen.")
    items: dict[ItemKey, Text] | None = Field(
        None,
        description="Answers to the profile's own application items, by key (e.g. `ip_owner` "
        "知的財産権の帰属); an application's items count too.",
    )
    records: tuple[Record, ...] = Field(
        default=(),
        description="Documents of the delegation of a kind the profile declares in "
        "[document_kinds] (a delegate's pledge, a security check...), besides `documents`.",
    )
    changed_on: JpDate | None = Field(
        None,
        description="Date a change of it took effect (the latest): documents the profile has "
        "renewed on a change (DOC005) and notices given again (STF012) are compared with it.",
    )
    changes: tuple[Change, ...] = Field(
        default=(),
        description="Each change of it, dated when it took effect (besides or instead of "
        "changed_on): a document due before a change (DOC002) is due for every one.",
    )
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Worker:
    """A person, or a named group of people, working in a party on this contract."""

    id: Id = Field()
    name: Name = Field(description="Name of the person or group (e.g. 入力オペレーター班).")
    count: int = Field(1, ge=1, le=100_000, description="People in the group (1 for a person).")
    party: Id = Field(
        description="Party the worker works in and is directed by; for a dispatched worker, "
        "the host (派遣先), not the agency. Where another party directs the worker, "
        "`directed_by` says so."
    )
    employment: Employment = Field(
        description="`regular` (正社員), `contract` (契約社員), `part_time` (パート・アルバイト), "
        "`temporary` (臨時), `dispatched` (派遣労働者), `executive` (役員), `other`."
    )
    dispatched_from: Id | None = Field(None, description="Dispatch agency (派遣元), if dispatched.")
    dispatched_to: Id | None = Field(
        None,
        description="Dispatched worker: the host (派遣先) the dispatch contract "
        "(労働者派遣契約) names, where it is not `party`; omitted means `party`.",
    )
    directed_by: Id | None = Field(
        None,
        description="Party whose people in fact direct the worker's work (指揮命令), where "
        "it is not `party` (a contractor's 作業責任者 directing a subcontractor's staff, a "
        "host passing a dispatched worker on); omitted means `party`. Naming the worker's "
        "own party records that it directs its own staff.",
    )
    roles: list[Role] = Field(
        default_factory=new_list,
        description="`work_lead` (作業責任者), `operator` (作業従事者), "
        "`info_manager` (情報管理責任者).",
    )
    start: JpDate | None = Field(None, description="First day of work on this contract.")
    replaces: Id | None = Field(
        None,
        description="Id of the worker this one takes over from (後任・交替): a change of staff.",
    )
    approved_on: JpDate | None = Field(None, description="Approved as staff by the municipality.")
    pledge_on: JpDate | None = Field(None, description="Pledge signed (誓約書).")
    trained_on: JpDate | None = Field(None, description="Training received (教育・研修).")
    penal_notice_on: JpDate | None = Field(
        None, description="Told of the penal provisions (罰則の教示)."
    )
    briefed_on: JpDate | None = Field(
        None, description="Informed of the duties and leak prevention (周知)."
    )
    documents: tuple[Record, ...] = Field(
        default=(), description="Documents of the worker (誓約書...)."
    )
    dispatch_documents: tuple[Record, ...] = Field(
        default=(),
        description="Dispatched worker: documents of the dispatch link from `dispatched_from` "
        "to the host (the 労働者派遣契約 and its terms, the notice of the worker's name...), "
        "of kinds the profile declares.",
    )
    scope: Text | None = Field(
        None, description="The person's scope of work on this contract (担当する業務の範囲)."
    )
    notified_on: JpDate | None = Field(
        None, description="Notified to the municipality as staff (従事者の届出), with the scope."
    )
    changed_on: JpDate | None = Field(
        None,
        description="Date a change of it took effect (the latest): documents the profile has "
        "renewed on a change (DOC005) and notices given again (STF012) are compared with it.",
    )
    changes: tuple[Change, ...] = Field(
        default=(),
        description="Each change of it, dated when it took effect (besides or instead of "
        "changed_on): a document due before a change (DOC002) is due for every one.",
    )
    note: Text | None = None


@pydantic_dataclass(config=_ITEM_CONFIG, kw_only=True, slots=True)
class Place:
    """A place where data is handled or stored (作業場所, 保管場所, cloud service)."""

    id: Id = Field()
    name: Name = Field()
    kind: PlaceKind = Field(description="`work` (作業場所), `storage` (保管場所) or `cloud`.")
    party: Id = Field(description="Party using the place.")
    address: Text | None = Field(None)
    provider: Name | None = Field(None, description="Cloud: the service and its provider.")
    used_from: JpDate | None = Field(None, description="First day of use.")
    approved_on: JpDate | None = Field(None, description="Approved by the municipality.")
    notified_on: JpDate | None = Field(None, description="Notified to the municipality (届出).")
    location: Location | None = Field(None, description="Where the place is.")
    documents: tuple[Record, ...] = Field(
        default=(), description="Documents of the place (届出, 確認書...)."
    )
    changed_on: JpDate | None = Field(
        None,
        description="Date a change of it took effect (the latest): documents the profile has "
        "renewed on a change (DOC005) and notices given again (STF012) are compared with it.",
    )
    changes: tuple[Change, ...] = Field(
        default=(),
        description="Each change of it, dated when it took effect (besides or instead of "
        "changed_on): a document due before a change (DOC002) is due for every one.",
    )
    note: Text | None = None


class Contract(_Model):
    """The contract between the municipality and the contractor (tier 1, 委託)."""

    title: Name = Field(description="Title of the contract (契約件名).")
    reference: Name | None = Field(None, description="Contract number.")
    template: Annotated[str, StringConstraints(max_length=100)] | None = Field(
        None, description="Id of the special-provisions profile the contract uses (e.g. `000`)."
    )
    municipality: Id = Field(description="Party id of the municipality (発注者).")
    contractor: Id = Field(description="Party id of the contractor (受託者・受注者).")
    work: Text | None = Field(None, description="Work contracted.")
    period: Period = Field(description="Contract period.")
    personal_data: list[Category] = Field(
        default_factory=new_list, description="Personal-data categories entrusted."
    )
    specific_personal_information: bool = Field(
        False, description="Includes My Number data (特定個人情報, 番号法)."
    )
    pledges_instructed: bool = Field(
        False, description="The municipality has instructed staff pledges (e.g. 003 第7条第3項)."
    )
    signed_on: JpDate | None = None
    as_of: JpDate | None = Field(
        None,
        description="Date the chain describes (基準日): after the contract's end, the "
        "end-of-contract rules ask who still holds data without a return or destruction record.",
    )
    amount: Amount | None = Field(None, description="Contract amount, in yen (契約金額).")
    requests: list[Request] = Field(
        default_factory=new_list, description="The municipality's requests and their answers."
    )
    documents: list[Record] = Field(
        default_factory=new_list,
        description="Documents of the contract (a security procedure confirmed after signing...).",
    )
    changed_on: JpDate | None = Field(
        None,
        description="Date a change of it took effect (the latest): documents the profile has "
        "renewed on a change (DOC005) and notices given again (STF012) are compared with it.",
    )
    changes: tuple[Change, ...] = Field(
        default=(),
        description="Each change of it, dated when it took effect (besides or instead of "
        "changed_on): a document due before a change (DOC002) is due for every one.",
    )
    note: Text | None = None


class Chain(_Model):
    """A subcontract chain submitted for checking."""

    schema_: Annotated[str, StringConstraints(max_length=500)] | None = Field(
        None, alias="$schema", description="Optional reference to the published JSON Schema."
    )
    format: Literal["subcontract-chain"] = Field(description="Always `subcontract-chain`.")
    version: Literal["1.0"] = Field(description="Format version.")
    contract: Contract
    parties: list[Party] = Field(min_length=1)
    delegations: list[Delegation] = Field(default_factory=new_list)
    workers: list[Worker] = Field(default_factory=new_list)
    places: list[Place] = Field(default_factory=new_list)
