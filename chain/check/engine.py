"""The validation engine: run the rules of a profile over a chain and stamp the findings.

>>> from chain.check.engine import check_chain
>>> from chain.format.read import load_chain
>>> from chain.profiles.load import load_profile
>>> report = check_chain(load_chain("sample_data/001/faulty.json"), load_profile("001"))
>>> [f.code for f in report.findings][:5], report.counts()
(['PST003', 'ITM001', 'DLG002', 'PST004', 'DLG001'], {'error': 9, 'warning': 2, 'info': 0})

Built-in rules (chain structure, statutes) always run; template rules come
from the profile. The same input always gives the same findings in the
same order: sorted by their place in the file, then by code.

With ``max_findings`` the report keeps the first findings of that order and
counts the others per code (:mod:`chain.check.omitted`); its counts, verdict and
:meth:`Report.every_finding` are those of an unlimited check.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace

from chain._perf.gcpause import gc_paused
from chain.check.catalog import catalog, resolve_selector
from chain.check.exemptions import relieved_by_exemption
from chain.check.findings import SEVERITY_RANK, Finding, Hit
from chain.check.omitted import Kept, Omitted, facts_key, repeated
from chain.check.preconditions import meets
from chain.check.registry import RuleContext
from chain.check.rules import REGISTRY
from chain.check.wording import fact_words, fill_terms, profile_terms
from chain.format.model import Chain
from chain.format.pointer import sort_key
from chain.graph import ChainGraph, analyse
from chain.profiles import Interpretation, Profile, RuleEntry, builtin_rules
from chain.vocab import L

__all__ = ["Report", "check_chain", "enabled_codes"]


@dataclass
class Report:
    """The findings for one chain under one profile."""

    graph: ChainGraph
    profile: Profile
    findings: list[Finding]
    """The findings, or with a limit the first of them (see :attr:`omitted`)."""
    omitted: tuple[Omitted, ...] = ()
    """Findings past the limit, counted per code and severity, in code order."""
    limit: int | None = None
    """The most findings the report keeps (``None``: every one)."""
    codes: frozenset[str] = field(default_factory=frozenset, repr=False)
    """The codes that were checked (after select and ignore)."""

    @property
    def chain(self) -> Chain:
        return self.graph.chain

    @property
    def complete(self) -> bool:
        """Whether every finding is in :attr:`findings` (none was left out for the limit)."""
        return not self.omitted

    def counts(self) -> dict[str, int]:
        """Findings by severity, those left out for the limit included."""
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        for o in self.omitted:
            out[o.severity] += o.count
        return out

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings) or any(
            o.severity == "error" for o in self.omitted
        )

    def worst(self) -> str | None:
        severities = [f.severity for f in self.findings] + [o.severity for o in self.omitted]
        if not severities:
            return None
        return min(severities, key=SEVERITY_RANK.__getitem__)

    def every_finding(
        self, codes: Collection[str] | None = None, about: Callable[[Hit], bool] | None = None
    ) -> list[Finding]:
        """Every finding of ``codes`` (default: every code checked) whose hit ``about``
        accepts, in the report's order: those kept, or, when some were left out for the
        limit, those of a check run again for them alone (the liability of an incident
        needs every breach on its path)."""
        wanted = self.codes if codes is None else self.codes & set(codes)
        if self.complete:
            # about reads where a hit is (pointer, party, delegation, worker, place): a finding has it too.
            return [f for f in self.findings if f.code in wanted and (about is None or about(f))]  # type: ignore[arg-type]
        with gc_paused():
            return _check_all(self.graph, self.profile, wanted, about)


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
    max_findings: int | None = None,
) -> Report:
    """Check a chain against the built-in rules and ``profile``; with ``max_findings``,
    keep the first that many findings and count the others (:mod:`chain.check.omitted`)."""
    if max_findings is not None and max_findings < 1:
        raise ValueError(f"max_findings must be a positive integer, not {max_findings!r}")
    with gc_paused():
        graph = chain if isinstance(chain, ChainGraph) else analyse(chain)
        codes = frozenset(enabled_codes(select, ignore))
        omitted: tuple[Omitted, ...] = ()
        if max_findings is None:
            findings = _check_all(graph, profile, codes)
        else:
            findings, omitted = _check_limited(graph, profile, codes, max_findings)
        return Report(
            graph=graph,
            profile=profile,
            findings=findings,
            omitted=omitted,
            limit=max_findings,
            codes=codes,
        )


def _entries(
    profile: Profile, codes: Collection[str]
) -> Iterator[tuple[Profile, RuleEntry, RuleContext]]:
    """The rule entries to run, in order: the built-in ones, then the profile's."""
    for source in (builtin_rules(), profile):
        ctx = RuleContext(profile=source)
        for entry in source.rules:
            if entry.code in codes:
                yield source, entry, ctx


