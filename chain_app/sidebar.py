"""The sidebar every page shares: language, the open chain, and the template to check against."""

from __future__ import annotations

import streamlit as st

from chain.profiles.load import builtin_profile_ids
from chain_app import state
from chain_app.components import chain_title, profile_label
from chain_app.i18n import LANG_KEY, t
from chain_app.text import md

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

        def label(pid: str) -> str:
            text = profile_label(pid)
            return f"{text}（{named_note}）" if pid == named else text

        st.selectbox(
            t("sidebar.template"),
            options=builtin_profile_ids(),
            format_func=label,
            key=state.TEMPLATE_KEY,
            index=None,
            placeholder=t("sidebar.template_placeholder"),
            help=t("sidebar.template_help"),
        )
        outcome = state.result()
        if outcome is None:
            return
        if outcome.report is None:
            st.error(t("sidebar.problems", n=len(outcome.problems)))
        else:
            counts = outcome.report.counts()
            box = st.error if counts["error"] else st.success
            box(t("sidebar.counts", **counts))
