"""The export order the wizard collects and its checks: the fields on offer, who may
receive an export (administrators only), and the request row an accepted order becomes."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.customers import BUILTIN_FIELDS
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.domain.messages import Message, label
from belbo_desktop.domain.rights import ADMINISTRATIVE_ROLES, Right
from belbo_desktop.domain.text import clean
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.custom_fields import load_fields
from belbo_desktop.services.health_gate import health_field_ids
from belbo_desktop.storage.orm import StaffMember
from belbo_desktop.storage.orm.export import ExportRequest


@dataclass(frozen=True)
class ExportFieldChoice:
    key: str
    label: str
    custom: bool
    archived: bool = False


@dataclass(frozen=True)
class ExportOrder:
    """What the wizard collected."""

    recipient: str
    fields: tuple[str, ...]
    format: ExportFormat = ExportFormat.XLSX
    search_text: str = ""  # empty: all customers
    include_archived: bool = False
    lang: str = "de"


def offered_fields(s: Session, actor: Actor, lang: str) -> list[ExportFieldChoice]:
    custom = load_fields(s, actor.location_id, include_archived=True)
    if not actor.can(Right.VIEW_HEALTH_DATA):
        health = health_field_ids(s, actor.location_id)
        custom = [f for f in custom if f.key not in health]
    choices = [ExportFieldChoice(k, label(k, lang), False) for k in BUILTIN_FIELDS]
    choices += [ExportFieldChoice(f.key, f.label, True) for f in custom if not f.archived]
    choices += [ExportFieldChoice(f.key, f.label, True, True) for f in custom if f.archived]
    return choices


def admins(s: Session, location_id: uuid.UUID) -> list[StaffMember]:
    return list(
        s.scalars(
            select(StaffMember).where(
                StaffMember.location_id == location_id,
                StaffMember.active.is_(True),
                StaffMember.deleted_at.is_(None),
                StaffMember.role.in_([r.value for r in ADMINISTRATIVE_ROLES]),
                StaffMember.email.is_not(None),
            )
        )
    )


def previous_order(s: Session, staff_id: uuid.UUID) -> ExportOrder | None:
    req = s.scalars(
        select(ExportRequest)
        .where(ExportRequest.requested_by_id == staff_id)
        .order_by(ExportRequest.created_at.desc())
        .limit(1)
    ).first()
    if req is None:
        return None
    return ExportOrder(
        req.recipient_email,
        tuple(req.fields),
        ExportFormat(req.format),
        req.search_text or "",
        req.include_archived,
        req.lang,
    )


def check_order(
    s: Session, actor: Actor, order: ExportOrder
) -> tuple[uuid.UUID, str, tuple[str, ...], str]:
    """The recipient's staff id and address, the fields and the search, or raises."""
    recipient = clean(order.recipient).casefold()
    errors: dict[str, Message] = {}
    known = set(BUILTIN_FIELDS) | {
        f.key for f in load_fields(s, actor.location_id, include_archived=True)
    }
    if not actor.can(Right.VIEW_HEALTH_DATA) and (
        set(order.fields) & health_field_ids(s, actor.location_id)
    ):
        actor.require(Right.VIEW_HEALTH_DATA)  # raises: health data needs the right
    admin = next(
        (
            (m.id, m.email)
            for m in admins(s, actor.location_id)
            if m.email and m.email.casefold() == recipient
        ),
        None,
    )
    if admin is None:
        errors["recipient"] = Message("export_recipient_not_admin")
    if not order.fields:
        errors["fields"] = Message("export_no_fields")
    for key in order.fields:
        if key not in known:
            errors["fields"] = Message("export_unknown_field", {"value": key[:40]})
            break
    search_text = clean(order.search_text)[:200]
    if errors:
        raise ValidationError(errors)
    assert admin is not None
    return admin[0], admin[1], tuple(dict.fromkeys(order.fields)), search_text


def new_request(
    actor: Actor,
    order: ExportOrder,
    recipient: tuple[uuid.UUID, str],
    fields: tuple[str, ...],
    search_text: str,
    token: str,
    now: dt.datetime,
) -> ExportRequest:
    """A checked order as a request waiting for its confirmation mail."""
    admin_id, admin_email = recipient
    return ExportRequest(
        location_id=actor.location_id,
        requested_by_id=actor.staff_id,
        recipient_staff_id=admin_id,
        recipient_email=admin_email,
        fields=list(fields),
        format=order.format.value,
        search_text=search_text or None,
        include_archived=order.include_archived,
        lang="en" if order.lang == "en" else "de",
        state=ExportState.REQUESTED.value,
        confirm_token_hash=rules.hash_token(token),
        confirm_expires_at=now + rules.CONFIRM_VALIDITY,
        failed_attempts=0,
        progress=0,
        download_count=0,
        mail_pending="confirm",
        mail_attempts=0,
        created_at=now,
        updated_at=now,
    )
