"""The validation engine: run the rules of a profile over a chain and stamp the findings.

>>> from chain.check.engine import check_chain                       # doctest: +SKIP
>>> report = check_chain(chain, load_profile("000"))            # doctest: +SKIP
>>> [f.code for f in report.findings]                           # doctest: +SKIP
['DLG001', 'ITM001']

Built-in rules (chain structure, statutes) always run; template rules come
from the profile. The same input always gives the same findings in the
same order: sorted by their place in the file, then by code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from chain._perf.gcpause import gc_paused
from chain.check.catalog import catalog, resolve_selector
from chain.check.findings import SEVERITY_RANK, Finding
from chain.check.registry import RuleContext
from chain.check.rules import REGISTRY
from chain.format.model import Chain
from chain.graph import ChainGraph, analyse
from chain.profiles import Interpretation, Profile, RuleEntry, builtin_rules

__all__ = ["Report", "check_chain", "enabled_codes"]


@dataclass
class Report:
    """The findings for one chain under one profile."""

    graph: ChainGraph
    profile: Profile
    findings: list[Finding]

    @property
    def chain(self) -> Chain:
        return self.graph.chain

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def worst(self) -> str | None:
        if not self.findings:
            return None
        return min((f.severity for f in self.findings), key=SEVERITY_RANK.__getitem__)


def enabled_codes(
    select: Iterable[str] | None = None, ignore: Iterable[str] | None = None
) -> set[str]:
    """Codes left after ``select`` (default: all) and ``ignore``, by prefix or slug."""
    codes = set(catalog())
    if select:
        codes = {c for s in select for c in resolve_selector(s)}
    for s in ignore or ():
        codes -= set(resolve_selector(s))
    return codes


def check_chain(
    chain: Chain | ChainGraph,
    profile: Profile,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> Report:
    """Check a chain against the built-in rules and ``profile``."""
    with gc_paused():
        return _check(chain, profile, select, ignore)


def _check(chain, profile, select, ignore) -> Report:
    graph = chain if isinstance(chain, ChainGraph) else analyse(chain)
    codes = enabled_codes(select, ignore)
    # Findings by their place (code, pointer, ids); the facts, dear to compare, are
    # compared only between findings of one place (two entries reporting the same).
    findings: dict[tuple, Finding] = {}
    for source in (builtin_rules(), profile):
        ctx = RuleContext(profile=source)
        for entry in source.rules:
            if entry.code not in codes:
                continue
            for f in _run(graph, source, entry, ctx):
                key = (f.code, f.pointer, f.party, f.delegation, f.worker, f.place)
                seen = findings.get(key)
                if seen is None:
                    findings[key] = f
                    continue
                key = _same(findings, key, f)
                seen = findings.get(key)
                if seen is None:
                    findings[key] = f
                else:  # two entries, one finding: keep every clause it rests on
                    extra = tuple(c for c in f.citations if c not in seen.citations)
                    findings[key] = replace(seen, citations=seen.citations + extra)
    ordered = sorted(findings.values(), key=Finding.sort_key)
    return Report(graph=graph, profile=profile, findings=ordered)


def _same(findings: dict[tuple, Finding], place: tuple, f: Finding) -> tuple:
    """The key of the finding ``f`` is the same as, if any, else a new key for it."""
    facts = repr(sorted(f.facts.items()))
    n = 0
    key = place
    while key in findings:
        if repr(sorted(findings[key].facts.items())) == facts:
            return key
        n += 1
        key = (*place, n)
    return key


def _run(graph: ChainGraph, source: Profile, entry: RuleEntry, ctx: RuleContext):
    doc = catalog()[entry.code]
    spec = REGISTRY[entry.code]
    interpretation = source.interpretation(entry.interpretation)
    profile_id = None if source.id.startswith("_") else source.id
    severity = entry.severity or doc.severity
    templates = (doc.message, doc.fix)
    # Worked out once per rule, not per finding: a rule may report thousands.
    citations = tuple(source.cite(c) for c in entry.clause)
    beyond: dict[int | None, Interpretation | None] = {}
    for hit in spec.check(graph, entry.typed, ctx):
        applied = interpretation
        if applied is None and source.tier_interpretations:
            tier = _tier(graph, hit)
            if tier not in beyond:
                beyond[tier] = source.interpretation(_beyond(source, tier))
            applied = beyond[tier]
        yield Finding(
            code=entry.code,
            slug=doc.slug,
            severity=severity,  # type: ignore[arg-type]
            pointer=hit.pointer,
            citations=citations
            if hit.clauses is None
            else tuple(source.cite(c) for c in hit.clauses),
            party=hit.party,
            delegation=hit.delegation,
            worker=hit.worker,
            place=hit.place,
            interpretation=applied,
            facts=hit.facts,
            profile=profile_id,
            templates=templates,
        )


def _tier(graph: ChainGraph, hit) -> int | None:
    """The tier a hit is at: its delegation's, else its party's."""
    if hit.delegation is not None and hit.delegation in graph.edge_by_id:
        return graph.edge_by_id[hit.delegation].tier
    if hit.party is not None:
        return graph.tiers.get(hit.party)
    return None


def _beyond(source: Profile, tier: int | None) -> str | None:
    """The silence covering a tier the template does not contemplate, if any."""
    if tier is None:
        return None
    chosen = None
    for ti in sorted(source.tier_interpretations, key=lambda t: t.min_tier):
        if tier >= ti.min_tier:
            chosen = ti.interpretation
    return chosen
