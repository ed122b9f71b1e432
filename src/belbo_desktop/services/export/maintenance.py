"""Housekeeping jobs, run at start-up and every minute: expire what is due and delete
files nobody may fetch, send a computation cut off by a crash back to confirmed, and
resend mails that failed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import or_, select

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.export import ExportState
from belbo_desktop.services.export.closing import expire_request
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork


def recover(uow: UnitOfWork, exports_dir: Path) -> list[uuid.UUID]:
    with uow.write() as s:
        stuck = s.scalars(
            select(ExportRequest).where(ExportRequest.state == ExportState.COMPUTING.value)
        ).all()
        for req in stuck:
            req.state = ExportState.CONFIRMED.value
            req.progress = 0
        ids = [r.id for r in stuck]
        confirmed = s.scalars(
            select(ExportRequest.id).where(ExportRequest.state == ExportState.CONFIRMED.value)
        ).all()
    for part in exports_dir.glob("*.part"):
        part.unlink(missing_ok=True)
    return list(dict.fromkeys([*ids, *confirmed]))


def expire_due(uow: UnitOfWork, clock: Clock, exports_dir: Path) -> int:
    now = clock.now()
    expired = 0
    with uow.write() as s:
        rows = s.scalars(
            select(ExportRequest).where(
                ExportRequest.state.in_(
                    [
                        ExportState.REQUESTED.value,
                        ExportState.READY.value,
                        ExportState.DOWNLOADED.value,
                    ]
                )
            )
        ).all()
        for req in rows:
            due = (
                req.confirm_expires_at
                if req.state == ExportState.REQUESTED.value
                else req.download_expires_at
            )
            if due is not None and due <= now:
                expire_request(s, req, clock, exports_dir)
                expired += 1
        keep = {
            name
            for name in s.scalars(
                select(ExportRequest.stored_file).where(
                    ExportRequest.state != ExportState.EXPIRED.value,
                    ExportRequest.stored_file.is_not(None),
                )
            )
        }
        computing = {
            f"{rid.hex}.part"
            for rid in s.scalars(
                select(ExportRequest.id).where(ExportRequest.state == ExportState.COMPUTING.value)
            )
        }
    if exports_dir.is_dir():
        for path in exports_dir.iterdir():
            if path.is_file() and path.name not in keep and path.name not in computing:
                path.unlink(missing_ok=True)
    return expired


def retry_mail(
    uow: UnitOfWork,
    clock: Clock,
    new_token: Callable[[], str],
    send: Callable[[uuid.UUID, str, str], None],
) -> int:
    now = clock.now()
    with uow.read() as s:
        due = s.execute(
            select(ExportRequest.id, ExportRequest.mail_pending).where(
                ExportRequest.mail_pending.is_not(None),
                ExportRequest.state.in_([ExportState.REQUESTED.value, ExportState.READY.value]),
                or_(
                    ExportRequest.mail_next_attempt_at.is_(None),
                    ExportRequest.mail_next_attempt_at <= now,
                ),
            )
        ).all()
    for request_id, kind in due:
        token = new_token()
        with uow.write() as s:
            req = s.get(ExportRequest, request_id)
            if req is None or req.mail_pending != kind:
                continue
            if kind == "confirm":
                req.confirm_token_hash = rules.hash_token(token)
            else:
                req.download_token_hash = rules.hash_token(token)
        send(request_id, str(kind), token)
    return len(due)
