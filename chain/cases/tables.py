"""The store's tables (SQLAlchemy 2), one model for SQLite and PostgreSQL.

A chain version is never updated: a change is a new row naming its parent. Audit
events are only ever appended (the migrations make the database refuse anything else).
JSON columns are kept as text, so what is hashed is exactly what is stored.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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
    chain_json: Mapped[str] = mapped_column(Text)
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
    findings_json: Mapped[str] = mapped_column(Text)
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
