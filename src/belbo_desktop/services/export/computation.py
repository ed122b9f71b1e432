"""Computing a confirmed request's file, off the request thread: the customers in keyset
batches into a ``.part`` file, renamed when complete, then the download mail. A request
withdrawn meanwhile stops the work at its next batch."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.services import audit
from belbo_desktop.services.export.closing import close_request
from belbo_desktop.services.export.customer_rows import (
    count_customers,
    customer_batches,
    export_columns,
)
from belbo_desktop.services.export.file_writer import fsync_dir, write_file
from belbo_desktop.services.export.status import ExportStatus, request_status
from belbo_desktop.services.ports import BERLIN, Clock
from belbo_desktop.services.staff import actor_of
from belbo_desktop.storage.orm import StaffMember
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork


class Cancelled(Exception):
    """The request was withdrawn while its file was being written."""


def compute(
    uow: UnitOfWork,
    clock: Clock,
    exports_dir: Path,
    request_id: uuid.UUID,
    *,
    batch_size: int,
    new_token: Callable[[], str],
    send: Callable[[uuid.UUID, str, str], None],
    progress: Callable[[int], None] | None = None,
) -> ExportStatus | None:
    """The file is written to a ``.part`` file (0600) and renamed only when complete, so
    a crash never leaves a half-written export presented as ready."""
    with uow.write() as s:
        req = s.get(ExportRequest, request_id)
        if req is None or req.state != ExportState.CONFIRMED.value:
            return None
        req.state = ExportState.COMPUTING.value
        req.progress = 0
        req.updated_at = clock.now()
        location_id = req.location_id
        fields = list(req.fields)
        fmt = ExportFormat(req.format)
        search_text = req.search_text or ""
        include_archived = req.include_archived
        lang = req.lang
        columns = export_columns(s, location_id, fields, lang)
        recipient = actor_of(s.get(StaffMember, req.recipient_staff_id))  # type: ignore[arg-type]
        audit.record(
            s,
            clock,
            recipient,
            "export_computing",
            target_type="export",
            target_id=request_id,
        )
    exports_dir.mkdir(parents=True, exist_ok=True)
    part = exports_dir / f"{request_id.hex}.part"
    final = exports_dir / f"{request_id.hex}.{fmt.extension}"
    try:
        with uow.read() as s:
            total = count_customers(s, location_id, search_text, include_archived)
        rows = write_file(
            part,
            fmt,
            columns,
            customer_batches(uow, location_id, columns, search_text, include_archived, batch_size),
            total,
            lambda pct: _progress(uow, request_id, pct, progress),
            lang,
        )
        with uow.read() as s:
            req = s.get(ExportRequest, request_id)
            if req is None or req.state != ExportState.COMPUTING.value:
                raise Cancelled
        os.replace(part, final)
        fsync_dir(exports_dir)
    except Cancelled:
        part.unlink(missing_ok=True)
        return None
    except BaseException:
        part.unlink(missing_ok=True)
        with uow.write() as s:
            req = s.get(ExportRequest, request_id)
            if req is not None and req.state == ExportState.COMPUTING.value:
                close_request(req, rules.CLOSED_FAILED, clock, exports_dir)
                audit.record(
                    s,
                    clock,
                    None,
                    "export_failed",
                    target_type="export",
                    target_id=request_id,
                    location_id=location_id,
                )
        raise
    token = new_token()
    now = clock.now()
    local_day = now.astimezone(BERLIN).date()
    with uow.write() as s:
        req = s.get(ExportRequest, request_id)
        if req is None or req.state != ExportState.COMPUTING.value:
            final.unlink(missing_ok=True)  # withdrawn in the last moment
            return None
        req.state = ExportState.READY.value
        req.progress = 100
        req.row_count = rows
        req.stored_file = final.name
        req.file_name = rules.export_file_name(local_day, fmt)
        req.file_size = final.stat().st_size
        req.ready_at = now
        req.failed_attempts = 0
        req.download_token_hash = rules.hash_token(token)
        req.download_expires_at = now + rules.DOWNLOAD_VALIDITY
        req.mail_pending = "download"
        req.mail_attempts = 0
        req.mail_error = None
        req.updated_at = now
        audit.record(
            s,
            clock,
            recipient,
            "export_computed",
            target_type="export",
            target_id=request_id,
            customers=rows,
            fields=fields,
            format=fmt.value,
            file_name=req.file_name,
            size=req.file_size,
        )
    send(request_id, "download", token)
    with uow.read() as s:
        req = s.get(ExportRequest, request_id)
        assert req is not None
        return request_status(s, req)


def _progress(
    uow: UnitOfWork, request_id: uuid.UUID, pct: int, callback: Callable[[int], None] | None
) -> None:
    with uow.write() as s:
        req = s.get(ExportRequest, request_id)
        if req is None or req.state != ExportState.COMPUTING.value:
            raise Cancelled  # withdrawn (or expired) while computing
        req.progress = pct
    if callback is not None:
        callback(pct)
