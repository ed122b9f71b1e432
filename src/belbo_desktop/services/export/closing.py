"""How a request ends, whether cancelled, failed, locked or expired: its links stop
working and its file is deleted; an expiry is also written to the audit log."""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy.orm import Session

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.export import ExportState
from belbo_desktop.services import audit
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm.export import ExportRequest


def close_request(req: ExportRequest, reason: str, clock: Clock, exports_dir: Path) -> None:
    """End a request: tokens unusable, file deleted."""
    req.state = ExportState.EXPIRED.value
    req.closed_reason = reason
    req.closed_at = clock.now()
    # The token hashes stay, so a later visit reads "expired" or "blocked", not
    # "unknown"; the state alone makes them unusable.
    req.mail_pending = None
    if req.stored_file:
        with contextlib.suppress(OSError):
            (exports_dir / req.stored_file).unlink(missing_ok=True)


def expire_request(s: Session, req: ExportRequest, clock: Clock, exports_dir: Path) -> None:
    close_request(req, rules.CLOSED_EXPIRED, clock, exports_dir)
    audit.record(
        s,
        clock,
        None,
        "export_expired",
        target_type="export",
        target_id=req.id,
        location_id=req.location_id,
    )
