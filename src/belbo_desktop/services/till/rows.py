"""The rows a till booking writes (sale, lines, payments, voucher ledger entries), the
receipt number they carry, and a stored line read back as a posting.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, PostingLine
from belbo_desktop.services.actor import Actor
from belbo_desktop.storage.orm import Base
from belbo_desktop.storage.orm.sales import Sale, SaleLine


def insert(s: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """Core executemany on the session's connection: the ORM's bulk path costs more
    than the inserts themselves at the till."""
    s.connection().execute(model.__table__.insert(), rows)  # type: ignore[attr-defined]


_LAST_RECEIPT = select(func.max(Sale.receipt_no)).where(Sale.till_id == bindparam("till_id"))


def next_receipt_no(s: Session, till_id: uuid.UUID) -> int:
    """Under the write lock, max + 1 is gap-free: a rolled-back sale takes no number."""
    last = s.connection().execute(_LAST_RECEIPT, {"till_id": till_id}).scalar()
    return int(last or 0) + 1


def sale_row(
    sale_id: uuid.UUID,
    till_id: uuid.UUID,
    actor: Actor,
    receipt_no: int,
    *,
    started_at: dt.datetime,
    finished_at: dt.datetime,
    customer_id: uuid.UUID | None,
    total_cents: int,
    reverses_sale_id: uuid.UUID | None = None,
    reason: str | None = None,
) -> dict[str, object]:
    return dict(
        id=sale_id,
        till_id=till_id,
        location_id=actor.location_id,
        receipt_no=receipt_no,
        started_at=started_at,
        finished_at=finished_at,
        staff_id=actor.staff_id,
        customer_id=customer_id,
        total_cents=total_cents,
        reverses_sale_id=reverses_sale_id,
        reason=reason,
    )


def line_row(
    sale_id: uuid.UUID, pos: int, line: PostingLine, voucher_id: uuid.UUID | None
) -> dict[str, object]:
    return dict(
        id=new_id(),
        sale_id=sale_id,
        position=pos,
        business_case=line.business_case.value,
        text=line.text[:120],
        quantity=line.quantity,
        unit_price_cents=line.unit_price.cents,
        discount_cents=line.discount.cents,
        amount_cents=line.amount.cents,
        vat_rate=line.vat_rate,
        vat_cents=line.vat.cents,
        catalogue_item_id=line.catalogue_item_id,
        voucher_id=voucher_id,
    )


def payment_row(
    sale_id: uuid.UUID,
    method: str,
    amount_cents: int,
    tendered_cents: int | None = None,
    change_cents: int = 0,
) -> dict[str, object]:
    return dict(
        id=new_id(),
        sale_id=sale_id,
        method=method,
        amount_cents=amount_cents,
        tendered_cents=tendered_cents,
        change_cents=change_cents,
    )


def entry_row(
    voucher_id: uuid.UUID,
    kind: vrules.EntryKind,
    amount_cents: int,
    sale_id: uuid.UUID,
    actor: Actor,
    at: dt.datetime,
    reason: str | None = None,
) -> dict[str, object]:
    """A voucher ledger entry booked by a till receipt."""
    return dict(
        id=new_id(),
        voucher_id=voucher_id,
        at=at,
        kind=kind.value,
        amount_cents=amount_cents,
        sale_id=sale_id,
        staff_id=actor.staff_id,
        reason=reason,
    )


def posting_of(ln: SaleLine, negate: bool = False) -> PostingLine:
    sign = -1 if negate else 1
    return PostingLine(
        BusinessCase(ln.business_case),
        ln.text,
        sign * ln.quantity,
        Money(ln.unit_price_cents),
        Money(sign * ln.discount_cents),
        Money(sign * ln.amount_cents),
        ln.vat_rate,
        Money(sign * ln.vat_cents),
        catalogue_item_id=ln.catalogue_item_id,
        voucher_id=ln.voucher_id,
    )
