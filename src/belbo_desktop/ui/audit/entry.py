"""Plug-in point of the audit log viewer (see ``ui/modules.py``): Einstellungen >
Protokoll, for those with the right to see the log; greyed out with the reason otherwise."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import SettingsPageEntry

AUDIT_KEY = "audit_log"


def _page(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.audit.page import AuditLogPage

    return AuditLogPage(ctx)


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(
            AUDIT_KEY,
            ("Protokoll",),
            _page,
            160,
            visible=lambda ctx: ctx.actor.can(Right.VIEW_AUDIT_LOG),
            why_not=lambda ctx: ctx.actor.why_not(Right.VIEW_AUDIT_LOG, ctx.lang),
        )
    ]
