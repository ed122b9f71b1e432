"""Bonus fixtures: the demo catalogue, the feature switched on, two programs, a customer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.bonus import EarnRule, ProgramInput, RewardKind
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.catalogue import CatalogueRow, build_demo_catalogue
from belbo_desktop.services.till import SaleResult
from tests.builders import a_customer
from tests.conftest import Salon

Catalogue = dict[str, CatalogueRow]


@pytest.fixture
def catalogue(app: App, salon: Salon) -> Catalogue:
    build_demo_catalogue(app.uow, app.clock, salon.location_id, with_sales=False)  # type: ignore[arg-type]
    return {row.name: row for row in app.catalogue.items(salon.owner)}


def haircut_program(catalogue: Catalogue, **overrides: object) -> ProgramInput:
    values: dict[str, object] = dict(
        name="Jeder 10. Haarschnitt gratis",
        stamps_needed=10,
        reward_kind=RewardKind.SERVICE,
        reward_item_id=catalogue["Herrenhaarschnitt"].id,
        earn_rule=EarnRule.ITEMS,
        earn_item_ids=(catalogue["Herrenhaarschnitt"].id, catalogue["Damenhaarschnitt"].id),
    )
    values.update(overrides)
    return ProgramInput(**values)  # type: ignore[arg-type]


def ems_program(catalogue: Catalogue, **overrides: object) -> ProgramInput:
    values: dict[str, object] = dict(
        name="EMS 8er-Karte",
        stamps_needed=8,
        reward_kind=RewardKind.AMOUNT,
        reward_amount=Money(2000),
        earn_rule=EarnRule.SPEND,
        spend_step=Money(3000),
    )
    values.update(overrides)
    return ProgramInput(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Bonus:
    haircut: uuid.UUID
    ems: uuid.UUID
    customer: uuid.UUID


@pytest.fixture
def bonus(app: App, salon: Salon, catalogue: Catalogue) -> Bonus:
    app.bonus.set_enabled(salon.owner, True)
    haircut = app.bonus.create_program(salon.manager, haircut_program(catalogue))
    ems = app.bonus.create_program(salon.manager, ems_program(catalogue))
    customer = a_customer(app, salon.front_desk)
    return Bonus(haircut, ems, customer.id)


def sell(
    app: App,
    actor: Actor,
    customer_id: uuid.UUID | None,
    *rows: CatalogueRow,
    extra: list[ItemLine] | None = None,
) -> SaleResult:
    cart = Cart(customer_id=customer_id)
    for row in rows:
        cart.add_item(ItemLine(row.name, row.price, row.vat_rate, 1, catalogue_item_id=row.id))
    for line in extra or []:
        cart.add_item(line)
    if cart.total.cents > 0:
        cart.pay(PaymentMethod.CARD)
    return app.till.commit(actor, cart)
