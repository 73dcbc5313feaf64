"""Alembic's environment for the case store: one history for SQLite and PostgreSQL,
in batch mode (SQLite alters a table by copying it). The connection comes from
:func:`chain.cases.engine.migrate`."""

from __future__ import annotations

from alembic import context

from chain.cases.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the store always passes its connection
    raise RuntimeError("run the migrations through chain.cases.engine.migrate")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
