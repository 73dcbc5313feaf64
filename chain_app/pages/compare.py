"""The open chain against every template, side by side."""

import pandas as pd
import streamlit as st

from chain.editor.document import document_chain
from chain.format.problems import ChainInputError
from chain.report.compare import compare_profiles
from chain_app import state
from chain_app.components import show_problems, table
from chain_app.i18n import t
from chain_app.text import md


def _use(profile_id: str) -> None:
    st.session_state[state.TEMPLATE_KEY] = profile_id
    state.goto("check")


st.title(t("nav.compare"))
doc = state.document()
if doc is None:
    st.info(t("check.none"))
    st.stop()
try:
    # Comparing needs a readable chain, whichever template the sidebar names.
    chain = document_chain(doc)
except ChainInputError as exc:
    st.error(t("check.cannot"))
    show_problems(exc.problems, key="compare-problems")
    st.stop()

st.caption(t("compare.intro"))
outcomes = compare_profiles(chain)

for col, o in zip(st.columns(len(outcomes)), outcomes, strict=True):
    with col.container(border=True, height=330):
        named = f"　:material/push_pin: {t('compare.named')}" if o.named_in_contract else ""
        st.markdown(f"**{o.profile_id}**{named}")
        st.caption(md(o.title))
        st.metric(
            t("compare.verdict"),
            t("compare.pass") if o.passes else t("compare.fail"),
            delta=t("compare.metric", errors=o.errors, warnings=o.warnings),
            delta_color="normal" if o.passes else "inverse",
            delta_arrow="off",
        )
        st.button(
            t("compare.use", id=o.profile_id),
            key=f"compare-use-{o.profile_id}",
            on_click=_use,
            args=(o.profile_id,),
        )

frame = pd.DataFrame(
    [
        {
            t("compare.template"): o.profile_id,
            t("compare.verdict"): t("compare.pass") if o.passes else t("compare.fail"),
            t("compare.errors"): o.errors,
            t("compare.warnings"): o.warnings,
            t("compare.infos"): o.infos,
            t("compare.error_codes"): " ".join(o.error_codes),
            t("compare.warning_codes"): " ".join(o.warning_codes),
            t("compare.named"): "✔" if o.named_in_contract else "",
            t("compare.title"): o.title,
            t("compare.issuer"): o.issuer,
        }
        for o in outcomes
    ]
)
table(frame, "compare-table")