def _check_all(
    graph: ChainGraph,
    profile: Profile,
    codes: Collection[str],
    about: Callable[[Hit], bool] | None = None,
) -> list[Finding]:
    # Findings by their place (code, pointer, ids); the facts, dear to compare, are
    # compared only between findings of one place (two entries reporting the same).
    findings: dict[tuple, Finding] = {}
    for source, entry, ctx in _entries(profile, codes):
        hits, stamp = _stamper(graph, source, entry, ctx)
        if about is not None:
            hits = filter(about, hits)
        for f in map(stamp, hits):
            key = (f.code, f.pointer, f.party, f.delegation, f.worker, f.place)
            seen = findings.get(key)
            if seen is None:
                findings[key] = f
                continue
            _merge(findings, key, f)
    return sorted(findings.values(), key=Finding.sort_key)


def _merge(findings: dict[tuple, Finding], place: tuple, f: Finding) -> tuple | None:
    """Put ``f``, a finding of the same place as one in ``findings``, with the finding it
    is (its clauses added), or else under a key of its own: returns that new key (else
    ``None``) without storing ``f`` there if ``findings`` is a :class:`Kept`'s."""
    key = _same(findings, place, f)
    seen = findings.get(key)
    if seen is None:
        findings[key] = f
        return key
    # two entries, one finding: keep every clause it rests on
    extra = tuple(c for c in f.citations if c not in seen.citations)
    findings[key] = replace(seen, citations=seen.citations + extra)
    return None


def _check_limited(
    graph: ChainGraph, profile: Profile, codes: Collection[str], limit: int
) -> tuple[list[Finding], tuple[Omitted, ...]]:
    """The first ``limit`` findings of :func:`_check_all`, and the others counted."""
    kept = Kept(limit)
    findings = kept.findings
    seq = 0
    for source, entry, ctx in _entries(profile, codes):
        hits, stamp = _stamper(graph, source, entry, ctx)
        code, rank = stamp.code, SEVERITY_RANK[stamp.severity]
        record = kept.hashes_of(code).append
        place_hash = _place_hash
        # Per hit, only what a hit past the limit needs: its hash, its order, a comparison.
        for hit in hits:
            pointer = hit.pointer
            key = (code, pointer, hit.party, hit.delegation, hit.worker, hit.place)
            record(place_hash(key) & ~3 | rank)
            if key in findings:
                f = stamp(hit)
                new = _merge(findings, key, f)
                if new is None:
                    continue
                del findings[new]  # a finding of its own: kept only if not past the limit
                key = new
            else:
                f = None
            order = (sort_key(pointer), code, seq, pointer)
            seq += 1
            threshold = kept.threshold
            if threshold is not None and order > threshold:
                kept.leave_out(order)
                continue
            kept.add(key, f if f is not None else stamp(hit), order)
    kept_findings = kept.result()
    return kept_findings, _omitted(graph, profile, codes, kept, kept_findings)


def _omitted(
    graph: ChainGraph,
    profile: Profile,
    codes: Collection[str],
    kept: Kept,
    kept_findings: list[Finding],
) -> tuple[Omitted, ...]:
    """Per code and severity, the findings of the check less those kept."""
    totals: dict[tuple[str, str], int] = {}
    again: dict[str, set[int]] = {}
    for code, values in kept.hashes.items():
        once, more = repeated(values)
        for rank, n in once.items():
            if n:
                totals[code, _SEVERITY[rank]] = totals.get((code, _SEVERITY[rank]), 0) + n
        if more:
            again[code] = more
    if again:  # places met more than once: how many findings they are, run again
        seen: set[int] = set()
        for source, entry, ctx in _entries(profile, again):
            hits, stamp = _stamper(graph, source, entry, ctx)
            code = stamp.code
            places = again[code]
            for hit in hits:
                key = (code, hit.pointer, hit.party, hit.delegation, hit.worker, hit.place)
                if _place_hash(key) & ~3 not in places:
                    continue
                identity = hash((key, facts_key(hit.facts)))
                if identity not in seen:  # the first hit of a finding gives its severity
                    seen.add(identity)
                    total = (code, stamp.severity)
                    totals[total] = totals.get(total, 0) + 1
    for f in kept_findings:
        totals[f.code, f.severity] -= 1
    docs = catalog()
    out = []
    for (code, severity), n in sorted(
        totals.items(), key=lambda i: (i[0][0], SEVERITY_RANK[i[0][1]])
    ):
        if n > 0:
            out.append(Omitted(code, docs[code].slug, severity, n, kept.first[code][3]))
    return tuple(out)


_SEVERITY = {rank: severity for severity, rank in SEVERITY_RANK.items()}
#: A finding's place, as :class:`~chain.check.omitted.Kept` records it (tests make it collide).
_place_hash = hash


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


