"""The reasoning of an assessment, worded: every sentence a trace, a note or an exposure says.

The assessment (:mod:`chain.liability.assess`) decides; this module words what it
decided, in Japanese and English, from the names and labels it is given. Kept in one
place so that the words can be read, reviewed and changed together, apart from the
logic; user text (names, ids) arrives here already as it is to be shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from chain.check.findings import Finding
from chain.vocab import L
from chain.vocab import tier_label as _tier_label

__all__ = [
    "AT_MUNICIPALITY",
    "FLOW_DOWN",
    "JOINT_CLAIM",
    "NO_CONTRACTOR",
    "TERMINATION",
    "Around",
    "ambiguous_id",
    "delegate_acts",
    "direct",
    "dispatch_agency",
    "dispatched_worker",
    "fault",
    "general_law",
    "joint",
    "non_regular",
    "other_paths",
    "own_breach",
    "path",
    "path_extended",
    "penal",
    "placed_at_party",
    "recourse",
    "staff_of",
    "statutory_duty",
    "template_silent",
    "tort_at_party",
    "tort_of_worker",
    "unknown_id",
    "unreached",
    "worker_at",
    "worker_host_missing",
]

#: Tier names are asked for by every assessment; the texts are immutable.
tier_label = lru_cache(maxsize=256)(_tier_label)


# -- placing the incident ---------------------------------------------------------------


def ambiguous_id(shown: str) -> L:
    return L(
        f"「{shown}」は当事者と従事者の両方の id です。party:{shown} または worker:{shown} と指定してください。",
        f"“{shown}” is both a party id and a worker id; say party:{shown} or worker:{shown}.",
    )


def dispatch_agency(name: str, workers: Sequence[tuple[str, str]]) -> L:
    """An incident at an agency: ``workers`` are its dispatched workers (id, host name)."""
    listed = "、".join(f"{w}（{host}）" for w, host in workers) or "なし"
    listed_en = ", ".join(f"{w} ({host})" for w, host in workers) or "none"
    return L(
        f"{name}は派遣元で、委託された業務を行いません。派遣労働者による事故は、指揮命令する派遣先に"
        f"帰属します。従事者の id を指定してください（この派遣元の派遣労働者: {listed}）。",
        f"{name} is a dispatch agency and does none of the delegated work; an incident by a "
        "dispatched worker attaches to the host that directs them. Give the worker's id "
        f"(workers dispatched by it: {listed_en}).",
    )


def worker_host_missing(worker: str, host: str) -> L:
    return L(
        f"従事者 {worker} の就業先 {host} が当事者にありません。",
        f"Worker {worker} works at {host}, which is not a party.",
    )


def unknown_id(shown: str) -> L:
    return L(
        f"「{shown}」という当事者・従事者はありません。",
        f"No party or worker with id “{shown}”.",
    )


NO_CONTRACTOR = L(
    "契約の受託者が当事者にないため、責任を判断できません。",
    "The contract names no contractor among the parties.",
)


def dispatched_worker(worker: str, agency: str, host: str) -> L:
    return L(
        f"{worker}は{agency}から派遣され、{host}の指揮命令を受けて働く派遣労働者です。"
        f"事故は派遣元ではなく、指揮命令する派遣先の{host}に帰属させて検討します。",
        f"{worker} is dispatched by {agency} and directed by {host}; "
        f"the incident attaches to the host that directs the worker, not to the agency.",
    )


def worker_at(worker: str, employment: L, host: str) -> L:
    return L(
        f"{worker}（{employment.ja}）は{host}で働く従事者です。"
        f"事故は{host}に帰属させて検討します。",
        f"{worker} ({employment.en}) works at {host}; the incident attaches to {host}.",
    )


def placed_at_party(name: str, tier: int | None) -> L:
    """The first trace step of an incident at a party called ``name`` at ``tier``."""
    where, where_en = _where(tier)
    return L(
        f"事故は{name}で起きたものとして検討します（{where}）。",
        f"The incident is taken to happen at {name} ({where_en}).",
    )


@lru_cache(maxsize=256)
def _where(tier: int | None) -> tuple[str, str]:
    """How the first trace step names a party's place in the chain (immutable texts)."""
    if tier and tier > 1:
        label = tier_label(tier)
        return label.ja, label.en
    return "受託者", "the contractor"


