"""Chain diagrams as Graphviz DOT.

>>> from chain import check_chain, load_chain, load_profile
>>> from chain.diagram import DiagramOptions, build_dot
>>> report = check_chain(load_chain("sample_data/000/compliant.json"), load_profile("000"))
>>> dot = build_dot(report.graph, findings=report.findings)
>>> dot.splitlines()[0]
'digraph chain {'
>>> 'rankdir="LR"' in build_dot(report.graph, options=DiagramOptions(direction="LR", max_tier=2))
True

The municipality sits at the top (or left), one rank per tier; each
delegation is labelled with its kind (委託, 再委託, 再々委託, deeper) and
styled by its approval status (:mod:`chain.diagram.status`); corporate
groups are boxes; dispatch agencies and staff are drawn apart from
delegations; findings are marked where they point; a legend explains what
is drawn. All user text is escaped (:mod:`chain.diagram.escape`). The same
input gives byte-identical DOT. With a liability assessment, the diagram
shows the path of liability, each party's capacity and the joint group; with an audit
plan, whom the municipality may audit directly. To render it, see :mod:`chain.diagram.export`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from chain.check.findings import Finding
from chain.diagram.build import render_dot
from chain.diagram.highlight import Highlight, highlight, mark_audit
from chain.diagram.options import DiagramOptions
from chain.diagram.scope import UnknownParty
from chain.diagram.status import (
    STATUS_ORDER,
    EdgeStatus,
    edge_status,
    edge_statuses,
    statuses_by_edge,
)
from chain.graph import ChainGraph

if TYPE_CHECKING:
    from chain.liability import Assessment
    from chain.liability.audit import AuditPlan

__all__ = [
    "STATUS_ORDER",
    "DiagramOptions",
    "EdgeStatus",
    "UnknownParty",
    "build_dot",
    "edge_status",
    "edge_statuses",
    "statuses_by_edge",
]


def build_dot(
    graph: ChainGraph,
    *,
    findings: Sequence[Finding] = (),
    assessment: Assessment | None = None,
    audit: AuditPlan | None = None,
    options: DiagramOptions = DiagramOptions(),  # noqa: B008 - frozen, shared safely
) -> str:
    """The chain as DOT text.

    Parameters
    ----------
    graph
        The analysed chain (:func:`chain.graph.analyse`, or ``Report.graph``).
    findings
        Findings to mark on the diagram; they also give each delegation its
        approval status.
    assessment
        A liability assessment (:func:`chain.liability.assess`) to overlay: the
        path to the municipality highlighted, each party's capacities on its
        box, the incident marked, the joint-and-several group boxed. The
        parties on the path are drawn whatever ``branch`` and ``max_tier`` say.
    audit
        An audit plan (:func:`chain.liability.audit.audit_reach`) to mark: a line on
        each party the municipality may audit directly (in the audit colour) or only
        through the contractor, with the clause, and their rows in the legend.
    options
        What to show and how (:class:`DiagramOptions`).

    Raises
    ------
    UnknownParty
        ``options.branch`` names no party of the chain.
    """
    marked = highlight(graph, assessment, options.lang) if assessment is not None else None
    if audit is not None:
        marked = mark_audit(marked or Highlight(), graph, audit, options.lang)
    return render_dot(graph, findings, options, marked)
