"""Locations (Standorte) and their business data; per-location settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from belbo_desktop.domain.errors import NotFound, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.text import clean, has_control_chars
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm import Location, Setting
from belbo_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class BusinessData:
    """What receipts, voucher handouts and GDPR reports print about the business."""

    name: str
    legal_name: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str = "DE"
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    tax_number: str | None = None
    vat_id: str | None = None

    @property
    def address_lines(self) -> list[str]:
        lines = [self.legal_name or self.name]
        if self.street:
            lines.append(self.street)
        if self.postcode or self.city:
            lines.append(" ".join(p for p in (self.postcode, self.city) if p))
        return lines


@dataclass(frozen=True)
class LocationInfo:
    id: uuid.UUID
    business: BusinessData


class LocationService:
    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    def create(self, actor: Actor | None, business: BusinessData) -> uuid.UUID:
        """``actor`` is None only while setting up a new database."""
        if actor is not None:
            actor.require(Right.MANAGE_SETTINGS)
        business = _validated(business)
        with self.uow.write() as s:
            location = Location(**{f.name: getattr(business, f.name) for f in fields(business)})
            s.add(location)
            s.flush()
            audit.record(
                s,
                self.clock,
                actor,
                "location_created",
                target_type="location",
                target_id=location.id,
            )
            return location.id

    def current(self, actor: Actor) -> LocationInfo:
        with self.uow.read() as s:
            loc = s.get(Location, actor.location_id)
            if loc is None:
                raise NotFound(Message("not_found", {"what": "location"}))
            return LocationInfo(
                loc.id, BusinessData(**{f.name: getattr(loc, f.name) for f in fields(BusinessData)})
            )

    def update_business(self, actor: Actor, business: BusinessData) -> LocationInfo:
        actor.require(Right.MANAGE_SETTINGS)
        business = _validated(business)
        with self.uow.write() as s:
            loc = s.get(Location, actor.location_id)
            if loc is None:
                raise NotFound(Message("not_found", {"what": "location"}))
            changed = []
            for f in fields(business):
                if getattr(loc, f.name) != getattr(business, f.name):
                    setattr(loc, f.name, getattr(business, f.name))
                    changed.append(f.name)
            if changed:
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "location_changed",
                    target_type="location",
                    target_id=loc.id,
                    fields=changed,
                )
        return self.current(actor)


def validated_business(business: BusinessData) -> BusinessData:
    """The cleaned business data, or a ValidationError naming each bad field (no database)."""
    return _validated(business)


def add_location(
    s: Session, clock: Clock, actor: Actor | None, business: BusinessData
) -> uuid.UUID:
    """Add an already validated location inside the caller's transaction (first set-up,
    where the location and its owner must be written together or not at all)."""
    location = Location(**{f.name: getattr(business, f.name) for f in fields(business)})
    s.add(location)
    s.flush()
    audit.record(
        s,
        clock,
        actor,
        "location_created",
        target_type="location",
        target_id=location.id,
        location_id=location.id,  # shown in the new location's log even without an actor
    )
    return location.id


def _validated(b: BusinessData) -> BusinessData:
    values: dict[str, str | None] = {}
    errors: dict[str, Message] = {}
    for f in fields(b):
        raw = getattr(b, f.name)
        text = clean(raw) if isinstance(raw, str) else ""
        if len(text) > 200 or has_control_chars(text):
            errors[f.name] = Message("too_long", {"label": f.name, "max": 200})
        values[f.name] = text or None
    if not values["name"]:
        errors["name"] = Message("required", {"label": "location"})
    if errors:
        raise ValidationError(errors)
    values["country"] = (values["country"] or "DE").upper()[:2]
    return BusinessData(**values)  # type: ignore[arg-type]


class SettingsService:
    """Per-location settings as JSON values; writes need the settings right."""

    def __init__(self, uow: UnitOfWork, clock: Clock) -> None:
        self.uow = uow
        self.clock = clock

    def get(self, location_id: uuid.UUID | None, key: str, default: object = None) -> object:
        with self.uow.read() as s:
            row = s.scalars(
                select(Setting).where(_same_location(location_id), Setting.key == key)
            ).first()
            return default if row is None else row.value

    def set(
        self,
        actor: Actor | None,
        key: str,
        value: object,
        *,
        right: Right = Right.MANAGE_SETTINGS,
        location_wide: bool = True,
    ) -> None:
        """Store a setting for the actor's location (or the whole database)."""
        if actor is not None:
            actor.require(right)
        location_id = actor.location_id if (actor and location_wide) else None
        with self.uow.write() as s:
            row = s.scalars(
                select(Setting).where(_same_location(location_id), Setting.key == key)
            ).first()
            old = None if row is None else row.value
            if row is None:
                s.add(Setting(location_id=location_id, key=key, value=value))
            else:
                row.value = value
            audit.record(
                s,
                self.clock,
                actor,
                "setting_changed",
                target_type="setting",
                target_id=key,
                old=old,
                new=value,
            )


def _same_location(location_id: uuid.UUID | None) -> ColumnElement[bool]:
    return (
        Setting.location_id.is_(None) if location_id is None else Setting.location_id == location_id
    )
