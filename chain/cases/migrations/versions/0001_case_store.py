"""The case store: users, settings, cases, chain versions, validation runs, decisions
and the append-only audit trail.

On SQLite, triggers refuse UPDATE and DELETE of audit events. On PostgreSQL a trigger
does the same, and the application's role ``chain_app`` (created here when the
migrating user may create roles) may only INSERT and SELECT them.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

APP_ROLE = "chain_app"
TABLES = (
    "users",
    "settings",
    "cases",
    "chain_versions",
    "validation_runs",
    "decisions",
    "audit_events",
)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("department", sa.Text, nullable=False),
        sa.Column("profile_id", sa.String(200)),
        sa.Column("contractor", sa.Text),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("head_version_id", sa.Integer),
        sa.Column("submitted_by", sa.String(200)),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "chain_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("chain_versions.id")),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("chain_json", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("source_name", sa.Text),
        sa.Column("source_sha256", sa.String(64)),
        sa.Column("conflict", sa.Boolean, nullable=False),
        sa.UniqueConstraint("case_id", "number"),
    )
    op.create_table(
        "validation_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "version_id", sa.Integer, sa.ForeignKey("chain_versions.id"), nullable=False, index=True
        ),
        sa.Column("profile_id", sa.String(200), nullable=False),
        sa.Column("profile_sha256", sa.String(64), nullable=False),
        sa.Column("engine_version", sa.String(40), nullable=False),
        sa.Column("findings_json", sa.Text, nullable=False),
        sa.Column("errors", sa.Integer, nullable=False),
        sa.Column("warnings", sa.Integer, nullable=False),
        sa.Column("infos", sa.Integer, nullable=False),
        sa.Column("ran_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("version_id", sa.Integer, sa.ForeignKey("chain_versions.id"), nullable=False),
        sa.Column("version_sha256", sa.String(64), nullable=False),
        sa.Column("edge_ids_json", sa.Text),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("conditions_json", sa.Text, nullable=False),
        sa.Column("reason_text", sa.Text, nullable=False),
        sa.Column("reason_codes_json", sa.Text, nullable=False),
        sa.Column("reason_clauses_json", sa.Text, nullable=False),
        sa.Column("valid_from", sa.String(10)),
        sa.Column("valid_until", sa.String(10)),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.String(40), nullable=False),
        sa.Column("supersedes_id", sa.Integer, sa.ForeignKey("decisions.id")),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("object", sa.String(200), nullable=False),
        sa.Column("before_hash", sa.String(64)),
        sa.Column("after_hash", sa.String(64)),
        sa.Column("prev_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_object", "audit_events", ["object"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
            "ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()"
        )
        _grant_app_role()


def _grant_app_role() -> None:
    """Create the application's role when the migrating user may, and give it what it
    needs: everything on the other tables, only INSERT and SELECT on the audit trail."""
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                IF (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
                    BEGIN
                        CREATE ROLE {APP_ROLE} NOLOGIN;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                    END;
                END IF;
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                GRANT SELECT, INSERT, UPDATE, DELETE ON users, settings, cases, chain_versions,
                    validation_runs, decisions, alembic_version TO {APP_ROLE};
                GRANT SELECT, INSERT ON audit_events TO {APP_ROLE};
                GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {APP_ROLE};
            END IF;
        END $$
        """
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            f"""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
                    REVOKE ALL ON users, settings, cases, chain_versions, validation_runs,
                        decisions, audit_events FROM {APP_ROLE};
                    REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {APP_ROLE};
                END IF;
            END $$
            """
        )
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    op.drop_index("ix_audit_object", "audit_events")
    for table in reversed(TABLES):
        op.drop_table(table)
