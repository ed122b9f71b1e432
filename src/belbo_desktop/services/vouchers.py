"""Vouchers: look up by code (scanned or typed), overview, detail with ledger, cancel,
expire. Vouchers are issued and paid out by the till (:mod:`belbo_desktop.services.till`),
because money changes hands there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, bindparam, case, func, insert, or_, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import vouchers as rules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.text import clean, has_control_chars
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.storage.customer_links import with_merged
from belbo_desktop.storage.orm import Customer, StaffMember
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry
from belbo_desktop.storage.unit_of_work import UnitOfWork

VE = VoucherEntry

#: Settings keys (per location).
VALIDITY_VALUE_KEY = "vouchers.validity_years.value"
VALIDITY_SERVICE_KEY = "vouchers.validity_years.service"
HANDOUT_FORMAT_KEY = "vouchers.handout_format"  # "a6" or "din_lang"

_CLOSING = [k.value for k in rules.CLOSING_KINDS if k is not rules.EntryKind.EXPIRY]

balance_sql = (
    select(func.coalesce(func.sum(VE.amount_cents), 0))
    .where(VE.voucher_id == Voucher.id)
    .correlate(Voucher)
    .scalar_subquery()
)
#: 2 = expired by an entry, 1 = cancelled/refunded/reversed, 0 = open.
closed_sql = (
    select(
        func.coalesce(
            func.max(
                case(
                    (VE.kind == rules.EntryKind.EXPIRY.value, 2),
                    (
                        or_(*(VE.kind == kind for kind in _CLOSING)),
                        1,
                    ),  # no IN: no re-expansion per call
                    else_=0,
                )
            ),
            0,
        )
    )
    .where(VE.voucher_id == Voucher.id)
    .correlate(Voucher)
    .scalar_subquery()
)


def _closed_kind(flag: int) -> rules.EntryKind | None:
    if flag == 2:
        return rules.EntryKind.EXPIRY
    if flag == 1:
        return rules.EntryKind.CANCELLATION
    return None


@dataclass(frozen=True)
class VoucherInfo:
    """What the till and the overview show about one voucher."""

    id: uuid.UUID
    code: str  # normalised
    kind: rules.VoucherKind
    treatment: rules.VatTreatment
    face_value: Money
    balance: Money
    price_paid: Money
    valid_until: dt.date
    state: rules.VoucherState
    vat_rate: int | None
    service_item_id: uuid.UUID | None
    service_name: str | None
    recipient: str | None
    message: str | None
    created_at: dt.datetime
    sale_id: uuid.UUID | None
    receipt_no: int | None
    buyer_id: uuid.UUID | None
    buyer_name: str | None

    @property
    def display_code(self) -> str:
        return rules.format_code(self.code)

    @property
    def title(self) -> str:
        if self.kind is rules.VoucherKind.SERVICE:
            return self.service_name or ""
        return f"{self.face_value.cents // 100},{self.face_value.cents % 100:02d} €"


@dataclass(frozen=True)
class LedgerRow:
    at: dt.datetime
    kind: rules.EntryKind
    amount: Money
    balance_after: Money
    receipt_no: int | None
    staff_name: str | None
    reason: str | None


@dataclass(frozen=True)
class VoucherDetail:
    info: VoucherInfo
    ledger: list[LedgerRow]


class StateFilter(StrEnum):
    ALL = "all"
    ACTIVE = "active"
    PARTLY_REDEEMED = "partly_redeemed"
    REDEEMED = "redeemed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    USABLE = "usable"  # active or partly redeemed


@dataclass(frozen=True)
class VoucherQuery:
    text: str = ""
    state: StateFilter = StateFilter.ALL
    kind: rules.VoucherKind | None = None
    customer_id: uuid.UUID | None = None


def _columns() -> tuple[object, ...]:
    buyer = func.trim(
        func.coalesce(Customer.first_name, "") + " " + func.coalesce(Customer.last_name, "")
    )
    return (
        *Voucher.__table__.c,
        balance_sql.label("balance"),
        closed_sql.label("closed"),
        Sale.receipt_no,
        buyer.label("buyer"),
    )


def _base(location_id: uuid.UUID) -> object:
    return (
        select(*_columns())  # type: ignore[call-overload]
        .outerjoin(Sale, Sale.id == Voucher.sale_id)
        .outerjoin(Customer, Customer.id == Voucher.buyer_customer_id)
        .where(Voucher.location_id == location_id)
    )


def _info(
    v: Voucher, balance: int, closed: int, receipt_no: int | None, buyer: str | None, today: dt.date
) -> VoucherInfo:
    bal = Money(int(balance or 0))
    face = Money(v.face_value_cents)
    closed_by = _closed_kind(int(closed or 0))
    return VoucherInfo(
        id=v.id,
        code=v.code,
        kind=rules.VoucherKind(v.kind),
        treatment=rules.VatTreatment(v.treatment),
        face_value=face,
        balance=bal,
        price_paid=Money(v.price_paid_cents),
        valid_until=v.valid_until,
        state=rules.voucher_state(face, bal, v.valid_until, today, closed_by),
        vat_rate=v.vat_rate,
        service_item_id=v.service_item_id,
        service_name=v.service_name,
        recipient=v.recipient,
        message=v.message,
        created_at=v.created_at,
        sale_id=v.sale_id,
        receipt_no=receipt_no,
        buyer_id=v.buyer_customer_id,
        buyer_name=(buyer or "").strip() or None,
    )


def _info_row(row: object, today: dt.date) -> VoucherInfo:
    """A row of :func:`_base`: the voucher's columns, balance, closed, receipt_no, buyer."""
    r = row
    return _info(r, r.balance, r.closed, r.receipt_no, r.buyer, today)  # type: ignore[attr-defined, arg-type]


