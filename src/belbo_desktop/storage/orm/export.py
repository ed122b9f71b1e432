"""Customer export requests: the state machine, hashed link tokens, attempts and expiry."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin


class ExportRequest(IdMixin, TimestampMixin, Base):
    """One customer export from the wizard to the expired file.

    Link tokens are stored only as SHA-256 hashes. A mail that could not be sent is
    marked in ``mail_pending`` ("confirm" or "download"); retrying issues a fresh token,
    so no usable link is ever kept in the database.
    """

    __tablename__ = "export_requests"
    __table_args__ = (Index("ix_export_requests_location_state", "location_id", "state"),)

    location_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("locations.id"))
    requested_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_members.id"))
    recipient_staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_members.id"))
    recipient_email: Mapped[str] = mapped_column(String(254))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)
    format: Mapped[str] = mapped_column(String(20))
    search_text: Mapped[str | None] = mapped_column(String(200))
    include_archived: Mapped[bool] = mapped_column(default=False)
    lang: Mapped[str] = mapped_column(String(5), default="de")
    state: Mapped[str] = mapped_column(String(20))
    closed_reason: Mapped[str | None] = mapped_column(String(30))
    confirm_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    confirm_expires_at: Mapped[dt.datetime]
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    download_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    download_expires_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    progress: Mapped[int] = mapped_column(default=0)
    row_count: Mapped[int | None] = mapped_column(default=None)
    file_name: Mapped[str | None] = mapped_column(String(100))
    stored_file: Mapped[str | None] = mapped_column(String(200))
    file_size: Mapped[int | None] = mapped_column(default=None)
    ready_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    downloaded_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    download_count: Mapped[int] = mapped_column(default=0)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    mail_pending: Mapped[str | None] = mapped_column(String(20))
    mail_attempts: Mapped[int] = mapped_column(default=0)
    mail_error: Mapped[str | None] = mapped_column(Text)
    mail_next_attempt_at: Mapped[dt.datetime | None] = mapped_column(default=None)
