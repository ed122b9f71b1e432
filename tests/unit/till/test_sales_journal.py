"""The sales journal: a customer's purchases and the till's receipts, by number, name or
day, in keyset pages that neither skip nor repeat a receipt."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import PermissionDenied
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.sales import Cart, PaymentMethod
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.till import SaleResult
from belbo_desktop.services.till.journal import SalesQuery
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold, item, redeem

Catalogue = dict[str, CatalogueRow]


def without(actor: Actor, right: Right) -> Actor:
    return dataclasses.replace(actor, rights=actor.rights - {right})


def sell(
    app: App,
    salon: Salon,
    *lines: tuple[CatalogueRow, int],
    customer: uuid.UUID | None = None,
    cash: bool = False,
) -> SaleResult:
    cart = Cart(customer_id=customer)
    for row, quantity in lines:
        cart.add_item(item(row, quantity))
    cart.pay(PaymentMethod.CASH if cash else PaymentMethod.CARD)
    return app.till.commit(salon.front_desk, cart)


def test_a_customers_purchases_newest_first_with_items_payments_and_storno(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    anna = a_customer(app, salon.owner).id
    other = a_customer(app, salon.owner, first_name="Ben", email="ben@example.de").id
    first = sell(app, salon, (catalogue["Damenhaarschnitt"], 1), customer=anna)
    sell(app, salon, (catalogue["Färben"], 1), customer=other)
    second = sell(
        app,
        salon,
        (catalogue["Waschen, Föhnen"], 2),
        (catalogue["Färben"], 1),
        customer=anna,
        cash=True,
    )
    storno = app.till.reverse(salon.manager, first.sale_id, "Falsch gebucht")

    page = app.sales_journal.page(salon.front_desk, SalesQuery(customer_id=anna))
    assert [r.receipt_no for r in page.rows] == [
        storno.receipt_no,
        second.receipt_no,
        first.receipt_no,
    ]
    newest, middle, oldest = page.rows
    assert newest.reverses_receipt_no == first.receipt_no and newest.total == Money(-4900)
    assert middle.items == ("2 × Waschen, Föhnen", "Färben")
    assert middle.payments == (PaymentMethod.CASH,)
    assert middle.customer_name == "Anna Müller" and middle.staff_name
    assert oldest.reversed and not middle.reversed
    assert page.next is None


def test_pages_follow_each_other_without_gaps_or_repeats(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    sold = [sell(app, salon, (catalogue["Damenhaarschnitt"], 1)).receipt_no for _ in range(7)]
    seen: list[int] = []
    page = app.sales_journal.page(salon.front_desk, SalesQuery(), limit=3)
    seen += [r.receipt_no for r in page.rows]
    while page.next is not None:
        page = app.sales_journal.page(salon.front_desk, SalesQuery(), page.next, limit=3)
        seen += [r.receipt_no for r in page.rows]
    assert seen == sorted(sold, reverse=True)


def test_search_by_receipt_number_or_customer_name(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    greta = a_customer(app, salon.owner, first_name="Greta", last_name="Groß", email="g@ex.de")
    hers = sell(app, salon, (catalogue["Färben"], 1), customer=greta.id)
    other = sell(app, salon, (catalogue["Damenhaarschnitt"], 1))
    journal = app.sales_journal

    found = journal.page(salon.front_desk, SalesQuery(text=str(other.receipt_no))).rows
    assert [r.id for r in found] == [other.sale_id]
    for typed in ("gross", "GRE", "greta groß"):
        rows = journal.page(salon.front_desk, SalesQuery(text=typed)).rows
        assert [r.id for r in rows] == [hers.sale_id], typed
    assert journal.page(salon.front_desk, SalesQuery(text="Nobody")).rows == ()
    assert journal.page(salon.front_desk, SalesQuery(text="  ")).rows != ()


def test_a_day_in_berlin_time(app: App, salon: Salon, catalogue: Catalogue) -> None:
    clock = app.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2026, 3, 28, 22, 30, tzinfo=dt.UTC))  # 23:30 in Berlin
    late = sell(app, salon, (catalogue["Färben"], 1))
    clock.set(dt.datetime(2026, 3, 28, 23, 30, tzinfo=dt.UTC))  # 00:30 on the 29th
    after_midnight = sell(app, salon, (catalogue["Färben"], 1))

    def day(d: dt.date) -> list[int]:
        page = app.sales_journal.page(salon.front_desk, SalesQuery(day=d))
        return [r.receipt_no for r in page.rows]

    assert day(dt.date(2026, 3, 28)) == [late.receipt_no]
    assert day(dt.date(2026, 3, 29)) == [after_midnight.receipt_no]


def test_merged_files_purchases_count_for_the_survivor(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    old = a_customer(app, salon.owner).id
    new = a_customer(app, salon.owner, email="anna.neu@example.de").id
    bought = sell(app, salon, (catalogue["Färben"], 1), customer=old)
    preview = app.customer_merge.preview(salon.manager, new, old)
    app.customer_merge.merge(salon.manager, new, old, preview.suggested_choices())
    rows = app.sales_journal.page(salon.front_desk, SalesQuery(customer_id=new)).rows
    assert [r.id for r in rows] == [bought.sale_id]


def test_rights_the_journal_needs_selling_a_customers_purchases_viewing(
    app: App, salon: Salon
) -> None:
    a_voucher_sold(app, salon.front_desk, 2000)
    customer = a_customer(app, salon.owner).id
    cannot_sell = without(salon.front_desk, Right.SELL)
    with pytest.raises(PermissionDenied):
        app.sales_journal.page(cannot_sell, SalesQuery())
    assert app.sales_journal.page(cannot_sell, SalesQuery(customer_id=customer)).rows == ()
    with pytest.raises(PermissionDenied):
        app.sales_journal.page(
            without(salon.front_desk, Right.VIEW_CUSTOMERS), SalesQuery(customer_id=customer)
        )


def test_a_voucher_payment_shows_as_payment_not_as_an_item(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 2000)
    paid = redeem(app, salon.front_desk, voucher.code, catalogue["Färben"])
    (row,) = app.sales_journal.page(salon.front_desk, SalesQuery(text=str(paid.receipt_no))).rows
    assert row.items == ("Färben",)
    assert row.voucher_paid and row.payments == (PaymentMethod.CARD,)
