"""Einstellungen > Kundenfelder: rights, working copy, validation, save through the service."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import Salon
from tests.gui.qt_helpers import type_text

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.errors import PermissionDenied
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.settings.custom_fields_page import CustomFieldsPage
from belbo_desktop.ui.settings.dialog import SettingsDialog


def _dialog(qtbot: QtBot, app: App, actor) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(UiContext(app, actor))
    qtbot.addWidget(dialog)
    return dialog


def test_front_desk_cannot_reach_the_custom_field_settings(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    dialog = _dialog(qtbot, app, salon.front_desk)
    item = dialog.item_for("custom_fields")
    assert item is not None
    assert item.isDisabled()
    assert "Kundenfelder verwalten" in item.toolTip(0)
    assert not dialog.select("custom_fields")
    assert "custom_fields" not in dialog.pages
    with pytest.raises(PermissionDenied):
        app.custom_fields.define(salon.front_desk, "Haartyp", FieldType.TEXT)


def test_owner_defines_a_field_only_when_accepting(qtbot: QtBot, app: App, salon: Salon) -> None:
    dialog = _dialog(qtbot, app, salon.owner)
    assert dialog.select("custom_fields")
    page = dialog.pages["custom_fields"]
    assert isinstance(page, CustomFieldsPage)
    page.add_field()
    type_text(page.label, "Lieblingsfarbe")
    page.type.setCurrentIndex(page.type.findData(FieldType.CHOICE.value))
    page.choices.setPlainText("Rot\nGrün\nBlau")
    assert app.custom_fields.list_fields(salon.owner) == []  # nothing written yet

    dialog.accept()
    fields = app.custom_fields.list_fields(salon.owner)
    assert [(f.label, f.field_type, f.choices) for f in fields] == [
        ("Lieblingsfarbe", FieldType.CHOICE, ("Rot", "Grün", "Blau"))
    ]


def test_invalid_definition_shows_the_message_and_saves_nothing(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    page = CustomFieldsPage(UiContext(app, salon.owner))
    qtbot.addWidget(page)
    page.load()
    page.add_field()
    type_text(page.label, "Haartyp")
    page.type.setCurrentIndex(page.type.findData(FieldType.CHOICE.value))
    problem = page.validate()
    assert problem is not None and "mindestens eine Auswahlmöglichkeit" in problem
    assert page.error.isVisibleTo(page)
    assert app.custom_fields.list_fields(salon.owner, include_archived=True) == []


def test_rename_reorder_and_archive(qtbot: QtBot, app: App, salon: Salon) -> None:
    first = app.custom_fields.define(salon.owner, "Haartyp", FieldType.TEXT)
    second = app.custom_fields.define(salon.owner, "Allergien", FieldType.LONG_TEXT)
    page = CustomFieldsPage(UiContext(app, salon.owner))
    qtbot.addWidget(page)
    page.load()
    page.list.setCurrentRow(1)
    page.move_field(-1)
    page.list.setCurrentRow(1)
    page.label.setText("Haarstruktur")
    page._edited()
    page.toggle_archived()
    assert page.validate() is None
    page.save()

    fields = app.custom_fields.list_fields(salon.owner, include_archived=True)
    assert [(f.id, f.label, f.archived) for f in fields] == [
        (second.id, "Allergien", False),
        (first.id, "Haarstruktur", True),
    ]


def test_reordering_leaves_qwidget_move_alone(qtbot: QtBot, app: App, salon: Salon) -> None:
    """The reorder slot once was called move() and hid QWidget.move(x, y)."""
    page = CustomFieldsPage(UiContext(app, salon.owner))
    qtbot.addWidget(page)
    page.move(12, 34)
    assert (page.x(), page.y()) == (12, 34)


def test_ok_with_an_invalid_page_keeps_the_dialog_and_saves_nothing(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    from PySide6.QtWidgets import QMessageBox
    from tests.gui.qt_helpers import answer_next_message_box

    dialog = _dialog(qtbot, app, salon.owner)
    assert dialog.select("custom_fields")
    page = dialog.pages["custom_fields"]
    assert isinstance(page, CustomFieldsPage)
    page.add_field()  # no label
    shown: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, shown)
    assert not dialog.apply()
    assert shown and "Bezeichnung" in shown[0]
    assert app.custom_fields.list_fields(salon.owner, include_archived=True) == []


def test_language_is_kept_per_pc(qtbot: QtBot, app: App, salon: Salon) -> None:
    from PySide6.QtWidgets import QMessageBox
    from tests.gui.qt_helpers import answer_next_message_box

    from belbo_desktop.ui.i18n import Preferences
    from belbo_desktop.ui.settings.general_page import GeneralPage

    page = GeneralPage(UiContext(app, salon.front_desk))
    qtbot.addWidget(page)
    page.load()
    page.language.setCurrentIndex(page.language.findData("en"))
    assert page.is_dirty()
    answer_next_message_box(QMessageBox.StandardButton.No)  # restart later
    page.save()
    assert Preferences(app.paths).language() == "en"
    assert not page.is_dirty()
