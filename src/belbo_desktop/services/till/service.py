"""The till (Kasse): commit a sale, reverse it (Storno), daily closing (Z-Bericht).

Every write runs in one ``BEGIN IMMEDIATE`` transaction, so two tills on one database
queue behind each other: receipt numbers stay gap-free and a voucher's balance is
checked and booked under the same lock. Nothing is ever updated or deleted; the
database refuses it (append-only triggers) and a balance below zero (ledger trigger).

Other modules (the bonus cards) hook into a sale by adding a function to
``TillService.after_sale``: it runs inside the sale's transaction, after the sale is
written, so its own rows commit or roll back together with the sale.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as vrules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import (
    BusinessCase,
    Cart,
    CartProblem,
    PaymentMethod,
    PostingLine,
    Redemption,
    VatTotal,
    VoucherSale,
    vat_summary,
)
from belbo_desktop.domain.text import clean, has_control_chars
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.ports import Clock, RandomSource, local_today
from belbo_desktop.services.signing import (
    Signature,
    SignatureState,
    Signer,
    SignRequest,
    sign_safely,
)
from belbo_desktop.services.vouchers import (
    VALIDITY_SERVICE_KEY,
    VALIDITY_VALUE_KEY,
    load_by_id,
    load_for_payment,
    problem_with,
)
from belbo_desktop.storage.orm import Base, Customer, Location, Setting, StaffMember
from belbo_desktop.storage.orm.sales import (
    Sale,
    SaleLine,
    SalePayment,
    SaleSignature,
    Till,
    TillClosing,
)
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry
from belbo_desktop.storage.unit_of_work import UnitOfWork

VOUCHER_VALUE_MIN = Money(100)
VOUCHER_VALUE_MAX = Money(500_000)
RECIPIENT_MAX = 80
MESSAGE_MAX = 300
REDEMPTION_CASES = (
    BusinessCase.SINGLE_PURPOSE_REDEMPTION.value,
    BusinessCase.MULTI_PURPOSE_REDEMPTION.value,
)
VOUCHER_SALE_CASES = (
    BusinessCase.SINGLE_PURPOSE_SALE.value,
    BusinessCase.MULTI_PURPOSE_SALE.value,
)


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


@dataclass
class TillService:
    uow: UnitOfWork
    clock: Clock
    random: RandomSource
    signer: Signer
    after_sale: list[AfterSale] = field(default_factory=list)
    receipt_notes: list[ReceiptNotes] = field(default_factory=list)
    till_file: Path | None = None
    _tills: dict[uuid.UUID, TillInfo] = field(default_factory=dict, repr=False)

    def _till_of(self, s: Session, location_id: uuid.UUID) -> TillInfo:
        """This PC's till; tills are never removed, so it is looked up once per process.

        Every PC keeps its own database and syncs ledgers by union, so each PC must number
        receipts in a till of its own: ``till_file`` (in the PC's data folder, never
        synced) remembers which till that is. Without it (tests, a single database used
        on its own) the location's first till is used.
        """
        till = self._tills.get(location_id)
        if till is not None:
            return till
        found = (
            _find_till(s, location_id)
            if self.till_file is None
            else _remembered_till(s, location_id, self.till_file)
        )
        if found is not None:
            self._tills[location_id] = found
            return found
        # created in this transaction: cached only once found again after a commit,
        # so a rolled-back sale cannot leave the cache pointing at a till that is not there
        new = _new_till(s, location_id, self.clock)
        if self.till_file is not None:
            _remember_till(self.till_file, location_id, new.id)
        return new

    # --- the till ---------------------------------------------------------------------

    def till(self, actor: Actor) -> TillInfo:
        """This PC's till at the actor's location (created on first use)."""
        actor.require(Right.SELL)
        cached = self._tills.get(actor.location_id)
        if cached is not None:
            return cached
        with self.uow.write() as s:
            return self._till_of(s, actor.location_id)

    # --- sale ---------------------------------------------------------------------------

    def commit(
        self, actor: Actor, cart: Cart, *, started_at: dt.datetime | None = None
    ) -> SaleResult:
        """Write the sale, its vouchers and ledger entries, or nothing at all."""
        actor.require(Right.SELL)
        _check_cart(cart)
        for v in cart.vouchers:
            _check_voucher_sale(v)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.uow.write() as s:
            till = self._till_of(s, actor.location_id)
            redemptions, ledger_amounts = self._checked_redemptions(s, actor, cart, today)
            booked = replace(cart, redemptions=redemptions)
            _check_cart(booked)
            postings = booked.postings()
            receipt_no = _next_receipt_no(s, till.id)
            sale_id = new_id()
            total = booked.total
            _insert(
                s,
                Sale,
                [
                    dict(
                        id=sale_id,
                        till_id=till.id,
                        location_id=actor.location_id,
                        receipt_no=receipt_no,
                        started_at=started_at or now,
                        finished_at=now,
                        staff_id=actor.staff_id,
                        customer_id=cart.customer_id,
                        total_cents=total.cents,
                        reverses_sale_id=None,
                        reason=None,
                    )
                ],
            )
            issued = self._issue(s, actor, booked, sale_id, now, today)
            line_rows = []
            for pos, line in enumerate(postings, start=1):
                voucher_id = (
                    issued[line.voucher_ref].id if line.voucher_ref is not None else line.voucher_id
                )
                line_rows.append(_line_row(sale_id, pos, line, voucher_id))
            _insert(s, SaleLine, line_rows)
            if booked.payments:
                _insert(
                    s,
                    SalePayment,
                    [
                        dict(
                            id=new_id(),
                            sale_id=sale_id,
                            method=p.method.value,
                            amount_cents=p.amount.cents,
                            tendered_cents=p.tendered.cents if p.tendered is not None else None,
                            change_cents=p.change.cents,
                        )
                        for p in booked.payments
                    ],
                )
            entries = [
                dict(
                    id=new_id(),
                    voucher_id=v.id,
                    at=now,
                    kind=vrules.EntryKind.ISSUE.value,
                    amount_cents=v.value.cents,
                    sale_id=sale_id,
                    staff_id=actor.staff_id,
                    reason=None,
                )
                for v in issued
            ] + [
                dict(
                    id=new_id(),
                    voucher_id=r.voucher_id,
                    at=now,
                    kind=vrules.EntryKind.REDEMPTION.value,
                    amount_cents=-ledger_amounts[r.voucher_id].cents,
                    sale_id=sale_id,
                    staff_id=actor.staff_id,
                    reason=None,
                )
                for r in redemptions
            ]
            if entries:
                _insert(s, VoucherEntry, entries)
            signature = self._sign(s, till, receipt_no, sale_id, started_at or now, now, total)
            committed = CommittedSale(
                sale_id, receipt_no, actor.location_id, cart.customer_id, tuple(postings)
            )
            for hook in self.after_sale:
                hook(s, actor, committed)
        return SaleResult(sale_id, receipt_no, total, booked.change, tuple(issued), signature.state)

    def _checked_redemptions(
        self, s: Session, actor: Actor, cart: Cart, today: dt.date
    ) -> tuple[list[Redemption], dict[uuid.UUID, Money]]:
        """Re-read every voucher under the write lock; the cart's copy may be stale."""
        if not cart.redemptions:
            return [], {}
        ids = [r.voucher_id for r in cart.redemptions]
        if not self.uow.is_sqlite:  # SQLite's BEGIN IMMEDIATE already serialises writers
            s.execute(select(Voucher.id).where(Voucher.id.in_(ids)).with_for_update()).all()
        checked: list[Redemption] = []
        ledger: dict[uuid.UUID, Money] = {}
        service_uses: dict[uuid.UUID | None, int] = {}  # one service voucher per service
        for r in cart.redemptions:
            try:
                info = load_for_payment(s, actor.location_id, r.voucher_id, today)
            except NotFound:
                raise ValidationError(
                    {"code": Message("voucher_unknown", {"code": r.code})}
                ) from None
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
                                {"code": info.display_code, "balance": _euro(info.balance)},
                            )
                        }
                    )
                amount = r.amount
                ledger[info.id] = r.amount
            checked.append(
                Redemption(
                    info.id, info.display_code, amount, info.treatment, info.vat_rate, info.kind
                )
            )
        return checked, ledger

    def _issue(
        self,
        s: Session,
        actor: Actor,
        cart: Cart,
        sale_id: uuid.UUID,
        now: dt.datetime,
        today: dt.date,
    ) -> list[IssuedVoucher]:
        if not cart.vouchers:
            return []
        years = _validity_years(s, actor.location_id)
        issued: list[IssuedVoucher] = []
        rows = []
        for v in cart.vouchers:
            code = vrules.new_code(self.random.randbelow)
            valid_until = vrules.default_valid_until(today, years[v.kind])
            vid = new_id()
            recipient = clean(v.recipient) or None
            message = clean(v.message) or None
            issued.append(
                IssuedVoucher(
                    vid,
                    code,
                    v.kind,
                    v.treatment,
                    v.value,
                    v.price,
                    valid_until,
                    v.service_name,
                    recipient,
                    message,
                )
            )
            rows.append(
                dict(
                    id=vid,
                    location_id=actor.location_id,
                    code=code,
                    kind=v.kind.value,
                    treatment=v.treatment.value,
                    face_value_cents=v.value.cents,
                    vat_rate=v.vat_rate,
                    service_item_id=v.service_item_id,
                    service_name=v.service_name,
                    recipient=recipient,
                    message=message,
                    valid_until=valid_until,
                    sale_id=sale_id,
                    buyer_customer_id=cart.customer_id,
                    price_paid_cents=v.price.cents,
                    created_at=now,
                    created_by_id=actor.staff_id,
                )
            )
        _insert(s, Voucher, rows)
        return issued

    def _sign(
        self,
        s: Session,
        till: TillInfo | Till,
        receipt_no: int,
        sale_id: uuid.UUID,
        started_at: dt.datetime,
        finished_at: dt.datetime,
        total: Money,
    ) -> Signature:
        request = SignRequest(till.serial, receipt_no, started_at, finished_at, total.cents)
        signature = sign_safely(self.signer, request)
        _insert(
            s,
            SaleSignature,
            [
                dict(
                    id=new_id(),
                    sale_id=sale_id,
                    at=self.clock.now(),
                    state=signature.state.value,
                    data=dict(signature.data),
                )
            ],
        )
        return signature

    # --- Storno -------------------------------------------------------------------------

    def reverse(self, actor: Actor, sale_id: uuid.UUID, reason: str) -> SaleResult:
        """Cancel a sale by a reversal sale with negated lines and payments.

        Vouchers the sale redeemed get their amount back; vouchers it sold are voided,
        which is refused once such a voucher has been used.
        """
        actor.require(Right.CANCEL_SALES)
        reason = _checked_reason(reason)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.uow.write() as s:
            original = s.get(Sale, sale_id)
            if original is None or original.location_id != actor.location_id:
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
            sold_info = [load_by_id(s, actor.location_id, vid, today) for vid in sold]
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
            till = self._till_of(s, actor.location_id)  # the Storno is booked where it happens
            receipt_no = _next_receipt_no(s, till.id)
            new_sale = new_id()
            _insert(
                s,
                Sale,
                [
                    dict(
                        id=new_sale,
                        till_id=till.id,
                        location_id=actor.location_id,
                        receipt_no=receipt_no,
                        started_at=now,
                        finished_at=now,
                        staff_id=actor.staff_id,
                        customer_id=original.customer_id,
                        total_cents=-original.total_cents,
                        reverses_sale_id=sale_id,
                        reason=reason,
                    )
                ],
            )
            lines = s.scalars(
                select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.position)
            ).all()
            _insert(
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
                _insert(
                    s,
                    SalePayment,
                    [
                        dict(
                            id=new_id(),
                            sale_id=new_sale,
                            method=p.method,
                            amount_cents=-p.amount_cents,
                            tendered_cents=None,
                            change_cents=0,
                        )
                        for p in payments
                    ],
                )
            entries = [
                dict(
                    id=new_id(),
                    voucher_id=info.id,
                    at=now,
                    kind=vrules.EntryKind.ISSUE_REVERSAL.value,
                    amount_cents=-info.balance.cents,
                    sale_id=new_sale,
                    staff_id=actor.staff_id,
                    reason=reason,
                )
                for info in sold_info
            ] + [
                dict(
                    id=new_id(),
                    voucher_id=vid,
                    at=now,
                    kind=vrules.EntryKind.REDEMPTION_REVERSAL.value,
                    amount_cents=-amount,
                    sale_id=new_sale,
                    staff_id=actor.staff_id,
                    reason=reason,
                )
                for vid, amount in redeemed
            ]
            if entries:
                _insert(s, VoucherEntry, entries)
            signature = self._sign(
                s, till, receipt_no, new_sale, now, now, Money(-original.total_cents)
            )
            audit.record(
                s,
                self.clock,
                actor,
                "sale_reversed",
                target_type="sale",
                target_id=sale_id,
                receipt_no=original.receipt_no,
                reversal_receipt_no=receipt_no,
                reason=reason,
            )
            postings = tuple(_posting_of(ln, negate=True) for ln in lines)
            committed = CommittedSale(
                new_sale, receipt_no, actor.location_id, original.customer_id, postings, sale_id
            )
            for hook in self.after_sale:
                hook(s, actor, committed)
        return SaleResult(
            new_sale, receipt_no, Money(-original.total_cents), Money(0), (), signature.state
        )

    # --- voucher pay-out ----------------------------------------------------------------

    def refund_voucher(self, actor: Actor, voucher_id: uuid.UUID, reason: str) -> SaleResult:
        """Pay the rest value out in cash, as a till receipt so the drawer stays right.

        The receipt line is the voucher's redemption business case with a negative amount
        (for a single-purpose voucher at its VAT rate, which corrects the VAT paid at sale);
        the ledger gets a REFUND entry, after which the voucher is closed.
        """
        actor.require(Right.VOID_VOUCHERS)
        reason = _checked_reason(reason)
        now = self.clock.now()
        today = local_today(self.clock)
        with self.uow.write() as s:
            till = self._till_of(s, actor.location_id)
            info = load_by_id(s, actor.location_id, voucher_id, today)
            if info.balance.cents <= 0 or info.state is vrules.VoucherState.CANCELLED:
                raise ValidationError(
                    {"reason": Message("voucher_nothing_left", {"code": info.display_code})}
                )
            single = info.treatment is vrules.VatTreatment.SINGLE_PURPOSE
            rate = info.vat_rate if single else None
            amount = -info.balance
            line = PostingLine(
                BusinessCase.SINGLE_PURPOSE_REDEMPTION
                if single
                else BusinessCase.MULTI_PURPOSE_REDEMPTION,
                f"Auszahlung Restwert Gutschein {info.display_code}",
                1,
                amount,
                Money(0),
                amount,
                rate,
                -info.balance.vat_included(rate) if rate else Money(0),
                voucher_id=info.id,
            )
            receipt_no = _next_receipt_no(s, till.id)
            sale_id = new_id()
            _insert(
                s,
                Sale,
                [
                    dict(
                        id=sale_id,
                        till_id=till.id,
                        location_id=actor.location_id,
                        receipt_no=receipt_no,
                        started_at=now,
                        finished_at=now,
                        staff_id=actor.staff_id,
                        customer_id=info.buyer_id,
                        total_cents=amount.cents,
                        reverses_sale_id=None,
                        reason=reason,
                    )
                ],
            )
            _insert(s, SaleLine, [_line_row(sale_id, 1, line, info.id)])
            _insert(
                s,
                SalePayment,
                [
                    dict(
                        id=new_id(),
                        sale_id=sale_id,
                        method=PaymentMethod.CASH.value,
                        amount_cents=amount.cents,
                        tendered_cents=None,
                        change_cents=0,
                    )
                ],
            )
            _insert(
                s,
                VoucherEntry,
                [
                    dict(
                        id=new_id(),
                        voucher_id=info.id,
                        at=now,
                        kind=vrules.EntryKind.REFUND.value,
                        amount_cents=amount.cents,
                        sale_id=sale_id,
                        staff_id=actor.staff_id,
                        reason=reason,
                    )
                ],
            )
            signature = self._sign(s, till, receipt_no, sale_id, now, now, amount)
            audit.record(
                s,
                self.clock,
                actor,
                "voucher_refund",
                target_type="voucher",
                target_id=info.id,
                amount_cents=info.balance.cents,
                receipt_no=receipt_no,
                reason=reason,
            )
            committed = CommittedSale(
                sale_id, receipt_no, actor.location_id, info.buyer_id, (line,)
            )
            for hook in self.after_sale:
                hook(s, actor, committed)
        return SaleResult(sale_id, receipt_no, amount, Money(0), (), signature.state)

    # --- reading ------------------------------------------------------------------------

    def recent(self, actor: Actor, limit: int = 50) -> list[SaleSummary]:
        actor.require(Right.SELL)
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
            .where(Sale.location_id == actor.location_id)
            .order_by(Sale.finished_at.desc(), Sale.receipt_no.desc())
            .limit(limit)
        )
        with self.uow.read() as s:
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

    def receipt(self, actor: Actor, sale_id: uuid.UUID) -> ReceiptData:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            sale = s.get(Sale, sale_id)
            if sale is None or sale.location_id != actor.location_id:
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
            business = BusinessData(
                **{f.name: getattr(location, f.name) for f in fields(BusinessData)}
            )
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
                vat=tuple(vat_summary(_posting_of(ln) for ln, _ in lines)),
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
                vouchers=tuple(_issued(v) for v in vouchers),
                notes=tuple(n for hook in self.receipt_notes for n in hook(s, sale_id)),
            )

    def issued_voucher(self, actor: Actor, voucher_id: uuid.UUID) -> IssuedVoucher:
        """A voucher as its handout prints it (for reprints)."""
        actor.require(Right.SELL)
        with self.uow.read() as s:
            v = s.get(Voucher, voucher_id)
            if v is None or v.location_id != actor.location_id:
                raise NotFound(Message("not_found", {"what": "voucher"}))
            return _issued(v)

    # --- signatures ---------------------------------------------------------------------

    def retry_signatures(self, actor: Actor) -> int:
        """Sign sales whose device was unavailable; returns how many are now signed."""
        actor.require(Right.SELL)
        done_states = (SignatureState.SIGNED.value, SignatureState.NO_TSE.value)
        settled = select(SaleSignature.sale_id).where(SaleSignature.state.in_(done_states))
        failed = select(SaleSignature.sale_id).where(
            SaleSignature.state == SignatureState.FAILED.value
        )
        stmt = (
            select(Sale, Till.serial)
            .join(Till, Till.id == Sale.till_id)
            .where(
                Sale.location_id == actor.location_id,
                Sale.id.in_(failed),
                Sale.id.not_in(settled),
            )
            .order_by(Sale.receipt_no)
        )
        done = 0
        with self.uow.write() as s:
            for sale, serial in s.execute(stmt).all():
                sig = sign_safely(
                    self.signer,
                    SignRequest(
                        serial, sale.receipt_no, sale.started_at, sale.finished_at, sale.total_cents
                    ),
                )
                if sig.state is SignatureState.FAILED:
                    continue
                _insert(
                    s,
                    SaleSignature,
                    [
                        dict(
                            id=new_id(),
                            sale_id=sale.id,
                            at=self.clock.now(),
                            state=sig.state.value,
                            data=dict(sig.data),
                        )
                    ],
                )
                done += 1
        return done

    # --- daily closing ------------------------------------------------------------------

    def close_day(self, actor: Actor) -> ClosingReport:
        """Z-Bericht over every receipt since the last closing of this till."""
        actor.require(Right.SELL)
        now = self.clock.now()
        with self.uow.write() as s:
            till = self._till_of(s, actor.location_id)
            last = s.execute(
                select(TillClosing.number, TillClosing.last_receipt_no)
                .where(TillClosing.till_id == till.id)
                .order_by(TillClosing.number.desc())
                .limit(1)
            ).first()
            number, after = (last[0] + 1, last[1]) if last else (1, 0)
            first_no, last_no = s.execute(
                select(func.min(Sale.receipt_no), func.max(Sale.receipt_no)).where(
                    Sale.till_id == till.id, Sale.receipt_no > after
                )
            ).one()
            if first_no is None:
                raise ValidationError({"closing": Message("closing_nothing")})
            totals = _closing_totals(s, till.id, after, last_no)
            closing_id = new_id()
            _insert(
                s,
                TillClosing,
                [
                    dict(
                        id=closing_id,
                        till_id=till.id,
                        number=number,
                        at=now,
                        staff_id=actor.staff_id,
                        first_receipt_no=first_no,
                        last_receipt_no=last_no,
                        totals=totals,
                    )
                ],
            )
            audit.record(
                s,
                self.clock,
                actor,
                "till_closed",
                target_type="till_closing",
                target_id=closing_id,
                number=number,
                first_receipt_no=first_no,
                last_receipt_no=last_no,
            )
        return self.closing(actor, closing_id)

    def closing(self, actor: Actor, closing_id: uuid.UUID) -> ClosingReport:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            c = s.get(TillClosing, closing_id)
            till = s.get(Till, c.till_id) if c else None
            if c is None or till is None or till.location_id != actor.location_id:
                raise NotFound(Message("not_found", {"what": "closing"}))
            location = s.get(Location, till.location_id)
            staff = s.get(StaffMember, c.staff_id)
            assert location is not None and staff is not None
            business = BusinessData(
                **{f.name: getattr(location, f.name) for f in fields(BusinessData)}
            )
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

    def closings(self, actor: Actor) -> list[tuple[uuid.UUID, int, dt.datetime]]:
        actor.require(Right.SELL)
        with self.uow.read() as s:
            return [
                (cid, number, at)
                for cid, number, at in s.execute(
                    select(TillClosing.id, TillClosing.number, TillClosing.at)
                    .join(Till, Till.id == TillClosing.till_id)
                    .where(Till.location_id == actor.location_id)
                    .order_by(TillClosing.number.desc())
                )
            ]


