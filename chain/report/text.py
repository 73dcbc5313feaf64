"""Findings as text, for people: one headline per finding, then where, basis and fix.

The text shows every line visibly (:func:`chain.text.visible`): what came from the
chain and what came from the profile (its title, clause labels and headings,
interpretations) alike. A batch of files ends with :func:`summary_table`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from chain.batch import Batch
from chain.check.findings import Finding
from chain.check.omitted import LIMIT_HINT
from chain.report.lines import locate
from chain.text import visible
from chain.validate import FileResult
from chain.vocab import SEVERITIES, L, join_labels

__all__ = ["summary_table", "to_text"]


_LABELS = {
    "at": L("場所", "at"),
    "basis": L("根拠", "basis"),
    "interp": L("解釈", "interpretation"),
    "fix": L("対処", "fix"),
    "invalid": L("入力エラー（チェックできません）", "invalid input (not checked)"),
    "profile": L("プロファイル", "profile"),
    "none": L("発見事項はありません。", "No findings."),
}


def _where(f: Finding, lang: str) -> str:
    subject = []
    for kind, value in (
        ("delegation", f.delegation),
        ("worker", f.worker),
        ("place", f.place),
        ("party", f.party),
    ):
        if value:
            subject.append(f"{kind} {visible(value)}")
    return visible(f.pointer) + (f"  ({', '.join(subject)})" if subject else "")


def to_text(results: Sequence[FileResult], *, lang: str = "ja", verbose: bool = True) -> str:
    """Findings for people: one headline per finding, then where, basis and fix."""
    out: list[str] = []
    for r in results:
        pos = locate(r)
        name = visible(r.path)
        if r.report is None:
            out.append(f"{name}: {_LABELS['invalid'](lang)}")
            for p in r.problems:
                line = p.line
                col = p.column
                if line is None and pos is not None and p.pointer:
                    loc = pos.locate(p.pointer)
                    line, col = loc if loc else (None, None)
                where = f":{line}:{col}" if line else ""
                out.append(f"{name}{where}: {visible(p.pointer or '/')}: {p.message(lang)}")
                if p.input is not None:
                    out.append(f"    input: {p.input}")
            continue
        rep = r.report
        for f in rep.findings:
            loc = pos.locate(f.pointer) if pos else None
            where = f":{loc[0]}:{loc[1]}" if loc else ""
            sev = SEVERITIES[f.severity](lang)
            out.append(f"{name}{where}: {f.code} [{sev}] {f.message(lang)}")
            if verbose:
                out.append(f"    {_LABELS['at'](lang)}: {_where(f, lang)}")
                cites = join_labels([c.label(lang) for c in f.citations], lang)
                out.append(f"    {_LABELS['basis'](lang)}: {cites}")
                for interp in f.interpretations:
                    out.append(f"    {_LABELS['interp'](lang)}: {interp.text(lang)}")
                out.append(f"    {_LABELS['fix'](lang)}: {f.fix(lang)}")
        for o in rep.omitted:
            loc = pos.locate(o.pointer) if pos else None
            where = f":{loc[0]}:{loc[1]}" if loc else ""
            sev = SEVERITIES[o.severity](lang)
            out.append(f"{name}{where}: {o.code} [{sev}] {o.message(rep.limit or 0)(lang)}")
        if rep.omitted:
            out.append(f"{name}: {LIMIT_HINT(lang)}")
        if not rep.findings:
            out.append(f"{name}: {_LABELS['none'](lang)}")
        out.append(f"{name}: {_closing(rep.counts(), rep.profile.id, rep.profile.title)(lang)}")
    # A profile is a file like any other: its title, labels and headings reach these lines
    # as they are, so every line is made visible whole (parts already shown stay as they are).
    return "\n".join(map(visible, out)) + "\n"


def _closing(counts: dict[str, int], profile: str, title: str) -> L:
    """The last line of a file's findings: how many of each severity, under which profile."""
    error, warning, info = counts["error"], counts["warning"], counts["info"]
    word = _LABELS["profile"]
    return L(
        f"エラー {error} 件、警告 {warning} 件、情報 {info} 件（{word.ja} {profile}: {title}）",
        f"{error} error(s), {warning} warning(s), {info} info ({word.en} {profile}: {title})",
    )


_HEAD = (
    L("ファイル", "file"),
    L("結果", "result"),
    L("エラー", "errors"),
    L("警告", "warnings"),
    L("情報", "info"),
)
_STATUS = {"checked": L("確認済み", "checked"), "invalid": L("入力エラー", "invalid")}


def _width(text: str) -> int:
    """Columns a text takes in a terminal: wide (Japanese) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill


def summary_table(batch: Batch, *, lang: str = "ja") -> str:
    """A table of every file's result and a totals line, for people."""
    head = tuple(h(lang) for h in _HEAD)
    rows = []
    for item in batch.items:
        c = item.counts()
        rows.append(
            (
                visible(item.result.path),
                _STATUS[item.status](lang),
                str(c["error"]),
                str(c["warning"]),
                str(c["info"]),
            )
        )
    s = batch.summary
    total = (
        L(f"合計 {s.files} ファイル", f"total {s.files} files")(lang),
        L(f"確認 {s.checked}・入力エラー {s.invalid}", f"{s.checked} checked, {s.invalid} invalid")(
            lang
        ),
        str(s.error),
        str(s.warning),
        str(s.info),
    )
    table = [head, *rows, total]
    widths = [max(_width(r[i]) for r in table) for i in range(len(head))]

    def line(r: tuple[str, ...]) -> str:
        return "  ".join(
            _pad(v, w, right=i >= 2) for i, (v, w) in enumerate(zip(r, widths, strict=True))
        )

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(head), rule, *(line(r) for r in rows), rule, line(total)]) + "\n"
