"""sync: outbox and state on the PC; devices, enrolment codes, change log, row clocks,
quarantine and flags on the hub

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BIGSERIAL = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        sa.Column("seq", _BIGSERIAL, autoincrement=True, nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_outbox_change_id")),
    )
    op.create_index("ix_sync_outbox_row", "sync_outbox", ["table_name", "row_id"], unique=False)
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hub_url", sa.String(length=300), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("device_name", sa.String(length=120), nullable=True),
        sa.Column("location_ids", sa.JSON(), nullable=False),
        sa.Column("token_store", sa.String(length=20), nullable=True),
        sa.Column("last_hlc", sa.String(length=64), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("snapshot_seq", sa.BigInteger(), nullable=True),
        sa.Column("snapshot_table", sa.String(length=63), nullable=True),
        sa.Column("snapshot_after", sa.String(length=64), nullable=True),
        sa.Column("snapshot_done", sa.Boolean(), nullable=False),
        sa.Column("push_snapshot_done", sa.Boolean(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_devices",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("location_ids", sa.JSON(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sync_devices_token_hash")),
    )
    op.create_table(
        "sync_enrolment_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("location_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["sync_devices.id"],
            name=op.f("fk_sync_enrolment_codes_device_id_sync_devices"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_enrolment_codes")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_sync_enrolment_codes_code_hash")),
    )
    op.create_table(
        "sync_changes",
        sa.Column("seq", _BIGSERIAL, autoincrement=True, nullable=False),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("effective", sa.Boolean(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_changes_change_id")),
    )
    op.create_index(
        "ix_sync_changes_location_seq", "sync_changes", ["location_id", "seq"], unique=False
    )
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("versions", sa.JSON(), nullable=False),
        sa.Column("deleted_hlc", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_rows")),
    )
    op.create_table(
        "sync_quarantine",
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("change", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
        sa.UniqueConstraint("change_id", name=op.f("uq_sync_quarantine_change_id")),
    )
    op.create_table(
        "sync_flags",
        sa.Column("location_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("target_type", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_sync_flags_location_id_locations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_flags")),
    )
    op.create_index("ix_sync_flags_location_id", "sync_flags", ["location_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # The hub hands customers out in name order, compared bytewise as SQLite does.
        op.execute(
            'CREATE INDEX ix_customers_snapshot ON customers (sort_key COLLATE "C", number, id)'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customers_snapshot")
    op.drop_index("ix_sync_flags_location_id", table_name="sync_flags")
    op.drop_table("sync_flags")
    op.drop_table("sync_quarantine")
    op.drop_table("sync_rows")
    op.drop_index("ix_sync_changes_location_seq", table_name="sync_changes")
    op.drop_table("sync_changes")
    op.drop_table("sync_enrolment_codes")
    op.drop_table("sync_devices")
    op.drop_table("sync_state")
    op.drop_index("ix_sync_outbox_row", table_name="sync_outbox")
    op.drop_table("sync_outbox")
