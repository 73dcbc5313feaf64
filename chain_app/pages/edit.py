"""Edit the open chain: a form for the contract, a table for each list; re-checked on every edit."""

from collections.abc import Mapping
from typing import Any, NamedTuple

import pandas as pd
import streamlit as st

from chain.editor.tables import from_frame, from_row, from_rows, to_frame, to_row
from chain.format.table_specs import TABLES, Column, TableSpec
from chain_app import state
from chain_app.components import chain_download, show_problems
from chain_app.edits import apply_edits
from chain_app.i18n import lang, t
from chain_app.text import md

CONTRACT = TABLES["contract"]
EDIT_TAB = "edit-tab"
_EDIT_TABLE = "_edit_table"


def _column_config(spec: TableSpec) -> dict:
    lg = lang()
    config = {}
    for c in spec.columns:
        label = c.label(lg)
        if c.kind == "bool":
            config[c.path] = st.column_config.CheckboxColumn(label)
        elif c.kind == "list":
            config[c.path] = st.column_config.ListColumn(label)
        elif c.kind == "enum":
            config[c.path] = st.column_config.SelectboxColumn(
                label, options=list(c.options or {}), format_func=_formatter(c), width="medium"
            )
        elif c.kind == "enum_list":
            config[c.path] = st.column_config.MultiselectColumn(
                label, options=list(c.options or {}), format_func=_formatter(c)
            )
        else:
            # Numbers and dates are edited as text, so whatever is typed is kept and checked.
            config[c.path] = st.column_config.TextColumn(label, pinned=c.path == "id" or None)
    return config


def _formatter(c: Column):
    lg = lang()
    options = c.options or {}
    return lambda v: options[v](lg) if v in options else str(v)


class _Base(NamedTuple):
    """The frame a table editor was given, and what it was built from."""

    marker: tuple  # (the table's base revision, the delegation of its documents, language)
    revision: int  # the document's revision
    frame: pd.DataFrame


def _editor_changed(table: str) -> None:
    """Store a table editor's edits in the document (a callback: it runs before any page is
    drawn, so an edit committed by the click that leaves this page is stored too)."""
    doc = state.document()
    base = st.session_state.get(f"_base-{table}")
    edits = st.session_state.get(f"ed-{table}")
    if doc is None or base is None or not isinstance(edits, Mapping):
        return
    editable = [c.path for c in TABLES[table].columns]
    rows = apply_edits(base.frame.to_dict(orient="records"), editable, edits)
    try:
        changed = from_rows(doc, table, rows, base.marker[1])
    except IndexError:  # the delegation whose documents they were is no longer there
        return
    if changed != doc:
        state.update_document(changed, table)


def _table_editor(table: str, parent: int | None = None) -> None:
    """The table's editor: its base frame plus the edits the editor holds is the document's table.

    While the editor holds edits, its base is kept, so that they apply to the frame they were
    made on; it is rebuilt when the document changed elsewhere or the language changed. Once
    the editor holds none (Streamlit forgets them when the page is left), only the document
    has the edits, so a base older than the document is rebuilt from it.

    The edits reach the document in the editor's callback; the table the editor returns is
    stored too, in case Streamlit reads a cell differently from :func:`apply_edits`.
    """
    doc = state.document()
    if doc is None:
        return  # the page shows no editor without a document
    spec = TABLES[table]
    marker = (state.base_revision(table), parent, lang())
    base_key, editor_key = f"_base-{table}", f"ed-{table}"
    base = st.session_state.get(base_key)
    holds_edits = editor_key in st.session_state
    if (
        base is None
        or base.marker != marker
        or (not holds_edits and base.revision != state.revision())
    ):
        base = _Base(marker, state.revision(), to_frame(doc, table, parent))
        st.session_state[base_key] = base
        st.session_state.pop(editor_key, None)
    edited = st.data_editor(
        base.frame,
        key=editor_key,
        on_change=_editor_changed,
        args=(table,),
        num_rows="dynamic",
        hide_index=True,
        column_order=[c.path for c in spec.columns],
        column_config=_column_config(spec),
        width="stretch",
        placeholder="",
    )
    changed = from_frame(doc, table, edited, parent)
    if changed != doc:
        state.update_document(changed, table)
        st.rerun()


