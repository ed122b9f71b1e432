"""Writing a checked sale: its receipt, lines and payments, the vouchers it sells and the
ledger entries that issue and redeem vouchers, all in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import RandomSource
from belbo_desktop.services.till.issuing import issue_vouchers
from belbo_desktop.services.till.results import CommittedSale, IssuedVoucher
from belbo_desktop.services.till.rows import (
    entry_row,
    insert,
    line_row,
    next_receipt_no,
    payment_row,
    sale_row,
)
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment
from belbo_desktop.storage.orm.vouchers import VoucherEntry


def book_sale(
    s: Session,
    random: RandomSource,
    actor: Actor,
    till_id: uuid.UUID,
    cart: Cart,
    ledger_amounts: Mapping[uuid.UUID, Money],
    started_at: dt.datetime,
    now: dt.datetime,
    today: dt.date,
) -> tuple[CommittedSale, list[IssuedVoucher]]:
    """``cart`` holds the redemptions as re-checked under the lock; ``ledger_amounts``
    what each takes off its voucher's balance."""
    postings = cart.postings()
    receipt_no = next_receipt_no(s, till_id)
    sale_id = new_id()
    sale = sale_row(
        sale_id,
        till_id,
        actor,
        receipt_no,
        started_at=started_at,
        finished_at=now,
        customer_id=cart.customer_id,
        total_cents=cart.total.cents,
    )
    insert(s, Sale, [sale])
    issued = issue_vouchers(s, random, actor, cart, sale_id, now, today)
    line_rows = []
    for pos, line in enumerate(postings, start=1):
        voucher_id = (
            issued[line.voucher_ref].id if line.voucher_ref is not None else line.voucher_id
        )
        line_rows.append(line_row(sale_id, pos, line, voucher_id))
    insert(s, SaleLine, line_rows)
    if cart.payments:
        payments = [
            payment_row(
                sale_id,
                p.method.value,
                p.amount.cents,
                p.tendered.cents if p.tendered is not None else None,
                p.change.cents,
            )
            for p in cart.payments
        ]
        insert(s, SalePayment, payments)
    entries = [
        entry_row(v.id, vrules.EntryKind.ISSUE, v.value.cents, sale_id, actor, now) for v in issued
    ] + [
        entry_row(
            r.voucher_id,
            vrules.EntryKind.REDEMPTION,
            -ledger_amounts[r.voucher_id].cents,
            sale_id,
            actor,
            now,
        )
        for r in cart.redemptions
    ]
    if entries:
        insert(s, VoucherEntry, entries)
    committed = CommittedSale(
        sale_id, receipt_no, actor.location_id, cart.customer_id, tuple(postings)
    )
    return committed, issued
