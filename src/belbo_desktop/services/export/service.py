"""The export service, the one entry point for the wizard, the status list and the link
pages: it checks rights, and for the staff's own steps (request, cancel, resend) opens
the transaction and writes the audit entry. The modules beside it hold the rest: the
order's checks, statuses, link access, the computation, the mails and housekeeping.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from belbo_desktop.domain import export as rules
from belbo_desktop.domain.errors import BelboError, NotFound, ValidationError
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.rights import Right
from belbo_desktop.domain.text import clean
from belbo_desktop.mail.message import Mailer
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.export import (
    computation,
    link_access,
    links,
    mails,
    maintenance,
    orders,
)
from belbo_desktop.services.export.closing import close_request
from belbo_desktop.services.export.customer_rows import BATCH_SIZE, count_customers
from belbo_desktop.services.export.links import DownloadFile, LinkInfo
from belbo_desktop.services.export.orders import ExportFieldChoice, ExportOrder
from belbo_desktop.services.export.remote import RemoteExports
from belbo_desktop.services.export.status import (
    ExportStatus,
    any_open,
    own_statuses,
    request_status,
    requested_elsewhere,
    trail_statuses,
)
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import Clock, RandomSource, SystemRandom
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.unit_of_work import UnitOfWork


class ExportService:
    def __init__(
        self,
        uow: UnitOfWork,
        clock: Clock,
        hasher: Hasher,
        settings: SettingsService,
        exports_dir: Path,
        mailer: Callable[[], Mailer],
        *,
        random: RandomSource | None = None,
        remote: RemoteExports | None = None,
        public_url: str | None = None,
    ) -> None:
        self.uow = uow
        self.clock = clock
        self.hasher = hasher
        self.settings = settings
        self.exports_dir = exports_dir
        self.mailer = mailer
        self.random = random or SystemRandom()
        #: The hub that takes this PC's requests while it is enrolled (None on the hub).
        self.remote = remote
        #: The hub's public address: links in its mails point there.
        self.public_url = public_url.rstrip("/") if public_url else None
        #: Requests this PC made at the hub, until their audit trail arrives by sync.
        self._sent_to_hub: dict[uuid.UUID, tuple[uuid.UUID, ExportStatus]] = {}
        #: Customers read per transaction (keyset page).
        self.batch_size = BATCH_SIZE
        #: Called with a request id after a successful confirmation; the web component
        #: or the app sets it to run :meth:`compute` off the request thread.
        self.on_confirmed: Callable[[uuid.UUID], None] | None = None

    def hub_url(self) -> str | None:
        """The hub that takes this PC's requests (and mails their links), or None."""
        return self.remote.hub_url() if self.remote is not None else None

    # --- the wizard -------------------------------------------------------------------

    def field_choices(self, actor: Actor, lang: str = "de") -> list[ExportFieldChoice]:
        """Built-in fields, then the location's custom fields (archived ones last).

        Health-data fields are offered only to staff who may see health data.
        """
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            return orders.offered_fields(s, actor, lang)

    def recipients(self, actor: Actor) -> list[str]:
        """Only addresses of staff with administrative rights (seed: "Exportassistent")."""
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            return sorted({m.email for m in orders.admins(s, actor.location_id) if m.email})

    def last_order(self, actor: Actor) -> ExportOrder | None:
        """The actor's previous choice, so the wizard can offer it again."""
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            return orders.previous_order(s, actor.staff_id)

    def count(self, actor: Actor, search_text: str = "", include_archived: bool = False) -> int:
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            return count_customers(s, actor.location_id, search_text, include_archived)

    def request(
        self, actor: Actor, order: ExportOrder, *, device_id: uuid.UUID | None = None
    ) -> ExportStatus:
        """Record the request and send the confirmation mail.

        A mail that cannot be sent does not lose the request: it is kept, retried by
        :meth:`maintain`, and the returned status carries the reason in ``mail_error``.
        While this PC is enrolled with a hub, the hub takes the request (after the same
        checks here, so a mistake is reported without a round trip); an unreachable hub
        is an error and nothing is requested. ``device_id``: on the hub, the PC that
        asked (recorded in the audit log).
        """
        admin_id, admin_email, fields, search_text = self._checked(actor, order)
        if self.hub_url() is not None:
            assert self.remote is not None
            status = self.remote.request(actor, replace(order, fields=fields))
            self._sent_to_hub[status.id] = (actor.location_id, status)
            return status
        token = self._new_token()
        now = self.clock.now()
        via: dict[str, Any] = {}
        if device_id is not None:  # on the hub: which PC asked, where the pages are
            via = {"via": "hub", "device": device_id, "pages": self.base_url()}
        with self.uow.write() as s:
            req = orders.new_request(
                actor, order, (admin_id, admin_email), fields, search_text, token, now
            )
            s.add(req)
            s.flush()
            request_id = req.id
            audit.record(
                s,
                self.clock,
                actor,
                "export_requested",
                target_type="export",
                target_id=req.id,
                recipient=admin_email,
                fields=list(fields),
                format=order.format.value,
                scope=search_text or "all",
                include_archived=order.include_archived,
                **via,
            )
        self._send(request_id, "confirm", token)
        return self.status(actor, request_id)

    def _checked(
        self, actor: Actor, order: ExportOrder
    ) -> tuple[uuid.UUID, str, tuple[str, ...], str]:
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            return orders.check_order(s, actor, order)

    # --- status -----------------------------------------------------------------------

    def status(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus:
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            req = s.get(ExportRequest, request_id)
            if req is not None and req.location_id == actor.location_id:
                return request_status(s, req)
            if req is None:
                found = self._trail_statuses(s, actor.location_id, [str(request_id)])
                if found:
                    return found[0]
        location_id, sent = self._sent_to_hub.get(request_id, (None, None))
        if sent is not None and location_id == actor.location_id:
            return sent
        raise NotFound(Message("export_not_found"))

    def list_requests(self, actor: Actor, limit: int = 50) -> list[ExportStatus]:
        """This location's requests, newest first: this PC's own and, from the synced
        audit log, those made at the hub (or on another PC)."""
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            out = own_statuses(s, actor.location_id, limit)
            own = {r.id for r in out}
            others = requested_elsewhere(s, actor.location_id, own, limit)
            out += [
                t for t in self._trail_statuses(s, actor.location_id, others) if t.id not in own
            ]
        known = {r.id for r in out}
        out += [
            st
            for rid, (location_id, st) in list(self._sent_to_hub.items())
            if rid not in known and location_id == actor.location_id
        ]
        out.sort(key=lambda r: r.requested_at, reverse=True)
        return out[:limit]

    def _trail_statuses(
        self, s: Session, location_id: uuid.UUID, target_ids: Sequence[str]
    ) -> list[ExportStatus]:
        found = trail_statuses(s, location_id, target_ids)
        for st in found:
            self._sent_to_hub.pop(st.id, None)  # the trail has arrived: it is the truth now
        return found

    def cancel(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus:
        """Withdraw a request: its links stop working, a file is deleted, a running
        computation stops at its next batch. A hub's request is withdrawn at the hub."""
        actor.require(Right.EXPORT_CUSTOMERS)
        remote = self._remote_for(actor, request_id)
        if remote is not None:
            status = remote.cancel(actor, request_id)
            self._sent_to_hub[request_id] = (actor.location_id, status)
            return status
        with self.uow.write() as s:
            req = s.get(ExportRequest, request_id)
            if req is None or req.location_id != actor.location_id:
                raise NotFound(Message("export_not_found"))
            if req.state != ExportState.EXPIRED.value:
                close_request(req, rules.CLOSED_CANCELLED, self.clock, self.exports_dir)
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "export_cancelled",
                    target_type="export",
                    target_id=req.id,
                )
            s.flush()
            return request_status(s, req)

    def resend(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus:
        """Send the current mail of a request again, now, with a fresh link (the old link
        stops working): the confirmation while it is requested, else the download link."""
        actor.require(Right.EXPORT_CUSTOMERS)
        remote = self._remote_for(actor, request_id)
        if remote is not None:
            status = remote.resend(actor, request_id)
            self._sent_to_hub[request_id] = (actor.location_id, status)
            return status
        token = self._new_token()
        with self.uow.write() as s:
            req = s.get(ExportRequest, request_id)
            if req is None or req.location_id != actor.location_id:
                raise NotFound(Message("export_not_found"))
            state = ExportState(req.state)
            if state is ExportState.REQUESTED:
                kind = "confirm"
                req.confirm_token_hash = rules.hash_token(token)
            elif state in (ExportState.READY, ExportState.DOWNLOADED):
                kind = "download"
                req.download_token_hash = rules.hash_token(token)
            else:
                return request_status(s, req)  # nothing to send in this state
            req.mail_pending = kind
            audit.record(
                s,
                self.clock,
                actor,
                "export_mail_resent",
                target_type="export",
                target_id=req.id,
                kind=kind,
            )
        self._send(request_id, kind, token)
        return self.status(actor, request_id)

    def _remote_for(self, actor: Actor, request_id: uuid.UUID) -> RemoteExports | None:
        """The hub, if ``request_id`` is one of its requests; raises if it is another PC's."""
        with self.uow.read() as s:
            if s.get(ExportRequest, request_id) is not None:
                return None
        status = self.status(actor, request_id)  # NotFound if nobody knows it
        if not status.via_hub:
            raise NotFound(Message("export_made_elsewhere"))
        if self.hub_url() is None or self.remote is None:
            raise NotFound(Message("export_hub_not_enrolled"))
        return self.remote

    def has_open_requests(self) -> bool:
        """Whether the confirmation/download pages must be reachable (any location)."""
        with self.uow.read() as s:
            return any_open(s)

    # --- the confirmation page, computing, the download page -----------------------------

    def confirmation_info(self, token: str) -> LinkInfo:
        """For the page's GET: refuses unknown, used, blocked and expired links."""
        return self._link_info(token, "confirm")

    def confirm(self, token: str, password: str, client: str | None = None) -> ExportStatus:
        """Check the recipient's password; on success the export is ready to compute."""
        outcome = self._check_password(token, password, "confirm", client)
        if isinstance(outcome, BelboError):
            raise outcome
        if self.on_confirmed is not None:
            self.on_confirmed(outcome.id)
        return outcome

    def compute(
        self, request_id: uuid.UUID, progress: Callable[[int], None] | None = None
    ) -> ExportStatus | None:
        """Write the export file for a confirmed request, then mail the download link."""
        return computation.compute(
            self.uow,
            self.clock,
            self.exports_dir,
            request_id,
            batch_size=self.batch_size,
            new_token=self._new_token,
            send=self._send,
            progress=progress,
        )

    def download_info(self, token: str) -> LinkInfo:
        return self._link_info(token, "download")

    def download(self, token: str, password: str, client: str | None = None) -> DownloadFile:
        """Check the password again, then hand out the file; every download is audited."""
        outcome = self._check_password(token, password, "download", client)
        if isinstance(outcome, BelboError):
            raise outcome
        with self.uow.read() as s:
            req = s.get(ExportRequest, outcome.id)
            assert req is not None and req.stored_file and req.file_name
            path = self.exports_dir / req.stored_file
            fmt = ExportFormat(req.format)
            return DownloadFile(path, req.file_name, fmt.content_type, req.file_size or 0)

    def _link_info(self, token: str, kind: str) -> LinkInfo:
        return link_access.link_info(self.uow, self.clock, self.exports_dir, token, kind)

    def _check_password(
        self, token: str, password: str, kind: str, client: str | None = None
    ) -> ExportStatus | BelboError:
        return link_access.check_password(
            self.uow, self.clock, self.hasher, self.exports_dir, token, password, kind, client
        )

    # --- mail ---------------------------------------------------------------------------

    def base_url(self) -> str:
        if self.public_url:
            return self.public_url
        value = self.settings.get(None, links.BASE_URL_SETTING)
        return str(value).rstrip("/") if value else links.DEFAULT_BASE_URL

    def set_base_url(self, actor: Actor, url: str) -> None:
        """The hub's public address when one serves the pages; empty for this PC."""
        actor.require(Right.MANAGE_SETTINGS)
        url = clean(url).rstrip("/")
        if url and not (url.startswith(("http://", "https://")) and " " not in url):
            raise ValidationError({"base_url": Message("base_url_invalid")})
        self.settings.set(actor, links.BASE_URL_SETTING, url or None, location_wide=False)

    def _send(self, request_id: uuid.UUID, kind: str, token: str) -> None:
        mails.send_mail(self.uow, self.clock, self.mailer, self.base_url, request_id, kind, token)

    # --- housekeeping -----------------------------------------------------------------

    def maintain(self) -> None:
        """Expire what is due, delete files nobody may fetch, resend unsent mail.

        Safe to call often, from any thread; the local web server calls it every minute.
        """
        self.expire_due()
        self.retry_mail()

    def recover(self) -> list[uuid.UUID]:
        """At start-up: a computation cut off by a crash goes back to CONFIRMED."""
        return maintenance.recover(self.uow, self.exports_dir)

    def expire_due(self) -> int:
        return maintenance.expire_due(self.uow, self.clock, self.exports_dir)

    def retry_mail(self) -> int:
        """Send mails that failed before, each with a fresh token (the old one never left)."""
        return maintenance.retry_mail(self.uow, self.clock, self._new_token, self._send)

    def _new_token(self) -> str:
        return links.new_token(self.random)
