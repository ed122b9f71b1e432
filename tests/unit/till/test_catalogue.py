"""Catalogue: validation changes nothing, rights, and past receipts keep their prices."""

from __future__ import annotations

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.catalogue import ItemInput
from belbo_desktop.domain.errors import PermissionDenied, ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, ItemKind, PaymentMethod
from tests.conftest import Salon
from tests.unit.till.builders import item


@pytest.mark.parametrize(
    ("data", "field", "text"),
    [
        (ItemInput(ItemKind.SERVICE, "  ", Money(100), 19), "name", "Bezeichnung"),
        (ItemInput(ItemKind.SERVICE, "x" * 81, Money(100), 19), "name", "80"),
        (ItemInput(ItemKind.SERVICE, "Tab\there", Money(100), 19), "name", "80"),
        (ItemInput(ItemKind.PRODUCT, "Shampoo", Money(-1), 19), "price", "Preis"),
        (ItemInput(ItemKind.PRODUCT, "Shampoo", Money(1_000_001), 19), "price", "Preis"),
        (ItemInput(ItemKind.PRODUCT, "Shampoo", Money(100), 16), "vat_rate", "19 %"),
    ],
)
def test_invalid_items_are_refused_and_change_nothing(
    app: App, salon: Salon, data: ItemInput, field: str, text: str
) -> None:
    with pytest.raises(ValidationError) as info:
        app.catalogue.create(salon.owner, data)
    assert field in info.value.errors and text in info.value.errors[field].text()
    assert app.catalogue.items(salon.owner, include_inactive=True) == []


def test_front_desk_may_not_change_the_catalogue(app: App, salon: Salon) -> None:
    with pytest.raises(PermissionDenied):
        app.catalogue.create(
            salon.front_desk, ItemInput(ItemKind.SERVICE, "Schnitt", Money(3000), 19)
        )
    assert app.catalogue.items(salon.owner) == []


def test_price_change_applies_to_new_sales_only(app: App, salon: Salon) -> None:
    cut = app.catalogue.create(
        salon.manager, ItemInput(ItemKind.SERVICE, " Herrenschnitt ", Money(2900), 19)
    )
    assert cut.name == "Herrenschnitt" and cut.position == 1
    cart = Cart()
    cart.add_item(item(cut))
    cart.pay(PaymentMethod.CARD)
    sale = app.till.commit(salon.front_desk, cart)
    app.catalogue.update(
        salon.manager, cut.id, ItemInput(ItemKind.SERVICE, "Herrenschnitt", Money(3200), 7, False)
    )
    assert app.catalogue.items(salon.front_desk) == []  # inactive: not offered
    line = app.till.receipt(salon.front_desk, sale.sale_id).lines[0]
    assert (line.amount, line.vat_rate) == (Money(2900), 19)
    actions = [e.action for e in app.audit.entries(salon.owner, target_id=str(cut.id))]
    assert sorted(actions) == ["catalogue_item_changed", "catalogue_item_created"]