def code_error(exc: rules.InvalidCode) -> ValidationError:
    params: dict[str, object] = {}
    if exc.problem is rules.CodeProblem.BAD_CHARACTER:
        params["chars"] = exc.detail
    if exc.problem is rules.CodeProblem.WRONG_LENGTH:
        params["count"] = exc.detail
    return ValidationError({"code": Message(exc.problem.value, params)})


_BY_CODE = _base(bindparam("location_id")).where(Voucher.code == bindparam("code"))  # type: ignore[arg-type, attr-defined]


def _layout_swapped(text: str) -> str | None:
    """The code as meant when a scanner typed it with Y and Z swapped (keyboard layout),
    or None. The check character still guards the result."""
    variant = rules.keyboard_layout_variant(text)
    if variant is None:
        return None
    try:
        return rules.normalise_code(variant)
    except rules.InvalidCode:
        return None


def _row_by_code(s: Session, location_id: uuid.UUID, code: str) -> Row[Any] | None:
    return s.connection().execute(_BY_CODE, {"location_id": location_id, "code": code}).first()


def load_by_code(s: Session, location_id: uuid.UUID, text: str, today: dt.date) -> VoucherInfo:
    """Find a voucher by what was typed or scanned; ValidationError names what is wrong.

    A code whose check character fails is tried once with Y and Z swapped. If that
    variant names no voucher either, the message is the original one (a typo), not
    "unknown code" for a code the person never typed.
    """
    try:
        code = rules.normalise_code(text)
    except rules.InvalidCode as exc:
        variant = _layout_swapped(text) if exc.problem is rules.CodeProblem.CHECK_FAILED else None
        row = _row_by_code(s, location_id, variant) if variant else None
        if row is None:
            raise code_error(exc) from None
        return _info_row(row, today)
    row = _row_by_code(s, location_id, code)
    if row is None:
        raise ValidationError(
            {"code": Message("voucher_unknown", {"code": rules.format_code(code)})}
        )
    return _info_row(row, today)


def load_by_id(
    s: Session, location_id: uuid.UUID, voucher_id: uuid.UUID, today: dt.date
) -> VoucherInfo:
    row = s.execute(_base(location_id).where(Voucher.id == voucher_id)).first()  # type: ignore[attr-defined]
    if row is None:
        raise NotFound(Message("not_found", {"what": "voucher"}))
    return _info_row(row, today)


_FOR_PAYMENT = select(
    *Voucher.__table__.c, balance_sql.label("balance"), closed_sql.label("closed")
).where(Voucher.id == bindparam("voucher_id"), Voucher.location_id == bindparam("location_id"))


def load_for_payment(
    s: Session, location_id: uuid.UUID, voucher_id: uuid.UUID, today: dt.date
) -> VoucherInfo:
    """What the till needs to accept a voucher, in one short query (no buyer, no receipt)."""
    params = {"voucher_id": voucher_id, "location_id": location_id}
    row = s.connection().execute(_FOR_PAYMENT, params).first()
    if row is None:
        raise NotFound(Message("not_found", {"what": "voucher"}))
    return _info(row, row.balance, row.closed, None, None, today)  # type: ignore[arg-type]


