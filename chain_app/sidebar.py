"""The sidebar every page shares: language, the open chain, and the template to check against."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from chain.text import visible
from chain_app import state
from chain_app.components import chain_title, profile_label, table
from chain_app.i18n import LANG_KEY, lang, t
from chain_app.text import md
from chain_app.uploaded_profiles import open_profile_bytes, profile_error, profile_ids, uploaded

__all__ = ["render"]


def _named_template() -> str | None:
    doc = state.document()
    contract = doc.get("contract") if isinstance(doc, dict) else None
    return contract.get("template") if isinstance(contract, dict) else None


def render() -> None:
    with st.sidebar:
        st.radio(
            t("lang.label"),
            options=["ja", "en"],
            format_func={"ja": "日本語", "en": "English"}.__getitem__,
            key=LANG_KEY,
            horizontal=True,
        )
        st.subheader(t("sidebar.open"))
        doc = state.document()
        if doc is None:
            st.caption(t("sidebar.none"))
            return
        st.markdown(f"**{md(chain_title(doc))}**")
        st.caption(md(state.source()))
        named = _named_template()
        # Worded once, in the language the sidebar is drawn in: the label of an option must
        # not depend on when it is asked for (AppTest asks between runs).
        named_note = t("sidebar.named")

        mine = uploaded()

        def label(pid: str) -> str:
            own = mine.get(pid)
            text = visible(f"{pid} {own.title}") if own is not None else profile_label(pid)
            return f"{text}（{named_note}）" if pid == named else text

        st.selectbox(
            t("sidebar.template"),
            options=profile_ids(),
            format_func=label,
            key=state.TEMPLATE_KEY,
            index=None,
            placeholder=t("sidebar.template_placeholder"),
            help=t("sidebar.template_help"),
        )
        _profile_upload()
        outcome = state.result()
        if outcome is None:
            return
        if outcome.report is None:
            st.error(t("sidebar.problems", n=len(outcome.problems)))
        else:
            counts = outcome.report.counts()
            box = st.error if counts["error"] else st.success
            box(t("sidebar.counts", **counts))


def _on_profile_upload() -> None:
    file = st.session_state.get("profile-upload")
    if file is None:
        return
    profile = open_profile_bytes(file.getvalue(), file.name)
    if profile is not None:  # chosen at once: the officer uploaded it to check against it
        st.session_state[state.TEMPLATE_KEY] = profile.id


def _profile_upload() -> None:
    """A profile file of the officer's own, checked strictly, then chosen above."""
    st.file_uploader(
        t("sidebar.profile_upload"),
        type=["toml"],
        key="profile-upload",
        on_change=_on_profile_upload,
        help=t("sidebar.profile_upload_help"),
    )
    error = profile_error()
    if error is None:
        return
    st.error(t("sidebar.profile_problems", name=md(error.name), n=len(error.problems)))
    lg = lang()
    rows = [
        {
            t("sidebar.profile_line"): p.line,
            t("problems.message"): p.message(lg),
            t("sidebar.profile_fix"): p.fix(lg) if p.fix is not None else "",
            "type": p.type,
            "pointer": p.pointer,
        }
        for p in error.problems
    ]
    table(pd.DataFrame(rows), "profile-problems")
