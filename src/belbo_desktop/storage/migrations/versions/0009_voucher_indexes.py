"""Vouchers: an index on the entries' kind, so the overview's state filters find the few
closed vouchers (cancelled, paid out, expired) without reading every ledger, and one on
the validity, so the expired and those to expire are found without reading every voucher

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_voucher_entries_kind", "voucher_entries", ["kind", "voucher_id"])
    op.create_index("ix_vouchers_location_valid", "vouchers", ["location_id", "valid_until"])


def downgrade() -> None:
    op.drop_index("ix_vouchers_location_valid", table_name="vouchers")
    op.drop_index("ix_voucher_entries_kind", table_name="voucher_entries")
