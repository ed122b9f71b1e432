"""What the export module adds to the app (listed in ``ui/modules.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import NavEntry, SettingsPageEntry


def _export_page(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.export.export_page import ExportPage

    return ExportPage(ctx)


def _mail_page(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.export.mail_page import MailPage

    return MailPage(ctx)


def _outbox(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.export.outbox import OutboxView

    ctx.app.export_server.start_if_pending_soon()  # links in the outbox must open
    return OutboxView(ctx)


def _may_see_mail(ctx: UiContext) -> bool:
    return ctx.actor.can(Right.EXPORT_CUSTOMERS) or ctx.actor.can(Right.MANAGE_SETTINGS)


def nav_entries() -> list[NavEntry]:
    return [NavEntry("mails", "E-Mails", _outbox, 90, icon="mail", visible=_may_see_mail)]


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(
            key="customer_export",
            path=("Konto", "Kunden exportieren"),
            factory=_export_page,
            order=60,
            visible=lambda ctx: ctx.actor.can(Right.EXPORT_CUSTOMERS),
            why_not=lambda ctx: ctx.actor.why_not(Right.EXPORT_CUSTOMERS, ctx.lang),
        ),
        SettingsPageEntry(
            key="mail",
            path=("E-Mail",),
            factory=_mail_page,
            order=70,
            visible=lambda ctx: ctx.actor.can(Right.MANAGE_SETTINGS),
            why_not=lambda ctx: ctx.actor.why_not(Right.MANAGE_SETTINGS, ctx.lang),
        ),
    ]
