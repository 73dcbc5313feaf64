"""The case store in the app: who is acting, filing the open chain in a case, and saving
every edit as a new version.

The store is opened once per process (:func:`service`) from ``CHAIN_DATABASE_URL`` or the
default SQLite file; ``CHAIN_APP_CASES=off`` runs the app without it. A store that cannot be
opened or written is said in one sentence and the app goes on: the open chain stays in the
session, nothing typed is lost.

Saving runs at the start of a run (edits stored by widget callbacks) and at its end (edits
a page stored while drawing): :func:`autosave` compares the chain's revision with the one
last saved. A chain just opened is filed first (a new case, or the one chosen on the load
page); later edits save a version whose parent is the version the session last saved or
opened. A save refused because someone saved first keeps the officer's chain as a conflict
version, and the session goes on from it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from typing import Any

import streamlit as st

from chain.vocab import L
from chain_app import state
from chain_app.i18n import lang, t
from chain_app.text import md

__all__ = [
    "CLAIM_ENV",
    "HEADER_ENV",
    "PROVIDER_ENV",
    "SWITCH_ENV",
    "autosave",
    "current",
    "last_save_text",
    "open_version",
    "render_sidebar",
    "role",
    "service",
    "user",
]

SWITCH_ENV = "CHAIN_APP_CASES"
#: Names the header a trusted reverse proxy sets to the logged-in officer's name.
HEADER_ENV = "CHAIN_USER_HEADER"
#: Names the provider (a subsection of ``[auth]``) Streamlit's login uses, if several.
PROVIDER_ENV = "CHAIN_AUTH_PROVIDER"
#: Names the identity-token claim taken as the officer's name under Streamlit's login.
CLAIM_ENV = "CHAIN_USER_CLAIM"
USER_KEY = "case-user"
TARGET_KEY = "case-target"
_CASE = "_case"  # {"id", "title", "base", "rev", "opened", "sent"}
_SAVED = "_case_saved"  # {"time", "version", "conflict"}
_NOTE = "_case_note"  # ("not_saved" | "unreadable" | "conflict", L)
_STORE_ERROR = "_case_store_error"
#: The case chosen on the load page, kept while the page (and its widget) is not drawn.
_TARGET = "_case_target"


@st.cache_resource(show_spinner=False)
def _open(url: str) -> Any:
    from chain.cases.service import CaseService

    return CaseService.open(url)


def _message(exc: BaseException) -> L:
    message = getattr(exc, "message", None)
    if isinstance(message, L):
        return message
    return L(type(exc).__name__, type(exc).__name__)


def service() -> Any | None:
    """The case service, or ``None`` when cases are off or the store cannot be opened."""
    if os.environ.get(SWITCH_ENV, "").strip().lower() in ("off", "0", "no", "false"):
        return None
    if st.session_state.get(_STORE_ERROR) is not None:
        return None
    from chain.cases.engine import default_url

    try:
        return _open(default_url())
    except Exception as exc:  # any store fault: said once, the app works on
        st.session_state[_STORE_ERROR] = _message(exc)
        return None


def _header_user() -> str | None:
    header = os.environ.get(HEADER_ENV, "").strip()
    if not header:
        return None
    try:
        value = st.context.headers.get(header)
    except Exception:
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _default_user() -> str:
    name = os.environ.get("CHAIN_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:
        return "officer"


def _login_configured() -> bool:
    """Whether Streamlit's own login (OIDC, ``st.login``) is set up: an ``[auth]`` section
    in ``.streamlit/secrets.toml``."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file, or one that cannot be read
        return False


def _login_user() -> str | None:
    """The logged-in officer's name from their identity token (``st.user``): the claim
    ``CHAIN_USER_CLAIM`` names (``email`` by default), else ``preferred_username``, else
    ``sub``; ``None`` while no one is logged in."""
    try:
        info = st.user
        if not info.is_logged_in:
            return None
        claims = [os.environ.get(CLAIM_ENV, "").strip() or "email", "preferred_username", "sub"]
        for claim in claims:
            value = info.get(claim)
            if isinstance(value, str) and value.strip():
                return value.strip()
    except Exception:
        return None
    return None


def user() -> str:
    """Who is acting: the trusted proxy's header when one is named; else, where Streamlit's
    login is set up, the logged-in officer (nobody, ``""``, until they log in); else the
    sidebar's name."""
    header = _header_user()
    if header:
        return header
    if _login_configured():
        return _login_user() or ""
    return str(st.session_state.get(USER_KEY) or "").strip() or _default_user()


