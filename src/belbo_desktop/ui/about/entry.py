"""Plug-in point: the Über page in Einstellungen (see ``ui/modules.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import SettingsPageEntry

ABOUT_ORDER = 10_000  # always the last page


def _about_page(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.about.page import AboutPage

    return AboutPage(ctx)


def settings_pages() -> list[SettingsPageEntry]:
    return [SettingsPageEntry(key="about", path=("Über",), factory=_about_page, order=ABOUT_ORDER)]
