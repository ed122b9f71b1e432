"""Einstellungen > Kasse: the catalogue page and the till settings page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.documents.voucher_handout import HandoutFormat
from belbo_desktop.domain.money import Money
from belbo_desktop.services.vouchers import HANDOUT_FORMAT_KEY, VALIDITY_VALUE_KEY
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till.settings_pages import CataloguePage, TillSettingsPage


def test_add_and_edit_a_service(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = CataloguePage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.name, "Augenbrauen zupfen")
    qtbot.keyClicks(page.price, "12,5")
    page.vat.setCurrentIndex(page.vat.findData(19))
    page.save_button.click()
    assert page.error.text() == ""
    (row,) = app.catalogue.items(salon.manager)
    assert (row.name, row.price, row.vat_rate) == ("Augenbrauen zupfen", Money(1250), 19)
    page.table.selectRow(0)
    page.price.setText("abc")
    page.save_button.click()
    assert "Preis" in page.error.text()
    assert app.catalogue.items(salon.manager)[0].price == Money(1250)


def test_front_desk_sees_why_the_catalogue_is_locked(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = CataloguePage(UiContext(app, salon.front_desk))
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    assert "Leistungen und Produkte verwalten" in page.save_button.toolTip()


def test_till_settings_are_saved_only_when_changed(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = TillSettingsPage(UiContext(app, salon.owner))
    qtbot.addWidget(page)
    assert not page.is_dirty() and page.value_years.value() == 3
    page.format.setCurrentIndex(page.format.findData(HandoutFormat.DIN_LANG.value))
    page.value_years.setValue(5)
    assert page.is_dirty()
    page.save()
    location = salon.owner.location_id
    assert app.settings.get(location, HANDOUT_FORMAT_KEY) == "din_lang"
    assert app.settings.get(location, VALIDITY_VALUE_KEY) == 5
    assert not page.is_dirty()
