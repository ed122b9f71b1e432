"""Kunden exportieren: request, email confirmation with password, computation, download.

The flow (seed, "Kunden exportieren"): a staff member with the export right picks an
administrator's address, the fields and the format; a confirmation mail with a
single-use link goes to that address; the page behind the link asks for that
administrator's password; then the file is computed in the background and a second
mail brings a download link, whose page asks for the password again. Links carry 256
random bits and are stored only hashed. Every step is written to the audit log.

With a hub (this PC enrolled), a request is made *at the hub* through the
:class:`RemoteExports` port: the hub's own ExportService stores it, sends the mails
through the hub's mail server and serves the pages at its public address, so the
manager can confirm from any device. The PC keeps no row for it. Its state reaches the
PC through the audit log, which is synced anyway: every step of a request is audited
(requested, mail sent, confirmed, computed, downloaded, expired ...), so the trail says
everything the status list shows and nothing more. ``export_requests`` itself stays
unsynced: its token hashes, file names and mail bookkeeping never leave the machine
that made the request, and no PC can change a request of the hub by pushing a row.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Select, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from belbo_desktop.documents.csv_writer import CsvWriter
from belbo_desktop.documents.xlsx_writer import SheetColumn, XlsxWriter
from belbo_desktop.domain import customers as customer_rules
from belbo_desktop.domain import export as rules
from belbo_desktop.domain.customers import BUILTIN_FIELDS
from belbo_desktop.domain.errors import AuthenticationFailed, BelboError, NotFound, ValidationError
from belbo_desktop.domain.export import (
    BUILTIN_KINDS,
    CUSTOM_KINDS,
    ExportColumn,
    ExportFormat,
    ExportState,
)
from belbo_desktop.domain.messages import Message, label
from belbo_desktop.domain.rights import ADMINISTRATIVE_ROLES, Right
from belbo_desktop.domain.text import clean
from belbo_desktop.mail.message import Mailer, MailError, MailMessage
from belbo_desktop.services import audit
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.custom_fields import load_fields
from belbo_desktop.services.health_gate import health_field_ids
from belbo_desktop.services.locations import SettingsService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import BERLIN, Clock, RandomSource, SystemRandom
from belbo_desktop.services.staff import actor_of
from belbo_desktop.storage.customer_search import ListSpec
from belbo_desktop.storage.orm import AuditEntry, Customer, CustomFieldValue, StaffMember
from belbo_desktop.storage.orm.export import ExportRequest
from belbo_desktop.storage.search import matching_rowids
from belbo_desktop.storage.unit_of_work import UnitOfWork

BASE_URL_SETTING = "export.base_url"
DEFAULT_PORT = 47615
DEFAULT_BASE_URL = f"http://127.0.0.1:{DEFAULT_PORT}"
BATCH_SIZE = 2000
CONFIRM_PATH = "/export/confirm/"
DOWNLOAD_PATH = "/export/download/"

_BUILTIN_COLUMNS = {name: getattr(Customer, name) for name in BUILTIN_FIELDS}


class _Cancelled(Exception):
    """The request was withdrawn while its file was being written."""


class ExportLinkError(BelboError):
    """A link that is unknown, used, expired or blocked; the page says which, nothing more."""


@dataclass(frozen=True)
class ExportFieldChoice:
    key: str
    label: str
    custom: bool
    archived: bool = False


@dataclass(frozen=True)
class ExportOrder:
    """What the wizard collected."""

    recipient: str
    fields: tuple[str, ...]
    format: ExportFormat = ExportFormat.XLSX
    search_text: str = ""  # empty: all customers
    include_archived: bool = False
    lang: str = "de"


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


class RemoteExports(Protocol):
    """The hub this PC is enrolled with, seen from the export service (``sync.exports``)."""

    def hub_url(self) -> str | None:
        """The hub's address while this PC is enrolled, else None (local flow)."""

    def request(self, actor: Actor, order: ExportOrder) -> ExportStatus: ...

    def cancel(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus: ...

    def resend(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus: ...


@dataclass(frozen=True)
class LinkInfo:
    """What the confirmation or download page may show before the password is given."""

    request_id: uuid.UUID
    recipient_masked: str
    expires_at: dt.datetime
    attempts_left: int
    file_name: str | None
    lang: str


@dataclass(frozen=True)
class DownloadFile:
    path: Path
    file_name: str
    content_type: str
    size: int


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
            custom = load_fields(s, actor.location_id, include_archived=True)
            if not actor.can(Right.VIEW_HEALTH_DATA):
                health = health_field_ids(s, actor.location_id)
                custom = [f for f in custom if f.key not in health]
        choices = [ExportFieldChoice(k, label(k, lang), False) for k in BUILTIN_FIELDS]
        choices += [ExportFieldChoice(f.key, f.label, True) for f in custom if not f.archived]
        choices += [ExportFieldChoice(f.key, f.label, True, True) for f in custom if f.archived]
        return choices

    def recipients(self, actor: Actor) -> list[str]:
        """Only addresses of staff with administrative rights (seed: "Exportassistent")."""
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            return sorted({m.email for m in self._admins(s, actor.location_id) if m.email})

    def last_order(self, actor: Actor) -> ExportOrder | None:
        """The actor's previous choice, so the wizard can offer it again."""
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            req = s.scalars(
                select(ExportRequest)
                .where(ExportRequest.requested_by_id == actor.staff_id)
                .order_by(ExportRequest.created_at.desc())
                .limit(1)
            ).first()
            if req is None:
                return None
            return ExportOrder(
                req.recipient_email,
                tuple(req.fields),
                ExportFormat(req.format),
                req.search_text or "",
                req.include_archived,
                req.lang,
            )

    def count(self, actor: Actor, search_text: str = "", include_archived: bool = False) -> int:
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            stmt = self._customer_filter(
                select(func.count()).select_from(Customer),
                s,
                actor.location_id,
                search_text,
                include_archived,
            )
            return 0 if stmt is None else int(s.scalar(stmt) or 0)

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
            req = ExportRequest(
                location_id=actor.location_id,
                requested_by_id=actor.staff_id,
                recipient_staff_id=admin_id,
                recipient_email=admin_email,
                fields=list(fields),
                format=order.format.value,
                search_text=search_text or None,
                include_archived=order.include_archived,
                lang="en" if order.lang == "en" else "de",
                state=ExportState.REQUESTED.value,
                confirm_token_hash=rules.hash_token(token),
                confirm_expires_at=now + rules.CONFIRM_VALIDITY,
                failed_attempts=0,
                progress=0,
                download_count=0,
                mail_pending="confirm",
                mail_attempts=0,
                created_at=now,
                updated_at=now,
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
        """The recipient's staff id and address, the fields and the search, or raises."""
        actor.require(Right.EXPORT_CUSTOMERS)
        recipient = clean(order.recipient).casefold()
        errors: dict[str, Message] = {}
        with self.uow.read() as s:
            known = set(BUILTIN_FIELDS) | {
                f.key for f in load_fields(s, actor.location_id, include_archived=True)
            }
            if not actor.can(Right.VIEW_HEALTH_DATA) and (
                set(order.fields) & health_field_ids(s, actor.location_id)
            ):
                actor.require(Right.VIEW_HEALTH_DATA)  # raises: health data needs the right
            admin = next(
                (
                    (m.id, m.email)
                    for m in self._admins(s, actor.location_id)
                    if m.email and m.email.casefold() == recipient
                ),
                None,
            )
        if admin is None:
            errors["recipient"] = Message("export_recipient_not_admin")
        if not order.fields:
            errors["fields"] = Message("export_no_fields")
        for key in order.fields:
            if key not in known:
                errors["fields"] = Message("export_unknown_field", {"value": key[:40]})
                break
        search_text = clean(order.search_text)[:200]
        if errors:
            raise ValidationError(errors)
        assert admin is not None
        return admin[0], admin[1], tuple(dict.fromkeys(order.fields)), search_text

    # --- status -----------------------------------------------------------------------

    def status(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus:
        actor.require(Right.EXPORT_CUSTOMERS)
        with self.uow.read() as s:
            req = s.get(ExportRequest, request_id)
            if req is not None and req.location_id == actor.location_id:
                return self._status(s, req)
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
            rows = s.scalars(
                select(ExportRequest)
                .where(ExportRequest.location_id == actor.location_id)
                .order_by(ExportRequest.created_at.desc())
                .limit(limit)
            ).all()
            names = dict(
                s.execute(
                    select(StaffMember.id, StaffMember.display_name).where(
                        StaffMember.id.in_({r.requested_by_id for r in rows})
                    )
                ).tuples()
            )
            out = [self._status_of(r, names.get(r.requested_by_id)) for r in rows]
            own = {r.id for r in rows}
            ids = s.scalars(
                select(AuditEntry.target_id)
                .where(
                    AuditEntry.location_id == actor.location_id,
                    AuditEntry.action == "export_requested",
                )
                .order_by(AuditEntry.at.desc())
                .limit(limit * 2)
            ).all()
            others = [i for i in ids if i and _uuid(i) not in own]
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
                        str(details.get("pages") or "") or None
                        if details.get("via") == "hub"
                        else None
                    ),
                )
            )
            self._sent_to_hub.pop(rid, None)  # the trail has arrived: it is the truth now
        return out

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
                self._close(s, req, rules.CLOSED_CANCELLED)
                audit.record(
                    s,
                    self.clock,
                    actor,
                    "export_cancelled",
                    target_type="export",
                    target_id=req.id,
                )
            s.flush()
            return self._status(s, req)

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
                return self._status(s, req)  # nothing to send in this state
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
            return (
                s.scalar(
                    select(func.count())
                    .select_from(ExportRequest)
                    .where(ExportRequest.state != ExportState.EXPIRED.value)
                )
                or 0
            ) > 0

    # --- the confirmation page ----------------------------------------------------------

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

    # --- computing ----------------------------------------------------------------------

    def compute(
        self, request_id: uuid.UUID, progress: Callable[[int], None] | None = None
    ) -> ExportStatus | None:
        """Write the export file for a confirmed request, then mail the download link.

        The file is written to a ``.part`` file (0600) and renamed only when complete, so
        a crash never leaves a half-written export presented as ready.
        """
        with self.uow.write() as s:
            req = s.get(ExportRequest, request_id)
            if req is None or req.state != ExportState.CONFIRMED.value:
                return None
            req.state = ExportState.COMPUTING.value
            req.progress = 0
            req.updated_at = self.clock.now()
            location_id = req.location_id
            fields = list(req.fields)
            fmt = ExportFormat(req.format)
            search_text = req.search_text or ""
            include_archived = req.include_archived
            lang = req.lang
            columns = self._columns(s, location_id, fields, lang)
            recipient = actor_of(s.get(StaffMember, req.recipient_staff_id))  # type: ignore[arg-type]
            audit.record(
                s,
                self.clock,
                recipient,
                "export_computing",
                target_type="export",
                target_id=request_id,
            )
        self.exports_dir.mkdir(parents=True, exist_ok=True)
        part = self.exports_dir / f"{request_id.hex}.part"
        final = self.exports_dir / f"{request_id.hex}.{fmt.extension}"
        try:
            total = self._count(location_id, search_text, include_archived)
            rows = self._write_file(
                part,
                fmt,
                columns,
                self._batches(location_id, columns, search_text, include_archived),
                total,
                lambda pct: self._progress(request_id, pct, progress),
                lang,
            )
            with self.uow.read() as s:
                req = s.get(ExportRequest, request_id)
                if req is None or req.state != ExportState.COMPUTING.value:
                    raise _Cancelled
            os.replace(part, final)
            _fsync_dir(self.exports_dir)
        except _Cancelled:
            part.unlink(missing_ok=True)
            return None
        except BaseException:
            part.unlink(missing_ok=True)
            with self.uow.write() as s:
                req = s.get(ExportRequest, request_id)
                if req is not None and req.state == ExportState.COMPUTING.value:
                    self._close(s, req, rules.CLOSED_FAILED)
                    audit.record(
                        s,
                        self.clock,
                        None,
                        "export_failed",
                        target_type="export",
                        target_id=request_id,
                        location_id=location_id,
                    )
            raise
        token = self._new_token()
        now = self.clock.now()
        local_day = now.astimezone(BERLIN).date()
        with self.uow.write() as s:
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
                self.clock,
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
        self._send(request_id, "download", token)
        with self.uow.read() as s:
            req = s.get(ExportRequest, request_id)
            assert req is not None
            return self._status(s, req)

    def _progress(
        self, request_id: uuid.UUID, pct: int, callback: Callable[[int], None] | None
    ) -> None:
        with self.uow.write() as s:
            req = s.get(ExportRequest, request_id)
            if req is None or req.state != ExportState.COMPUTING.value:
                raise _Cancelled  # withdrawn (or expired) while computing
            req.progress = pct
        if callback is not None:
            callback(pct)

    @staticmethod
    def _write_file(
        path: Path,
        fmt: ExportFormat,
        columns: Sequence[ExportColumn],
        batches: Iterator[list[list[Any]]],
        total: int,
        progress: Callable[[int], None],
        lang: str,
    ) -> int:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.chmod(path, 0o600)
        done = 0
        reported = 0
        with os.fdopen(fd, "w+b") as f:
            writer: CsvWriter | XlsxWriter
            if fmt is ExportFormat.XLSX:
                writer = XlsxWriter(
                    f,
                    [SheetColumn(c.title, c.kind, c.width) for c in columns],
                    sheet_name="Customers" if lang == "en" else "Kunden",
                )
            else:
                writer = CsvWriter(
                    f,
                    [c.title for c in columns],
                    [c.kind for c in columns],
                    delimiter=fmt.delimiter,
                    lang=lang,
                )
            try:
                for batch in batches:
                    writer.write_rows(batch)
                    done += len(batch)
                    pct = min(99, done * 100 // max(total, 1))
                    if pct >= reported + 2:
                        reported = pct
                        progress(pct)
            except BaseException:
                if isinstance(writer, XlsxWriter):
                    writer.abort()
                raise
            writer.close()
            f.flush()
            os.fsync(f.fileno())
        return done

    def _columns(
        self, s: Session, location_id: uuid.UUID, fields: Sequence[str], lang: str
    ) -> list[ExportColumn]:
        """Columns in a stable order: built-in fields as listed, then custom by position."""
        chosen = set(fields)
        columns = [
            ExportColumn(k, label(k, lang), BUILTIN_KINDS[k]) for k in BUILTIN_FIELDS if k in chosen
        ]
        for f in load_fields(s, location_id, include_archived=True):
            if f.key in chosen:
                columns.append(ExportColumn(f.key, f.label, CUSTOM_KINDS[f.field_type], True))
        return columns

    def _count(self, location_id: uuid.UUID, search_text: str, include_archived: bool) -> int:
        with self.uow.read() as s:
            stmt = self._customer_filter(
                select(func.count()).select_from(Customer),
                s,
                location_id,
                search_text,
                include_archived,
            )
            return 0 if stmt is None else int(s.scalar(stmt) or 0)

    def _batches(
        self,
        location_id: uuid.UUID,
        columns: Sequence[ExportColumn],
        search_text: str,
        include_archived: bool,
        batch_size: int | None = None,
    ) -> Iterator[list[list[Any]]]:
        """Rows in customer-number order, read in short transactions (keyset pagination).

        Built-in columns come first (see :meth:`_columns`). Custom values are fetched per
        batch by the batch's number range, not by 2,000 ids, and ids are never turned
        into UUID objects: at 200,000 customers that alone took most of the time.
        """
        batch_size = batch_size or self.batch_size
        builtin = [c.key for c in columns if not c.custom]
        custom = [c for c in columns if c.custom]
        positions: dict[object, int] = {}
        for i, c in enumerate(columns):
            if c.custom:
                fid = uuid.UUID(c.key)
                positions.update({fid: i, fid.hex: i, str(fid): i})
        custom_ids = [uuid.UUID(c.key) for c in custom]
        pad = [None] * len(custom)
        raw_field_id = type_coerce(CustomFieldValue.field_id, String)
        last: int | None = None
        while True:
            with self.uow.read() as s:
                stmt = self._customer_filter(
                    select(Customer.number, *(_BUILTIN_COLUMNS[k] for k in builtin)),
                    s,
                    location_id,
                    search_text,
                    include_archived,
                )
                if stmt is None:
                    return
                conn = s.connection()
                if last is not None:
                    stmt = stmt.where(Customer.number > last)
                page = conn.execute(stmt.order_by(Customer.number).limit(batch_size)).all()
                if not page:
                    return
                rows: list[list[Any]] = (
                    [[*r[1:], *pad] for r in page] if custom else [list(r[1:]) for r in page]
                )
                if custom:
                    index = {r[0]: i for i, r in enumerate(page)}
                    values = conn.execute(
                        select(Customer.number, raw_field_id, CustomFieldValue.value)
                        .join(Customer, Customer.id == CustomFieldValue.customer_id)
                        .where(
                            Customer.location_id == location_id,
                            Customer.number.between(page[0][0], page[-1][0]),
                            CustomFieldValue.field_id.in_(custom_ids),
                        )
                    ).all()  # one fetchall: iterating the result fetches row by row
                    for number, raw_id, value in values:
                        at = index.get(number)
                        if at is not None:
                            rows[at][positions[raw_id]] = value
            yield rows
            last = page[-1][0]

    @staticmethod
    def _customer_filter(
        stmt: Select[Any],
        s: Session,
        location_id: uuid.UUID,
        search_text: str,
        include_archived: bool,
    ) -> Select[Any] | None:
        """The same customers the list shows for this search; None if nothing can match."""
        stmt = stmt.where(
            Customer.location_id == location_id,
            Customer.deleted_at.is_(None),
            Customer.merged_into_id.is_(None),  # a merged duplicate lives on in its survivor
        )
        if not include_archived:
            stmt = stmt.where(Customer.archived_at.is_(None))
        if not search_text.strip():
            return stmt
        match = customer_rules.match_query(search_text)
        if match is None:
            return None
        if s.get_bind().dialect.name == "sqlite":
            spec = ListSpec(location_id, match, include_archived=include_archived)
            return stmt.where(Customer.search_seq.in_(matching_rowids(spec.fts_expression())))
        # Other databases (the hub): every typed word must start a name, email or phone.
        for word in search_text.split():
            pattern = word.replace("%", "").replace("_", "") + "%"
            stmt = stmt.where(
                or_(
                    Customer.first_name.ilike(pattern),
                    Customer.last_name.ilike(pattern),
                    Customer.email.ilike(pattern),
                    Customer.phone.ilike("%" + pattern),
                )
            )
        return stmt

    # --- the download page ----------------------------------------------------------------

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

    # --- links and passwords ------------------------------------------------------------

    def _find(self, s: Session, token: str, kind: str) -> ExportRequest | None:
        if not rules.plausible_token(token):
            return None
        column = (
            ExportRequest.confirm_token_hash
            if kind == "confirm"
            else ExportRequest.download_token_hash
        )
        return s.scalars(select(ExportRequest).where(column == rules.hash_token(token))).first()

    def _link_problem(self, s: Session, req: ExportRequest | None, kind: str) -> BelboError | None:
        """Why a link cannot be used now; expires the request if its time is up."""
        if req is None:
            return ExportLinkError(Message("export_link_invalid"))
        now = self.clock.now()
        state = ExportState(req.state)
        if state is ExportState.EXPIRED:
            if req.closed_reason == rules.CLOSED_TOO_MANY_ATTEMPTS:
                return ExportLinkError(
                    Message("export_link_locked", {"max": rules.MAX_PASSWORD_ATTEMPTS})
                )
            if req.closed_reason == rules.CLOSED_EXPIRED:
                return ExportLinkError(Message("export_link_expired"))
            if req.closed_reason == rules.CLOSED_CANCELLED:
                return ExportLinkError(Message("export_link_cancelled"))
            return ExportLinkError(Message("export_link_invalid"))
        if kind == "confirm":
            if state is not ExportState.REQUESTED:
                return ExportLinkError(Message("export_link_invalid"))
            if req.confirm_expires_at <= now:
                self._expire(s, req)
                return ExportLinkError(Message("export_link_expired"))
        else:
            if state not in (ExportState.READY, ExportState.DOWNLOADED):
                return ExportLinkError(Message("export_link_invalid"))
            if req.download_expires_at is None or req.download_expires_at <= now:
                self._expire(s, req)
                return ExportLinkError(Message("export_link_expired"))
            if not req.stored_file or not (self.exports_dir / req.stored_file).is_file():
                self._close(s, req, rules.CLOSED_FAILED)
                return ExportLinkError(Message("export_link_invalid"))
        return None

    def _link_info(self, token: str, kind: str) -> LinkInfo:
        with self.uow.write() as s:
            req = self._find(s, token, kind)
            problem = self._link_problem(s, req, kind)
            if problem is None:
                assert req is not None
                expires = req.confirm_expires_at if kind == "confirm" else req.download_expires_at
                assert expires is not None
                info: LinkInfo | BelboError = LinkInfo(
                    req.id,
                    rules.mask_email(req.recipient_email),
                    expires,
                    rules.MAX_PASSWORD_ATTEMPTS - req.failed_attempts,
                    req.file_name,
                    req.lang,
                )
            else:
                info = problem
        if isinstance(info, BelboError):
            raise info
        return info

    def _check_password(
        self, token: str, password: str, kind: str, client: str | None = None
    ) -> ExportStatus | BelboError:
        """Verify inside the write transaction; failures are returned so they commit."""
        with self.uow.write() as s:
            req = self._find(s, token, kind)
            problem = self._link_problem(s, req, kind)
            if problem is not None:
                return problem
            assert req is not None
            member = s.get(StaffMember, req.recipient_staff_id)
            valid_member = (
                member is not None
                and member.active
                and member.deleted_at is None
                and (member.email or "").casefold() == req.recipient_email.casefold()
                and member.role in {r.value for r in ADMINISTRATIVE_ROLES}
            )
            ok = (
                valid_member
                and member is not None
                and self.hasher.verify(member.password_hash, password)
            )
            step = "confirm" if kind == "confirm" else "download"
            if not ok:
                req.failed_attempts += 1
                locked = req.failed_attempts >= rules.MAX_PASSWORD_ATTEMPTS
                audit.record(
                    s,
                    self.clock,
                    None,
                    f"export_{step}_failed",
                    target_type="export",
                    target_id=req.id,
                    location_id=req.location_id,
                    attempt=req.failed_attempts,
                    client=client,
                    locked=locked,
                )
                if locked:
                    self._close(s, req, rules.CLOSED_TOO_MANY_ATTEMPTS)
                    return ExportLinkError(
                        Message("export_link_locked", {"max": rules.MAX_PASSWORD_ATTEMPTS})
                    )
                return AuthenticationFailed(
                    Message(
                        "export_password_wrong",
                        {"left": rules.MAX_PASSWORD_ATTEMPTS - req.failed_attempts},
                    )
                )
            assert member is not None
            recipient = actor_of(member)
            now = self.clock.now()
            req.failed_attempts = 0
            req.updated_at = now
            if kind == "confirm":
                req.state = ExportState.CONFIRMED.value
                req.confirmed_at = now
                req.confirm_token_hash = None  # single use
                if req.mail_pending == "confirm":
                    req.mail_pending = None
                audit.record(
                    s,
                    self.clock,
                    recipient,
                    "export_confirmed",
                    target_type="export",
                    target_id=req.id,
                    fields=list(req.fields),
                    client=client,
                )
            else:
                req.state = ExportState.DOWNLOADED.value
                req.downloaded_at = req.downloaded_at or now
                req.download_count += 1
                audit.record(
                    s,
                    self.clock,
                    recipient,
                    "export_downloaded",
                    target_type="export",
                    target_id=req.id,
                    customers=req.row_count,
                    fields=list(req.fields),
                    file_name=req.file_name,
                    download=req.download_count,
                    client=client,
                )
            s.flush()
            return self._status(s, req)

    # --- mail ---------------------------------------------------------------------------

    def base_url(self) -> str:
        if self.public_url:
            return self.public_url
        value = self.settings.get(None, BASE_URL_SETTING)
        return str(value).rstrip("/") if value else DEFAULT_BASE_URL

    def set_base_url(self, actor: Actor, url: str) -> None:
        """The hub's public address when one serves the pages; empty for this PC."""
        actor.require(Right.MANAGE_SETTINGS)
        url = clean(url).rstrip("/")
        if url and not (url.startswith(("http://", "https://")) and " " not in url):
            raise ValidationError({"base_url": Message("base_url_invalid")})
        self.settings.set(actor, BASE_URL_SETTING, url or None, location_wide=False)

    def _send(self, request_id: uuid.UUID, kind: str, token: str) -> None:
        with self.uow.read() as s:
            req = s.get(ExportRequest, request_id)
            assert req is not None
            message = self._mail(req, kind, token)
            location_id = req.location_id
        try:
            self.mailer().send(message)
        except MailError as exc:
            error: str | None = exc.reason
        else:
            error = None
        now = self.clock.now()
        with self.uow.write() as s:
            req = s.get(ExportRequest, request_id)
            assert req is not None
            req.mail_attempts += 1
            if error is None:
                req.mail_pending = None
                req.mail_error = None
                req.mail_next_attempt_at = None
            else:
                req.mail_error = error[:500]
                req.mail_next_attempt_at = now + rules.MAIL_RETRY_INTERVAL
            audit.record(
                s,
                self.clock,
                None,
                f"export_{kind}_mail_sent" if error is None else f"export_{kind}_mail_failed",
                target_type="export",
                target_id=request_id,
                location_id=location_id,
                to=req.recipient_email,
                attempt=req.mail_attempts,
                error=error,
            )

    def _mail(self, req: ExportRequest, kind: str, token: str) -> MailMessage:
        en = req.lang == "en"
        base = self.base_url()
        if kind == "confirm":
            link = f"{base}{CONFIRM_PATH}{token}"
            until = _local(req.confirm_expires_at)
            if en:
                subject = "Belbo: please confirm the customer export"
                text = (
                    "Hello,\n\nA customer export was requested in Belbo to be sent to this "
                    "address. To confirm it, open this link and enter the password of your "
                    f"Belbo account:\n\n{link}\n\nThe link can be used once and is valid until "
                    f"{until}. If you did not expect this export, ignore this email; without "
                    "your password nothing happens.\n\nBelbo Desktop\n"
                )
            else:
                subject = "Belbo: Kundenexport bestätigen"
                text = (
                    "Guten Tag,\n\nin Belbo wurde ein Kundenexport an diese Adresse angefordert. "
                    "Zum Bestätigen öffnen Sie bitte diesen Link und geben das Passwort Ihres "
                    f"Belbo-Kontos ein:\n\n{link}\n\nDer Link ist einmal verwendbar und gültig "
                    f"bis {until} Uhr. Wenn Sie diesen Export nicht erwartet haben, ignorieren "
                    "Sie diese E-Mail; ohne Ihr Passwort geschieht nichts.\n\nBelbo Desktop\n"
                )
        else:
            link = f"{base}{DOWNLOAD_PATH}{token}"
            assert req.download_expires_at is not None
            until = _local(req.download_expires_at)
            if en:
                subject = "Belbo: your customer export is ready"
                text = (
                    f"Hello,\n\nThe customer export ({req.row_count} customers) is ready. "
                    f"Download it here with your Belbo password:\n\n{link}\n\nThe link is "
                    f"valid until {until}; after that the file is deleted.\n\nBelbo Desktop\n"
                )
            else:
                subject = "Belbo: Ihr Kundenexport ist fertig"
                text = (
                    f"Guten Tag,\n\nder Kundenexport ({req.row_count} Kunden) ist fertig. "
                    "Sie können ihn hier mit Ihrem Belbo-Passwort herunterladen:\n\n"
                    f"{link}\n\nDer Link ist gültig bis {until} Uhr; danach wird die Datei "
                    "gelöscht.\n\nBelbo Desktop\n"
                )
        return MailMessage(req.recipient_email, subject, text)

    # --- housekeeping -----------------------------------------------------------------

    def maintain(self) -> None:
        """Expire what is due, delete files nobody may fetch, resend unsent mail.

        Safe to call often, from any thread; the local web server calls it every minute.
        """
        self.expire_due()
        self.retry_mail()

    def recover(self) -> list[uuid.UUID]:
        """At start-up: a computation cut off by a crash goes back to CONFIRMED."""
        with self.uow.write() as s:
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
        for part in self.exports_dir.glob("*.part"):
            part.unlink(missing_ok=True)
        return list(dict.fromkeys([*ids, *confirmed]))

    def expire_due(self) -> int:
        now = self.clock.now()
        expired = 0
        with self.uow.write() as s:
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
                    self._expire(s, req)
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
                    select(ExportRequest.id).where(
                        ExportRequest.state == ExportState.COMPUTING.value
                    )
                )
            }
        if self.exports_dir.is_dir():
            for path in self.exports_dir.iterdir():
                if path.is_file() and path.name not in keep and path.name not in computing:
                    path.unlink(missing_ok=True)
        return expired

    def retry_mail(self) -> int:
        """Send mails that failed before, each with a fresh token (the old one never left)."""
        now = self.clock.now()
        with self.uow.read() as s:
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
            token = self._new_token()
            with self.uow.write() as s:
                req = s.get(ExportRequest, request_id)
                if req is None or req.mail_pending != kind:
                    continue
                if kind == "confirm":
                    req.confirm_token_hash = rules.hash_token(token)
                else:
                    req.download_token_hash = rules.hash_token(token)
            self._send(request_id, str(kind), token)
        return len(due)

    def _expire(self, s: Session, req: ExportRequest) -> None:
        self._close(s, req, rules.CLOSED_EXPIRED)
        audit.record(
            s,
            self.clock,
            None,
            "export_expired",
            target_type="export",
            target_id=req.id,
            location_id=req.location_id,
        )

    def _close(self, s: Session, req: ExportRequest, reason: str) -> None:
        """End a request: tokens unusable, file deleted."""
        req.state = ExportState.EXPIRED.value
        req.closed_reason = reason
        req.closed_at = self.clock.now()
        # The token hashes stay, so a later visit reads "expired" or "blocked", not
        # "unknown"; the state alone makes them unusable.
        req.mail_pending = None
        if req.stored_file:
            with contextlib.suppress(OSError):
                (self.exports_dir / req.stored_file).unlink(missing_ok=True)

    # --- helpers ------------------------------------------------------------------------

    def _new_token(self) -> str:
        raw = self.random.token_bytes(rules.TOKEN_BYTES)
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    @staticmethod
    def _admins(s: Session, location_id: uuid.UUID) -> list[StaffMember]:
        return list(
            s.scalars(
                select(StaffMember).where(
                    StaffMember.location_id == location_id,
                    StaffMember.active.is_(True),
                    StaffMember.deleted_at.is_(None),
                    StaffMember.role.in_([r.value for r in ADMINISTRATIVE_ROLES]),
                    StaffMember.email.is_not(None),
                )
            )
        )

    @classmethod
    def _status(cls, s: Session, req: ExportRequest) -> ExportStatus:
        requested_by = s.scalar(
            select(StaffMember.display_name).where(StaffMember.id == req.requested_by_id)
        )
        return cls._status_of(req, requested_by)

    @staticmethod
    def _status_of(req: ExportRequest, requested_by: str | None) -> ExportStatus:
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


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _local(at: dt.datetime) -> str:
    return at.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
