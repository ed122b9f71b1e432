"""The writes that change a card: starting the next one, appending an entry, redeeming a
full card. The service's hand stamps and the till's hooks both go through here, so a card
starts, fills and closes the same way wherever it happens."""

from __future__ import annotations

import uuid

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import EntryKind
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.messages import Message
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.bonus.lookups import _last_card, _redeemed, _stamps
from belbo_desktop.services.bonus.programs import _item_names, _reward_label, _usable
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram

ENTRIES: Table = BonusEntry.__table__  # type: ignore[assignment]


class CardLedger:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def start_card(
        self,
        s: Session,
        actor: Actor,
        program: BonusProgram,
        customer_id: uuid.UUID,
        previous: BonusCard | None,
    ) -> BonusCard:
        number = previous.number + 1 if previous is not None else 1
        now = self.clock.now()
        valid_until = (
            rules.add_months(local_today(self.clock), program.validity_months)
            if program.validity_months
            else None
        )
        card = BonusCard(
            id=rules.card_id(program.id, customer_id, number),
            program_id=program.id,
            customer_id=customer_id,
            location_id=program.location_id,
            number=number,
            stamps_needed=program.stamps_needed,
            started_at=now,
            valid_until=valid_until,
            started_by_id=actor.staff_id,
        )
        s.add(card)
        s.flush()
        return card

    def add_entry(
        self,
        s: Session,
        actor: Actor,
        card_id: uuid.UUID,
        kind: EntryKind,
        count: int,
        *,
        sale_id: uuid.UUID | None = None,
        reason: str | None = None,
        reverses: uuid.UUID | None = None,
        reward: str | None = None,
    ) -> uuid.UUID:
        entry_id = new_id()
        # a Core insert on the session's connection: the ORM's bulk path answers a
        # self-referencing table with a result the sync capture cannot pass on
        s.connection().execute(
            insert(ENTRIES),
            [
                dict(
                    id=entry_id,
                    card_id=card_id,
                    kind=kind.value,
                    count=count,
                    at=self.clock.now(),
                    staff_id=actor.staff_id,
                    sale_id=sale_id,
                    reverses_entry_id=reverses,
                    reason=reason,
                    reward=reward[:120] if reward else None,
                )
            ],
        )
        return entry_id

    def redeem(
        self,
        s: Session,
        actor: Actor,
        card: BonusCard,
        *,
        sale_id: uuid.UUID | None,
        note: str | None,
    ) -> BonusCard | None:
        program = s.get(BonusProgram, card.program_id)
        assert program is not None
        last = _last_card(s, card.program_id, card.customer_id)
        if _redeemed(s, card.id) or last is None or last.id != card.id:
            raise ValidationError({"card": Message("bonus_card_closed")})
        stamps = _stamps(s, card.id)
        if stamps < card.stamps_needed:
            progress = rules.progress_text(stamps, card.stamps_needed)
            raise ValidationError({"card": Message("bonus_card_not_full", {"progress": progress})})
        label = _reward_label(program, _item_names(s, card.location_id))
        self.add_entry(
            s,
            actor,
            card.id,
            EntryKind.REDEMPTION,
            0,
            sale_id=sale_id,
            reason=note,
            reward=label,
        )
        if not _usable(program):
            return None
        new = self.start_card(s, actor, program, card.customer_id, card)
        surplus = stamps - card.stamps_needed
        if surplus > 0:
            self.add_entry(s, actor, new.id, EntryKind.CARRY, surplus, sale_id=sale_id)
        return new
