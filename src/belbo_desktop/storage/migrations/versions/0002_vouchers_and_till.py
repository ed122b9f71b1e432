"""Vouchers and till: catalogue, tills, sales with lines and payments, signatures,
daily closings, vouchers and their ledger

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from belbo_desktop.storage import append_only

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: GoBD: receipts and ledgers are never changed or deleted, only reversed.
APPEND_ONLY = (
    "sales",
    "sale_lines",
    "sale_payments",
    "sale_signatures",
    "till_closings",
    "vouchers",
    "voucher_entries",
)


def upgrade() -> None:
    op.create_table(
        "catalogue_items",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_catalogue_items_location_id_locations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalogue_items")),
    )
    with op.batch_alter_table("catalogue_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_catalogue_items_location_id"), ["location_id"], unique=False
        )

    op.create_table(
        "tills",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_tills_location_id_locations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tills")),
        sa.UniqueConstraint("serial", name=op.f("uq_tills_serial")),
    )
    with op.batch_alter_table("tills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tills_location_id"), ["location_id"], unique=False)

    op.create_table(
        "till_closings",
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("first_receipt_no", sa.Integer(), nullable=False),
        sa.Column("last_receipt_no", sa.Integer(), nullable=False),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_members.id"], name=op.f("fk_till_closings_staff_id_staff_members")
        ),
        sa.ForeignKeyConstraint(
            ["till_id"], ["tills.id"], name=op.f("fk_till_closings_till_id_tills")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_till_closings")),
        sa.UniqueConstraint("till_id", "number", name=op.f("uq_till_closings_till_id")),
    )
    op.create_table(
        "sales",
        sa.Column("till_id", sa.Uuid(), nullable=False),
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("receipt_no", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Uuid(), nullable=False),
        sa.Column("customer_id", sa.Uuid(), nullable=True),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("reverses_sale_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_sales_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_sales_location_id_locations")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_sale_id"], ["sales.id"], name=op.f("fk_sales_reverses_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_members.id"], name=op.f("fk_sales_staff_id_staff_members")
        ),
        sa.ForeignKeyConstraint(["till_id"], ["tills.id"], name=op.f("fk_sales_till_id_tills")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales")),
        sa.UniqueConstraint("reverses_sale_id", name=op.f("uq_sales_reverses_sale_id")),
        sa.UniqueConstraint("till_id", "receipt_no", name=op.f("uq_sales_till_id")),
    )
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sales_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sales_finished_at"), ["finished_at"], unique=False)

    op.create_table(
        "sale_payments",
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("tendered_cents", sa.Integer(), nullable=True),
        sa.Column("change_cents", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sale_payments_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_payments")),
    )
    with op.batch_alter_table("sale_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_payments_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "sale_signatures",
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sale_signatures_sale_id_sales")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_signatures")),
    )
    with op.batch_alter_table("sale_signatures", schema=None) as batch_op:
        batch_op.create_index("ix_sale_signatures_sale_at", ["sale_id", "at"], unique=False)

    op.create_table(
        "vouchers",
        sa.Column("location_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("treatment", sa.String(length=10), nullable=False),
        sa.Column("face_value_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.Integer(), nullable=True),
        sa.Column("service_item_id", sa.Uuid(), nullable=True),
        sa.Column("service_name", sa.String(length=80), nullable=True),
        sa.Column("recipient", sa.String(length=80), nullable=True),
        sa.Column("message", sa.String(length=300), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("buyer_customer_id", sa.Uuid(), nullable=True),
        sa.Column("price_paid_cents", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["buyer_customer_id"],
            ["customers.id"],
            name=op.f("fk_vouchers_buyer_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_members.id"],
            name=op.f("fk_vouchers_created_by_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["location_id"], ["locations.id"], name=op.f("fk_vouchers_location_id_locations")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_vouchers_sale_id_sales")),
        sa.ForeignKeyConstraint(
            ["service_item_id"],
            ["catalogue_items.id"],
            name=op.f("fk_vouchers_service_item_id_catalogue_items"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vouchers")),
        sa.UniqueConstraint("code", name=op.f("uq_vouchers_code")),
    )
    with op.batch_alter_table("vouchers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vouchers_buyer_customer_id"), ["buyer_customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_vouchers_location_created", ["location_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_vouchers_sale_id"), ["sale_id"], unique=False)

    op.create_table(
        "sale_lines",
        sa.Column("sale_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("business_case", sa.String(length=40), nullable=False),
        sa.Column("text", sa.String(length=120), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_cents", sa.Integer(), nullable=False),
        sa.Column("discount_cents", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("vat_rate", sa.Integer(), nullable=True),
        sa.Column("vat_cents", sa.Integer(), nullable=False),
        sa.Column("catalogue_item_id", sa.Uuid(), nullable=True),
        sa.Column("voucher_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["catalogue_item_id"],
            ["catalogue_items.id"],
            name=op.f("fk_sale_lines_catalogue_item_id_catalogue_items"),
        ),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_sale_lines_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["vouchers.id"], name=op.f("fk_sale_lines_voucher_id_vouchers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sale_lines")),
    )
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sale_lines_sale_id"), ["sale_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sale_lines_voucher_id"), ["voucher_id"], unique=False)

    op.create_table(
        "voucher_entries",
        sa.Column("voucher_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Uuid(), nullable=True),
        sa.Column("staff_id", sa.Uuid(), nullable=True),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sale_id"], ["sales.id"], name=op.f("fk_voucher_entries_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_members.id"],
            name=op.f("fk_voucher_entries_staff_id_staff_members"),
        ),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["vouchers.id"], name=op.f("fk_voucher_entries_voucher_id_vouchers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_entries")),
    )
    with op.batch_alter_table("voucher_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_entries_sale_id"), ["sale_id"], unique=False)
        batch_op.create_index(
            "ix_voucher_entries_voucher", ["voucher_id", "kind", "amount_cents"], unique=False
        )

    for table in APPEND_ONLY:
        append_only.protect(op, table)
    if op.get_bind().dialect.name == "sqlite":
        # The last guard: whatever code writes, a voucher's balance cannot drop below zero.
        op.execute(
            "CREATE TRIGGER voucher_entries_balance BEFORE INSERT ON voucher_entries "
            "WHEN (SELECT COALESCE(SUM(amount_cents), 0) FROM voucher_entries "
            "WHERE voucher_id = NEW.voucher_id) + NEW.amount_cents < 0 "
            "BEGIN SELECT RAISE(ABORT, 'voucher balance below zero'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS voucher_entries_balance")
    for table in APPEND_ONLY:
        append_only.unprotect(op, table)
    with op.batch_alter_table("voucher_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_voucher_entries_voucher")
        batch_op.drop_index(batch_op.f("ix_voucher_entries_sale_id"))

    op.drop_table("voucher_entries")
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_lines_voucher_id"))
        batch_op.drop_index(batch_op.f("ix_sale_lines_sale_id"))

    op.drop_table("sale_lines")
    with op.batch_alter_table("vouchers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vouchers_sale_id"))
        batch_op.drop_index("ix_vouchers_location_created")
        batch_op.drop_index(batch_op.f("ix_vouchers_buyer_customer_id"))

    op.drop_table("vouchers")
    with op.batch_alter_table("sale_signatures", schema=None) as batch_op:
        batch_op.drop_index("ix_sale_signatures_sale_at")

    op.drop_table("sale_signatures")
    with op.batch_alter_table("sale_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sale_payments_sale_id"))

    op.drop_table("sale_payments")
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sales_finished_at"))
        batch_op.drop_index(batch_op.f("ix_sales_customer_id"))

    op.drop_table("sales")
    op.drop_table("till_closings")
    with op.batch_alter_table("tills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tills_location_id"))

    op.drop_table("tills")
    with op.batch_alter_table("catalogue_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_items_location_id"))

    op.drop_table("catalogue_items")
