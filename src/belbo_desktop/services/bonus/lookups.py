"""Lookups the service, the ledger and the till's hooks share: the feature switch, one
program, customer or card of the location (NotFound otherwise), a card's stamps,
redemption and state (always derived from its append-only entries), and which hand stamp
may still be taken back."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import CardState, EntryKind
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.storage.orm import Customer, Setting
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram


def _enabled(s: Session, location_id: uuid.UUID) -> bool:
    value = s.scalar(
        select(Setting.value).where(
            Setting.location_id == location_id, Setting.key == rules.FEATURE_KEY
        )
    )
    return value is True


def _require_enabled(s: Session, location_id: uuid.UUID) -> None:
    if not _enabled(s, location_id):
        raise ValidationError({"feature": Message("bonus_feature_off")})


def _program(s: Session, location_id: uuid.UUID, program_id: uuid.UUID) -> BonusProgram:
    program = s.get(BonusProgram, program_id)
    if program is None or program.location_id != location_id or program.deleted_at is not None:
        raise NotFound(Message("not_found", {"what": "Bonusprogramm"}))
    return program


def _customer(s: Session, location_id: uuid.UUID, customer_id: uuid.UUID) -> Customer:
    customer = s.get(Customer, customer_id)
    if customer is None or customer.location_id != location_id or customer.deleted_at is not None:
        raise NotFound(Message("not_found", {"what": "Kunde"}))
    return customer


def _card(s: Session, location_id: uuid.UUID, card_id: uuid.UUID) -> BonusCard:
    card = s.get(BonusCard, card_id)
    if card is None or card.location_id != location_id:
        raise NotFound(Message("not_found", {"what": "Bonuskarte"}))
    return card


def _last_card(s: Session, program_id: uuid.UUID, customer_id: uuid.UUID) -> BonusCard | None:
    return s.scalars(
        select(BonusCard)
        .where(BonusCard.program_id == program_id, BonusCard.customer_id == customer_id)
        .order_by(BonusCard.number.desc())
        .limit(1)
    ).first()


def _latest_cards(
    s: Session, customer_id: uuid.UUID, program_ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[BonusCard, int, bool]]:
    """Per program the customer's newest card with its stamps and whether it is redeemed,
    in one query (a customer has a handful of cards)."""
    redeemed = case((BonusEntry.kind == EntryKind.REDEMPTION.value, 1), else_=0)
    rows = s.execute(
        select(
            BonusCard,
            func.coalesce(func.sum(BonusEntry.count), 0),
            func.coalesce(func.max(redeemed), 0),
        )
        .outerjoin(BonusEntry, BonusEntry.card_id == BonusCard.id)
        .where(BonusCard.customer_id == customer_id, BonusCard.program_id.in_(program_ids))
        .group_by(BonusCard.id)
    ).all()
    latest: dict[uuid.UUID, tuple[BonusCard, int, bool]] = {}
    for card, stamps, closed in rows:
        known = latest.get(card.program_id)
        if known is None or card.number > known[0].number:
            latest[card.program_id] = (card, int(stamps), bool(closed))
    return latest


def _stamps(s: Session, card_id: uuid.UUID) -> int:
    return int(
        s.scalar(
            select(func.coalesce(func.sum(BonusEntry.count), 0)).where(
                BonusEntry.card_id == card_id
            )
        )
        or 0
    )


def _redeemed(s: Session, card_id: uuid.UUID) -> bool:
    return (
        s.scalar(
            select(BonusEntry.id).where(
                BonusEntry.card_id == card_id, BonusEntry.kind == EntryKind.REDEMPTION.value
            )
        )
        is not None
    )


def _is_open(s: Session, card: BonusCard, today: dt.date) -> bool:
    """Collecting or full: not redeemed, and not expired unless already full."""
    state = rules.card_state(
        _stamps(s, card.id), card.stamps_needed, _redeemed(s, card.id), card.valid_until, today
    )
    return state in (CardState.COLLECTING, CardState.FULL)


def _reversal_of(s: Session, entry_id: uuid.UUID) -> uuid.UUID | None:
    return s.scalar(select(BonusEntry.id).where(BonusEntry.reverses_entry_id == entry_id))


def _counter_card(s: Session, card: BonusCard, today: dt.date) -> BonusCard:
    """Where a correction goes: the card itself while it is not redeemed, else the card
    the customer collects on now (a stamp already rewarded is owed by the next card)."""
    if not _redeemed(s, card.id):
        return card
    last = _last_card(s, card.program_id, card.customer_id)
    return last if last is not None else card


def reversible_stamp(
    s: Session, location_id: uuid.UUID, entry_id: uuid.UUID
) -> tuple[BonusEntry, BonusCard]:
    """A stamp given by hand and not yet taken back; a sale's stamp goes with a Storno."""
    entry = s.get(BonusEntry, entry_id)
    card = s.get(BonusCard, entry.card_id) if entry else None
    if entry is None or card is None or card.location_id != location_id:
        raise NotFound(Message("bonus_stamp_not_found"))
    if entry.kind != EntryKind.STAMP.value:
        raise NotFound(Message("bonus_stamp_not_found"))
    if entry.sale_id is not None:
        raise ValidationError({"entry": Message("bonus_stamp_by_sale")})
    if _reversal_of(s, entry.id) is not None:
        raise ValidationError({"entry": Message("bonus_stamp_already_reversed")})
    return entry, card
