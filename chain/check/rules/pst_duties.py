"""PST: duties after approval — flow-down, the subcontract's terms, reports, guidance."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from chain.check.findings import Hit
from chain.check.registry import RuleContext, rule
from chain.check.rules.common import delegation_facts, doc_pointer, scoped_delegations
from chain.format.pointer import join
from chain.graph import ChainGraph, documents_of, earliest_of
from chain.profiles.params import ProvisionParams, ReportParams, TierScope
from chain.vocab import PROVISIONS, L

__all__: list[str] = []


def _documents_pointer(e) -> str:
    return join("delegations", e.index, "documents")


@rule("PST001")
def flow_down_missing(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    flows = documents_of(g, "flow_down")
    for e, _d in scoped_delegations(g, p):
        if flows[e.index] is None:
            yield Hit(
                _documents_pointer(e), delegation_facts(g, e), delegation=e.id, party=e.delegate
            )


@rule("PST002")
def subcontract_terms_incomplete(
    g: ChainGraph, p: ProvisionParams, _c: RuleContext
) -> Iterator[Hit]:
    flows = documents_of(g, "flow_down")
    wanted = p.provisions
    for e, _d in scoped_delegations(g, p):
        flow = flows[e.index]
        if flow is None:
            continue  # PST001 reports the missing flow-down itself
        have: Collection[str]
        if len(flow) == 1:
            have = flow[0][1].provisions
            for prov in wanted:
                if prov not in have:
                    break
            else:
                continue  # everything wanted is imposed
        else:
            have = {prov for _i, doc in flow for prov in doc.provisions}
        missing = [prov for prov in wanted if prov not in have]
        if missing:
            yield Hit(
                doc_pointer(e, flow[0][0], "provisions"),
                {
                    **delegation_facts(g, e),
                    "missing": [PROVISIONS[m] for m in missing],
                    "missing_keys": missing,
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("PST003")
def terms_report_missing(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    reports = documents_of(g, "terms_report")
    for e, _d in scoped_delegations(g, p):
        if reports[e.index] is None:
            yield Hit(
                _documents_pointer(e), delegation_facts(g, e), delegation=e.id, party=e.delegate
            )


@rule("PST004")
def terms_report_late(g: ChainGraph, p: ReportParams, _c: RuleContext) -> Iterator[Hit]:
    reports, flows = earliest_of(g, "terms_report"), earliest_of(g, "flow_down")
    for e, d in scoped_delegations(g, p):
        report = reports[e.index]
        if report is None:
            continue
        flow = flows[e.index]
        if flow is not None:
            since, what = flow[1].date, L("再委託契約の日", "the subcontract")
        elif d.period and d.period.start:
            since, what = d.period.start, L("委託の開始日", "the start of the delegation")
        else:
            continue
        # earliest_of gives dated documents only, and since is a date by the branches above.
        days = (report[1].date - since).days  # type: ignore[operator]
        if days > p.days:
            yield Hit(
                doc_pointer(e, report[0], "date"),
                {
                    **delegation_facts(g, e),
                    "report_date": report[1].date,
                    "since": since,
                    "since_what": what,
                    "days": days,
                    "limit": p.days,
                },
                delegation=e.id,
                party=e.delegate,
            )


@rule("PST005")
def guidance_missing(g: ChainGraph, p: TierScope, _c: RuleContext) -> Iterator[Hit]:
    guidance = documents_of(g, "guidance")
    for e, _d in scoped_delegations(g, p):
        if guidance[e.index] is None:
            yield Hit(
                _documents_pointer(e), delegation_facts(g, e), delegation=e.id, party=e.delegate
            )
