"""Findings as JSON, for scripts: the shape is an API.

``format: subcontract-chain-findings``, version 1: always an object with a ``files``
list, one entry per input, each either ``checked`` (with findings) or ``invalid`` (with
located problems). It keeps every submitted text exactly.

:func:`dump_json` writes indented UTF-8 JSON identical to ``json.dumps(indent=2)``, but
fast: large reports (tens of thousands of findings) made the standard library's
pure-Python indenting encoder the slowest step of ``chain validate``, and orjson writes
the same bytes in a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chain import __version__
from chain.format.positions import Positions
from chain.report.lines import locate
from chain.validate import FileResult

__all__ = ["FINDINGS_FORMAT", "dump_json", "summary", "to_json"]

FINDINGS_FORMAT = "subcontract-chain-findings"


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


def dump_json(doc: Any) -> str:
    """``doc`` as indented JSON text with a final newline; non-ASCII kept as is."""
    import orjson  # imported on first use: text output (the usual case) never needs it

    return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