def problem_with(info: VoucherInfo, today: dt.date) -> Message | None:
    """Why this voucher cannot pay today, as a message for the till."""
    closed = (
        rules.EntryKind.EXPIRY
        if info.state is rules.VoucherState.EXPIRED and info.balance.cents == 0
        else (rules.EntryKind.CANCELLATION if info.state is rules.VoucherState.CANCELLED else None)
    )
    code = rules.redeemable_problem(info.balance, info.valid_until, today, closed)
    if code is None:
        return None
    return Message(
        code, {"code": info.display_code, "until": info.valid_until.strftime("%d.%m.%Y")}
    )


def _state_where(state: StateFilter, today: dt.date) -> ColumnElement[bool] | None:
    open_ = closed_sql == 0
    positive = balance_sql > 0
    valid = Voucher.valid_until >= today
    match state:
        case StateFilter.ALL:
            return None
        case StateFilter.ACTIVE:
            return and_(open_, positive, valid, balance_sql == Voucher.face_value_cents)
        case StateFilter.PARTLY_REDEEMED:
            return and_(open_, positive, valid, balance_sql < Voucher.face_value_cents)
        case StateFilter.USABLE:
            return and_(open_, positive, valid)
        case StateFilter.REDEEMED:
            return and_(open_, balance_sql <= 0)
        case StateFilter.EXPIRED:
            return or_(closed_sql == 2, and_(open_, positive, Voucher.valid_until < today))
        case StateFilter.CANCELLED:
            return closed_sql == 1
    return None


