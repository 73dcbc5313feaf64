"""The case store's fixtures: every repository and service test runs on SQLite and on
PostgreSQL.

PostgreSQL is the server ``./dev test`` starts (socket only; ``TEST_PG_HOST`` and
``TEST_PG_PORT``). Without it the PostgreSQL half skips, except under CI (``CI`` set),
where a missing server fails the run instead of passing silently. Each test gets a
database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from chain.cases.service import CaseService

ROOT = Path(__file__).resolve().parents[2]
COMPLIANT = ROOT / "sample_data" / "000" / "compliant.json"
ENGINES = ("sqlite", "postgresql")


def pg_server() -> tuple[str, int] | None:
    host = os.environ.get("TEST_PG_HOST")
    if not host:
        return None
    return host, int(os.environ.get("TEST_PG_PORT", "5432"))


def need_pg() -> tuple[str, int]:
    server = pg_server()
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("CI: no PostgreSQL server for the case store (TEST_PG_HOST is unset)")
        pytest.skip("no PostgreSQL server (TEST_PG_HOST unset; ./dev test starts one)")
    return server


def _admin_connect(host: str, port: int):
    import psycopg

    return psycopg.connect(
        host=host, port=port, user="postgres", dbname="postgres", autocommit=True
    )


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database, its SQLAlchemy URL over the socket."""
    host, port = need_pg()
    name = f"t_{uuid.uuid4().hex[:16]}"
    with _admin_connect(host, port) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://postgres@/{name}?host={host}&port={port}"
    finally:
        with _admin_connect(host, port) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=ENGINES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The URL of an empty store, on each engine in turn."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cases.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def service(store_url: str) -> Iterator[CaseService]:
    svc = CaseService.open(store_url)
    yield svc
    svc.engine.dispose()


@pytest.fixture
def compliant() -> bytes:
    return COMPLIANT.read_bytes()
