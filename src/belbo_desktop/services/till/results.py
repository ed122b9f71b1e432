"""What the till hands back and what its hooks receive: plain frozen dataclasses, so the
UI, the documents and other modules never see a row of the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, PaymentMethod, PostingLine, VatTotal
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.signing import Signature, SignatureState


@dataclass(frozen=True)
class TillInfo:
    id: uuid.UUID
    name: str
    serial: str


@dataclass(frozen=True)
class IssuedVoucher:
    id: uuid.UUID
    code: str
    kind: vrules.VoucherKind
    treatment: vrules.VatTreatment
    value: Money
    price_paid: Money
    valid_until: dt.date
    service_name: str | None
    recipient: str | None
    message: str | None

    @property
    def display_code(self) -> str:
        return vrules.format_code(self.code)


@dataclass(frozen=True)
class CommittedSale:
    """What an ``after_sale`` hook learns about the sale just written."""

    sale_id: uuid.UUID
    receipt_no: int
    location_id: uuid.UUID
    customer_id: uuid.UUID | None
    lines: tuple[PostingLine, ...]
    reverses_sale_id: uuid.UUID | None = None


AfterSale = Callable[[Session, Actor, CommittedSale], None]
#: Extra receipt lines for a sale, read in the receipt's transaction (bonus cards).
ReceiptNotes = Callable[[Session, uuid.UUID], list[str]]


@dataclass(frozen=True)
class SaleResult:
    sale_id: uuid.UUID
    receipt_no: int
    total: Money
    change: Money
    vouchers: tuple[IssuedVoucher, ...]
    signature: SignatureState


@dataclass(frozen=True)
class ReceiptLine:
    business_case: BusinessCase
    text: str
    quantity: int
    unit_price: Money
    discount: Money
    amount: Money
    vat_rate: int | None
    vat: Money
    voucher_code: str | None


@dataclass(frozen=True)
class ReceiptPayment:
    method: PaymentMethod
    amount: Money
    tendered: Money | None
    change: Money


@dataclass(frozen=True)
class ReceiptData:
    """Everything §6 KassenSichV asks a receipt to show, and what our receipt adds."""

    sale_id: uuid.UUID
    business: BusinessData
    till_name: str
    till_serial: str
    receipt_no: int
    started_at: dt.datetime
    finished_at: dt.datetime
    staff_name: str
    customer_name: str | None
    lines: tuple[ReceiptLine, ...]
    vat: tuple[VatTotal, ...]
    payments: tuple[ReceiptPayment, ...]
    total: Money
    signature: Signature
    reverses_receipt_no: int | None
    reason: str | None
    reversed_by_receipt_no: int | None
    vouchers: tuple[IssuedVoucher, ...]
    notes: tuple[str, ...] = ()  # lines other modules add (bonus card state)

    @property
    def change(self) -> Money:
        return Money(sum(p.change.cents for p in self.payments))


@dataclass(frozen=True)
class SaleSummary:
    id: uuid.UUID
    receipt_no: int
    finished_at: dt.datetime
    total: Money
    staff_name: str
    customer_name: str | None
    reverses_receipt_no: int | None
    reversed: bool
    till_name: str = ""


@dataclass(frozen=True)
class ClosingReport:
    id: uuid.UUID
    number: int
    at: dt.datetime
    till_name: str
    till_serial: str
    business: BusinessData
    staff_name: str
    first_receipt_no: int
    last_receipt_no: int
    totals: dict[str, object]
