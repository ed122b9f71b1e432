"""Plug-in point of staff management (see ``ui/modules.py``): Einstellungen > Mitarbeiter
for those who manage staff, Konto > Passwort ändern for everyone."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import SettingsPageEntry

STAFF_KEY = "staff"
OWN_PASSWORD_KEY = "own_password"


def _staff(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.staff.page import StaffPage

    return StaffPage(ctx)


def _own_password(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.staff.own_password import OwnPasswordPage

    return OwnPasswordPage(ctx)


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(
            STAFF_KEY,
            ("Mitarbeiter und Rechte",),
            _staff,
            150,
            visible=lambda ctx: ctx.actor.can(Right.MANAGE_STAFF),
            why_not=lambda ctx: ctx.actor.why_not(Right.MANAGE_STAFF, ctx.lang),
        ),
        SettingsPageEntry(OWN_PASSWORD_KEY, ("Konto", "Passwort ändern"), _own_password, 5),
    ]
