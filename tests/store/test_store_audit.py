"""The audit trail cannot be edited, its hash chain shows where it was tampered with,
the application's PostgreSQL role may only add to it, and the migrations run up, down
and up again, on both engines."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from chain.cases.engine import make_engine, migrate
from chain.cases.service import CaseService


def _some_events(service: CaseService, compliant: bytes) -> int:
    case = service.new_case("tanaka", "件名", "課")["id"]
    service.save_version("tanaka", case, compliant, parent=None)
    service.transition("tanaka", case, "submit")
    return case


def test_every_action_is_recorded_in_order(service: CaseService, compliant: bytes) -> None:
    case = _some_events(service, compliant)
    trail = service.audit("tanaka")
    assert trail["intact"] and trail["broken"] is None
    assert [e["action"] for e in trail["events"]] == [
        "user.bootstrap",
        "case.new",
        "version.save",
        "case.submit",
    ]
    assert [e["seq"] for e in trail["events"]] == [1, 2, 3, 4]
    save = trail["events"][2]
    assert save["object"] == f"case:{case}/version:1"
    assert save["before_hash"] is None
    assert save["after_hash"] == service.show_case("tanaka", case)["versions"][0]["sha256"]
    assert all(
        e["prev_hash"] == p["hash"]
        for p, e in zip(trail["events"], trail["events"][1:], strict=False)
    )
    assert [e["action"] for e in service.audit("tanaka", case)["events"]] == [
        "case.new",
        "version.save",
        "case.submit",
    ]


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events"]
)
def test_the_database_refuses_to_edit_the_trail(
    service: CaseService, compliant: bytes, statement: str
) -> None:
    _some_events(service, compliant)
    with pytest.raises(DBAPIError, match="append-only"), service.engine.begin() as conn:
        conn.execute(text(statement))
    assert service.audit("tanaka")["count"] == 4


def test_a_tampered_event_is_found(service: CaseService, compliant: bytes) -> None:
    _some_events(service, compliant)
    # Only someone who drops the protection can change an event; the chain shows where.
    with service.engine.begin() as conn:
        if service.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_events_no_update"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
        conn.execute(text("UPDATE audit_events SET actor = 'someone' WHERE seq = 3"))
    trail = service.audit("tanaka")
    assert not trail["intact"]
    assert trail["broken"] == {"seq": 3, "why": "hash"}


def test_a_removed_event_is_found(service: CaseService, compliant: bytes) -> None:
    _some_events(service, compliant)
    with service.engine.begin() as conn:
        if service.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_events_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
        conn.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    assert service.audit("tanaka")["broken"] == {"seq": 3, "why": "sequence", "expected": 2}


def test_the_application_role_may_only_insert_and_read_the_trail(
    pg_url: str, compliant: bytes
) -> None:
    service = CaseService.open(pg_url)
    try:
        _some_events(service, compliant)
        with service.engine.connect() as conn:
            rights = {
                p: conn.scalar(
                    text(f"SELECT has_table_privilege('chain_app', 'audit_events', '{p}')")
                )
                for p in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")
            }
            assert rights == {
                "SELECT": True,
                "INSERT": True,
                "UPDATE": False,
                "DELETE": False,
                "TRUNCATE": False,
            }
            assert conn.scalar(text("SELECT has_table_privilege('chain_app', 'cases', 'UPDATE')"))
        with pytest.raises(DBAPIError, match="permission denied"), service.engine.begin() as conn:
            conn.execute(text("SET LOCAL ROLE chain_app"))
            # Even with the trigger out of the way, the role has no right to change events.
            conn.execute(text("UPDATE audit_events SET actor = 'x'"))
    finally:
        service.engine.dispose()


def test_migrations_up_down_and_up_again(store_url: str, compliant: bytes) -> None:
    engine = make_engine(store_url)
    try:
        migrate(engine)
        assert {"cases", "chain_versions", "audit_events"} <= set(inspect(engine).get_table_names())
        migrate(engine, "base", down=True)
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate(engine)
        service = CaseService(engine, url=store_url)
        _some_events(service, compliant)
        assert service.audit("tanaka")["intact"]
    finally:
        engine.dispose()


def test_the_tools_work_as_a_login_role_in_the_application_role(
    pg_url: str, compliant: bytes
) -> None:
    # The grants the migration gives chain_app are all the service needs.
    import uuid

    from sqlalchemy.engine import make_url

    CaseService.open(pg_url).engine.dispose()  # migrated by the owner
    login = f"office_{uuid.uuid4().hex[:8]}"
    owner = make_engine(pg_url)
    with owner.begin() as conn:
        conn.execute(text(f"CREATE ROLE {login} LOGIN IN ROLE chain_app"))
    url = make_url(pg_url).set(username=login).render_as_string(hide_password=False)
    service = CaseService.open(url)
    try:
        case = _some_events(service, compliant)
        service.add_user("tanaka", "sato", "approver")
        assert service.decide("sato", case, "approved")["state"] == "approved"
        assert service.audit("sato")["intact"]
        for statement in (
            "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only",
            "UPDATE audit_events SET actor = 'x'",
            "DELETE FROM audit_events",
        ):
            with (
                pytest.raises(DBAPIError, match=r"must be owner|permission denied"),
                service.engine.begin() as conn,
            ):
                conn.execute(text(statement))
    finally:
        service.engine.dispose()
        with owner.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {login}"))
            conn.execute(text(f"DROP ROLE {login}"))
        owner.dispose()
