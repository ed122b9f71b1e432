"""One connect form, one first-sync dialog, and sync errors in the UI's language.

Einstellungen > Synchronisation joins a hub with the same form and messages as a new
PC's login screen; the status bar shows the login screen's first-sync dialog; the last
error survives a restart as a message code and is shown in English in the English UI.
Against a real hub (PostgreSQL + uvicorn on loopback), driven offscreen.
"""

from __future__ import annotations

import socket

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.domain.rights import Role
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.sync import SyncState
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.first_run.first_sync_dialog import CANCELLED, DONE, FirstSyncDialog
from belbo_desktop.ui.sync.controller import ERROR, OFFLINE, OK, SyncController
from belbo_desktop.ui.sync.page import SyncSettingsPage
from belbo_desktop.ui.sync.status import SyncStatusWidget, status_text
from tests.builders import a_customer
from tests.integration.sync.conftest import PASSWORD, PC, Hub, dump

pytestmark = pytest.mark.postgres


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _salon_pc(make_pc, name: str = "kasse") -> tuple[PC, UiContext]:
    """A PC that has worked alone so far: its own location and owner, no hub."""
    pc = make_pc(name, enrol=False)
    loc = pc.app.locations.create(None, BusinessData(name="Salon Mitte"))
    pc.app.staff.create_staff(
        None,
        location_id=loc,
        username="lokal",
        display_name="Lokal",
        role=Role.OWNER,
        password=PASSWORD,
    )
    return pc, UiContext(pc.app, pc.app.staff.login("lokal", PASSWORD))


def _page(qtbot: QtBot, ctx: UiContext) -> SyncSettingsPage:
    page = SyncSettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(760, 620)
    page.show()
    return page


# --- 1. the settings page joins with the first-run form and its messages ----------------


@pytest.mark.parametrize(
    ("case", "lang", "field", "expected"),
    [
        ("nobody there", "de", "", "ist nicht erreichbar (keine Verbindung)."),
        ("not a hub", "de", "", "antwortet kein Belbo Hub."),
        ("used code", "de", "code", "Der Anmeldecode ist ungültig, abgelaufen"),
        ("nobody there", "en", "", "cannot be reached (no connection)."),
        ("no scheme", "en", "hub_url", "Please enter a hub address such as"),
    ],
)
def test_the_settings_page_says_why_joining_failed_like_the_first_run_dialog(
    qtbot: QtBot, make_pc, hub: Hub, case: str, lang: str, field: str, expected: str
) -> None:
    pc, ctx = _salon_pc(make_pc)
    ctx = UiContext(pc.app, ctx.actor, lang)
    code, url = hub.code(), hub.url
    if case == "nobody there":
        url = f"http://127.0.0.1:{_free_port()}"
    elif case == "not a hub":
        url = hub.url + "/belbo"
    elif case == "used code":
        make_pc("andere", enrol=False).app.sync.enrol(None, hub.url, code, "Andere")
    elif case == "no scheme":
        url = url.removeprefix("http://")
    before = dump(pc.app.uow)
    page = _page(qtbot, ctx)
    page.hub_url.setText(url)
    page.code.setText(code)
    page.device_name.setText("Kasse 1")
    page.join_button.click()
    assert not page.join_button.isEnabled() or page.join_form.worker.idle()
    qtbot.waitUntil(page.join_form.worker.idle, timeout=15000)

    form = page.join_form
    label = form.errors[field] if field else form.error
    assert expected in label.text() and label.isVisible()
    if not field:
        not_joined = "This PC has not been connected." if lang == "en" else "nicht verbunden."
        assert not_joined in label.text()
    assert page.join_button.isEnabled() and page.join_button.text() == "Verbinden"
    assert page.code.text() == code  # kept for another try
    assert not pc.app.sync.status().enrolled and page.state_box.isHidden()
    assert dump(pc.app.uow) == before


# --- 2. one first-sync dialog: the settings page's and the status bar's -----------------


def test_joining_from_the_settings_page_shows_the_first_sync_dialog_once(
    qtbot: QtBot, make_pc, hub: Hub
) -> None:
    pc, ctx = _salon_pc(make_pc)
    controller = SyncController.for_app(pc.app.sync)
    status = SyncStatusWidget(controller, lang="de")
    qtbot.addWidget(status)
    page = _page(qtbot, ctx)
    page.hub_url.setText(hub.url)
    page.code.setText(hub.code())
    page.join_button.click()
    qtbot.waitUntil(lambda: page.sync_dialog is not None, timeout=10000)
    dialog = page.sync_dialog
    assert isinstance(dialog, FirstSyncDialog)
    qtbot.waitUntil(lambda: dialog.outcome == DONE, timeout=20000)
    qtbot.wait(SyncStatusWidget.DIALOG_DELAY_MS + 100)
    assert status.dialog is None  # the status bar did not open a second one
    assert controller.state.kind == OK and not dialog.isVisible()
    assert page.code.text() == ""  # used up
    assert not page.state_box.isHidden() and page.join_box.isHidden()
    assert page.last_label.text() != "–"
    controller.timer.stop()


