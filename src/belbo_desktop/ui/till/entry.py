"""Plug-in point of the till and voucher module (see ``ui/modules.py``):
Kasse and Gutscheine in the navigation, Kasse pages in Einstellungen, and the
Gutscheine and Einkäufe tabs of the customer file."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import CustomerTabEntry, NavEntry, SettingsPageEntry

TILL_ORDER = 20
VOUCHERS_ORDER = 30


def _can_sell(ctx: UiContext) -> bool:
    return ctx.actor.can(Right.SELL)


def _till(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.till.page import TillPage

    return TillPage(ctx)


def _vouchers(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.vouchers.page import VouchersPage

    return VouchersPage(ctx)


def _catalogue(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.till.settings_pages import CataloguePage

    return CataloguePage(ctx)


def _till_settings(ctx: UiContext) -> QWidget:
    from belbo_desktop.ui.till.settings_pages import TillSettingsPage

    return TillSettingsPage(ctx)


def _customer_vouchers(ctx: UiContext, customer_id: uuid.UUID) -> QWidget:
    from belbo_desktop.ui.vouchers.page import CustomerVouchersTab

    return CustomerVouchersTab(ctx, customer_id)


def _customer_sales(ctx: UiContext, customer_id: uuid.UUID) -> QWidget:
    from belbo_desktop.ui.till.customer_sales import CustomerSalesTab

    return CustomerSalesTab(ctx, customer_id)


def nav_entries() -> list[NavEntry]:
    return [
        NavEntry("till", "Kasse", _till, TILL_ORDER, icon="till", visible=_can_sell),
        NavEntry(
            "vouchers", "Gutscheine", _vouchers, VOUCHERS_ORDER, icon="vouchers", visible=_can_sell
        ),
    ]


def settings_pages() -> list[SettingsPageEntry]:
    return [
        SettingsPageEntry("catalogue", ("Kasse", "Leistungen und Produkte"), _catalogue, 200),
        SettingsPageEntry("till", ("Kasse", "Kasse und Gutscheine"), _till_settings, 210),
    ]


def customer_tabs() -> list[CustomerTabEntry]:
    return [
        CustomerTabEntry("vouchers", "Gutscheine", _customer_vouchers, 30, visible=_can_sell),
        CustomerTabEntry("sales", "Einkäufe", _customer_sales, 35),
    ]
