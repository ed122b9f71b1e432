"""Sync bookkeeping: the PC's outbox and state, the hub's devices, change log and flags.

The PC-side tables (``sync_outbox``, ``sync_state``) and the hub-side ones
(``sync_devices``, ``sync_enrolment_codes``, ``sync_changes``, ``sync_rows``) live in
both deployments because there is one schema; each side simply leaves the other's
tables empty. ``sync_quarantine`` is used by both: changes set aside with a reason.
``sync_flags`` is itself synced: the hub raises a flag (an overdrawn voucher), every PC
of that location shows it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from belbo_desktop.storage.orm.base import Base, IdMixin, TimestampMixin, utcnow

#: Autoincrementing 64-bit key on PostgreSQL, rowid alias on SQLite.
BigSerial = BigInteger().with_variant(Integer(), "sqlite")


class SyncOutbox(Base):
    """A local change not yet acknowledged by the hub, written in the change's transaction."""

    __tablename__ = "sync_outbox"

    seq: Mapped[int] = mapped_column(BigSerial, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    table_name: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(10))
    hlc: Mapped[str] = mapped_column(String(64))
    fields: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_sync_outbox_row", "table_name", "row_id"),)


class SyncState(Base):
    """This PC's enrolment and progress (one row, id 1). Never synced."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_url: Mapped[str | None] = mapped_column(String(300))
    device_id: Mapped[uuid.UUID | None]
    device_name: Mapped[str | None] = mapped_column(String(120))
    location_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    token_store: Mapped[str | None] = mapped_column(String(20))
    last_hlc: Mapped[str] = mapped_column(String(64), default="")
    cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    snapshot_seq: Mapped[int | None] = mapped_column(BigInteger)
    snapshot_table: Mapped[str | None] = mapped_column(String(63))
    snapshot_after: Mapped[str | None] = mapped_column(String(64))
    snapshot_done: Mapped[bool] = mapped_column(default=False)
    push_snapshot_done: Mapped[bool] = mapped_column(default=False)
    last_sync_at: Mapped[dt.datetime | None]
    last_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class SyncDevice(IdMixin, Base):
    """A PC enrolled at the hub. Only the token's hash is kept; revoking is immediate."""

    __tablename__ = "sync_devices"

    name: Mapped[str] = mapped_column(String(120))
    location_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]


class SyncEnrolmentCode(IdMixin, Base):
    """A one-time code an owner made on the hub; stored hashed, expires, used once."""

    __tablename__ = "sync_enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    location_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    device_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sync_devices.id"))


class SyncChange(Base):
    """The hub's change log; ``seq`` is the cursor PCs pull from (never wall-clock time).

    ``fields`` holds only what won the merge; a change that lost every field is kept
    with empty fields so a retried push is recognised by its ``change_id``.
    """

    __tablename__ = "sync_changes"

    seq: Mapped[int] = mapped_column(BigSerial, primary_key=True, autoincrement=True)
    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    device_id: Mapped[uuid.UUID | None]
    table_name: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(10))
    hlc: Mapped[str] = mapped_column(String(64))
    fields: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    location_id: Mapped[uuid.UUID | None]
    effective: Mapped[bool] = mapped_column(default=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_sync_changes_location_seq", "location_id", "seq"),)


class SyncRow(Base):
    """The hub's per-field clock of one row: ``versions`` maps field -> HLC, "*" = default."""

    __tablename__ = "sync_rows"

    table_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    location_id: Mapped[uuid.UUID | None]
    versions: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    deleted_hlc: Mapped[str | None] = mapped_column(String(64))


class SyncQuarantine(IdMixin, Base):
    """A change that could not be applied, with the reason; shown to the manager."""

    __tablename__ = "sync_quarantine"

    change_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    side: Mapped[str] = mapped_column(String(10))  # "hub" or "local"
    device_id: Mapped[uuid.UUID | None]
    table_name: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    change: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[dt.datetime | None]


class SyncFlag(IdMixin, TimestampMixin, Base):
    """Something the hub noticed after merging, e.g. a voucher redeemed twice offline."""

    __tablename__ = "sync_flags"

    location_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("locations.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[str] = mapped_column(String(64))
    params: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    resolved_at: Mapped[dt.datetime | None]
