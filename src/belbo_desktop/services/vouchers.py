"""Vouchers: look up by code (scanned or typed), overview, detail with ledger, cancel,
expire. Vouchers are issued and paid out by the till (:mod:`belbo_desktop.services.till`),
because money changes hands there.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from belbo_desktop.domain import vouchers as rules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.text import clean, has_control_chars
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.storage import voucher_search
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
_EXPIRY = rules.EntryKind.EXPIRY.value

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


# Vouchers closed by an entry, found through the entries' kind index: few, whatever the
# number of vouchers. Closing entries are "or"-ed equalities (no IN: no re-expansion).
_CLOSED_IDS = select(VE.voucher_id).where(or_(*(VE.kind == k for k in (*_CLOSING, _EXPIRY))))
_EXPIRED_IDS = select(VE.voucher_id).where(VE.kind == _EXPIRY)
_CANCELLED_IDS = select(VE.voucher_id).where(or_(*(VE.kind == k for k in _CLOSING)))


def _closed_kind(flag: int) -> rules.EntryKind | None:
    if flag == 2:
        return rules.EntryKind.EXPIRY
    if flag == 1:
        return rules.EntryKind.CANCELLATION
    return None


@dataclass(frozen=True)
class VoucherCursor:
    """Where the next window starts: after this voucher in overview order (newest first)."""

    created_at: dt.datetime
    id: uuid.UUID


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
    def cursor(self) -> VoucherCursor:
        return VoucherCursor(self.created_at, self.id)

    @property
    def title(self) -> str:
        if self.kind is rules.VoucherKind.SERVICE:
            return self.service_name or ""
        return f"{self.face_value.cents // 100},{self.face_value.cents % 100:02d} €"


@dataclass(frozen=True)
class VoucherWindow:
    """The overview's first window and how many vouchers the query finds in all."""

    total: int
    rows: list[VoucherInfo]


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


#: What :class:`VoucherInfo` shows of the voucher row (a UUID each more costs per row).
_INFO_COLUMNS = (
    "id",
    "code",
    "kind",
    "treatment",
    "face_value_cents",
    "price_paid_cents",
    "valid_until",
    "vat_rate",
    "service_item_id",
    "service_name",
    "recipient",
    "message",
    "created_at",
    "sale_id",
    "buyer_customer_id",
)


def _columns() -> tuple[object, ...]:
    buyer = func.trim(
        func.coalesce(Customer.first_name, "") + " " + func.coalesce(Customer.last_name, "")
    )
    return (
        *(Voucher.__table__.c[name] for name in _INFO_COLUMNS),
        balance_sql.label("balance"),
        closed_sql.label("closed"),
        Sale.receipt_no,
        buyer.label("buyer"),
    )


