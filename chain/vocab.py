"""Domain vocabulary in Japanese and English.

One place for the words the tool shows: tier names, party kinds, roles,
employment types, document kinds. Messages, the CLI, the app and the
diagrams all take their labels from here.

>>> tier_label(2).ja, tier_label(3).en
('再委託', 'sub-subcontract (tier 3)')
>>> tier_label(5).ja
'5次委託'
"""

from __future__ import annotations

from collections.abc import Iterable

from chain._perf.quick_init import quick_dataclass

__all__ = [
    "DOCUMENT_KINDS",
    "EMPLOYMENTS",
    "LANGS",
    "LIST_SEPARATOR",
    "PARTY_KINDS",
    "PLACE_KINDS",
    "PROVISIONS",
    "ROLES",
    "SEVERITIES",
    "L",
    "join_labels",
    "tier_label",
]

LANGS = ("ja", "en")


@quick_dataclass
class L:
    """A text in Japanese and English."""

    ja: str
    en: str

    def __call__(self, lang: str = "ja") -> str:
        return self.en if lang == "en" else self.ja

    def __str__(self) -> str:
        return self.ja

    def to_dict(self) -> dict[str, str]:
        return {"ja": self.ja, "en": self.en}


#: How a list of labels is written out: 「A、B」, "A; B".
LIST_SEPARATOR = L("、", "; ")


def join_labels(labels: Iterable[str], lang: str = "ja") -> str:
    """``labels`` as one text in ``lang``: ``join_labels(["A", "B"], "en") == "A; B"``."""
    return LIST_SEPARATOR(lang).join(labels)


def tier_label(tier: int | None) -> L:
    """Name of a delegation at ``tier`` (1 = the contract itself)."""
    if tier is None:
        return L("経路不明の委託", "delegation off the chain")
    if tier <= 1:
        return L("委託", "contract (tier 1)")
    if tier == 2:
        return L("再委託", "subcontract (tier 2)")
    if tier == 3:
        return L("再々委託", "sub-subcontract (tier 3)")
    return L(f"{tier}次委託", f"tier-{tier} delegation")


PARTY_KINDS = {
    "municipality": L("発注者（自治体）", "municipality"),
    "company": L("事業者", "company"),
    "dispatch_agency": L("派遣元", "dispatch agency"),
}
ROLES = {
    "work_lead": L("作業責任者", "work lead"),
    "operator": L("作業従事者", "operator"),
    "info_manager": L("情報管理責任者", "information manager"),
}
EMPLOYMENTS = {
    "regular": L("正社員", "regular employee"),
    "contract": L("契約社員", "contract employee"),
    "part_time": L("パート・アルバイト", "part-time"),
    "temporary": L("臨時", "temporary"),
    "dispatched": L("派遣労働者", "dispatched worker"),
    "executive": L("役員", "executive"),
    "other": L("その他", "other"),
}
DOCUMENT_KINDS = {
    "application": L("申請書", "application"),
    "approval": L("承諾書", "approval"),
    "notification": L("届出", "notification"),
    "terms_report": L("再委託契約内容の報告", "report of subcontract terms"),
    "flow_down": L("義務を遵守させる再委託契約", "flow-down of obligations"),
    "guidance": L("確認・指導の記録", "record of guidance"),
}
PROVISIONS = {
    "obligations": L("特記事項の義務の遵守", "all obligations of the provisions"),
    "supervision": L("監督の方法", "how the delegate is supervised"),
    "safety_management": L("安全管理の方法", "how data is kept safe"),
}
PLACE_KINDS = {
    "work": L("作業場所", "work place"),
    "storage": L("保管場所", "storage place"),
    "cloud": L("クラウドサービス", "cloud service"),
}
SEVERITIES = {
    "error": L("エラー", "error"),
    "warning": L("警告", "warning"),
    "info": L("情報", "info"),
}
