"""The editor's tables: which columns each list of the chain shows, and their labels.

A column is a field of the record addressed by a dotted path
(``contact.phone``), with the kind of cell the editor offers: text (also
used for numbers and dates, so that whatever is typed is kept), a
checkbox, a list, or a choice among the format's values with their
Japanese and English labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from chain.vocab import DOCUMENT_KINDS, EMPLOYMENTS, PARTY_KINDS, PLACE_KINDS, PROVISIONS, ROLES, L

__all__ = ["EXTRA", "PARENT_BASES", "TABLES", "Column", "Kind", "TableSpec"]

Kind = Literal["text", "int", "float", "bool", "list", "enum", "enum_list"]

#: Hidden column carrying what a row holds beyond the table's columns (JSON text).
EXTRA = "_extra"

PARENT_BASES = {
    "voting_rights": L("議決権の過半数", "majority of voting rights"),
    "substantive_control": L("実質的な支配", "control in substance"),
}


@dataclass(frozen=True)
class Column:
    """A column of a table: a field of the record, addressed by a dotted path."""

    path: str
    label: L
    kind: Kind = "text"
    options: Mapping[str, L] | None = None
    """Allowed values and their labels, for ``enum`` and ``enum_list`` columns."""

    @property
    def keys(self) -> list[str]:
        return self.path.split(".")


@dataclass(frozen=True)
class TableSpec:
    """A table of the editor: where its records live and which columns it shows."""

    name: str
    label: L
    columns: tuple[Column, ...]
    nested: bool = False
    """Records live inside a delegation (``delegations/N/documents``)."""
    single: bool = False
    """One record, not a list (the contract)."""

    def column(self, path: str) -> Column | None:
        return next((c for c in self.columns if c.path == path), None)


def _c(path: str, ja: str, en: str, kind: Kind = "text", options=None) -> Column:
    return Column(path, L(ja, en), kind, options)


TABLES: dict[str, TableSpec] = {
    "contract": TableSpec(
        "contract",
        L("契約", "Contract"),
        (
            _c("title", "契約件名", "title"),
            _c("reference", "契約番号", "reference"),
            _c("template", "特記事項のテンプレート", "template"),
            _c("municipality", "発注者（ID）", "municipality (id)"),
            _c("contractor", "受託者（ID）", "contractor (id)"),
            _c("work", "業務の内容", "work"),
            _c("period.start", "契約期間（開始）", "period start"),
            _c("period.end", "契約期間（終了）", "period end"),
            _c("personal_data", "個人情報の項目", "personal data", "list"),
            _c(
                "specific_personal_information",
                "特定個人情報を含む",
                "includes My Number data",
                "bool",
            ),
            _c("pledges_instructed", "誓約書の提出を指示済み", "pledges instructed", "bool"),
            _c("signed_on", "契約締結日", "signed on"),
            _c("as_of", "基準日（体制の時点）", "as of (date described)"),
            _c("note", "備考", "note"),
        ),
        single=True,
    ),
    "parties": TableSpec(
        "parties",
        L("事業者・発注者", "Parties"),
        (
            _c("id", "ID", "id"),
            _c("kind", "種別", "kind", "enum", PARTY_KINDS),
            _c("name", "名称", "name"),
            _c("corporate_number", "法人番号", "corporate number"),
            _c("representative", "代表者", "representative"),
            _c("address", "所在地", "address"),
            _c("contact.department", "連絡先（部署）", "contact department"),
            _c("contact.person", "連絡先（担当者）", "contact person"),
            _c("contact.phone", "連絡先（電話）", "contact phone"),
            _c("contact.email", "連絡先（メール）", "contact email"),
            _c("parent.party", "親会社（ID）", "parent company (id)"),
            _c("parent.basis", "支配の根拠", "basis of control", "enum", PARENT_BASES),
            _c("parent.voting_share_percent", "議決権割合（%）", "voting share (%)", "float"),
            _c("note", "備考", "note"),
        ),
    ),
    "delegations": TableSpec(
        "delegations",
        L("委託（再委託・再々委託）", "Delegations"),
        (
            _c("id", "ID", "id"),
            _c("delegator", "委託元（ID）", "delegator (id)"),
            _c("delegate", "委託先（ID）", "delegate (id)"),
            _c("work", "業務の内容", "work"),
            _c("personal_data", "取り扱う個人情報", "personal data", "list"),
            _c("period.start", "期間（開始）", "period start"),
            _c("period.end", "期間（終了）", "period end"),
            _c("reason", "必要とする理由", "reason"),
            _c("responsibility.structure", "責任体制", "responsibility structure"),
            _c("responsibility.manager", "責任者", "manager"),
            _c("responsibility.staff", "業務従事者", "staff", "list"),
            _c("protection.measures", "保護措置", "protection measures"),
            _c("protection.contract_copy", "契約書の写し添付", "contract copy attached", "bool"),
            _c("supervision", "監督方法", "supervision"),
            _c("note", "備考", "note"),
        ),
    ),
    "documents": TableSpec(
        "documents",
        L("書類", "Documents"),
        (
            _c("kind", "種類", "kind", "enum", DOCUMENT_KINDS),
            _c("date", "日付", "date"),
            _c("reference", "文書番号・件名", "reference"),
            _c("submitted_by", "提出者（ID）", "submitted by (id)"),
            _c("issued_by", "発行者（ID）", "issued by (id)"),
            _c("delegate", "相手方（ID）", "delegate named (id)"),
            _c("delegate_name", "相手方の名称", "delegate's name as stated"),
            _c("personal_data", "承諾した個人情報", "personal data approved", "list"),
            _c("valid_from", "承諾の始期", "valid from"),
            _c("valid_until", "承諾の期限", "valid until"),
            _c(
                "provisions",
                "再委託契約で課した事項",
                "provisions imposed",
                "enum_list",
                PROVISIONS,
            ),
            _c("note", "備考", "note"),
        ),
        nested=True,
    ),
    "workers": TableSpec(
        "workers",
        L("従事者", "Workers"),
        (
            _c("id", "ID", "id"),
            _c("name", "氏名・班名", "name"),
            _c("count", "人数", "count", "int"),
            _c("party", "所属（ID）", "party (id)"),
            _c("employment", "雇用形態", "employment", "enum", EMPLOYMENTS),
            _c("dispatched_from", "派遣元（ID）", "dispatched from (id)"),
            _c("dispatched_to", "派遣契約の派遣先（ID）", "dispatched to (id)"),
            _c("directed_by", "指揮命令する事業者（ID）", "directed by (id)"),
            _c("roles", "役割", "roles", "enum_list", ROLES),
            _c("start", "従事開始日", "start"),
            _c("replaces", "交替した前任者（ID）", "takes over from (id)"),
            _c("approved_on", "従事者承認日", "approved on"),
            _c("pledge_on", "誓約書の日付", "pledge on"),
            _c("trained_on", "研修日", "trained on"),
            _c("penal_notice_on", "罰則の教示日", "penal notice on"),
            _c("briefed_on", "周知日", "briefed on"),
            _c("note", "備考", "note"),
        ),
    ),
    "places": TableSpec(
        "places",
        L("作業場所・保管場所", "Places"),
        (
            _c("id", "ID", "id"),
            _c("name", "名称", "name"),
            _c("kind", "種別", "kind", "enum", PLACE_KINDS),
            _c("party", "使用する事業者（ID）", "party (id)"),
            _c("address", "所在地", "address"),
            _c("provider", "クラウド事業者・サービス", "cloud provider"),
            _c("used_from", "使用開始日", "used from"),
            _c("approved_on", "承認日", "approved on"),
            _c("notified_on", "届出日", "notified on"),
            _c("note", "備考", "note"),
        ),
    ),
}
