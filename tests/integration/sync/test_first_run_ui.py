"""A brand-new PC joins a real hub from the login screen (PostgreSQL + uvicorn on loopback).

Enrolment and the first sync with its progress dialog, cancel and resume, and the ways
joining fails: each shows its message and leaves the PC exactly as it was.
"""

from __future__ import annotations

import socket

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.sync import SyncState
from belbo_desktop.ui.first_run.connect_dialog import ConnectHubDialog
from belbo_desktop.ui.first_run.first_sync_dialog import CANCELLED, DONE, FirstSyncDialog
from belbo_desktop.ui.login import LoginDialog
from tests.builders import a_customer
from tests.gui.qt_helpers import type_text
from tests.integration.sync.conftest import PASSWORD, PC, Hub, assert_converged, dump

pytestmark = pytest.mark.postgres


def _login_dialog(qtbot: QtBot, pc: PC) -> LoginDialog:
    dialog = LoginDialog(pc.app)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _connect_form(
    dialog: LoginDialog, url: str, code: str, name: str = "Kasse 2"
) -> ConnectHubDialog:
    dialog.hub_button.click()
    form = dialog.hub_dialog
    assert isinstance(form, ConnectHubDialog)
    for field, text in ((form.hub_url, url), (form.code, code), (form.device_name, name)):
        field.clear()
        type_text(field, text)
    return form


def _first_sync(qtbot: QtBot, dialog: LoginDialog, timeout: int = 30000) -> FirstSyncDialog:
    qtbot.waitUntil(lambda: dialog.sync_dialog is not None, timeout=10000)
    sync = dialog.sync_dialog
    assert sync is not None
    qtbot.waitUntil(lambda: sync.outcome != "running", timeout=timeout)
    qtbot.waitUntil(sync.idle)
    return sync


def _customers(pc: PC) -> int:
    with pc.app.uow.read() as s:
        return s.scalar(select(func.count()).select_from(Customer)) or 0


