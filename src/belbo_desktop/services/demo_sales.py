"""Demo till history: three years of receipts, vouchers sold and redeemed, Storno and
daily closings, so every list and report of the till and the vouchers shows real volume.

A salon with 200,000 customers has a hundred thousand receipts; screens that are fast
on four demo vouchers can still be slow there. The history is deterministic for a seed
and row for row what the app writes itself:

* receipts count up per till without gaps, in time order, each with its NoTse
  signature; lines are those of :meth:`belbo_desktop.domain.sales.Cart.postings`
  (business cases, VAT contained per line), payments add up to the total, cash with
  what was handed over and the change;
* vouchers are sold on receipts (codes with check character, validity from the
  location's settings) and redeemed on later ones (a service voucher pays its service
  at the day's price and is used up); the ledger says so, with the sale ids;
* a Storno is a reversal receipt with negated lines and payments, the ledger's
  counter-entries and the audit entry the till writes;
* every opening day ends with a closing (Z-Bericht) with the totals
  ``TillService.close_day`` computes, after booking what expired as the till page does.

The till itself is made by :class:`~belbo_desktop.services.till.TillService` with the
PC's till file, so the app sells on at the demo's till with the next receipt number.

Rows go to SQLite through the driver's executemany, already in the form SQLAlchemy
stores them (ids as 32 hex digits, naive UTC text, JSON text): at 100,000 receipts
SQLAlchemy's per-row parameter processing took longer than the inserts and made the
demo build half again as slow.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import json
import os
import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, select

from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Role
from belbo_desktop.domain.sales import BusinessCase, PaymentMethod, VoucherSale, voucher_text
from belbo_desktop.domain.vouchers import (
    DEFAULT_VALIDITY_YEARS,
    EntryKind,
    VatTreatment,
    VoucherKind,
    default_valid_until,
    format_code,
    new_code,
)
from belbo_desktop.services.ports import BERLIN, Clock, FixedClock, SystemRandom, local_today
from belbo_desktop.services.signing import NoTse, SignatureState
from belbo_desktop.storage.orm import StaffMember
from belbo_desktop.storage.unit_of_work import UnitOfWork

YEARS = 3
#: The demo salon keeps service vouchers two years (prices rise), value vouchers the
#: legal three; so the first year's unused service vouchers have expired.
SERVICE_VOUCHER_YEARS = 2

SERVICE_WEIGHTS = {
    "Damenhaarschnitt": 30,
    "Herrenhaarschnitt": 22,
    "Kinderhaarschnitt": 6,
    "Waschen, Föhnen": 8,
    "Färben": 12,
    "Strähnen": 6,
    "Hautanalyse": 2,
    "Gesichtsbehandlung klassisch": 5,
    "Maniküre": 6,
    "EMS-Training (20 Min.)": 6,
    "EMS-Probetraining": 1,
}
PRODUCT_WEIGHTS = {
    "Shampoo Repair 250 ml": 40,
    "Haarkur Intensiv": 30,
    "Feuchtigkeitscreme 50 ml": 20,
    "Fachbuch Haarpflege": 10,
}
VOUCHER_SERVICES = (
    "Damenhaarschnitt",
    "Färben",
    "Strähnen",
    "Gesichtsbehandlung klassisch",
    "Maniküre",
    "Hautanalyse",
)
VOUCHER_VALUES = (2500, 3000, 5000, 5000, 5000, 7500, 10000, 10000, 15000, 20000)
RECIPIENTS = (
    "Mama",
    "Oma Inge",
    "Papa",
    "Tante Gisela",
    "Lena",
    "Sophie",
    "Jonas",
    "Familie Öztürk",
    "Frau Nowak",
    "Charlotte",
    "Ayşe",
    "Björn",
    "Marie-Luise",
    "Herr König",
    "Greta",
)
MESSAGES = (
    "Alles Liebe zum Geburtstag!",
    "Herzlichen Glückwunsch!",
    "Danke für alles.",
    "Gönn dir was Schönes!",
    "Zum Jahrestag – in Liebe.",
    "Viel Spaß beim Verwöhnen!",
)
CHRISTMAS_MESSAGES = ("Frohe Weihnachten!", "Frohes Fest und ein gutes neues Jahr!")
STORNO_REASONS = (
    "Falsche Leistung gebucht",
    "Kundin hat es sich anders überlegt",
    "Zahlart falsch erfasst",
    "Doppelt gebucht",
    "Preis falsch eingegeben",
)
EXPIRY_REASON = "Gültigkeit abgelaufen"  # as VoucherService.expire_due books it
#: Fixed-date public holidays (month, day); Sundays are closed too.
HOLIDAYS = frozenset({(1, 1), (5, 1), (10, 3), (12, 25), (12, 26)})

#: Column order of the rows below, per table; checked against the models before writing.
COLUMNS: dict[str, tuple[str, ...]] = {
    "sales": (
        "id",
        "till_id",
        "location_id",
        "receipt_no",
        "started_at",
        "finished_at",
        "staff_id",
        "customer_id",
        "total_cents",
        "reverses_sale_id",
        "reason",
    ),
    "vouchers": (
        "id",
        "location_id",
        "code",
        "kind",
        "treatment",
        "face_value_cents",
        "vat_rate",
        "service_item_id",
        "service_name",
        "recipient",
        "message",
        "valid_until",
        "sale_id",
        "buyer_customer_id",
        "price_paid_cents",
        "created_at",
        "created_by_id",
    ),
    "sale_lines": (
        "id",
        "sale_id",
        "position",
        "business_case",
        "text",
        "quantity",
        "unit_price_cents",
        "discount_cents",
        "amount_cents",
        "vat_rate",
        "vat_cents",
        "catalogue_item_id",
        "voucher_id",
    ),
    "sale_payments": (
        "id",
        "sale_id",
        "method",
        "amount_cents",
        "tendered_cents",
        "change_cents",
    ),
    "sale_signatures": ("id", "sale_id", "at", "state", "data"),
    "voucher_entries": (
        "id",
        "voucher_id",
        "at",
        "kind",
        "amount_cents",
        "sale_id",
        "staff_id",
        "reason",
    ),
    "till_closings": (
        "id",
        "till_id",
        "number",
        "at",
        "staff_id",
        "first_receipt_no",
        "last_receipt_no",
        "totals",
    ),
    "audit_log": (
        "id",
        "at",
        "staff_id",
        "location_id",
        "action",
        "target_type",
        "target_id",
        "summary",
        "details",
    ),
}
#: (business case, text, quantity, unit price, discount, amount, VAT rate, VAT, item, voucher)
Posting = tuple[str, str, int, int, int, int, int | None, int, str | None, str | None]
Row = tuple[object, ...]


@dataclass(frozen=True)
class HistoryResult:
    till_id: uuid.UUID
    sales: int  # receipts, reversals included
    vouchers: int
    closings: int


@dataclass(frozen=True)
class _Item:
    id: str  # hex, as stored
    name: str
    price_cents: int
    vat_rate: int


@dataclass
class _Voucher:
    id: str
    sale: VoucherSale
    service: _Item | None
    valid_until: dt.date
    code: str = ""
    balance: int = 0
    closed: bool = False
    leave_rest: bool = False  # the last use leaves a rest: partly redeemed


@dataclass
class _Slot:
    """One receipt of the history, planned before its lines are written."""

    at: dt.datetime
    at_text: str
    day: dt.date
    staff: str
    customer: str | None = None
    gifts: int = 0  # vouchers bought on this receipt
    with_items: bool = True
    reverse: bool = False
    redeems: _Voucher | None = None
    last_use: bool = False
    sold: list[_Voucher] = field(default_factory=list)
    # filled in when the receipt is written, for its Storno
    sale_id: str = ""
    receipt_no: int = 0
    postings: list[Posting] = field(default_factory=list)
    payments: list[tuple[str, int]] = field(default_factory=list)
    total: int = 0
    redeemed: int = 0  # the ledger amount (positive) of its redemption


class _Ids:
    """UUIDv7 as stored (32 hex digits), without a UUID object per row, in the order they
    are made (RFC 9562, a counter in the 12 bits after the time): the history's rows are
    made in time order, so a Storno's id sorts after its sale's, as the till's would."""

    def __init__(self) -> None:
        self._ms = time.time_ns() // 1_000_000
        self._counter = 0
        self._pool = b""
        self._at = 0

    def __call__(self) -> str:
        if self._at >= len(self._pool):
            self._pool, self._at = os.urandom(8 * 4096), 0
        rand = int.from_bytes(self._pool[self._at : self._at + 8], "big")
        self._at += 8
        self._counter += 1
        if self._counter > 0xFFF:
            self._ms, self._counter = max(self._ms + 1, time.time_ns() // 1_000_000), 0
        value = (self._ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= self._counter << 64
        value |= 0b10 << 62
        value |= rand & ((1 << 62) - 1)
        return f"{value:032x}"


def _ts(at: dt.datetime) -> str:
    """An aware datetime as SQLAlchemy stores it on SQLite: naive UTC text."""
    u = at.astimezone(dt.UTC)
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d} "
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}"
    )


