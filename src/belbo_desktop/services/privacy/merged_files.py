"""Files merged into another (duplicates): which ones belong to a survivor, and the guard
that sends reports and erasures for a merged file to its survivor.

The survivor's Datenauskunft shows its merged files and its erasure anonymises them, so
both ask here which files those are.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.storage.customer_links import survivor_of, with_merged
from belbo_desktop.storage.orm import Customer


def files_merged_into(s: Session, survivor_id: uuid.UUID, location_id: uuid.UUID) -> list[Customer]:
    """The files merged into ``survivor_id`` (through chains too) that its report shows
    and its erasure anonymises: this location's, not erased, in number order."""
    return [
        m
        for m in s.scalars(
            select(Customer)
            .where(Customer.id.in_(with_merged(s, survivor_id)[1:]))
            .order_by(Customer.number)
        )
        if m.location_id == location_id and m.deleted_at is None
    ]


def refuse_merged(s: Session, c: Customer, code: str) -> None:
    """A merged file's data lives on in its survivor's report and erasure."""
    if c.merged_into_id is None:
        return
    into = s.scalar(select(Customer.number).where(Customer.id == survivor_of(s, c.id)))
    raise ValidationError({"customer": Message(code, {"number": c.number, "into": into})})
