"""The Storno: which sales may be reversed, and the reversal receipt that negates a
sale's lines, payments and voucher bookings (nothing is ever changed or deleted).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.till.results import CommittedSale
from belbo_desktop.services.till.rows import (
    entry_row,
    insert,
    next_receipt_no,
    payment_row,
    posting_of,
    sale_row,
)
from belbo_desktop.services.vouchers import VoucherInfo, load_by_id
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry


@dataclass(frozen=True)
class Reversible:
    """A sale a Storno may cancel, with the voucher bookings it has to undo."""

    original: Sale
    sold: list[VoucherInfo]
    redeemed: Sequence[Row[uuid.UUID, int]]


def reversible(
    s: Session, location_id: uuid.UUID, sale_id: uuid.UUID, today: dt.date
) -> Reversible:
    """Refuses a reversal, a pay-out, a sale already reversed and one whose sold
    vouchers have been used."""
    original = s.get(Sale, sale_id)
    if original is None or original.location_id != location_id:
        raise NotFound(Message("sale_not_found"))
    if original.reverses_sale_id is not None:
        raise ValidationError({"sale": Message("sale_is_reversal")})
    refunded = select(VoucherEntry.id).where(
        VoucherEntry.sale_id == sale_id,
        VoucherEntry.kind == vrules.EntryKind.REFUND.value,
    )
    if s.scalar(refunded) is not None:
        raise ValidationError({"sale": Message("sale_is_refund")})
    if s.scalar(select(Sale.id).where(Sale.reverses_sale_id == sale_id)) is not None:
        raise ValidationError(
            {"sale": Message("sale_already_reversed", {"number": original.receipt_no})}
        )
    sold = s.scalars(select(Voucher.id).where(Voucher.sale_id == sale_id)).all()
    sold_info = [load_by_id(s, location_id, vid, today) for vid in sold]
    for info in sold_info:
        if info.balance != info.face_value:
            raise ValidationError(
                {"sale": Message("sale_voucher_used", {"code": info.display_code})}
            )
    redeemed = s.execute(
        select(VoucherEntry.voucher_id, VoucherEntry.amount_cents).where(
            VoucherEntry.sale_id == sale_id,
            VoucherEntry.kind == vrules.EntryKind.REDEMPTION.value,
        )
    ).all()
    return Reversible(original, sold_info, redeemed)


def book_reversal(
    s: Session,
    actor: Actor,
    till_id: uuid.UUID,
    undo: Reversible,
    reason: str,
    now: dt.datetime,
) -> CommittedSale:
    """Write the reversal receipt at ``till_id``, the till where the Storno happens."""
    original = undo.original
    sale_id = original.id
    receipt_no = next_receipt_no(s, till_id)
    new_sale = new_id()
    reversal = sale_row(
        new_sale,
        till_id,
        actor,
        receipt_no,
        started_at=now,
        finished_at=now,
        customer_id=original.customer_id,
        total_cents=-original.total_cents,
        reverses_sale_id=sale_id,
        reason=reason,
    )
    insert(s, Sale, [reversal])
    lines = s.scalars(
        select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.position)
    ).all()
    insert(
        s,
        SaleLine,
        [
            dict(
                id=new_id(),
                sale_id=new_sale,
                position=ln.position,
                business_case=ln.business_case,
                text=ln.text,
                quantity=-ln.quantity,
                unit_price_cents=ln.unit_price_cents,
                discount_cents=-ln.discount_cents,
                amount_cents=-ln.amount_cents,
                vat_rate=ln.vat_rate,
                vat_cents=-ln.vat_cents,
                catalogue_item_id=ln.catalogue_item_id,
                voucher_id=ln.voucher_id,
            )
            for ln in lines
        ],
    )
    payments = s.scalars(select(SalePayment).where(SalePayment.sale_id == sale_id)).all()
    if payments:
        insert(s, SalePayment, [payment_row(new_sale, p.method, -p.amount_cents) for p in payments])
    entries = [
        entry_row(
            info.id,
            vrules.EntryKind.ISSUE_REVERSAL,
            -info.balance.cents,
            new_sale,
            actor,
            now,
            reason,
        )
        for info in undo.sold
    ] + [
        entry_row(vid, vrules.EntryKind.REDEMPTION_REVERSAL, -amount, new_sale, actor, now, reason)
        for vid, amount in undo.redeemed
    ]
    if entries:
        insert(s, VoucherEntry, entries)
    postings = tuple(posting_of(ln, negate=True) for ln in lines)
    return CommittedSale(
        new_sale, receipt_no, actor.location_id, original.customer_id, postings, sale_id
    )