def test_a_new_pc_joins_the_hub_and_the_hubs_staff_can_log_in(
    qtbot: QtBot, make_pc, hub: Hub
) -> None:
    pc = make_pc("neu", enrol=False)
    dialog = _login_dialog(qtbot, pc)
    form = _connect_form(dialog, hub.url, hub.code())
    form.connect_button.click()
    assert not form.connect_button.isEnabled()  # working in the background
    sync = _first_sync(qtbot, dialog)

    assert sync.outcome == DONE and not sync.isVisible()
    assert sync.report is not None and sync.report.snapshot_rows > 0
    total = sync.bar.maximum()
    assert total == sync.report.snapshot_rows and sync.bar.value() == total
    assert sync.count.text() == f"{total} von {total} Datensätzen"
    status = pc.app.sync.status()
    assert status.enrolled and status.first_sync_done and status.device_name == "Kasse 2"
    assert status.hub_url == hub.url

    # the login screen now lists the staff of this PC's location, not the other one's
    assert dialog.login_area.isVisible() and not dialog.welcome.isVisible()
    assert not dialog.first_sync_box.isVisible()
    assert dialog.notice.text() == "Der erste Abgleich ist abgeschlossen. Bitte melden Sie sich an."
    listed = {dialog.staff.itemData(i) for i in range(dialog.staff.count())}
    assert listed == {"chefin", "empfang"}
    dialog.fill("chefin", PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.login_button.click()
    assert dialog.actor is not None and dialog.actor.location_id == hub.location_id


def test_the_first_sync_cancelled_halfway_resumes_where_it_stopped(
    qtbot: QtBot, make_pc, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    from belbo_desktop.sync import client as client_module

    first = make_pc("kasse")
    actor = first.login()
    for i in range(300):
        a_customer(first.app, actor, first_name=f"Kundin{i}", email=f"k{i}@x.de", phone="")
    first.sync()
    monkeypatch.setattr(client_module, "SNAPSHOT_PAGE", 4)  # many pages: room to cancel

    pc = make_pc("neu", enrol=False)
    dialog = _login_dialog(qtbot, pc)
    _connect_form(dialog, hub.url, hub.code()).connect_button.click()
    qtbot.waitUntil(lambda: dialog.sync_dialog is not None, timeout=10000)
    sync = dialog.sync_dialog
    assert sync is not None and sync.isVisible()
    qtbot.waitUntil(lambda: "Datensätzen" in sync.count.text(), timeout=20000)
    sync.cancel_button.click()
    assert sync.cancel_button.text() == "Wird abgebrochen …"
    qtbot.waitUntil(lambda: sync.outcome != "running", timeout=20000)
    assert sync.outcome == CANCELLED and not sync.isVisible()
    total = sync.bar.maximum()
    taken = sync.taken_over
    assert 0 < taken < total

    status = pc.app.sync.status()
    assert status.enrolled and not status.first_sync_done
    assert dialog.first_sync_box.isVisible() and dialog.resume_button.isVisible()
    assert "noch nicht abgeschlossen" in dialog.first_sync_text.text()
    assert "Zuletzt: Synchronisation abgebrochen." in dialog.first_sync_text.text()
    assert _customers(pc) < 300

    # a restart of the app in between shows the same notice (state is in the database)
    again = _login_dialog(qtbot, pc)
    assert again.first_sync_box.isVisible() and not again.welcome.isVisible()
    again.close()

    dialog.resume_button.click()
    resumed = _first_sync(qtbot, dialog)
    assert resumed.outcome == DONE
    assert resumed.report is not None
    assert resumed.report.snapshot_rows == total - taken  # nothing fetched twice
    assert resumed.count.text() == f"{total:,} von {total:,} Datensätzen".replace(",", ".")
    assert pc.app.sync.status().first_sync_done and _customers(pc) == 300
    assert not dialog.first_sync_box.isVisible() and dialog.login_area.isVisible()
    first.sync()
    pc.sync()
    assert_converged(dump(first.app.uow), dump(pc.app.uow))


def test_a_location_without_staff_at_the_hub_is_said_and_can_be_synced_again(
    qtbot: QtBot, make_pc, hub: Hub
) -> None:
    from belbo_desktop.domain.rights import Role
    from belbo_desktop.services.locations import BusinessData, LocationService
    from belbo_desktop.storage.unit_of_work import UnitOfWork

    uow = UnitOfWork(hub.engine)
    south = LocationService(uow, hub.clock).create(None, BusinessData(name="Salon Süd"))
    pc = make_pc("neu", enrol=False)
    dialog = _login_dialog(qtbot, pc)
    _connect_form(dialog, hub.url, hub.code(south)).connect_button.click()
    assert _first_sync(qtbot, dialog).outcome == DONE

    assert dialog.first_sync_box.isVisible() and not dialog.welcome.isVisible()
    assert "noch keine Mitarbeiter" in dialog.first_sync_text.text()
    assert dialog.resume_button.text() == "Erneut abgleichen"
    assert not dialog.login_area.isVisible()

    other = make_pc("buero", locations=(south,))  # a PC of that location adds someone
    other.app.staff.create_staff(
        None,
        location_id=south,
        username="sued",
        display_name="Süd",
        role=Role.OWNER,
        password=PASSWORD,
    )
    other.sync()
    dialog.sync_dialog = None
    dialog.resume_button.click()
    assert _first_sync(qtbot, dialog).outcome == DONE
    assert dialog.login_area.isVisible() and not dialog.first_sync_box.isVisible()
    assert [dialog.staff.itemData(i) for i in range(dialog.staff.count())] == ["sued"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _nothing_left(pc: PC, before: dict) -> None:
    assert not pc.app.sync.status().enrolled
    assert not (pc.app.paths.data_dir / "sync-token").exists()
    with pc.app.uow.read() as s:
        assert s.scalar(select(func.count()).select_from(SyncState)) == 0
    assert dump(pc.app.uow) == before


@pytest.mark.parametrize(
    ("case", "field", "expected"),
    [
        ("used code", "code", "Der Anmeldecode ist ungültig, abgelaufen oder wurde schon benutzt."),
        ("no scheme", "hub_url", "Bitte eine Hub-Adresse wie https://hub.example.de angeben."),
        ("nobody there", "", "ist nicht erreichbar (keine Verbindung)."),
        ("not a hub", "", "antwortet kein Belbo Hub."),
        ("newer hub", "", "Hub und App sprechen verschiedene Protokollversionen (Hub 2, App 1)."),
    ],
)
def test_joining_fails_with_a_clear_message_and_leaves_the_pc_unchanged(
    qtbot: QtBot,
    make_pc,
    hub: Hub,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    field: str,
    expected: str,
) -> None:
    pc = make_pc("neu", enrol=False)
    code, url = hub.code(), hub.url
    if case == "used code":
        make_pc("andere", enrol=False).app.sync.enrol(None, hub.url, code, "Andere")
    elif case == "no scheme":
        url = url.removeprefix("http://")
    elif case == "nobody there":
        url = f"http://127.0.0.1:{_free_port()}"
    elif case == "not a hub":
        url = hub.url + "/belbo"  # a web server, but no hub under that path
    elif case == "newer hub":
        from belbo_desktop.hub import app as hub_app

        monkeypatch.setattr(hub_app, "PROTOCOL_VERSION", 2)
    before = dump(pc.app.uow)
    dialog = _login_dialog(qtbot, pc)
    form = _connect_form(dialog, url, code)
    form.connect_button.click()
    qtbot.waitUntil(form.worker.idle, timeout=15000)

    label = form.errors[field] if field else form.error
    assert expected in label.text() and label.isVisible()
    if not field:
        assert "Dieser PC wurde nicht verbunden." in label.text() or case == "newer hub"
    assert form.isVisible() and form.connect_button.isEnabled()
    assert dialog.sync_dialog is None
    _nothing_left(pc, before)
    form.reject()
    assert dialog.welcome.isVisible()  # still the two ways to start


def test_empty_fields_are_named_before_anything_is_sent(qtbot: QtBot, make_pc, hub: Hub) -> None:
    pc = make_pc("neu", enrol=False)
    dialog = _login_dialog(qtbot, pc)
    form = _connect_form(dialog, "", "", "")
    form.connect_button.click()
    assert form.errors["hub_url"].text() == "Bitte die Adresse des Hubs angeben."
    assert form.errors["code"].text() == "Bitte den Anmeldecode angeben."
    assert form.errors["device_name"].text() == "Bitte einen Namen für diesen PC angeben."
    assert form.worker.idle() and not pc.app.sync.status().enrolled
