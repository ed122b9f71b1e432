"""Anmelden: password login, wrong password, lockout, demo logins only on demo data."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot
from tests.conftest import PASSWORD, Salon
from tests.gui.qt_helpers import type_text

from belbo_desktop.bootstrap import App
from belbo_desktop.services.demo_logins import DEMO_SETTING
from belbo_desktop.ui.login import LoginDialog, PinSwitchDialog


def _dialog(qtbot: QtBot, app: App) -> LoginDialog:
    dialog = LoginDialog(app)
    qtbot.addWidget(dialog)
    return dialog


def test_login_with_password(qtbot: QtBot, app: App, salon: Salon) -> None:
    dialog = _dialog(qtbot, app)
    type_text(dialog.staff.lineEdit(), "Empfang")  # the display name works as well
    type_text(dialog.password, PASSWORD)
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.actor is not None)
    assert dialog.actor is not None and dialog.actor.username == "empfang"


def test_wrong_password_then_locked_out(qtbot: QtBot, app: App, salon: Salon) -> None:
    dialog = _dialog(qtbot, app)
    dialog.fill("empfang", "falsch-falsch")
    for _ in range(4):
        dialog.try_login()
        qtbot.waitUntil(dialog.worker.idle)
        assert dialog.error.text() == "Benutzername oder Passwort ist falsch."
    dialog.try_login()
    qtbot.waitUntil(dialog.worker.idle)
    assert "gesperrt" in dialog.error.text()
    assert dialog.actor is None


def test_demo_logins_only_with_demo_data(qtbot: QtBot, app: App, salon: Salon) -> None:
    dialog = _dialog(qtbot, app)
    assert dialog.findChildren(QGroupBox) == []
    app.settings.set(None, DEMO_SETTING, True)
    with_demo = _dialog(qtbot, app)
    assert [box.title() for box in with_demo.findChildren(QGroupBox)] == [
        "Demo-Zugänge (nur mit Demodaten)"
    ]


def test_pin_switch(qtbot: QtBot, app: App, salon: Salon) -> None:
    dialog = PinSwitchDialog(app, "de", salon.owner)
    qtbot.addWidget(dialog)
    dialog.staff.setCurrentIndex(dialog.staff.findData(str(salon.front_desk.staff_id)))
    type_text(dialog.pin, "9999")
    dialog.try_switch()
    assert dialog.error.text() == "Die PIN ist falsch."
    type_text(dialog.pin, "3333")
    dialog.try_switch()
    assert dialog.actor is not None and dialog.actor.staff_id == salon.front_desk.staff_id