def test_the_status_bar_follows_a_first_sync_with_the_first_run_dialog(
    qtbot: QtBot, make_pc, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    from belbo_desktop.sync import client as client_module

    first = make_pc("buero")
    actor = first.login()
    for i in range(120):
        a_customer(first.app, actor, first_name=f"Kundin{i}", email=f"k{i}@x.de", phone="")
    first.sync()
    monkeypatch.setattr(client_module, "SNAPSHOT_PAGE", 2)  # many pages: room to cancel
    monkeypatch.setattr(SyncStatusWidget, "DIALOG_DELAY_MS", 0)

    pc = make_pc("kasse", enrol=False)
    pc.app.sync.enrol(None, hub.url, hub.code(), "Kasse 1")
    controller = SyncController.for_app(pc.app.sync)
    status = SyncStatusWidget(controller, lang="de")
    qtbot.addWidget(status)
    status.show()
    controller.sync_now()
    qtbot.waitUntil(lambda: status.dialog is not None, timeout=5000)
    dialog = status.dialog
    assert isinstance(dialog, FirstSyncDialog) and dialog.isVisible()
    assert controller.first_sync_dialog is dialog
    qtbot.waitUntil(lambda: "Datensätzen" in dialog.count.text(), timeout=20000)
    dialog.cancel_button.click()
    assert dialog.cancel_button.text() == "Wird abgebrochen …"
    qtbot.waitUntil(lambda: dialog.outcome != "running", timeout=20000)
    assert dialog.outcome == CANCELLED and not dialog.isVisible()
    assert controller.first_sync_dialog is None and not controller.running
    assert not pc.app.sync.status().first_sync_done

    status.dialog = None
    controller.sync_now()  # the timer's next turn: the same dialog again, and it finishes
    qtbot.waitUntil(lambda: status.dialog is not None, timeout=5000)
    again = status.dialog
    assert isinstance(again, FirstSyncDialog) and again is not dialog
    qtbot.waitUntil(lambda: again.outcome == DONE, timeout=30000)
    assert not again.isVisible() and controller.state.kind == OK
    assert pc.app.sync.status().first_sync_done
    with pc.app.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 120

    pc.sync()  # a later sync is no first sync: no dialog
    status.dialog = None
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    qtbot.wait(50)
    assert status.dialog is None


# --- 3. the last error in the UI's language, also after a restart -----------------------


def test_the_last_error_is_shown_in_english_after_a_restart(
    qtbot: QtBot, make_pc, hub: Hub
) -> None:
    pc = make_pc("kasse")
    a_customer(pc.app, pc.login())
    hub.store.revoke(pc.app.sync.status().device_id)
    controller = SyncController.for_app(pc.app.sync)
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    assert controller.state.kind == ERROR
    now = pc.clock.now()
    assert "no longer accepts this PC" in status_text(controller.state, now, "en")[1]
    assert "Gerät gesperrt" in status_text(controller.state, now, "de")[1]
    with pc.app.uow.read() as s:
        stored = s.scalar(select(SyncState.last_error))
    assert stored is not None and '"code": "sync_revoked"' in stored  # a code, not text

    restarted = bootstrap(pc.app.paths, clock=pc.clock, hasher=Hasher.fast())
    try:
        last = restarted.sync.status().last_error
        assert last is not None and last.code == "sync_revoked"
        assert last.text("en").startswith("The hub no longer accepts this PC")
        again = SyncController.for_app(restarted.sync)
        assert again is not controller and again.state.kind == ERROR
        status = SyncStatusWidget(again, lang="en")
        qtbot.addWidget(status)
        assert status.label.toolTip().startswith("The hub no longer accepts this PC")
        actor = restarted.staff.login("chefin", PASSWORD)
        page = _page(qtbot, UiContext(restarted, actor, "en"))
        assert "The hub no longer accepts this PC" in page.state_label.text()
        assert "gesperrt" not in page.state_label.text()
    finally:
        restarted.close()


def test_an_offline_reason_and_an_error_saved_as_text_by_an_earlier_version(
    qtbot: QtBot, make_pc, hub: Hub
) -> None:
    pc = make_pc("kasse")
    with pc.app.uow.write() as s:  # the hub moves away: the PC is offline
        s.execute(update(SyncState).values(hub_url=f"http://127.0.0.1:{_free_port()}"))
    controller = SyncController.for_app(pc.app.sync)
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=10000)
    assert controller.state.kind == OFFLINE
    tip = status_text(controller.state, pc.clock.now(), "en")[1]
    assert tip.startswith("Hub not reachable (no connection). Work continues locally")

    old = "Der Hub meldet einen Fehler (500). Bitte später erneut versuchen."
    with pc.app.uow.write() as s:  # as versions before the message codes stored it
        s.execute(update(SyncState).values(last_error=old))
    last = pc.app.sync.status().last_error
    assert last is not None and last.text("en") == old and last.text("de") == old
    restarted = SyncController(pc.app.sync)
    assert restarted.state.kind == ERROR
    assert status_text(restarted.state, pc.clock.now(), "en")[1] == old
    for broken in ("{", "[1, 2]", '{"params": {}}'):
        with pc.app.uow.write() as s:
            s.execute(update(SyncState).values(last_error=broken))
        last = pc.app.sync.status().last_error
        assert last is not None and last.text("en") == broken
