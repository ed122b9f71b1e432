"""Plug-in point of the bonus cards (see ``ui/modules.py``): Bonusprogramme in the
navigation and in Einstellungen, and the Bonuskarten tab of the customer file.

Everything except the settings page (which offers "Funktion hinzufügen") shows only
while the location has switched the feature on.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.bonus import FEATURE_KEY
from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import CustomerTabEntry, NavEntry, SettingsPageEntry

BONUS_ORDER = 40


def feature_on(ctx: UiContext) -> bool:
    # read the switch directly: building the bonus service at start-up costs 30 ms
    return bool(ctx.app.settings.get(ctx.actor.location_id, FEATURE_KEY, False))


def _overview_visible(ctx: UiContext) -> bool:
    return ctx.actor.can(Right.VIEW_CUSTOMERS) and feature_on(ctx)


def _settings_visible(ctx: UiContext) -> bool:
    return ctx.actor.can(Right.MANAGE_BONUS_PROGRAMS)


def _overview(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.bonus.overview import BonusOverviewPage

    return BonusOverviewPage(ctx)


def _settings(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.bonus.settings_page import BonusProgramsPage

    return BonusProgramsPage(ctx)


def _tab(ctx: UiContext, customer_id: uuid.UUID) -> QWidget:
    from belbo_desktop.ui.bonus.customer_tab import BonusCardsTab

    return BonusCardsTab(ctx, customer_id)


def nav_entries() -> list[NavEntry]:
    return [
        NavEntry(
            "bonus",
            "Bonusprogramme",
            _overview,
            BONUS_ORDER,
            icon="bonus",
            visible=_overview_visible,
        )
    ]


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(
            "bonus_programs", ("Bonusprogramme",), _settings, 300, visible=_settings_visible
        )
    ]


def customer_tabs() -> list[CustomerTabEntry]:
    return [CustomerTabEntry("bonus", "Bonuskarten", _tab, 40, visible=_overview_visible)]
