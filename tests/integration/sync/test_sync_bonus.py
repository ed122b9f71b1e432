"""Two tills offline redeem the same full bonus card: both rewards stand, the hub flags it.

Redeemed twice means: the card's ledger holds more than one redemption entry that no
restore entry counter-books (hub/flags.py). One redemption raises nothing.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from belbo_desktop.domain.bonus import EarnRule, EntryKind, ProgramInput, RewardKind
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


def a_full_card(front: PC, back: PC) -> tuple[uuid.UUID, uuid.UUID]:
    """A customer's full card, known to both PCs: (card id, customer id)."""
    owner = front.login()
    front.app.bonus.set_enabled(owner, True)
    program = front.app.bonus.create_program(owner, PROGRAM)
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
