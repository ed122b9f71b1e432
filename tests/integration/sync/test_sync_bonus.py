"""Two tills offline redeem the same full bonus card: both rewards stand, the hub flags it.

Redeemed twice means: the card's ledger holds more than one redemption entry that no
restore entry counter-books (hub/flags.py). One redemption raises nothing.
"""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from sqlalchemy import func, select

from belbo_desktop.domain.bonus import EarnRule, EntryKind, ProgramInput, RewardKind
from belbo_desktop.domain.catalogue import ItemInput, ItemKind
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart
from belbo_desktop.storage.orm.bonus import BonusEntry
from belbo_desktop.storage.orm.sync import SyncFlag
from tests.builders import a_customer
from tests.integration.sync.conftest import PC, assert_converged, dump

pytestmark = pytest.mark.postgres

PROGRAM = ProgramInput(
    name="10. Schnitt gratis",
    stamps_needed=2,
    reward_kind=RewardKind.TEXT,
    reward_text="Ein Haarschnitt gratis",
    earn_rule=EarnRule.MANUAL,
)


def a_full_card(
    front: PC, back: PC, program_input: ProgramInput = PROGRAM
) -> tuple[uuid.UUID, uuid.UUID]:
    """A customer's full card, known to both PCs: (card id, customer id)."""
    owner = front.login()
    front.app.bonus.set_enabled(owner, True)
    program = front.app.bonus.create_program(owner, program_input)
    customer = a_customer(front.app, owner, first_name="Anna", last_name="Müller")
    card = front.app.bonus.activate(owner, customer.id, program)
    front.app.bonus.stamp(owner, card.id, "Papierkarte übertragen", count=2)
    front.sync()
    back.sync()
    return card.id, customer.id


def redemptions(pc: PC, card_id: uuid.UUID) -> int:
    with pc.app.uow.read() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(BonusEntry)
                .where(BonusEntry.card_id == card_id, BonusEntry.kind == EntryKind.REDEMPTION)
            )
            or 0
        )


def test_a_card_redeemed_on_two_offline_tills_keeps_both_rewards_and_is_flagged(make_pc, hub):
    front, back = make_pc("kasse"), make_pc("buero")
    card_id, customer_id = a_full_card(front, back)

    back.clock.advance(hours=2)  # both offline now
    back.app.bonus.redeem(back.login(), card_id, "Kundin war da")
    front.clock.advance(hours=3)
    front.app.bonus.redeem(front.login(), card_id)

    for pc in (back, front, back, front):
        pc.sync()

    assert_converged(dump(front.app.uow), dump(back.app.uow))
    expected = (
        "Bonuskarte Nr. 1 von Anna Müller (Programm „10. Schnitt gratis“) wurde offline "
        "mehrfach eingelöst: 2 Prämien für 1 volle Karte."
    )
    for pc in (front, back):
        assert redemptions(pc, card_id) == 2  # both rewards stand
        flags = pc.app.sync.flags(pc.login())
        assert [f.text() for f in flags] == [expected]
        assert flags[0].text("en") == (
            "Bonus card no. 1 of Anna Müller (program “10. Schnitt gratis”) was redeemed "
            "more than once offline: 2 rewards for 1 full card."
        )
        assert flags[0].target_id == str(card_id)
    with hub.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SyncFlag)) == 1

    # another sync raises nothing new; the flag names the customer by number once erased
    front.sync()
    with hub.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SyncFlag)) == 1
    flag = front.app.sync.flags(front.login())[0]
    assert flag.params["customer_id"] == str(customer_id)
    assert "Anna" not in str(flag.params.get("program"))


def test_a_card_redeemed_once_raises_no_flag(make_pc, hub):
    front, back = make_pc("kasse"), make_pc("buero")
    card_id, _ = a_full_card(front, back)

    back.app.bonus.redeem(back.login(), card_id)
    for pc in (back, front, back):
        pc.sync()

    assert_converged(dump(front.app.uow), dump(back.app.uow))
    for pc in (front, back):
        assert redemptions(pc, card_id) == 1
        assert pc.app.sync.flags(pc.login()) == []
    with hub.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SyncFlag)) == 0


def test_a_storno_of_one_reward_sale_resolves_the_flag_on_every_pc(make_pc, hub):
    """Both tills gave the reward offline; the manager cancels one reward sale (Storno):
    one reward stands, so the hub resolves the flag and every PC stops showing it."""
    front, back = make_pc("kasse"), make_pc("buero")
    haircut = front.app.catalogue.create(
        front.login(), ItemInput(ItemKind.SERVICE, "Damenhaarschnitt", Money(4000), 19)
    )
    free_haircut = dataclasses.replace(
        PROGRAM, reward_kind=RewardKind.SERVICE, reward_text="", reward_item_id=haircut.id
    )
    card_id, customer_id = a_full_card(front, back, free_haircut)

    back.clock.advance(hours=2)  # both offline now
    back.app.bonus.redeem(back.login(), card_id, "Kundin war da")
    front.clock.advance(hours=3)
    owner = front.login()
    line = front.app.bonus.reward_line(owner, card_id)
    assert line is not None
    cart = Cart(customer_id=customer_id)
    cart.add_item(line)
    reward_sale = front.app.till.commit(owner, cart)

    for pc in (back, front, back):
        pc.sync()
    assert len(back.app.sync.flags(back.login())) == 1

    front.app.till.reverse(front.login(), reward_sale.sale_id, "Prämie doppelt gegeben")
    for pc in (front, back, front):
        pc.sync()  # the hub resolves the flag it raised in an earlier push

    assert_converged(dump(front.app.uow), dump(back.app.uow))
    for pc in (front, back):
        assert pc.app.sync.flags(pc.login()) == []
    with hub.engine.connect() as conn:
        flag = conn.execute(select(SyncFlag.resolved_at)).one()
        assert flag.resolved_at is not None
