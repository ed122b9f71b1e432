"""Consents (Einwilligungen): the rows a customer's privacy tab lists, and their wordings.

A consent keeps the version of the text the customer agreed to; each wording is stored
once per kind and version, under an id every PC derives alike.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import privacy as rules
from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.privacy import ConsentKind, ConsentMethod
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import Consent, ConsentWording, Customer, StaffMember


@dataclass(frozen=True)
class ConsentRow:
    id: uuid.UUID
    kind: ConsentKind
    text_version: str
    text: str
    method: ConsentMethod
    given_at: dt.datetime
    recorded_by: str | None
    withdrawn_at: dt.datetime | None
    withdrawn_by: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def ensure_wording(s: Session, wording: rules.ConsentText) -> None:
    """Store a consent text once per kind and version, the first time it is used."""
    found = s.scalar(
        select(ConsentWording.id).where(
            ConsentWording.kind == wording.kind.value, ConsentWording.version == wording.version
        )
    )
    if found is None:
        s.add(
            ConsentWording(
                id=wording_id(wording),
                kind=wording.kind.value,
                version=wording.version,
                text=wording.text,
            )
        )
        s.flush()


def wording_id(wording: rules.ConsentText) -> uuid.UUID:
    """The same id on every PC, so two PCs storing a wording offline store one row."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"belbo:consent:{wording.kind.value}:{wording.version}")


def record_consent(
    s: Session,
    actor: Actor,
    customer: Customer,
    kind: ConsentKind,
    method: ConsentMethod,
    clock: Clock,
) -> Consent:
    """Add an active consent in the current wording, refused while one of its kind is
    active; a marketing consent also sets the customer's marketing flag."""
    wording = rules.CONSENT_TEXTS[kind]
    _refuse_second_consent(s, customer.id, kind)
    ensure_wording(s, wording)
    consent = Consent(
        location_id=actor.location_id,
        customer_id=customer.id,
        kind=kind.value,
        text_version=wording.version,
        method=method.value,
        given_at=clock.now(),
        recorded_by_id=actor.staff_id,
    )
    s.add(consent)
    if kind is ConsentKind.MARKETING_EMAIL and not customer.marketing_consent:
        customer.marketing_consent = True
        customer.updated_at = clock.now()
        customer.updated_by_id = actor.staff_id
    s.flush()
    return consent


def consent_of(s: Session, actor: Actor, consent_id: uuid.UUID) -> Consent:
    consent = s.get(Consent, consent_id)
    if consent is None or consent.location_id != actor.location_id:
        raise NotFound(Message("not_found", {"what": "consent"}))
    return consent


def withdraw(consent: Consent, customer: Customer, actor: Actor, clock: Clock) -> None:
    """Mark the consent withdrawn; a marketing consent also clears the customer's flag."""
    if consent.withdrawn_at is not None:
        raise ValidationError({"consent": Message("consent_withdrawn_already")})
    consent.withdrawn_at = clock.now()
    consent.withdrawn_recorded_by_id = actor.staff_id
    if consent.kind == ConsentKind.MARKETING_EMAIL.value and customer.marketing_consent:
        customer.marketing_consent = False
        customer.updated_at = clock.now()
        customer.updated_by_id = actor.staff_id


def _refuse_second_consent(s: Session, customer_id: uuid.UUID, kind: ConsentKind) -> None:
    """A customer holds at most one active consent of each kind."""
    active = s.scalar(
        select(func.count())
        .select_from(Consent)
        .where(
            Consent.customer_id == customer_id,
            Consent.kind == kind.value,
            Consent.withdrawn_at.is_(None),
        )
    )
    if active:
        raise ValidationError({"consent": Message("consent_already_given")})


def consent_rows(
    s: Session, customer_id: uuid.UUID, only: uuid.UUID | None = None
) -> list[ConsentRow]:
    names: dict[uuid.UUID | None, str] = {
        sid: name for sid, name in s.execute(select(StaffMember.id, StaffMember.display_name))
    }
    stmt = (
        select(Consent, ConsentWording.text)
        .outerjoin(
            ConsentWording,
            (ConsentWording.kind == Consent.kind)
            & (ConsentWording.version == Consent.text_version),
        )
        .where(Consent.customer_id == customer_id)
    )
    if only is not None:
        stmt = stmt.where(Consent.id == only)
    return [
        ConsentRow(
            c.id,
            ConsentKind(c.kind),
            c.text_version,
            text or "",
            ConsentMethod(c.method),
            c.given_at,
            names.get(c.recorded_by_id),
            c.withdrawn_at,
            names.get(c.withdrawn_recorded_by_id),
        )
        for c, text in s.execute(stmt.order_by(Consent.given_at.desc()))
    ]
