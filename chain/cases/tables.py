"""The store's tables (SQLAlchemy 2), one model for SQLite and PostgreSQL.

A chain version is never updated: a change is a new row naming its parent. Audit
events are only ever appended (the migrations make the database refuse anything else).
JSON columns are kept as text, so what is hashed is exactly what is stored.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator

__all__ = [
    "ApiToken",
    "AuditEvent",
    "Base",
    "Case",
    "ChainVersion",
    "Decision",
    "FiledDocument",
    "Setting",
    "User",
    "ValidationRun",
]


class _FromUtf8(FunctionElement[str]):
    """UTF-8 bytes made text by the database itself."""

    type = Text()
    name = "from_utf8"
    inherit_cache = True


@compiles(_FromUtf8, "sqlite")
def _from_utf8_sqlite(element: _FromUtf8, compiler: Any, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


@compiles(_FromUtf8, "postgresql")
def _from_utf8_postgresql(element: _FromUtf8, compiler: Any, **kw: Any) -> str:
    return f"convert_from({compiler.process(element.clauses, **kw)}, 'UTF8')"


class Utf8Text(TypeDecorator[str]):
    """A text column written from UTF-8 bytes (or text) and read as text.

    A chain's canonical JSON is made as bytes and sent as bytes, the database making them
    text (SQLite ``CAST(? AS TEXT)``, PostgreSQL ``convert_from(?, 'UTF8')``): as a
    Python string beside its bytes, the JSON of an 11 MB chain took 40 MB more to store.
    """

    impl = Text
    cache_ok = True

    def bind_expression(self, bindvalue: Any) -> Any:
        return _FromUtf8(_as_bytes(bindvalue))

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if isinstance(value, str):
            return value.encode("utf-8")
        return value


def _as_bytes(bindvalue: Any) -> Any:
    """The parameter, sent as bytes (a copy: the column's own stays text)."""
    bound = bindvalue._clone()
    bound.type = _Utf8Bytes()
    return bound


class _Utf8Bytes(TypeDecorator[bytes]):
    """The bytes of a :class:`Utf8Text` value as the driver sends them."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if isinstance(value, str):
            return value.encode("utf-8")
        return value


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[str] = mapped_column(String(40))


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ApiToken(Base):
    """A token for the HTTP API: it acts as the user it names; only its hash is kept."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    user_name: Mapped[str] = mapped_column(ForeignKey("users.name"))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40))


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    department: Mapped[str] = mapped_column(Text)
    profile_id: Mapped[str | None] = mapped_column(String(200))
    contractor: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20))
    head_version_id: Mapped[int | None] = mapped_column(Integer)
    """The current version (no foreign key: the versions name the case)."""
    submitted_by: Mapped[str | None] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    """Raised by every change of the case row: a write that read an older one loses."""
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


class ChainVersion(Base):
    __tablename__ = "chain_versions"
    __table_args__ = (UniqueConstraint("case_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    number: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("chain_versions.id"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    chain_json: Mapped[str] = mapped_column(Utf8Text, deferred=True)
    """Read only where it is used (within the transaction): a version's row is read
    for its number, parent and hash far more often than for its chain."""
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(20))
    source_name: Mapped[str | None] = mapped_column(Text)
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    conflict: Mapped[bool] = mapped_column(default=False)
    """Saved on a parent that was no longer current: kept, but not the case's version."""


class ValidationRun(Base):
    __tablename__ = "validation_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("chain_versions.id"), index=True)
    profile_id: Mapped[str] = mapped_column(String(200))
    profile_sha256: Mapped[str] = mapped_column(String(64))
    engine_version: Mapped[str] = mapped_column(String(40))
    findings_json: Mapped[str] = mapped_column(Text, deferred=True)
    errors: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[int] = mapped_column(Integer)
    infos: Mapped[int] = mapped_column(Integer)
    ran_at: Mapped[str] = mapped_column(String(40))


class Decision(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("chain_versions.id"))
    version_sha256: Mapped[str] = mapped_column(String(64))
    edge_ids_json: Mapped[str | None] = mapped_column(Text)
    """The delegations decided, as a JSON list; ``NULL`` for the whole submission."""
    outcome: Mapped[str] = mapped_column(String(20))
    conditions_json: Mapped[str] = mapped_column(Text)
    reason_text: Mapped[str] = mapped_column(Text)
    reason_codes_json: Mapped[str] = mapped_column(Text)
    reason_clauses_json: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[str | None] = mapped_column(String(10))
    valid_until: Mapped[str | None] = mapped_column(String(10))
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[str] = mapped_column(String(40))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))


class FiledDocument(Base):
    """A document filed in a case (a drafted decision notice...): kept as filed, with its hash."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id"))
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(40))


class AuditEvent(Base):
    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    object: Mapped[str] = mapped_column(String(200))
    before_hash: Mapped[str | None] = mapped_column(String(64))
    after_hash: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64))


Index("ix_audit_object", AuditEvent.object)
