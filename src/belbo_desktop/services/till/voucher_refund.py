"""Paying out a voucher's rest value in cash: a till receipt with one negative
redemption line, a cash payment and the ledger's REFUND entry that closes the voucher.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, PaymentMethod, PostingLine
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.till.results import CommittedSale
from belbo_desktop.services.till.rows import (
    entry_row,
    insert,
    line_row,
    next_receipt_no,
    payment_row,
    sale_row,
)
from belbo_desktop.services.vouchers import VoucherInfo, load_by_id
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment
from belbo_desktop.storage.orm.vouchers import VoucherEntry


def refundable(
    s: Session, location_id: uuid.UUID, voucher_id: uuid.UUID, today: dt.date
) -> VoucherInfo:
    info = load_by_id(s, location_id, voucher_id, today)
    if info.balance.cents <= 0 or info.state is vrules.VoucherState.CANCELLED:
        raise ValidationError(
            {"reason": Message("voucher_nothing_left", {"code": info.display_code})}
        )
    return info


def book_refund(
    s: Session,
    actor: Actor,
    till_id: uuid.UUID,
    info: VoucherInfo,
    reason: str,
    now: dt.datetime,
) -> CommittedSale:
    """Write the pay-out receipt at ``till_id`` for a voucher :func:`refundable` let pass."""
    single = info.treatment is vrules.VatTreatment.SINGLE_PURPOSE
    rate = info.vat_rate if single else None
    amount = -info.balance
    line = PostingLine(
        BusinessCase.SINGLE_PURPOSE_REDEMPTION if single else BusinessCase.MULTI_PURPOSE_REDEMPTION,
        f"Auszahlung Restwert Gutschein {info.display_code}",
        1,
        amount,
        Money(0),
        amount,
        rate,
        -info.balance.vat_included(rate) if rate else Money(0),
        voucher_id=info.id,
    )
    receipt_no = next_receipt_no(s, till_id)
    sale_id = new_id()
    sale = sale_row(
        sale_id,
        till_id,
        actor,
        receipt_no,
        started_at=now,
        finished_at=now,
        customer_id=info.buyer_id,
        total_cents=amount.cents,
        reason=reason,
    )
    insert(s, Sale, [sale])
    insert(s, SaleLine, [line_row(sale_id, 1, line, info.id)])
    insert(s, SalePayment, [payment_row(sale_id, PaymentMethod.CASH.value, amount.cents)])
    entry = entry_row(info.id, vrules.EntryKind.REFUND, amount.cents, sale_id, actor, now, reason)
    insert(s, VoucherEntry, [entry])
    return CommittedSale(sale_id, receipt_no, actor.location_id, info.buyer_id, (line,))
