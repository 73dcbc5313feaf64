"""The rule catalog: stable codes, slugs and the words of every rule.

``catalog.toml`` holds, per code, what flake8/ruff document for each rule:
a slug, a title, what it checks, why it matters, a bad and a compliant
example, the message templates (Japanese and English, filled from the
check's facts) and how to fix. Codes are an API: never renumbered, never
reused; a retired code stays in the catalog with ``retired = true``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from chain.check.wording import check_template
from chain.profiles.shipped import shipped_toml
from chain.vocab import L

__all__ = ["FAMILIES", "RuleDoc", "catalog", "catalogue_problems", "load_docs", "resolve_selector"]

CATALOG_PATH = Path(__file__).with_name("catalog.toml")

FAMILIES: dict[str, L] = {
    "CHN": L("チェーンの構造", "chain structure"),
    "DLG": L("再委託の承諾・申請", "consent to delegation"),
    "ITM": L("申請書の記載事項", "application items"),
    "TIR": L("委託の段階", "delegation tiers"),
    "PST": L("承諾後の義務", "duties after approval"),
    "STF": L("従事者", "staff"),
    "DSP": L("派遣と指揮命令", "dispatch and direction"),
    "PLC": L("作業場所・保管場所", "places"),
    "DAT": L("個人情報の範囲", "personal-data scope"),
    "PER": L("期間", "periods"),
    "DOC": L("プロファイルが定める書類", "documents the profile declares"),
    "PRT": L("業務の部分", "parts of the work"),
    "AMT": L("金額と割合", "amounts and shares"),
    "ELG": L("委託先の適格性", "eligibility of delegates"),
    "LOC": L("場所の所在", "where places are"),
    "REQ": L("求めに応じる義務", "duties on request"),
    "END": L("契約の終了時の返還・廃棄", "return and destruction at the end"),
}


# A named tuple rather than a frozen dataclass: see chain/_perf/README.md.
class RuleDoc(NamedTuple):
    """A rule's documentation and wording, as ``catalog.toml`` gives them."""

    code: str
    slug: str
    severity: str
    scope: str
    """``structure`` (always on), ``statute`` (always on) or ``template`` (per profile)."""
    title: L
    what: L
    why: L
    bad: str
    good: str
    message: L
    fix: L
    retired: bool = False
    edge_status: str | None = None
    """What an error of the rule makes of its delegation's edge in a diagram."""
    edge_why: L | None = None
    """The words for an edge the rule makes ``missing``."""
    requires_document: str | None = None
    """The document kind the rule requires on a delegation (a checklist entry)."""
    document_parameter: str | None = None
    """The rule parameter naming that kind in the profile, when the profile sets it."""
    requires_items: bool = False
    """Whether the rule requires the application items of the profile's item lists."""
    off_chain: bool = False
    """Whether the rule finds a party no delegation reaches (a breach at that party)."""
    consent_derived: bool = False
    """Whether the rule exists only because a delegation needs consent (an exemption
    from consent relieves it)."""

    @property
    def family(self) -> str:
        return self.code[:3]


def _l(raw: dict[str, str]) -> L:
    return L(raw["ja"], raw["en"])


@cache
def catalog() -> dict[str, RuleDoc]:
    """All rule documents by code, in code order.

    Raises ``ValueError`` when a message, fix or edge text names a term, a field or a
    document kind that does not exist (:func:`chain.check.wording.check_template`).
    """
    raw = shipped_toml("check/catalog.toml")
    docs = load_docs(raw)
    problems = catalogue_problems(docs)
    if problems:
        raise ValueError("catalogue names unknown words: " + "; ".join(problems))
    return docs


def catalogue_problems(docs: dict[str, RuleDoc]) -> list[str]:
    """Each term, field or document kind the texts of ``docs`` name that does not exist,
    as ``CODE text: name`` (``DLG001 fix: field.worker.pledge``)."""
    return [
        f"{code} {what}: {name}"
        for code, doc in docs.items()
        for what, text in (("message", doc.message), ("fix", doc.fix), ("edge_why", doc.edge_why))
        if text is not None
        for name in check_template(text)
    ]


def load_docs(raw: dict) -> dict[str, RuleDoc]:
    """The rule documents of a catalogue's table, by code (unchecked)."""
    docs = {}
    for code in sorted(raw):
        r = raw[code]
        document = r.get("requires_document")
        docs[code] = RuleDoc(
            code=code,
            slug=r["slug"],
            severity=r["severity"],
            scope=r["scope"],
            title=_l(r["title"]),
            what=_l(r["what"]),
            why=_l(r["why"]),
            bad=r["bad"].strip(),
            good=r["good"].strip(),
            message=_l(r["message"]),
            fix=_l(r["fix"]),
            retired=r.get("retired", False),
            edge_status=r.get("edge_status"),
            edge_why=_l(r["edge_why"]) if "edge_why" in r else None,
            requires_document=document if isinstance(document, str) else None,
            document_parameter=document["parameter"] if isinstance(document, dict) else None,
            requires_items=r.get("requires_items", False),
            off_chain=r.get("off_chain", False),
            consent_derived=r.get("consent_derived", False),
        )
    return docs


def resolve_selector(selector: str) -> list[str]:
    """Codes matched by a ``--select``/``--ignore`` entry: a code prefix or a slug."""
    sel = selector.strip()
    docs = catalog()
    by_slug = [c for c, d in docs.items() if d.slug == sel.lower()]
    if by_slug:
        return by_slug
    return [c for c in docs if c.startswith(sel.upper())]
