"""The findings for the open chain under the chosen template, and what to download.

Sections, top to bottom: the verdict, the chain diagram, the findings table
with its filters, the checklist per delegation, the downloads.
"""

from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from chain.check.engine import Report
from chain.check.findings import Finding
from chain.editor.locate import field_label, locate
from chain.profiles import Profile
from chain.profiles.citations import Citation
from chain.report.checklist import DelegationChecklist, checklists
from chain.report.rows import COLUMNS, OFFICER_COLUMNS, facets, filter_findings, finding_rows
from chain.report.spreadsheet import findings_csv, findings_xlsx
from chain.vocab import SEVERITIES, join_labels
from chain_app import state
from chain_app.components import (
    CHECKLIST_PAGE,
    ColumnWidth,
    chain_download,
    download_name,
    show_problems,
    table,
)
from chain_app.diagram_view import diagram, diagram_downloads, structure_table
from chain_app.drafts_view import application_download
from chain_app.i18n import lang, t
from chain_app.text import md

#: The officer's columns: the JSON pointer and the slug are behind the detail's toggle.
SHOWN_COLUMNS = list(OFFICER_COLUMNS)
FILTERS = (
    ("flt-severity", "findings.severity", "severities"),
    ("flt-clause", "findings.clause", "clauses"),
    ("flt-party", "findings.party", "parties"),
    ("flt-code", "findings.code", "codes"),
)


def summary(report: Report) -> None:
    profile = report.profile
    st.caption(t("check.under", id=profile.id, title=md(profile.title)))
    counts = report.counts()
    errors, warnings, infos = st.columns(3)
    errors.metric(t("check.errors"), counts["error"])
    warnings.metric(t("check.warnings"), counts["warning"])
    infos.metric(t("check.infos"), counts["info"])
    if counts["error"]:
        st.error(t("check.verdict_fail", n=counts["error"]))
    else:
        st.success(t("check.verdict_pass"))


def _choice_label(options: dict[str, Any], lg: str, value: str) -> str:
    """A filter choice as shown: its label in ``lg`` (a bilingual text) or its value."""
    label = options[value]
    return label(lg) if callable(label) else str(label)


def filtered_findings(report: Report) -> list[Finding]:
    """The filter widgets, and the findings they let through."""
    lg = lang()
    choices = facets(report.findings, report.graph)
    chosen: dict[str, list[str]] = {}
    for col, (key, label, facet) in zip(st.columns(4), FILTERS, strict=True):
        options = dict(getattr(choices, facet))
        # Keep only choices this report still offers (the chain or template may have changed).
        if key in st.session_state:
            st.session_state[key] = [v for v in st.session_state[key] if v in options]
        chosen[facet] = col.multiselect(
            t(label),
            options=list(options),
            format_func=partial(_choice_label, options, lg),
            key=key,
            placeholder=t("findings.all"),
        )
    return filter_findings(report.findings, graph=report.graph, **chosen)


def findings(report: Report) -> list[Finding]:
    """Filters, the findings table and the selected finding in full; returns those shown."""
    st.subheader(t("findings.title"))
    if report.omitted:
        omitted(report)
    shown = filtered_findings(report)
    st.caption(t("findings.shown", total=len(report.findings), shown=len(shown)))
    if not report.findings:
        st.info(t("findings.none"))
        return shown
    lg = lang()
    rows = finding_rows(shown, lg, report.graph, where=partial(place_words, lang=lg))
    frame = pd.DataFrame(
        [[r[k] for k in SHOWN_COLUMNS] for r in rows],
        columns=[COLUMNS[k](lg) for k in SHOWN_COLUMNS],
    )
    widths: dict[str, ColumnWidth] = {
        "message": "large",
        "fix": "large",
        "clause": "medium",
        "interpretation": "large",
        "where": "medium",
    }
    with st.container(key="findings-table"):
        event = st.dataframe(
            frame,
            hide_index=True,
            width="stretch",
            key="findings-select",
            on_select="rerun",
            selection_mode="single-row",
            column_config={
                COLUMNS[k](lg): st.column_config.TextColumn(width=w) for k, w in widths.items()
            },
        )
    selected = [i for i in event.selection.rows if 0 <= i < len(shown)]
    if selected:
        finding_detail(shown[selected[0]], report.profile)
    else:
        st.caption(t("findings.select"))
    return shown


