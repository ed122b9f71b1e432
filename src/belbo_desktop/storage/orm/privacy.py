"""Datenschutz: data-subject requests, consents and erasures.

Field classifications (trade secret, identifying, health data) are columns of
``custom_field_definitions``; built-in fields' trade-secret marks are a location setting.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin, utcnow


class PrivacyRequest(IdMixin, TimestampMixin, Base):
    """An Auskunftsersuchen (or another data-subject request) and how it was answered."""

    __tablename__ = "privacy_requests"
    __table_args__ = (Index("ix_privacy_requests_open", "location_id", "status", "deadline"),)

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[dt.date]
    deadline: Mapped[dt.date]
    extended_until: Mapped[dt.date | None] = mapped_column(default=None)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="open")
    note: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    identity_verified_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    identity_verified_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_members.id")
    )
    identity_note: Mapped[str | None] = mapped_column(String(500))
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    outcome_note: Mapped[str | None] = mapped_column(Text)
    #: The files handed out: [{"name": ..., "sha256": ..., "bytes": ...}]
    files: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)


class ConsentWording(IdMixin, Base):
    """A consent text as it was shown, once per kind and version (consents refer to it)."""

    __tablename__ = "consent_wordings"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    kind: Mapped[str] = mapped_column(String(30))
    version: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)


class Consent(IdMixin, TimestampMixin, Base):
    """A consent as given: which wording (kind and version), when, taken by whom, withdrawn."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_customer_kind", "customer_id", "kind"),)

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(30))
    text_version: Mapped[str] = mapped_column(String(20))
    method: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    withdrawn_recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff_members.id")
    )


class CustomerErasure(IdMixin, Base):
    """Proof that a customer was erased (Art. 17), without what was erased. Append-only."""

    __tablename__ = "customer_erasures"

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id"), index=True)
    erased_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    erased_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_members.id"))
    reason: Mapped[str] = mapped_column(Text)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("privacy_requests.id"))
