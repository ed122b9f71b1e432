"""Datenschutz screens driven through their widgets (offscreen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.privacy import Channel, ConsentKind, RequestInput, RequestKind
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import customer_tabs, nav_entries, settings_pages
from belbo_desktop.ui.privacy.attention import make_notice
from belbo_desktop.ui.privacy.customer_tab import CustomerPrivacyTab
from belbo_desktop.ui.privacy.dialogs import ConsentDialog, EraseDialog
from belbo_desktop.ui.privacy.models import OVERDUE, FieldColumn, RequestColumn
from belbo_desktop.ui.privacy.requests_page import RequestsPage
from belbo_desktop.ui.privacy.secrets_page import TradeSecretPage


@pytest.fixture
def formula(app: App, salon: Salon) -> str:
    return app.custom_fields.define(salon.owner, "Farbrezeptur", FieldType.TEXT).key


def _row(page: TradeSecretPage, key: str) -> int:
    return page.model.row_of(key)


def test_module_is_plugged_in() -> None:
    assert any(e.key == "privacy_requests" for e in nav_entries())
    pages = {e.key: e.path for e in settings_pages()}
    assert pages["privacy_trade_secrets"] == (
        "Standorteinstellungen",
        "Datenschutzeinstellungen",
        "Betriebsgeheimnis",
    )
    assert any(e.key == "privacy" for e in customer_tabs())


def test_secret_page_lists_fields_and_saves_only_on_save(
    qtbot: QtBot, app: App, salon: Salon, formula: str
) -> None:
    page = TradeSecretPage(UiContext(app, salon.owner))
    qtbot.addWidget(page)
    model = page.model
    email = model.index(_row(page, "email"), FieldColumn.SECRET)
    assert not (model.flags(email) & Qt.ItemFlag.ItemIsEnabled)
    assert "identifiziert" in model.data(email, Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(email, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert "rechtlichen Beratung" in page.warning.text()
    page.table.setCurrentIndex(model.index(_row(page, "email"), FieldColumn.LABEL))
    assert "E-Mail" in page.reason.text() and "identifiziert" in page.reason.text()

    tick = model.index(_row(page, formula), FieldColumn.SECRET)
    assert model.setData(tick, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert page.is_dirty()
    stored = {f.key: f for f in app.privacy.fields(salon.owner)}
    assert not stored[formula].trade_secret  # nothing written yet
    # a ticked secret cannot be declared identifying at the same time
    identifying = model.index(_row(page, formula), FieldColumn.IDENTIFYING)
    assert not (model.flags(identifying) & Qt.ItemFlag.ItemIsEnabled)
    page.save()
    stored = {f.key: f for f in app.privacy.fields(salon.owner)}
    assert stored[formula].trade_secret and not page.is_dirty()
    assert app.audit.entries(salon.owner, action="trade_secret_changed")


def test_secret_page_is_read_only_without_the_right(
    qtbot: QtBot, app: App, salon: Salon, formula: str
) -> None:
    page = TradeSecretPage(UiContext(app, salon.manager))
    qtbot.addWidget(page)
    tick = page.model.index(_row(page, formula), FieldColumn.SECRET)
    assert not (page.model.flags(tick) & Qt.ItemFlag.ItemIsEnabled)
    assert "Datenschutzeinstellungen" in page.model.data(tick, Qt.ItemDataRole.ToolTipRole)
    assert "Datenschutzeinstellungen" in page.status.text()


def _requests(app: App, salon: Salon) -> None:
    for days in (40, 3):
        c = a_customer(app, salon.manager, last_name=f"Kunde{days}")
        app.privacy.register_request(
            salon.manager,
            c.id,
            RequestInput(
                RequestKind.ACCESS,
                Channel.EMAIL,
                dt.date(2026, 11, 24) - dt.timedelta(days=days),
            ),
        )


def test_register_puts_overdue_first_and_walks_a_request_through(
    qtbot: QtBot, app: App, salon: Salon, tmp_path: Path
) -> None:
    _requests(app, salon)
    opened: list[QUrl] = []
    page = RequestsPage(UiContext(app, salon.manager), open_folder=opened.append)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    first = page.model.index(0, RequestColumn.STATUS)
    assert page.model.data(first) == "Überfällig"
    assert page.model.data(first, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert "1 überfällig" in page.banner.text()
    assert not page.done_button.isEnabled()
    assert "Identität" in page.done_button.toolTip()

    request = page.current()
    assert request is not None
    app.privacy.verify_identity(salon.manager, request.id, "Ausweis vorgelegt")
    page.reload(request.id)
    assert page.done_button.isEnabled()

    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.worker.idle() and bool(page.last_files), timeout=15000)
    assert all(p.exists() for p in page.last_files)
    assert "Datenauskunft_" in page.detail.text()

    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1  # only open ones are listed
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toLocalFile().endswith("datenauskunft")


def test_login_notice_only_for_those_who_handle_requests(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    assert make_notice(UiContext(app, salon.manager)) is None  # nothing open
    _requests(app, salon)
    assert make_notice(UiContext(app, salon.front_desk)) is None
    box = make_notice(UiContext(app, salon.manager), None, lambda: None)
    assert box is not None
    qtbot.addWidget(box)
    assert "überfällig" in box.text() and "Kunde40" in box.text()


def test_customer_tab_report_consent_and_erasure(qtbot: QtBot, app: App, salon: Salon) -> None:
    c = a_customer(app, salon.manager, last_name="Quastenflosser")
    erased: list[object] = []
    tab = CustomerPrivacyTab(UiContext(app, salon.manager), c.id, open_folder=lambda _u: None)
    qtbot.addWidget(tab)
    tab.erased.connect(erased.append)

    qtbot.mouseClick(tab.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(tab.files), timeout=15000)
    assert tab.folder_button.isVisibleTo(tab)

    dialog = ConsentDialog(UiContext(app, salon.manager), c.id, tab)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ConsentKind.HEALTH_DATA))
    assert "Art. 9" in dialog.wording.text()
    dialog.accept()
    tab.reload()
    assert tab.consents.rowCount() == 1

    erase = EraseDialog(UiContext(app, salon.manager), c.id, c.number, c.display_name)
    qtbot.addWidget(erase)
    assert not erase.ok.isEnabled()
    erase.reason.setText("Wunsch per Brief")
    erase.confirm.setText("999")
    assert erase.ok.isEnabled()
    erase.accept()
    qtbot.waitUntil(lambda: erase.error.isVisibleTo(erase), timeout=10000)
    assert str(c.number) in erase.error.text()
    assert app.customers.get(salon.manager, c.id).last_name == "Quastenflosser"
    erase.confirm.setText(str(c.number))
    erase.accept()
    qtbot.waitUntil(lambda: erase.done_result is not None, timeout=10000)
    assert erase.result() == erase.DialogCode.Accepted


def test_front_desk_sees_disabled_actions_with_reasons(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    c = a_customer(app, salon.manager)
    tab = CustomerPrivacyTab(UiContext(app, salon.front_desk), c.id)
    qtbot.addWidget(tab)
    assert not tab.report_button.isEnabled() and tab.report_button.toolTip()
    assert not tab.erase_button.isEnabled() and "löschen" in tab.erase_button.toolTip()
    assert tab.add_consent_button.isEnabled()
    assert not tab.requests_box.isVisibleTo(tab)


def test_request_dialog_registers_for_a_found_customer(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    from belbo_desktop.ui.privacy.dialogs import RequestDialog

    a_customer(app, salon.manager, last_name="Zander")
    dialog = RequestDialog(UiContext(app, salon.manager))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "auswählen" in dialog.error.text()
    assert dialog.picker is not None
    dialog.picker.search.setText("Zand")
    dialog.picker.refresh()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.PORTABILITY))
    assert "24.12.2026" in dialog.deadline.text()
    dialog.accept()
    rows = app.privacy.requests(salon.manager)
    assert [(r.customer_name, r.kind) for r in rows] == [("Zander, Anna", RequestKind.PORTABILITY)]
