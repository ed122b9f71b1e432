"""Bonus cards: programs, customers' cards and the cards' append-only ledger

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from belbo_desktop.storage import append_only

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Stamps are corrected by counter-entries, never changed. (A card row is not guarded:
#: two PCs may start the same card offline, and sync merges its start time by field.)
APPEND_ONLY = ("bonus_entries",)


def upgrade() -> None:
    op.create_table(
        "bonus_programs",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("stamps_needed", sa.Integer(), nullable=False),
        sa.Column("reward_kind", sa.String(length=10), nullable=False),
        sa.Column("reward_item_id", sa.Uuid(), nullable=True),
        sa.Column("reward_amount_cents", sa.Integer(), nullable=True),
        sa.Column("reward_text", sa.String(length=120), nullable=True),
        sa.Column("earn_rule", sa.String(length=10), nullable=False),
        sa.Column("earn_item_ids", sa.JSON(), nullable=False),
        sa.Column("spend_step_cents", sa.Integer(), nullable=True),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.Column("keeps_collecting", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_bonus_programs_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["reward_item_id"],
            ["catalogue_items.id"],
            name=op.f("fk_bonus_programs_reward_item_id_catalogue_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_programs")),
    )
    with op.batch_alter_table("bonus_programs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bonus_programs_location_id"), ["location_id"], unique=False
        )

    op.create_table(
        "bonus_cards",
        sa.Column("program_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("stamps_needed", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_bonus_cards_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_bonus_cards_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["bonus_programs.id"],
            name=op.f("fk_bonus_cards_program_id_bonus_programs"),
        ),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["staff_members.id"],
            name=op.f("fk_bonus_cards_started_by_id_staff_members"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_cards")),
        sa.UniqueConstraint(
            "program_id", "customer_id", "number", name=op.f("uq_bonus_cards_program_id")
        ),
    )
    with op.batch_alter_table("bonus_cards", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bonus_cards_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "bonus_entries",
        sa.Column("card_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("reverses_entry_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("reward", sa.String(length=120), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["bonus_cards.id"], name=op.f("fk_bonus_entries_card_id_bonus_cards")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_entry_id"],
            ["bonus_entries.id"],
            name=op.f("fk_bonus_entries_reverses_entry_id_bonus_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_bonus_entries_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_members.id"], name=op.f("fk_bonus_entries_staff_id_staff_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bonus_entries")),
        sa.UniqueConstraint("card_id", "sale_id", "kind", name=op.f("uq_bonus_entries_card_id")),
        sa.UniqueConstraint("reverses_entry_id", name=op.f("uq_bonus_entries_reverses_entry_id")),
    )
    with op.batch_alter_table("bonus_entries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_bonus_entries_card_at", ["card_id", "at", "count", "kind"], unique=False
        )
        batch_op.create_index(
            "ix_bonus_entries_kind_at", ["kind", "at", "card_id", "count"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bonus_entries_sale_id"), ["sale_id"], unique=False)

    for table in APPEND_ONLY:
        append_only.protect(op, table)


def downgrade() -> None:
    for table in APPEND_ONLY:
        append_only.unprotect(op, table)
    with op.batch_alter_table("bonus_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bonus_entries_sale_id"))
        batch_op.drop_index("ix_bonus_entries_kind_at")
        batch_op.drop_index("ix_bonus_entries_card_at")
    op.drop_table("bonus_entries")
    with op.batch_alter_table("bonus_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bonus_cards_customer_id"))
    op.drop_table("bonus_cards")
    with op.batch_alter_table("bonus_programs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bonus_programs_location_id"))
    op.drop_table("bonus_programs")
