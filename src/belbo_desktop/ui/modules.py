"""The app's screens, composed explicitly in one place (no import-time registries).

Each module (Kasse, Gutscheine, Datenschutz, Export, Sync, ...) contributes entries
by adding one line to the functions below. The main window, the settings dialog and
the customer file read these lists; an entry whose ``visible`` returns False is hidden,
never shown as a dead button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from belbo_desktop.ui.context import UiContext


def _always(_ctx: UiContext) -> bool:
    return True


@dataclass(frozen=True)
class NavEntry:
    """A main-window section (Kunden, Kasse, Gutscheine, Bonusprogramme, ...)."""

    key: str
    title: str  # German source text; shown through QCoreApplication.translate("nav", title)
    factory: Callable[[UiContext], QWidget]
    order: int
    icon: str = ""  # file name under resources/icons, optional
    visible: Callable[[UiContext], bool] = field(default=_always)


@dataclass(frozen=True)
class SettingsPageEntry:
    """A page in Einstellungen; ``path`` is the tree path, e.g.
    ("Standorteinstellungen", "Datenschutzeinstellungen", "Betriebsgeheimnis")."""

    key: str
    path: tuple[str, ...]
    factory: Callable[[UiContext], QWidget]
    order: int
    visible: Callable[[UiContext], bool] = field(default=_always)
    #: why an invisible page may not be opened (shown as tooltip on the greyed entry)
    why_not: Callable[[UiContext], str | None] | None = None


@dataclass(frozen=True)
class CustomerTabEntry:
    """A tab of the customer file (Kundenakte) for one customer."""

    key: str
    title: str
    factory: Callable[[UiContext, uuid.UUID], QWidget]
    order: int
    visible: Callable[[UiContext], bool] = field(default=_always)


def nav_entries() -> list[NavEntry]:
    entries: list[NavEntry] = []
    # Each module appends its entries here, e.g.:
    # from belbo_desktop.ui.till.entry import nav_entries as till; entries += till()
    from belbo_desktop.ui.till.entry import nav_entries as _till

    entries += _till()
    from belbo_desktop.ui.privacy.entry import nav_entries as _privacy

    entries += _privacy()
    from belbo_desktop.ui.export.entry import nav_entries as _export

    entries += _export()
    from belbo_desktop.ui.bonus.entry import nav_entries as _bonus

    entries += _bonus()
    return sorted(entries, key=lambda e: e.order)


def settings_pages() -> list[SettingsPageEntry]:
    entries: list[SettingsPageEntry] = []
    from belbo_desktop.ui.settings.entry import settings_pages as _ui

    entries += _ui()
    from belbo_desktop.ui.about.entry import settings_pages as _about

    entries += _about()
    from belbo_desktop.ui.till.entry import settings_pages as _till

    entries += _till()
    from belbo_desktop.ui.privacy.entry import settings_pages as _privacy

    entries += _privacy()
    from belbo_desktop.ui.export.entry import settings_pages as _export

    entries += _export()
    from belbo_desktop.ui.bonus.entry import settings_pages as _bonus

    entries += _bonus()
    from belbo_desktop.ui.sync.entry import settings_pages as _sync

    entries += _sync()
    from belbo_desktop.ui.staff.entry import settings_pages as _staff

    entries += _staff()
    from belbo_desktop.ui.audit.entry import settings_pages as _audit

    entries += _audit()
    return sorted(entries, key=lambda e: e.order)


def customer_tabs() -> list[CustomerTabEntry]:
    entries: list[CustomerTabEntry] = []
    from belbo_desktop.ui.till.entry import customer_tabs as _till

    entries += _till()
    from belbo_desktop.ui.privacy.entry import customer_tabs as _privacy

    entries += _privacy()
    from belbo_desktop.ui.bonus.entry import customer_tabs as _bonus

    entries += _bonus()
    return sorted(entries, key=lambda e: e.order)