def _contract_changed(path: str) -> None:
    doc = state.document()
    if doc is None:
        return  # the document was closed before the callback ran
    contract = doc.get("contract")
    row = to_row(CONTRACT, contract)
    row[path] = st.session_state.get(f"contract-{path}")
    new = dict(doc)
    new["contract"] = from_row(CONTRACT, row, base=contract)
    state.update_document(new, "contract")
    if path == "template":
        state.sync_template(new)


def _contract_form() -> None:
    doc = state.document()
    if doc is None:
        return  # the page shows no form without a document
    row = to_row(CONTRACT, doc.get("contract"))
    lg = lang()
    cols = st.columns(2)
    for i, c in enumerate(CONTRACT.columns):
        key = f"contract-{c.path}"
        where = cols[i % 2]
        common: dict[str, Any] = {"key": key, "on_change": _contract_changed, "args": (c.path,)}
        value = row.get(c.path)
        if c.kind == "bool":
            where.checkbox(
                c.label(lg), value=bool(value) if isinstance(value, bool) else False, **common
            )
        elif c.kind == "list":
            current = list(value or [])
            where.multiselect(
                c.label(lg), options=current, default=current, accept_new_options=True, **common
            )
        else:
            where.text_input(c.label(lg), value=value or "", **common)


doc = state.document()
st.title(t("nav.edit"))
if doc is None:
    st.info(t("edit.none"))
    state.page_done()

st.caption(t("edit.intro"))
outcome = state.result()
if outcome is not None and outcome.problems:
    st.error(t("problems.count", n=len(outcome.problems)))
    st.caption(t("problems.intro"))
    show_problems(outcome.problems, key="edit-problems")
elif outcome is not None and outcome.report is not None:
    st.success(t("edit.valid"))
    st.page_link(
        "chain_app/pages/check.py",
        label=t("edit.findings_link", **outcome.report.counts()),
        icon=":material/fact_check:",
    )

# Keyed, state-tracking containers: an edit reruns the page and may add a problems panel
# above them, and an officer must stay on the form or table being edited.
with st.expander(t("edit.contract"), key="contract-box", on_change="rerun"):
    _contract_form()

tab_names = ["parties", "delegations", "documents", "workers", "places"]
tab_labels = {name: TABLES[name].label(lang()) for name in tab_names}


def _tab_changed(labels=tab_labels) -> None:
    chosen = st.session_state.get(EDIT_TAB)
    st.session_state[_EDIT_TABLE] = next((n for n, lb in labels.items() if lb == chosen), None)


# The open tab is remembered by table, so switching the language keeps it.
st.session_state[EDIT_TAB] = tab_labels.get(
    st.session_state.get(_EDIT_TABLE) or "parties", tab_labels["parties"]
)
tabs = st.tabs(list(tab_labels.values()), key=EDIT_TAB, on_change=_tab_changed)
for name, tab in zip(tab_names, tabs, strict=True):
    with tab:
        if name != "documents":
            _table_editor(name)
            continue
        delegations = doc.get("delegations") or []
        if not delegations:
            st.caption(t("edit.no_delegations"))
            continue

        def describe(i: int, delegations=delegations) -> str:
            d = delegations[i] if isinstance(delegations[i], dict) else {}
            ends = f"{d.get('delegator', '—')} → {d.get('delegate', '—')}"
            return f"{i + 1}. {d.get('id', '—')}（{ends}）"

        # The choice is remembered apart from its widget, which Streamlit forgets when the page
        # is left, so that the officer comes back to the documents they were editing.
        if st.session_state.get("doc-delegation") not in range(len(delegations)):
            st.session_state.pop("doc-delegation", None)
            if st.session_state.get(state.DOC_DELEGATION) in range(len(delegations)):
                st.session_state["doc-delegation"] = st.session_state[state.DOC_DELEGATION]
        chosen = st.selectbox(
            t("edit.documents_for"),
            options=list(range(len(delegations))),
            format_func=describe,
            key="doc-delegation",
        )
        st.session_state[state.DOC_DELEGATION] = chosen
        if chosen < len(delegations):
            _table_editor("documents", parent=chosen)

st.divider()
if outcome is not None and outcome.problems:
    st.warning(t("edit.download_invalid"))
chain_download("download-chain-edit")
st.caption(md(state.source()))
