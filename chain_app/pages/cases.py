"""The ケース page: the cases kept, the open case's versions and what changed between two,
its state with the moves the officer's role allows, and the decision form."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from chain.cases import states
from chain.cases.words import OUTCOMES, ROLES, SOURCES, STATES, CaseError
from chain_app import cases_view, state
from chain_app.components import table
from chain_app.i18n import lang, t
from chain_app.text import md

#: The moves offered on the page, each with what the service calls it and its label.
MOVES = (
    ("submit", "cases.move_submit"),
    ("review", "cases.move_review"),
    ("withdraw", "cases.move_withdraw"),
    ("revoke", "cases.move_revoke"),
)
_DONE = "_cases_done"


def _may(role: str | None, action: str) -> bool:
    """Whether the role may take ``action``, as the service decides it."""
    from chain.cases.service import MAY

    return role == "admin" or action in MAY.get(role or "", frozenset())


def _record(what: str, fn: Any) -> None:
    """Run one action of the service; keep what it answered to show after the rerun."""
    try:
        fn()
    except CaseError as exc:
        st.session_state[_DONE] = ("error", exc.message(lang()))
    except Exception as exc:
        message = getattr(exc, "message", None)
        text = message(lang()) if message is not None else type(exc).__name__
        st.session_state[_DONE] = ("error", text)
    else:
        st.session_state[_DONE] = ("ok", what)


def _text(value: Any) -> str:
    """A field's value as an officer reads it (lists joined, objects as name: value)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("cases.yes") if value else "—"
    if isinstance(value, list):
        return "、".join(_text(v) for v in value)
    if isinstance(value, dict):
        return "、".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


def _move(svc: Any, case_id: int, action: str, label: str) -> None:
    _record(label, lambda: svc.transition(cases_view.user(), case_id, action))


def _conditions(text: str) -> list[dict[str, Any]]:
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.replace("｜", "|").split("|")]
        out.append(
            {
                "text": parts[0],
                "clause": parts[1] if len(parts) > 1 and parts[1] else None,
                "due": parts[2] if len(parts) > 2 and parts[2] else None,
            }
        )
    return out


def _items(text: str) -> list[str]:
    return [p.strip() for p in text.replace("、", ",").split(",") if p.strip()]


def _decide(svc: Any, case_id: int, sha: str) -> None:
    get = st.session_state.get
    edges = list(get("cases-decide-edges") or [])
    outcome = get("cases-decide-outcome") or "approved"
    _record(
        OUTCOMES[outcome](lang()),
        lambda: svc.decide(
            cases_view.user(),
            case_id,
            outcome,
            edges=edges or None,
            conditions=_conditions(get("cases-decide-conditions") or ""),
            reason=get("cases-decide-reason") or "",
            codes=_items(get("cases-decide-codes") or ""),
            clauses=_items(get("cases-decide-clauses") or ""),
            valid_from=get("cases-decide-from") or None,
            valid_until=get("cases-decide-until") or None,
            version_sha256=sha,
        ),
    )


def _add_user(svc: Any) -> None:
    get = st.session_state.get
    name = str(get("cases-user-name") or "").strip()
    _record(name, lambda: svc.add_user(cases_view.user(), name, get("cases-user-role")))


def _open(case_id: int) -> None:
    number = st.session_state.get("cases-open-version")
    if cases_view.open_version(case_id, number):
        state.goto("edit")


def _label(section: str, field: str) -> str:
    """A changed field as the editor's column calls it (``documents/kind#n/…`` and fields
    without a column keep their path)."""
    from chain.format.table_specs import TABLES

    spec = TABLES.get(section)
    parts = field.split("/")
    if parts[0] == "documents" and len(parts) > 2:
        spec, parts = TABLES.get("documents"), [parts[1], *parts[2:]]
        column = spec.column(".".join(parts[1:])) if spec else None
        return f"{parts[0]} {column.label(lang())}" if column else field
    column = spec.column(".".join(parts)) if spec else None
    return column.label(lang()) if column else field