def omitted(report: Report) -> None:
    """What the limit left out of the list: per code, how many and where the first is."""
    lg = lang()
    limit = report.limit or 0
    lines = [t("findings.omitted", limit=f"{limit:,}"), ""]
    lines += [
        f"- **{o.code}** · {SEVERITIES[o.severity](lg)} · {md(o.message(limit)(lg), 400)}"
        for o in report.omitted
    ]
    with st.container(key="findings-omitted"):
        st.warning("\n".join(lines))


def place_words(pointer: str, lang: str = "ja") -> str:
    """Where a pointer is, in the editor's words: its table, row and column."""
    return _place_in(pointer, lang=lang, whole=t("findings.whole"))


def _place_in(pointer: str, *, lang: str, whole: str) -> str:
    """:func:`place_words` with the words for the whole chain given (for a download made
    when clicked, outside the page's run)."""
    where = locate(pointer)
    return where.label(lang) if where is not None else whole


def _document_name(c: Citation, profile: Profile) -> str:
    """The document a clause is of, as an officer names it: the profile's template by the
    profile's title (its source is a file name, 000_fa396c403729c04b.txt), a statute by
    its name."""
    if c.source == profile.id and c.document == profile.source:
        return profile.title
    return c.document


def finding_detail(f: Finding, profile: Profile) -> None:
    """One finding in full: message, every clause with its heading path, fix, place; its
    slug and JSON pointer behind the toggle 「技術的な詳細」."""
    lg = lang()
    with st.container(border=True, key="finding-detail"):
        st.markdown(f"**{f.code}** · {SEVERITIES[f.severity](lg)} · {md(f.message(lg), 2000)}")
        st.markdown(f"**{t('findings.clauses')}**")
        for c in f.citations:
            st.markdown(f"- {md(c.label(lg))} — {md(c.path)}（{md(_document_name(c, profile))}）")
        st.markdown(f"**{t('findings.fix')}** {md(f.fix(lg), 2000)}")
        for interp in f.interpretations:
            st.markdown(
                f"**{t('findings.interpretation')}** {md(interp.topic(lg))}: "
                f"{md(interp.text(lg), 2000)}"
            )
        st.markdown(f"**{t('findings.where')}** {md(place_words(f.pointer, lg))}")
        if st.toggle(t("findings.technical"), key="finding-technical", value=False):
            st.markdown(
                f"**{t('findings.slug')}** {md(f.slug)}　"
                f"**{t('findings.pointer')}** {md(f.pointer or '/', 2000)}"
            )


def _checklist_frame(cl: DelegationChecklist) -> pd.DataFrame:
    lg = lang()
    rows = []
    for item in cl.items:
        notes = []
        if item.missing_fields:
            names = join_labels([field_label(f)(lg) for f in item.missing_fields], lg)
            notes.append(t("checklist.fields", fields=names))
        if item.problems:
            notes.append(t("checklist.problems", codes=join_labels(item.problems, lg)))
        if item.interpretation is not None:
            notes.append(f"{t('checklist.interpretation')}: {item.interpretation.topic(lg)}")
        rows.append(
            {
                t("checklist.status"): t("checklist.ok" if item.present else "checklist.ng"),
                t("checklist.kind"): t(f"checklist.kind_{item.kind}"),
                t("checklist.item"): item.label(lg),
                t("checklist.clause"): join_labels([c.label(lg) for c in item.citations], lg),
                t("checklist.record"): " / ".join(item.documents),
                t("checklist.note"): " ".join(notes),
            }
        )
    return pd.DataFrame(rows)


