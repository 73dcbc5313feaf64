"""The chain diagram on the findings page, its layout choices and its downloads.

The browser lays the diagram out (``st.graphviz_chart``); SVG, PNG and PDF
downloads need Graphviz's ``dot`` on the server, and PNG and PDF a
Japanese font: when either is missing the page says so instead of
offering a file with boxes for names.
"""

from __future__ import annotations

import hashlib
from typing import Literal

import streamlit as st

from chain.check.engine import Report
from chain.diagram import DiagramOptions, build_dot
from chain.diagram.export import MEDIA_TYPES, ExportError, missing_for, render
from chain.liability import Assessment
from chain.liability.audit import audit_reach
from chain_app import state
from chain_app.components import download_name
from chain_app.i18n import lang, t

__all__ = ["LARGE_CHAIN", "diagram", "diagram_downloads"]

#: Above this many parties, the page first shows the tiers down to :data:`LARGE_TIER`.
LARGE_CHAIN = 60
LARGE_TIER = 2
DIRECTIONS: tuple[Literal["TB", "LR"], ...] = ("TB", "LR")
BUTTONS = {
    "svg": "downloads.svg",
    "png": "downloads.png",
    "pdf": "downloads.pdf",
    "dot": "downloads.dot",
}
WHOLE = ""
ALL_TIERS = 0


@st.cache_data(show_spinner=False, max_entries=24)
def _rendered(dot: str, fmt: str) -> bytes:
    # fmt is one of the export formats the download buttons offer.
    return render(dot, fmt)  # type: ignore[arg-type]


def _choice(key: str, options: list, default) -> None:
    """Keep a widget's value only while the open chain still offers it."""
    if st.session_state.get(key, default) not in options:
        st.session_state[key] = default


def diagram(report: Report, assessment: Assessment | None = None) -> str:
    """The diagram with its layout choices; returns the DOT text shown.

    With a liability ``assessment`` (:func:`chain.liability.assess`), the
    diagram shows its path, capacities, incident and joint group.
    """
    graph = report.graph
    lg = lang()
    st.subheader(t("diagram.title"))
    st.caption(t("diagram.intro"))
    parties = [p for p in graph.party_index if p in graph.tiers]
    deepest = max(graph.tiers.values(), default=1)
    tiers = [ALL_TIERS, *range(1, deepest + 1)]
    large = len(graph.party_index) > LARGE_CHAIN and deepest > LARGE_TIER
    _choice("dg-branch", [WHOLE, *parties], WHOLE)
    _choice("dg-max-tier", tiers, LARGE_TIER if large else ALL_TIERS)
    # Every option's words worked out now, in this run's language: a format function is
    # also asked between runs (AppTest does, for the widgets of the page last drawn), when
    # the language may already be another.
    directions = {"TB": t("diagram.tb"), "LR": t("diagram.lr")}
    branches = {WHOLE: t("diagram.whole")}
    branches.update((p, t("diagram.branch_of", name=graph.party_name(p))) for p in parties)
    depths = {
        n: t("diagram.all_tiers") if n == ALL_TIERS else t("diagram.down_to", n=n) for n in tiers
    }
    direction_col, collapse_col, branch_col, tier_col = st.columns([1.2, 1, 1.6, 1])
    direction = direction_col.segmented_control(
        t("diagram.direction"),
        DIRECTIONS,
        key="dg-direction",
        default="TB",
        format_func=directions.__getitem__,
    )
    collapse = collapse_col.toggle(t("diagram.collapse"), value=True, key="dg-collapse")
    branch = branch_col.selectbox(
        t("diagram.branch"), [WHOLE, *parties], key="dg-branch", format_func=branches.__getitem__
    )
    max_tier = tier_col.selectbox(
        t("diagram.max_tier"), tiers, key="dg-max-tier", format_func=depths.__getitem__
    )
    if large and max_tier == LARGE_TIER:
        st.caption(t("diagram.large", n=len(graph.party_index), tier=LARGE_TIER))
    # Whom the municipality may audit, marked on the parties (the template's audit clause).
    audit = report.profile.audit is not None and st.toggle(
        t("diagram.audit"), value=False, key="dg-audit"
    )
    options = DiagramOptions(
        direction=direction or "TB",
        collapse_workers=collapse,
        branch=branch or None,
        max_tier=max_tier or None,
        # lang() is "ja" or "en", typed str by chain_app.i18n.
        lang=lg,  # type: ignore[arg-type]
    )
    dot = _dot(report, assessment, options, audit=audit)
    # A new chart for each diagram: the browser's chart component fails to morph one
    # diagram into another (it draws nothing), so it is never asked to.
    digest = hashlib.sha256(dot.encode("utf-8")).hexdigest()[:16]
    with st.container(key="diagram"), st.container(key=f"diagram-{digest}"):
        st.graphviz_chart(dot)
    return dot


_DOT = f"{state.HELD_WITH_RESULT}diagram-dot"


def _dot(
    report: Report, assessment: Assessment | None, options: DiagramOptions, *, audit: bool = False
) -> str:
    """The DOT text, built again only when the check, the assessment or the options changed.

    Every widget on the page reruns the script; the check is kept until the next edit
    (``chain_app.state.result``), so the diagram of an unchanged check is kept too. The
    objects themselves are kept and compared, never their ids, which a new object may reuse.
    """
    kept = st.session_state.get(_DOT)
    if (
        kept is not None
        and kept[0] is report
        and kept[1] is assessment
        and kept[2] == (options, audit)
    ):
        return kept[3]
    plan = audit_reach(report.graph, report.profile) if audit else None
    dot = build_dot(
        report.graph, findings=report.findings, assessment=assessment, audit=plan, options=options
    )
    st.session_state[_DOT] = (report, assessment, (options, audit), dot)
    return dot


def diagram_downloads(dot: str) -> None:
    """SVG, PNG, PDF and DOT of the diagram as shown; what cannot be rendered here, said."""
    lg = lang()
    st.markdown(f"**{t('downloads.diagram')}**")
    columns = dict(zip(BUTTONS, st.columns(len(BUTTONS)), strict=True))
    problems: list[str] = []
    for fmt, col in columns.items():
        problem = missing_for(fmt)
        if problem is not None:
            if problem.message(lg) not in problems:
                problems.append(problem.message(lg))
            continue
        try:
            data = _rendered(dot, fmt)
        except ExportError as exc:
            problems.append(t("downloads.failed", reason=exc.message(lg)))
            continue
        col.download_button(
            t(BUTTONS[fmt]),
            data=data,
            file_name=download_name(f"-diagram.{fmt}"),
            mime=MEDIA_TYPES[fmt],
            key=f"download-{fmt}",
            icon=":material/download:",
        )
    for message in problems:
        st.info(message, icon=":material/info:")
