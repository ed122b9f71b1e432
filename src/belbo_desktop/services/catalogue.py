"""The catalogue of services and products, managed in Einstellungen, sold at the till."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from belbo_desktop.domain.catalogue import ItemInput, validate_item
from belbo_desktop.domain.errors import NotFound
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import (
    Cart,
    ItemKind,
    ItemLine,
    PaymentMethod,
    Redemption,
    VoucherSale,
)
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import StaffMember
from belbo_desktop.storage.orm.catalogue import CatalogueItem
from belbo_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CatalogueRow:
    id: uuid.UUID
    kind: ItemKind
    name: str
    price: Money
    vat_rate: int
    active: bool
    position: int


def _row(item: CatalogueItem) -> CatalogueRow:
    return CatalogueRow(
        item.id,
        ItemKind(item.kind),
        item.name,
        Money(item.price_cents),
        item.vat_rate,
        item.active,
        item.position,
    )


class CatalogueService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    def items(self, actor: Actor, *, include_inactive: bool = False) -> list[CatalogueRow]:
        """Everyone who can sell sees the catalogue; services first, then products."""
        if not (actor.can(Right.SELL) or actor.can(Right.MANAGE_CATALOGUE)):
            actor.require(Right.SELL)
        stmt = select(CatalogueItem).where(
            CatalogueItem.location_id == actor.location_id, CatalogueItem.deleted_at.is_(None)
        )
        if not include_inactive:
            stmt = stmt.where(CatalogueItem.active.is_(True))
        stmt = stmt.order_by(CatalogueItem.kind.desc(), CatalogueItem.position, CatalogueItem.name)
        with self.uow.read() as s:
            return [_row(i) for i in s.scalars(stmt)]

    def vat_rates_in_use(self, actor: Actor) -> set[int]:
        return {i.vat_rate for i in self.items(actor)}

    def get(self, actor: Actor, item_id: uuid.UUID) -> CatalogueRow:
        with self.uow.read() as s:
            item = s.get(CatalogueItem, item_id)
            if item is None or item.location_id != actor.location_id or item.deleted_at:
                raise NotFound(Message("till_item_unknown"))
            return _row(item)

    def create(self, actor: Actor, data: ItemInput) -> CatalogueRow:
        actor.require(Right.MANAGE_CATALOGUE)
        data = validate_item(data)
        with self.uow.write() as s:
            last = s.scalar(
                select(CatalogueItem.position)
                .where(CatalogueItem.location_id == actor.location_id)
                .order_by(CatalogueItem.position.desc())
                .limit(1)
            )
            item = CatalogueItem(
                location_id=actor.location_id,
                kind=data.kind.value,
                name=data.name,
                price_cents=data.price.cents,
                vat_rate=data.vat_rate,
                active=data.active,
                position=(last or 0) + 1,
                created_at=self.clock.now(),
                updated_at=self.clock.now(),
            )
            s.add(item)
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "catalogue_item_created",
                target_type="catalogue_item",
                target_id=item.id,
                name=data.name,
                price_cents=data.price.cents,
                vat_rate=data.vat_rate,
            )
            return _row(item)

    def update(self, actor: Actor, item_id: uuid.UUID, data: ItemInput) -> CatalogueRow:
        """Past receipts keep the price and rate they were sold at."""
        actor.require(Right.MANAGE_CATALOGUE)
        data = validate_item(data)
        with self.uow.write() as s:
            item = s.get(CatalogueItem, item_id)
            if item is None or item.location_id != actor.location_id or item.deleted_at:
                raise NotFound(Message("till_item_unknown"))
            old = _row(item)
            item.kind = data.kind.value
            item.name = data.name
            item.price_cents = data.price.cents
            item.vat_rate = data.vat_rate
            item.active = data.active
            item.updated_at = self.clock.now()
            audit.record(
                s,
                self.clock,
                actor,
                "catalogue_item_changed",
                target_type="catalogue_item",
                target_id=item.id,
                old={
                    "name": old.name,
                    "price_cents": old.price.cents,
                    "vat_rate": old.vat_rate,
                    "active": old.active,
                },
                new={
                    "name": data.name,
                    "price_cents": data.price.cents,
                    "vat_rate": data.vat_rate,
                    "active": data.active,
                },
            )
            return _row(item)


DEMO_CATALOGUE: tuple[tuple[ItemKind, str, str, int], ...] = (
    (ItemKind.SERVICE, "Damenhaarschnitt", "49.00", 19),
    (ItemKind.SERVICE, "Herrenhaarschnitt", "29.00", 19),
    (ItemKind.SERVICE, "Kinderhaarschnitt", "19.00", 19),
    (ItemKind.SERVICE, "Waschen, Föhnen", "25.00", 19),
    (ItemKind.SERVICE, "Färben", "65.00", 19),
    (ItemKind.SERVICE, "Strähnen", "85.00", 19),
    (ItemKind.SERVICE, "Hautanalyse", "35.00", 19),
    (ItemKind.SERVICE, "Gesichtsbehandlung klassisch", "69.00", 19),
    (ItemKind.SERVICE, "Maniküre", "32.00", 19),
    (ItemKind.SERVICE, "EMS-Training (20 Min.)", "39.00", 19),
    (ItemKind.SERVICE, "EMS-Probetraining", "19.00", 19),
    (ItemKind.PRODUCT, "Shampoo Repair 250 ml", "18.90", 19),
    (ItemKind.PRODUCT, "Haarkur Intensiv", "24.50", 19),
    (ItemKind.PRODUCT, "Feuchtigkeitscreme 50 ml", "29.90", 19),
    (ItemKind.PRODUCT, "Fachbuch Haarpflege", "14.00", 7),
)


def build_demo_catalogue(
    uow: UnitOfWork,
    clock: Clock,
    location_id: uuid.UUID,
    *,
    with_sales: bool = True,
    till_file: Path | None = None,
) -> None:
    """Demo services and products for a new demo salon, and a few vouchers sold.

    ``till_file``: the PC's till file, so the app sells on at the demo's till."""
    now = clock.now()
    rows = [
        dict(
            location_id=location_id,
            kind=kind.value,
            name=name,
            price_cents=Money.euros(price).cents,
            vat_rate=rate,
            active=True,
            position=pos,
            created_at=now,
            updated_at=now,
        )
        for pos, (kind, name, price, rate) in enumerate(DEMO_CATALOGUE, start=1)
    ]
    with uow.write() as s:
        s.execute(insert(CatalogueItem), rows)
    if with_sales:
        sell_demo_vouchers(uow, clock, location_id, till_file)


class _SeededRandom:
    """Deterministic voucher codes for demo data (never for real vouchers)."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def token_bytes(self, n: int) -> bytes:
        return self._rng.randbytes(n)

    def randbelow(self, n: int) -> int:
        return self._rng.randrange(n)


