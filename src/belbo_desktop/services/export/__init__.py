"""Kunden exportieren: the export service and its values (see ``service``)."""

from belbo_desktop.services.export.service import (
    BASE_URL_SETTING,
    BATCH_SIZE,
    CONFIRM_PATH,
    DEFAULT_BASE_URL,
    DEFAULT_PORT,
    DOWNLOAD_PATH,
    DownloadFile,
    ExportFieldChoice,
    ExportLinkError,
    ExportOrder,
    ExportService,
    ExportStatus,
    LinkInfo,
    RemoteExports,
)

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
