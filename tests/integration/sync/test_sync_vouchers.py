"""Two tills offline redeem the same voucher: both sales stand, the hub flags the voucher.

This is the issue's "done when": two PCs, one offline for a day, both selling vouchers
and editing customers, end with the same customers, the same ledgers with nothing lost,
and a clear flag on the overdrawn voucher.
"""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from belbo_desktop.domain.catalogue import ItemInput, ItemKind
from belbo_desktop.domain.money import Money
from belbo_desktop.storage.orm.sales import Sale
from belbo_desktop.storage.orm.vouchers import VoucherEntry
from tests.builders import a_customer
from tests.integration.sync.conftest import assert_converged, dump
from tests.unit.till.builders import a_voucher_sold, redeem

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("hub_engine_", ["postgresql", "sqlite"], indirect=True)
def test_a_voucher_redeemed_on_two_offline_tills_keeps_both_sales_and_is_flagged(make_pc):
    front, back = make_pc("kasse"), make_pc("buero")
    owner_front, owner_back = front.login(), back.login()
    haircut = front.app.catalogue.create(
        owner_front, ItemInput(ItemKind.SERVICE, "Damenhaarschnitt", Money(4000), 19)
    )
    voucher = a_voucher_sold(front.app, owner_front, 5000)
    customer = a_customer(front.app, owner_front, first_name="Greta", last_name="Groß")
    front.sync()
    back.sync()  # both know the voucher now; then the back office goes offline for a day

    back.clock.advance(hours=3)
    row_back = next(r for r in back.app.catalogue.items(owner_back) if r.id == haircut.id)
    redeem(back.app, owner_back, voucher.display_code, row_back, cents=4000)
    form = back.app.customers.get(owner_back, customer.id).to_input()
    back.app.customers.update(owner_back, customer.id, dataclasses.replace(form, city="Köln"))
    front.clock.advance(hours=5)
    front_sale = redeem(front.app, owner_front, voucher.display_code, haircut, cents=4000)
    form = front.app.customers.get(owner_front, customer.id).to_input()
    front.app.customers.update(owner_front, customer.id, dataclasses.replace(form, notes="Tee"))
    a_voucher_sold(back.app, owner_back, 2500)

    back.clock.advance(days=1)
    for pc in (back, front, back):
        pc.sync()

    assert_converged(dump(front.app.uow), dump(back.app.uow))
    for pc in (front, back):
        with pc.app.uow.read() as s:
            balance = s.scalar(
                select(func.sum(VoucherEntry.amount_cents)).where(
                    VoucherEntry.voucher_id == voucher.id
                )
            )
            sales = s.scalar(select(func.count()).select_from(Sale))
        assert balance == -3000  # 50 € issued, 2 × 40 € taken: both sales stand
        assert sales == 4
        flags = pc.app.sync.flags(pc.login())
        assert [f.text() for f in flags] == [
            f"Gutschein {voucher.display_code} überzogen um 30,00\xa0€"
        ]
        detail = pc.app.customers.get(pc.login(), customer.id)
        assert (detail.city, detail.notes) == ("Köln", "Tee")

    # A manager cancels the front's redemption (Storno): 10 € are left, the hub resolves
    # the flag it raised in an earlier push, and every PC stops showing it.
    front.app.till.reverse(front.login(), front_sale.sale_id, "Gutschein doppelt eingelöst")
    for pc in (front, back, front):
        pc.sync()
    assert_converged(dump(front.app.uow), dump(back.app.uow))
    for pc in (front, back):
        assert pc.app.vouchers.lookup(pc.login(), voucher.code).balance == Money(1000)
        assert pc.app.sync.flags(pc.login()) == []
