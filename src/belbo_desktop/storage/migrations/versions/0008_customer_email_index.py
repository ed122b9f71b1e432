"""Customers: an index on lower(email), so the duplicate check does not scan every file

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # An expression index (SQLite and PostgreSQL alike); listed in
    # storage.migrate.HAND_MADE_INDEXES because the models do not declare it.
    op.create_index("ix_customers_email_lower", "customers", [sa.text("lower(email)")])


def downgrade() -> None:
    op.drop_index("ix_customers_email_lower", table_name="customers")
