"""Customer exports of an enrolled PC are requested at the hub (``POST /v1/exports``).

The hub's own export service stores the request, mails the confirmation link through
the hub's mail server and serves the pages at its public address, so the manager can
confirm from any device. The PC sends only what the wizard collected and who asked;
the hub checks that staff member's right and location again on its own data.

An unreachable hub is an error, not a reason to fall back to this PC: a local request
would mail a link to 127.0.0.1 that opens only here (and, without SMTP on this PC,
would not even be mailed), which is exactly what the hub is there to avoid. Exports
are never urgent; the wizard keeps the choices and the user tries again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import httpx

from belbo_desktop.domain.errors import BelboError, NotFound, PermissionDenied, ValidationError
from belbo_desktop.domain.export import ExportFormat, ExportState
from belbo_desktop.domain.messages import Message
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.export import ExportOrder, ExportStatus
from belbo_desktop.storage.orm.sync import SyncState
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync.client import SyncError, hub_detail, network_reason, refusal
from belbo_desktop.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from belbo_desktop.sync.token_store import TokenStore

#: Sending the confirmation mail is part of the hub's answer; a slow mail server is
#: given time (the hub's SMTP timeout is 20 s).
TIMEOUT = httpx.Timeout(45.0, connect=5.0)

_ERRORS: dict[str, type[BelboError]] = {
    "ValidationError": ValidationError,
    "PermissionDenied": PermissionDenied,
    "NotFound": NotFound,
}


class HubExportClient:
    """:class:`~belbo_desktop.services.export.RemoteExports` over HTTP to the enrolled hub."""

    def __init__(self, uow: UnitOfWork, data_dir: Path) -> None:
        self.uow = uow
        self.tokens = TokenStore(data_dir)

    def hub_url(self) -> str | None:
        with self.uow.read() as s:
            st = s.get(SyncState, 1)
            return st.hub_url if st is not None and st.device_id is not None else None

    def request(self, actor: Actor, order: ExportOrder) -> ExportStatus:
        body = {
            "staff_id": str(actor.staff_id),
            "recipient": order.recipient,
            "fields": list(order.fields),
            "format": order.format.value,
            "search_text": order.search_text,
            "include_archived": order.include_archived,
            "lang": order.lang,
        }
        return self._call("/v1/exports", body)

    def cancel(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus:
        return self._call(f"/v1/exports/{request_id}/cancel", {"staff_id": str(actor.staff_id)})

    def resend(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus:
        return self._call(f"/v1/exports/{request_id}/resend", {"staff_id": str(actor.staff_id)})

    def _call(self, path: str, body: dict[str, Any]) -> ExportStatus:
        with self.uow.read() as s:
            st = s.get(SyncState, 1)
            if st is None or st.device_id is None or not st.hub_url:
                raise NotFound(Message("export_hub_not_enrolled"))
            hub, device_id, where = st.hub_url, st.device_id, st.token_store
        token = self.tokens.load(str(device_id), where) or "-"
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"}
        try:
            with httpx.Client(base_url=hub, headers=headers, timeout=TIMEOUT) as http:
                response = http.post(path, json=body)
        except httpx.TransportError as exc:
            reason = network_reason(exc)
            raise BelboError(Message("export_hub_offline", {"hub": hub, "reason": reason})) from exc
        if response.status_code < 400:
            return status_from_json(response.json())
        raise _error(response)


def _error(response: httpx.Response) -> BelboError:
    refused = refusal(response)
    if refused is not None:
        return refused
    detail = hub_detail(response)
    code = detail.get("code")
    if code == "exports_not_served" or (response.status_code == 404 and "error" not in detail):
        return BelboError(Message("export_hub_no_pages"))
    kind = _ERRORS.get(str(detail.get("error")), BelboError)
    if kind is ValidationError:
        errors = detail.get("errors") if isinstance(detail.get("errors"), dict) else {}
        return ValidationError({str(k): _message(v) for k, v in (errors or {}).items()})
    message = detail.get("message")
    if isinstance(message, dict):
        return kind(_message(message))
    if code == "bad_request":
        return BelboError(Message("export_hub_bad_request", {"reason": detail.get("reason", "")}))
    return SyncError(Message("sync_hub_error", {"status": response.status_code}))


def _message(data: object) -> Message:
    if not isinstance(data, dict):
        return Message("sync_hub_error", {"status": "?"})
    params = data.get("params")
    return Message(str(data.get("code", "")), params if isinstance(params, dict) else {})


def status_to_json(status: ExportStatus) -> dict[str, Any]:
    """What the hub answers: the request's status (no token, no file path)."""

    def at(value: dt.datetime | None) -> str | None:
        return None if value is None else value.isoformat()

    return {
        "id": str(status.id),
        "state": status.state.value,
        "closed_reason": status.closed_reason,
        "recipient": status.recipient,
        "requested_by": status.requested_by,
        "requested_at": at(status.requested_at),
        "fields": list(status.fields),
        "format": status.format.value,
        "search_text": status.search_text,
        "progress": status.progress,
        "row_count": status.row_count,
        "file_name": status.file_name,
        "confirm_expires_at": at(status.confirm_expires_at),
        "download_expires_at": at(status.download_expires_at),
        "download_count": status.download_count,
        "mail_pending": status.mail_pending,
        "mail_error": status.mail_error,
        "pages_url": status.pages_url,
    }


def status_from_json(data: dict[str, Any]) -> ExportStatus:
    def at(value: object) -> dt.datetime | None:
        return None if not value else dt.datetime.fromisoformat(str(value))

    requested_at = at(data["requested_at"])
    confirm_until = at(data["confirm_expires_at"])
    assert requested_at is not None and confirm_until is not None
    return ExportStatus(
        uuid.UUID(str(data["id"])),
        ExportState(str(data["state"])),
        data.get("closed_reason"),
        str(data["recipient"]),
        data.get("requested_by"),
        requested_at,
        tuple(str(f) for f in data.get("fields") or ()),
        ExportFormat(str(data["format"])),
        data.get("search_text"),
        int(data.get("progress") or 0),
        data.get("row_count"),
        data.get("file_name"),
        confirm_until,
        at(data.get("download_expires_at")),
        int(data.get("download_count") or 0),
        data.get("mail_pending"),
        data.get("mail_error"),
        remote=True,
        pages_url=data.get("pages_url"),
    )
