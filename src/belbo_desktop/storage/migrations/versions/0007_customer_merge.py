"""Customer merge: a duplicate file points at the file it was merged into

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Plain ADD COLUMN: a batch rebuild of customers would drop the full-text
        # triggers and copy every customer for three empty columns.
        op.execute("ALTER TABLE customers ADD COLUMN merged_into_id CHAR(32)")
        op.execute("ALTER TABLE customers ADD COLUMN merged_at DATETIME")
        op.execute(
            "ALTER TABLE customers ADD COLUMN merged_by_id CHAR(32) "
            "CONSTRAINT fk_customers_merged_by_id_staff_members REFERENCES staff_members (id)"
        )
        op.create_index("ix_customers_merged_into_id", "customers", ["merged_into_id"])
        return
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("merged_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("merged_by_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_customers_merged_into_id"), ["merged_into_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_customers_merged_by_id_staff_members"),
            "staff_members",
            ["merged_by_id"],
            ["id"],
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_customers_merged_into_id", "customers")
        for column in ("merged_by_id", "merged_at", "merged_into_id"):
            op.execute(f"ALTER TABLE customers DROP COLUMN {column}")
        return
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_customers_merged_by_id_staff_members"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_customers_merged_into_id"))
        batch_op.drop_column("merged_by_id")
        batch_op.drop_column("merged_at")
        batch_op.drop_column("merged_into_id")