# -- the path ------------------------------------------------------------------------------


def path(names: Sequence[str]) -> L:
    """The parties of a path, from the municipality down."""
    return L("経路: " + " → ".join(names), "Path: " + " → ".join(names))


def path_extended(head: L, name: str) -> L:
    """:func:`path` with one party more at its end."""
    return L(f"{head.ja} → {name}", f"{head.en} → {name}")


def other_paths(host: str, delegators: Sequence[str]) -> L:
    """A note when ``delegators`` other than the path's last one also reach ``host``."""
    ja, en = "、".join(delegators), ", ".join(delegators)
    return L(
        f"{host}は{ja}からも委託を受けています（CHN006）。事故がどの委託の業務で起きたかに"
        "よっては、その経路の当事者も責任を負い得ます。ここでは最も短い経路で検討しています。",
        f"{host} is also delegated work by {en} (CHN006). Depending on which work "
        "the incident was in, parties on that path may answer too; the shortest path is assessed here.",
    )


AT_MUNICIPALITY = L(
    "発注者自身での事故であり、受託者の責任は問題になりません。",
    "The incident is at the municipality itself; no contractor answers.",
)


def unreached(host: str) -> L:
    return L(
        f"{host}はどの委託からも到達しません。委託関係の外で業務に関わっています。",
        f"No delegation reaches {host}: it took part outside the chain.",
    )


# -- the contractor's capacities -------------------------------------------------------------


def direct(contractor: str) -> L:
    return L(
        f"{contractor}は発注者と契約を結んだ受託者です。特記事項の義務に違反して発注者に損害を与えれば、"
        "損害賠償の条項と債務不履行（民法第415条）により直接責任を負います。",
        f"{contractor} is the contractor, party to the contract: a breach of the provisions causing "
        "loss makes it liable directly under the damages clause and Civil Code art. 415.",
    )


def template_silent(kind: L) -> L:
    return L(
        f"テンプレートは{kind.ja}先の行為についての受託者の責任を定めていません。",
        f"The template says nothing of the contractor's liability for a {kind.en} delegate.",
    )


def general_law(contractor: str, host: str) -> L:
    return L(
        f"{contractor}は債務の履行のために{host}を使っており、その者の行為について一般の契約法"
        "（民法第415条、履行補助者）により責任を負うと考えられます。特記事項の条項ではありません。",
        f"{contractor} uses {host} to perform its obligations and answers for it under general "
        "contract law (Civil Code art. 415); this is not a clause of the provisions.",
    )


def joint(members: Sequence[str]) -> L:
    listed = "、".join(members)
    return L(
        f"テンプレートは、受託者が再委託等の相手方の行為について相手方と連帯して責任を負うと定め、"
        f"二以上の段階にわたる委託も再委託等に含めています。経路上の{listed}が連帯して責任を負います。",
        "The template makes the contractor answer jointly and severally with its delegates, "
        f"multi-stage delegation included: {listed} answer jointly.",
    )


JOINT_CLAIM = L(
    "発注者は連帯債務者のいずれに対しても全部の履行を請求できます（民法第436条）。",
    "The municipality may claim the whole from any of them (Civil Code art. 436).",
)


class Around(NamedTuple):
    """A sentence with a party's name in the middle, its two halves in each language
    worked out once (the same for every delegate at a tier)."""

    ja_before: str
    ja_after: str
    en_before: str
    en_after: str

    def around(self, name: str) -> L:
        return L(f"{self.ja_before}{name}{self.ja_after}", f"{self.en_before}{name}{self.en_after}")


def delegate_acts(contractor: str, kind: L) -> Around:
    """The contractor answers for the acts of the delegate named in the middle."""
    return Around(
        f"テンプレートにより、{contractor}は{kind.ja}先である",
        "の行為について、再委託契約の内容にかかわらず発注者に責任を負います。",
        f"Under the template {contractor} answers to the municipality for the acts of ",
        f", its {kind.en} delegate, whatever the subcontract says.",
    )


