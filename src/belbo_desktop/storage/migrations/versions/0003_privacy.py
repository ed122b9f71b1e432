"""privacy: field classifications, data-subject requests, consents, erasures

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from belbo_desktop.storage import append_only

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FLAGS = ("is_trade_secret", "is_identifying", "is_health_data")


def upgrade() -> None:
    # Plain ADD COLUMN (no batch rebuild): existing rows get the server default.
    for flag in _FLAGS:
        op.add_column(
            "custom_field_definitions",
            sa.Column(flag, sa.Boolean(), server_default=sa.false(), nullable=False),
        )
    op.create_table(
        "privacy_requests",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("extended_until", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("identity_verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("identity_verified_by_id", sa.Uuid(), nullable=True),
        sa.Column("identity_note", sa.String(length=500), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Uuid(), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by_id"],
            ["staff_members.id"],
            name=op.f("fk_privacy_requests_closed_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_members.id"],
            name=op.f("fk_privacy_requests_created_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_privacy_requests_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["identity_verified_by_id"],
            ["staff_members.id"],
            name=op.f("fk_privacy_requests_identity_verified_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_privacy_requests_location_id_locations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_requests")),
    )
    op.create_index(
        "ix_privacy_requests_open",
        "privacy_requests",
        ["location_id", "status", "deadline"],
        unique=False,
    )
    op.create_index(
        op.f("ix_privacy_requests_customer_id"), "privacy_requests", ["customer_id"], unique=False
    )
    op.create_table(
        "consent_wordings",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("version", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_wordings")),
        sa.UniqueConstraint("kind", "version", name=op.f("uq_consent_wordings_kind")),
    )
    op.create_table(
        "consents",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text_version", sa.String(length=20), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn_recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_consents_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_consents_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_members.id"],
            name=op.f("fk_consents_recorded_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["withdrawn_recorded_by_id"],
            ["staff_members.id"],
            name=op.f("fk_consents_withdrawn_recorded_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    op.create_index("ix_consents_customer_kind", "consents", ["customer_id", "kind"], unique=False)
    op.create_table(
        "customer_erasures",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_by_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_erasures_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["erased_by_id"],
            ["staff_members.id"],
            name=op.f("fk_customer_erasures_erased_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_customer_erasures_location_id_locations"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["privacy_requests.id"],
            name=op.f("fk_customer_erasures_request_id_privacy_requests"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_erasures")),
    )
    op.create_index(
        op.f("ix_customer_erasures_customer_id"),
        "customer_erasures",
        ["customer_id"],
        unique=False,
    )
    append_only.protect(op, "customer_erasures")


def downgrade() -> None:
    append_only.unprotect(op, "customer_erasures")
    op.drop_index(op.f("ix_customer_erasures_customer_id"), table_name="customer_erasures")
    op.drop_table("customer_erasures")
    op.drop_index("ix_consents_customer_kind", table_name="consents")
    op.drop_table("consents")
    op.drop_table("consent_wordings")
    op.drop_index(op.f("ix_privacy_requests_customer_id"), table_name="privacy_requests")
    op.drop_index("ix_privacy_requests_open", table_name="privacy_requests")
    op.drop_table("privacy_requests")
    with op.batch_alter_table("custom_field_definitions") as batch_op:
        for flag in reversed(_FLAGS):
            batch_op.drop_column(flag)