def role(svc: Any) -> str | None:
    """The acting user's role in the store (``None``: not registered)."""
    try:
        users = svc.users(user())
    except Exception:
        return None
    return next((u["role"] for u in users if u["name"] == user()), None)


def current() -> dict[str, Any] | None:
    """The case the open chain is filed in: id, title, the version it goes on from."""
    return st.session_state.get(_CASE)


def _time(stamp: str) -> str:
    try:
        return dt.datetime.fromisoformat(stamp).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return ""


def _saved(answer: dict[str, Any], conflict: bool = False) -> None:
    st.session_state[_SAVED] = {
        "time": _time(str(answer.get("created_at") or "")),
        "version": answer.get("version"),
        "conflict": conflict,
    }


def last_save_text() -> str | None:
    """「最終保存 HH:MM:SS（第N版）」 for the last save of this session."""
    saved = st.session_state.get(_SAVED)
    if not saved:
        return None
    key = "case.saved_conflict" if saved["conflict"] else "case.saved"
    return t(key, time=saved["time"], n=saved["version"])


def _head_number(shown: dict[str, Any]) -> int | None:
    """The case's current version: the newest one not kept as a conflict (every other
    save made itself current)."""
    numbers = [v["version"] for v in shown.get("versions") or [] if not v.get("conflict")]
    return max(numbers) if numbers else None


def _contract_fields(doc: dict[str, Any]) -> tuple[str, str, str | None, str | None]:
    named = doc.get("contract")
    contract: dict[str, Any] = named if isinstance(named, dict) else {}
    parties = {
        p.get("id"): p for p in doc.get("parties") or [] if isinstance(p, dict) and p.get("id")
    }
    title = str(contract.get("title") or "").strip() or t("case.untitled")
    buyer: dict[str, Any] = parties.get(contract.get("municipality")) or {}
    reach = buyer.get("contact")
    contact: dict[str, Any] = reach if isinstance(reach, dict) else {}
    department = (
        str(contact.get("department") or "").strip()
        or str(buyer.get("name") or "").strip()
        or t("case.no_department")
    )
    seller: dict[str, Any] = parties.get(contract.get("contractor")) or {}
    contractor = str(seller.get("name") or "").strip() or None
    from chain.profiles.load import builtin_profile_ids

    template = contract.get("template")
    profile = template if template in builtin_profile_ids() else None
    return title, department, profile, contractor


def _checked() -> Any | None:
    """The open chain as the service saves it: its canonical JSON with the app's own check
    of this edit (:func:`chain_app.state.result`, made by the page or made here once for the
    pages that follow), so that a save neither writes nor reads nor checks the chain again.
    ``None`` while the chain cannot be read or checked (the edit is kept, not yet saved)."""
    from chain.cases.service import Checked

    doc, outcome = state.document(), state.result()
    if doc is None or outcome is None or outcome.report is None:
        return None
    return Checked.of(doc, outcome.report)


def _unreadable() -> L:
    """Why the open chain cannot be saved yet: its first problems, located."""
    outcome = state.result()
    problems = list(outcome.problems[:3]) if outcome is not None else []
    where_ja = "; ".join(f"{p.pointer or '/'} {p.message.ja}" for p in problems)
    where_en = "; ".join(f"{p.pointer or '/'} {p.message.en}" for p in problems)
    return L(
        "チェーンとして読めない値があるため、まだ保存していません。入力はこの画面に残り、"
        f"読める値に直した時点で保存します（{where_ja}）",
        "It holds a value the chain cannot be read with, so it is not saved yet. What you "
        f"typed stays on this page and is saved as soon as it can be read ({where_en})",
    )


def _note(kind: str, message: L | None) -> None:
    if message is None:
        st.session_state.pop(_NOTE, None)
    else:
        st.session_state[_NOTE] = (kind, message)


def autosave() -> None:
    """File the open chain in a case, or save its edit, if it changed since the last save."""
    doc = state.document()
    if doc is None:
        return
    record = current()
    rev, opened = state.revision(), state.opened()
    if record is not None and record["rev"] == rev and record["opened"] == opened:
        return
    svc = service()
    if svc is None:
        return
    if not user():  # Streamlit's login is set up and no one is logged in yet
        _note("not_saved", LOGIN_FIRST)
        return
    try:
        checked = _checked()
    except Exception as exc:  # a document that cannot be written as a chain file
        _note("unreadable", _message(exc))
        return
    if checked is None:
        # Kept in the session, not saved: tried again at every run until it can be read
        # (the record's revision is left as it was).
        _note("unreadable", _unreadable())
        return
    sent = checked.sha256
    try:
        _save(svc, record, doc, checked, sent, rev, opened)
    finally:
        del checked
        if state.large_document():
            # What writing and storing a large chain's JSON freed, given back before the
            # session's next check (chain._perf.heap).
            from chain._perf.heap import release_free_memory

            release_free_memory()


