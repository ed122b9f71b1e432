"""Stamps from two PCs that sold offline: after syncing, both have every stamp once."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from belbo_desktop.domain.bonus import EarnRule, ProgramInput, RewardKind
from belbo_desktop.domain.catalogue import ItemInput, ItemKind
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry
from tests.builders import a_customer
from tests.integration.sync.conftest import assert_converged, dump

pytestmark = pytest.mark.postgres


def _sell(pc, actor, customer_id, row) -> None:  # type: ignore[no-untyped-def]
    cart = Cart(customer_id=customer_id)
    cart.add_item(ItemLine(row.name, row.price, row.vat_rate, catalogue_item_id=row.id))
    cart.pay(PaymentMethod.CARD)
    pc.app.till.commit(actor, cart)


def test_stamps_from_two_offline_tills_are_neither_doubled_nor_lost(make_pc) -> None:  # type: ignore[no-untyped-def]
    front, back = make_pc("kasse"), make_pc("buero")
    owner_front, owner_back = front.login(), back.login()
    cut = front.app.catalogue.create(
        owner_front, ItemInput(ItemKind.SERVICE, "Herrenhaarschnitt", Money(2900), 19)
    )
    front.app.bonus.set_enabled(owner_front, True)
    program = front.app.bonus.create_program(
        owner_front,
        ProgramInput(
            "Jeder 10. Haarschnitt gratis",
            10,
            RewardKind.SERVICE,
            EarnRule.ITEMS,
            reward_item_id=cut.id,
            earn_item_ids=(cut.id,),
        ),
    )
    customer = a_customer(front.app, owner_front)
    card = front.app.bonus.activate(owner_front, customer.id, program)
    front.sync()
    back.sync()  # both know the program and the card; then both work offline

    row_back = next(r for r in back.app.catalogue.items(owner_back) if r.id == cut.id)
    back.clock.advance(hours=2)
    _sell(back, owner_back, customer.id, row_back)
    back.app.bonus.stamp(owner_back, card.id, "Papierkarte nachgetragen")
    front.clock.advance(hours=3)
    _sell(front, owner_front, customer.id, cut)
    _sell(front, owner_front, customer.id, cut)

    for pc in (back, front, back, front):
        pc.sync()

    assert_converged(dump(front.app.uow), dump(back.app.uow))
    for pc in (front, back):
        with pc.app.uow.read() as s:
            assert s.scalar(select(func.count()).select_from(BonusCard)) == 1
            assert s.scalar(select(func.count()).select_from(BonusEntry)) == 4
        assert pc.app.bonus.card(pc.login(), card.id).stamps == 4
    pc.sync()  # syncing again changes nothing
    assert back.app.bonus.card(owner_back, card.id).stamps == 4


def test_one_card_when_two_pcs_activate_the_same_program_offline(make_pc) -> None:  # type: ignore[no-untyped-def]
    front, back = make_pc("kasse"), make_pc("buero")
    owner_front, owner_back = front.login(), back.login()
    front.app.bonus.set_enabled(owner_front, True)
    program = front.app.bonus.create_program(
        owner_front,
        ProgramInput("EMS 8er-Karte", 8, RewardKind.TEXT, EarnRule.MANUAL, reward_text="Gratis"),
    )
    customer = a_customer(front.app, owner_front)
    front.sync()
    back.sync()

    back.clock.advance(hours=1)
    on_back = back.app.bonus.activate(owner_back, customer.id, program)
    back.app.bonus.stamp(owner_back, on_back.id, "Training")
    front.clock.advance(hours=2)
    on_front = front.app.bonus.activate(owner_front, customer.id, program)
    front.app.bonus.stamp(owner_front, on_front.id, "Training")
    assert on_back.id == on_front.id

    for pc in (back, front, back, front):
        pc.sync()

    for pc, actor in ((front, owner_front), (back, owner_back)):
        [card] = pc.app.bonus.cards(actor, customer.id)
        assert card.stamps == 2
    assert_converged(dump(front.app.uow), dump(back.app.uow))
