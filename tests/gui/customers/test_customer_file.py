"""The Kunden section end to end: search, open, edit, save, validation, unsaved changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.gui.qt_helpers import answer_next_message_box, press, type_text

from belbo_desktop.bootstrap import App
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.file import CustomerFile
from belbo_desktop.ui.main_window import MainWindow


@pytest.fixture
def window_for(qtbot: QtBot, app: App) -> Iterator[object]:
    windows: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = MainWindow(UiContext(app, actor))
        window.show()  # closed below, after unsaved changes are dropped
        qtbot.waitUntil(window.customers().list.model.is_idle)
        windows.append(window)
        return window

    yield make
    for window in windows:
        page = window.customers()
        if page.file is not None:
            page.file.discard()  # closing must not ask about unsaved changes
            page.file.worker.wait()
        page.list.model.worker.wait()
        window.close()
        window.deleteLater()


def _open_by_search(qtbot: QtBot, window: MainWindow, text: str) -> CustomerFile:
    page = window.customers()
    window.find_action.trigger()  # Ctrl+F
    assert page.list.search.hasFocus() or page.list.search.isVisible()
    type_text(page.list.search, text)
    model = page.list.model
    qtbot.waitUntil(lambda: model.query.text == text and model.is_idle())
    press(page.list.search, Qt.Key.Key_Return)
    assert page.file is not None
    return page.file


def test_search_open_edit_save_reopen(qtbot: QtBot, app: App, salon: Salon, window_for) -> None:
    a_customer(app, salon.owner, first_name="Jürgen", last_name="Weiß", email=None, phone=None)
    a_customer(app, salon.owner, first_name="Anna", last_name="Schmidt", email=None, phone=None)
    window = window_for(salon.front_desk)

    file = _open_by_search(qtbot, window, "weiß")
    assert file.editors["last_name"].value() == "Weiß"
    file.editors["city"].line.clear()
    type_text(file.editors["city"].line, "Köln")
    assert file.is_dirty()
    assert file.save_button.isEnabled()
    file.save_button.click()
    assert not file.is_dirty()

    assert window.customers().show_list()
    qtbot.waitUntil(window.customers().list.model.is_idle)
    reopened = _open_by_search(qtbot, window, "weiß")
    assert reopened.editors["city"].value() == "Köln"
    assert "Empfang" in reopened.meta.text()  # changed by whom


def test_invalid_input_shows_the_message_and_saves_nothing(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    customer = a_customer(app, salon.owner, last_name="Kühn")
    window = window_for(salon.owner)
    file = window.customers().open_customer(customer.id)
    assert file is not None
    audit_before = len(app.audit.entries(salon.owner, target_id=str(customer.id)))

    file.editors["email"].line.setText("kühn@")
    file.editors["birthday"].line.setText("31.02.1990")
    file.editors["city"].line.setText("Bonn")
    file._changed()
    assert not file.save()

    assert file.editors["email"].error.isVisibleTo(file)
    assert "E-Mail-Adresse ist ungültig" in file.editors["email"].error.text()
    assert "TT.MM.JJJJ" in file.editors["birthday"].error.text()
    assert not file.editors["city"].error.isVisibleTo(file)
    stored = app.customers.get(salon.owner, customer.id)
    assert stored.email == customer.email
    assert stored.city == customer.city
    assert len(app.audit.entries(salon.owner, target_id=str(customer.id))) == audit_before
    file._loaded = file._values()


def test_custom_field_editor_is_typed_and_validated(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    from belbo_desktop.domain.custom_fields import FieldType

    strength = app.custom_fields.define(salon.owner, "EMS-Stromstärke", FieldType.NUMBER)
    customer = a_customer(app, salon.owner)
    window = window_for(salon.owner)
    file = window.customers().open_customer(customer.id)
    assert file is not None
    editor = file.editors[strength.key]
    editor.line.setText("viel")
    file._changed()
    assert not file.save()
    assert "EMS-Stromstärke: bitte eine Zahl angeben." in editor.error.text()
    assert file.tabs.currentIndex() == file.tab_keys.index("custom_fields")
    assert app.customers.get(salon.owner, customer.id).custom == {}

    editor.line.setText("42,5")
    file._changed()
    assert file.save()
    assert app.customers.get(salon.owner, customer.id).custom == {strength.key: "42.5"}


def test_unsaved_changes_prompt(qtbot: QtBot, app: App, salon: Salon, window_for) -> None:
    customer = a_customer(app, salon.owner, last_name="Vogel", city="Berlin")
    window = window_for(salon.owner)
    page = window.customers()
    file = page.open_customer(customer.id)
    assert file is not None
    file.editors["city"].line.setText("Hamburg")
    file._changed()

    asked: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, asked)
    assert not page.show_list()
    assert asked and "ungespeicherte Änderungen" in asked[0]
    assert page.file is file  # still there, still edited
    assert file.editors["city"].value() == "Hamburg"

    answer_next_message_box(QMessageBox.StandardButton.Discard)
    assert page.show_list()
    assert app.customers.get(salon.owner, customer.id).city == "Berlin"

    file = page.open_customer(customer.id)
    assert file is not None
    file.editors["city"].line.setText("Hamburg")
    file._changed()
    answer_next_message_box(QMessageBox.StandardButton.Save)
    assert page.show_list()
    assert app.customers.get(salon.owner, customer.id).city == "Hamburg"


def test_new_customer_points_out_a_possible_duplicate(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    existing = a_customer(app, salon.owner, email="anna@example.de")
    window = window_for(salon.owner)
    window.new_action.trigger()  # Ctrl+N
    file = window.customers().file
    assert file is not None and file.customer_id is None
    type_text(file.editors["first_name"].line, "Anna")
    type_text(file.editors["last_name"].line, "Meier")
    type_text(file.editors["email"].line, "Anna@example.de")
    file.editors["email"].line.editingFinished.emit()
    qtbot.waitUntil(lambda: file.duplicate_box.isVisibleTo(file))
    assert [row.id for row in file.duplicates()] == [existing.id]
    file._loaded = file._values()


def test_new_customer_is_saved_and_listed(qtbot: QtBot, app: App, salon: Salon, window_for) -> None:
    window = window_for(salon.front_desk)
    page = window.customers()
    file = page.new_customer()
    assert file is not None
    type_text(file.editors["first_name"].line, "Zoë")
    type_text(file.editors["last_name"].line, "Öztürk")
    assert file.save()
    assert file.customer_id is not None
    assert page.show_list()
    model = page.list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.is_idle())
    assert model.customer_id(0) == file.customer_id


def test_archiving_needs_the_right(qtbot: QtBot, app: App, salon: Salon, window_for) -> None:
    customer = a_customer(app, salon.owner)
    window = window_for(salon.front_desk)
    file = window.customers().open_customer(customer.id)
    assert file is not None
    assert not file.archive_button.isEnabled()
    assert "Kunden archivieren" in file.archive_button.toolTip()


def test_archive_and_list_updates(qtbot: QtBot, app: App, salon: Salon, window_for) -> None:
    customer = a_customer(app, salon.owner)
    window = window_for(salon.owner)
    page = window.customers()
    file = page.open_customer(customer.id)
    assert file is not None
    answer_next_message_box(QMessageBox.StandardButton.Yes)
    file.archive_button.click()
    assert app.customers.get(salon.owner, customer.id).archived_at is not None
    assert file.editors["first_name"].line.isReadOnly()
    assert page.show_list()
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 0 and page.list.model.is_idle())


def test_keyboard_typing_in_table_goes_to_search_and_esc_clears(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    a_customer(app, salon.owner, last_name="Müller", email=None, phone=None)
    a_customer(app, salon.owner, last_name="Schmidt", email=None, phone=None)
    window = window_for(salon.owner)
    view = window.customers().list
    type_text(view.table, "sch")
    assert view.search.text() == "sch"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.is_idle())
    assert "1 Treffer" in view.count_label.text()
    press(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.is_idle())


def test_arrows_move_from_search_to_the_table_and_enter_opens(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    a_customer(app, salon.owner, last_name="Adler", email=None, phone=None)
    second = a_customer(app, salon.owner, last_name="Berg", email=None, phone=None)
    window = window_for(salon.owner)
    view = window.customers().list
    view.focus_search()
    press(view.search, Qt.Key.Key_Down)
    assert view.table.hasFocus() or view.table.currentIndex().row() == 0
    press(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 1
    press(view.table, Qt.Key.Key_Return)
    file = window.customers().file
    assert file is not None and file.customer_id == second.id
    press(file, Qt.Key.Key_Escape)  # back to the list via the shortcut
    qtbot.waitUntil(lambda: window.customers().file is None)


def test_column_chooser_adds_a_custom_field_and_remembers_it(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    from belbo_desktop.domain.custom_fields import FieldType

    field = app.custom_fields.define(salon.owner, "Haartyp", FieldType.CHOICE, ["fein", "lockig"])
    a_customer(app, salon.owner, email=None, phone=None, custom={field.key: "fein"})
    window = window_for(salon.owner)
    view = window.customers().list
    view._fill_columns_menu()
    action = next(a for a in view.columns_menu.actions() if a.text() == "Haartyp")
    action.setChecked(True)
    model = view.model
    qtbot.waitUntil(lambda: model.is_idle() and model.columnCount() == 8)
    assert model.index(0, 7).data() == "fein"
    assert field.key in (view.prefs.list_columns() or [])


def test_pin_switch_rebuilds_sections_for_the_new_rights(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    customer = a_customer(app, salon.owner)
    window = window_for(salon.owner)
    file = window.customers().open_customer(customer.id)
    assert file is not None and file.archive_button.isEnabled()
    window.set_actor(salon.front_desk)
    assert "Empfang" in window.staff_label.text()
    page = window.customers()
    qtbot.waitUntil(page.list.model.is_idle)
    file = page.open_customer(customer.id)
    assert file is not None and not file.archive_button.isEnabled()


def test_fast_typing_is_folded_into_few_searches_and_ends_on_the_last_text(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    for last in ("Müller", "Müllner", "Möller", "Schmidt"):
        a_customer(app, salon.owner, last_name=last, email=None, phone=None)
    window = window_for(salon.owner)
    view = window.customers().list
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    type_text(view.search, "müller")  # six keystrokes, no pause
    qtbot.waitUntil(lambda: view.model.query.text == "müller" and view.model.is_idle())
    assert view.model.rowCount() == 1
    assert view.model.row_at(0) is not None and view.model.row_at(0).last_name == "Müller"
    assert len(resets) < 6
    assert view.count_label.text() == "1 Treffer"


def test_leaving_the_section_with_unsaved_changes_asks_first(
    qtbot: QtBot, app: App, salon: Salon, window_for
) -> None:
    customer = a_customer(app, salon.owner, city="Berlin")
    window = window_for(salon.owner)
    others = [k for k in window.nav_keys() if k not in ("customers", "settings")]
    if not others:
        pytest.skip("no other section registered")
    file = window.customers().open_customer(customer.id)
    assert file is not None
    file.editors["city"].line.setText("Hamburg")
    file._changed()
    answer_next_message_box(QMessageBox.StandardButton.Cancel)
    window.show_section(others[0])
    assert window.current_key() == "customers"
    assert window.customers().file is file


def test_history_lists_who_changed_what(
    qtbot: QtBot, app: App, salon: Salon, clock: FixedClock, window_for
) -> None:
    customer = a_customer(app, salon.owner, city="Berlin")
    clock.advance(minutes=5)
    window = window_for(salon.front_desk)
    file = window.customers().open_customer(customer.id)
    assert file is not None
    file.editors["city"].line.setText("Hamburg")
    file._changed()
    assert file.save()
    table = file.history.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0][1:] == ["Empfang", "Kundendaten geändert", "Ort"]
    assert rows[-1][1:3] == ["Chefin", "Kunde angelegt"]


def test_show_archived_checkbox(qtbot: QtBot, app: App, salon: Salon, window_for) -> None:
    gone = a_customer(app, salon.owner, last_name="Alt", email=None, phone=None)
    a_customer(app, salon.owner, last_name="Neu", email=None, phone=None)
    app.customers.set_archived(salon.owner, gone.id, True)
    window = window_for(salon.owner)
    view = window.customers().list
    assert view.model.rowCount() == 1
    view.archived.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and view.model.is_idle())
    from PySide6.QtGui import QFont

    font = view.model.index(0, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()  # archived rows are set apart