@lru_cache(maxsize=4096)
def _vat(cents: int, rate: int) -> int:
    return Money(cents).vat_included(rate).cents


def build_demo_history(
    uow: UnitOfWork,
    clock: Clock,
    location_id: uuid.UUID,
    *,
    seed: int = 1,
    till_file: Path | None = None,
    sales: int | None = None,
    vouchers: int | None = None,
) -> HistoryResult:
    """Write the salon's till history up to yesterday (SQLite): by default half as many
    receipts as customers and a tenth as many vouchers."""
    from belbo_desktop.services.locations import SettingsService
    from belbo_desktop.services.staff import actor_of
    from belbo_desktop.services.till import TillService
    from belbo_desktop.services.vouchers import VALIDITY_SERVICE_KEY

    rng = random.Random(f"demo-sales-{seed}")
    new_id = _Ids()
    today = local_today(clock)
    first_day = _years_before(today, YEARS)
    with uow.read() as s:
        staff = {
            Role(m.role): actor_of(m)
            for m in s.scalars(
                select(StaffMember)
                .where(StaffMember.location_id == location_id, StaffMember.active.is_(True))
                .order_by(StaffMember.created_at)
            )
        }
        conn = s.connection()
        customers = conn.exec_driver_sql(
            "SELECT id, created_at FROM customers WHERE location_id = ? "
            "AND deleted_at IS NULL AND merged_into_id IS NULL ORDER BY number",
            (location_id.hex,),
        ).all()
        catalogue = conn.exec_driver_sql(
            "SELECT id, kind, name, price_cents, vat_rate FROM catalogue_items "
            "WHERE location_id = ? AND active AND deleted_at IS NULL ORDER BY position",
            (location_id.hex,),
        ).all()
    front_desk = staff.get(Role.FRONT_DESK) or next(iter(staff.values()))
    owner = staff.get(Role.OWNER) or front_desk
    manager = staff.get(Role.MANAGER) or owner
    # The till and the validity setting exist since the salon opened its books.
    opened = dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time(8), BERLIN)
    at_opening = FixedClock(opened.astimezone(dt.UTC))
    SettingsService(uow, at_opening).set(owner, VALIDITY_SERVICE_KEY, SERVICE_VOUCHER_YEARS)
    till = TillService(uow, at_opening, SystemRandom(), NoTse(), till_file=till_file).till(
        front_desk
    )
    services = [_Item(i, n, p, r) for i, k, n, p, r in catalogue if k == "service"]
    products = [_Item(i, n, p, r) for i, k, n, p, r in catalogue if k == "product"]
    if not services:
        return HistoryResult(till.id, 0, 0, 0)
    plan = _Plan(
        rng,
        today,
        first_day,
        customers,  # rows of (hex id, created_at as stored)
        services,
        products,
        new_id=new_id,
        years={
            VoucherKind.VALUE: DEFAULT_VALIDITY_YEARS,
            VoucherKind.SERVICE: SERVICE_VOUCHER_YEARS,
        },
        sellers=(front_desk.staff_id.hex,) * 6
        + (manager.staff_id.hex,) * 3
        + (owner.staff_id.hex,),
    )
    plan.make_slots(len(customers) // 2 if sales is None else sales)
    plan.sell_vouchers(len(customers) // 10 if vouchers is None else vouchers)
    plan.plan_redemptions()
    writer = _Writer(rng, new_id, location_id.hex, till.id.hex)
    writer.write(
        plan,
        closers=(front_desk.staff_id.hex, front_desk.staff_id.hex, manager.staff_id.hex),
        cancellers=(manager.staff_id.hex, manager.staff_id.hex, owner.staff_id.hex),
    )
    with uow.write() as s:
        writer.insert(s.connection())
    return HistoryResult(
        till.id, len(writer.rows["sales"]), len(writer.rows["vouchers"]), writer.closing_no
    )


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _hours(day: dt.date) -> tuple[int, int] | None:
    """Opening hours (local, whole hours), or None on a closed day."""
    if day.weekday() == 6 or (day.month, day.day) in HOLIDAYS:
        return None
    if (day.month, day.day) in ((12, 24), (12, 31)):
        return 9, 13
    return (9, 16) if day.weekday() == 5 else (9, 19)


def _day_weight(day: dt.date, first: dt.date, last: dt.date) -> float:
    weight = {0: 0.75, 5: 1.35}.get(day.weekday(), 1.0)
    if day.month == 12 and day.day < 24:
        weight *= 1.25
    elif day.month in (7, 8):
        weight *= 0.9
    elif day.month == 1 and day.day < 16:
        weight *= 0.8
    hours = _hours(day)
    if hours and hours[1] - hours[0] < 6:
        weight *= 0.5
    span = max(1, (last - first).days)
    return weight * (0.85 + 0.3 * (day - first).days / span)  # the salon grows


def _gift_weight(day: dt.date) -> float:
    """Vouchers sell before Christmas, Valentine's Day and Mother's Day."""
    if day.month == 12 and day.day <= 24:
        return 4.0
    if day.month == 11 or (day.month == 2 and day.day <= 14):
        return 1.5
    if day.month == 5 and day.day <= 14:
        return 2.0
    return 1.0


class _Plan:
    """Who comes when, what they buy, and which later visit uses which voucher."""

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        first_day: dt.date,
        customers: Sequence[tuple[str, str]],
        services: list[_Item],
        products: list[_Item],
        *,
        new_id: _Ids,
        years: dict[VoucherKind, int],
        sellers: tuple[str, ...],
    ) -> None:
        self.rng = rng
        self.new_id = new_id
        self.today = today
        self.first_day = first_day
        self.last_day = today - dt.timedelta(days=1)
        self.customers = customers
        self.services = services
        self.service_weights = list(
            itertools.accumulate(SERVICE_WEIGHTS.get(i.name, 3) for i in services)
        )
        self.products = products or services
        self.product_weights = list(
            itertools.accumulate(PRODUCT_WEIGHTS.get(i.name, 10) for i in self.products)
        )
        self.by_name = {i.name: i for i in services}
        self.years = years
        self.sellers = sellers
        self.slots: list[_Slot] = []
        self.days: list[tuple[dt.date, dt.datetime]] = []  # opening days, closing time
        self.usual: dict[str, _Item] = {}
        # Regulars were customers before the history starts: a few come every week or
        # two (100+ visits), more every couple of months; everyone else now and then.
        start = _ts(dt.datetime.combine(first_day, dt.time(0), BERLIN))
        old = [cid for cid, created in customers if created < start]
        rng.shuffle(old)
        n_heavy = max(1, len(customers) // 1000) if old else 0
        n_regular = max(1, len(customers) // 50) if len(old) > n_heavy else 0
        self.heavy = old[:n_heavy]
        self.regular = old[n_heavy : n_heavy + n_regular]

    def make_slots(self, count: int) -> None:
        rng = self.rng
        days: list[tuple[dt.date, tuple[int, int], float]] = []
        day = self.first_day
        while day <= self.last_day:
            hours = _hours(day)
            if hours:
                days.append((day, hours, _day_weight(day, self.first_day, self.last_day)))
            day += dt.timedelta(days=1)
        total_weight = sum(w for _d, _h, w in days) or 1.0
        for day, (open_h, close_h), weight in days:
            n = int(count * weight / total_weight + rng.random())
            opening = dt.datetime.combine(day, dt.time(open_h), BERLIN)
            minutes = (close_h - open_h) * 60
            for offset in sorted(rng.randrange(10 * 60, minutes * 60) for _ in range(n)):
                at = (opening + dt.timedelta(seconds=offset)).astimezone(dt.UTC)
                self.slots.append(_Slot(at, _ts(at), day, rng.choice(self.sellers)))
            if n:
                closing = opening + dt.timedelta(minutes=minutes + rng.randrange(30, 50))
                self.days.append((day, closing.astimezone(dt.UTC)))

    def sell_vouchers(self, count: int) -> None:
        """Mark the receipts that buy vouchers, and who everyone is."""
        rng = self.rng
        weights = [_gift_weight(s.day) for s in self.slots]
        base = (count / 1.1) / (sum(weights) or 1.0)  # one in ten buys two
        for slot, weight in zip(self.slots, weights, strict=True):
            if rng.random() < min(0.9, base * weight):
                slot.gifts = 2 if rng.random() < 0.1 else 1
                slot.with_items = rng.random() < 0.25
            slot.customer = self._customer(slot)
            slot.reverse = rng.random() < 0.01
            slot.sold = [self._voucher(slot) for _ in range(slot.gifts)]

    def _customer(self, slot: _Slot) -> str | None:
        rng = self.rng
        if not self.customers or rng.random() < (0.35 if slot.gifts else 0.12):
            return None  # a walk-in, or a gift bought by someone without a file
        tier = rng.random()
        if tier < 0.25 and self.heavy:
            return rng.choice(self.heavy)
        if tier < 0.65 and self.regular:
            return rng.choice(self.regular)
        for _ in range(3):
            cid, created = self.customers[rng.randrange(len(self.customers))]
            if created <= slot.at_text:
                return cid
        return None

    def _voucher(self, slot: _Slot) -> _Voucher:
        rng = self.rng
        candidates = [self.by_name[n] for n in VOUCHER_SERVICES if n in self.by_name]
        recipient = rng.choice(RECIPIENTS) if rng.random() < 0.55 else ""
        messages = CHRISTMAS_MESSAGES if slot.day.month == 12 else MESSAGES
        message = rng.choice(messages) if rng.random() < 0.35 else ""
        item: _Item | None = None
        if candidates and rng.random() < 0.25:
            item = rng.choice(candidates)
            sale = VoucherSale(
                VoucherKind.SERVICE,
                Money(self.price(item, slot.day)),
                VatTreatment.SINGLE_PURPOSE,  # default_treatment of a service voucher
                item.vat_rate,
                uuid.UUID(item.id),
                item.name,
                recipient,
                message,
            )
        else:
            value = rng.choice(VOUCHER_VALUES)
            rates = {i.vat_rate for i in self.services + self.products}
            single = len(rates) == 1  # as default_treatment decides
            sale = VoucherSale(
                VoucherKind.VALUE,
                Money(value),
                VatTreatment.SINGLE_PURPOSE if single else VatTreatment.MULTI_PURPOSE,
                next(iter(rates)) if single else None,
                recipient=recipient,
                message=message,
                discount=Money(value // 10 if rng.random() < 0.02 else 0),  # an offer
            )
        valid_until = default_valid_until(slot.day, self.years[sale.kind])
        return _Voucher(self.new_id(), sale, item, valid_until)

    def plan_redemptions(self) -> None:
        """Give each voucher its fate, and each planned use a later visit: now and then
        one of its buyer's, else the next free visit of someone who is not a regular
        (a voucher is a present; its recipient is seldom in the salon every week)."""
        rng = self.rng
        times = [s.at.timestamp() for s in self.slots]
        free = list(range(len(self.slots) + 1))  # -> the next free visit at or after i
        taken = [False] * len(self.slots)
        visits: dict[str, list[int]] = {}
        regulars = set(self.heavy) | set(self.regular)

        def find(i: int) -> int:
            root = i
            while free[root] != root:
                root = free[root]
            while free[i] != root:
                free[i], i = root, free[i]
            return root

        for i, slot in enumerate(self.slots):
            if slot.gifts and not slot.with_items:
                taken[i] = True  # a voucher never buys a voucher
            if taken[i] or slot.customer in regulars:
                free[i] = i + 1
            if slot.customer is not None:
                visits.setdefault(slot.customer, []).append(i)

        def buyers_visit(buyer: str | None, t: float, until: float) -> int | None:
            own = visits.get(buyer or "", [])
            k = bisect.bisect_left(own, bisect.bisect_left(times, t))
            while k < len(own) and times[own[k]] <= until:
                if not taken[own[k]]:
                    return own[k]
                k += 1
            return None

        for slot in self.slots:
            if slot.reverse:
                continue  # sold by mistake: the Storno voids them
            for v in slot.sold:
                fate = rng.random()
                if v.sale.kind is VoucherKind.SERVICE:
                    uses = 1 if fate < 0.75 else 0
                elif fate < 0.5:
                    uses = rng.choice((1, 1, 1, 2, 2, 3))
                elif fate < 0.75:
                    uses, v.leave_rest = rng.choice((1, 1, 2)), True
                else:
                    uses = 0
                t = slot.at.timestamp()
                until = dt.datetime.combine(v.valid_until, dt.time(23, 59), BERLIN).timestamp()
                for k in range(uses):
                    t += 86400 * (3 + rng.expovariate(1 / (60 if k == 0 else 45)))
                    j = buyers_visit(slot.customer, t, until) if rng.random() < 0.3 else None
                    if j is None:
                        j = find(bisect.bisect_left(times, t))
                    if j >= len(self.slots) or times[j] > until:
                        break
                    taken[j] = True
                    if free[j] == j:
                        free[j] = j + 1
                    self.slots[j].redeems = v
                    self.slots[j].last_use = k == uses - 1

    def price(self, item: _Item, day: dt.date) -> int:
        """Prices rise each January by about 4 %; a receipt keeps the price of its day."""
        years = self.today.year - day.year
        if not years:
            return item.price_cents
        step = 50 if item.price_cents >= 2000 else 10
        return max(step, round(item.price_cents * (1 - 0.04 * years) / step) * step)

    def items(self, slot: _Slot) -> list[tuple[_Item, int]]:
        """A visit's services, and now and then a product: regulars mostly book their usual."""
        rng = self.rng
        main: _Item | None = None
        if slot.customer is not None:
            usual = self.usual.get(slot.customer)
            if usual is None:
                usual = rng.choices(self.services, cum_weights=self.service_weights)[0]
                self.usual[slot.customer] = usual
            main = usual if rng.random() < 0.7 else None
        if main is None:
            main = rng.choices(self.services, cum_weights=self.service_weights)[0]
        chosen = [(main, 1)]
        extra: list[str] = []
        if main.name in ("Färben", "Strähnen"):
            if rng.random() < 0.5:
                extra.append("Damenhaarschnitt")
            if rng.random() < 0.4:
                extra.append("Waschen, Föhnen")
        elif main.name == "Damenhaarschnitt" and rng.random() < 0.15:
            extra.append("Waschen, Föhnen")
        if rng.random() < 0.05:
            extra.append("Maniküre")
        for name in dict.fromkeys(extra):
            if name in self.by_name and self.by_name[name] is not main:
                chosen.append((self.by_name[name], 1))
        if rng.random() < 0.22:
            product = rng.choices(self.products, cum_weights=self.product_weights)[0]
            chosen.append((product, 2 if rng.random() < 0.1 else 1))
        return chosen

    def another_product(self) -> _Item:
        return self.rng.choices(self.products, cum_weights=self.product_weights)[0]


@dataclass
class _Line:
    item: _Item
    quantity: int
    unit: int
    discount: int = 0

    @property
    def amount(self) -> int:
        return self.unit * self.quantity - self.discount


class _Cart:
    """Items as :class:`belbo_desktop.domain.sales.Cart` keeps them: the same item at the
    same price without discount is one line with a quantity."""

    def __init__(self) -> None:
        self.lines: list[_Line] = []

    def add(self, item: _Item, qty: int, unit: int, *, first: bool = False) -> None:
        for line in self.lines:
            if line.item is item and line.unit == unit and not line.discount:
                line.quantity += qty
                return
        self.lines.insert(0 if first else len(self.lines), _Line(item, qty, unit))

    def has(self, item: _Item) -> bool:
        return any(line.item is item for line in self.lines)

    @property
    def goods(self) -> int:
        return sum(line.amount for line in self.lines)


class _Totals:
    """A closing's sums, as :meth:`TillService.close_day` groups them in SQL."""

    def __init__(self) -> None:
        self.receipts = self.reversals = self.total = 0
        self.payments: dict[str, int] = {}
        self.vat: dict[int | None, list[int]] = {}
        self.cases: dict[str, list[int]] = {}

    def add(
        self,
        total: int,
        reversal: bool,
        postings: list[Posting],
        payments: list[tuple[str, int]],
    ) -> None:
        self.receipts += 1
        self.reversals += int(reversal)
        self.total += total
        for method, amount in payments:
            self.payments[method] = self.payments.get(method, 0) + amount
        for case, _t, _q, _u, _d, amount, rate, vat, _i, _v in postings:
            by_rate = self.vat.setdefault(rate, [0, 0])
            by_rate[0] += amount
            by_rate[1] += vat
            by_case = self.cases.setdefault(case, [0, 0])
            by_case[0] += 1
            by_case[1] += amount

    def as_json(self) -> dict[str, object]:
        sold = (BusinessCase.SINGLE_PURPOSE_SALE.value, BusinessCase.MULTI_PURPOSE_SALE.value)
        redeemed = (
            BusinessCase.SINGLE_PURPOSE_REDEMPTION.value,
            BusinessCase.MULTI_PURPOSE_REDEMPTION.value,
        )
        # ORDER BY vat_rate DESC: NULL (not taxable) comes last
        rates = sorted(self.vat, key=lambda r: -1 if r is None else r, reverse=True)
        return {
            "receipts": self.receipts,
            "reversals": self.reversals,
            "total": self.total,
            "payments": dict(self.payments),
            "vat": [{"rate": r, "gross": self.vat[r][0], "vat": self.vat[r][1]} for r in rates],
            "business_cases": {k: {"count": c, "amount": a} for k, (c, a) in self.cases.items()},
            "vouchers_sold": {
                "count": sum(c for k, (c, _a) in self.cases.items() if k in sold),
                "amount": sum(a for k, (_c, a) in self.cases.items() if k in sold),
            },
            "vouchers_redeemed": {
                "count": sum(c for k, (c, _a) in self.cases.items() if k in redeemed),
                "amount": -sum(a for k, (_c, a) in self.cases.items() if k in redeemed),
            },
        }


class _Writer:
    """Turns the plan into rows in time order, the way the till writes them."""

    def __init__(self, rng: random.Random, new_id: _Ids, location_id: str, till_id: str) -> None:
        self.rng = rng
        self.new_id = new_id
        self.location_id = location_id
        self.till_id = till_id
        self.rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}
        self.codes: set[str] = set()
        self.receipt_no = 0
        self.closing_no = 0
        self.first_open = 1  # the first receipt since the last closing
        self.totals = _Totals()
        self.expiring: list[tuple[dt.date, int, _Voucher]] = []

    def write(self, plan: _Plan, closers: tuple[str, ...], cancellers: tuple[str, ...]) -> None:
        rng = self.rng
        # (time, order, n, what): a receipt, its Storno minutes later (with who cancelled),
        # the evening's closing (with who closed)
        events: list[tuple[dt.datetime, int, int, _Slot | tuple[_Slot, str] | str]] = []
        for n, slot in enumerate(plan.slots):
            events.append((slot.at, 0, n, slot))
            if slot.reverse:
                later = slot.at + dt.timedelta(seconds=rng.randrange(120, 1200))
                events.append((later, 1, n, (slot, rng.choice(cancellers))))
        forgotten = {day for day, _at in plan.days[:-1] if rng.random() < 0.03}
        for n, (day, at) in enumerate(plan.days):
            if day not in forgotten:
                events.append((at, 2, n, rng.choice(closers)))
        events.sort(key=lambda e: (e[0], e[1], e[2]))
        for at, _order, _n, subject in events:
            if isinstance(subject, _Slot):
                self._sale(plan, subject)
            elif isinstance(subject, tuple):
                self._reversal(subject[0], at, subject[1])
            else:
                self._close(at, subject)

    def insert(self, conn: Connection) -> None:
        """Driver executemany per table, in foreign-key order, after checking that the
        columns written are exactly the model's."""
        from belbo_desktop.storage.orm import Base

        for table, rows in self.rows.items():
            columns = COLUMNS[table]
            model_columns = set(Base.metadata.tables[table].c.keys())
            if set(columns) != model_columns:
                raise RuntimeError(f"demo history out of date for {table}: {model_columns}")
            sql = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            for start in range(0, len(rows), 50_000):
                conn.exec_driver_sql(sql, rows[start : start + 50_000])

    # --- receipts ----------------------------------------------------------------------

    def _sale(self, plan: _Plan, slot: _Slot) -> None:
        rng = self.rng
        cart = _Cart()
        if slot.with_items or not slot.gifts:
            for item, qty in plan.items(slot):
                cart.add(item, qty, plan.price(item, slot.day))
        v = slot.redeems
        if v is not None and (v.closed or v.balance <= 0):
            v = None
        wanted = 0
        if v is not None and v.service is not None:
            if not cart.has(v.service):
                cart.add(v.service, 1, plan.price(v.service, slot.day), first=True)
        elif v is not None:
            rest = rng.choice((500, 1000, 1500)) if v.leave_rest and slot.last_use else 0
            wanted = v.balance - rest
            while slot.last_use and cart.goods < wanted and len(cart.lines) < 6:
                extra = plan.another_product()
                cart.add(extra, 1, plan.price(extra, slot.day))
        elif cart.lines and rng.random() < 0.04:  # a regular's 10 % on one line
            first = cart.lines[0]
            first.discount = first.unit * first.quantity // 100 * 10
        postings: list[Posting] = [
            (
                BusinessCase.SALE.value,
                line.item.name,
                line.quantity,
                line.unit,
                line.discount,
                line.amount,
                line.item.vat_rate,
                _vat(line.amount, line.item.vat_rate),
                line.item.id,
                None,
            )
            for line in cart.lines
        ]
        goods = cart.goods
        slot.sale_id = sale_id = self.new_id()
        slot.receipt_no = self._next_receipt()
        sold = 0
        for voucher in slot.sold:
            self._issue(voucher, slot, sale_id)
            vs = voucher.sale
            sold += vs.price.cents
            single = vs.treatment is VatTreatment.SINGLE_PURPOSE
            rate = vs.vat_rate if single else None
            postings.append(
                (
                    (
                        BusinessCase.SINGLE_PURPOSE_SALE
                        if single
                        else BusinessCase.MULTI_PURPOSE_SALE
                    ).value,
                    voucher_text(vs),
                    1,
                    vs.value.cents,
                    vs.discount.cents,
                    vs.price.cents,
                    rate,
                    _vat(vs.price.cents, rate) if rate else 0,
                    None,
                    voucher.id,
                )
            )
        redeemed = ledger = 0
        if v is not None and v.service is not None:
            # its service at the day's price; the voucher is used up whatever it cost
            redeemed = next(line.unit for line in cart.lines if line.item is v.service)
            ledger = v.balance
        elif v is not None:
            redeemed = ledger = max(0, min(goods, wanted, v.balance))
        if v is not None and redeemed > 0:
            single = v.sale.treatment is VatTreatment.SINGLE_PURPOSE
            rate = v.sale.vat_rate if single else None
            postings.append(
                (
                    (
                        BusinessCase.SINGLE_PURPOSE_REDEMPTION
                        if single
                        else BusinessCase.MULTI_PURPOSE_REDEMPTION
                    ).value,
                    f"Gutschein {format_code(v.code)} eingelöst",
                    1,
                    -redeemed,
                    0,
                    -redeemed,
                    rate,
                    -_vat(redeemed, rate) if rate else 0,
                    None,
                    v.id,
                )
            )
            v.balance -= ledger
            slot.redeemed = ledger
            self._entry(v.id, slot.at_text, EntryKind.REDEMPTION, -ledger, sale_id, slot.staff)
        else:
            slot.redeems = None
        total = goods + sold - redeemed
        payments = self._payments(total)
        started = _ts(slot.at - dt.timedelta(seconds=rng.randrange(40, 420)))
        self._receipt(
            sale_id,
            slot.receipt_no,
            started,
            slot.at_text,
            slot.staff,
            slot.customer,
            total,
            postings,
            payments,
        )
        slot.postings, slot.total = postings, total
        slot.payments = [(p[0], p[1]) for p in payments]

    def _payments(self, total: int) -> list[tuple[str, int, int | None]]:
        """(method, amount, tendered): card, or cash "passend" or with a note to change."""
        if total <= 0:
            return []  # vouchers paid for everything
        rng = self.rng
        if rng.random() < 0.58:
            return [(PaymentMethod.CARD.value, total, None)]
        r = rng.random()
        tendered: int | None = None
        if r >= 0.35:
            note = 500 if r < 0.65 else (1000 if r < 0.85 else 5000)
            tendered = -(-total // note) * note
        return [(PaymentMethod.CASH.value, total, tendered)]

    def _next_receipt(self) -> int:
        self.receipt_no += 1
        return self.receipt_no

    def _receipt(
        self,
        sale_id: str,
        receipt_no: int,
        started: str,
        finished: str,
        staff: str,
        customer: str | None,
        total: int,
        postings: list[Posting],
        payments: list[tuple[str, int, int | None]],
        *,
        reverses: str | None = None,
        reason: str | None = None,
    ) -> None:
        rows = self.rows
        rows["sales"].append(
            (
                sale_id,
                self.till_id,
                self.location_id,
                receipt_no,
                started,
                finished,
                staff,
                customer,
                total,
                reverses,
                reason,
            )
        )
        lines = rows["sale_lines"]
        for pos, (case, text, qty, unit, disc, amount, rate, vat, item, voucher) in enumerate(
            postings, start=1
        ):
            lines.append(
                (
                    self.new_id(),
                    sale_id,
                    pos,
                    case,
                    text[:120],
                    qty,
                    unit,
                    disc,
                    amount,
                    rate,
                    vat,
                    item,
                    voucher,
                )
            )
        for method, amount, tendered in payments:
            change = tendered - amount if tendered is not None else 0
            rows["sale_payments"].append((self.new_id(), sale_id, method, amount, tendered, change))
        rows["sale_signatures"].append(
            (self.new_id(), sale_id, finished, SignatureState.NO_TSE.value, "{}")
        )
        self.totals.add(total, reverses is not None, postings, [(m, a) for m, a, _t in payments])

    def _issue(self, v: _Voucher, slot: _Slot, sale_id: str) -> None:
        code = new_code(self.rng.randrange)
        while code in self.codes:
            code = new_code(self.rng.randrange)
        self.codes.add(code)
        v.code = code
        vs = v.sale
        v.balance = vs.value.cents
        self.rows["vouchers"].append(
            (
                v.id,
                self.location_id,
                code,
                vs.kind.value,
                vs.treatment.value,
                vs.value.cents,
                vs.vat_rate,
                v.service.id if v.service else None,
                vs.service_name,
                vs.recipient or None,
                vs.message or None,
                v.valid_until.isoformat(),
                sale_id,
                slot.customer,
                vs.price.cents,
                slot.at_text,
                slot.staff,
            )
        )
        self._entry(v.id, slot.at_text, EntryKind.ISSUE, vs.value.cents, sale_id, slot.staff)
        heapq.heappush(self.expiring, (v.valid_until, len(self.codes), v))

    def _entry(
        self,
        voucher_id: str,
        at: str,
        kind: EntryKind,
        amount: int,
        sale_id: str | None,
        staff: str,
        reason: str | None = None,
    ) -> None:
        self.rows["voucher_entries"].append(
            (self.new_id(), voucher_id, at, kind.value, amount, sale_id, staff, reason)
        )

    # --- Storno ------------------------------------------------------------------------

    def _reversal(self, original: _Slot, at: dt.datetime, staff: str) -> None:
        reason = self.rng.choice(STORNO_REASONS)
        now = _ts(at)
        sale_id = self.new_id()
        receipt_no = self._next_receipt()
        postings: list[Posting] = [
            (case, text, -qty, unit, -disc, -amount, rate, -vat, item, voucher)
            for case, text, qty, unit, disc, amount, rate, vat, item, voucher in original.postings
        ]
        payments: list[tuple[str, int, int | None]] = [
            (method, -amount, None) for method, amount in original.payments
        ]
        self._receipt(
            sale_id,
            receipt_no,
            now,
            now,
            staff,
            original.customer,
            -original.total,
            postings,
            payments,
            reverses=original.sale_id,
            reason=reason,
        )
        for v in original.sold:  # never used: the Storno voids it
            self._entry(v.id, now, EntryKind.ISSUE_REVERSAL, -v.balance, sale_id, staff, reason)
            v.balance, v.closed = 0, True
        if original.redeems is not None:
            v = original.redeems
            self._entry(
                v.id, now, EntryKind.REDEMPTION_REVERSAL, original.redeemed, sale_id, staff, reason
            )
            v.balance += original.redeemed
        self._audit(
            now,
            staff,
            "sale_reversed",
            "sale",
            original.sale_id,
            receipt_no=original.receipt_no,
            reversal_receipt_no=receipt_no,
            reason=reason,
        )

    # --- closing -----------------------------------------------------------------------

    def _close(self, at: dt.datetime, staff: str) -> None:
        if self.receipt_no < self.first_open:
            return  # close_day refuses: nothing since the last closing
        # the till page books what expired just before it closes the day
        today = at.astimezone(BERLIN).date()
        booked = _ts(at - dt.timedelta(seconds=2))
        expired = 0
        while self.expiring and self.expiring[0][0] < today:
            _until, _n, v = heapq.heappop(self.expiring)
            if v.closed or v.balance <= 0:
                continue
            self._entry(v.id, booked, EntryKind.EXPIRY, -v.balance, None, staff, EXPIRY_REASON)
            v.balance, v.closed = 0, True
            expired += 1
        if expired:
            self._audit(booked, staff, "vouchers_expired", None, None, count=expired)
        closing_id = self.new_id()
        self.closing_no += 1
        now = _ts(at)
        self.rows["till_closings"].append(
            (
                closing_id,
                self.till_id,
                self.closing_no,
                now,
                staff,
                self.first_open,
                self.receipt_no,
                json.dumps(self.totals.as_json()),
            )
        )
        self._audit(
            now,
            staff,
            "till_closed",
            "till_closing",
            closing_id,
            number=self.closing_no,
            first_receipt_no=self.first_open,
            last_receipt_no=self.receipt_no,
        )
        self.first_open = self.receipt_no + 1
        self.totals = _Totals()

    def _audit(
        self,
        at: str,
        staff: str,
        action: str,
        target_type: str | None,
        target_id: str | None,
        **details: object,
    ) -> None:
        """A row as :func:`belbo_desktop.services.audit.record` writes it."""
        if target_id is not None and len(target_id) == 32:
            target_id = str(uuid.UUID(target_id))
        self.rows["audit_log"].append(
            (
                self.new_id(),
                at,
                staff,
                self.location_id,
                action,
                target_type,
                target_id,
                None,
                json.dumps(details),
            )
        )
