"""A brand-new PC: the login screen offers joining a hub or setting up a new salon."""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from tests.conftest import PASSWORD, Salon
from tests.gui.qt_helpers import type_text

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.rights import Role
from belbo_desktop.storage.orm import AuditEntry, Location, StaffMember
from belbo_desktop.ui.first_run.connect_dialog import ConnectHubDialog
from belbo_desktop.ui.first_run.new_salon_dialog import NewSalonDialog, suggest_username
from belbo_desktop.ui.login import LoginDialog


def _login(qtbot: QtBot, app: App) -> LoginDialog:
    dialog = LoginDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(app: App) -> tuple[int, int, int]:
    with app.uow.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Location)) or 0,
            s.scalar(select(func.count()).select_from(StaffMember)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_an_empty_pc_offers_both_ways_to_start_instead_of_a_dead_end(
    qtbot: QtBot, app: App
) -> None:
    dialog = _login(qtbot, app)
    links = [b.text() for b in dialog.findChildren(QCommandLinkButton) if b.isVisible()]
    assert links == ["Mit Belbo Hub verbinden", "Neuen Betrieb einrichten"]
    assert dialog.subtitle.text().startswith("Dieser PC ist noch nicht eingerichtet")
    assert not dialog.login_area.isVisible() and not dialog.login_button.isVisible()
    assert not dialog.error.isVisible()
    assert not dialog.first_sync_box.isVisible()

    dialog.hub_button.click()
    assert isinstance(dialog.hub_dialog, ConnectHubDialog) and dialog.hub_dialog.isVisible()
    assert dialog.hub_dialog.device_name.text()  # the computer's name to start from
    dialog.hub_dialog.reject()
    dialog.salon_button.click()
    assert isinstance(dialog.salon_dialog, NewSalonDialog) and dialog.salon_dialog.isVisible()


def test_a_pc_with_staff_shows_the_plain_login(qtbot: QtBot, app: App, salon: Salon) -> None:
    dialog = _login(qtbot, app)
    assert dialog.login_area.isVisible() and dialog.login_button.isVisible()
    assert not dialog.welcome.isVisible() and not dialog.first_sync_box.isVisible()
    assert dialog.subtitle.text() == "Bitte melden Sie sich an."


def _fill(form: NewSalonDialog, **values: str) -> None:
    for key, text in values.items():
        field = form.fields[key]
        field.clear()
        type_text(field, text)


def test_a_new_salon_is_set_up_and_its_owner_is_logged_in(qtbot: QtBot, app: App) -> None:
    dialog = _login(qtbot, app)
    dialog.salon_button.click()
    form = dialog.salon_dialog
    assert isinstance(form, NewSalonDialog)
    _fill(
        form,
        name="Salon Sonnenschein",
        street="Hauptstraße 5",
        postcode="80331",
        city="München",
        tax_number="143/123/45678",
        display_name="Sabine Krüger",
    )
    assert form.fields["username"].text() == "sabine.krueger"  # suggested from the name
    _fill(form, password=PASSWORD, password2=PASSWORD, pin="4711")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        form.create_button.click()
    assert dialog.actor is not None
    assert dialog.actor.username == "sabine.krueger" and dialog.actor.role is Role.OWNER
    business = app.locations.current(dialog.actor).business
    assert (business.name, business.city, business.tax_number) == (
        "Salon Sonnenschein",
        "München",
        "143/123/45678",
    )
    assert _rows(app)[:2] == (1, 1)
    again = _login(qtbot, app)  # next start: the ordinary login with the new owner
    assert again.login_area.isVisible() and not again.welcome.isVisible()
    assert again.staff.itemData(0) == "sabine.krueger"


def test_bad_input_shows_messages_next_to_the_fields_and_writes_nothing(
    qtbot: QtBot, app: App
) -> None:
    before = _rows(app)
    dialog = _login(qtbot, app)
    dialog.salon_button.click()
    form = dialog.salon_dialog
    assert isinstance(form, NewSalonDialog)

    _fill(form, display_name="Sabine", password=PASSWORD, password2="anderes-geheim")
    form.create_button.click()
    assert form.errors["password2"].text() == "Die beiden Passwörter stimmen nicht überein."
    assert form.errors["password2"].isVisible()
    assert form.focusWidget() is form.fields["password2"]

    _fill(form, username="a b", password="kurz", password2="kurz", pin="12", email="sabine@")
    form.create_button.click()
    qtbot.waitUntil(form.worker.idle)
    shown = {key: label.text() for key, label in form.errors.items() if label.isVisible()}
    assert shown == {
        "name": "Bitte Name des Betriebs angeben.",
        "username": (
            "Der Benutzername darf nur Buchstaben, Ziffern, Punkt, Binde- und "
            "Unterstrich enthalten."
        ),
        "password": "Das Passwort muss mindestens 8 Zeichen lang sein.",
        "pin": "Die PIN muss aus 4 bis 6 Ziffern bestehen.",
        "email": form.errors["email"].text(),
    }
    assert "E-Mail-Adresse" in shown["email"]
    assert form.focusWidget() is form.fields["name"]  # the first field with a message
    assert form.isVisible() and dialog.actor is None
    assert _rows(app) == before


def test_the_username_suggestion_stays_valid() -> None:
    assert suggest_username("Sabine Krüger") == "sabine.krueger"
    assert suggest_username("  Jörg  Weiß-Mann ") == "joerg.weiss.mann"
    assert suggest_username("") == ""


def test_the_first_run_screens_render_for_the_screenshots(qtbot: QtBot, tmp_path) -> None:
    from belbo_desktop.ui.screenshots import Shooter, first_run_screens

    shots = Shooter(tmp_path)
    first_run_screens("de", shots)
    assert {p.stem for p in shots.files} == {
        "00_first_run_login",
        "00_first_run_connect",
        "00_first_run_connect_error",
        "00_first_run_progress",
        "00_first_run_unfinished",
        "00_first_run_new_salon",
        "00_first_run_new_salon_errors",
    }
    assert all(p.stat().st_size > 5000 for p in shots.files)
