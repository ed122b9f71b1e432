"""Vouchers a sale pays with, checked again under the write lock: the cart was filled
from an earlier read, and another till may have used the voucher since.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, Redemption
from belbo_desktop.services.till.checks import euro
from belbo_desktop.services.vouchers import load_for_payment, problem_with
from belbo_desktop.storage.orm.vouchers import Voucher


def checked_redemptions(
    s: Session, location_id: uuid.UUID, cart: Cart, today: dt.date, *, is_sqlite: bool
) -> tuple[list[Redemption], dict[uuid.UUID, Money]]:
    """Re-read every voucher under the write lock; the cart's copy may be stale."""
    if not cart.redemptions:
        return [], {}
    ids = [r.voucher_id for r in cart.redemptions]
    if not is_sqlite:  # SQLite's BEGIN IMMEDIATE already serialises writers
        s.execute(select(Voucher.id).where(Voucher.id.in_(ids)).with_for_update()).all()
    checked: list[Redemption] = []
    ledger: dict[uuid.UUID, Money] = {}
    service_uses: dict[uuid.UUID | None, int] = {}  # one service voucher per service
    for r in cart.redemptions:
        try:
            info = load_for_payment(s, location_id, r.voucher_id, today)
        except NotFound:
            raise ValidationError({"code": Message("voucher_unknown", {"code": r.code})}) from None
        problem = problem_with(info, today)
        if problem is not None:
            raise ValidationError({"code": problem})
        if info.kind is vrules.VoucherKind.SERVICE:
            # A service voucher pays for its service whatever it costs today, and is
            # used up by it.
            line = next(
                (i for i in cart.items if i.catalogue_item_id == info.service_item_id), None
            )
            in_cart = sum(
                i.quantity for i in cart.items if i.catalogue_item_id == info.service_item_id
            )
            service_uses[info.service_item_id] = service_uses.get(info.service_item_id, 0) + 1
            if line is None or service_uses[info.service_item_id] > in_cart:
                raise ValidationError(
                    {
                        "code": Message(
                            "voucher_service_missing",
                            {"code": info.display_code, "service": info.service_name},
                        )
                    }
                )
            amount = line.unit_price
            ledger[info.id] = info.balance
        else:
            if r.amount > info.balance:
                raise ValidationError(
                    {
                        "code": Message(
                            "voucher_balance_changed",
                            {"code": info.display_code, "balance": euro(info.balance)},
                        )
                    }
                )
            amount = r.amount
            ledger[info.id] = r.amount
        checked.append(
            Redemption(info.id, info.display_code, amount, info.treatment, info.vat_rate, info.kind)
        )
    return checked, ledger
