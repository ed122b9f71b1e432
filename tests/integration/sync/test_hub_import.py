"""`belbo hub import`: a PC's database copied into an empty hub, references intact."""

from __future__ import annotations

import time
import types
import uuid

import pytest
from sqlalchemy import Engine, select

from belbo_desktop.bootstrap import App
from belbo_desktop.domain import ids
from belbo_desktop.domain.catalogue import ItemInput, ItemKind
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod
from belbo_desktop.hub import importer
from belbo_desktop.hub.importer import import_sqlite
from belbo_desktop.storage.orm.sales import Sale
from tests.conftest import Salon

pytestmark = pytest.mark.postgres


def test_a_storno_whose_id_sorts_before_its_sale_is_imported(
    app: App, salon: Salon, hub_engine_: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ids are time-ordered; a Storno made on a PC whose clock is behind sorts first, and
    in an import of many pages it must not arrive in a page before its sale's."""
    cut = app.catalogue.create(
        salon.owner, ItemInput(ItemKind.SERVICE, "Damenhaarschnitt", Money(4900), 19)
    )
    cart = Cart()
    cart.add_item(ItemLine(cut.name, cut.price, cut.vat_rate, 1, catalogue_item_id=cut.id))
    cart.pay(PaymentMethod.CARD)
    sale = app.till.commit(salon.front_desk, cart)
    an_hour_ago = time.time_ns() - 3_600 * 10**9
    monkeypatch.setattr(ids, "time", types.SimpleNamespace(time_ns=lambda: an_hour_ago))
    storno = app.till.reverse(salon.manager, sale.sale_id, "Falsch gebucht")
    assert storno.sale_id < sale.sale_id

    monkeypatch.setattr(importer, "PAGE", 1)  # each row its own COPY, as in a large import
    counts = import_sqlite(hub_engine_, app.paths.database, lambda: 1_800_000_000_000)

    assert counts["sales"] == 2
    with hub_engine_.connect() as conn:
        reverses = conn.scalar(select(Sale.reverses_sale_id).where(Sale.id == storno.sale_id))
    assert reverses == sale.sale_id and isinstance(reverses, uuid.UUID)