def _base(
    location_id: uuid.UUID,
    location: ColumnElement[Any] | InstrumentedAttribute[Any] | None = None,
) -> object:
    """Vouchers of the location with their balance, state flag, receipt and buyer.

    ``location``: the column to compare, when the location index must not be used."""
    return (
        select(*_columns())  # type: ignore[call-overload]
        .outerjoin(Sale, Sale.id == Voucher.sale_id)
        .outerjoin(Customer, Customer.id == Voucher.buyer_customer_id)
        .where((Voucher.location_id if location is None else location) == location_id)
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


def _text_anywhere(text: str) -> ColumnElement[bool]:
    """Code prefix, recipient or buyer's name anywhere, for databases without the
    customers' full-text index (the query joins the buyer)."""
    like = f"%{text.replace('%', '').replace('_', '')}%"
    alternatives: list[ColumnElement[bool]] = [
        Voucher.recipient.ilike(like),
        (Customer.last_name + " " + Customer.first_name).ilike(like),
        (Customer.first_name + " " + Customer.last_name).ilike(like),
    ]
    prefix = voucher_search.code_prefix(text)
    if prefix is not None:
        alternatives.append(Voucher.code.between(prefix, prefix + "Z" * rules.CODE_CHARS))
    return or_(*alternatives)


def _state_where(
    state: StateFilter, today: dt.date, location_id: uuid.UUID, sqlite: bool
) -> ColumnElement[bool] | None:
    """The state filter as :func:`rules.voucher_state` decides, with one balance per row.

    The few closed vouchers are one set from the entries' kind index. Expired and
    cancelled vouchers, few of all, are named as such a set (the expired by date through
    the validity index), so their window reads them, not every voucher. Still valid
    ones are most of them: read in overview order, not through the validity index."""
    open_ = Voucher.id.not_in(_CLOSED_IDS)
    until = (
        voucher_search.unindexed(Voucher.__table__.c.valid_until) if sqlite else Voucher.valid_until
    )
    valid = until >= today
    match state:
        case StateFilter.ALL:
            return None
        case StateFilter.ACTIVE:
            return and_(valid, balance_sql >= Voucher.face_value_cents, open_)
        case StateFilter.PARTLY_REDEEMED:
            return and_(valid, balance_sql.between(1, Voucher.face_value_cents - 1), open_)
        case StateFilter.USABLE:
            return and_(valid, balance_sql > 0, open_)
        case StateFilter.REDEEMED:
            return and_(balance_sql <= 0, open_)
        case StateFilter.EXPIRED:
            past_date = select(Voucher.id).where(
                Voucher.location_id == location_id,
                Voucher.valid_until < today,
                balance_sql > 0,
                open_,
            )
            return Voucher.id.in_(union_all(_EXPIRED_IDS, past_date))
        case StateFilter.CANCELLED:
            return and_(Voucher.id.in_(_CANCELLED_IDS), Voucher.id.not_in(_EXPIRED_IDS))
    return None


#: States whose vouchers are found as a set of ids (few), not by reading every voucher.
_FEW_STATES = frozenset({StateFilter.EXPIRED, StateFilter.CANCELLED})


#: The voucher states each filter shows.
_STATES_OF: dict[StateFilter, tuple[rules.VoucherState, ...]] = {
    StateFilter.ALL: tuple(rules.VoucherState),
    StateFilter.USABLE: (rules.VoucherState.ACTIVE, rules.VoucherState.PARTLY_REDEEMED),
    StateFilter.ACTIVE: (rules.VoucherState.ACTIVE,),
    StateFilter.PARTLY_REDEEMED: (rules.VoucherState.PARTLY_REDEEMED,),
    StateFilter.REDEEMED: (rules.VoucherState.REDEEMED,),
    StateFilter.EXPIRED: (rules.VoucherState.EXPIRED,),
    StateFilter.CANCELLED: (rules.VoucherState.CANCELLED,),
}
# Vouchers alike in everything their state depends on, counted together: a few hundred
# groups, each balance and closed flag computed once per voucher.
_STATE_GROUPS = (
    select(
        Voucher.kind,
        Voucher.face_value_cents,
        Voucher.valid_until,
        balance_sql.label("balance"),
        closed_sql.label("closed"),
        func.count(),
    )
    .where(Voucher.location_id == bindparam("location_id"))
    .group_by(Voucher.kind, Voucher.face_value_cents, Voucher.valid_until, "balance", "closed")
)
# SQLite rowids. Both tables are append-only (the database refuses UPDATE and DELETE),
# so a rowid only grows: the newest one says whether anything was added, and rows
# up to a mark are the tables as they were when it was taken.
_voucher_rowid = literal_column("vouchers.rowid", Integer)
_entry_rowid = literal_column("voucher_entries.rowid", Integer)
_LEDGER_MARK = select(
    select(func.coalesce(func.max(_voucher_rowid), 0)).select_from(Voucher).scalar_subquery(),
    select(func.coalesce(func.max(_entry_rowid), 0)).select_from(VE).scalar_subquery(),
)
_THEN = _entry_rowid <= bindparam("entry_mark")
# The vouchers a ledger mark has not seen (new, or with new entries): their state then
# (if they existed) and now.
_CHANGED = select(
    Voucher.kind,
    Voucher.face_value_cents,
    Voucher.valid_until,
    (_voucher_rowid <= bindparam("voucher_mark")).label("existed"),
    balance_sql.where(_THEN).label("balance_then"),
    closed_sql.where(_THEN).label("closed_then"),
    balance_sql.label("balance"),
    closed_sql.label("closed"),
).where(
    voucher_search.unindexed(Voucher.__table__.c.location_id) == bindparam("location_id"),
    Voucher.id.in_(
        union_all(
            select(VE.voucher_id).where(_entry_rowid > bindparam("entry_mark")),
            select(Voucher.id).where(_voucher_rowid > bindparam("voucher_mark")),
        )
    ),
)


_StateKey = tuple[rules.VoucherState, rules.VoucherKind]


@dataclass
class _Tally:
    """The state counts of one location, and the ledger marks they are correct for."""

    day: dt.date
    voucher_mark: int
    entry_mark: int
    counts: Counter[_StateKey] = field(default_factory=Counter)


def _state_key(
    kind: str, face: int, valid_until: dt.date, balance: int, closed: int, today: dt.date
) -> _StateKey:
    state = rules.voucher_state(
        Money(face), Money(int(balance)), valid_until, today, _closed_kind(closed)
    )
    return state, rules.VoucherKind(kind)


#: Overview order; the location index's order, so a window needs no sort.
_NEWEST_FIRST = (Voucher.created_at.desc(), Voucher.id.desc())


class VoucherService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock
        self._tallies_lock = threading.Lock()
        self._tallies: dict[uuid.UUID, _Tally] = {}

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

    def _where(
        self, s: Session, actor: Actor, query: VoucherQuery
    ) -> tuple[list[ColumnElement[bool]], ColumnElement[Any] | InstrumentedAttribute[Any]]:
        """The query's conditions, and the location column to compare: unindexed when
        the conditions name few vouchers (a rare state, one buyer) or are tested in one
        pass over the table (a search), so the planner does not walk the location index."""
        conditions: list[ColumnElement[bool]] = []
        few = query.state in _FEW_STATES or query.customer_id is not None
        text = clean(query.text)
        if text and self.uow.is_sqlite:
            conditions.append(voucher_search.matches(s, actor.location_id, text))
            few = True
        elif text:
            conditions.append(_text_anywhere(text))
        where_state = _state_where(
            query.state, local_today(self.clock), actor.location_id, self.uow.is_sqlite
        )
        if where_state is not None:
            conditions.append(where_state)
        if query.kind is not None:
            conditions.append(Voucher.kind == query.kind.value)
        if query.customer_id is not None:
            conditions.append(Voucher.buyer_customer_id == query.customer_id)
        by_id = self._by_id_location() if few else None
        return conditions, Voucher.location_id if by_id is None else by_id

    def _by_id_location(self) -> ColumnElement[Any] | None:
        """The location column for reads that name vouchers by id (SQLite: unindexed)."""
        if not self.uow.is_sqlite:
            return None
        return voucher_search.unindexed(Voucher.__table__.c.location_id)

    def count(self, actor: Actor, query: VoucherQuery) -> int:
        actor.require(Right.SELL)
        kept = not clean(query.text) and query.customer_id is None
        if kept and query.state is not StateFilter.ALL and self.uow.is_sqlite:
            counts = self._state_counts(actor.location_id)
            states = _STATES_OF[query.state]
            kinds = list(rules.VoucherKind) if query.kind is None else [query.kind]
            return sum(counts[(state, kind)] for state in states for kind in kinds)
        with self.uow.read() as s:
            conditions, location = self._where(s, actor, query)
            stmt = select(func.count()).select_from(Voucher)
            if clean(query.text) and not self.uow.is_sqlite:  # the buyer's name is searched
                stmt = stmt.outerjoin(Customer, Customer.id == Voucher.buyer_customer_id)
            stmt = stmt.where(location == actor.location_id, *conditions)
            return int(s.scalar(stmt) or 0)

    def _state_counts(self, location_id: uuid.UUID) -> Counter[_StateKey]:
        """How many vouchers are in each state, by kind (SQLite).

        A state needs a voucher's balance and closing entries; for every voucher that is
        tens of milliseconds at 20,000 vouchers, and the overview asks on every filter
        change. So they are counted once a day and then kept up to date from the rows
        added since: a voucher with a new entry leaves the state it was in then and
        joins the state it is in now."""
        today = local_today(self.clock)
        with self._tallies_lock, self.uow.read() as s:
            conn = s.connection()
            voucher_mark, entry_mark = conn.execute(_LEDGER_MARK).one()
            tally = self._tallies.get(location_id)
            if tally is None or tally.day != today:
                tally = _Tally(today, voucher_mark, entry_mark)
                groups = conn.execute(_STATE_GROUPS, {"location_id": location_id})
                for kind, face, valid_until, balance, closed, n in groups:
                    tally.counts[_state_key(kind, face, valid_until, balance, closed, today)] += n
                self._tallies[location_id] = tally
            elif (voucher_mark, entry_mark) != (tally.voucher_mark, tally.entry_mark):
                params = {
                    "location_id": location_id,
                    "voucher_mark": tally.voucher_mark,
                    "entry_mark": tally.entry_mark,
                }
                for row in conn.execute(_CHANGED, params):
                    kind, face, until = row.kind, row.face_value_cents, row.valid_until
                    if row.existed:
                        before = (row.balance_then, row.closed_then)
                        tally.counts[_state_key(kind, face, until, *before, today)] -= 1
                    now = (row.balance, row.closed)
                    tally.counts[_state_key(kind, face, until, *now, today)] += 1
                tally.voucher_mark, tally.entry_mark = voucher_mark, entry_mark
            return tally.counts

    def overview(self, actor: Actor, query: VoucherQuery, limit: int = 100) -> VoucherWindow:
        """What the overview shows first: how many match, and the newest ``limit``.

        A search names its vouchers once for both (a count over the whole result beside
        the first rows), instead of once for the count and again for the window: that
        is the cost of a keystroke."""
        actor.require(Right.SELL)
        if not clean(query.text) or not self.uow.is_sqlite:
            return VoucherWindow(self.count(actor, query), self.page(actor, query, 0, limit))
        today = local_today(self.clock)
        with self.uow.read() as s:
            conditions, location = self._where(s, actor, query)
            first = s.execute(
                select(Voucher.id, func.count().over())
                .where(location == actor.location_id, *conditions)
                .order_by(*_NEWEST_FIRST)
                .limit(limit)
            ).all()
            if not first:
                return VoucherWindow(0, [])
            stmt = (
                _base(actor.location_id, self._by_id_location())
                .where(Voucher.id.in_([vid for vid, _total in first]))  # type: ignore[attr-defined]
                .order_by(*_NEWEST_FIRST)
            )
            rows = [_info_row(row, today) for row in s.connection().execute(stmt)]
        return VoucherWindow(int(first[0][1]), rows)

    def page(
        self,
        actor: Actor,
        query: VoucherQuery,
        offset: int = 0,
        limit: int = 100,
        *,
        after: VoucherCursor | None = None,
    ) -> list[VoucherInfo]:
        """Newest first, one window at a time: the window after ``after`` (the last row
        shown), which costs the same at any depth, else the one at ``offset``."""
        actor.require(Right.SELL)
        today = local_today(self.clock)
        with self.uow.read() as s:
            conditions, location = self._where(s, actor, query)
            window = (
                select(Voucher.id)
                .where(location == actor.location_id, *conditions)
                .order_by(*_NEWEST_FIRST)
                .limit(limit)
            )
            if after is not None:
                key = tuple_(Voucher.created_at, Voucher.id)
                window = window.where(key < tuple_(after.created_at, after.id))
            else:
                window = window.offset(offset)
            # the window's ids first, then balance, receipt and buyer of those rows only
            stmt = (
                _base(actor.location_id, self._by_id_location())
                .where(Voucher.id.in_(window))  # type: ignore[attr-defined]
                .order_by(*_NEWEST_FIRST)
            )
            return [_info_row(row, today) for row in s.connection().execute(stmt)]

    def for_customer(self, actor: Actor, customer_id: uuid.UUID) -> list[VoucherInfo]:
        """The customer file's Gutscheine tab: vouchers bought or redeemed by them."""
        actor.require(Right.VIEW_CUSTOMERS)
        today = local_today(self.clock)
        with self.uow.read() as s:
            ids = with_merged(s, customer_id)  # receipts of merged duplicates count too
            bought = select(Voucher.id).where(Voucher.buyer_customer_id.in_(ids))
            redeemed = (
                select(VE.voucher_id)
                .join(Sale, Sale.id == VE.sale_id)
                .where(Sale.customer_id.in_(ids))
            )
            stmt = (
                _base(actor.location_id, self._by_id_location())
                .where(Voucher.id.in_(union_all(bought, redeemed)))  # type: ignore[attr-defined]
                .order_by(*_NEWEST_FIRST)
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
                    Voucher.id.not_in(_CLOSED_IDS),
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
