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

from belbo_desktop.services.export.customer_rows import BATCH_SIZE
from belbo_desktop.services.export.links import (
    BASE_URL_SETTING,
    CONFIRM_PATH,
    DEFAULT_BASE_URL,
    DEFAULT_PORT,
    DOWNLOAD_PATH,
    DownloadFile,
    ExportLinkError,
    LinkInfo,
)
from belbo_desktop.services.export.orders import ExportFieldChoice, ExportOrder
from belbo_desktop.services.export.remote import RemoteExports
from belbo_desktop.services.export.service import ExportService
from belbo_desktop.services.export.status import ExportStatus

__all__ = [
    "BASE_URL_SETTING",
    "BATCH_SIZE",
    "CONFIRM_PATH",
    "DEFAULT_BASE_URL",
    "DEFAULT_PORT",
    "DOWNLOAD_PATH",
    "DownloadFile",
    "ExportFieldChoice",
    "ExportLinkError",
    "ExportOrder",
    "ExportService",
    "ExportStatus",
    "LinkInfo",
    "RemoteExports",
]
