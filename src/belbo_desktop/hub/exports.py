"""The export confirmation and download pages (``web.export_pages``), served by the hub.

A manager can then confirm an export from any device. The pages write through the
same services as on a PC; the hub captures those writes like a PC would and merges
them into its change log itself, so every PC learns that an export was confirmed.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import BackgroundTasks, FastAPI, Request, Response
from sqlalchemy import delete, select
from starlette.concurrency import run_in_threadpool

from belbo_desktop.config import Paths
from belbo_desktop.hub.store import HUB_DEVICE, Device, HubStore
from belbo_desktop.mail.config import MailSettingsService
from belbo_desktop.mail.secrets import SecretStore
from belbo_desktop.services.export import ExportService
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.storage.orm import Location
from belbo_desktop.storage.orm.sync import SyncOutbox
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync.capture import ChangeCapture, install
from belbo_desktop.sync.protocol import PUSH_BATCH
from belbo_desktop.web.export_pages import export_pages_router

log = logging.getLogger("belbo.hub")


def drain_outbox(store: HubStore) -> int:
    """Merge what the hub's own services wrote (captured in its outbox) into the log."""
    moved = 0
    while True:
        with store.engine.connect() as conn:
            rows = conn.execute(select(SyncOutbox).order_by(SyncOutbox.seq).limit(PUSH_BATCH))
            batch = [dict(r._mapping) for r in rows]
            locations = frozenset(conn.scalars(select(Location.id)))
        if not batch:
            return moved
        changes = [
            {
                "change_id": str(r["change_id"]),
                "table_name": r["table_name"],
                "row_id": r["row_id"],
                "op": r["op"],
                "hlc": r["hlc"],
                "fields": r["fields"],
            }
            for r in batch
        ]
        result = store.push(Device(HUB_DEVICE, "hub", locations), changes)
        for q in result.quarantined:
            log.warning("hub change set aside", extra={"change": q["change_id"]})
        with store.engine.begin() as conn:
            conn.execute(delete(SyncOutbox).where(SyncOutbox.seq <= batch[-1]["seq"]))
        moved += len(batch)


def mount_export_pages(app: FastAPI, store: HubStore, data_dir: Path) -> ExportService:
    """Serve ``/export/confirm/...`` and ``/export/download/...`` from this hub."""
    paths = Paths(data_dir)
    paths.ensure()
    uow = UnitOfWork(store.engine)
    capture = ChangeCapture(lambda: 0)
    install(uow, capture)
    capture.clock = store.hlc  # one clock for everything the hub writes
    settings = SettingsService(uow, store.clock)
    mail = MailSettingsService(
        settings, SecretStore(data_dir / "secrets"), paths.outbox, store.clock
    )
    service = ExportService(uow, store.clock, Hasher(), settings, paths.exports, mail.mailer)

    def compute_then_share(request_id: uuid.UUID) -> None:
        try:
            service.compute(request_id)
        except Exception:
            log.exception("customer export failed", extra={"request": str(request_id)})
        finally:
            drain_outbox(store)

    def schedule(tasks: BackgroundTasks, request_id: uuid.UUID) -> None:
        tasks.add_task(drain_outbox, store)
        tasks.add_task(compute_then_share, request_id)

    app.include_router(export_pages_router(service, run_compute=schedule))

    @app.middleware("http")
    async def share_page_writes(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        if request.method == "POST" and request.url.path.startswith("/export/"):
            await run_in_threadpool(drain_outbox, store)  # e.g. a wrong password counted
        return response

    return service