class VoucherService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    def lookup(self, actor: Actor, text: str) -> VoucherInfo:
        """The voucher behind a scanned or typed code, whatever its state."""
        actor.require(Right.SELL)
        with self.uow.read() as s:
            return load_by_code(s, actor.location_id, text, local_today(self.clock))

    def check_redeemable(self, actor: Actor, text: str) -> VoucherInfo:
        """Like :meth:`lookup`, but refuses expired, cancelled and used-up vouchers."""
        info = self.lookup(actor, text)
        problem = problem_with(info, local_today(self.clock))
        if problem is not None:
            raise ValidationError({"code": problem})
        return info

    def _where(self, actor: Actor, query: VoucherQuery) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        text = clean(query.text)
        if text:
            prefix = text.translate(str.maketrans("", "", " -–_ß")).upper()
            like = f"%{text.replace('%', '').replace('_', '')}%"
            alternatives: list[ColumnElement[bool]] = [
                Voucher.recipient.ilike(like),
                (Customer.last_name + " " + Customer.first_name).ilike(like),
                (Customer.first_name + " " + Customer.last_name).ilike(like),
            ]
            if prefix and all(ch in rules.ALPHABET for ch in prefix):
                alternatives.append(Voucher.code.between(prefix, prefix + "Z" * rules.CODE_CHARS))
            conditions.append(or_(*alternatives))
        where_state = _state_where(query.state, local_today(self.clock))
        if where_state is not None:
            conditions.append(where_state)
        if query.kind is not None:
            conditions.append(Voucher.kind == query.kind.value)
        if query.customer_id is not None:
            conditions.append(Voucher.buyer_customer_id == query.customer_id)
        return conditions

    def count(self, actor: Actor, query: VoucherQuery) -> int:
        actor.require(Right.SELL)
        stmt = select(func.count()).select_from(Voucher)
        if clean(query.text):  # the buyer's name is searched too
            stmt = stmt.outerjoin(Customer, Customer.id == Voucher.buyer_customer_id)
        stmt = stmt.where(Voucher.location_id == actor.location_id, *self._where(actor, query))
        with self.uow.read() as s:
            return int(s.scalar(stmt) or 0)

    def page(
        self, actor: Actor, query: VoucherQuery, offset: int = 0, limit: int = 100
    ) -> list[VoucherInfo]:
        """Newest first, one window at a time."""
        actor.require(Right.SELL)
        stmt = (
            _base(actor.location_id)
            .where(*self._where(actor, query))  # type: ignore[attr-defined]
            .order_by(Voucher.created_at.desc(), Voucher.id.desc())  # index order, no sort
            .offset(offset)
            .limit(limit)
        )
        today = local_today(self.clock)
        with self.uow.read() as s:
            return [_info_row(row, today) for row in s.connection().execute(stmt)]

    def for_customer(self, actor: Actor, customer_id: uuid.UUID) -> list[VoucherInfo]:
        """The customer file's Gutscheine tab: vouchers bought or redeemed by them."""
        actor.require(Right.VIEW_CUSTOMERS)
        today = local_today(self.clock)
        with self.uow.read() as s:
            ids = with_merged(s, customer_id)  # receipts of merged duplicates count too
            redeemed = (
                select(VE.voucher_id)
                .join(Sale, Sale.id == VE.sale_id)
                .where(Sale.customer_id.in_(ids))
            )
            stmt = (
                _base(actor.location_id)
                .where(or_(Voucher.buyer_customer_id.in_(ids), Voucher.id.in_(redeemed)))  # type: ignore[attr-defined]
                .order_by(Voucher.created_at.desc())
            )
            return [_info_row(row, today) for row in s.connection().execute(stmt)]

    def detail(self, actor: Actor, voucher_id: uuid.UUID) -> VoucherDetail:
        actor.require(Right.SELL)
        today = local_today(self.clock)
        with self.uow.read() as s:
            info = load_by_id(s, actor.location_id, voucher_id, today)
            rows = s.execute(
                select(VE, Sale.receipt_no, StaffMember.display_name)
                .outerjoin(Sale, Sale.id == VE.sale_id)
                .outerjoin(StaffMember, StaffMember.id == VE.staff_id)
                .where(VE.voucher_id == voucher_id)
                .order_by(VE.at, VE.id)
            ).all()
            ledger: list[LedgerRow] = []
            running = 0
            for e, receipt_no, staff in rows:
                running += e.amount_cents
                ledger.append(
                    LedgerRow(
                        e.at,
                        rules.EntryKind(e.kind),
                        Money(e.amount_cents),
                        Money(running),
                        receipt_no,
                        staff,
                        e.reason,
                    )
                )
        return VoucherDetail(info, ledger)

    def cancel(self, actor: Actor, voucher_id: uuid.UUID, reason: str) -> VoucherInfo:
        """Void the rest value (e.g. issued by mistake). The entries stay; nothing is deleted."""
        return self._close(actor, voucher_id, reason, rules.EntryKind.CANCELLATION)

    def _close(
        self, actor: Actor, voucher_id: uuid.UUID, reason: str, kind: rules.EntryKind
    ) -> VoucherInfo:
        actor.require(Right.VOID_VOUCHERS)
        reason = clean(reason)
        if not reason:
            raise ValidationError({"reason": Message("voucher_reason_required")})
        if len(reason) > 300 or has_control_chars(reason):
            raise ValidationError(
                {"reason": Message("voucher_text_too_long", {"what": "reason", "max": 300})}
            )
        today = local_today(self.clock)
        with self.uow.write() as s:
            info = load_by_id(s, actor.location_id, voucher_id, today)
            if info.balance.cents <= 0 or info.state is rules.VoucherState.CANCELLED:
                raise ValidationError(
                    {"reason": Message("voucher_nothing_left", {"code": info.display_code})}
                )
            s.execute(
                insert(VE),
                [
                    dict(
                        voucher_id=voucher_id,
                        at=self.clock.now(),
                        kind=kind.value,
                        amount_cents=-info.balance.cents,
                        staff_id=actor.staff_id,
                        reason=reason,
                    )
                ],
            )
            audit.record(
                s,
                self.clock,
                actor,
                f"voucher_{kind.value}",
                target_type="voucher",
                target_id=voucher_id,
                amount_cents=info.balance.cents,
                reason=reason,
            )
            return load_by_id(s, actor.location_id, voucher_id, today)

    def expire_due(self, actor: Actor) -> int:
        """Book the rest value of vouchers past their validity as expired."""
        actor.require(Right.SELL)
        today = local_today(self.clock)
        with self.uow.write() as s:
            due = s.execute(
                select(Voucher.id, balance_sql).where(
                    Voucher.location_id == actor.location_id,
                    Voucher.valid_until < today,
                    closed_sql == 0,
                    balance_sql > 0,
                )
            ).all()
            if due:
                now = self.clock.now()
                s.execute(
                    insert(VE),
                    [
                        dict(
                            voucher_id=vid,
                            at=now,
                            kind=rules.EntryKind.EXPIRY.value,
                            amount_cents=-int(bal),
                            staff_id=actor.staff_id,
                            reason="Gültigkeit abgelaufen",
                        )
                        for vid, bal in due
                    ],
                )
                audit.record(s, self.clock, actor, "vouchers_expired", count=len(due))
            return len(due)
