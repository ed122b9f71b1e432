"""The till's services on the hub's PostgreSQL: same schema, same rules, row locks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Role
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod, Redemption
from belbo_desktop.domain.vouchers import VoucherState
from belbo_desktop.services.locations import BusinessData, LocationService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import FixedClock, SystemRandom
from belbo_desktop.services.signing import NoTse
from belbo_desktop.services.staff import StaffService
from belbo_desktop.services.till import TillService
from belbo_desktop.services.vouchers import VoucherService
from belbo_desktop.storage.migrate import upgrade_engine
from belbo_desktop.storage.unit_of_work import UnitOfWork
from tests.postgres import throwaway_database
from tests.unit.till.builders import value_voucher

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_uow() -> Iterator[UnitOfWork]:
    with throwaway_database("belbo_test_till") as engine:
        upgrade_engine(engine)
        yield UnitOfWork(engine)


def test_sell_redeem_and_reverse_on_postgresql(pg_uow: UnitOfWork) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC))
    location = LocationService(pg_uow, clock).create(None, BusinessData(name="Hub-Salon"))
    staff = StaffService(pg_uow, clock, Hasher.fast())
    staff.create_staff(
        None,
        location_id=location,
        username="chefin",
        display_name="Chefin",
        role=Role.OWNER,
        password="richtig-geheim",
        pin="1111",
    )
    owner = staff.login("chefin", "richtig-geheim")
    till = TillService(pg_uow, clock, SystemRandom(), NoTse())
    vouchers = VoucherService(pg_uow, clock)

    cart = Cart()
    cart.add_vouchers(value_voucher(5000))
    cart.pay(PaymentMethod.CASH, Money(5000))
    sold = till.commit(owner, cart).vouchers[0]
    info = vouchers.check_redeemable(owner, sold.display_code)
    cart = Cart()
    cart.add_item(ItemLine("Färben", Money(6500), 19))
    cart.add_redemption(
        Redemption(info.id, info.display_code, Money(5000), info.treatment, info.vat_rate)
    )
    cart.pay(PaymentMethod.CARD)
    sale = till.commit(owner, cart)
    assert vouchers.lookup(owner, sold.code).state is VoucherState.REDEEMED
    with pytest.raises(ValidationError):
        till.commit(owner, cart)  # the same balance cannot be spent twice
    till.reverse(owner, sale.sale_id, "Falsch gebucht")
    assert vouchers.lookup(owner, sold.code).balance == Money(5000)
    report = till.close_day(owner)
    assert (report.first_receipt_no, report.last_receipt_no) == (1, 3)
    with pytest.raises(Exception, match="append-only"), pg_uow.write() as s:
        s.execute(text("UPDATE sales SET total_cents = 0"))
