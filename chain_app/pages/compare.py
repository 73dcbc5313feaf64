"""The open chain against every template, side by side; and how two templates differ."""

import pandas as pd
import streamlit as st

from chain.editor.document import document_chain
from chain.format.problems import ChainInputError
from chain.profiles.diff import diff_profiles
from chain.profiles.load import builtin_profile_ids, load_profile
from chain.report.compare import compare_profiles
from chain.report.profile_diff import diff_lines
from chain.vocab import L
from chain_app import state
from chain_app.components import show_problems, table
from chain_app.i18n import lang, t
from chain_app.text import md

#: The words of the template comparison (this page's own).
_DIFF = {
    "title": L("テンプレートの違い", "How two templates differ"),
    "intro": L(
        "二つのテンプレートを選ぶと、一方が求めて他方が求めないこと（規則・申請事項・段階・責任・解釈）を、条項つきで話題ごとに示します。",
        "Choose two templates to see, topic by topic and with their clauses, what one requires "
        "that the other does not (rules, application items, tiers, liability, interpretations).",
    ),
    "a": L("テンプレート A", "Template A"),
    "b": L("テンプレート B", "Template B"),
    "same": L("違いはありません。", "No differences."),
    "topic": L("話題", "Topic"),
    "side": L("どちら", "Which"),
    "subject": L("規則・項目", "Rule or item"),
    "message": L("違い", "Difference"),
    "clauses": L("根拠", "Clauses"),
    "count": L("{n} 件の違い", "{n} differences"),
}


def _use(profile_id: str) -> None:
    st.session_state[state.TEMPLATE_KEY] = profile_id
    state.goto("check")


def _chain_against_templates() -> None:
    doc = state.document()
    if doc is None:
        st.info(t("check.none"))
        return
    try:
        # Comparing needs a readable chain, whichever template the sidebar names.
        chain = document_chain(doc)
    except ChainInputError as exc:
        st.error(t("check.cannot"))
        show_problems(exc.problems, key="compare-problems")
        return

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


def _templates_differ() -> None:
    lg = lang()
    st.subheader(_DIFF["title"](lg))
    st.caption(_DIFF["intro"](lg))
    ids = builtin_profile_ids()
    profiles = {i: load_profile(i) for i in ids}
    left, right = st.columns(2)
    label = lambda i: f"{i} {profiles[i].title}"  # noqa: E731
    a = left.selectbox(_DIFF["a"](lg), ids, index=0, key="diff-a", format_func=label)
    b = right.selectbox(
        _DIFF["b"](lg), ids, index=min(1, len(ids) - 1), key="diff-b", format_func=label
    )
    result = diff_profiles(profiles[a], profiles[b])
    if not result.entries:
        st.info(_DIFF["same"](lg))
        return
    st.caption(_DIFF["count"](lg).format(n=len(result.entries)))
    columns = [_DIFF[k](lg) for k in ("topic", "side", "subject", "message", "clauses")]
    frame = pd.DataFrame(diff_lines(result, lg), columns=columns)
    table(frame, "diff-table", widths={columns[3]: "large"})


st.title(t("nav.compare"))
_chain_against_templates()
st.divider()
_templates_differ()
