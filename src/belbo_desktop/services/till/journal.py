"""The sales journal: receipts found by number, customer or day, a page at a time.

The till's Belege dialog and the customer file's Einkäufe tab both read it. Years of
history hold hundreds of thousands of receipts, so pages are keyset pages in the
order the journal shows (newest first): the next page starts after the last row shown
and costs the same at any depth. A customer's purchases include those of files merged
into theirs, since receipts are never rewritten (GoBD).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, or_, select, tuple_
from sqlalchemy.orm import Session

from belbo_desktop.domain.customers import match_query
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import BusinessCase, PaymentMethod
from belbo_desktop.domain.text import clean
from belbo_desktop.services.actor import Actor
from belbo_desktop.storage.customer_links import with_merged
from belbo_desktop.storage.customer_search import ListSpec, page_ids
from belbo_desktop.storage.orm import Customer, StaffMember
from belbo_desktop.storage.orm.sales import Sale, SaleLine, SalePayment, Till
from belbo_desktop.storage.unit_of_work import UnitOfWork

BERLIN = ZoneInfo("Europe/Berlin")
#: A name search looks at the receipts of at most this many matching customers.
NAME_MATCHES = 200
MAX_PAGE = 200
_REDEMPTIONS = {
    BusinessCase.SINGLE_PURPOSE_REDEMPTION.value,
    BusinessCase.MULTI_PURPOSE_REDEMPTION.value,
}


@dataclass(frozen=True)
class SalesQuery:
    """What the journal is asked for; all parts narrow the result."""

    customer_id: uuid.UUID | None = None
    #: A receipt number, or words of a customer's name, number, email or phone.
    text: str = ""
    day: dt.date | None = None  # a calendar day in Europe/Berlin


@dataclass(frozen=True)
class JournalCursor:
    """Where the next page starts: after this row in journal order."""

    finished_at: dt.datetime
    receipt_no: int
    sale_id: uuid.UUID


@dataclass(frozen=True)
class JournalRow:
    id: uuid.UUID
    receipt_no: int
    till_name: str
    finished_at: dt.datetime
    total: Money
    items: tuple[str, ...]  # what was bought: "2 × Text" for quantities above one
    payments: tuple[PaymentMethod, ...]
    voucher_paid: bool  # a voucher paid (part of) it
    staff_name: str
    customer_id: uuid.UUID | None
    customer_name: str | None
    reverses_receipt_no: int | None
    reversed: bool

    @property
    def cursor(self) -> JournalCursor:
        return JournalCursor(self.finished_at, self.receipt_no, self.id)


@dataclass(frozen=True)
class JournalPage:
    rows: tuple[JournalRow, ...]
    next: JournalCursor | None  # None: nothing older


@dataclass
class SalesJournal:
    uow: UnitOfWork

    def page(
        self,
        actor: Actor,
        query: SalesQuery,
        after: JournalCursor | None = None,
        limit: int = 50,
    ) -> JournalPage:
        """One page of receipts, newest first, starting after ``after``.

        A customer's purchases need the right to view customers; the whole journal
        needs the right to sell (it is the till's list of receipts).
        """
        actor.require(Right.VIEW_CUSTOMERS if query.customer_id else Right.SELL)
        limit = max(1, min(limit, MAX_PAGE))
        with self.uow.read() as s:
            stmt = self._filtered(s, actor.location_id, query)
            if stmt is None:
                return JournalPage((), None)
            if after is not None:
                key = tuple_(Sale.finished_at, Sale.receipt_no, Sale.id)
                stmt = stmt.where(key < (after.finished_at, after.receipt_no, after.sale_id))
            rows = self._rows(s, stmt.limit(limit + 1))
        more = len(rows) > limit
        rows = rows[:limit]
        return JournalPage(tuple(rows), rows[-1].cursor if more and rows else None)

    def _filtered(
        self, s: Session, location_id: uuid.UUID, query: SalesQuery
    ) -> Select[Sale] | None:
        """The query's receipts in journal order; None when nothing can match."""
        stmt = select(Sale).where(Sale.location_id == location_id)
        if query.customer_id is not None:
            stmt = stmt.where(Sale.customer_id.in_(with_merged(s, query.customer_id)))
        if query.day is not None:
            start = dt.datetime.combine(query.day, dt.time(), BERLIN)
            end = dt.datetime.combine(query.day + dt.timedelta(days=1), dt.time(), BERLIN)
            stmt = stmt.where(Sale.finished_at >= start, Sale.finished_at < end)
        text = clean(query.text)
        if text:
            condition = self._text_condition(s, location_id, text)
            if condition is None:
                return None
            stmt = stmt.where(condition)
        return stmt.order_by(Sale.finished_at.desc(), Sale.receipt_no.desc(), Sale.id.desc())

    @staticmethod
    def _text_condition(
        s: Session, location_id: uuid.UUID, text: str
    ) -> ColumnElement[bool] | None:
        """A receipt number, or the receipts of the customers the words find."""
        conditions: list[ColumnElement[bool]] = []
        if text.isdigit() and len(text) <= 9:
            conditions.append(Sale.receipt_no == int(text))
        match = match_query(text)
        if match is not None:
            spec = ListSpec(location_id, match, include_archived=True)
            ids = page_ids(s, spec, 0, NAME_MATCHES)
            ids = [merged for i in ids for merged in with_merged(s, i)]
            if ids:
                conditions.append(Sale.customer_id.in_(ids))
        return or_(*conditions) if conditions else None

    @staticmethod
    def _rows(s: Session, stmt: Select[Sale]) -> list[JournalRow]:
        sales = list(s.scalars(stmt))
        if not sales:
            return []
        ids = [sale.id for sale in sales]
        items: dict[uuid.UUID, list[str]] = defaultdict(list)
        voucher_paid: set[uuid.UUID] = set()
        for sale_id, case, text, quantity in s.execute(
            select(SaleLine.sale_id, SaleLine.business_case, SaleLine.text, SaleLine.quantity)
            .where(SaleLine.sale_id.in_(ids))
            .order_by(SaleLine.sale_id, SaleLine.position)
        ):
            if case in _REDEMPTIONS:  # a way of paying, not something bought
                voucher_paid.add(sale_id)
                continue
            items[sale_id].append(text if abs(quantity) == 1 else f"{abs(quantity)} × {text}")
        payments: dict[uuid.UUID, list[PaymentMethod]] = defaultdict(list)
        for sale_id, method in s.execute(
            select(SalePayment.sale_id, SalePayment.method).where(SalePayment.sale_id.in_(ids))
        ):
            if PaymentMethod(method) not in payments[sale_id]:
                payments[sale_id].append(PaymentMethod(method))
        staff = _pairs(
            s,
            select(StaffMember.id, StaffMember.display_name).where(
                StaffMember.id.in_({sale.staff_id for sale in sales})
            ),
        )
        tills = _pairs(
            s, select(Till.id, Till.name).where(Till.id.in_({sale.till_id for sale in sales}))
        )
        customers = {
            row.id: f"{row.first_name} {row.last_name}".strip()
            for row in s.execute(
                select(Customer.id, Customer.first_name, Customer.last_name).where(
                    Customer.id.in_({sale.customer_id for sale in sales if sale.customer_id})
                )
            )
        }
        originals = _pairs(
            s,
            select(Sale.id, Sale.receipt_no).where(
                Sale.id.in_({sale.reverses_sale_id for sale in sales if sale.reverses_sale_id})
            ),
        )
        reversed_ids = set(
            s.scalars(select(Sale.reverses_sale_id).where(Sale.reverses_sale_id.in_(ids)))
        )
        return [
            JournalRow(
                id=sale.id,
                receipt_no=sale.receipt_no,
                till_name=tills.get(sale.till_id, ""),
                finished_at=sale.finished_at,
                total=Money(sale.total_cents),
                items=tuple(items.get(sale.id, ())),
                payments=tuple(payments.get(sale.id, ())),
                voucher_paid=sale.id in voucher_paid,
                staff_name=staff.get(sale.staff_id, ""),
                customer_id=sale.customer_id,
                customer_name=customers.get(sale.customer_id) if sale.customer_id else None,
                reverses_receipt_no=originals.get(sale.reverses_sale_id)
                if sale.reverses_sale_id
                else None,
                reversed=sale.id in reversed_ids,
            )
            for sale in sales
        ]


def _pairs(s: Session, stmt: Select[uuid.UUID, Any]) -> dict[uuid.UUID, Any]:
    """A two-column query as a dict (first column to second)."""
    return {key: value for key, value in s.execute(stmt)}
