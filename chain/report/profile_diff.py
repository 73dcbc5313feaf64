"""How two profiles differ, as text for people (``chain profile diff``, the compare page).

The differences are :func:`chain.profiles.diff.diff_profiles`'s; this only lays them out,
topic by topic, each with the rule's title from the catalogue and the clauses of either
side, in Japanese or English. Profile words are shown visibly (:func:`chain.text.visible`):
a profile given by path comes from outside.
"""

from __future__ import annotations

from chain.check.catalog import catalog
from chain.profiles.diff import Difference, ProfileDiff
from chain.text import visible
from chain.vocab import L

__all__ = ["diff_lines", "diff_text", "rule_title"]

_KIND = {
    "only_a": L("{a} だけ", "only {a}"),
    "only_b": L("{b} だけ", "only {b}"),
    "differs": L("違い", "differs"),
}


def rule_title(code: str, lang: str) -> str:
    """The catalogue's title of ``code`` (``承諾（届出）がない委託``), or ``""``."""
    doc = catalog().get(code)
    return doc.title(lang) if doc is not None else ""


def _clauses(entry: Difference, diff: ProfileDiff, lang: str) -> str:
    sides = []
    for name, cites in ((diff.a, entry.clauses_a), (diff.b, entry.clauses_b)):
        if cites:
            sides.append(f"{name}: " + L("、", "; ")(lang).join(c.label(lang) for c in cites))
    return " / ".join(sides)


def diff_lines(diff: ProfileDiff, lang: str = "ja") -> list[tuple[str, str, str, str, str]]:
    """One row per difference: topic, side, subject (with its rule title), message, clauses."""
    rows = []
    for _key, label, entries in diff.by_topic():
        for e in entries:
            title = rule_title(e.subject, lang)
            subject = f"{e.subject} {title}".strip()
            side = _KIND[e.kind](lang).format(a=diff.a, b=diff.b)
            rows.append((label(lang), side, subject, e.message(lang), _clauses(e, diff, lang)))
    return rows


def diff_text(diff: ProfileDiff, lang: str = "ja") -> str:
    """The differences as text, grouped by topic."""
    head = L("テンプレートの違い", "How the templates differ")(lang)
    out = [
        visible(f"{head}: {diff.a} {diff.a_title} ⇔ {diff.b} {diff.b_title}"),
    ]
    if not diff.entries:
        out.append(L("違いはありません。", "No differences.")(lang))
        return "\n".join(out) + "\n"
    cited = L("根拠", "clauses")(lang)
    topic = None
    for label, side, subject, message, clauses in diff_lines(diff, lang):
        if label != topic:
            out += ["", f"## {label}"]
            topic = label
        out.append(visible(f"- [{side}] {subject}: {message}"))
        if clauses:
            out.append(visible(f"    {cited}: {clauses}"))
    return "\n".join(out) + "\n"
