"""The register of data-subject requests (access, erasure, ...): its rows and deadlines.

The rows carry the staff names and the days left, so the register page, the customer tab
and the login notice all sort and warn the same way.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.privacy import RequestKind, RequestStatus
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock, local_today
from belbo_desktop.storage.orm import Customer, PrivacyRequest, StaffMember

DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class RequestRow:
    id: uuid.UUID
    customer_id: uuid.UUID
    customer_number: int
    customer_name: str
    kind: RequestKind
    channel: rules.Channel
    received_on: dt.date
    deadline: dt.date
    extended_until: dt.date | None
    extension_reason: str | None
    status: RequestStatus
    note: str | None
    identity_verified_at: dt.datetime | None
    identity_verified_by: str | None
    identity_note: str | None
    closed_at: dt.datetime | None
    closed_by: str | None
    outcome_note: str | None
    files: tuple[dict[str, object], ...]
    overdue: bool
    days_left: int

    @property
    def due(self) -> dt.date:
        return self.extended_until or self.deadline


@dataclass(frozen=True)
class RequestSummary:
    """What a manager sees at login: open requests, the overdue ones first."""

    open: int
    overdue: int
    due_soon: int
    rows: tuple[RequestRow, ...]

    @property
    def needs_attention(self) -> bool:
        return self.overdue > 0 or self.due_soon > 0


def new_request(actor: Actor, customer_id: uuid.UUID, data: rules.RequestInput) -> PrivacyRequest:
    """An open request with its one-month deadline, from validated input."""
    return PrivacyRequest(
        location_id=actor.location_id,
        customer_id=customer_id,
        kind=data.kind.value,
        channel=data.channel.value,
        received_on=data.received_on,
        deadline=rules.answer_deadline(data.received_on),
        status=RequestStatus.OPEN.value,
        note=data.note or None,
        created_by_id=actor.staff_id,
        files=[],
    )


def note_identity_check(req: PrivacyRequest, actor: Actor, clock: Clock, how: str) -> None:
    req.identity_verified_at = clock.now()
    req.identity_verified_by_id = actor.staff_id
    req.identity_note = how[:500]


def extend(req: PrivacyRequest, why: str) -> None:
    """Extend by two months, once."""
    if req.extended_until is not None:
        raise ValidationError({"reason": Message("request_already_extended")})
    req.extended_until = rules.extended_deadline(req.received_on)
    req.extension_reason = why


def close(
    req: PrivacyRequest, actor: Actor, clock: Clock, status: RequestStatus, outcome: str | None
) -> None:
    """Fulfilled only once the requester's identity is verified."""
    if status is RequestStatus.FULFILLED and req.identity_verified_at is None:
        raise ValidationError({"identity": Message("identity_not_verified")})
    req.status = status.value
    req.closed_at = clock.now()
    req.closed_by_id = actor.staff_id
    req.outcome_note = (outcome or "").strip() or None


def summarise(rows: list[RequestRow]) -> RequestSummary:
    """Count the open rows: overdue, and due within :data:`DUE_SOON_DAYS`."""
    overdue = sum(1 for r in rows if r.overdue)
    soon = sum(1 for r in rows if not r.overdue and r.days_left <= DUE_SOON_DAYS)
    return RequestSummary(len(rows), overdue, soon, tuple(rows))


def open_request(s: Session, actor: Actor, request_id: uuid.UUID) -> PrivacyRequest:
    req = s.get(PrivacyRequest, request_id)
    if req is None or req.location_id != actor.location_id:
        raise NotFound(Message("not_found", {"what": "request"}))
    if req.status != RequestStatus.OPEN.value:
        raise ValidationError({"request": Message("request_closed")})
    return req


def request_rows(
    s: Session,
    actor: Actor,
    clock: Clock,
    *,
    open_only: bool = False,
    customer_id: uuid.UUID | None = None,
    request_id: uuid.UUID | None = None,
) -> list[RequestRow]:
    today = local_today(clock)
    names: dict[uuid.UUID | None, str] = {
        sid: name for sid, name in s.execute(select(StaffMember.id, StaffMember.display_name))
    }
    stmt = (
        select(PrivacyRequest, Customer.number, Customer.first_name, Customer.last_name)
        .join(Customer, Customer.id == PrivacyRequest.customer_id)
        .where(PrivacyRequest.location_id == actor.location_id)
    )
    if open_only:
        stmt = stmt.where(PrivacyRequest.status == RequestStatus.OPEN.value)
    if customer_id is not None:
        stmt = stmt.where(PrivacyRequest.customer_id == customer_id)
    if request_id is not None:
        stmt = stmt.where(PrivacyRequest.id == request_id)
    rows = []
    for r, number, first, last in s.execute(stmt):
        status = RequestStatus(r.status)
        due = r.extended_until or r.deadline
        rows.append(
            RequestRow(
                r.id,
                r.customer_id,
                number,
                f"{last}, {first}" if first else last,
                RequestKind(r.kind),
                rules.Channel(r.channel),
                r.received_on,
                r.deadline,
                r.extended_until,
                r.extension_reason,
                status,
                r.note,
                r.identity_verified_at,
                names.get(r.identity_verified_by_id),
                r.identity_note,
                r.closed_at,
                names.get(r.closed_by_id),
                r.outcome_note,
                tuple(r.files or ()),
                rules.is_overdue(due, status, today),
                rules.days_left(due, today),
            )
        )
    rows.sort(key=lambda r: (r.status is not RequestStatus.OPEN, r.due, r.received_on))
    return rows
