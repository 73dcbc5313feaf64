"""Landing page: what the app does, and three ways to bring a chain in."""

import streamlit as st

from chain.editor.document import new_document
from chain.profiles.load import builtin_profile_ids
from chain_app import cases_view, state
from chain_app.components import chain_title, profile_label, show_problems
from chain_app.i18n import t
from chain_app.samples import samples
from chain_app.text import md


def _open_sample(path: str) -> None:
    if state.open_path(path):
        state.goto("check")


def _on_upload() -> None:
    uploaded = st.session_state.get("upload")
    if uploaded is None:
        return
    if state.open_bytes(uploaded.getvalue(), uploaded.name):
        state.goto("check")


def _create() -> None:
    get = st.session_state.get
    doc = new_document(
        title=get("new-title") or "",
        municipality=get("new-municipality") or "",
        contractor=get("new-contractor") or "",
        template=get("new-template"),
        start=get("new-start"),
        end=get("new-end"),
    )
    state.open_document(doc, t("load.new"))
    state.goto("edit")


st.title(t("app.title"))
st.markdown(t("load.intro"))

# What happened to the last file, and what is open, come first: they answer the officer's
# question right after an upload.
error = state.load_error()
doc = state.document()
if error is not None:
    st.error(t("load.bad_file", name=md(error.name), n=len(error.problems)))
    show_problems(error.problems, key="load-problems")
    if doc is not None:
        st.info(t("load.kept", title=md(chain_title(doc))))
elif doc is not None:
    st.success(t("load.opened", title=md(chain_title(doc)), source=md(state.source())))
if doc is not None:
    go_check, go_edit, _rest = st.columns([1, 1, 4])
    go_check.button(t("load.to_check"), key="go-check", on_click=state.goto, args=("check",))
    go_edit.button(t("load.to_edit"), key="go-edit", on_click=state.goto, args=("edit",))
st.divider()
cases_view.target_picker()

sample_col, upload_col, new_col = st.columns(3, gap="large")

with sample_col:
    st.subheader(t("load.sample"))
    available = samples()
    if available:
        choice = available[0]
        if len(available) > 1:
            choice = st.selectbox(
                t("load.sample_choice"),
                options=available,
                format_func=lambda s: f"{s.title}（{s.name}）",
                key="sample-choice",
            )
        st.caption(md(choice.title))
        st.button(
            t("load.sample_button"),
            key="open-sample",
            type="primary",
            on_click=_open_sample,
            args=(str(choice.path),),
        )

with upload_col:
    st.subheader(t("load.upload"))
    st.file_uploader(
        t("load.upload"),
        type=["json"],
        key="upload",
        on_change=_on_upload,
        help=t("load.upload_help"),
        label_visibility="collapsed",
    )
    st.caption(t("load.upload_help"))

with new_col:
    st.subheader(t("load.new"))
    with st.form("new-chain"):
        st.text_input(t("load.new_title"), key="new-title")
        st.text_input(t("load.new_municipality"), key="new-municipality")
        st.text_input(t("load.new_contractor"), key="new-contractor")
        st.selectbox(
            t("load.new_template"),
            options=builtin_profile_ids(),
            format_func=profile_label,
            key="new-template",
        )
        st.text_input(t("load.new_start"), key="new-start")
        st.text_input(t("load.new_end"), key="new-end")
        st.form_submit_button(t("load.new_submit"), on_click=_create)
