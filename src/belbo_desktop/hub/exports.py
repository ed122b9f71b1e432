"""Customer exports at the hub: the confirmation and download pages, and the PCs' requests.

A manager can confirm an export from any device: an enrolled PC asks the hub to make
the request (``POST /v1/exports``, see ``sync.exports``), the hub's own ExportService
stores it, mails the links through the hub's mail server (``hub.mail``) and they point
at the hub's public address, where ``web.export_pages`` serves the pages. The pages and
the API write through the same services as on a PC; the hub captures those writes like
a PC would and merges them into its change log itself (:func:`drain_outbox`), so every
PC learns of each step through the audit log. ``export_requests`` rows never leave the
hub (``sync/tables.py``): their token hashes and file names stay here.

A PC is trusted to say which of its staff asked, as it is for everything it pushes; the
hub checks that this staff member exists here, is active, belongs to one of the
device's locations and holds the export right, and the service checks the recipient
and the fields against the hub's data. Bad input is refused before anything is written.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import BackgroundTasks, FastAPI, Request, Response
from sqlalchemy import Engine, delete, select
from starlette.concurrency import run_in_threadpool

from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import NotFound, PermissionDenied
from belbo_desktop.domain.export import ExportFormat
from belbo_desktop.domain.messages import Message
from belbo_desktop.hub.mail import HubMail
from belbo_desktop.hub.store import HUB_DEVICE, Device, HubStore
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.export import ExportOrder, ExportService, ExportStatus
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.staff import actor_of
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.orm import Location, StaffMember
from belbo_desktop.storage.orm.sync import SyncOutbox
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync.capture import ChangeCapture, install
from belbo_desktop.sync.exports import status_to_json
from belbo_desktop.sync.protocol import PUSH_BATCH
from belbo_desktop.web.export_pages import export_pages_router

log = logging.getLogger("belbo.hub")

MAX_FIELDS = 500


class BadRequest(ValueError):
    """A body the API cannot read (wrong types, sizes): 400, nothing written."""


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


class HubExports:
    """The hub's export service and what an enrolled PC may ask of it."""

    def __init__(self, store: HubStore, service: ExportService, mail: HubMail) -> None:
        self.store = store
        self.service = service
        self.mail = mail
        self._stop = threading.Event()
        self._housekeeper: threading.Thread | None = None

    # --- the API (called in the thread pool) ---------------------------------------------

    def create(self, device: Device, body: dict[str, Any]) -> dict[str, Any]:
        actor = self._actor(device, body)
        order = ExportOrder(
            recipient=_text(body, "recipient", 254),
            fields=_fields(body),
            format=_format(body),
            search_text=_text(body, "search_text", 200),
            include_archived=_flag(body, "include_archived"),
            lang="en" if body.get("lang") == "en" else "de",
        )
        try:
            status = self.service.request(actor, order, device_id=device.id)
        finally:
            drain_outbox(self.store)
        log.info(
            "export requested",
            extra={
                "export": str(status.id),
                "device": str(device.id),
                "staff": str(actor.staff_id),
            },
        )
        return self._answer(status)

    def cancel(self, device: Device, request_id: str, body: dict[str, Any]) -> dict[str, Any]:
        actor = self._actor(device, body)
        try:
            return self._answer(self.service.cancel(actor, _request_id(request_id)))
        finally:
            drain_outbox(self.store)

    def resend(self, device: Device, request_id: str, body: dict[str, Any]) -> dict[str, Any]:
        actor = self._actor(device, body)
        try:
            return self._answer(self.service.resend(actor, _request_id(request_id)))
        finally:
            drain_outbox(self.store)

    def _actor(self, device: Device, body: dict[str, Any]) -> Actor:
        """The staff member the PC names, as the hub knows them, within the device's reach."""
        try:
            staff_id = uuid.UUID(str(body.get("staff_id")))
        except ValueError as exc:
            raise BadRequest("staff_id") from exc
        with self.service.uow.read() as s:
            member = s.get(StaffMember, staff_id)
            if member is None or not member.active or member.deleted_at is not None:
                raise NotFound(Message("export_hub_staff_unknown"))
            if member.location_id not in device.location_ids:
                raise PermissionDenied(Message("export_hub_location_denied"))
            return actor_of(member)

    def _answer(self, status: ExportStatus) -> dict[str, Any]:
        return status_to_json(status) | {"pages_url": self.service.base_url()}

    # --- housekeeping ---------------------------------------------------------------------

    def maintain(self) -> None:
        """Expire due requests (their files go), resend unsent mail; share the writes."""
        try:
            self.service.maintain()
        finally:
            drain_outbox(self.store)

    def recover(self) -> None:
        """At start: finish exports whose computation a restart cut off."""
        try:
            self.service.expire_due()
            for request_id in self.service.recover():
                self.compute(request_id)
        finally:
            drain_outbox(self.store)

    def compute(self, request_id: uuid.UUID) -> None:
        try:
            self.service.compute(request_id)
        except Exception:
            log.exception("customer export failed", extra={"export": str(request_id)})
        finally:
            drain_outbox(self.store)

    def start_housekeeping(self, interval: float = 60.0) -> None:
        if self._housekeeper is not None and self._housekeeper.is_alive():
            return
        self._stop.clear()

        def run() -> None:
            try:
                self.recover()
            except Exception:
                log.exception("export recovery failed")
            while not self._stop.wait(interval):
                try:
                    self.maintain()
                except Exception:
                    log.exception("export housekeeping failed")

        self._housekeeper = threading.Thread(target=run, name="belbo-hub-exports", daemon=True)
        self._housekeeper.start()

    def stop_housekeeping(self) -> None:
        self._stop.set()
        if self._housekeeper is not None:
            self._housekeeper.join(10)
            self._housekeeper = None


