"""Findings as text (for people) and JSON (for scripts).

The JSON shape is an API (``format: subcontract-chain-findings``, version 1):
always an object with a ``files`` list, one entry per input, each either
``checked`` (with findings) or ``invalid`` (with located problems). It keeps
every submitted text exactly. The text shows every line visibly
(:func:`chain.text.visible`): what came from the chain and what came from the
profile (its title, clause labels and headings, interpretations) alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chain import __version__
from chain.check.findings import Finding
from chain.format.positions import Positions, positions_of
from chain.jsonio import dump_json
from chain.text import visible
from chain.validate import FileResult
from chain.vocab import SEVERITIES

__all__ = ["FINDINGS_FORMAT", "locate", "summary", "to_json", "to_text"]

FINDINGS_FORMAT = "subcontract-chain-findings"


def locate(result: FileResult) -> Positions | None:
    """Line/column lookup for a result's input, when the input is small enough to scan."""
    if result.data is None:
        return None
    pos = positions_of(result.data)
    if result.report is not None:
        pos.want(f.pointer for f in result.report.findings)
    return pos


def summary(results: Sequence[FileResult]) -> dict[str, int]:
    out = {"files": len(results), "checked": 0, "invalid": 0, "error": 0, "warning": 0, "info": 0}
    for r in results:
        if r.report is None:
            out["invalid"] += 1
            continue
        out["checked"] += 1
        for sev, n in r.report.counts().items():
            out[sev] += n
    return out


def _file_dict(result: FileResult, pos: Positions | None) -> dict[str, Any]:
    if result.report is None:
        problems = []
        for p in result.problems:
            d = p.to_dict()
            if "line" not in d and pos is not None and p.pointer:
                loc = pos.locate(p.pointer)
                if loc:
                    d["line"], d["column"] = loc
            problems.append(d)
        return {"path": result.path, "status": "invalid", "exit_code": 2, "errors": problems}
    rep = result.report
    findings = []
    for f in rep.findings:
        d = f.to_dict()
        loc = pos.locate(f.pointer) if pos else None
        if loc:
            d["line"], d["column"] = loc
        findings.append(d)
    return {
        "path": result.path,
        "status": "checked",
        "exit_code": result.exit_code,
        "profile": {
            "id": rep.profile.id,
            "title": rep.profile.title,
            "source": rep.profile.source,
        },
        "summary": rep.counts(),
        "findings": findings,
    }


def to_json(results: Sequence[FileResult], *, with_lines: bool = True) -> str:
    """Machine-readable findings for one or more files."""
    doc = {
        "format": FINDINGS_FORMAT,
        "version": 1,
        "tool": {"name": "subcontract-chain", "version": __version__},
        "summary": summary(results),
        "files": [_file_dict(r, locate(r) if with_lines else None) for r in results],
    }
    return dump_json(doc)


_LABELS = {
    "at": {"ja": "場所", "en": "at"},
    "basis": {"ja": "根拠", "en": "basis"},
    "interp": {"ja": "解釈", "en": "interpretation"},
    "fix": {"ja": "対処", "en": "fix"},
    "invalid": {"ja": "入力エラー（チェックできません）", "en": "invalid input (not checked)"},
    "profile": {"ja": "プロファイル", "en": "profile"},
    "none": {"ja": "発見事項はありません。", "en": "No findings."},
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
            out.append(f"{name}: {_LABELS['invalid'][lang]}")
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
                out.append(f"    {_LABELS['at'][lang]}: {_where(f, lang)}")
                cites = (
                    "、".join(c.label(lang) for c in f.citations)
                    if lang == "ja"
                    else "; ".join(c.label(lang) for c in f.citations)
                )
                out.append(f"    {_LABELS['basis'][lang]}: {cites}")
                if f.interpretation is not None:
                    out.append(f"    {_LABELS['interp'][lang]}: {f.interpretation.text(lang)}")
                out.append(f"    {_LABELS['fix'][lang]}: {f.fix(lang)}")
        counts = rep.counts()
        if lang == "ja":
            tally = f"エラー {counts['error']} 件、警告 {counts['warning']} 件、情報 {counts['info']} 件"
        else:
            tally = (
                f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info"
            )
        if not rep.findings:
            out.append(f"{name}: {_LABELS['none'][lang]}")
        out.append(
            f"{name}: {tally}（{_LABELS['profile'][lang]} {rep.profile.id}: {rep.profile.title}）"
            if lang == "ja"
            else f"{name}: {tally} ({_LABELS['profile'][lang]} {rep.profile.id}: "
            f"{rep.profile.title})"
        )
    # A profile is a file like any other: its title, labels and headings reach these lines
    # as they are, so every line is made visible whole (parts already shown stay as they are).
    return "\n".join(map(visible, out)) + "\n"