def checklist(report: Report) -> None:
    """The checklist of each delegation, those with something missing or at fault first
    chosen when there are many, ten to a page (a 300-party chain drew 292 tables at every
    rerun of the page: 2.9 s)."""
    st.subheader(t("checklist.title"))
    st.caption(t("checklist.intro"))
    lg = lang()
    every = checklists(report)
    if not every:
        return
    open_ = [cl for cl in every if not cl.clear]
    shows = {
        "open": t("checklist.show_open", n=len(open_)),
        "all": t("checklist.show_all", n=len(every)),
    }
    st.session_state.setdefault("cl-show", "all" if len(every) <= CHECKLIST_PAGE else "open")
    show_col, page_col = st.columns([2, 1])
    show = show_col.segmented_control(
        t("checklist.show"), list(shows), key="cl-show", format_func=shows.__getitem__
    )
    chosen = every if show == "all" else open_
    if not chosen:
        st.success(t("checklist.all_clear", n=len(every)), icon=":material/check_circle:")
        return
    pages = -(-len(chosen) // CHECKLIST_PAGE)
    page = 0
    if pages > 1:
        labels = {
            n: t(
                "checklist.page",
                first=n * CHECKLIST_PAGE + 1,
                last=min(len(chosen), (n + 1) * CHECKLIST_PAGE),
                total=len(chosen),
            )
            for n in range(pages)
        }
        if st.session_state.get("cl-page", 0) not in labels:
            st.session_state["cl-page"] = 0
        page = page_col.selectbox(
            t("checklist.page_label"), list(labels), key="cl-page", format_func=labels.__getitem__
        )
    for cl in chosen[page * CHECKLIST_PAGE : (page + 1) * CHECKLIST_PAGE]:
        _delegation_checklist(cl, lg)


def _delegation_checklist(cl: DelegationChecklist, lg: str) -> None:
    if not cl.complete:
        state_text = t("checklist.missing", n=cl.missing)
    elif cl.errors:
        state_text = t("checklist.errors", n=len(cl.errors), codes=", ".join(cl.errors))
    else:
        state_text = t("checklist.complete")
    header = t(
        "checklist.header",
        kind=cl.kind(lg),
        delegator=md(cl.delegator, 60),
        delegate=md(cl.delegate, 60),
        id=md(cl.delegation, 60),
        state=state_text,
    )
    icon = ":material/check_circle:" if cl.clear else ":material/warning:"
    with st.expander(header, expanded=not cl.clear, icon=icon):
        if cl.tier is None:
            st.caption(t("checklist.off_chain"))
        elif not cl.items:
            st.caption(t("checklist.nothing"))
        else:
            table(
                _checklist_frame(cl),
                f"checklist-{cl.index}",
                widths={
                    t("checklist.item"): 310,
                    t("checklist.clause"): 290,
                    t("checklist.record"): "medium",
                    t("checklist.note"): "medium",
                },
                flagged=[not i.present for i in cl.items],
            )


def downloads(report: Report, shown: list[Finding], dot: str) -> None:
    st.subheader(t("downloads.title"))
    st.caption(t("downloads.scope", n=len(shown)))
    lg = lang()
    csv_col, xlsx_col, json_col, _rest = st.columns([1, 1, 1, 2])
    # Made when clicked, not at every rerun of the page (a filter change made both files
    # again). What they need of this run (the language, the words for the whole chain) is
    # taken now: a click is answered outside the page's run.
    where = partial(_place_in, lang=lg, whole=t("findings.whole"))
    rows = list(shown)
    csv_col.download_button(
        t("downloads.csv"),
        data=partial(findings_csv, rows, lg, report.graph, where=where),
        file_name=download_name("-findings.csv"),
        mime="text/csv",
        key="download-csv",
        icon=":material/download:",
    )
    xlsx_col.download_button(
        t("downloads.xlsx"),
        data=partial(findings_xlsx, rows, lg, report.graph, where=where),
        file_name=download_name("-findings.xlsx"),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="download-xlsx",
        icon=":material/download:",
    )
    with json_col:
        chain_download("download-chain")
    diagram_downloads(dot)


st.title(t("nav.check"))
doc = state.document()
if doc is None:
    st.info(t("check.none"))
    state.page_done()
outcome = state.result()
if outcome is None or outcome.report is None:
    st.error(t("check.cannot"))
    show_problems(outcome.problems if outcome else [], key="check-problems")
    chain_download("download-chain")
    state.page_done()

report = outcome.report
summary(report)
dot = diagram(report)
structure_table(report)
shown = findings(report)
checklist(report)
downloads(report, shown, dot)
application_download(report)
