"""Einstellungen > Protokoll: filters, search, paging as the table scrolls, the right."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.gui.qt_helpers import type_text, wait_for

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.rights import Role
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.audit import AuditQuery
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.ui.audit import model as audit_model
from belbo_desktop.ui.audit.model import AuditLogModel, Column
from belbo_desktop.ui.audit.page import AuditLogPage, Period
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.settings.dialog import SettingsDialog


def _page(qtbot: QtBot, app: App, actor: Actor) -> AuditLogPage:
    page = AuditLogPage(UiContext(app, actor))
    qtbot.addWidget(page)
    page.load()
    wait_for(qtbot, page.model.is_idle)
    return page


def _column(page: AuditLogPage, column: Column) -> list[str]:
    return [page.model.text(r, column) for r in page.model.rows]


def test_front_desk_sees_the_entry_greyed_out_with_the_reason(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    dialog = SettingsDialog(UiContext(app, salon.front_desk))
    qtbot.addWidget(dialog)
    item = dialog.item_for("audit_log")
    assert item is not None and item.isDisabled()
    assert "Protokoll ansehen" in item.toolTip(0)
    page = AuditLogPage(UiContext(app, salon.front_desk))
    qtbot.addWidget(page)
    page.load()
    assert not page.table.isEnabled()
    assert "Protokoll ansehen" in page.error.text()


def test_readable_newest_first_and_filtered(
    qtbot: QtBot, app: App, salon: Salon, clock: FixedClock
) -> None:
    clock.advance(days=1)
    app.staff.create_staff(
        salon.owner,
        location_id=salon.location_id,
        username="mia",
        display_name="Mia",
        role=Role.FRONT_DESK,
        password="lang-genug-1",
    )
    clock.advance(days=1)
    anna = a_customer(app, salon.front_desk)
    page = _page(qtbot, app, salon.owner)
    assert _column(page, Column.ACTION)[0] == "Kunde angelegt"
    assert _column(page, Column.TARGET)[0] == f"Kunde Nr. {anna.number}"
    assert _column(page, Column.STAFF)[0] == "Empfang"
    created = _column(page, Column.ACTION).index("Mitarbeiter angelegt")
    assert _column(page, Column.TARGET)[created] == "Mia"
    assert _column(page, Column.DETAILS)[created] == "Rolle: Empfang"
    assert "Angemeldet" in _column(page, Column.ACTION)

    page.set_period(Period.TODAY)
    wait_for(qtbot, page.model.is_idle)
    assert _column(page, Column.ACTION) == ["Kunde angelegt"]
    page.set_period(Period.ALL)
    page.staff.setCurrentIndex(page.staff.findText("Chefin"))
    page.action.setCurrentIndex(page.action.findData("login"))
    wait_for(qtbot, page.model.is_idle)
    assert _column(page, Column.ACTION) == ["Angemeldet"]
    assert _column(page, Column.TARGET) == ["Chefin"]

    page.staff.setCurrentIndex(0)
    page.action.setCurrentIndex(0)
    type_text(page.search, str(anna.number))
    page.apply_filters()
    wait_for(qtbot, page.model.is_idle)
    assert _column(page, Column.TARGET) == [f"Kunde Nr. {anna.number}"]
    page.search.setText("4711")
    page.apply_filters()
    wait_for(qtbot, page.model.is_idle)
    assert page.model.rows == []
    assert "4711" in page.error.text()
    assert page.status.text() == "Keine Einträge für diese Auswahl."


def test_pages_load_one_after_another(
    qtbot: QtBot, app: App, salon: Salon, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_model, "PAGE", 4)
    for i in range(9):
        a_customer(app, salon.owner, first_name=f"Kundin{i}", email=None)
    total = len(app.audit.log_page(salon.owner, limit=1000).rows)
    model = AuditLogModel(UiContext(app, salon.owner))  # no view: nothing fetches by itself
    model.set_query(AuditQuery())
    wait_for(qtbot, model.is_idle)
    assert len(model.rows) == 4 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
        wait_for(qtbot, model.is_idle)
    assert [r.id for r in model.rows] == [
        r.id for r in app.audit.log_page(salon.owner, limit=1000).rows
    ]
    assert len(model.rows) == total

    page = _page(qtbot, app, salon.owner)  # the table asks for pages until its view is full
    assert len(page.model.rows) > 4
    wait_for(qtbot, lambda: page.model.is_idle() and not page.model.canFetchMore())
    assert page.status.text() == f"{total} Einträge."
