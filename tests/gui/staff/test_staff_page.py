"""Einstellungen > Mitarbeiter, Konto > Passwort ändern and Protokoll, driven like a user."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.conftest import PASSWORD, Salon
from tests.gui.qt_helpers import answer_next_message_box, type_text, wait_for

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import AuthenticationFailed
from belbo_desktop.domain.rights import ROLE_RIGHTS, Right, Role
from belbo_desktop.services.actor import Actor
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.settings.dialog import SettingsDialog
from belbo_desktop.ui.staff.dialogs import StaffDialog
from belbo_desktop.ui.staff.own_password import OwnPasswordPage
from belbo_desktop.ui.staff.page import StaffPage


def _page(qtbot: QtBot, app: App, actor: Actor) -> StaffPage:
    page = StaffPage(UiContext(app, actor))
    qtbot.addWidget(page)
    page.load()
    return page


def _save(qtbot: QtBot, dialog: StaffDialog) -> None:
    dialog.try_save()
    wait_for(qtbot, dialog.worker.idle)


def test_without_the_right_the_page_is_greyed_out_with_the_reason(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    dialog = SettingsDialog(UiContext(app, salon.manager))
    qtbot.addWidget(dialog)
    item = dialog.item_for("staff")
    assert item is not None and item.isDisabled()
    assert "Mitarbeiter verwalten" in item.toolTip(0)
    assert not dialog.select("staff")
    own = dialog.item_for("own_password")  # everyone may change their own password
    assert own is not None and not own.isDisabled()
    page = _page(qtbot, app, salon.front_desk)
    assert not page.new_button.isEnabled()
    assert "Mitarbeiter verwalten" in page.new_button.toolTip()


def test_create_an_employee_who_can_then_log_in(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = _page(qtbot, app, salon.owner)
    assert [r.username for r in page.model.rows] == ["chefin", "empfang", "leitung"]
    dialog = page.new()
    type_text(dialog.fields["display_name"], "Mia Sömmer")
    assert dialog.fields["username"].text() == "mia.soemmer"  # suggested from the name
    type_text(dialog.fields["email"], "mia@salon.example")
    type_text(dialog.fields["password"], "lang-genug-1")
    type_text(dialog.fields["password2"], "lang-genug-2")
    _save(qtbot, dialog)
    assert dialog.errors["password2"].isVisibleTo(dialog)  # mismatch: nothing written
    assert len(app.staff.list_staff(salon.owner)) == 3
    dialog.fields["password2"].setText("lang-genug-1")
    dialog.rights.set_checked(Right.EXPORT_CUSTOMERS, True)
    _save(qtbot, dialog)
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    assert page.current() is not None and page.current().username == "mia.soemmer"  # type: ignore[union-attr]
    assert "angelegt" in page.notice.text()
    mia = app.staff.login("mia.soemmer", "lang-genug-1")
    assert mia.display_name == "Mia Sömmer"
    assert mia.rights == ROLE_RIGHTS[Role.FRONT_DESK] | {Right.EXPORT_CUSTOMERS}


def test_bad_fields_get_their_message_next_to_them(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = _page(qtbot, app, salon.owner)
    dialog = page.new()
    type_text(dialog.fields["username"], "x")
    type_text(dialog.fields["email"], "kaputt@")
    _save(qtbot, dialog)
    for key in ("display_name", "username", "email", "password"):
        assert dialog.errors[key].isVisibleTo(dialog), key
    dialog.fields["display_name"].setText("Zweite Chefin")
    dialog.fields["username"].setText("chefin")
    dialog.fields["email"].clear()
    dialog.fields["password"].setText("lang-genug-1")
    dialog.fields["password2"].setText("lang-genug-1")
    _save(qtbot, dialog)
    assert not dialog.errors["display_name"].isVisibleTo(dialog)
    assert "bereits vergeben" in dialog.errors["username"].text()
    assert dialog.result() != StaffDialog.DialogCode.Accepted
    assert len(app.staff.list_staff(salon.owner)) == 3


def test_rights_checklist_round_trip(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = _page(qtbot, app, salon.owner)
    assert page.select("empfang")
    dialog = page.edit()
    assert dialog is not None
    rights = dialog.rights
    assert rights.rights() == ROLE_RIGHTS[Role.FRONT_DESK]
    assert rights.origin(Right.SELL) == "durch die Rolle"
    rights.set_checked(Right.SELL, False)
    rights.set_checked(Right.VIEW_AUDIT_LOG, True)
    assert rights.origin(Right.SELL) == "der Rolle entzogen"
    assert rights.origin(Right.VIEW_AUDIT_LOG) == "zusätzlich gewährt"
    _save(qtbot, dialog)
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    row = app.staff.get_staff(salon.owner, salon.front_desk.staff_id)
    assert row.granted_rights == {Right.VIEW_AUDIT_LOG}
    assert row.revoked_rights == {Right.SELL}

    again = page.edit()  # the stored changes show when the dialog opens again
    assert again is not None
    assert again.rights.rights() == row.rights
    assert again.rights.origin(Right.SELL) == "der Rolle entzogen"
    again.set_role(Role.MANAGER)  # a new role keeps the personal changes
    assert Right.SELL not in again.rights.rights()
    assert Right.EXPORT_CUSTOMERS in again.rights.rights()
    again.reset_rights.click()
    assert again.rights.rights() == ROLE_RIGHTS[Role.MANAGER]
    again.reject()


def test_last_staff_manager_is_refused_next_to_the_rights(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    page = _page(qtbot, app, salon.owner)
    assert page.select("chefin")
    dialog = page.edit()
    assert dialog is not None
    dialog.rights.set_checked(Right.MANAGE_STAFF, False)
    _save(qtbot, dialog)
    assert dialog.errors["rights"].isVisibleTo(dialog)
    assert "letzte aktive Person" in dialog.errors["rights"].text()
    assert app.staff.login("chefin", PASSWORD).can(Right.MANAGE_STAFF)
    dialog.reject()


def test_deactivate_then_she_cannot_log_in(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = _page(qtbot, app, salon.owner)
    assert page.select("chefin")
    assert not page.active_button.isEnabled()  # not yourself
    assert page.select("empfang")
    assert page.active_button.text() == "Deaktivieren"
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    page.toggle_active()
    assert page.current() is not None and not page.current().active  # type: ignore[union-attr]
    assert page.active_button.text() == "Reaktivieren"
    with pytest.raises(AuthenticationFailed):
        app.staff.login("empfang", PASSWORD)
    page.toggle_active()
    assert app.staff.login("empfang", PASSWORD).username == "empfang"


def test_reset_password_and_unlock(qtbot: QtBot, app: App, salon: Salon) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            app.staff.login("empfang", "falsch")
    page = _page(qtbot, app, salon.owner)
    assert page.select("empfang")
    assert page.current() is not None and page.current().locked  # type: ignore[union-attr]
    assert page.unlock_button.isEnabled()
    dialog = page.reset_password()
    assert dialog is not None
    type_text(dialog.fields["new_password"], "kurz")
    type_text(dialog.fields["password2"], "kurz")
    dialog.try_save()
    wait_for(qtbot, dialog.worker.idle)
    assert "mindestens 8 Zeichen" in dialog.errors["new_password"].text()
    dialog.fields["new_password"].setText("neu-und-lang")
    dialog.fields["password2"].setText("neu-und-lang")
    dialog.try_save()
    wait_for(qtbot, dialog.worker.idle)
    assert dialog.result() == StaffDialog.DialogCode.Accepted
    assert not page.current().locked  # type: ignore[union-attr]
    assert app.staff.login("empfang", "neu-und-lang").username == "empfang"


def test_a_manager_with_the_right_cannot_touch_the_owner(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    app.staff.update_staff(
        salon.owner,
        salon.manager.staff_id,
        display_name="Leitung",
        email=None,
        role=Role.MANAGER,
        rights=ROLE_RIGHTS[Role.MANAGER] | {Right.MANAGE_STAFF},
    )
    manager = app.staff.login("leitung", PASSWORD)
    page = _page(qtbot, app, manager)
    assert page.select("chefin")
    assert not page.edit_button.isEnabled()
    assert "Inhaber" in page.edit_button.toolTip()
    dialog = page.new()
    roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert Role.OWNER.value not in roles
    dialog.reject()


def test_change_own_password(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = OwnPasswordPage(UiContext(app, salon.front_desk))
    qtbot.addWidget(page)
    type_text(page.fields["old_password"], "falsch")
    type_text(page.fields["new_password"], "mein-neues-pw")
    type_text(page.fields["password2"], "mein-neues-pw")
    page.change()
    wait_for(qtbot, page.worker.idle)
    assert "bisherige Passwort ist falsch" in page.errors["old_password"].text()
    page.fields["old_password"].setText(PASSWORD)
    page.change()
    wait_for(qtbot, page.worker.idle)
    assert page.done_label.isVisibleTo(page)
    assert page.fields["old_password"].text() == ""
    assert app.staff.login("empfang", "mein-neues-pw").username == "empfang"
