"""Tills, sales (receipts) with their lines and payments, signatures and daily closings.

Everything here is append-only (GoBD): a sale is cancelled by a reversal sale, a
failed signature is retried by a new signature row, a closing never changes.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, utcnow


class Till(IdMixin, Base):
    """A cash register (Kasse); ``serial`` is the Kassenseriennummer on every receipt."""

    __tablename__ = "tills"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Sale(IdMixin, Base):
    """A receipt (Beleg). ``receipt_no`` counts up per till without gaps."""

    __tablename__ = "sales"
    __table_args__ = (UniqueConstraint("till_id", "receipt_no"),)

    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tills.id"))
    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    receipt_no: Mapped[int]
    started_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime] = mapped_column(index=True)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_members.id"))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), index=True)
    total_cents: Mapped[int]
    reverses_sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(String(300))


class SaleLine(IdMixin, Base):
    """One receipt line with its DSFinV-K business case; amounts are gross cents."""

    __tablename__ = "sale_lines"

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    position: Mapped[int]
    business_case: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[int]
    unit_price_cents: Mapped[int]
    discount_cents: Mapped[int]
    amount_cents: Mapped[int]
    vat_rate: Mapped[int | None]  # None: not taxable (multi-purpose voucher)
    vat_cents: Mapped[int]
    catalogue_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_items.id"))
    voucher_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("vouchers.id"), index=True)


class SalePayment(IdMixin, Base):
    __tablename__ = "sale_payments"

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    amount_cents: Mapped[int]
    tendered_cents: Mapped[int | None]
    change_cents: Mapped[int] = mapped_column(default=0)


class SaleSignature(IdMixin, Base):
    """The security device's answer for a sale; a retry adds a row, the newest counts."""

    __tablename__ = "sale_signatures"
    __table_args__ = (Index("ix_sale_signatures_sale_at", "sale_id", "at"),)

    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"))
    at: Mapped[dt.datetime]
    state: Mapped[str] = mapped_column(String(12))  # no_tse / signed / failed
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class TillClosing(IdMixin, Base):
    """A daily closing (Z-Bericht) over a range of receipt numbers of one till."""

    __tablename__ = "till_closings"
    __table_args__ = (UniqueConstraint("till_id", "number"),)

    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tills.id"))
    number: Mapped[int]
    at: Mapped[dt.datetime]
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_members.id"))
    first_receipt_no: Mapped[int]
    last_receipt_no: Mapped[int]
    totals: Mapped[dict[str, object]] = mapped_column(JSON)
