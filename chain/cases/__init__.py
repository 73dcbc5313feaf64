"""The case store: cases, immutable chain versions, validation runs, decisions and an
append-only, hash-chained audit trail, on SQLite (one machine) or PostgreSQL (an office).

The pure parts (:mod:`~chain.cases.words`, :mod:`~chain.cases.canonical`,
:mod:`~chain.cases.diff`, :mod:`~chain.cases.states`, :mod:`~chain.cases.audit`) do no I/O.
:mod:`~chain.cases.tables` holds the SQLAlchemy models, :mod:`~chain.cases.engine` opens a
store from ``CHAIN_DATABASE_URL`` and runs its migrations, and
:mod:`~chain.cases.service` is the only code that writes to it.

Nothing here is imported by ``chain validate``: SQLAlchemy and Alembic load only when a
case command or the service is used.
"""
