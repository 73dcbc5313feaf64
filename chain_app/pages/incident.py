"""Ask about an incident: who answers to the municipality, in what capacity, under which clause."""

import pandas as pd
import streamlit as st

from chain.liability import LiabilityError, assess
from chain.liability.audit import AUDIT_COLUMNS, audit_reach, audit_rows, audit_summary
from chain.liability.rows import (
    CAPACITY_COLUMNS,
    EXPOSURE_COLUMNS,
    REPORTING_COLUMNS,
    capacity_rows,
    exposure_rows,
    incident_count,
    incident_search,
    reporting_rows,
)
from chain_app import state
from chain_app.components import show_problems, table
from chain_app.diagram_view import diagram, diagram_downloads
from chain_app.i18n import lang, t
from chain_app.text import md

#: At most this many parties and workers are listed at once; a larger chain's are searched.
INCIDENT_LIST = 500

st.title(t("nav.incident"))
result = state.result()
if result is None:
    st.info(t("check.none"))
    state.page_done()
if result.report is None:
    st.error(t("check.cannot"))
    show_problems(result.problems, key="incident-problems")
    state.page_done()

report = result.report
graph = report.graph
lg = lang()
st.caption(t("incident.intro"))
# A large chain's parties and workers are not all listed (120,000 labels for a 58 MB chain):
# the officer narrows them by part of a name or id, and the first matches are listed.
if incident_count(graph) > INCIDENT_LIST:
    if "incident-search" not in st.session_state:
        st.session_state["incident-search"] = st.session_state.get(state.INCIDENT_SEARCH, "")
    query = st.text_input(t("incident.search"), key="incident-search", max_chars=200)
    st.session_state[state.INCIDENT_SEARCH] = query
else:
    query = ""
# The choice is kept while the page is left: the widget's own state is not.
if "incident-at" not in st.session_state and st.session_state.get(state.INCIDENT_AT):
    st.session_state["incident-at"] = st.session_state[state.INCIDENT_AT]
listed, matched = incident_search(
    graph, query, INCIDENT_LIST, keep=st.session_state.get("incident-at")
)
choices = dict(listed)
del listed
if st.session_state.get("incident-at") not in choices:
    st.session_state.pop("incident-at", None)
if matched > INCIDENT_LIST:
    st.caption(t("incident.shown", shown=INCIDENT_LIST, matched=matched))
elif not matched:
    st.caption(t("incident.none_found"))
at = st.selectbox(
    t("incident.at"),
    options=list(choices),
    format_func=lambda key: choices[key](lg),
    index=None,
    placeholder=t("incident.placeholder"),
    key="incident-at",
)
st.session_state[state.INCIDENT_AT] = at
if at is None:
    state.page_done()

try:
    assessment = assess(report, at)
except LiabilityError as exc:
    st.error(exc.text(lg))
    state.page_done()

for note in assessment.notes:
    if note(lg):
        st.markdown(f"- {md(note(lg), limit=2000)}")

dot = diagram(report, assessment)

st.subheader(t("incident.capacities"))
rows = capacity_rows(assessment, graph, lg)
summary_columns = ("party", "capacity", "basis")
frame = pd.DataFrame(
    [[r[k] for k in summary_columns] for r in rows],
    columns=[CAPACITY_COLUMNS[k](lg) for k in summary_columns],
)
table(frame, key="incident-capacities")
if assessment.joint_group:
    names = "、".join(graph.party_name(p) for p in assessment.joint_group)
    st.warning(t("incident.joint", names=md(names)))

st.markdown(f"**{t('incident.reasoning')}**")
for i, row in enumerate(rows):
    with st.expander(f"{md(row['party'])} — {md(row['capacity'])}", expanded=i < 2):
        st.markdown(f"**{CAPACITY_COLUMNS['basis'](lg)}**: {md(row['basis'], limit=2000)}")
        if row["interpretation"]:
            st.markdown(
                f"**{CAPACITY_COLUMNS['interpretation'](lg)}**: {md(row['interpretation'], limit=2000)}"
            )
        st.markdown("\n\n".join(md(line, limit=2000) for line in row["trace"].splitlines()))

st.subheader(t("incident.exposures"))
st.caption(t("incident.exposures_note"))
xrows = exposure_rows(assessment, graph, lg)
xframe = pd.DataFrame(
    [[r[k] for k in EXPOSURE_COLUMNS] for r in xrows],
    columns=[c(lg) for c in EXPOSURE_COLUMNS.values()],
)
table(xframe, key="incident-exposures")

st.subheader(t("incident.reporting"))
st.caption(t("incident.reporting_note"))
rrows = reporting_rows(assessment, graph, lg)
rframe = pd.DataFrame(
    [[r[k] for k in REPORTING_COLUMNS] for r in rrows],
    columns=[c(lg) for c in REPORTING_COLUMNS.values()],
)
table(rframe, key="incident-reporting")

# Whom the municipality may audit: the template's audit clause, tier by tier.
plan = audit_reach(graph, report.profile)
if plan is not None:
    st.subheader(t("incident.audit"))
    st.caption(t("incident.audit_note", summary=md(audit_summary(plan, lg), limit=2000)))
    arows = audit_rows(plan, graph, lg)
    aframe = pd.DataFrame(
        [[r[k] for k in AUDIT_COLUMNS] for r in arows],
        columns=[c(lg) for c in AUDIT_COLUMNS.values()],
    )
    table(aframe, key="incident-audit")

# The overlay as a file, for a legal memo.
diagram_downloads(dot)
