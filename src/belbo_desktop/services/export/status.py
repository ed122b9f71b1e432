"""What the status list shows of a request: read from this database's row, or folded
from the synced audit trail for a request made at the hub or on another PC, which
leaves no row here."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.storage.orm import AuditEntry, StaffMember
from belbo_desktop.storage.orm.export import ExportRequest


@dataclass(frozen=True)
class ExportStatus:
    id: uuid.UUID
    state: ExportState
    closed_reason: str | None
    recipient: str
    requested_by: str | None
    requested_at: dt.datetime
    fields: tuple[str, ...]
    format: ExportFormat
    search_text: str | None
    progress: int
    row_count: int | None
    file_name: str | None
    confirm_expires_at: dt.datetime
    download_expires_at: dt.datetime | None
    download_count: int
    mail_pending: str | None
    mail_error: str | None
    #: Made at the hub or on another PC: this PC has no row, only the audit trail.
    remote: bool = False
    #: Where the confirmation and download pages of a hub request are served.
    pages_url: str | None = None

    @property
    def open(self) -> bool:
        return self.state is not ExportState.EXPIRED

    @property
    def via_hub(self) -> bool:
        return self.remote and self.pages_url is not None


def request_status(s: Session, req: ExportRequest) -> ExportStatus:
    requested_by = s.scalar(
        select(StaffMember.display_name).where(StaffMember.id == req.requested_by_id)
    )
    return status_of(req, requested_by)


def status_of(req: ExportRequest, requested_by: str | None) -> ExportStatus:
    """The status of ``req``; lists look the staff names up in one query."""
    return ExportStatus(
        req.id,
        ExportState(req.state),
        req.closed_reason,
        req.recipient_email,
        requested_by,
        req.created_at,
        tuple(req.fields),
        ExportFormat(req.format),
        req.search_text,
        req.progress,
        req.row_count,
        req.file_name,
        req.confirm_expires_at,
        req.download_expires_at,
        req.download_count,
        req.mail_pending,
        req.mail_error,
    )


def any_open(s: Session) -> bool:
    return (
        s.scalar(
            select(func.count())
            .select_from(ExportRequest)
            .where(ExportRequest.state != ExportState.EXPIRED.value)
        )
        or 0
    ) > 0


def own_statuses(s: Session, location_id: uuid.UUID, limit: int) -> list[ExportStatus]:
    """This database's requests of a location, newest first."""
    rows = s.scalars(
        select(ExportRequest)
        .where(ExportRequest.location_id == location_id)
        .order_by(ExportRequest.created_at.desc())
        .limit(limit)
    ).all()
    names = {
        staff_id: name
        for staff_id, name in s.execute(
            select(StaffMember.id, StaffMember.display_name).where(
                StaffMember.id.in_({r.requested_by_id for r in rows})
            )
        )
    }
    return [status_of(r, names.get(r.requested_by_id)) for r in rows]


def requested_elsewhere(
    s: Session, location_id: uuid.UUID, own: set[uuid.UUID], limit: int
) -> list[str]:
    """Ids of the newest requests in the audit log that this database has no row for."""
    ids = s.scalars(
        select(AuditEntry.target_id)
        .where(
            AuditEntry.location_id == location_id,
            AuditEntry.action == "export_requested",
        )
        .order_by(AuditEntry.at.desc())
        .limit(limit * 2)
    ).all()
    return [i for i in ids if i and _uuid(i) not in own]


def trail_statuses(
    s: Session, location_id: uuid.UUID, target_ids: Sequence[str]
) -> list[ExportStatus]:
    """Statuses of requests this database has no row for, read from their audit trail."""
    if not target_ids:
        return []
    entries = s.execute(
        select(AuditEntry, StaffMember.display_name)
        .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_id)
        .where(
            AuditEntry.target_type == "export",
            AuditEntry.target_id.in_(list(target_ids)),
            AuditEntry.location_id == location_id,
        )
    ).all()
    trails: dict[str, list[tuple[AuditEntry, str | None]]] = {}
    for entry, name in entries:
        trails.setdefault(str(entry.target_id), []).append((entry, name))
    out: list[ExportStatus] = []
    for target, trail in trails.items():
        first = next((e for e in trail if e[0].action == "export_requested"), None)
        rid = _uuid(target)
        if first is None or rid is None:
            continue
        asked, by = first
        details = dict(asked.details)
        folded = rules.state_from_trail(
            [rules.AuditEvent(e.at, e.action, dict(e.details)) for e, _ in trail]
        )
        try:
            fmt = ExportFormat(str(details.get("format")))
        except ValueError:
            fmt = ExportFormat.XLSX
        scope = details.get("scope")
        requested_at = asked.at
        ready_at = folded.ready_at
        out.append(
            ExportStatus(
                rid,
                folded.state,
                folded.closed_reason,
                str(details.get("recipient", "")),
                by,
                requested_at,
                tuple(str(f) for f in _as_list(details.get("fields"))),
                fmt,
                None if scope in (None, "all") else str(scope),
                100 if ready_at is not None else 0,
                folded.row_count,
                folded.file_name,
                requested_at + rules.CONFIRM_VALIDITY,
                None if ready_at is None else ready_at + rules.DOWNLOAD_VALIDITY,
                folded.download_count,
                folded.mail_pending,
                folded.mail_error,
                remote=True,
                pages_url=(
                    str(details.get("pages") or "") or None if details.get("via") == "hub" else None
                ),
            )
        )
    return out


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []
