"""Findings as SARIF 2.1.0, for code-scanning dashboards and CI annotations.

Each rule appears once in ``tool.driver.rules`` with its slug and wording;
each finding is a result with a physical location (file, line, column) when
the input could be scanned and always a logical location (the JSON
pointer). Citations, the interpretation applied and the English and
Japanese messages travel in ``properties``.

Every ``text`` is a plain text message (SARIF 2.1.0 §3.11.3), and a viewer
reads two things in one: ``[text](target)`` is an embedded link (§3.11.6),
and ``{0}`` a placeholder (§3.11.5). Messages quote names and references from
the chain, so :func:`plain_text` makes what they quote inert: the code points
of invisible characters (as in every output, :mod:`chain.text`), braces
doubled as §3.11.5 asks, and whatever could open a link or markup in any
viewer (square and angle brackets, ``://``, ``www.``, ``@``) drawn in its
full-width form, as the diagram draws a backslash. No ``markdown`` message is
written. The exact texts stay in the findings' JSON
(``chain validate --format json``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from chain import __version__
from chain.check.catalog import catalog
from chain.check.wording import generic
from chain.report.json import dump_json
from chain.report.lines import locate
from chain.text import visible
from chain.validate import FileResult

__all__ = ["plain_text", "to_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

# Our own wording has none of these, so only quoted text changes (a test holds the
# catalogue to it). The code points chain.text writes (<U+202E>) open no tag and no
# autolink, and are kept as every other output shows them.
_LINKISH = re.compile(r"<U\+[0-9A-F]{4,6}>|[\[\]<>{}@]|://|(?i:\bwww\.)")
_INERT = {
    "[": "［",
    "]": "］",
    "<": "＜",
    ">": "＞",
    "{": "{{",
    "}": "}}",
    "@": "＠",
    "://": "：//",
}


def _inert(m: re.Match[str]) -> str:
    found = m.group()
    if found.startswith("<U+"):
        return found
    return _INERT.get(found) or found[:3] + "．"  # www. → www．


def plain_text(text: str) -> str:
    """``text`` as a SARIF plain text message that no viewer takes for a link or markup.

    >>> plain_text("[クリック](http://example.invalid) {0} a@b.jp <b>\u202e")
    '［クリック］(http：//example.invalid) {{0}} a＠b.jp ＜b＞<U+202E>'
    """
    shown = visible(text)
    return _LINKISH.sub(_inert, shown) if _LINKISH.search(shown) else shown


def _rule_descriptor(code: str, lang: str) -> dict[str, Any]:
    doc = catalog()[code]
    return {
        "id": code,
        "name": doc.slug,
        "shortDescription": {"text": plain_text(doc.title(lang))},
        "fullDescription": {"text": plain_text(doc.what(lang))},
        "help": {"text": f"{plain_text(doc.why(lang))}\n{plain_text(generic(doc.fix, lang))}"},
        "defaultConfiguration": {"level": _LEVEL[doc.severity]},
        "properties": {"family": doc.family, "scope": doc.scope},
    }


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def to_sarif(results: Sequence[FileResult], *, lang: str = "ja") -> str:
    used = sorted(
        {f.code for r in results if r.report for f in r.report.findings}
        | {o.code for r in results if r.report for o in r.report.omitted}
    )
    index = {code: i for i, code in enumerate(used)}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for r in results:
        artifacts.append({"location": {"uri": r.path}})
        pos = locate(r)
        if r.report is None:
            for p in r.problems:
                note: dict[str, Any] = {
                    "level": "error",
                    "message": {"text": plain_text(p.message(lang))},
                    "descriptor": {"id": p.type},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": r.path}}}],
                    "properties": {
                        "pointer": p.pointer,
                        "messageJa": p.message.ja,
                        "messageEn": p.message.en,
                    },
                }
                if p.line is not None:
                    note["locations"][0]["physicalLocation"]["region"] = {
                        "startLine": p.line,
                        "startColumn": p.column,
                    }
                notifications.append(note)
            continue
        limit = r.report.limit or 0
        for o in r.report.omitted:  # past the limit: one note per code, with the count
            text = o.message(limit)
            where: dict[str, Any] = {"artifactLocation": {"uri": r.path}}
            loc = pos.locate(o.pointer) if pos else None
            if loc:
                where["region"] = {"startLine": loc[0], "startColumn": loc[1]}
            notifications.append(
                {
                    "level": "note",
                    "message": {"text": plain_text(f"{o.code}: {text(lang)}")},
                    "descriptor": {"id": "more_findings"},
                    "associatedRule": {"id": o.code, "index": index[o.code]},
                    "locations": [{"physicalLocation": where}],
                    "properties": {
                        **o.to_dict(),
                        "maxFindings": limit,
                        "messageJa": text.ja,
                        "messageEn": text.en,
                    },
                }
            )
        for f in r.report.findings:
            physical: dict[str, Any] = {"artifactLocation": {"uri": r.path}}
            loc = pos.locate(f.pointer) if pos else None
            if loc:
                physical["region"] = {"startLine": loc[0], "startColumn": loc[1]}
            sarif_results.append(
                {
                    "ruleId": f.code,
                    "ruleIndex": index[f.code],
                    "level": _LEVEL[f.severity],
                    "message": {"text": plain_text(f.message(lang))},
                    "locations": [
                        {
                            "physicalLocation": physical,
                            "logicalLocations": [
                                {"fullyQualifiedName": f.pointer, "kind": "member"}
                            ],
                        }
                    ],
                    "partialFingerprints": {
                        "subcontractChain/v1": _fingerprint(f.code, f.pointer, f.message.en)
                    },
                    "properties": {
                        "slug": f.slug,
                        "pointer": f.pointer,
                        "party": f.party,
                        "delegation": f.delegation,
                        "worker": f.worker,
                        "place": f.place,
                        "messageJa": f.message.ja,
                        "messageEn": f.message.en,
                        "fix": f.fix.to_dict(),
                        "citations": [c.to_dict() for c in f.citations],
                        "interpretation": f.interpretation.to_dict() if f.interpretation else None,
                        "interpretations": [i.to_dict() for i in f.interpretations],
                        "profile": f.profile,
                    },
                }
            )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "subcontract-chain",
                "version": __version__,
                "rules": [_rule_descriptor(code, lang) for code in used],
            }
        },
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {
                # Input that could not be checked fails the run; a note of findings
                # past the limit does not.
                "executionSuccessful": all(n["level"] == "note" for n in notifications),
                "toolExecutionNotifications": notifications,
            }
        ],
        "results": sarif_results,
    }
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return dump_json(doc)
