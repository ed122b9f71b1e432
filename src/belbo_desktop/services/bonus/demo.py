"""Demo data for the bonus feature (``belbo demo``): the switch on, two programs, and cards
in every state for the first customers, written with bulk inserts."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import insert, select

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import EarnRule, EntryKind, RewardKind
from belbo_desktop.domain.ids import new_id
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import Customer, Setting, StaffMember
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from belbo_desktop.storage.orm.catalogue import CatalogueItem
from belbo_desktop.storage.unit_of_work import UnitOfWork


def build_demo_bonus(
    uow: UnitOfWork, clock: Clock, location_id: uuid.UUID, *, cards: int = 120, seed: int = 3
) -> None:
    """Switch the feature on with two demo programs and cards in every state (bulk insert)."""
    import random

    rng = random.Random(seed)
    now = clock.now()
    with uow.write() as s:
        items = dict(
            s.execute(
                select(CatalogueItem.name, CatalogueItem.id).where(
                    CatalogueItem.location_id == location_id
                )
            ).all()
        )
        staff_id = s.scalar(
            select(StaffMember.id).where(StaffMember.location_id == location_id).limit(1)
        )
        customer_ids = list(
            s.scalars(
                select(Customer.id)
                .where(Customer.location_id == location_id)
                .order_by(Customer.number)
                .limit(cards)
            )
        )
        s.add(Setting(location_id=location_id, key=rules.FEATURE_KEY, value=True))
        haircuts = [items[n] for n in ("Damenhaarschnitt", "Herrenhaarschnitt") if n in items]
        ems = items.get("EMS-Training (20 Min.)")
        programs = [
            dict(
                id=new_id(),
                name="Jeder 10. Haarschnitt gratis",
                stamps_needed=10,
                reward_kind=RewardKind.SERVICE.value if haircuts else RewardKind.TEXT.value,
                reward_item_id=items.get("Herrenhaarschnitt"),
                reward_text=None if haircuts else "Haarschnitt gratis",
                earn_rule=EarnRule.ITEMS.value if haircuts else EarnRule.MANUAL.value,
                earn_item_ids=[str(i) for i in haircuts],
                keeps_collecting=False,
            ),
            dict(
                id=new_id(),
                name="EMS 8er-Karte",
                stamps_needed=8,
                reward_kind=RewardKind.TEXT.value,
                reward_item_id=None,
                reward_text="Ein EMS-Training gratis",
                earn_rule=EarnRule.ITEMS.value if ems else EarnRule.MANUAL.value,
                earn_item_ids=[str(ems)] if ems else [],
                keeps_collecting=True,
            ),
        ]
        for p in programs:
            p.update(
                location_id=location_id,
                reward_amount_cents=None,
                spend_step_cents=None,
                validity_months=None,
                active=True,
                archived_at=None,
                created_at=now,
                updated_at=now,
                deleted_at=None,
            )
        s.execute(insert(BonusProgram), programs)
        card_rows: list[dict[str, object]] = []
        entry_rows: list[dict[str, object]] = []

        def entry(
            card: uuid.UUID, kind: EntryKind, count: int, at: dt.datetime, **kw: object
        ) -> None:
            entry_rows.append(
                dict(
                    id=new_id(),
                    card_id=card,
                    kind=kind.value,
                    count=count,
                    at=at,
                    staff_id=staff_id,
                    sale_id=None,
                    reverses_entry_id=None,
                    reason=kw.get("reason"),
                    reward=kw.get("reward"),
                )
            )

        for i, customer_id in enumerate(customer_ids):
            program = programs[0] if i % 3 else programs[1]
            needed = int(program["stamps_needed"])  # type: ignore[call-overload]
            started = now - dt.timedelta(days=rng.randrange(30, 200))
            number = 1
            if rng.random() < 0.25:  # an earlier card, redeemed
                started = now - dt.timedelta(days=rng.randrange(300, 400))
                old = rules.card_id(program["id"], customer_id, 1)  # type: ignore[arg-type]
                card_rows.append(_demo_card(old, program, customer_id, location_id, 1, started))
                for k in range(needed):
                    entry(
                        old,
                        EntryKind.STAMP,
                        1,
                        started + dt.timedelta(days=14 * k),
                        reason="Papierkarte übertragen" if k == 0 else None,
                    )
                entry(
                    old,
                    EntryKind.REDEMPTION,
                    0,
                    started + dt.timedelta(days=14 * needed),
                    reward="Herrenhaarschnitt gratis"
                    if program is programs[0]
                    else "Ein EMS-Training gratis",
                )
                started += dt.timedelta(days=14 * needed)
                number = 2
            cid = rules.card_id(program["id"], customer_id, number)  # type: ignore[arg-type]
            card_rows.append(_demo_card(cid, program, customer_id, location_id, number, started))
            stamps = needed if rng.random() < 0.15 else rng.randrange(0, needed)
            for k in range(stamps):
                at = min(now, started + dt.timedelta(days=rng.randrange(3, 12) * (k + 1)))
                entry(cid, EntryKind.STAMP, 1, at, reason="Besuch" if k % 4 == 0 else None)
        if card_rows:
            s.execute(insert(BonusCard), card_rows)
        if entry_rows:
            s.execute(insert(BonusEntry), entry_rows)


def _demo_card(
    card_id: uuid.UUID,
    program: dict[str, object],
    customer_id: uuid.UUID,
    location_id: uuid.UUID,
    number: int,
    started: dt.datetime,
) -> dict[str, object]:
    return dict(
        id=card_id,
        program_id=program["id"],
        customer_id=customer_id,
        location_id=location_id,
        number=number,
        stamps_needed=program["stamps_needed"],
        started_at=started,
        valid_until=None,
        started_by_id=None,
    )
