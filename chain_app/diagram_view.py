"""The chain diagram on the findings page, its layout choices and its downloads.

Where the server has Graphviz's ``dot`` and a Japanese font, the diagram is laid out
there, as the SVG download is, and the page shows that SVG: the browser's own layout
(``st.graphviz_chart``) measured Japanese text with other fonts (labels overlapping,
groups clipped), froze the page for a minute on a large chain laid out left to right,
and now and then kept the last diagram after a change of layout. Without ``dot`` the
browser lays it out, but not a large chain from left to right. SVG, PNG and PDF
downloads need ``dot``, and PNG and PDF a Japanese font: when either is missing the
page says so instead of offering a file with boxes for names.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from functools import partial
from typing import Literal

import pandas as pd
import streamlit as st

from chain._perf.heap import release_free_memory
from chain.check.engine import Report
from chain.check.wording import profile_terms
from chain.diagram import DiagramOptions, build_dot
from chain.diagram.export import MEDIA_TYPES, ExportError, missing_for, render
from chain.liability import Assessment
from chain.liability.audit import audit_reach
from chain.report.overview import overview
from chain.text import visible
from chain.vocab import tier_label
from chain_app import state
from chain_app.components import download_name
from chain_app.i18n import lang, t

__all__ = ["LARGE_CHAIN", "diagram", "diagram_downloads", "structure_table"]

#: Above this many parties, the page first shows the tiers down to :data:`LARGE_TIER`.
LARGE_CHAIN = 60
LARGE_TIER = 2
#: A diagram's text longer than this leaves enough freed to give back to the system.
LARGE_DOT = 4 * 1024 * 1024
DIRECTIONS: tuple[Literal["TB", "LR"], ...] = ("TB", "LR")
BUTTONS = {
    "svg": "downloads.svg",
    "png": "downloads.png",
    "pdf": "downloads.pdf",
    "dot": "downloads.dot",
}
WHOLE = ""
ALL_TIERS = 0
#: Shown at the width of the page, or at its own size (scrolled).
FIT, NATURAL = "fit", "natural"
#: Above this many parties on the diagram, the browser is not asked to lay it out from
#: left to right (it froze for about 80 s on 300 parties).
BROWSER_LR_LIMIT = 60
#: Fonts the page's SVG asks for after the one it was laid out with, should the
#: officer's computer lack it (widths of Japanese glyphs agree among these).
_FALLBACK_FONTS = "Noto Sans JP,Hiragino Sans,Hiragino Kaku Gothic ProN,Yu Gothic,Meiryo,sans-serif"


@st.cache_data(show_spinner=False, max_entries=24)
def _rendered(dot: str, fmt: str) -> bytes:
    # fmt is one of the export formats the download buttons offer.
    return render(dot, fmt)  # type: ignore[arg-type]


def _choice(key: str, options: list, default, basis: object = None) -> None:
    """Start a widget at ``default``, and again whenever the ``basis`` of the default
    changes (a large chain opened after a small one), and keep its value only while the
    open chain still offers it. (Left unset, a select box starts at its first option, not
    the default: a large chain's diagram opened at every tier.)"""
    marker = f"{key}#basis"
    if (
        key not in st.session_state
        or st.session_state[key] not in options
        or st.session_state.get(marker, basis) != basis
    ):
        st.session_state[key] = default
    st.session_state[marker] = basis


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
    _choice("dg-max-tier", tiers, LARGE_TIER if large else ALL_TIERS, basis=large)
    # Every option's words worked out now, in this run's language: a format function is
    # also asked between runs (AppTest does, for the widgets of the page last drawn), when
    # the language may already be another.
    directions = {"TB": t("diagram.tb"), "LR": t("diagram.lr")}
    branches = {WHOLE: t("diagram.whole")}
    branches.update((p, t("diagram.branch_of", name=graph.party_name(p))) for p in parties)
    depths = {
        n: t("diagram.all_tiers") if n == ALL_TIERS else t("diagram.down_to", n=n) for n in tiers
    }
    # Defaults set in the session, not given to the widgets: their values are stored again
    # at each run so that they outlive a visit to another page (chain_app.state.keep_choices).
    for key, default in (
        ("dg-direction", "TB"),
        ("dg-collapse", True),
        ("dg-size", FIT),
        ("dg-audit", False),
    ):
        st.session_state.setdefault(key, default)
    direction_col, collapse_col, branch_col, tier_col = st.columns([1.2, 1, 1.6, 1])
    direction = direction_col.segmented_control(
        t("diagram.direction"),
        DIRECTIONS,
        key="dg-direction",
        format_func=directions.__getitem__,
    )
    collapse = collapse_col.toggle(t("diagram.collapse"), key="dg-collapse")
    branch = branch_col.selectbox(
        t("diagram.branch"), [WHOLE, *parties], key="dg-branch", format_func=branches.__getitem__
    )
    max_tier = tier_col.selectbox(
        t("diagram.max_tier"), tiers, key="dg-max-tier", format_func=depths.__getitem__
    )
    if large and max_tier == LARGE_TIER:
        st.caption(t("diagram.large", n=len(graph.party_index), tier=LARGE_TIER))
    server = missing_for("svg") is None
    sizes = {FIT: t("diagram.fit"), NATURAL: t("diagram.natural")}
    size = (
        st.segmented_control(
            t("diagram.size"),
            list(sizes),
            key="dg-size",
            format_func=sizes.__getitem__,
        )
        if server
        else None
    )
    # Whom the municipality may audit, marked on the parties (the template's audit clause).
    audit = report.profile.audit is not None and st.toggle(t("diagram.audit"), key="dg-audit")
    options = DiagramOptions(
        direction=direction or "TB",
        collapse_workers=collapse,
        branch=branch or None,
        max_tier=max_tier or None,
        # lang() is "ja" or "en", typed str by chain_app.i18n.
        lang=lg,  # type: ignore[arg-type]
    )
    dot = _dot(report, assessment, options, audit=audit)
    # A new element for each diagram: the browser's chart component failed to morph one
    # diagram into another (it drew nothing), so it is never asked to.
    digest = hashlib.sha256(dot.encode("utf-8")).hexdigest()[:16]
    with st.container(key="diagram"), st.container(key=f"diagram-{digest}"):
        if server:
            _server_drawn(dot, size or FIT)
        elif options.direction == "LR" and _shown_parties(dot) > BROWSER_LR_LIMIT:
            st.info(t("diagram.lr_too_large", limit=BROWSER_LR_LIMIT), icon=":material/info:")
        else:
            st.graphviz_chart(dot)
    return dot


def structure_table(report: Report) -> None:
    """The chain as a table (:func:`chain.report.overview.overview`), each delegation under
    the party it came from, indented by tier: opened at once on a large chain, whose drawing
    is too small or too wide to read whole."""
    rows = overview(report)
    if not rows:
        return
    lg = lang()
    large = len(report.graph.party_index) > LARGE_CHAIN
    columns = {k: t(f"overview.{k}") for k in ("party", "tier", "delegator", "work", "codes")}
    frame = pd.DataFrame(
        [
            {
                columns["party"]: "　" * max(0, (r.tier or 1) - 1)
                + r.delegate
                + (t("overview.again") if r.again else ""),
                columns["tier"]: _tier_word(r.tier, lg),
                columns["delegator"]: r.delegator,
                columns["work"]: r.work,
                columns["codes"]: ", ".join(r.codes),
            }
            for r in rows
        ]
    ).map(lambda v: visible(v) if isinstance(v, str) else v)
    label = t("overview.title", n=len(rows))
    with (
        st.expander(label, expanded=large, icon=":material/account_tree:"),
        st.container(key="overview-table"),
    ):
        st.dataframe(
            frame,
            hide_index=True,
            width="stretch",
            height=min(35 * (len(rows) + 1) + 3, 460),
            column_config={
                columns["party"]: st.column_config.TextColumn(width="large"),
                columns["work"]: st.column_config.TextColumn(width="medium"),
            },
        )


def _tier_word(tier: int | None, lg: str) -> str:
    """``2次（再委託）`` / ``tier 2 (subcontract)``; off the chain, said so."""
    if tier is None:
        return t("overview.off")
    kind = tier_label(tier)
    return f"{tier}次（{kind.ja}）" if lg == "ja" else f"tier {tier} ({kind.en})"


def _shown_parties(dot: str) -> int:
    """How many parties a diagram's text draws (each party's node statement names its
    ``id`` attribute once; chain.diagram writes every party so)."""
    return dot.count('id="party-')


def _server_drawn(dot: str, size: str) -> None:
    """The diagram laid out by ``dot`` on the server, as SVG in the page."""
    try:
        svg = _rendered(dot, "svg")
    except ExportError as exc:
        st.warning(t("downloads.failed", reason=exc.message(lang())), icon=":material/warning:")
        return
    st.html(page_svg(svg, natural=size == NATURAL))


_ROOT = re.compile(rb'<svg width="([0-9.]+)pt" height="([0-9.]+)pt"')
_FONT = re.compile(rb'font-family="([^"]*)"')


def page_svg(svg: bytes, *, natural: bool = False) -> str:
    """``dot``'s SVG as HTML for the page: an image of it (an SVG shown as an image runs
    nothing and loads nothing), fonts to fall back on named, at the page's width (never
    larger than its own) or at its own size in a box that scrolls. The names in it are
    escaped by ``dot`` and sealed in the image's base64 text; Streamlit sanitises the
    page's HTML again (DOMPurify)."""
    start = svg.find(b"<svg")
    body = svg[start:] if start >= 0 else svg
    found = _ROOT.match(body)
    width_px = round(float(found.group(1)) * 4 / 3) if found is not None else None
    body = _FONT.sub(
        lambda m: b'font-family="' + m.group(1) + b"," + _FALLBACK_FONTS.encode() + b'"', body
    )
    source = "data:image/svg+xml;base64," + base64.b64encode(body).decode("ascii")
    if natural and width_px is not None:
        sizing, box = f"width:{width_px}px;max-width:none", "overflow:auto;max-height:80vh"
    else:
        sizing = "width:100%" + (f";max-width:{width_px}px" if width_px is not None else "")
        box = "overflow:auto"
    return (
        f'<div class="chain-diagram" style="{box}">'
        f'<img alt="{_ALT}" src="{source}" style="display:block;height:auto;{sizing}"></div>'
    )


#: What the image of the diagram is, for a screen reader (the names are in the tables).
_ALT = "体制図 / chain diagram"


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
    del kept  # the last diagram is not kept while the next is drawn
    st.session_state.pop(_DOT, None)
    plan = audit_reach(report.graph, report.profile) if audit else None
    dot = build_dot(
        report.graph,
        findings=report.findings,
        assessment=assessment,
        audit=plan,
        options=options,
        terms=profile_terms(report.profile),
    )
    st.session_state[_DOT] = (report, assessment, (options, audit), dot)
    if len(dot) > LARGE_DOT:
        release_free_memory()  # the lines it was joined from (chain._perf.heap)
    return dot


def diagram_downloads(dot: str) -> None:
    """SVG, PNG, PDF and DOT of the diagram as shown; what cannot be rendered here, said.

    The SVG is the one the page shows (rendered once); PNG and PDF are rendered when their
    button is clicked, not at every change of the chain (``dot`` ran three times per edit
    for files most edits never download)."""
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
        data: bytes | Callable[[], bytes]
        if fmt in ("svg", "dot"):
            try:
                data = _rendered(dot, fmt)
            except ExportError as exc:
                problems.append(t("downloads.failed", reason=exc.message(lg)))
                continue
        else:
            data = partial(_rendered_or_said, dot, fmt, lg)
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


def _rendered_or_said(dot: str, fmt: str, lg: str) -> bytes:
    """The diagram in ``fmt``, rendered when its button is clicked; should ``dot`` fail
    then (the SVG of the same text was drawn), the file says why in words instead."""
    try:
        return _rendered(dot, fmt)
    except ExportError as exc:
        return t("downloads.failed", reason=exc.message(lg)).encode("utf-8")