def _save(
    svc: Any,
    record: dict[str, Any] | None,
    doc: dict[str, Any],
    checked: Any,
    sent: str,
    rev: int,
    opened: int,
) -> None:
    from chain.cases.words import CaseError

    name = user()
    try:
        if record is None or record["opened"] != opened:
            record = _file(svc, name, doc, checked, opened)
        elif record.get("sent") == sent:  # an edit that changed nothing
            record["rev"] = rev
            _note("", None)
            return
        else:
            answer = svc.save_version(
                name, record["id"], None, parent=record["base"], source="app", checked=checked
            )
            record["base"] = answer["version"]
            _saved(answer)
        record.update(rev=rev, sent=sent)
        st.session_state[_CASE] = record
        _note("", None)
    except CaseError as exc:
        record = current()
        if record is not None and record["opened"] != opened:
            record = None  # not filed yet: tried again at the next run
        if exc.code == "stale_parent" and record is not None:
            record.update(base=exc.details["kept"], rev=rev, sent=sent)
            st.session_state[_CASE] = record
            st.session_state[_SAVED] = {
                "time": dt.datetime.now().strftime("%H:%M:%S"),
                "version": exc.details["kept"],
                "conflict": True,
            }
            _note("conflict", exc.message)
            return
        if record is not None:  # the edit stays open; it is saved with the next one
            record.update(rev=rev)
            st.session_state[_CASE] = record
        _note("not_saved", exc.message)
    except Exception as exc:  # the store locked, full or gone: say so, keep the chain
        _note("not_saved", _message(exc))


LOGIN_FIRST = L(
    "ログインしていないため保存していません。ログインすると、この画面の内容を保存します。",
    "Not saved: no one is logged in. Log in and what is on this page is saved.",
)


def _file(svc: Any, name: str, doc: dict[str, Any], checked: Any, opened: int) -> dict[str, Any]:
    """File a chain just opened: in the case chosen on the load page, or a new one."""
    source_name = state.source()
    source = "file" if source_name.lower().endswith(".json") else "app"
    target = st.session_state.pop(_TARGET, None)  # used once: the next chain is a new case
    if isinstance(target, int):
        shown = svc.show_case(name, target)
        case_id, title, parent = target, shown["title"], _head_number(shown)
    else:
        title, department, profile, contractor = _contract_fields(doc)
        case = svc.new_case(name, title, department, profile_id=profile, contractor=contractor)
        case_id, parent = case["id"], None
    record = {"id": case_id, "title": title, "base": parent, "opened": opened}
    st.session_state[_CASE] = record
    answer = svc.save_version(
        name,
        case_id,
        None,
        parent=parent,
        source=source,
        source_name=source_name or None,
        checked=checked,
    )
    record["base"] = answer["version"]
    _saved(answer)
    return record


def open_version(case_id: int, number: int | None = None) -> bool:
    """Open a version of a case (by default its current one) to go on editing it."""
    import json

    svc = service()
    if svc is None:
        return False
    try:
        shown = svc.show_case(user(), case_id)
        number = number or _head_number(shown)
        chain = svc.version_chain(user(), case_id, number)
    except Exception as exc:
        _note("not_saved", _message(exc))
        return False
    data = json.dumps(chain, ensure_ascii=False).encode("utf-8")
    label = L(f"ケース {case_id} 第{number}版", f"case {case_id} version {number}")(lang())
    if not state.open_bytes(data, label):
        return False
    sha = next((v["sha256"] for v in shown.get("versions") or [] if v["version"] == number), None)
    st.session_state[_CASE] = {
        "id": case_id,
        "title": shown["title"],
        "base": number,
        "rev": state.revision(),
        "opened": state.opened(),
        "sent": sha,  # the canonical JSON read back is the version's own
    }
    st.session_state.pop(_SAVED, None)
    _note("", None)
    return True


def _take_mine() -> None:
    """Save the officer's conflicting chain again, made from the current version."""
    record, svc = current(), service()
    if record is None or svc is None:
        return
    try:
        checked = _checked()
        if checked is None:
            _note("unreadable", _unreadable())
            return
        shown = svc.show_case(user(), record["id"])
        answer = svc.save_version(
            user(), record["id"], None, parent=_head_number(shown), source="app", checked=checked
        )
    except Exception as exc:
        _note("not_saved", _message(exc))
        return
    record["base"] = answer["version"]
    _saved(answer)
    _note("", None)


