"""Program settings: the row's columns from a validated ProgramInput, the unique-name
rule, whether a program still runs, its reward label with the catalogue names it needs,
and the ProgramInfo list with each program's card count."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import EarnRule, ProgramInput, RewardKind
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.money import Money
from belbo_desktop.services.bonus.results import ProgramInfo
from belbo_desktop.storage.orm.bonus import BonusCard, BonusProgram
from belbo_desktop.storage.orm.catalogue import CatalogueItem


def _usable(program: BonusProgram) -> bool:
    return program.active and program.archived_at is None and program.deleted_at is None


def _columns(p: ProgramInput) -> dict[str, object]:
    return dict(
        name=p.name,
        stamps_needed=p.stamps_needed,
        reward_kind=p.reward_kind.value,
        reward_item_id=p.reward_item_id,
        reward_amount_cents=p.reward_amount.cents if p.reward_amount is not None else None,
        reward_text=p.reward_text or None,
        earn_rule=p.earn_rule.value,
        earn_item_ids=[str(i) for i in p.earn_item_ids],
        spend_step_cents=p.spend_step.cents if p.spend_step is not None else None,
        validity_months=p.validity_months,
        keeps_collecting=p.keeps_collecting,
        active=p.active,
    )


def _item_ids(s: Session, location_id: uuid.UUID) -> set[uuid.UUID]:
    return set(
        s.scalars(
            select(CatalogueItem.id).where(
                CatalogueItem.location_id == location_id, CatalogueItem.deleted_at.is_(None)
            )
        )
    )


def _item_names(s: Session, location_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return dict(
        s.execute(
            select(CatalogueItem.id, CatalogueItem.name).where(
                CatalogueItem.location_id == location_id
            )
        ).all()
    )


def _reward_label(program: BonusProgram, names: dict[uuid.UUID, str]) -> str:
    return rules.reward_label(
        RewardKind(program.reward_kind),
        names.get(program.reward_item_id) if program.reward_item_id else None,
        Money(program.reward_amount_cents) if program.reward_amount_cents is not None else None,
        program.reward_text or "",
    )


def _program_info(p: BonusProgram, names: dict[uuid.UUID, str], cards: int) -> ProgramInfo:
    return ProgramInfo(
        id=p.id,
        name=p.name,
        stamps_needed=p.stamps_needed,
        reward_kind=RewardKind(p.reward_kind),
        reward_item_id=p.reward_item_id,
        reward_amount=Money(p.reward_amount_cents) if p.reward_amount_cents is not None else None,
        reward_text=p.reward_text or "",
        reward_label=_reward_label(p, names),
        earn_rule=EarnRule(p.earn_rule),
        earn_item_ids=tuple(uuid.UUID(str(i)) for i in p.earn_item_ids),
        spend_step=Money(p.spend_step_cents) if p.spend_step_cents is not None else None,
        validity_months=p.validity_months,
        keeps_collecting=p.keeps_collecting,
        active=p.active,
        archived=p.archived_at is not None,
        cards=cards,
    )


def _check_unique_name(
    s: Session, location_id: uuid.UUID, name: str, program_id: uuid.UUID | None
) -> None:
    stmt = select(BonusProgram.id, BonusProgram.name).where(
        BonusProgram.location_id == location_id,
        BonusProgram.deleted_at.is_(None),
        BonusProgram.archived_at.is_(None),
    )
    for pid, other in s.execute(stmt):
        if pid != program_id and other.casefold() == name.casefold():
            raise ValidationError({"name": Message("bonus_name_taken", {"name": name})})


def program_infos(s: Session, location_id: uuid.UUID, include_archived: bool) -> list[ProgramInfo]:
    stmt = select(BonusProgram).where(
        BonusProgram.location_id == location_id, BonusProgram.deleted_at.is_(None)
    )
    if not include_archived:
        stmt = stmt.where(BonusProgram.archived_at.is_(None))
    programs = s.scalars(stmt.order_by(BonusProgram.created_at)).all()
    counts = dict(
        s.execute(
            select(BonusCard.program_id, func.count(func.distinct(BonusCard.customer_id)))
            .where(BonusCard.location_id == location_id)
            .group_by(BonusCard.program_id)
        ).all()
    )
    names = _item_names(s, location_id)
    return [_program_info(p, names, counts.get(p.id, 0)) for p in programs]