# --- helpers ------------------------------------------------------------------------------


def _check_cart(cart: Cart) -> None:
    problems = cart.problems()
    if problems:
        first = problems[0]
        params: dict[str, object] = {}
        if first is CartProblem.UNDERPAID:
            params["missing"] = _euro(cart.remaining)
        raise ValidationError({"cart": Message(first.value, params)})


def _checked_reason(reason: str) -> str:
    reason = clean(reason)
    if not reason:
        raise ValidationError({"reason": Message("sale_reason_required")})
    if len(reason) > 300 or has_control_chars(reason):
        raise ValidationError(
            {"reason": Message("voucher_text_too_long", {"what": "reason", "max": 300})}
        )
    return reason


def _check_voucher_sale(v: VoucherSale) -> None:
    errors: dict[str, Message] = {}
    if v.value < VOUCHER_VALUE_MIN or v.value > VOUCHER_VALUE_MAX:
        errors["value"] = Message("voucher_value_invalid")
    if len(clean(v.recipient)) > RECIPIENT_MAX or has_control_chars(clean(v.recipient)):
        errors["recipient"] = Message(
            "voucher_text_too_long", {"what": "recipient", "max": RECIPIENT_MAX}
        )
    if len(clean(v.message)) > MESSAGE_MAX or has_control_chars(clean(v.message), multiline=True):
        errors["message"] = Message(
            "voucher_text_too_long", {"what": "dedication", "max": MESSAGE_MAX}
        )
    if errors:
        raise ValidationError(errors)


