"""Findings as text (for people) and JSON (for scripts).

The JSON shape is an API (``format: subcontract-chain-findings``, version 1):
always an object with a ``files`` list, one entry per input, each either
``checked`` (with findings) or ``invalid`` (with located problems). It keeps
every submitted text exactly. The text shows every line visibly
(:func:`chain.text.visible`): what came from the chain and what came from the
profile (its title, clause labels and headings, interpretations) alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

from chain import __version__
from chain.findings import Finding
from chain.jsonpos import Positions, positions_of
from chain.omitted import LIMIT_HINT
from chain.text import visible
from chain.validate import FileResult
from chain.vocab import SEVERITIES

__all__ = ["FINDINGS_FORMAT", "json_chunks", "locate", "summary", "to_json", "to_text", "write_json"]

FINDINGS_FORMAT = "subcontract-chain-findings"


def locate(result: FileResult) -> Positions | None:
    """Line/column lookup for a result's input, when the input is small enough to scan."""
    if result.data is None:
        return None
    pos = positions_of(result.data)
    if result.report is not None:
        pos.want(f.pointer for f in result.report.findings)
        pos.want(o.pointer for o in result.report.omitted)
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


def _file_dict(
    result: FileResult, pos: Positions | None, findings: Any = None
) -> dict[str, Any]:
    """A file's entry; with ``findings``, that value stands for its list of findings."""
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
    if findings is None:
        findings = list(_finding_dicts(rep.findings, pos))
    out = {
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
    if rep.omitted:  # findings past the limit: how many of each code, and the first
        out["max_findings"] = rep.limit
        omitted = []
        for o in rep.omitted:
            d = o.to_dict()
            d["message"] = o.message(rep.limit or 0).to_dict()
            loc = pos.locate(o.pointer) if pos else None
            if loc:
                d["line"], d["column"] = loc
            omitted.append(d)
        out["omitted"] = omitted
    return out


def _finding_dicts(findings: Sequence[Finding], pos: Positions | None):
    for f in findings:
        d = f.to_dict()
        loc = pos.locate(f.pointer) if pos else None
        if loc:
            d["line"], d["column"] = loc
        yield d


def to_json(results: Sequence[FileResult], *, with_lines: bool = True) -> str:
    """Machine-readable findings for one or more files."""
    return b"".join(json_chunks(results, with_lines=with_lines)).decode("utf-8")


def write_json(results: Sequence[FileResult], out: BinaryIO) -> None:
    """:func:`to_json`'s text, written to ``out`` as UTF-8 a finding at a time."""
    for chunk in json_chunks(results):
        out.write(chunk)


def json_chunks(results: Sequence[FileResult], *, with_lines: bool = True) -> Iterator[bytes]:
    """:func:`to_json`'s text as UTF-8, in pieces: each finding is written on its own and
    put in its place in the document, so that the findings of a file are never all JSON
    objects at once, nor all text (10,000 took 120 MB so). The text is that of writing
    the whole document at once (:func:`chain.jsonio.dump_json`)."""
    import secrets

    import orjson

    # The findings' place in the document, marked by a string no text of it can be.
    token = secrets.token_hex(16)
    places: list[tuple[FileResult, Positions | None]] = []
    files = []
    for r in results:
        pos = locate(r) if with_lines else None
        if r.report is not None and r.report.findings:
            files.append(_file_dict(r, pos, findings=f"{token}:{len(places)}"))
            places.append((r, pos))
        else:
            files.append(_file_dict(r, pos))
    doc = {
        "format": FINDINGS_FORMAT,
        "version": 1,
        "tool": {"name": "subcontract-chain", "version": __version__},
        "summary": summary(results),
        "files": files,
    }
    rest = orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    # A file's findings sit 8 spaces deep: files[i].findings[j].
    for n, (r, pos) in enumerate(places):
        before, _, rest = rest.partition(b'"%s:%d"' % (token.encode(), n))
        yield before + b"[\n"
        assert r.report is not None
        for j, d in enumerate(_finding_dicts(r.report.findings, pos)):
            item = orjson.dumps(d, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n        ")
            yield (b",\n        " if j else b"        ") + item
        yield b"\n      ]"
    yield rest


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
                cites = "、".join(c.label(lang) for c in f.citations) if lang == "ja" else "; ".join(
                    c.label(lang) for c in f.citations
                )
                out.append(f"    {_LABELS['basis'][lang]}: {cites}")
                if f.interpretation is not None:
                    out.append(f"    {_LABELS['interp'][lang]}: {f.interpretation.text(lang)}")
                out.append(f"    {_LABELS['fix'][lang]}: {f.fix(lang)}")
        for o in rep.omitted:
            loc = pos.locate(o.pointer) if pos else None
            where = f":{loc[0]}:{loc[1]}" if loc else ""
            sev = SEVERITIES[o.severity](lang)
            out.append(f"{name}{where}: {o.code} [{sev}] {o.message(rep.limit or 0)(lang)}")
        if rep.omitted:
            out.append(f"{name}: {LIMIT_HINT(lang)}")
        counts = rep.counts()
        if lang == "ja":
            tally = f"エラー {counts['error']} 件、警告 {counts['warning']} 件、情報 {counts['info']} 件"
        else:
            tally = (
                f"{counts['error']} error(s), {counts['warning']} warning(s), "
                f"{counts['info']} info"
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