def non_regular(worker: str, employment: L, contractor: str) -> L:
    return L(
        f"{worker}は正社員以外の労働者（{employment.ja}）です。"
        f"テンプレートにより、{contractor}はその行為すべてとその結果について発注者に責任を負います。",
        f"{worker} is not a regular employee ({employment.en}); under the "
        f"template {contractor} answers for all their acts and results.",
    )


TERMINATION = L("契約の解除", "termination")


def fault(finding: Finding) -> L:
    """A finding that is the contractor's own breach, with the clause it rests on."""
    label = finding.citations[0].label
    message = finding.message
    return L(
        f"{finding.code}: {message.ja}（{label.ja}）",
        f"{finding.code}: {message.en} ({label.en})",
    )


def own_breach(contractor: str, termination: L) -> L:
    return L(
        f"これらは{contractor}自身の特記事項違反です。発注者は{termination.ja}と損害賠償を求めることができます。",
        f"These are {contractor}'s own breaches of the provisions, opening {termination.en} "
        "and a claim for damages.",
    )


# -- the other parties on the path ---------------------------------------------------------


def recourse(delegate: str, delegator: str) -> L:
    return L(
        f"{delegate}は発注者と契約を結んでいません。{delegator}との再委託契約により{delegator}に対して責任を負い、"
        f"{delegator}はそれを前提に{delegate}に求償することになります。",
        f"{delegate} has no contract with the municipality; it answers to {delegator} under their subcontract, "
        f"and {delegator} may seek recourse from it.",
    )


FLOW_DOWN = L(
    "テンプレートは特記事項の義務を再委託先に課すことを求めており、その義務が再委託契約の内容になります。",
    "The template requires the provisions' obligations to be imposed on the delegate, so they are "
    "terms of that subcontract.",
)


# -- exposure outside the template -------------------------------------------------------------


def tort_of_worker(worker: str, agency: str | None, host: str) -> L:
    """Employer's liability for a worker's act; ``agency`` if the worker is dispatched."""
    extra = (
        L(f"派遣元の{agency}ではなく、", f"not the agency {agency}, but ")
        if agency is not None
        else L("", "")
    )
    return L(
        f"{worker}の行為が業務の執行について第三者に損害を与えた場合、{extra.ja}指揮命令する"
        f"{host}が使用者として責任を負い得ます（事実による）。",
        f"If {worker}'s act in the course of the work harms others, {extra.en}{host}, which directs "
        "the worker, may be liable as employer (depends on the facts).",
    )


def tort_at_party(host: str) -> L:
    return L(
        f"事故を起こした者を{host}が使用していれば、{host}は使用者として責任を負い得ます（事実による）。",
        f"If {host} employs whoever caused the incident, it may be liable as employer "
        "(depends on the facts).",
    )


def penal(who_ja: str, who_en: str, host: str) -> L:
    """Penal provisions for ``who`` (the person, or a party's staff, :func:`staff_of`) and
    fines on ``host``."""
    return L(
        f"{who_ja}が個人情報ファイルや個人情報を不正に提供・盗用した場合は本人に罰則があり"
        f"（第176条、第180条）、従業者の違反によっては{host}にも罰金が科され得ます（第184条）。事実によります。",
        f"If {who_en} unlawfully provides or steals personal information files or data, penalties apply "
        f"to the individual (arts. 176, 180), and fines may reach {host} for its staff's offences "
        "(art. 184). Depends on the facts.",
    )


def staff_of(host: str) -> tuple[str, str]:
    """Who a penal provision reaches for an incident at a party: its staff."""
    return f"{host}の従事者", f"someone working at {host}"


def statutory_duty(name: str) -> L:
    return L(
        f"{name}は発注者の個人情報を扱う業務の委託を受けた者として、"
        "法令上の安全管理措置の義務を負います（どの段階でも同じ）。",
        f"{name}, entrusted with handling the municipality's personal "
        "data, owes the statutory duty of safe management (at every tier).",
    )
