"""Reading sales back: the journal of recent sales, and everything one receipt prints,
reprints included.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.errors import NotFound
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, PaymentMethod, vat_summary
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.signing import Signature, SignatureState
from belbo_desktop.services.till.issuing import issued
from belbo_desktop.services.till.results import (
    ReceiptData,
    ReceiptLine,
    ReceiptNotes,
    ReceiptPayment,
    SaleSummary,
)
from belbo_desktop.services.till.rows import posting_of
from belbo_desktop.storage.orm import Customer, Location, StaffMember
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment, SaleSignature, Till
from belbo_desktop.storage.orm.vouchers import Voucher


def recent_sales(s: Session, location_id: uuid.UUID, limit: int) -> list[SaleSummary]:
    reversal = Sale.__table__.alias("reversal")
    orig = Sale.__table__.alias("orig")
    stmt = (
        select(
            Sale,
            StaffMember.display_name,
            Customer.first_name,
            Customer.last_name,
            orig.c.receipt_no,
            reversal.c.id,
            Till.name,
        )
        .join(StaffMember, StaffMember.id == Sale.staff_id)
        .join(Till, Till.id == Sale.till_id)
        .outerjoin(Customer, Customer.id == Sale.customer_id)
        .outerjoin(orig, orig.c.id == Sale.reverses_sale_id)
        .outerjoin(reversal, reversal.c.reverses_sale_id == Sale.id)
        .where(Sale.location_id == location_id)
        .order_by(Sale.finished_at.desc(), Sale.receipt_no.desc())
        .limit(limit)
    )
    return [
        SaleSummary(
            sale.id,
            sale.receipt_no,
            sale.finished_at,
            Money(sale.total_cents),
            staff,
            f"{first} {last}" if last else None,
            orig_no,
            rev_id is not None,
            till_name,
        )
        for sale, staff, first, last, orig_no, rev_id, till_name in s.execute(stmt)
    ]


def load_receipt(
    s: Session, location_id: uuid.UUID, sale_id: uuid.UUID, notes: Sequence[ReceiptNotes]
) -> ReceiptData:
    """``notes``: the hooks that add lines of other modules (bonus cards)."""
    sale = s.get(Sale, sale_id)
    if sale is None or sale.location_id != location_id:
        raise NotFound(Message("sale_not_found"))
    till = s.get(Till, sale.till_id)
    location = s.get(Location, sale.location_id)
    staff = s.get(StaffMember, sale.staff_id)
    customer = s.get(Customer, sale.customer_id) if sale.customer_id else None
    assert till is not None and location is not None and staff is not None
    lines = s.execute(
        select(SaleLine, Voucher.code)
        .outerjoin(Voucher, Voucher.id == SaleLine.voucher_id)
        .where(SaleLine.sale_id == sale_id)
        .order_by(SaleLine.position)
    ).all()
    payments = s.scalars(
        select(SalePayment).where(SalePayment.sale_id == sale_id).order_by(SalePayment.id)
    ).all()
    sig = s.scalars(
        select(SaleSignature)
        .where(SaleSignature.sale_id == sale_id)
        .order_by(
            (SaleSignature.state == SignatureState.FAILED.value).asc(),
            SaleSignature.at.desc(),
        )
        .limit(1)
    ).first()
    reverses_no = (
        s.scalar(select(Sale.receipt_no).where(Sale.id == sale.reverses_sale_id))
        if sale.reverses_sale_id
        else None
    )
    reversed_by = s.scalar(select(Sale.receipt_no).where(Sale.reverses_sale_id == sale_id))
    vouchers = s.scalars(
        select(Voucher).where(Voucher.sale_id == sale_id).order_by(Voucher.id)
    ).all()
    business = BusinessData(**{f.name: getattr(location, f.name) for f in fields(BusinessData)})
    receipt_lines = tuple(
        ReceiptLine(
            BusinessCase(ln.business_case),
            ln.text,
            ln.quantity,
            Money(ln.unit_price_cents),
            Money(ln.discount_cents),
            Money(ln.amount_cents),
            ln.vat_rate,
            Money(ln.vat_cents),
            vrules.format_code(code) if code else None,
        )
        for ln, code in lines
    )
    return ReceiptData(
        sale_id=sale.id,
        business=business,
        till_name=till.name,
        till_serial=till.serial,
        receipt_no=sale.receipt_no,
        started_at=sale.started_at,
        finished_at=sale.finished_at,
        staff_name=staff.display_name,
        customer_name=f"{customer.first_name} {customer.last_name}" if customer else None,
        lines=receipt_lines,
        vat=tuple(vat_summary(posting_of(ln) for ln, _ in lines)),
        payments=tuple(
            ReceiptPayment(
                PaymentMethod(p.method),
                Money(p.amount_cents),
                Money(p.tendered_cents) if p.tendered_cents is not None else None,
                Money(p.change_cents),
            )
            for p in payments
        ),
        total=Money(sale.total_cents),
        signature=Signature(SignatureState(sig.state), dict(sig.data))
        if sig
        else Signature(SignatureState.FAILED),
        reverses_receipt_no=reverses_no,
        reason=sale.reason,
        reversed_by_receipt_no=reversed_by,
        vouchers=tuple(issued(v) for v in vouchers),
        notes=tuple(n for hook in notes for n in hook(s, sale_id)),
    )
