"""Findings as JSON, for scripts: the shape is an API.

``format: subcontract-chain-findings``, version 1: always an object with a ``files``
list, one entry per input, each either ``checked`` (with findings) or ``invalid`` (with
located problems). It keeps every submitted text exactly. When the profile given cannot
be used, no file is checked and the document says so instead (``status:
profile_invalid``, the profile's located problems, :func:`profile_error_json`).

:func:`dump_json` writes indented UTF-8 JSON identical to ``json.dumps(indent=2)``, but
fast: large reports (tens of thousands of findings) made the standard library's
pure-Python indenting encoder the slowest step of ``chain validate``, and orjson writes
the same bytes in a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

from chain import __version__
from chain.check.findings import Finding
from chain.format.positions import Positions
from chain.format.problems import InputProblem
from chain.report.lines import locate
from chain.validate import FileResult

__all__ = [
    "FINDINGS_FORMAT",
    "dump_json",
    "json_chunks",
    "profile_error_json",
    "summary",
    "to_json",
    "write_json",
]

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


def _file_dict(result: FileResult, pos: Positions | None, findings: Any = None) -> dict[str, Any]:
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
    if result.notice is not None:  # the profile given overrode the contract's template
        out["profile_notice"] = result.notice.to_dict()
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
    the whole document at once (:func:`dump_json`)."""
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


def profile_error_json(source: str, problems: Sequence[InputProblem]) -> str:
    """The report when the profile itself cannot be used: no file was checked (exit 2)."""
    return dump_json(
        {
            "format": FINDINGS_FORMAT,
            "version": 1,
            "tool": {"name": "subcontract-chain", "version": __version__},
            "status": "profile_invalid",
            "exit_code": 2,
            "profile": {"source": source, "errors": [p.to_dict() for p in problems]},
        }
    )


def dump_json(doc: Any) -> str:
    """``doc`` as indented JSON text with a final newline; non-ASCII kept as is."""
    import orjson  # imported on first use: text output (the usual case) never needs it

    # The newline written by orjson, not added to the text: a copy less of a large report.
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE).decode("utf-8")
