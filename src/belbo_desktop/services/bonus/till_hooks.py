"""What a till sale does to the cards, inside the sale's own transaction: rewards given,
stamps earned (each card at most once per sale), a Storno's counter-entries, and the
lines the receipt prints about them."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, EarnRule, EntryKind, RewardKind
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase, ItemLine
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.bonus.ledger import CardLedger
from belbo_desktop.services.bonus.lookups import (
    _counter_card,
    _enabled,
    _latest_cards,
    _require_enabled,
    _reversal_of,
)
from belbo_desktop.services.ports import local_today
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from belbo_desktop.storage.orm.catalogue import CatalogueItem
from belbo_desktop.storage.orm.sales import Sale

if TYPE_CHECKING:
    from belbo_desktop.services.till import CommittedSale


def apply_sale(s: Session, ledger: CardLedger, actor: Actor, sale: CommittedSale) -> None:
    """A Storno takes back what the cancelled sale did; any other sale first gives the
    rewards on its lines, then stamps the customer's activated cards it earns on."""
    if sale.reverses_sale_id is not None:
        _reverse_sale(s, ledger, actor, sale.sale_id, sale.reverses_sale_id)
        return
    reward_cards = [ln.bonus_card_id for ln in sale.lines if ln.bonus_card_id is not None]
    if sale.customer_id is None:
        if reward_cards:
            raise ValidationError({"cart": Message("bonus_reward_wrong_customer")})
        return
    if not reward_cards and not _enabled(s, sale.location_id):
        return
    if reward_cards:
        _require_enabled(s, sale.location_id)
    for cid in dict.fromkeys(reward_cards):
        card = s.get(BonusCard, cid)
        if card is None or card.customer_id != sale.customer_id:
            raise ValidationError({"cart": Message("bonus_reward_wrong_customer")})
        ledger.redeem(s, actor, card, sale_id=sale.sale_id, note=None)
    views = [
        rules.SaleLineView(
            ln.catalogue_item_id,
            ln.amount,
            ln.business_case is BusinessCase.SALE,
            # a free reward line; a line with an amount off still counts as bought
            ln.bonus_card_id is not None and ln.amount.cents == 0,
        )
        for ln in sale.lines
    ]
    today = local_today(ledger.clock)
    programs = s.scalars(
        select(BonusProgram).where(
            BonusProgram.location_id == sale.location_id,
            BonusProgram.deleted_at.is_(None),
            BonusProgram.archived_at.is_(None),
            BonusProgram.active.is_(True),
            BonusProgram.earn_rule != EarnRule.MANUAL.value,
        )
    ).all()
    earning: dict[uuid.UUID, tuple[BonusProgram, int]] = {}
    for program in programs:
        earned = rules.stamps_earned(
            EarnRule(program.earn_rule),
            views,
            frozenset(uuid.UUID(str(i)) for i in program.earn_item_ids),
            Money(program.spend_step_cents) if program.spend_step_cents else None,
        )
        if earned > 0:
            earning[program.id] = (program, earned)
    if not earning:
        return
    latest = _latest_cards(s, sale.customer_id, set(earning))
    if not latest:
        return  # none of these programs is activated for this customer
    already = set(
        s.scalars(
            select(BonusCard.program_id)
            .join(BonusEntry, BonusEntry.card_id == BonusCard.id)
            .where(BonusEntry.sale_id == sale.sale_id, BonusEntry.kind == EntryKind.STAMP.value)
        )
    )
    for program_id, (card, stamps, redeemed) in latest.items():
        if program_id in already:
            continue  # this sale has stamped this program's card already
        program, earned = earning[program_id]
        state = rules.card_state(stamps, card.stamps_needed, redeemed, card.valid_until, today)
        if state not in (CardState.COLLECTING, CardState.FULL):
            card, stamps = ledger.start_card(s, actor, program, sale.customer_id, card), 0
        room = rules.room_for(stamps, card.stamps_needed, program.keeps_collecting, earned)
        if room > 0:
            ledger.add_entry(s, actor, card.id, EntryKind.STAMP, room, sale_id=sale.sale_id)


def receipt_lines(s: Session, sale_id: uuid.UUID) -> list[str]:
    rows = s.execute(
        select(BonusEntry, BonusCard, BonusProgram.name)
        .join(BonusCard, BonusCard.id == BonusEntry.card_id)
        .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
        .where(BonusEntry.sale_id == sale_id)
        .order_by(BonusEntry.at, BonusEntry.id)
    ).all()
    notes: list[str] = []
    for entry, card, name in rows:
        if entry.kind == EntryKind.REDEMPTION.value:
            notes.append(f"Bonusprämie eingelöst: {entry.reward or name}")
            continue
        if entry.kind == EntryKind.CARRY.value:
            continue
        stamps = s.scalar(
            select(func.coalesce(func.sum(BonusEntry.count), 0)).where(
                BonusEntry.card_id == card.id, BonusEntry.at <= entry.at
            )
        )
        progress = rules.progress_text(int(stamps or 0), card.stamps_needed)
        if entry.kind == EntryKind.STAMP.value:
            notes.append(f"Bonuskarte „{name}“: {progress}")
        else:
            notes.append(f"Bonuskarte „{name}“: Storno, jetzt {progress}")
    return notes


def _reverse_sale(
    s: Session, ledger: CardLedger, actor: Actor, reversal_id: uuid.UUID, original_id: uuid.UUID
) -> None:
    """Counter-entries for the stamps and rewards of a cancelled sale."""
    today = local_today(ledger.clock)
    receipt_no = s.scalar(select(Sale.receipt_no).where(Sale.id == original_id))
    reason = f"Storno Beleg Nr. {receipt_no}"
    entries = s.scalars(
        select(BonusEntry)
        .where(
            BonusEntry.sale_id == original_id,
            BonusEntry.kind.in_((EntryKind.STAMP.value, EntryKind.REDEMPTION.value)),
        )
        .order_by(BonusEntry.at, BonusEntry.id)
    ).all()
    for entry in entries:
        if _reversal_of(s, entry.id) is not None:
            continue
        card = s.get(BonusCard, entry.card_id)
        assert card is not None
        target = _counter_card(s, card, today)
        if entry.kind == EntryKind.STAMP.value:
            ledger.add_entry(
                s,
                actor,
                target.id,
                EntryKind.REVERSAL,
                -entry.count,
                sale_id=reversal_id,
                reason=reason,
                reverses=entry.id,
            )
        else:
            ledger.add_entry(
                s,
                actor,
                target.id,
                EntryKind.RESTORE,
                card.stamps_needed,
                sale_id=reversal_id,
                reason=reason,
                reverses=entry.id,
            )


def reward_item_line(s: Session, card: BonusCard) -> ItemLine | None:
    program = s.get(BonusProgram, card.program_id)
    assert program is not None
    if program.reward_kind != RewardKind.SERVICE.value or program.reward_item_id is None:
        return None
    item = s.get(CatalogueItem, program.reward_item_id)
    if item is None:
        return None
    price = Money(item.price_cents)
    return ItemLine(
        f"Bonusprämie: {item.name}"[:120],
        price,
        item.vat_rate,
        1,
        discount=price,
        catalogue_item_id=item.id,
        bonus_card_id=card.id,
    )
