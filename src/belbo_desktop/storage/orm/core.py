"""Locations, staff, settings and the audit log."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin, TombstoneMixin, utcnow


class Location(IdMixin, TimestampMixin, TombstoneMixin, Base):
    """A Standort with the business data that receipts and GDPR reports print."""

    __tablename__ = "locations"

    name: Mapped[str] = mapped_column(String(120))
    legal_name: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="DE")
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(200))
    tax_number: Mapped[str | None] = mapped_column(String(40))
    vat_id: Mapped[str | None] = mapped_column(String(20))


class StaffMember(IdMixin, TimestampMixin, TombstoneMixin, Base):
    """A person who logs in. Rights are the role's defaults adjusted per person."""

    __tablename__ = "staff_members"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"), index=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(20))
    granted_rights: Mapped[list[str]] = mapped_column(JSON, default=list)
    revoked_rights: Mapped[list[str]] = mapped_column(JSON, default=list)
    password_hash: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)


class Setting(IdMixin, TimestampMixin, Base):
    """A key/value setting, per location or (location_id NULL) for the whole database."""

    __tablename__ = "settings"

    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    key: Mapped[str] = mapped_column(String(80))
    value: Mapped[object] = mapped_column(JSON)


class AuditEntry(IdMixin, Base):
    """One sensitive action. Append-only: the database refuses updates and deletes."""

    __tablename__ = "audit_log"

    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"))
    action: Mapped[str] = mapped_column(String(60), index=True)
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(40), index=True)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    summary: Mapped[str | None] = mapped_column(Text)
