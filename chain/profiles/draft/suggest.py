"""Suggested rules: what a clause's words suggest the profile should check.

Each :data:`PATTERNS` entry is the words a clause must contain (all of ``need``, none of
``unless``) and the rule entry (or liability entry) they suggest. A suggestion is only
ever a suggestion: :mod:`chain.profiles.draft.skeleton` writes it commented, with the
clause it came from, for a person to confirm.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from chain.profiles.draft.finders import Unit
from chain.vocab import L

__all__ = ["PATTERNS", "Pattern", "Suggestion", "suggest"]

_DELEGATE = r"再委託|再請負|下請負|外注|第三者に(?:その処理を)?委託|第三者に取り扱わせ"
_CONSENT = r"承諾|承認|許諾|同意"
_NOTICE = r"届出|届け出|通知|申出|申し出"
_ALL_TIERS = r"二以上の段階|多段階|子会社"


@dataclass(frozen=True)
class Pattern:
    """Words of a clause, and the entry they suggest (``where``: ``rules`` or a liability key)."""

    id: str
    need: tuple[str, ...]
    entry: dict[str, Any]
    reason: L
    unless: tuple[str, ...] = ()
    where: str = "rules"
    deeper: bool = False
    """Tier 2 becomes 2 and deeper where the clause covers several stages (二以上の段階, 子会社)."""


def _p(
    id_: str, need: tuple[str, ...], entry: dict[str, Any], ja: str, en: str, **kw: Any
) -> Pattern:
    return Pattern(id_, need, entry, L(ja, en), **kw)


PATTERNS: tuple[Pattern, ...] = (
    _p(
        "consent",
        (_DELEGATE, _CONSENT),
        {"code": "DLG001", "tiers": [2], "consent": "approval"},
        "再委託には承諾が要る",
        "subcontracting needs consent",
        unless=("再々委託",),
        deeper=True,
    ),
    _p(
        "prior",
        (_DELEGATE, _CONSENT, "あらかじめ|事前"),
        {"code": "DLG002", "tiers": [2]},
        "承諾は委託の開始より前",
        "consent comes before the start",
        unless=("再々委託",),
        deeper=True,
    ),
    _p(
        "change",
        (_DELEGATE, "変更", _CONSENT),
        {"code": "DLG011", "tiers": [2]},
        "委託の内容（相手方）の変更にも改めて申請と承諾",
        "a change of the delegation (its delegate) needs a new application and consent",
        unless=("再々委託",),
        deeper=True,
    ),
    _p(
        "application",
        (_DELEGATE, "書面|申請"),
        {"code": "DLG003", "tiers": [2]},
        "書面による申請",
        "a written application",
        unless=("再々委託",),
        deeper=True,
    ),
    _p(
        "notice",
        (_DELEGATE, _NOTICE),
        {"code": "DLG001", "tiers": [2], "consent": "notification"},
        "再委託は届出による",
        "subcontracting is notified",
        unless=(_CONSENT, "再々委託"),
    ),
    _p(
        "sub-consent",
        ("再々委託", _CONSENT),
        {"code": "DLG001", "tiers": [3]},
        "再々委託にも承諾が要る",
        "sub-subcontracting needs consent too",
    ),
    _p(
        "sub-exception",
        ("再々委託", "認めない|禁止|してはならない", "原則|ただし|やむを得"),
        {"code": "TIR001", "tiers": [3]},
        "再々委託は原則として認めない（例外あり）",
        "sub-subcontracting is barred in principle",
    ),
    _p(
        "sub-forbidden",
        ("再々委託", "認めない|禁止|してはならない"),
        {"code": "TIR003", "tiers": [3]},
        "再々委託の禁止",
        "sub-subcontracting is forbidden",
        unless=("原則|ただし|やむを得",),
    ),
    _p(
        "flow-down",
        ("(?:同様|一切)の義務|遵守させ", "相手方|再委託先|再委託等"),
        {"code": "PST001", "min_tier": 2},
        "再委託先に同じ義務を課す",
        "obligations flow down",
    ),
    _p(
        "terms-report",
        ("契約(?:の)?内容", "報告"),
        {"code": "PST003", "min_tier": 2},
        "再委託契約の内容の報告",
        "the subcontract's terms are reported",
        unless=("にかかわらず|に関わらず",),
    ),
    _p(
        "guidance",
        (_DELEGATE, "指導"),
        {"code": "PST005", "min_tier": 2},
        "再委託先への確認・指導",
        "the subcontractor is checked and guided",
    ),
    _p(
        "non-regular",
        ("派遣労働者|正社員以外", "遵守させ"),
        {
            "code": "STF010",
            "employments": ["contract", "part_time", "temporary", "dispatched", "other"],
        },
        "正社員以外の労働者に義務を守らせる",
        "non-regular workers are bound",
    ),
    _p(
        "staff-approval",
        ("作業従事者|業務従事者|作業責任者", "申請|届", _CONSENT),
        {"code": "STF001"},
        "従事者の承認",
        "staff are approved",
    ),
    _p("briefing", ("周知",), {"code": "STF009"}, "従事者への周知", "staff are informed"),
    _p("pledge", ("誓約書",), {"code": "STF004"}, "誓約書", "a pledge"),
    _p("training", ("教育|研修",), {"code": "STF006"}, "教育・研修", "training"),
    _p(
        "penal",
        ("罰則|懲役|罰金", "教示"),
        {"code": "STF008"},
        "罰則の教示",
        "penal provisions are taught",
    ),
    _p(
        "info-manager",
        ("情報管理責任者",),
        {"code": "STF005", "parties": "contractor"},
        "情報管理責任者",
        "an information manager",
    ),
    _p(
        "work-place",
        ("作業場所", _CONSENT),
        {"code": "PLC001", "kinds": ["work"]},
        "作業場所の承認",
        "work places are approved",
    ),
    _p(
        "storage",
        ("保存先|保管場所", _NOTICE),
        {"code": "PLC003", "kinds": ["storage"]},
        "保存先の届出",
        "storage places are notified",
    ),
    _p("cloud", ("クラウド",), {"code": "PLC004"}, "クラウドの契約先", "the cloud's provider"),
    _p(
        "purpose",
        ("目的(?:以|外)",),
        {"code": "DAT001", "min_tier": 2},
        "目的外の利用・提供の禁止",
        "no use or disclosure beyond the purpose",
    ),
    _p(
        "joint",
        ("連帯", "責任"),
        {"basis": "joint_and_several", "min_tier": 2},
        "連帯して責任を負う",
        "joint and several liability",
        where="delegates",
    ),
    _p(
        "regardless",
        (
            "(?:契約(?:の)?内容|契約)に(?:かかわらず|関わらず)",
            "責任",
            _DELEGATE + "|再々委託|相手方",
        ),
        {"basis": "regardless_of_terms", "min_tier": 2},
        "契約内容にかかわらず責任を負う",
        "liable whatever the subcontract says",
        where="delegates",
    ),
    _p(
        "all-acts",
        ("(?:全て|すべて)の行為", "責任", "正社員以外|派遣"),
        {"basis": "all_acts"},
        "正社員以外の労働者の行為すべてに責任",
        "liable for all acts of non-regular staff",
        where="non_regular",
    ),
    _p(
        "damages",
        ("損害", "賠償"),
        {},
        "損害賠償",
        "damages",
        where="damages",
        unless=("(?:求める|請求する)ことはできない",),
    ),
    _p(
        "termination",
        ("解除",),
        {},
        "契約の解除",
        "termination",
        where="termination",
        unless=("損害を(?:被|受け)た場合においても|解除された後|解除後",),
    ),
)

#: Duties no rule of the tool checks: noted in the draft for the person, with their clause.
NOTES: tuple[tuple[str, str, L], ...] = (
    (
        "return",
        "返還|廃棄|消去",
        L(
            "返還・廃棄・消去（確かめる規則はありません）",
            "return or destruction (no rule checks it)",
        ),
    ),
    (
        "incident",
        "事故|漏えい|インシデント",
        L("事故の報告（確かめる規則はありません）", "incident reporting (no rule checks it)"),
    ),
    (
        "audit",
        "監査|検査",
        L("監査・検査（確かめる規則はありません）", "audits (no rule checks it)"),
    ),
)


@dataclass
class Suggestion:
    """An entry a pattern suggests, with every clause whose words suggested it."""

    pattern: str
    where: str
    entry: dict[str, Any]
    reason: L
    clauses: list[dict[str, str]] = field(default_factory=list)
    excerpts: list[str] = field(default_factory=list)


def _matches(pattern: Pattern, text: str) -> bool:
    return all(re.search(n, text) for n in pattern.need) and not any(
        re.search(u, text) for u in pattern.unless
    )


def suggest(all_units: list[Unit]) -> tuple[list[Suggestion], list[Suggestion]]:
    """The suggested entries, and the notes on duties no rule checks, each with its clauses."""
    found: dict[str, Suggestion] = {}
    notes: dict[str, Suggestion] = {}
    for unit in all_units:
        for pattern in PATTERNS:
            if not _matches(pattern, unit.text):
                continue
            entry = dict(pattern.entry)
            if pattern.deeper and re.search(_ALL_TIERS, unit.context + unit.text):
                entry.pop("tiers", None)
                entry["min_tier"] = 2
            key = pattern.where + json.dumps(entry, sort_keys=True, ensure_ascii=False)
            s = found.setdefault(key, Suggestion(pattern.id, pattern.where, entry, pattern.reason))
            if unit.clause not in s.clauses:
                s.clauses.append(unit.clause)
                s.excerpts.append(unit.text)
        for note_id, words, label in NOTES:
            if re.search(words, unit.text):
                s = notes.setdefault(note_id, Suggestion(note_id, "note", {}, label))
                if unit.clause not in s.clauses:
                    s.clauses.append(unit.clause)
                    s.excerpts.append(unit.text)
    return list(found.values()), list(notes.values())
