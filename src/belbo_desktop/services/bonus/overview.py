"""The overview page's queries: per program its open and full cards, the stamps given this
month and the rewards redeemed, and the customers whose current card is full."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, Subquery, case, func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.bonus import EntryKind
from belbo_desktop.services.bonus.programs import _item_names, _reward_label
from belbo_desktop.services.bonus.results import FullCardRow, OverviewRow
from belbo_desktop.services.ports import BERLIN
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram


def program_overview(s: Session, location_id: uuid.UUID, today: dt.date) -> list[OverviewRow]:
    month_start = dt.datetime(today.year, today.month, 1, tzinfo=BERLIN).astimezone(dt.UTC)
    programs = s.scalars(
        select(BonusProgram)
        .where(
            BonusProgram.location_id == location_id,
            BonusProgram.deleted_at.is_(None),
        )
        .order_by(BonusProgram.archived_at.is_not(None), BonusProgram.created_at)
    ).all()
    per_program = _open_card_counts(s, location_id, today)
    stamps = dict(
        s.execute(
            select(BonusCard.program_id, func.coalesce(func.sum(BonusEntry.count), 0))
            .join(BonusCard, BonusCard.id == BonusEntry.card_id)
            .where(
                BonusCard.location_id == location_id,
                BonusEntry.kind.in_((EntryKind.STAMP.value, EntryKind.REVERSAL.value)),
                BonusEntry.at >= month_start,
            )
            .group_by(BonusCard.program_id)
        ).all()
    )
    redeemed: defaultdict[uuid.UUID, int] = defaultdict(int)
    for pid, kind, n in s.execute(
        select(BonusCard.program_id, BonusEntry.kind, func.count())
        .join(BonusCard, BonusCard.id == BonusEntry.card_id)
        .where(
            BonusCard.location_id == location_id,
            BonusEntry.kind.in_((EntryKind.REDEMPTION.value, EntryKind.RESTORE.value)),
        )
        .group_by(BonusCard.program_id, BonusEntry.kind)
    ):
        redeemed[pid] += n if kind == EntryKind.REDEMPTION.value else -n
    return [
        OverviewRow(
            p.id,
            p.name,
            p.active,
            p.archived_at is not None,
            per_program.get(p.id, (0, 0))[0],
            int(stamps.get(p.id, 0)),
            redeemed.get(p.id, 0),
            per_program.get(p.id, (0, 0))[1],
        )
        for p in programs
    ]


def full_card_rows(s: Session, location_id: uuid.UUID, limit: int) -> list[FullCardRow]:
    """A full card has entries, so the query starts from the ledger's per-card sums (one
    pass over a covering index) and looks up only the full cards' rows.
    """
    ledger = _card_sums()
    rows = s.execute(
        select(
            BonusCard.id,
            Customer.id,
            Customer.number,
            Customer.first_name,
            Customer.last_name,
            BonusProgram,
            ledger.c.stamps,
            BonusCard.stamps_needed,
        )
        .select_from(ledger)
        .join(BonusCard, BonusCard.id == ledger.c.card_id)
        .join(Customer, Customer.id == BonusCard.customer_id)
        .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
        .where(
            BonusCard.location_id == location_id,
            ledger.c.redeemed == 0,
            ledger.c.stamps >= BonusCard.stamps_needed,
            Customer.deleted_at.is_(None),
            BonusProgram.deleted_at.is_(None),
        )
        .order_by(Customer.sort_key, Customer.number)
        .limit(limit)
    ).all()
    names = _item_names(s, location_id)
    return [
        FullCardRow(
            card_id,
            cid,
            number,
            f"{first} {last}".strip(),
            program.name,
            int(stamps),
            needed,
            _reward_label(program, names),
        )
        for card_id, cid, number, first, last, program, stamps, needed in rows
    ]


def _card_sums() -> Subquery:
    """Per card its stamps and whether it is redeemed: one pass over a covering index."""
    closed = case((BonusEntry.kind == EntryKind.REDEMPTION.value, 1), else_=0)
    return (
        select(
            BonusEntry.card_id,
            func.sum(BonusEntry.count).label("stamps"),
            func.max(closed).label("redeemed"),
        )
        .group_by(BonusEntry.card_id)
        .subquery()
    )


def _open_cards_query(
    location_id: uuid.UUID, today: dt.date
) -> Select[uuid.UUID, uuid.UUID, uuid.UUID, int, Any]:
    """Each customer's current, unredeemed, unexpired-or-full card with its stamps."""
    stamps = _card_sums()
    n = func.coalesce(stamps.c.stamps, 0)
    return (
        select(
            BonusCard.id.label("card_id"),
            BonusCard.program_id,
            BonusCard.customer_id,
            BonusCard.stamps_needed.label("needed"),
            n.label("stamps"),
        )
        .join(BonusProgram, BonusProgram.id == BonusCard.program_id)
        .outerjoin(stamps, stamps.c.card_id == BonusCard.id)
        .where(
            BonusCard.location_id == location_id,
            BonusProgram.deleted_at.is_(None),
            func.coalesce(stamps.c.redeemed, 0) == 0,
            (BonusCard.valid_until.is_(None))
            | (BonusCard.valid_until >= today)
            | (n >= BonusCard.stamps_needed),
        )
    )


def _open_card_counts(
    s: Session, location_id: uuid.UUID, today: dt.date
) -> dict[uuid.UUID, tuple[int, int]]:
    cards = _open_cards_query(location_id, today).subquery()
    result: dict[uuid.UUID, tuple[int, int]] = {}
    for pid, full, n in s.execute(
        select(cards.c.program_id, cards.c.stamps >= cards.c.needed, func.count()).group_by(
            cards.c.program_id, cards.c.stamps >= cards.c.needed
        )
    ):
        total, full_n = result.get(pid, (0, 0))
        result[pid] = (total + int(n), full_n + (int(n) if full else 0))
    return result
