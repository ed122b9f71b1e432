"""Plug-in point: Einstellungen > Synchronisation (see ``ui/modules.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import SettingsPageEntry

SYNC_ORDER = 9_000


def _page(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.sync.page import SyncSettingsPage

    return SyncSettingsPage(ctx)


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(key="sync", path=("Synchronisation",), factory=_page, order=SYNC_ORDER)
    ]
