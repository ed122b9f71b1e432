"""Vouchers and their ledger. A voucher row never changes; its balance is its entries' sum."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, utcnow


class Voucher(IdMixin, Base):
    __tablename__ = "vouchers"
    __table_args__ = (
        Index("ix_vouchers_location_created", "location_id", "created_at", "id"),
        # the vouchers past their validity: to expire, or shown as expired
        Index("ix_vouchers_location_valid", "location_id", "valid_until"),
    )

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    code: Mapped[str] = mapped_column(String(20), unique=True)  # normalised, no dashes
    kind: Mapped[str] = mapped_column(String(10))
    treatment: Mapped[str] = mapped_column(String(10))
    face_value_cents: Mapped[int]
    vat_rate: Mapped[int | None]
    service_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("catalogue_items.id"))
    service_name: Mapped[str | None] = mapped_column(String(80))
    recipient: Mapped[str | None] = mapped_column(String(80))
    message: Mapped[str | None] = mapped_column(String(300))
    valid_until: Mapped[dt.date]
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    buyer_customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id"), index=True
    )
    price_paid_cents: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))


class VoucherEntry(IdMixin, Base):
    """Issue (+), redemption (-), reversal, refund, cancellation, expiry: append-only."""

    __tablename__ = "voucher_entries"
    __table_args__ = (
        # covers both the balance (sum) and the closed flag (kind) of a voucher
        Index("ix_voucher_entries_voucher", "voucher_id", "kind", "amount_cents"),
        # the few vouchers closed by an entry (cancelled, paid out, expired), by kind
        Index("ix_voucher_entries_kind", "kind", "voucher_id"),
    )

    voucher_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("vouchers.id"))
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(24))
    amount_cents: Mapped[int]
    sale_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales.id"), index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    reason: Mapped[str | None] = mapped_column(String(300))
