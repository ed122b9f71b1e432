"""The health-data gate (Art. 9 GDPR) that every read and write of customer files passes.

Kept apart from ``services.privacy`` (reports, requests, erasure) because the customer
list needs it at start-up and the privacy module is large.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.privacy import ConsentKind
from belbo_desktop.domain.rights import Right
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import Consent, CustomFieldDefinition
from belbo_desktop.storage.unit_of_work import UnitOfWork

T = TypeVar("T")


def health_field_ids(s: Session, location_id: uuid.UUID) -> set[str]:
    return {
        str(fid)
        for fid in s.scalars(
            select(CustomFieldDefinition.id).where(
                CustomFieldDefinition.location_id == location_id,
                CustomFieldDefinition.is_health_data.is_(True),
            )
        )
    }


def has_health_consent(s: Session, customer_id: uuid.UUID) -> bool:
    return (
        s.scalar(
            select(Consent.id)
            .where(
                Consent.customer_id == customer_id,
                Consent.kind == ConsentKind.HEALTH_DATA.value,
                Consent.withdrawn_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


def strip_health(s: Session, actor: Actor, custom: dict[str, str]) -> dict[str, str]:
    """One customer's custom values without health fields unless the actor may see them."""
    if actor.can(Right.VIEW_HEALTH_DATA) or not custom:
        return custom
    health = health_field_ids(s, actor.location_id)
    return {k: v for k, v in custom.items() if k not in health}


def strip_detail(s: Session, actor: Actor, detail: T) -> T:
    """A CustomerDetail (any dataclass with ``custom``) without hidden health values."""
    custom: dict[str, str] = detail.custom  # type: ignore[attr-defined]
    kept = strip_health(s, actor, custom)
    return detail if kept is custom else dataclasses.replace(detail, custom=kept)  # type: ignore[type-var]


def shown_detail(uow: UnitOfWork, clock: Clock, actor: Actor, detail: T) -> T:
    """The customer file as shown: health values stripped, or their viewing audited."""
    custom: dict[str, str] = detail.custom  # type: ignore[attr-defined]
    if not custom:
        return detail
    with uow.read() as s:
        health = health_field_ids(s, actor.location_id) & set(custom)
    if not health:
        return detail
    if not actor.can(Right.VIEW_HEALTH_DATA):
        kept = {k: v for k, v in custom.items() if k not in health}
        return dataclasses.replace(detail, custom=kept)  # type: ignore[type-var]
    with uow.write() as s:
        audit.record(
            s,
            clock,
            actor,
            "health_data_viewed",
            target_type="customer",
            target_id=detail.id,  # type: ignore[attr-defined]
            fields=sorted(health),
        )
    return detail


def shown_rows(
    uow: UnitOfWork,
    clock: Clock,
    actor: Actor,
    custom: dict[uuid.UUID, dict[str, str]],
    health: set[str],
) -> dict[uuid.UUID, dict[str, str]]:
    """List columns as shown: health columns emptied without the right, else audited.

    ``health`` are the location's health field ids, read by the caller in the same
    session as the page, so scrolling costs no second read transaction."""
    if not custom:
        return custom
    seen = [cid for cid, values in custom.items() if health & set(values)]
    if not seen:
        return custom
    if not actor.can(Right.VIEW_HEALTH_DATA):
        return {
            cid: {k: v for k, v in values.items() if k not in health}
            for cid, values in custom.items()
        }
    with uow.write() as s:
        audit.record(
            s,
            clock,
            actor,
            "health_data_viewed",
            target_type="customer_list",
            customers=seen,
            fields=sorted(health),
        )
    return custom


def check_health_write(
    s: Session,
    actor: Actor,
    customer_id: uuid.UUID | None,
    changed: Iterable[str],
    values: dict[str, str],
) -> None:
    """Refuse to change health values without the right, or to store one without consent.

    ``changed`` are the custom field ids being written, ``values`` the values after the
    change (a removed value is absent). Called inside the writing transaction.
    """
    changed = set(changed)
    if not changed:
        return
    health = health_field_ids(s, actor.location_id) & changed
    if not health:
        return
    actor.require(Right.EDIT_HEALTH_DATA)
    stored = [fid for fid in health if values.get(fid) is not None]
    if stored and (customer_id is None or not has_health_consent(s, customer_id)):
        labels = dict(
            s.execute(
                select(CustomFieldDefinition.id, CustomFieldDefinition.label).where(
                    CustomFieldDefinition.id.in_([uuid.UUID(f) for f in stored])
                )
            ).all()
        )
        raise ValidationError(
            {
                fid: Message("health_consent_missing", {"label": labels.get(uuid.UUID(fid), "")})
                for fid in stored
            }
        )
