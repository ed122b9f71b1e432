"""The port to the hub: while this PC is enrolled, the hub takes its export requests,
sends their mails and serves their pages; ``sync.exports`` implements it over HTTP."""

from __future__ import annotations

import uuid
from typing import Protocol

from belbo_desktop.services.actor import Actor
from belbo_desktop.services.export.orders import ExportOrder
from belbo_desktop.services.export.status import ExportStatus


class RemoteExports(Protocol):
    """The hub this PC is enrolled with, seen from the export service (``sync.exports``)."""

    def hub_url(self) -> str | None:
        """The hub's address while this PC is enrolled, else None (local flow)."""

    def request(self, actor: Actor, order: ExportOrder) -> ExportStatus: ...

    def cancel(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus: ...

    def resend(self, actor: Actor, request_id: uuid.UUID) -> ExportStatus: ...