def _changed_label(field: str) -> str:
    """A field of an approved delegation (or of its delegate, ``delegate/…``) by its label."""
    if field.startswith("delegate/"):
        from chain.format.table_specs import TABLES

        column = TABLES["delegations"].column("delegate")
        head = column.label(lang()) if column else "delegate"
        return f"{head}: {_label('parties', field.removeprefix('delegate/'))}"
    return _label("delegations", field)


def _table_label(section: str) -> str:
    from chain.format.table_specs import TABLES

    spec = TABLES.get(section)
    return spec.label(lang()) if spec else section


def _diff_rows(diff: dict[str, Any]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []

    def row(section: str, change: str, item: str, field: str = "", a: Any = None, b: Any = None):
        rows.append(
            {
                t("cases.col_table"): _table_label(section),
                t("cases.col_change"): t(change),
                t("cases.col_item"): item,
                t("cases.col_field"): _label(section, field) if field else "",
                t("cases.col_before"): _text(a),
                t("cases.col_after"): _text(b),
            }
        )

    for c in diff.get("contract") or []:
        row("contract", "cases.changed", "", c["field"], c["before"], c["after"])
    for section in ("parties", "delegations", "workers", "places"):
        part = diff.get(section) or {}
        for item in part.get("added", []):
            row(section, "cases.added", item)
        for item in part.get("removed", []):
            row(section, "cases.removed", item)
        for c in part.get("changed", []):
            for f in c.get("fields", []):
                row(section, "cases.changed", c["id"], f["field"], f["before"], f["after"])
            docs = c.get("documents") or {}
            for d in docs.get("added", []):
                row(section, "cases.added", c["id"], f"documents/{d}")
            for d in docs.get("removed", []):
                row(section, "cases.removed", c["id"], f"documents/{d}")
            for d in docs.get("changed", []):
                for f in d.get("fields", []):
                    row(
                        section,
                        "changed",
                        c["id"],
                        f"documents/{d['id']}/{f['field']}",
                        f["before"],
                        f["after"],
                    )
    return rows


def _finding_rows(findings: dict[str, list[dict]]) -> list[dict[str, str]]:
    lg = lang()
    rows = []
    for change, key in (("new", "cases.new_finding"), ("resolved", "cases.resolved")):
        for f in findings.get(change, []):
            message = f.get("message")
            text = message.get(lg, "") if isinstance(message, dict) else _text(message)
            rows.append(
                {
                    t("cases.col_change"): t(key),
                    t("cases.col_code"): str(f.get("code") or ""),
                    t("cases.col_severity"): str(f.get("severity") or ""),
                    t("cases.col_message"): text,
                }
            )
    return rows


def _show_diff(svc: Any, case_id: int, numbers: list[int]) -> None:
    st.subheader(t("cases.diff"))
    if len(numbers) < 2:
        return
    left, right = st.columns(2)
    a = left.selectbox(t("cases.diff_a"), numbers, index=len(numbers) - 2, key="cases-diff-a")
    b = right.selectbox(t("cases.diff_b"), numbers, index=len(numbers) - 1, key="cases-diff-b")
    try:
        diff = svc.diff(cases_view.user(), case_id, a, b)
    except Exception:
        return
    rows = _diff_rows(diff["chain"])
    if rows:
        table(pd.DataFrame(rows), "cases-diff-table")
    else:
        st.caption(t("cases.diff_none"))
    found = _finding_rows(diff["findings"])
    if found:
        st.markdown(f"**{t('cases.findings_diff')}**")
        table(pd.DataFrame(found), "cases-findings-diff")


def _show_status(shown: dict[str, Any]) -> None:
    lg = lang()
    derived = [states_word(k) for k in shown.get("derived") or []]
    if derived:
        st.warning(t("cases.derived", what="・".join(derived)))
    rows = []
    outcome = {d["id"]: d["outcome"] for d in shown.get("decisions") or []}
    for r in shown.get("delegations") or []:
        decided = outcome.get(r.get("decision"))
        rows.append(
            {
                t("cases.col_delegation"): r["delegation"],
                t("cases.col_outcome"): OUTCOMES[decided](lg) if decided else t("cases.undecided"),
                t("cases.col_reapproval"): t("cases.yes") if r.get("needs_reapproval") else "",
                t("cases.col_changed"): "、".join(
                    _changed_label(f) for f in r.get("changed_fields") or []
                ),
                t("cases.col_expired"): t("cases.yes") if r.get("expired") else "",
            }
        )
    if rows:
        st.markdown(f"**{t('cases.status')}**")
        table(pd.DataFrame(rows), "cases-status")
    decisions = shown.get("decisions") or []
    if decisions:
        st.markdown(f"**{t('cases.decisions')}**")
        table(
            pd.DataFrame(
                [
                    {
                        t("cases.col_version"): str(d["version"]),
                        t("cases.col_scope"): "、".join(d["delegations"])
                        if d["delegations"]
                        else t("cases.whole"),
                        t("cases.col_outcome"): OUTCOMES[d["outcome"]](lg),
                        t("cases.col_conditions"): "；".join(
                            " / ".join(x for x in (c["text"], c.get("clause"), c.get("due")) if x)
                            for c in d["conditions"]
                        ),
                        t("cases.col_reasons"): "、".join(
                            x
                            for x in (
                                d["reasons"]["text"],
                                *d["reasons"]["codes"],
                                *d["reasons"]["clauses"],
                            )
                            if x
                        ),
                        t("cases.col_valid"): "〜".join(
                            x for x in (d["valid_from"] or "", d["valid_until"] or "")
                        ).strip("〜"),
                        t("cases.col_by"): d["decided_by"],
                        t("cases.col_at"): d["decided_at"][:19].replace("T", " "),
                    }
                    for d in decisions
                ]
            ),
            "cases-decisions",
        )


def states_word(key: str) -> str:
    from chain.cases.words import DERIVED

    return DERIVED[key](lang())


def _decision_form(svc: Any, shown: dict[str, Any], role: str | None) -> None:
    if not _may(role, "decide") or not states.allowed(shown["state"], "decide"):
        return
    head = cases_view_head(shown)
    if head is None:
        return
    st.subheader(t("cases.decide", n=head["version"]))
    edges = [r["delegation"] for r in shown.get("delegations") or []]
    st.multiselect(t("cases.decide_edges"), edges, key="cases-decide-edges")
    st.selectbox(
        t("cases.decide_outcome"),
        list(OUTCOMES),
        format_func=lambda o: OUTCOMES[o](lang()),
        key="cases-decide-outcome",
    )
    st.text_area(t("cases.decide_conditions"), key="cases-decide-conditions")
    st.text_area(t("cases.decide_reason"), key="cases-decide-reason")
    st.text_input(t("cases.decide_codes"), key="cases-decide-codes")
    st.text_input(t("cases.decide_clauses"), key="cases-decide-clauses")
    left, right = st.columns(2)
    left.text_input(t("cases.decide_from"), key="cases-decide-from")
    right.text_input(t("cases.decide_until"), key="cases-decide-until")
    st.button(
        t("cases.decide_button"),
        key="cases-decide",
        type="primary",
        on_click=_decide,
        args=(svc, shown["id"], head["sha256"]),
    )


def cases_view_head(shown: dict[str, Any]) -> dict[str, Any] | None:
    plain = [v for v in shown.get("versions") or [] if not v.get("conflict")]
    return plain[-1] if plain else None


def _page() -> None:
    st.title(t("cases.title"))
    st.caption(t("cases.intro"))
    svc = cases_view.service()
    if svc is None:
        st.info(t("case.store_off", reason=""))
        return
    done = st.session_state.pop(_DONE, None)
    if done is not None:
        kind, text = done
        (st.success if kind == "ok" else st.error)(
            t(
                "cases.done" if kind == "ok" else "cases.refused",
                **{"what" if kind == "ok" else "reason": md(text)},
            )
        )
    me = cases_view.user()
    try:
        cases = svc.list_cases(me)
    except Exception as exc:
        message = getattr(exc, "message", None)
        st.error(t("cases.refused", reason=md(message(lang()) if message else type(exc).__name__)))
        return
    role = cases_view.role(svc)
    lg = lang()
    if role:
        st.caption(t("case.role", role=ROLES[role](lg)))
    if not cases:
        st.info(t("cases.empty"))
        return
    st.subheader(t("cases.list"))
    table(
        pd.DataFrame(
            [
                {
                    t("cases.col_id"): str(c["id"]),
                    t("cases.col_title"): c["title"],
                    t("cases.col_department"): c["department"],
                    t("cases.col_state"): STATES[c["state"]](lg),
                    t("cases.col_by"): c["created_by"],
                }
                for c in cases
            ]
        ),
        "cases-table",
    )
    ids = [c["id"] for c in cases]
    titles = {c["id"]: c["title"] for c in cases}
    record = cases_view.current()
    if st.session_state.get("cases-pick") not in ids:
        st.session_state["cases-pick"] = record["id"] if record and record["id"] in ids else ids[-1]
    case_id = st.selectbox(
        t("cases.pick"),
        ids,
        format_func=lambda c: t("case.open_case", id=c, title=titles[c]),
        key="cases-pick",
    )
    try:
        shown = svc.show_case(me, case_id)
    except Exception:
        return
    st.markdown(f"**{md(t('cases.state', state=STATES[shown['state']](lg)))}**")
    _show_status(shown)

    st.subheader(t("cases.moves"))
    offered = [
        (action, label)
        for action, label in MOVES
        if states.allowed(shown["state"], action) and _may(role, action)
    ]
    if offered:
        columns = st.columns(len(offered) + 2)
        for column, (action, label) in zip(columns, offered, strict=False):
            column.button(
                t(label),
                key=f"cases-{action}",
                on_click=_move,
                args=(svc, case_id, action, t(label)),
            )
    else:
        st.caption(t("cases.no_moves", role=ROLES[role](lg) if role else "—"))
    if _may(role, "decide") and states.allowed(shown["state"], "decide"):
        st.caption(t("cases.move_return"))
    _decision_form(svc, shown, role)

    st.subheader(t("cases.versions"))
    versions = shown.get("versions") or []
    table(
        pd.DataFrame(
            [
                {
                    t("cases.col_version"): str(v["version"]),
                    t("cases.col_by"): v["created_by"],
                    t("cases.col_at"): v["created_at"][:19].replace("T", " "),
                    t("cases.col_source"): SOURCES[v["source"]](lg)
                    if v["source"] in SOURCES
                    else v["source"],
                    t("cases.col_hash"): v["sha256"][:12],
                    t("cases.col_errors"): str((v["findings"] or {}).get("error", "")),
                    t("cases.col_warnings"): str((v["findings"] or {}).get("warning", "")),
                    t("cases.col_infos"): str((v["findings"] or {}).get("info", "")),
                    t("cases.col_conflict"): t("cases.yes") if v["conflict"] else "",
                }
                for v in versions
            ]
        ),
        "cases-versions",
    )
    numbers = [v["version"] for v in versions]
    if numbers:
        head = cases_view_head(shown)
        st.selectbox(
            t("cases.open_version"),
            numbers,
            index=numbers.index(head["version"]) if head else len(numbers) - 1,
            key="cases-open-version",
        )
        st.button(t("cases.open"), key="cases-open", on_click=_open, args=(case_id,))
    _show_diff(svc, case_id, numbers)

    if role == "admin":
        with st.expander(t("cases.users")):
            st.text_input(t("cases.user_name"), key="cases-user-name")
            st.selectbox(
                t("cases.user_role"),
                list(ROLES),
                format_func=lambda r: ROLES[r](lang()),
                key="cases-user-role",
            )
            st.button(t("cases.user_add"), key="cases-user-add", on_click=_add_user, args=(svc,))


_page()
