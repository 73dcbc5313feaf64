"""What the app remembers for one officer's browser tab: the open chain and the choices made.

The open chain is kept as its JSON document (:mod:`chain.editor.document`), so
that edits survive even while they make the chain invalid. A file that
cannot be read never replaces it: its problems are kept beside it for the
load page to show.

State changes that must also move widgets (opening a chain resets the
template choice and the editors) happen in widget callbacks, which run
before the page is drawn.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import streamlit as st

from chain._perf.heap import release_free_memory
from chain.check.wording import profile_terms
from chain.editor.document import check_document, load_document
from chain.editor.incremental import DIGEST_FROM, RowCache
from chain.format.limits import DEFAULT_LIMITS, Limits
from chain.format.problems import ChainInputError, InputProblem
from chain.format.read import read_source
from chain.validate import FileResult
from chain_app.i18n import use_terms
from chain_app.uploaded_profiles import chosen, profile_ids, version

__all__ = [
    "DOC_DELEGATION",
    "HELD_WITH_RESULT",
    "INCIDENT_AT",
    "INCIDENT_SEARCH",
    "TABLE_NAMES",
    "TEMPLATE_KEY",
    "LoadError",
    "PageDone",
    "base_revision",
    "checked_bytes",
    "document",
    "goto",
    "init",
    "large_document",
    "limits",
    "load_error",
    "open_bytes",
    "open_document",
    "open_path",
    "opened",
    "page_done",
    "pop_goto",
    "result",
    "revision",
    "source",
    "sync_template",
    "template",
    "update_document",
]

TABLE_NAMES = ("contract", "parties", "delegations", "documents", "workers", "places")

_DOC = "doc"
_SOURCE = "doc_source"
_REV = "doc_rev"
_OPENED = "doc_opened"
_BASES = "base_revs"
_LOAD_ERROR = "load_error"
_RESULT = "_result"
_ROWS = "_rows"  # the rows validated by the last check, reused by the next
_LARGE = DIGEST_FROM  # a document whose checks free enough to give back to the system
_GOTO = "_goto"
#: Keys starting so hold what a page built from the last check (the diagram's DOT text and
#: the report it was drawn from): dropped, with the check, before the next check is made.
HELD_WITH_RESULT = "_with-result-"
_INIT = "_initialised"
TEMPLATE_KEY = "template"
#: The delegation whose documents the edit page shows, kept while its widget is not drawn.
DOC_DELEGATION = "_doc_delegation"
#: The incident asked about and the search that listed it, kept while their widgets are
#: not drawn.
INCIDENT_AT = "_incident_at"
INCIDENT_SEARCH = "_incident_search"
#: Widget keys cleared when another chain is opened (filters, editors, forms), and what is
#: kept of them.
_RESET_PREFIXES = (
    "flt-",
    "ed-",
    "contract-",
    "doc-delegation",
    DOC_DELEGATION,
    "incident-",
    INCIDENT_AT,
    INCIDENT_SEARCH,
)


@dataclass(frozen=True)
class LoadError:
    """A file that could not be opened, and why."""

    name: str
    problems: list[InputProblem]


#: Choices an officer makes on a page (the findings' filters, the diagram's layout) that
#: must outlive a visit to another page: Streamlit forgets a widget's value in the first
#: run that does not draw the widget, unless the value is stored again at the start of
#: each run (:func:`keep_choices`).
KEPT_CHOICES = (
    "flt-severity",
    "flt-clause",
    "flt-party",
    "flt-code",
    "dg-direction",
    "dg-collapse",
    "dg-branch",
    "dg-max-tier",
    "dg-size",
    "dg-audit",
    "cl-show",
    "cl-page",
)


def keep_choices() -> None:
    """Store again the choices of :data:`KEPT_CHOICES` made so far, so that leaving their
    page does not forget them."""
    for key in KEPT_CHOICES:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def init() -> None:
    """Set the defaults once per browser tab; open the chain named on the command line, if any."""
    if st.session_state.get(_INIT):
        return
    st.session_state[_INIT] = True
    st.session_state.setdefault(_DOC, None)
    st.session_state.setdefault(_REV, 0)
    st.session_state.setdefault(_BASES, {})
    path = _chain_argument(sys.argv[1:])
    if path:
        open_path(path)


def _chain_argument(argv: list[str]) -> str | None:
    """``--chain PATH`` given after ``streamlit run streamlit_app.py --``."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--chain")
    known, _rest = parser.parse_known_args(argv)
    return known.chain


def document() -> dict[str, Any] | None:
    return st.session_state.get(_DOC)


def source() -> str:
    return st.session_state.get(_SOURCE, "")


def load_error() -> LoadError | None:
    return st.session_state.get(_LOAD_ERROR)


def template() -> str | None:
    value = st.session_state.get(TEMPLATE_KEY)
    return value if value in profile_ids() else None


def revision() -> int:
    """Changes with every edit and every chain opened."""
    return st.session_state.get(_REV, 0)


def opened() -> int:
    """Changes with every chain opened, not with edits."""
    return st.session_state.get(_OPENED, 0)


def base_revision(table: str) -> int:
    """Changes when the table's editor must be rebuilt from the document even if it holds
    edits: another table was edited, or another chain opened."""
    return st.session_state.get(_BASES, {}).get(table, 0)


