"""Merge links between customer files: which files were merged into which.

Receipts and vouchers are append-only (GoBD), so after a merge they keep naming the
duplicate's id; readers of "this customer's sales and vouchers" ask for the customer
and every file merged into it.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.storage.orm import Customer

#: Chains longer than this are a data error (a cycle written by two offline merges).
MAX_DEPTH = 20


def with_merged(s: Session, customer_id: uuid.UUID) -> list[uuid.UUID]:
    """``customer_id`` first, then every file merged into it, directly or through another."""
    found = [customer_id]
    seen = {customer_id}
    frontier = [customer_id]
    for _ in range(MAX_DEPTH):
        if not frontier:
            break
        below = s.scalars(select(Customer.id).where(Customer.merged_into_id.in_(frontier))).all()
        frontier = [i for i in below if i not in seen]
        seen.update(frontier)
        found.extend(frontier)
    return found


def survivor_of(s: Session, customer_id: uuid.UUID) -> uuid.UUID:
    """The file a merged file now lives on (itself if it was never merged)."""
    current = customer_id
    for _ in range(MAX_DEPTH):
        into = s.scalar(select(Customer.merged_into_id).where(Customer.id == current))
        if into is None or into == customer_id:
            return current
        current = into
    return current