class _Stamp:
    """What makes one rule entry's hits findings: code, severity, clauses, wording."""

    __slots__ = (
        "beyond",
        "citations",
        "code",
        "graph",
        "interpretation",
        "profile_id",
        "severity",
        "slug",
        "source",
        "templates",
        "words",
    )

    def __init__(self, graph: ChainGraph, source: Profile, entry: RuleEntry) -> None:
        doc = catalog()[entry.code]
        self.graph, self.source = graph, source
        self.code, self.slug = entry.code, doc.slug
        self.interpretation = source.interpretation(entry.interpretation)
        self.profile_id = None if source.id.startswith("_") else source.id
        self.severity = entry.severity or doc.severity
        self.templates = _templates(doc, source)
        if entry.message is not None or entry.fix is not None:  # the profile's own words
            terms = profile_terms(source)
            message, fix = self.templates
            self.templates = (
                fill_terms(entry.message, terms) if entry.message is not None else message,
                fill_terms(entry.fix, terms) if entry.fix is not None else fix,
            )
        report = _breach_report(source, entry.code) if self.severity == "error" else None
        if report is not None:  # the template's breach report clause runs on this finding
            message, fix = self.templates
            self.templates = (message, L(f"{fix.ja}{report.ja}", f"{fix.en} {report.en}"))
        # A profile's own words for the words the checks put in facts (none: no cost).
        self.words = fact_words(source)
        # Worked out once per rule, not per finding: a rule may report thousands.
        self.citations = tuple(source.cite(c) for c in entry.clause)
        self.beyond: dict[int | None, Interpretation | None] = {}

    def __call__(self, hit: Hit) -> Finding:
        source = self.source
        applied = self.interpretation
        also: tuple[Interpretation, ...] = ()
        if source.tier_interpretations:
            tier = _tier(self.graph, hit)
            beyond = self.beyond
            if tier not in beyond:
                beyond[tier] = source.interpretation(_beyond(source, tier))
            deeper = beyond[tier]
            if applied is None:
                applied = deeper
            elif deeper is not None and deeper.id != applied.id:
                also = (deeper,)  # the entry's silence and its tier's: both are relied on
        return Finding(
            code=self.code,
            slug=self.slug,
            # A profile's severities are checked when it is read (error, warning or info).
            severity=self.severity,  # type: ignore[arg-type]
            pointer=hit.pointer,
            citations=self.citations
            if hit.clauses is None
            else tuple(source.cite(c) for c in hit.clauses),
            party=hit.party,
            delegation=hit.delegation,
            worker=hit.worker,
            place=hit.place,
            interpretation=applied,
            facts=hit.facts if not self.words else _reworded(hit.facts, self.words),
            profile=self.profile_id,
            templates=self.templates,
            also=also,
        )


# Message and fix with a profile's words in, per code and profile: worked out once, not
# per check (the app checks the chain again on every edit).
_FILLED: dict[tuple[str, int], tuple[Profile, tuple[L, L]]] = {}


def _templates(doc, source: Profile) -> tuple[L, L]:
    key = (doc.code, id(source))
    hit = _FILLED.get(key)
    if hit is not None and hit[0] is source:
        return hit[1]
    terms = profile_terms(source)
    filled = (fill_terms(doc.message, terms), fill_terms(doc.fix, terms))
    _FILLED[key] = (source, filled)
    return filled


_TIMING = {
    "immediately": L("直ちに", "immediately"),
    "promptly": L("速やかに", "promptly"),
    "on_request": L("求めに応じて", "when asked"),
}
_REPORTS: dict[tuple[str, int], tuple[Profile, L | None]] = {}


def _breach_report(source: Profile, code: str) -> L | None:
    """What a finding of ``code`` adds to its fix under ``source`` when it is one of the
    contractor's own breaches and the template's breach report clause runs on it (a
    profile's ``[[liability.reporting]]`` with ``on_breach``); escaped for the facts."""
    key = (code, id(source))
    hit = _REPORTS.get(key)
    if hit is not None and hit[0] is source:
        return hit[1]
    general = builtin_rules().liability
    liab = source.liability
    duty = next((d for d in liab.reporting_of(general) if d.on_breach), None)
    said: L | None = None
    if duty is not None and code in liab.breaches(general):
        text = liab.breach_report_text or general.breach_report_text
        if text is not None:
            terms = profile_terms(source)
            clauses = [source.cite(c).label for c in duty.clause]
            # The words are filled as a template (their braces doubled), then the clause
            # labels, which come from the profile too, are put in escaped the same way.
            said = L(
                *(
                    fill_terms(text, terms)(lang)
                    .replace("{clause}", _escaped("・".join(c(lang) for c in clauses)))
                    .replace("{timing}", _TIMING[duty.timing](lang))
                    for lang in ("ja", "en")
                )
            )
    _REPORTS[key] = (source, said)
    return said


def _escaped(text: str) -> str:
    """``text`` as a literal of a message template (its braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


def _reworded(facts: dict, words: dict) -> dict:
    return {k: words.get(v, v) if isinstance(v, L) else v for k, v in facts.items()}


def _stamper(
    graph: ChainGraph, source: Profile, entry: RuleEntry, ctx: RuleContext
) -> tuple[Iterable[Hit], _Stamp]:
    """The hits of one rule entry, and what makes each a finding."""
    stamp = _Stamp(graph, source, entry)
    hits = REGISTRY[entry.code].check(graph, entry.typed, ctx)
    if entry.when is not None:  # only entries with a precondition are filtered
        hits = filter(meets(graph, entry.when), hits)
    relieved = relieved_by_exemption(graph, ctx.profile, entry)
    if relieved is not None:  # only where the profile exempts parts from consent
        hits = filter(relieved, hits)
    return hits, stamp


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
