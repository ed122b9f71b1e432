"""The Gutscheine overview's reads: windows in keyset order, state filters as
``voucher_state`` decides them, and a search by code, recipient or buyer."""

from __future__ import annotations

import datetime as dt

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, PaymentMethod
from belbo_desktop.domain.vouchers import VoucherKind, VoucherState
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.vouchers import StateFilter, VoucherQuery, VoucherService
from belbo_desktop.storage import voucher_search
from tests.builders import a_customer
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold, redeem, value_voucher

Catalogue = dict[str, CatalogueRow]


def _codes(app: App, salon: Salon, query: VoucherQuery) -> list[str]:
    return [v.code for v in app.vouchers.page(salon.owner, query, 0, 100)]


def test_windows_follow_each_other_in_overview_order(
    app: App, salon: Salon, clock: FixedClock
) -> None:
    for i in range(7):
        a_voucher_sold(app, salon.front_desk, 1000 + i * 100)
        if i % 3:  # some sold in the same instant: the id decides
            clock.advance(minutes=5)
    everything = app.vouchers.page(salon.owner, VoucherQuery(), 0, 100)
    windows, after = [], None
    while True:
        window = app.vouchers.page(salon.owner, VoucherQuery(), limit=3, after=after)
        if not window:
            break
        windows += window
        after = window[-1].cursor
    assert [v.id for v in windows] == [v.id for v in everything]
    assert [v.id for v in app.vouchers.page(salon.owner, VoucherQuery(), 3, 3)] == [
        v.id for v in everything[3:6]
    ]


