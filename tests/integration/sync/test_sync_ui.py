"""The Synchronisation page and the status bar against a real hub, driven offscreen."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.sync.controller import LOCAL_ONLY, OK, SyncController, SyncUiState
from belbo_desktop.ui.sync.page import SyncSettingsPage
from belbo_desktop.ui.sync.status import SyncStatusWidget, status_text

pytestmark = pytest.mark.postgres
SHOTS = os.environ.get("BELBO_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_status_texts_say_what_happened_in_german():
    now = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)
    ok = SyncUiState(OK, now - dt.timedelta(minutes=3))
    assert status_text(ok, now)[0] == "Synchronisiert vor 3 Minuten"
    assert status_text(SyncUiState(LOCAL_ONLY), now)[0] == "Nur dieser PC"
    waiting = SyncUiState(OK, now - dt.timedelta(hours=5), pending=4)
    assert status_text(waiting, now)[0] == "Synchronisiert vor 5 Stunden · 4 Änderungen warten"


def test_a_pc_enrols_from_the_page_and_the_status_bar_follows_the_sync(qtbot, make_pc, hub):
    pc = make_pc("kasse", enrol=False)
    from belbo_desktop.domain.rights import Role
    from belbo_desktop.services.locations import BusinessData

    loc = pc.app.locations.create(None, BusinessData(name="Salon Mitte"))
    pc.app.staff.create_staff(
        None,
        location_id=loc,
        username="lokal",
        display_name="Lokal",
        role=Role.OWNER,
        password="richtig-geheim",
    )
    ctx = UiContext(pc.app, pc.app.staff.login("lokal", "richtig-geheim"))
    controller = SyncController.for_app(pc.app.sync)
    status = SyncStatusWidget(controller)
    page = SyncSettingsPage(ctx)
    qtbot.addWidget(page)
    qtbot.addWidget(status)
    page.resize(760, 620)
    assert status.label.text() == "Nur dieser PC"
    assert not page.join_box.isHidden() and page.state_box.isHidden()
    _shot(page, "sync-settings-not-connected")

    page.join_button.click()  # empty fields are named before anything is sent
    assert page.join_form.errors["code"].text() == "Bitte den Anmeldecode angeben."
    page.hub_url.setText("ftp://falsch")
    page.code.setText("ABCD-EFGH-JKLM")
    page.join_button.click()
    qtbot.waitUntil(page.join_form.worker.idle, timeout=5000)
    error = page.join_form.errors["hub_url"]
    assert error.text() == "Bitte eine Hub-Adresse wie https://hub.example.de angeben."
    assert not pc.app.sync.status().enrolled

    page.hub_url.setText(hub.url)
    page.code.setText(hub.code(loc))
    page.device_name.setText("Kasse 1")
    with qtbot.waitSignal(controller.stateChanged, timeout=10000):
        page.join_button.click()
    qtbot.waitUntil(lambda: controller.state.kind == OK, timeout=20000)
    controller.wait()
    page.load()
    assert page.join_box.isHidden() and not page.state_box.isHidden()
    assert status.label.text().startswith("Gerade synchronisiert")
    assert "Datei" in page.token_label.text()
    _shot(page, "sync-settings-connected")
    status.resize(420, 28)
    _shot(status, "sync-status-bar")