def _insert(s: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
    """Core executemany on the session's connection: the ORM's bulk path costs more
    than the inserts themselves at the till."""
    s.connection().execute(model.__table__.insert(), rows)  # type: ignore[attr-defined]


_TILL = (
    select(Till.id, Till.name, Till.serial)
    .where(Till.location_id == bindparam("location_id"))
    .order_by(Till.created_at)
    .limit(1)
)


def _find_till(s: Session, location_id: uuid.UUID) -> TillInfo | None:
    row = s.connection().execute(_TILL, {"location_id": location_id}).first()
    return TillInfo(row[0], row[1], row[2]) if row else None


def _new_till(s: Session, location_id: uuid.UUID, clock: Clock) -> TillInfo:
    count = s.scalar(select(func.count()).select_from(Till).where(Till.location_id == location_id))
    till_id = new_id()
    till = Till(
        id=till_id,
        location_id=location_id,
        name=f"Kasse {int(count or 0) + 1}",
        # unique across PCs: the random tail of the till's UUIDv7
        serial=f"BELBO-{till_id.hex[-10:].upper()}",
        created_at=clock.now(),
    )
    s.add(till)
    s.flush()
    return TillInfo(till.id, till.name, till.serial)


def _remembered_till(s: Session, location_id: uuid.UUID, path: Path) -> TillInfo | None:
    """The till this PC remembers in ``path`` for the location, if it exists."""
    till_id = _read_tills(path).get(str(location_id))
    if not till_id:
        return None
    row = s.execute(
        select(Till.id, Till.name, Till.serial).where(
            Till.id == uuid.UUID(till_id), Till.location_id == location_id
        )
    ).first()
    return TillInfo(row[0], row[1], row[2]) if row is not None else None


def _remember_till(path: Path, location_id: uuid.UUID, till_id: uuid.UUID) -> None:
    """Written under the write lock, so two processes on one PC agree on one till."""
    known = _read_tills(path)
    known[str(location_id)] = str(till_id)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(known, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _read_tills(path: Path) -> dict[str, str]:
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in known.items()} if isinstance(known, dict) else {}


_LAST_RECEIPT = select(func.max(Sale.receipt_no)).where(Sale.till_id == bindparam("till_id"))
_SETTINGS = select(Setting.key, Setting.value).where(
    Setting.location_id == bindparam("location_id"),
    Setting.key.in_(bindparam("keys", expanding=True)),
)


def _next_receipt_no(s: Session, till_id: uuid.UUID) -> int:
    """Under the write lock, max + 1 is gap-free: a rolled-back sale takes no number."""
    last = s.connection().execute(_LAST_RECEIPT, {"till_id": till_id}).scalar()
    return int(last or 0) + 1


def _validity_years(s: Session, location_id: uuid.UUID) -> dict[vrules.VoucherKind, int]:
    keys = {
        VALIDITY_VALUE_KEY: vrules.VoucherKind.VALUE,
        VALIDITY_SERVICE_KEY: vrules.VoucherKind.SERVICE,
    }
    years = dict.fromkeys(keys.values(), vrules.DEFAULT_VALIDITY_YEARS)
    rows = s.connection().execute(_SETTINGS, {"location_id": location_id, "keys": list(keys)})
    for key, value in rows:
        if isinstance(value, int) and 1 <= value <= 30:
            years[keys[key]] = value
    return years


def _line_row(
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


def _posting_of(ln: SaleLine, negate: bool = False) -> PostingLine:
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


def _issued(v: Voucher) -> IssuedVoucher:
    return IssuedVoucher(
        v.id,
        v.code,
        vrules.VoucherKind(v.kind),
        vrules.VatTreatment(v.treatment),
        Money(v.face_value_cents),
        Money(v.price_paid_cents),
        v.valid_until,
        v.service_name,
        v.recipient,
        v.message,
    )


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


def _euro(m: Money) -> str:
    sign = "-" if m.cents < 0 else ""
    cents = abs(m.cents)
    return f"{sign}{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} €"
