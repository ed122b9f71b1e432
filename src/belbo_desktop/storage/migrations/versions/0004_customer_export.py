"""customer_export: export requests with hashed link tokens, attempts and expiry

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "export_requests",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by_id", sa.Uuid(), nullable=False),
        sa.Column("recipient_staff_id", sa.Uuid(), nullable=False),
        sa.Column("recipient_email", sa.String(length=254), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("format", sa.String(length=20), nullable=False),
        sa.Column("search_text", sa.String(length=200), nullable=True),
        sa.Column("include_archived", sa.Boolean(), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("closed_reason", sa.String(length=30), nullable=True),
        sa.Column("confirm_token_hash", sa.String(length=64), nullable=True),
        sa.Column("confirm_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("download_token_hash", sa.String(length=64), nullable=True),
        sa.Column("download_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=100), nullable=True),
        sa.Column("stored_file", sa.String(length=200), nullable=True),
        sa.Column("file_size", sa.Integer(), nullable=True),
        sa.Column("ready_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("downloaded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("download_count", sa.Integer(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("mail_pending", sa.String(length=20), nullable=True),
        sa.Column("mail_attempts", sa.Integer(), nullable=False),
        sa.Column("mail_error", sa.Text(), nullable=True),
        sa.Column("mail_next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_export_requests_location_id_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["recipient_staff_id"],
            ["staff_members.id"],
            name=op.f("fk_export_requests_recipient_staff_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_id"],
            ["staff_members.id"],
            name=op.f("fk_export_requests_requested_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_requests")),
        sa.UniqueConstraint(
            "confirm_token_hash", name=op.f("uq_export_requests_confirm_token_hash")
        ),
        sa.UniqueConstraint(
            "download_token_hash", name=op.f("uq_export_requests_download_token_hash")
        ),
    )
    with op.batch_alter_table("export_requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_export_requests_location_state", ["location_id", "state"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("export_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_export_requests_location_state")
    op.drop_table("export_requests")
