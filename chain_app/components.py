"""Pieces several pages draw: input problems, profile names, the open chain's title."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Literal

import pandas as pd
import streamlit as st

from chain._perf.heap import release_free_memory
from chain.editor.document import document_bytes, write_document
from chain.editor.locate import locate
from chain.format.problems import InputProblem
from chain.profiles.load import builtin_profile_ids, load_profile
from chain.text import visible
from chain_app import state
from chain_app.i18n import lang, t

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler

#: A column's width as Streamlit takes it: a named size or pixels.
ColumnWidth = Literal["small", "medium", "large"] | int

__all__ = [
    "CHECKLIST_PAGE",
    "chain_download",
    "chain_title",
    "download_name",
    "problems_frame",
    "profile_label",
    "show_problems",
    "table",
]


@cache
def _titles() -> dict[str, str]:
    return {pid: load_profile(pid).title for pid in builtin_profile_ids()}


#: Delegations whose checklists one page of the findings page's checklist shows.
CHECKLIST_PAGE = 10


def profile_label(profile_id: str) -> str:
    """``000 個人情報取扱特記事項（市・受託者）``, shown visibly."""
    return visible(f"{profile_id} {_titles().get(profile_id, '')}".strip())


def chain_title(doc: dict[str, Any] | None) -> str:
    """The contract title of a document, whatever state it is in."""
    contract = doc.get("contract") if isinstance(doc, dict) else None
    title = contract.get("title") if isinstance(contract, dict) else None
    return str(title) if title else "—"


def problems_frame(problems: list[InputProblem]) -> pd.DataFrame:
    """Problems as a table: where in the editor, what is wrong, the value, the pointer."""
    lg = lang()
    rows = []
    for p in problems:
        where = locate(p.pointer)
        if where is not None:
            place = where.label(lg)
        elif p.line is not None:
            place = t("problems.line", line=p.line, column=p.column)
        else:
            place = t("problems.whole")
        rows.append(
            {
                t("problems.where"): place,
                t("problems.message"): p.message(lg),
                t("problems.input"): p.input or "",
                t("problems.pointer"): p.pointer or "/",
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            t("problems.where"),
            t("problems.message"),
            t("problems.input"),
            t("problems.pointer"),
        ],
    )


def table(
    frame: pd.DataFrame,
    key: str,
    widths: dict[str, ColumnWidth] | None = None,
    flagged: list[bool] | None = None,
) -> None:
    """A read-only table, all rows shown, in a keyed container (tests find it by key).

    Cells are drawn as plain text, never as Markdown or HTML, and text cells are shown
    visibly (:func:`chain.text.visible`: a table shows submitted references and a
    profile's labels, and a direction mark would reorder a row); ``flagged`` rows are
    tinted.
    """
    config = {col: st.column_config.TextColumn(width=w) for col, w in (widths or {}).items()}
    frame = frame.map(lambda v: visible(v) if isinstance(v, str) else v)
    data: pd.DataFrame | Styler = frame
    if flagged is not None and len(flagged) == len(frame):
        tint = ["background-color: #fdecea"] * len(frame.columns)
        data = frame.style.apply(lambda row: tint if flagged[row.name] else [""] * len(row), axis=1)
    with st.container(key=key):
        st.dataframe(
            data,
            hide_index=True,
            width="stretch",
            height="content",
            placeholder="",
            column_config=config,
        )


def show_problems(problems: list[InputProblem], key: str) -> None:
    """Input problems, each with its place, as a table."""
    table(problems_frame(problems), key)


def download_name(suffix: str) -> str:
    """A file name for a download, from the open chain's source: ``compliant-findings.csv``."""
    stem = PurePath(state.source() or "chain").stem
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._") or "chain"
    return f"{stem[:60]}{suffix}"


def written_document(doc: dict[str, Any], max_bytes: int) -> bytes:
    """:func:`~chain.editor.document.document_bytes` of ``doc``, written through a temporary
    file: the bytes in memory once, not besides the buffers of their writing."""
    with tempfile.TemporaryFile(buffering=0) as out:
        write_document(doc, out, max_bytes=max_bytes)
        release_free_memory()  # the buffers of the writing, before the bytes are read back
        out.seek(0)
        return out.readall()


def chain_download(key: str) -> None:
    """A button saving the open chain as it stands, in the published JSON format."""
    doc = state.document()
    if doc is None:
        return
    data = state.checked_bytes()
    limit = state.limits().max_bytes
    content: bytes | Callable[[], bytes]
    if data is not None:
        content = data
    elif state.large_document():
        # Built when clicked, not kept while the officer is connected (Streamlit keeps what
        # a button is given): the bytes of a 58 MB chain, over the session's bound. Written
        # to a temporary file a batch of rows at a time and read back whole, so that they
        # are held once (chain._perf/README.md).
        def content(doc: dict[str, Any] = doc) -> bytes:
            return written_document(doc, limit)
    else:
        content = document_bytes(doc, max_bytes=limit)
    st.download_button(
        t("downloads.json"),
        data=content,
        file_name=download_name(".json"),
        mime="application/json",
        key=key,
        icon=":material/download:",
    )
