"""Where the store lives and how it is opened.

``CHAIN_DATABASE_URL`` names it (``postgresql+psycopg://…`` for an office's shared
server, ``sqlite:///path`` for a file); unset, it is ``cases.db`` in the user's data
folder (``$XDG_DATA_HOME/subcontract-chain``, ``~/.local/share/subcontract-chain``, on
Windows ``%APPDATA%\\subcontract-chain``, on macOS ``~/Library/Application Support``).
SQLite runs with WAL, foreign keys on and a busy timeout (``CHAIN_DATABASE_BUSY_TIMEOUT``
milliseconds, 5,000 by default), and every write transaction starts ``IMMEDIATE`` so two
writers queue instead of failing half-way. Opening a store brings its schema to the
newest migration.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, OperationalError

from chain.cases.words import StoreUnavailable
from chain.vocab import L

__all__ = [
    "BUSY_TIMEOUT_ENV",
    "URL_ENV",
    "busy_timeout",
    "data_dir",
    "default_url",
    "make_engine",
    "migrate",
    "open_engine",
    "shown_url",
    "unavailable",
]

URL_ENV = "CHAIN_DATABASE_URL"
BUSY_TIMEOUT_ENV = "CHAIN_DATABASE_BUSY_TIMEOUT"
MIGRATIONS = Path(__file__).with_name("migrations")


def data_dir() -> Path:
    """The user's data folder for the tool."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "subcontract-chain"


def default_url() -> str:
    """``CHAIN_DATABASE_URL``, else the SQLite file in :func:`data_dir`."""
    url = os.environ.get(URL_ENV, "").strip()
    if url:
        return url
    return f"sqlite:///{data_dir() / 'cases.db'}"


def shown_url(url: str) -> str:
    """The URL without its password, to show."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<URL>"


def busy_timeout() -> int:
    """How long, in milliseconds, a writer waits for another before giving up."""
    try:
        return max(0, int(os.environ.get(BUSY_TIMEOUT_ENV, "5000")))
    except ValueError:
        return 5000


def make_engine(url: str) -> Engine:
    """An engine for ``url``, set up for the store (not yet migrated)."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:
        raise StoreUnavailable(
            "bad_url",
            L(
                f"{URL_ENV} の値はデータベースの URL ではありません。",
                f"{URL_ENV} is not a database URL.",
            ),
        ) from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        timeout = busy_timeout()
        engine = create_engine(
            parsed,
            connect_args={
                "timeout": timeout / 1000,
                "isolation_level": None,
                "cached_statements": 0,
            },
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={timeout}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    raise StoreUnavailable(
        "bad_url",
        L(
            f"{URL_ENV} は SQLite か PostgreSQL の URL にしてください（{shown_url(url)}）。",
            f"{URL_ENV} must be a SQLite or PostgreSQL URL ({shown_url(url)}).",
        ),
    )


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, target: str = "head", *, down: bool = False) -> None:
    """Bring the schema to ``target`` (``head`` by default; ``down`` to go back, to
    ``base`` for none)."""
    from alembic import command

    with engine.begin() as connection:
        config = _alembic_config(connection)
        if down:
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def _current_is_head(engine: Engine) -> bool:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        current = MigrationContext.configure(connection).get_current_heads()
        connection.rollback()
    heads = ScriptDirectory.from_config(_alembic_config(None)).get_heads()
    return set(current) == set(heads)


def unavailable(exc: BaseException, url: str) -> StoreUnavailable:
    """What to say when the database refused to work (locked, unreachable, not a store)."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = shown_url(url)
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return StoreUnavailable(
            "locked",
            L(
                f"ケースの保存先（{where}）はほかの処理が書き込み中のため使えません。"
                "しばらくしてからもう一度実行してください。何も書き込んでいません。",
                f"The case store ({where}) is locked by another writer; try again in a "
                "moment. Nothing was written.",
            ),
        )
    if "not a database" in text or "malformed" in text:
        return StoreUnavailable(
            "not_a_store",
            L(
                f"{where} はケースの保存先として読めません（データベースのファイルではないか、壊れています）。",
                f"{where} cannot be read as a case store (not a database file, or damaged).",
            ),
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return StoreUnavailable(
            "disk",
            L(
                f"ケースの保存先（{where}）に書き込めません（ディスクがいっぱいか入出力の誤り）。何も書き込んでいません。",
                f"The case store ({where}) cannot be written (disk full or I/O error). "
                "Nothing was written.",
            ),
        )
    return StoreUnavailable(
        "unreachable",
        L(
            f"ケースの保存先（{where}）に接続できません。",
            f"Cannot use the case store ({where}).",
        ),
    )


@contextmanager
def translated(url: str) -> Iterator[None]:
    """Database failures raised inside as :class:`StoreUnavailable`."""
    try:
        yield
    except OperationalError as exc:
        raise unavailable(exc, url) from None
    except DatabaseError as exc:
        # SQLite says a file is not a database with its plain DatabaseError.
        if type(exc.orig).__name__ != "DatabaseError":
            raise
        raise unavailable(exc, url) from None


def open_engine(url: str | None = None) -> Engine:
    """The engine of the store at ``url`` (by default :func:`default_url`), its schema
    at the newest migration."""
    url = url or default_url()
    engine = make_engine(url)
    with translated(url):
        if not _current_is_head(engine):
            migrate(engine)
    return engine
