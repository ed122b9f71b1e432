"""The rows of an export: its columns in a stable order, how many customers it holds,
and their values read in keyset batches, each in a short transaction of its own."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from belbo_desktop.domain.customers import BUILTIN_FIELDS
from belbo_desktop.domain.export import BUILTIN_KINDS, CUSTOM_KINDS, ExportColumn
from belbo_desktop.domain.messages import label
from belbo_desktop.services.custom_fields import load_fields
from belbo_desktop.storage.export_customers import customer_filter
from belbo_desktop.storage.orm import Customer, CustomFieldValue
from belbo_desktop.storage.unit_of_work import UnitOfWork

BATCH_SIZE = 2000

_BUILTIN_COLUMNS = {name: getattr(Customer, name) for name in BUILTIN_FIELDS}


def export_columns(
    s: Session, location_id: uuid.UUID, fields: Sequence[str], lang: str
) -> list[ExportColumn]:
    """Columns in a stable order: built-in fields as listed, then custom by position."""
    chosen = set(fields)
    columns = [
        ExportColumn(k, label(k, lang), BUILTIN_KINDS[k]) for k in BUILTIN_FIELDS if k in chosen
    ]
    for f in load_fields(s, location_id, include_archived=True):
        if f.key in chosen:
            columns.append(ExportColumn(f.key, f.label, CUSTOM_KINDS[f.field_type], True))
    return columns


def count_customers(
    s: Session, location_id: uuid.UUID, search_text: str, include_archived: bool
) -> int:
    stmt = customer_filter(
        select(func.count()).select_from(Customer),
        s,
        location_id,
        search_text,
        include_archived,
    )
    return 0 if stmt is None else int(s.scalar(stmt) or 0)


def customer_batches(
    uow: UnitOfWork,
    location_id: uuid.UUID,
    columns: Sequence[ExportColumn],
    search_text: str,
    include_archived: bool,
    batch_size: int = BATCH_SIZE,
) -> Iterator[list[list[Any]]]:
    """Rows in customer-number order, read in short transactions (keyset pagination).

    Built-in columns come first (see :func:`export_columns`). Custom values are fetched
    per batch by the batch's number range, not by 2,000 ids, and ids are never turned
    into UUID objects: at 200,000 customers that alone took most of the time.
    """
    builtin = [c.key for c in columns if not c.custom]
    custom = [c for c in columns if c.custom]
    positions: dict[object, int] = {}
    for i, c in enumerate(columns):
        if c.custom:
            fid = uuid.UUID(c.key)
            positions.update({fid: i, fid.hex: i, str(fid): i})
    custom_ids = [uuid.UUID(c.key) for c in custom]
    pad = [None] * len(custom)
    raw_field_id = type_coerce(CustomFieldValue.field_id, String)
    last: int | None = None
    while True:
        with uow.read() as s:
            stmt = customer_filter(
                select(Customer.number, *(_BUILTIN_COLUMNS[k] for k in builtin)),
                s,
                location_id,
                search_text,
                include_archived,
            )
            if stmt is None:
                return
            conn = s.connection()
            if last is not None:
                stmt = stmt.where(Customer.number > last)
            page = conn.execute(stmt.order_by(Customer.number).limit(batch_size)).all()
            if not page:
                return
            rows: list[list[Any]] = (
                [[*r[1:], *pad] for r in page] if custom else [list(r[1:]) for r in page]
            )
            if custom:
                index = {r[0]: i for i, r in enumerate(page)}
                values = conn.execute(
                    select(Customer.number, raw_field_id, CustomFieldValue.value)
                    .join(Customer, Customer.id == CustomFieldValue.customer_id)
                    .where(
                        Customer.location_id == location_id,
                        Customer.number.between(page[0][0], page[-1][0]),
                        CustomFieldValue.field_id.in_(custom_ids),
                    )
                ).all()  # one fetchall: iterating the result fetches row by row
                for number, raw_id, value in values:
                    at = index.get(number)
                    if at is not None:
                        rows[at][positions[raw_id]] = value
        yield rows
        last = page[-1][0]
