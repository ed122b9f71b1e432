"""Plug-in point of the Datenschutz module (see ``ui/modules.py``): the Betriebsgeheimnis
settings page, the requests register in the navigation and the customer file's tab."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import CustomerTabEntry, NavEntry, SettingsPageEntry

REGISTER_KEY = "privacy_requests"
PRIVACY_ORDER = 70
SETTINGS_ORDER = 300
TAB_ORDER = 90


def _can_handle_requests(ctx: UiContext) -> bool:
    return ctx.actor.can(Right.PRIVACY_REQUESTS)


def _register(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.privacy.requests_page import RequestsPage

    return RequestsPage(ctx)


def _secrets(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.privacy.secrets_page import TradeSecretPage

    return TradeSecretPage(ctx)


def _tab(ctx: UiContext, customer_id: uuid.UUID) -> QWidget:
    from belbo_desktop.ui.privacy.customer_tab import CustomerPrivacyTab

    return CustomerPrivacyTab(ctx, customer_id)


def nav_entries() -> list[NavEntry]:
    return [
        NavEntry(
            REGISTER_KEY,
            "Datenschutz",
            _register,
            PRIVACY_ORDER,
            icon="privacy",
            visible=_can_handle_requests,
        )
    ]


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry(
            "privacy_trade_secrets",
            ("Standorteinstellungen", "Datenschutzeinstellungen", "Betriebsgeheimnis"),
            _secrets,
            SETTINGS_ORDER,
        )
    ]


def customer_tabs() -> list[CustomerTabEntry]:
    return [CustomerTabEntry("privacy", "Datenschutz", _tab, TAB_ORDER)]
