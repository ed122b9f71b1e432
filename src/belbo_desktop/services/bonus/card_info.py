"""Builds the CardInfo a screen shows from card rows (the entries with staff and receipt,
which stamps a counter-entry took back, the date under each circle, whether a card is the
one the customer collects on now) and what the printed card shows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import EntryKind
from belbo_desktop.services.bonus.lookups import _customer
from belbo_desktop.services.bonus.programs import _item_names, _reward_label, _usable
from belbo_desktop.services.bonus.results import CardInfo, EntryInfo, PrintableCard
from belbo_desktop.storage.orm import StaffMember
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from belbo_desktop.storage.orm.sales import Sale


def _card_infos(s: Session, cards: list[BonusCard], today: dt.date) -> list[CardInfo]:
    if not cards:
        return []
    ids = [c.id for c in cards]
    programs = {
        p.id: p
        for p in s.scalars(
            select(BonusProgram).where(BonusProgram.id.in_({c.program_id for c in cards}))
        )
    }
    names = _item_names(s, cards[0].location_id)
    rows = s.execute(
        select(BonusEntry, StaffMember.display_name, Sale.receipt_no)
        .outerjoin(StaffMember, StaffMember.id == BonusEntry.staff_id)
        .outerjoin(Sale, Sale.id == BonusEntry.sale_id)
        .where(BonusEntry.card_id.in_(ids))
        .order_by(BonusEntry.at, BonusEntry.id)
    ).all()
    reversed_ids = set(
        s.scalars(
            select(BonusEntry.reverses_entry_id).where(
                BonusEntry.reverses_entry_id.in_([e.id for e, _, _ in rows])
            )
        )
    )
    by_card: dict[uuid.UUID, list[EntryInfo]] = defaultdict(list)
    for e, staff, receipt_no in rows:
        by_card[e.card_id].append(
            EntryInfo(
                e.id,
                EntryKind(e.kind),
                e.count,
                e.at,
                staff,
                receipt_no,
                e.reason,
                e.reward,
                e.reverses_entry_id,
                e.id in reversed_ids,
            )
        )
    newest: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    for c in s.execute(
        select(BonusCard.program_id, BonusCard.customer_id, func.max(BonusCard.number))
        .where(
            and_(
                BonusCard.customer_id.in_({c.customer_id for c in cards}),
                BonusCard.program_id.in_(set(programs)),
            )
        )
        .group_by(BonusCard.program_id, BonusCard.customer_id)
    ):
        newest[(c[0], c[1])] = c[2]
    infos = []
    for card in cards:
        program = programs[card.program_id]
        entries = tuple(by_card.get(card.id, []))
        stamps = sum(e.count for e in entries)
        redeemed = any(e.kind is EntryKind.REDEMPTION for e in entries)
        infos.append(
            CardInfo(
                id=card.id,
                program_id=program.id,
                program_name=program.name,
                customer_id=card.customer_id,
                number=card.number,
                stamps=stamps,
                needed=card.stamps_needed,
                state=rules.card_state(
                    stamps, card.stamps_needed, redeemed, card.valid_until, today
                ),
                started_at=card.started_at,
                valid_until=card.valid_until,
                reward_label=_reward_label(program, names),
                keeps_collecting=program.keeps_collecting,
                current=newest.get((card.program_id, card.customer_id)) == card.number,
                program_usable=_usable(program),
                stamp_dates=_circles(entries),
                entries=entries,
            )
        )
    return infos


def _circles(entries: tuple[EntryInfo, ...]) -> tuple[dt.datetime, ...]:
    """The date under each filled circle: positive entries add, counter-entries remove
    their own stamp's circles (or the newest, for stamps owed from an earlier card)."""
    circles: list[tuple[uuid.UUID, dt.datetime]] = []
    for e in entries:
        if e.count > 0:
            circles.extend((e.id, e.at) for _ in range(e.count))
        elif e.count < 0:
            own = [i for i, (eid, _) in enumerate(circles) if eid == e.reverses_entry_id]
            drop = own[: -e.count] if own else list(range(len(circles)))[e.count :]
            for i in sorted(drop, reverse=True):
                del circles[i]
    return tuple(at for _, at in circles)


def printable_card(s: Session, location_id: uuid.UUID, info: CardInfo) -> PrintableCard:
    from belbo_desktop.storage.orm import Location

    customer = _customer(s, location_id, info.customer_id)
    location = s.get(Location, location_id)
    assert location is not None
    return PrintableCard(
        business_name=location.name,
        customer_name=f"{customer.first_name} {customer.last_name}".strip(),
        customer_number=customer.number,
        program_name=info.program_name,
        reward_label=info.reward_label,
        needed=info.needed,
        stamps=info.stamps,
        valid_until=info.valid_until,
    )
