"""The daily closing (Z-Bericht): the receipts since a till's last closing, their totals
by payment method, VAT rate and business case, and closings read back for printing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.sales import BusinessCase
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.till.results import ClosingReport
from belbo_desktop.services.till.rows import insert
from belbo_desktop.storage.orm import Location, StaffMember
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment, Till, TillClosing

REDEMPTION_CASES = (
    BusinessCase.SINGLE_PURPOSE_REDEMPTION.value,
    BusinessCase.MULTI_PURPOSE_REDEMPTION.value,
)
VOUCHER_SALE_CASES = (
    BusinessCase.SINGLE_PURPOSE_SALE.value,
    BusinessCase.MULTI_PURPOSE_SALE.value,
)


def book_closing(
    s: Session, actor: Actor, till_id: uuid.UUID, now: dt.datetime
) -> tuple[uuid.UUID, int, int, int]:
    """Write the till's next closing; returns its id, number and first and last receipt."""
    last = s.execute(
        select(TillClosing.number, TillClosing.last_receipt_no)
        .where(TillClosing.till_id == till_id)
        .order_by(TillClosing.number.desc())
        .limit(1)
    ).first()
    number, after = (last[0] + 1, last[1]) if last else (1, 0)
    first_no, last_no = s.execute(
        select(func.min(Sale.receipt_no), func.max(Sale.receipt_no)).where(
            Sale.till_id == till_id, Sale.receipt_no > after
        )
    ).one()
    if first_no is None:
        raise ValidationError({"closing": Message("closing_nothing")})
    totals = _closing_totals(s, till_id, after, last_no)
    closing_id = new_id()
    insert(
        s,
        TillClosing,
        [
            dict(
                id=closing_id,
                till_id=till_id,
                number=number,
                at=now,
                staff_id=actor.staff_id,
                first_receipt_no=first_no,
                last_receipt_no=last_no,
                totals=totals,
            )
        ],
    )
    return closing_id, number, first_no, last_no


def load_closing(s: Session, location_id: uuid.UUID, closing_id: uuid.UUID) -> ClosingReport:
    c = s.get(TillClosing, closing_id)
    till = s.get(Till, c.till_id) if c else None
    if c is None or till is None or till.location_id != location_id:
        raise NotFound(Message("not_found", {"what": "closing"}))
    location = s.get(Location, till.location_id)
    staff = s.get(StaffMember, c.staff_id)
    assert location is not None and staff is not None
    business = BusinessData(**{f.name: getattr(location, f.name) for f in fields(BusinessData)})
    return ClosingReport(
        c.id,
        c.number,
        c.at,
        till.name,
        till.serial,
        business,
        staff.display_name,
        c.first_receipt_no,
        c.last_receipt_no,
        dict(c.totals),
    )


def list_closings(s: Session, location_id: uuid.UUID) -> list[tuple[uuid.UUID, int, dt.datetime]]:
    return [
        (cid, number, at)
        for cid, number, at in s.execute(
            select(TillClosing.id, TillClosing.number, TillClosing.at)
            .join(Till, Till.id == TillClosing.till_id)
            .where(Till.location_id == location_id)
            .order_by(TillClosing.number.desc())
        )
    ]


def _closing_totals(s: Session, till_id: uuid.UUID, after: int, last: int) -> dict[str, object]:
    in_range = (Sale.till_id == till_id, Sale.receipt_no > after, Sale.receipt_no <= last)
    payments = {
        method: int(total)
        for method, total in s.execute(
            select(SalePayment.method, func.sum(SalePayment.amount_cents))
            .join(Sale, Sale.id == SalePayment.sale_id)
            .where(*in_range)
            .group_by(SalePayment.method)
        )
    }
    vat = [
        {"rate": rate, "gross": int(gross), "vat": int(vat)}
        for rate, gross, vat in s.execute(
            select(SaleLine.vat_rate, func.sum(SaleLine.amount_cents), func.sum(SaleLine.vat_cents))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(*in_range)
            .group_by(SaleLine.vat_rate)
            .order_by(SaleLine.vat_rate.desc())
        )
    ]
    cases = {
        case: {"count": int(count), "amount": int(amount)}
        for case, count, amount in s.execute(
            select(SaleLine.business_case, func.count(), func.sum(SaleLine.amount_cents))
            .join(Sale, Sale.id == SaleLine.sale_id)
            .where(*in_range)
            .group_by(SaleLine.business_case)
        )
    }
    receipts, reversals, total = s.execute(
        select(
            func.count(),
            func.count(Sale.reverses_sale_id),
            func.coalesce(func.sum(Sale.total_cents), 0),
        ).where(*in_range)
    ).one()
    sold = sum(v["amount"] for k, v in cases.items() if k in VOUCHER_SALE_CASES)
    sold_n = sum(v["count"] for k, v in cases.items() if k in VOUCHER_SALE_CASES)
    redeemed = -sum(v["amount"] for k, v in cases.items() if k in REDEMPTION_CASES)
    redeemed_n = sum(v["count"] for k, v in cases.items() if k in REDEMPTION_CASES)
    return {
        "receipts": int(receipts),
        "reversals": int(reversals),
        "total": int(total),
        "payments": payments,
        "vat": vat,
        "business_cases": cases,
        "vouchers_sold": {"count": sold_n, "amount": sold},
        "vouchers_redeemed": {"count": redeemed_n, "amount": redeemed},
    }
