"""What a drafted document says: its fields and rows, worked out from the chain, the
profile and (for a notice) a decision, before any form is filled.

An application is drafted for each delegation that needs consent under the profile: the
delegations a consent rule of the profile covers at their tier (its conditions met, not
relieved by a part exempt from consent), as the checks decide it. Its items are those of
the item lists the profile's item rules require at that tier, each filled from the chain;
an item the chain does not answer is left as a visible blank and listed as missing, with
the JSON pointer where to fill it in. The wording follows the profile's terms (its words
for the municipality, the contractor, the consent, 再委託 and 再々委託) and who files the
application follows its submitter rule (the contractor, or the delegator).

A decision notice restates what was applied for (the delegate, the work, the period, the
personal data), the outcome in the profile's word of consent (承諾, 承認...), the
conditions with their clauses and deadlines, and the reasons.

Every value is text as it will be shown: hidden characters are written as their code
points (:func:`chain.text.visible`), lines are kept as lines, and no value is read as a
placeholder or as markup by what fills the forms.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from chain.check.catalog import catalog
from chain.check.engine import Report
from chain.check.exemptions import exempt_only
from chain.check.findings import Hit
from chain.check.preconditions import meets
from chain.check.rules.common import own_answer
from chain.check.rules.itm_items import field_value
from chain.check.wording import profile_terms
from chain.format.dates import format_era
from chain.format.model import Contact, Delegation, Document, Party
from chain.format.table_specs import TABLES
from chain.graph import ChainGraph, Edge
from chain.profiles.model import DraftForm, Profile, RuleEntry
from chain.report.checklist import document_rules, item_rules
from chain.text import visible
from chain.vocab import L, tier_label

__all__ = [
    "BLANK",
    "FIELDS",
    "DecisionInput",
    "Draft",
    "DraftError",
    "Missing",
    "application_drafts",
    "consent_edges",
    "decision_drafts",
    "format_date",
    "fullwidth",
]

#: What a field the chain does not answer shows in the form: a visible blank to write in.
BLANK = "＿＿＿＿＿＿＿＿"

Kind = Literal["application", "decision"]
Outcome = Literal["approved", "conditional", "rejected"]

_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def fullwidth(number: int | str) -> str:
    """A number in 全角 digits, as a form numbers its items.

    >>> fullwidth(12)
    '１２'
    """
    return str(number).translate(_FULLWIDTH)


def format_date(value: dt.date | None, style: str = "era") -> str:
    """A date as the profile writes it: 和暦 (``era``) or 西暦 (``western``); a blank to
    write in when there is none.

    >>> format_date(dt.date(2025, 4, 1)), format_date(dt.date(2025, 4, 1), "western")
    ('令和7年4月1日', '2025年4月1日')
    >>> format_date(None)
    '令和　　年　　月　　日'
    """
    if value is None:
        return "令和　　年　　月　　日" if style == "era" else "　　　　年　　月　　日"
    if style == "western":
        return f"{value.year}年{value.month}月{value.day}日"
    return format_era(value)


def shown(text: Any) -> str:
    """``text`` as a form shows it: each line (split at ``\\n`` only) with its hidden
    characters, other line separators included, as code points.

    >>> shown("a\\u2028b\\nc")
    'a<U+2028>b\\nc'
    """
    return "\n".join(visible(line) for line in str(text).replace("\r\n", "\n").split("\n"))


class DraftError(Exception):
    """A document cannot be drafted as asked (no such delegation, an outcome with no notice)."""

    def __init__(self, message: L):
        super().__init__(message.ja)
        self.text = message


@dataclass(frozen=True)
class Missing:
    """An item or field the chain does not answer: left blank in the document."""

    delegation: str
    field: str
    label: L
    pointer: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "delegation": self.delegation,
            "field": self.field,
            "label": self.label.to_dict(),
            "pointer": self.pointer,
        }


@dataclass
class Draft:
    """One document to fill into a form: its fields by name, its repeated rows, what is
    missing, and the form (and field map) the profile names."""

    kind: Kind
    delegation: str
    values: dict[str, str]
    rows: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    missing: list[Missing] = field(default_factory=list)
    form: DraftForm = field(default_factory=DraftForm)
    profile: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "delegation": self.delegation,
            "profile": self.profile,
            "values": dict(sorted(self.values.items())),
            "rows": self.rows,
            "missing": [m.to_dict() for m in self.missing],
        }


#: The fields a form may name, by kind of document: ``{{NAME}}`` in a form, or the value
#: of a profile's field map. The repeated rows' fields (``item.…``, ``condition.…``) fill
#: one table row per item or condition. A test holds this table to what is drafted.
_COMMON = {
    "title": L("表題（再委託承諾申請書など）", "title"),
    "subject": L("件名", "subject line"),
    "body": L("本文", "body"),
    "document.number": L("文書番号（指定がなければ空欄）", "document number (blank unless given)"),
    "document.date": L("日付（和暦または西暦）", "date (era or western, as the profile says)"),
    "addressee": L("宛先（〇〇　様）", "addressee"),
    "contract.title": L("契約件名", "contract title"),
    "contract.reference": L("契約番号", "contract number"),
    "contract.signed_on": L("契約締結日", "date signed"),
    "municipality.word": L("発注者を指す語（市、甲…）", "the profile's word for the municipality"),
    "contractor.word": L("受託者を指す語（受託者、乙…）", "the profile's word for the contractor"),
    "consent.word": L("承諾を指す語（承諾、承認…）", "the profile's word for consent"),
    "provisions.word": L("特記事項を指す語", "the profile's word for the provisions"),
    "municipality.name": L("発注者の名称", "municipality's name"),
    "municipality.address": L("発注者の所在地", "municipality's address"),
    "municipality.representative": L("発注者の代表者（市長名）", "municipality's head"),
    "municipality.contact": L("発注者の連絡先", "municipality's contact"),
    "applicant.name": L("申請者の商号又は名称", "applicant's name"),
    "applicant.address": L("申請者の所在地", "applicant's address"),
    "applicant.representative": L("申請者の代表者", "applicant's representative"),
    "applicant.contact": L("申請者の連絡先", "applicant's contact"),
    "delegation.id": L("委託のID", "delegation id"),
    "delegation.kind": L("委託の区分（再委託・再々委託）", "kind (by tier)"),
    "delegation.tier": L("段階（全角数字）", "tier (full-width digits)"),
    "delegator.name": L("委託元の名称", "delegator's name"),
    "delegate.name": L("相手方の名称", "delegate's name"),
    "delegate.address": L("相手方の所在地", "delegate's address"),
    "delegate.representative": L("相手方の代表者", "delegate's representative"),
    "delegate.contact": L("相手方の連絡先", "delegate's contact"),
    "delegation.work": L("業務の内容", "work delegated"),
    "delegation.personal_data": L("取り扱う個人情報", "personal data handled"),
    "delegation.period": L("期間（〜から〜まで）", "period (from ... to ...)"),
    "delegation.reason": L("必要とする理由", "reason"),
    "delegation.structure": L("責任体制", "responsibility structure"),
    "delegation.manager": L("責任者", "manager"),
    "delegation.staff": L("業務従事者", "staff"),
    "delegation.measures": L("保護措置", "protection measures"),
    "delegation.contract_copy": L("契約書等の写し（添付）", "contract copy (attached)"),
    "delegation.supervision": L("監督方法", "supervision"),
    "delegation.amount": L("委託金額", "amount"),
    "delegation.places": L("相手方の作業・保管場所", "the delegate's places"),
}
FIELDS: dict[str, dict[str, L]] = {
    "application": {
        **_COMMON,
        "applicant.word": L("申請者の立場（受託者・委託元）", "who applies"),
        "items.basis": L("申請事項の根拠条項", "clauses of the items"),
        "items.note": L("申請事項がないときの注記", "note where no items are required"),
        "item.number": L("申請事項の番号（全角）", "item number (full-width)"),
        "item.label": L("申請事項", "item"),
        "item.value": L("記載内容（未記入は空欄）", "what the chain says (blank if nothing)"),
        "item.clause": L("申請事項の根拠条項", "the item's clause"),
        "item.key": L("申請事項のキー", "the item's key"),
    },
    "decision": {
        **_COMMON,
        "issuer": L("発信者（市長名）", "issuer"),
        "application.reference": L("申請書の文書番号", "the application's number"),
        "application.date": L("申請日", "the application's date"),
        "outcome": L("決定（承諾・条件付承諾・不承諾）", "outcome"),
        "approved.delegate": L("対象の相手方", "delegate decided"),
        "approved.work": L("対象の業務", "work decided"),
        "approved.period": L("対象の期間", "period decided"),
        "approved.personal_data": L("対象の個人情報", "personal data decided"),
        "reasons": L("理由", "reasons"),
        "conditions.note": L("条件がないときの「なし」", "'none' where no conditions"),
        "condition.number": L("条件の番号（全角）", "condition number (full-width)"),
        "condition.text": L("条件", "condition"),
        "condition.clause": L("条件の根拠条項", "the condition's clause"),
        "condition.due": L("条件の期限", "the condition's deadline"),
    },
}


# -- which delegations, which items ----------------------------------------------------


def _consent_codes() -> frozenset[str]:
    """The rules that require the consent on a delegation (the catalogue's fact)."""
    return frozenset(d.code for d in document_rules() if d.document_parameter == "consent")


def _covering(g: ChainGraph, e: Edge, entries: list[RuleEntry]) -> list[RuleEntry]:
    """The entries whose scope covers the delegation edge ``e`` (tier and conditions)."""
    probe = Hit(e.pointer, {}, party=e.delegate, delegation=e.id)
    return [
        r
        for r in entries
        if hasattr(r.typed, "applies")
        and r.typed.applies(e.tier)
        and (r.when is None or meets(g, r.when)(probe))
    ]


def consent_edges(report: Report) -> list[Edge]:
    """The delegations that need consent under the report's profile, in file order."""
    g, profile = report.graph, report.profile
    codes = _consent_codes()
    entries = [r for r in profile.rules if r.code in codes]
    out = []
    for e in g.delegation_edges:
        if e.tier is None or e.index is None:
            continue
        if exempt_only(profile, g.chain.delegations[e.index]):
            continue
        if _covering(g, e, entries):
            out.append(e)
    return sorted(out, key=lambda e: e.index or 0)


def _item_lists(report: Report, e: Edge) -> list[tuple[str, RuleEntry]]:
    codes = item_rules()
    seen: dict[str, RuleEntry] = {}
    for r in _covering(report.graph, e, [r for r in report.profile.rules if r.code in codes]):
        seen.setdefault(r.typed.items, r)
    return list(seen.items())


def _submitter(report: Report, e: Edge) -> str:
    """Who files the application: the contractor or the delegator, as the profile's
    submitter rule says at this tier (the delegator where it says nothing)."""
    entries = [r for r in report.profile.rules if hasattr(r.typed, "submitter")]
    for r in _covering(report.graph, e, entries):
        if r.typed.submitter == "contractor":
            return report.graph.chain.contract.contractor
    return e.delegator


# -- words -----------------------------------------------------------------------------


def _tier_word(profile: Profile, tier: int | None) -> str:
    terms = profile_terms(profile)
    if tier == 2:
        return terms["delegation"].ja
    if tier == 3:
        return terms["sub_delegation"].ja
    return tier_label(tier).ja


def clause_text(profile: Profile, clause: Any) -> str:
    """A clause as a form cites it: the provisions' name and the clause (第6第2項第1号)."""
    citation = profile.cite(clause)
    label = citation.label.ja
    prefix = citation.source + " "
    if label.startswith(prefix):
        label = label[len(prefix) :]
        return profile_terms(profile)["provisions"].ja + label
    return label


def _label(ref: str) -> L:
    root, _, path = ref.partition(".")
    table = TABLES["parties" if root == "delegate" else "delegations"]
    column = table.column(path)
    if column is not None:
        return column.label
    if root == "delegate" and path == "contact":
        return L("連絡先", "contact")
    if root == "delegate" and path == "name":
        return L("名称", "name")
    return L(path, path)


def _text(value: Any, style: str) -> str | None:
    """A field's value as text, or ``None`` where it is not answered."""
    if value is None or value is False:
        return None
    if value is True:
        return "あり"
    if isinstance(value, dt.date):
        return format_date(value, style)
    if isinstance(value, list | tuple):
        listed = [shown(v) for v in value if str(v).strip()]
        return "、".join(listed) if listed else None
    if isinstance(value, Contact):
        parts: list[str | None] = [
            value.department,
            value.person,
            f"電話 {value.phone}" if value.phone else None,
            value.email,
        ]
        found = [shown(p) for p in parts if p and p.strip()]
        return "　".join(found) if found else None
    text = str(value)
    return shown(text) if text.strip() else None


def _period(start: str | None, end: str | None) -> str:
    return f"{start or BLANK}から{end or BLANK}まで"


# -- the application -------------------------------------------------------------------


def _party(g: ChainGraph, pid: str) -> Party | None:
    return g.party(pid)


def _party_fields(prefix: str, p: Party | None) -> dict[str, str]:
    def val(v: Any) -> str:
        t = _text(v, "era")
        return t if t is not None else BLANK

    if p is None:
        return {f"{prefix}.{k}": BLANK for k in ("name", "address", "representative", "contact")}
    return {
        f"{prefix}.name": val(p.name),
        f"{prefix}.address": val(p.address),
        f"{prefix}.representative": val(p.representative),
        f"{prefix}.contact": val(p.contact),
    }


def _addressee(p: Party | None) -> str:
    if p is None:
        return BLANK + "　様"
    head = p.representative if p.representative and p.representative.strip() else None
    if p.kind == "municipality":
        return shown(head or p.name) + "　様"
    return shown(p.name) + ("　" + shown(head) if head else "") + "　様"


def _common(
    report: Report, e: Edge, style: str, number: str | None, on: dt.date | None
) -> dict[str, str]:
    g, profile = report.graph, report.profile
    chain = g.chain
    contract = chain.contract
    terms = profile_terms(profile)
    delegation = chain.delegations[e.index or 0]
    period = delegation.period
    values = {
        "document.number": shown(number) if number else "第　　　　号",
        "document.date": format_date(on, style),
        "contract.title": shown(contract.title),
        "contract.reference": shown(contract.reference) if contract.reference else BLANK,
        "contract.signed_on": format_date(contract.signed_on, style),
        "municipality.word": terms["municipality"].ja,
        "contractor.word": terms["contractor"].ja,
        "consent.word": terms["consent"].ja,
        "provisions.word": terms["provisions"].ja,
        "delegation.id": shown(delegation.id),
        "delegation.kind": _tier_word(profile, e.tier),
        "delegation.tier": fullwidth(e.tier or 0),
        "delegator.name": shown(g.party_name(e.delegator)),
        "delegation.work": _text(delegation.work, style) or BLANK,
        "delegation.personal_data": _text(delegation.personal_data, style) or BLANK,
        "delegation.period": _period(
            format_date(period.start, style) if period and period.start else None,
            format_date(period.end, style) if period and period.end else None,
        ),
        "delegation.reason": _text(delegation.reason, style) or BLANK,
        "delegation.supervision": _text(delegation.supervision, style) or BLANK,
    }
    resp, prot = delegation.responsibility, delegation.protection
    places = [pl for pl in chain.places if pl.party == e.delegate]
    values.update(
        {
            "delegation.structure": _text(resp.structure if resp else None, style) or BLANK,
            "delegation.manager": _text(resp.manager if resp else None, style) or BLANK,
            "delegation.staff": _text(resp.staff if resp else None, style) or BLANK,
            "delegation.measures": _text(prot.measures if prot else None, style) or BLANK,
            "delegation.contract_copy": "添付" if prot and prot.contract_copy else BLANK,
            "delegation.amount": (
                f"{delegation.amount:,}円" if delegation.amount is not None else BLANK
            ),
            "delegation.places": "\n".join(
                shown(pl.name) + (f"（{shown(pl.address)}）" if pl.address else "") for pl in places
            )
            or BLANK,
        }
    )
    values.update(_party_fields("delegate", _party(g, e.delegate)))
    values.update(_party_fields("municipality", _party(g, contract.municipality)))
    values["addressee"] = _addressee(_party(g, contract.municipality))
    return values


def _item_value(
    g: ChainGraph, e: Edge, d: Delegation, refs: list[str], style: str
) -> tuple[str, list[tuple[str, str]]]:
    """An item's text, and the fields it misses (reference, pointer)."""
    texts: list[tuple[str, str | None, str]] = []
    for ref in refs:
        value, pointer = field_value(g, e, d, ref)
        texts.append((ref, _text(value, style), pointer))
    missing = [(ref, ptr) for ref, t, ptr in texts if t is None]
    ends = {
        ref.rsplit(".", 1)[-1]: t for ref, t, _p in texts if ref.startswith("delegation.period.")
    }
    if len(refs) == 2 and set(ends) == {"start", "end"}:
        return _period(ends["start"], ends["end"]), missing
    if len(texts) == 1:
        return texts[0][1] or BLANK, missing
    lines = [f"{_label(ref).ja}：{t if t is not None else BLANK}" for ref, t, _p in texts]
    return "\n".join(lines), missing


def application_drafts(
    report: Report,
    *,
    delegation: str | None = None,
    number: str | None = None,
    on: dt.date | None = None,
) -> list[Draft]:
    """The application of each delegation that needs consent (or of the one named).

    Raises :class:`DraftError` when the delegation named is not in the chain, or needs no
    consent under the profile.
    """
    g, profile = report.graph, report.profile
    edges = consent_edges(report)
    if delegation is not None:
        known = {e.id for e in g.delegation_edges}
        if delegation not in known:
            raise DraftError(
                L(
                    f"チェーンにない委託です: {visible(delegation)}",
                    f"No such delegation in the chain: {visible(delegation)}",
                )
            )
        edges = [e for e in edges if e.id == delegation]
        if not edges:
            raise DraftError(
                L(
                    f"委託 {visible(delegation)} はこのプロファイルでは承諾を要しません（申請書は作成しません）。",
                    f"Delegation {visible(delegation)} needs no consent under this profile "
                    "(no application to draft).",
                )
            )
    style = profile.drafts.dates
    terms = profile_terms(profile)
    out: list[Draft] = []
    for e in edges:
        d = g.chain.delegations[e.index or 0]
        values = _common(report, e, style, number, on)
        kind = values["delegation.kind"]
        consent = terms["consent"].ja
        applicant = _party(g, _submitter(report, e))
        values.update(_party_fields("applicant", applicant))
        values["applicant.word"] = (
            terms["contractor"].ja
            if applicant is not None and applicant.id == g.chain.contract.contractor
            else L("委託元", "delegator").ja
        )
        values["title"] = f"{kind}{consent}申請書"
        values["subject"] = f"{kind}の{consent}について（申請）"
        rows: list[dict[str, str]] = []
        missing: list[Missing] = []
        lists = _item_lists(report, e)
        cited: list[str] = []
        for list_key, entry in lists:
            item_list = profile.item_lists[list_key]
            cited.extend(clause_text(profile, c) for c in entry.clause)
            for item in item_list.items:
                if item.own:
                    answer = own_answer(d, item.key)
                    text = shown(answer) if answer is not None else BLANK
                    gaps = [] if answer is not None else [("items." + item.key, "")]
                    pointer = f"{e.pointer}/items/{item.key}"
                    gaps = [(ref, pointer) for ref, _p in gaps]
                else:
                    text, gaps = _item_value(g, e, d, list(item.fields), style)
                rows.append(
                    {
                        "item.number": fullwidth(len(rows) + 1),
                        "item.label": item.label.ja,
                        "item.value": text,
                        "item.clause": clause_text(profile, item.clause),
                        "item.key": item.key,
                    }
                )
                for ref, pointer in gaps:
                    missing.append(Missing(d.id, ref, item.label, pointer))
        basis = "・".join(dict.fromkeys(cited))
        values["items.basis"] = basis or terms["provisions"].ja
        by = f"{basis}の規定により" if basis else ""
        values["body"] = (
            f"{values['contract.title']}について、下記のとおり{kind}をしたいので、"
            f"{by}{consent}を申請します。"
        )
        if not rows:
            values["items.note"] = (
                f"（この{terms['provisions'].ja}は申請書に記載する事項を定めていません。）"
            )
        else:
            values["items.note"] = ""
        out.append(
            Draft(
                "application",
                d.id,
                values,
                {"item": rows},
                missing,
                profile.drafts.application,
                profile.id,
            )
        )
    return out


# -- the decision notice ---------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    text: str
    clause: str | None = None
    due: dt.date | None = None


@dataclass(frozen=True)
class DecisionInput:
    """A decision as a notice restates it (from the case store, or a file for scripts)."""

    outcome: Outcome
    delegations: tuple[str, ...] | None = None
    """The delegations decided; ``None``: every delegation that needs consent."""
    number: str | None = None
    date: dt.date | None = None
    conditions: tuple[Condition, ...] = ()
    reasons: str = ""
    reason_clauses: tuple[str, ...] = ()
    reason_codes: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    application_reference: str | None = None
    application_date: dt.date | None = None

    @classmethod
    def from_dict(cls, data: Any) -> DecisionInput:
        """Read a decision from plain data (a JSON or TOML file, the case store's record);
        raises :class:`DraftError` with what is wrong."""
        if not isinstance(data, dict):
            raise DraftError(
                L("決定は表（オブジェクト）で書いてください。", "A decision is a table.")
            )
        outcome = data.get("outcome")
        if outcome not in ("approved", "conditional", "rejected"):
            raise DraftError(
                L(
                    "outcome は approved（承諾）、conditional（条件付承諾）、rejected（不承諾）のどれかです"
                    f"（{visible(repr(outcome))}）。",
                    "outcome is one of approved, conditional, rejected "
                    f"({visible(repr(outcome))}).",
                )
            )
        reasons = data.get("reasons")
        reason_text = ""
        clauses: tuple[str, ...] = ()
        codes: tuple[str, ...] = ()
        if isinstance(reasons, dict):
            reason_text = str(reasons.get("text") or "")
            clauses = tuple(str(c) for c in reasons.get("clauses") or ())
            codes = tuple(str(c) for c in reasons.get("codes") or ())
        elif reasons is not None:
            reason_text = str(reasons)
        conds = []
        for c in data.get("conditions") or ():
            if not isinstance(c, dict) or not str(c.get("text") or "").strip():
                raise DraftError(L("条件には文（text）が要ります。", "A condition needs its text."))
            conds.append(
                Condition(
                    str(c["text"]),
                    str(c["clause"]) if c.get("clause") else None,
                    _day(c.get("due"), "due"),
                )
            )
        if outcome == "conditional" and not conds:
            raise DraftError(
                L("条件付承諾には条件が要ります。", "A conditional approval needs its conditions.")
            )
        edges = data.get("delegations")
        return cls(
            outcome=outcome,
            delegations=tuple(str(x) for x in edges) if isinstance(edges, list) else None,
            number=str(data["number"]) if data.get("number") else None,
            date=_day(data.get("date"), "date"),
            conditions=tuple(conds),
            reasons=reason_text,
            reason_clauses=clauses,
            reason_codes=codes,
            valid_from=_day(data.get("valid_from"), "valid_from"),
            valid_until=_day(data.get("valid_until"), "valid_until"),
            application_reference=(
                str(data["application_reference"]) if data.get("application_reference") else None
            ),
            application_date=_day(data.get("application_date"), "application_date"),
        )


def _day(value: Any, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return _local(value)
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if len(text) > 10:  # a moment (the case store's decided_at): its day in Japan
        try:
            return _local(dt.datetime.fromisoformat(text))
        except ValueError:
            pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise DraftError(
            L(
                f"{what} は YYYY-MM-DD の日付にしてください: {visible(text)!r}",
                f"{what} must be a YYYY-MM-DD date: {visible(text)!r}",
            )
        ) from None


#: Japan Standard Time: a decision recorded at a moment is dated by its day in Japan.
_JST = dt.timezone(dt.timedelta(hours=9))


def _local(moment: dt.datetime) -> dt.date:
    return (moment if moment.tzinfo is None else moment.astimezone(_JST)).date()


def _application(d: Delegation) -> Document | None:
    """The delegation's latest application on record (the one a notice answers)."""
    found = [doc for doc in d.documents if doc.kind == "application"]
    dated = [doc for doc in found if doc.date is not None]
    if dated:
        return max(dated, key=lambda doc: doc.date or dt.date.min)
    return found[-1] if found else None


def decision_drafts(report: Report, decision: DecisionInput) -> list[Draft]:
    """The notice of ``decision``, one per delegation it decides."""
    g, profile = report.graph, report.profile
    if decision.delegations is None:
        edges = consent_edges(report)
    else:
        by_id = {e.id: e for e in g.delegation_edges}
        unknown = [x for x in decision.delegations if x not in by_id]
        if unknown:
            raise DraftError(
                L(
                    f"チェーンにない委託です: {visible(', '.join(unknown))}",
                    f"No such delegation in the chain: {visible(', '.join(unknown))}",
                )
            )
        edges = [by_id[x] for x in decision.delegations]
    if not edges:
        raise DraftError(
            L(
                "通知する委託がありません（承諾を要する委託がありません）。",
                "No delegation to give notice of (none needs consent).",
            )
        )
    style = profile.drafts.dates
    terms = profile_terms(profile)
    consent = terms["consent"].ja
    outcome_word = {
        "approved": consent,
        "conditional": f"条件付{consent}",
        "rejected": f"不{consent}",
    }[decision.outcome]
    out = []
    for e in edges:
        d = g.chain.delegations[e.index or 0]
        values = _common(report, e, style, decision.number, decision.date)
        kind = values["delegation.kind"]
        applicant = _party(g, _submitter(report, e))
        values.update(_party_fields("applicant", applicant))
        values["addressee"] = _addressee(applicant)
        issuer = _party(g, g.chain.contract.municipality)
        values["issuer"] = (
            shown(issuer.representative)
            if issuer is not None and issuer.representative
            else shown(issuer.name)
            if issuer is not None
            else BLANK
        )
        application = _application(d)
        ref = decision.application_reference or (application.reference if application else None)
        day = decision.application_date or (application.date if application else None)
        values["application.reference"] = shown(ref) if ref else BLANK
        values["application.date"] = format_date(day, style) if day else format_date(None, style)
        values["outcome"] = outcome_word
        values["title"] = f"{kind}の{outcome_word}通知書"
        values["subject"] = f"{kind}の{consent}について（通知）"
        answered = (
            f"{values['application.date']}付け{values['application.reference']}で申請のあった"
        )
        if decision.outcome == "rejected":
            values["body"] = f"{answered}{kind}については、下記の理由により{consent}しません。"
        elif decision.outcome == "conditional":
            values["body"] = f"{answered}{kind}については、下記の条件を付して{consent}します。"
        else:
            values["body"] = f"{answered}{kind}については、下記のとおり{consent}します。"
        values["approved.delegate"] = values["delegate.name"]
        values["approved.work"] = values["delegation.work"]
        personal = d.personal_data
        values["approved.personal_data"] = _text(personal, style) or BLANK
        period = d.period
        start = decision.valid_from or (period.start if period else None)
        end = decision.valid_until or (period.end if period else None)
        values["approved.period"] = _period(
            format_date(start, style) if start else None,
            format_date(end, style) if end else None,
        )
        reasons = [shown(decision.reasons)] if decision.reasons.strip() else []
        if decision.reason_clauses:
            reasons.append("根拠: " + "、".join(shown(c) for c in decision.reason_clauses))
        if decision.reason_codes:
            rules = catalog()
            reasons.append(
                "確認結果: "
                + "、".join(
                    shown(c) + (f"（{rules[c].title.ja}）" if c in rules else "")
                    for c in decision.reason_codes
                )
            )
        values["reasons"] = "\n".join(reasons) if reasons else "なし"
        rows = [
            {
                "condition.number": fullwidth(n),
                "condition.text": shown(c.text),
                "condition.clause": shown(c.clause) if c.clause else "",
                "condition.due": format_date(c.due, style) if c.due else "",
            }
            for n, c in enumerate(decision.conditions, 1)
        ]
        values["conditions.note"] = "" if rows else "なし"
        out.append(
            Draft(
                "decision",
                d.id,
                values,
                {"condition": rows},
                [],
                profile.drafts.decision,
                profile.id,
            )
        )
    return out