def test_a_voucher_paid_out_stays_cancelled_when_a_redemption_is_given_back(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    sale = redeem(app, salon.front_desk, voucher.code, catalogue["Färben"], 2000)
    app.till.refund_voucher(salon.owner, voucher.id, "Umzug")
    app.till.reverse(salon.owner, sale.sale_id, "Falsch gebucht")  # gives 20 € back
    info = app.vouchers.lookup(salon.owner, voucher.code)
    assert info.balance == Money(2000) and info.state is VoucherState.CANCELLED
    for state in StateFilter:
        found = _codes(app, salon, VoucherQuery(state=state))
        expected = state in (StateFilter.ALL, StateFilter.CANCELLED)
        assert (found == [voucher.code]) is expected, state
        assert app.vouchers.count(salon.owner, VoucherQuery(state=state)) == int(expected)


def test_expired_by_date_or_by_entry_is_expired(
    app: App, salon: Salon, catalogue: Catalogue, clock: FixedClock
) -> None:
    unused = a_voucher_sold(app, salon.front_desk, 5000)
    used = a_voucher_sold(app, salon.front_desk, 3000)
    redeem(app, salon.front_desk, used.code, catalogue["Färben"])
    clock.set(dt.datetime(2030, 1, 2, 10, tzinfo=dt.UTC))
    expired = VoucherQuery(state=StateFilter.EXPIRED)
    assert _codes(app, salon, expired) == [unused.code]
    assert app.vouchers.expire_due(salon.owner) == 1
    assert _codes(app, salon, expired) == [unused.code]
    assert app.vouchers.count(salon.owner, expired) == 1
    assert _codes(app, salon, VoucherQuery(state=StateFilter.REDEEMED)) == [used.code]
    assert app.vouchers.count(salon.owner, VoucherQuery(state=StateFilter.USABLE)) == 0


def test_search_finds_code_prefixes_recipients_and_buyers_by_name(app: App, salon: Salon) -> None:
    kuehn = a_customer(app, salon.owner, first_name="Jörg", last_name="Kühn")
    meyer = a_customer(app, salon.owner, first_name="Lena", last_name="Meyer", email=None)
    bought: dict[str, str] = {}
    for customer, recipient in ((kuehn, "Oma Inge"), (meyer, "Jonas")):
        cart = Cart(customer_id=customer.id)
        cart.add_vouchers(value_voucher(3000, recipient=recipient))
        cart.pay(PaymentMethod.CARD)
        bought[customer.last_name] = app.till.commit(salon.front_desk, cart).vouchers[0].code
    anonymous = a_voucher_sold(app, salon.front_desk, 2500, recipient="Tante Gisela")
    app.customers.set_archived(salon.owner, meyer.id, True)  # still the buyer

    def found(text: str) -> set[str]:
        query = VoucherQuery(text)
        codes = _codes(app, salon, query)
        assert app.vouchers.count(salon.owner, query) == len(codes)
        return set(codes)

    assert found("küh") == found("Jörg K") == {bought["Kühn"]}
    assert found("meyer") == {bought["Meyer"]}
    assert found("inge") == {bought["Kühn"]}  # anywhere in the recipient
    assert found("gisela") == {anonymous.code}
    assert found(anonymous.display_code[:8].lower()) == {anonymous.code}
    assert found("xq") == set()
    with_state = VoucherQuery("küh", StateFilter.ACTIVE)
    assert app.vouchers.count(salon.owner, with_state) == 1


def test_counts_follow_every_sale_cancellation_and_day(
    app: App, salon: Salon, catalogue: Catalogue, clock: FixedClock
) -> None:
    def counts() -> dict[StateFilter, int]:
        return {f: app.vouchers.count(salon.owner, VoucherQuery(state=f)) for f in StateFilter}

    first = a_voucher_sold(app, salon.front_desk, 5000)
    assert counts()[StateFilter.ACTIVE] == 1
    redeem(app, salon.front_desk, first.code, catalogue["Färben"], 1000)
    assert counts()[StateFilter.PARTLY_REDEEMED] == 1 and counts()[StateFilter.ACTIVE] == 0
    second = a_voucher_sold(app, salon.front_desk, 2500)
    assert counts()[StateFilter.ALL] == 2 and counts()[StateFilter.USABLE] == 2
    app.vouchers.cancel(salon.owner, second.id, "Irrtum")
    assert counts()[StateFilter.CANCELLED] == 1 and counts()[StateFilter.USABLE] == 1
    clock.set(dt.datetime(2030, 1, 2, 10, tzinfo=dt.UTC))  # nothing booked, a new day
    assert counts()[StateFilter.EXPIRED] == 1 and counts()[StateFilter.USABLE] == 0
    value = VoucherQuery(state=StateFilter.EXPIRED, kind=VoucherKind.VALUE)
    service = VoucherQuery(state=StateFilter.EXPIRED, kind=VoucherKind.SERVICE)
    assert app.vouchers.count(salon.owner, value) == 1
    assert app.vouchers.count(salon.owner, service) == 0


def test_the_first_window_and_its_count_in_one(app: App, salon: Salon) -> None:
    for i in range(5):
        a_voucher_sold(app, salon.front_desk, 1000 + i * 100, recipient=f"Inge {i}")
    a_voucher_sold(app, salon.front_desk, 5000, recipient="Bernd")
    for query in (VoucherQuery(), VoucherQuery("inge"), VoucherQuery("inge", StateFilter.USABLE)):
        window = app.vouchers.overview(salon.owner, query, 3)
        assert window.total == app.vouchers.count(salon.owner, query)
        assert window.rows == app.vouchers.page(salon.owner, query, 0, 3)
    assert app.vouchers.overview(salon.owner, VoucherQuery("inge"), 3).total == 5


def test_words_naming_too_many_customers_find_by_code_and_recipient_only(
    app: App, salon: Salon, monkeypatch: pytest.MonkeyPatch
) -> None:
    kuehn = a_customer(app, salon.owner, first_name="Jörg", last_name="Kühn")
    cart = Cart(customer_id=kuehn.id)
    cart.add_vouchers(value_voucher(3000, recipient="Kühne"))
    cart.pay(PaymentMethod.CARD)
    bought = app.till.commit(salon.front_desk, cart).vouchers[0]
    a_voucher_sold(app, salon.front_desk, 2500, recipient="Oma Inge")
    assert _codes(app, salon, VoucherQuery("jörg")) == [bought.code]
    monkeypatch.setattr(voucher_search, "BUYER_MATCHES_MAX", 0)  # as a first letter at 200,000
    assert _codes(app, salon, VoucherQuery("jörg")) == []
    assert _codes(app, salon, VoucherQuery("kühn")) == [bought.code]  # the recipient


def test_counts_kept_up_to_date_equal_counts_made_afresh(
    app: App, salon: Salon, catalogue: Catalogue
) -> None:
    def counts(service: VoucherService) -> list[int]:
        return [
            service.count(salon.owner, VoucherQuery(state=f, kind=k))
            for f in StateFilter
            for k in (None, *VoucherKind)
        ]

    sold = [a_voucher_sold(app, salon.front_desk, 1000 * (i + 1)) for i in range(4)]
    counts(app.vouchers)  # counted once, then kept up to date
    sale = redeem(app, salon.front_desk, sold[0].code, catalogue["Färben"])
    redeem(app, salon.front_desk, sold[1].code, catalogue["Fachbuch Haarpflege"])
    app.till.reverse(salon.owner, sale.sale_id, "Falsch gebucht")
    app.vouchers.cancel(salon.owner, sold[2].id, "Irrtum")
    app.till.refund_voucher(salon.owner, sold[3].id, "Umzug")
    a_voucher_sold(app, salon.front_desk, 2500)
    assert counts(app.vouchers) == counts(VoucherService(app.uow, app.clock))