def _text(body: dict[str, Any], key: str, limit: int) -> str:
    value = body.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise BadRequest(key)
    return value


def _flag(body: dict[str, Any], key: str) -> bool:
    value = body.get(key, False)
    if not isinstance(value, bool):
        raise BadRequest(key)
    return value


def _fields(body: dict[str, Any]) -> tuple[str, ...]:
    value = body.get("fields")
    if (
        not isinstance(value, list)
        or len(value) > MAX_FIELDS
        or not all(isinstance(v, str) and len(v) <= 64 for v in value)
    ):
        raise BadRequest("fields")
    return tuple(value)


def _format(body: dict[str, Any]) -> ExportFormat:
    try:
        return ExportFormat(str(body.get("format", ExportFormat.XLSX.value)))
    except ValueError as exc:
        raise BadRequest("format") from exc


def _request_id(raw: str) -> uuid.UUID:
    try:
        return uuid.UUID(raw)
    except ValueError as exc:
        raise NotFound(Message("export_not_found")) from exc


def _services_engine(engine: Engine) -> Engine:
    """A second engine on the hub database for the export service's writes.

    Change capture listens on its engine; on the sync store's engine it would also
    catch the store's own writes (applying a PC's push) and log them a second time.
    """
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "sqlite":
        return make_engine(url)
    return make_engine(url, pool_size=5, max_overflow=10, pool_pre_ping=True)


def mount_export_pages(
    app: FastAPI,
    store: HubStore,
    data_dir: Path,
    *,
    public_url: str | None = None,
    mail: HubMail | None = None,
) -> ExportService:
    """Serve ``/export/confirm/...``, ``/export/download/...`` and ``/v1/exports`` here.

    ``public_url``: the address browsers reach this hub at (behind the reverse proxy);
    the links in the mails point there. ``mail``: the hub's mail server settings
    (default: those stored in ``data_dir`` by ``belbo hub mail``).
    """
    paths = Paths(data_dir)
    paths.ensure()
    uow = UnitOfWork(_services_engine(store.engine))
    capture = ChangeCapture(lambda: 0)
    install(uow, capture)
    capture.clock = store.hlc  # one clock for everything the hub writes
    settings = SettingsService(uow, store.clock)
    mail = mail or HubMail(data_dir, store.clock)
    if not mail.load().configured:
        log.warning(
            "no mail server configured (belbo hub mail): export mails go to the outbox folder",
            extra={"outbox": str(mail.outbox.folder)},
        )
    service = ExportService(
        uow, store.clock, Hasher(), settings, paths.exports, mail.mailer, public_url=public_url
    )
    exports = HubExports(store, service, mail)
    app.state.exports = exports

    def schedule(tasks: BackgroundTasks, request_id: uuid.UUID) -> None:
        tasks.add_task(drain_outbox, store)
        tasks.add_task(exports.compute, request_id)

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
