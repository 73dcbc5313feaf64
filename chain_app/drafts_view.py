"""The findings page's application drafts: for a delegation that needs consent, the
application (申請書) as .docx or PDF, with the items left blank listed above the button."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from chain.check.engine import Report
from chain.drafts.content import Draft, DraftError, application_drafts, consent_edges
from chain.text import visible
from chain_app import state
from chain_app.components import download_name
from chain_app.i18n import lang, t
from chain_app.text import md

__all__ = ["application_download"]

_MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def application_download(report: Report) -> None:
    st.subheader(t("drafts.title"))
    st.caption(t("drafts.intro"))
    edges = consent_edges(report)
    if not edges:
        st.caption(t("drafts.none"))
        return
    g = report.graph
    labels = {
        e.id: f"{g.party_name(e.delegator)} → {g.party_name(e.delegate)} ({e.id})" for e in edges
    }
    pick, form, button = st.columns([3, 1, 2])
    chosen = pick.selectbox(
        t("drafts.delegation"),
        list(labels),
        format_func=lambda x: visible(labels[x])[:160],
        key="draft-delegation",
    )
    kind = form.radio(t("drafts.format"), list(_MEDIA), horizontal=True, key="draft-format")
    try:
        (draft,) = application_drafts(report, delegation=chosen)
    except DraftError as exc:
        st.error(t("drafts.failed", reason=exc.text(lang())))
        return

    def render(draft: Draft = draft, kind: str = kind) -> bytes:
        from chain.drafts.docx import default_form, fill_form

        filled = fill_form(default_form(draft.kind).read_bytes(), draft, draft.form.fields)
        if kind == "pdf":
            from chain.drafts.pdf import pdf_from_docx

            return pdf_from_docx(filled.document, title=draft.values.get("title", ""))
        return filled.data

    content: bytes | Callable[[], bytes]
    if state.large_document():
        content = render  # built when clicked, as the chain's own download is
    else:
        try:
            content = render()
        except DraftError as exc:  # no font for the PDF
            st.error(t("drafts.failed", reason=exc.text(lang())))
            return
    if draft.missing:
        items = "、".join(dict.fromkeys(md(m.label(lang()), 80) for m in draft.missing))
        st.warning(t("drafts.missing", n=len(draft.missing), items=items))
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in chosen)[:40]
    button.download_button(
        t("drafts.download"),
        data=content,
        file_name=download_name(f"-application-{safe}.{kind}"),
        mime=_MEDIA[kind],
        key="download-application",
        icon=":material/download:",
    )