def sell_demo_vouchers(
    uow: UnitOfWork, clock: Clock, location_id: uuid.UUID, till_file: Path | None
) -> None:
    """Today's vouchers, sold and redeemed by the demo front desk through the till: their
    recipients and dedications are the ones the screenshots and handouts show."""
    from belbo_desktop.services.signing import NoTse
    from belbo_desktop.services.staff import actor_of
    from belbo_desktop.services.till import TillService
    from belbo_desktop.services.vouchers import VoucherService

    with uow.read() as s:
        member = s.scalars(
            select(StaffMember)
            .where(StaffMember.location_id == location_id)
            .order_by(StaffMember.role)  # front desk first
        ).first()
        actor = actor_of(member) if member is not None else None
        items = {
            i.name: _row(i)
            for i in s.scalars(
                select(CatalogueItem).where(CatalogueItem.location_id == location_id)
            )
        }
    if actor is None:
        return
    till = TillService(uow, clock, _SeededRandom(7), NoTse(), till_file=till_file)
    vouchers = VoucherService(uow, clock)
    sold = []
    for cents, recipient, message in (
        (5000, "Oma Inge", "Alles Liebe zum Geburtstag!"),
        (2500, "Lena", "Danke fürs Blumengießen."),
        (10000, "Familie Öztürk", "Frohe Weihnachten!"),
    ):
        cart = Cart()
        cart.add_vouchers(
            VoucherSale(
                VoucherKind.VALUE,
                Money(cents),
                VatTreatment.MULTI_PURPOSE,
                None,
                recipient=recipient,
                message=message,
            )
        )
        cart.pay(PaymentMethod.CASH, Money(cents))
        sold.append(till.commit(actor, cart).vouchers[0])
    cut = items.get("Damenhaarschnitt")
    if cut is not None:
        cart = Cart()
        cart.add_vouchers(
            VoucherSale(
                VoucherKind.SERVICE,
                cut.price,
                VatTreatment.SINGLE_PURPOSE,
                cut.vat_rate,
                cut.id,
                cut.name,
                recipient="Marie",
            )
        )
        cart.pay(PaymentMethod.CARD)
        till.commit(actor, cart)
    colour = items.get("Färben")
    if colour is not None:
        info = vouchers.lookup(actor, sold[2].code)
        cart = Cart()
        cart.add_item(
            ItemLine(colour.name, colour.price, colour.vat_rate, catalogue_item_id=colour.id)
        )
        cart.add_redemption(
            Redemption(info.id, info.display_code, colour.price, info.treatment, info.vat_rate)
        )
        till.commit(actor, cart)
