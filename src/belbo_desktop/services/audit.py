"""The append-only audit log: written inside the same transaction as the action."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain.rights import Right
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import AuditEntry, StaffMember
from belbo_desktop.storage.unit_of_work import UnitOfWork


def record(
    session: Session,
    clock: Clock,
    actor: Actor | None,
    action: str,
    *,
    target_type: str | None = None,
    target_id: uuid.UUID | str | None = None,
    summary: str | None = None,
    location_id: uuid.UUID | None = None,
    **details: object,
) -> None:
    """Add an audit entry to the current transaction. Details hold ids, never secrets.

    Without an actor (failed logins, set-up) pass ``location_id`` so the entry is
    still shown in that location's log.
    """
    session.add(
        AuditEntry(
            at=clock.now(),
            staff_id=actor.staff_id if actor else None,
            location_id=actor.location_id if actor else location_id,
            action=action,
            target_type=target_type,
            target_id=str(target_id) if target_id is not None else None,
            summary=summary,
            details={k: _plain(v) for k, v in details.items()},
        )
    )


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID | dt.datetime | dt.date):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    staff_name: str | None
    action: str
    target_type: str | None
    target_id: str | None
    summary: str | None
    details: dict[str, object]


class AuditService:
    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow

    def entries(
        self,
        actor: Actor,
        *,
        target_id: str | None = None,
        action: str | None = None,
        limit: int = 200,
    ) -> list[AuditRow]:
        """Newest first. Anyone may see the history of a record they can open."""
        if target_id is None:
            actor.require(Right.VIEW_AUDIT_LOG)
        stmt = (
            select(AuditEntry, StaffMember.display_name)
            .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_id)
            .where(AuditEntry.location_id == actor.location_id)
            .order_by(AuditEntry.at.desc())
            .limit(limit)
        )
        if target_id is not None:
            stmt = stmt.where(AuditEntry.target_id == target_id)
        if action is not None:
            stmt = stmt.where(AuditEntry.action == action)
        with self.uow.read() as s:
            return [
                AuditRow(
                    e.at, name, e.action, e.target_type, e.target_id, e.summary, dict(e.details)
                )
                for e, name in s.execute(stmt)
            ]