def _take_theirs() -> None:
    record = current()
    if record is not None:
        open_version(record["id"])


def _reopen(case_id: int, number: int) -> None:
    if open_version(case_id, number):
        state.goto("edit")


def _last_case(svc: Any) -> tuple[dict[str, Any], int] | None:
    """The case this officer (:func:`user`) saved last, and its current version; ``None``
    if they saved none (another officer's last case is not offered)."""
    try:
        case = svc.last_saved(user())
    except Exception:
        return None
    if case is None or not case.get("version"):
        return None
    return case, case["version"]


def _registered(svc: Any) -> list[str]:
    """The names of the store's registered users (none before anyone wrote)."""
    try:
        return [u["name"] for u in svc.registered_users()]
    except Exception:
        return []


def _user_field(svc: Any | None) -> None:
    """Who acts: a pick-list of the registered users where the store has any (the
    configured user first chosen if registered), else the name typed (the first to write
    becomes the store's admin)."""
    names = _registered(svc) if svc is not None else []
    if not names:
        st.session_state.setdefault(USER_KEY, _default_user())
        st.text_input(t("case.user"), key=USER_KEY, help=t("case.user_help"))
        return
    if st.session_state.get(USER_KEY) not in names:
        default = _default_user()
        st.session_state[USER_KEY] = default if default in names else names[0]
    st.selectbox(t("case.user"), names, key=USER_KEY, help=t("case.user_pick_help"))


def render_sidebar() -> None:
    """Who acts, the case the chain is filed in and the last save; after a reload, the
    offer to reopen the last case."""
    if os.environ.get(SWITCH_ENV, "").strip().lower() in ("off", "0", "no", "false"):
        return
    with st.sidebar:
        st.subheader(t("case.sidebar"))
        svc = service()
        error = st.session_state.get(_STORE_ERROR)
        if error is not None:
            st.warning(t("case.store_off", reason=md(error(lang()))))
            return
        header = _header_user()
        if header:
            st.caption(t("case.user_header", name=md(header)))
        elif _login_configured():
            logged_in = _login_user()
            if logged_in:
                st.caption(t("case.user_header", name=md(logged_in)))
                st.button(t("case.logout"), key="case-logout", on_click=st.logout)
            else:
                provider = os.environ.get(PROVIDER_ENV, "").strip() or None
                st.button(t("case.login"), key="case-login", on_click=st.login, args=(provider,))
        else:
            _user_field(svc)
        if svc is None:
            return
        record = current()
        if record is not None:
            st.caption(t("case.open_case", id=record["id"], title=md(record["title"])))
        saved = last_save_text()
        if saved:
            st.caption(saved)
        note = st.session_state.get(_NOTE)
        if note is not None:
            kind, message = note
            if kind == "conflict":
                st.warning(t("case.conflict", reason=md(message(lang()), 1000)))
                st.button(t("case.take_mine"), key="case-take-mine", on_click=_take_mine)
                st.button(t("case.take_theirs"), key="case-take-theirs", on_click=_take_theirs)
            elif kind == "unreadable":
                st.warning(t("case.not_yet_saved", reason=md(message(lang()), 1000)))
            else:
                st.warning(t("case.not_saved", reason=md(message(lang()), 1000)))
        if state.document() is None and record is None:
            last = _last_case(svc)
            if last is not None:
                case, number = last
                st.button(
                    t("case.reopen", id=case["id"], title=md(case["title"]), n=number),
                    key="case-reopen",
                    on_click=_reopen,
                    args=(case["id"], number),
                )


def target_picker() -> None:
    """On the load page: the case a chain opened next is filed in (new, or an existing one)."""
    svc = service()
    if svc is None:
        return
    try:
        cases = svc.list_cases(user())
    except Exception:
        return
    titles = {c["id"]: c["title"] for c in cases}
    if st.session_state.get(_TARGET) not in titles:
        st.session_state.pop(_TARGET, None)
    st.session_state[TARGET_KEY] = st.session_state.get(_TARGET)
    st.selectbox(
        t("case.target"),
        options=[None, *titles],
        format_func=lambda c: (
            t("case.target_new")
            if c is None
            else t("case.open_case", id=c, title=titles.get(c, ""))
        ),
        key=TARGET_KEY,
        on_change=_keep_target,
        help=t("case.target_help"),
    )


def _keep_target() -> None:
    st.session_state[_TARGET] = st.session_state.get(TARGET_KEY)