def open_document(doc: dict[str, Any], name: str) -> None:
    """Make ``doc`` the open chain: template from its contract, editors and filters reset."""
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(_RESET_PREFIXES):
            del st.session_state[key]
    st.session_state[_DOC] = doc
    st.session_state[_SOURCE] = name
    st.session_state[_OPENED] = opened() + 1
    st.session_state[_REV] = st.session_state.get(_REV, 0) + 1
    st.session_state[_BASES] = {t: base_revision(t) + 1 for t in TABLE_NAMES}
    st.session_state.pop(_LOAD_ERROR, None)
    sync_template(doc)


def sync_template(doc: object) -> None:
    """Select the template the contract names (callbacks only: it moves a widget)."""
    contract = doc.get("contract") if isinstance(doc, dict) else None
    named = contract.get("template") if isinstance(contract, dict) else None
    st.session_state[TEMPLATE_KEY] = named if named in profile_ids() else None


def update_document(doc: dict[str, Any], origin: str) -> None:
    """Store an edit made in ``origin``; every other editor is rebuilt from the new document."""
    st.session_state[_DOC] = doc
    st.session_state[_REV] = st.session_state.get(_REV, 0) + 1
    bases = dict(st.session_state.get(_BASES, {}))
    for t in TABLE_NAMES:
        if t != origin:
            bases[t] = bases.get(t, 0) + 1
    st.session_state[_BASES] = bases


def limits() -> Limits:
    """Limits on chains, set by the ``CHAIN_MAX_*`` variables as for the command line."""
    try:
        return Limits.from_env()
    except ValueError as exc:  # a mistyped variable must not lock officers out
        print(f"chain app: {exc}; using the default limits", file=sys.stderr)
        return DEFAULT_LIMITS


def open_bytes(data: bytes, name: str) -> bool:
    """Open a submitted file; on failure keep the open chain and remember the problems."""
    try:
        doc, chain = load_document(data, limits=limits())
    except ChainInputError as exc:
        st.session_state[_LOAD_ERROR] = LoadError(name, list(exc.problems))
        return False
    open_document(doc, name)
    # The chain just read is the first check's: its rows are reused rather than the file
    # parsed again, which held the parser's tree besides the document (chain.editor.incremental).
    rows = st.session_state[_ROWS] = RowCache()
    rows.remember(doc, chain, len(data))
    if len(data) > _LARGE:
        release_free_memory()
    return True


def open_path(path: str | Path) -> bool:
    """Open a chain file from disk (samples, the command line)."""
    try:
        data = read_source(path, limits=limits())
    except ChainInputError as exc:
        st.session_state[_LOAD_ERROR] = LoadError(str(path), list(exc.problems))
        return False
    return open_bytes(data, Path(path).name)


def result() -> FileResult | None:
    """The open chain checked against the chosen template (memoised per edit and choice)."""
    doc = document()
    if doc is None:
        return None
    key = (st.session_state.get(_REV, 0), template(), version())
    cached = st.session_state.get(_RESULT)
    if cached is not None and cached[0] == key:
        return cached[1]
    # The last check, and what pages built from it, are not kept while the next is made:
    # both held at once took a 58 MB chain's re-check 170 MB over its first check.
    large = cached is not None and cached[2] > _LARGE
    for held in list(st.session_state.keys()):
        if held == _RESULT or (isinstance(held, str) and held.startswith(HELD_WITH_RESULT)):
            del st.session_state[held]
    del cached
    if large:
        release_free_memory()  # what they held, given back before the next check is made
    rows = st.session_state.get(_ROWS)
    if rows is None:
        rows = st.session_state[_ROWS] = RowCache()
    outcome = check_document(doc, chosen(template()), limits=limits(), rows=rows)
    size = len(outcome.data) if outcome.data is not None else 0
    if size > _LARGE:
        # A large chain's bytes are not kept: its download builds them when it is clicked
        # (chain_app.components.chain_download), and nothing else in the app reads them.
        outcome.data = None
    st.session_state[_RESULT] = (key, outcome, size)
    report = outcome.report
    use_terms(profile_terms(report.profile) if report is not None else None)
    if size > _LARGE:
        release_free_memory()  # what writing and splitting the document freed (chain._perf.heap)
    return outcome


def checked_bytes() -> bytes | None:
    """The open chain's file as the last check read it, if that check is of the current edit
    and the chain is not large (:func:`large_document`).

    They are the bytes :func:`chain.editor.document.document_bytes` gives for the document, so a
    download can reuse them instead of serialising the chain again on every rerun.
    """
    cached = st.session_state.get(_RESULT)
    if cached is None or cached[0][0] != st.session_state.get(_REV, 0):
        return None
    return cached[1].data


def large_document() -> bool:
    """Whether the open chain's file, as the last check wrote it, is too large to be kept
    for its download while the session lasts (a download is then built when clicked)."""
    cached = st.session_state.get(_RESULT)
    return cached is not None and cached[2] > _LARGE


class PageDone(Exception):
    """A page has nothing more to draw (no chain open, a chain that cannot be checked).

    Raised by :func:`page_done` instead of ``st.stop()``, which also stopped what the app
    draws after the page (the case sidebar, the save of the run's edits): the app's entry
    catches it once the page is left (``streamlit_app.py``)."""


def page_done() -> NoReturn:
    """End the page here; the rest of the app's run goes on."""
    raise PageDone


def goto(page: str) -> None:
    """Ask the navigation to show ``page`` on the next run (from a callback)."""
    st.session_state[_GOTO] = page


def pop_goto() -> str | None:
    return st.session_state.pop(_GOTO, None)
