"""Dubletten zusammenführen in the UI: the comparison dialog, the file's button and hint."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon
from tests.gui.qt_helpers import type_text

from belbo_desktop.bootstrap import App
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.customer_merge import Side
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.merge_dialog import CustomerPicker, MergeDialog
from belbo_desktop.ui.main_window import MainWindow


@pytest.fixture
def pair(app: App, salon: Salon, clock: FixedClock) -> tuple[uuid.UUID, uuid.UUID]:
    old = a_customer(
        app, salon.owner, first_name="Anna", last_name="Kühn", email="anna@x.de", city="Bonn"
    )
    clock.advance(days=1)
    new = a_customer(
        app, salon.owner, first_name="Anna", last_name="Kühn", email="anna@x.de", phone=""
    )
    return old.id, new.id


@pytest.fixture
def window_for(qtbot: QtBot, app: App) -> Iterator[object]:
    windows: list[MainWindow] = []

    def make(actor: Actor) -> MainWindow:
        window = MainWindow(UiContext(app, actor))
        window.show()
        qtbot.waitUntil(window.customers().list.model.is_idle)
        windows.append(window)
        return window

    yield make
    for window in windows:
        page = window.customers()
        if page.file is not None:
            page.file.discard()
            page.file.worker.wait()
        page.list.model.worker.wait()
        window.close()
        window.deleteLater()


def test_the_dialog_compares_both_files_and_merges_only_after_the_confirmation(
    qtbot: QtBot, app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    dialog = MergeDialog(UiContext(app, salon.manager), old, new)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.scroll(0, 0)  # the grid's scroll area once hid QWidget.scroll()
    # equal fields have no radio; differing ones have one per file, the suggestion ticked
    assert ("first_name", Side.SURVIVOR) not in dialog.radios
    assert dialog.radios[("phone", Side.SURVIVOR)].isChecked()  # the only phone
    assert dialog.radios[("phone", Side.SURVIVOR)].text() == "0176 1234567"
    assert dialog.radios[("phone", Side.DUPLICATE)].text() == "—"
    assert dialog.radios[("address", Side.SURVIVOR)].text() == "Bonn"
    assert "keine Belege" in dialog.moves.text()
    assert not dialog.merge_button.isEnabled()
    dialog.radios[("phone", Side.DUPLICATE)].setChecked(True)  # drop the old number
    dialog.confirm.setChecked(True)
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert dialog.result() == MergeDialog.DialogCode.Accepted
    assert dialog.result_ is not None and dialog.result_.survivor_id == old
    survivor = app.customers.get(salon.manager, old)
    assert survivor.phone is None and survivor.city == "Bonn"
    assert app.customers.count(salon.manager, CustomerQuery("kühn", include_archived=True)) == 1


def test_sides_can_be_swapped_and_a_refusal_is_shown_not_raised(
    qtbot: QtBot, app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    dialog = MergeDialog(UiContext(app, salon.owner), old, new)
    qtbot.addWidget(dialog)
    dialog.swap()
    assert dialog.preview is not None and dialog.preview.survivor.id == new
    app.customer_merge.merge(salon.owner, old, new)  # meanwhile, somewhere else
    dialog.swap()
    assert dialog.preview is None
    assert "bereits" in dialog.banner.text() and dialog.banner.isVisibleTo(dialog)
    dialog.confirm.setChecked(True)
    assert not dialog.merge_button.isEnabled()


def test_the_picker_searches_and_leaves_out_the_file_itself(
    qtbot: QtBot, app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID]
) -> None:
    old, new = pair
    picker = CustomerPicker(UiContext(app, salon.owner), old)
    qtbot.addWidget(picker)
    type_text(picker.search, "kühn")
    picker.run_search()
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    picker.take()
    assert picker.chosen == new
    picker.worker.wait()


def test_the_file_offers_the_merge_from_its_duplicate_hint(
    qtbot: QtBot, app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID], window_for
) -> None:
    old, new = pair
    window = window_for(salon.owner)
    page = window.customers()
    file = page.open_customer(old)
    assert file is not None
    assert file.duplicate_box.isVisibleTo(file)
    [row] = file.duplicates()
    assert row.id == new
    buttons = [b for b in file.duplicate_box.findChildren(type(file.merge_button))]
    merge = next(b for b in buttons if b.text() == "Zusammenführen…")

    def confirm_in_dialog() -> None:
        dialog = file.merge_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, confirm_in_dialog)
            return
        dialog.confirm.setChecked(True)
        dialog.merge_button.click()

    QTimer.singleShot(0, confirm_in_dialog)
    merge.click()
    assert file.merge_dialog is None
    assert not file.duplicate_box.isVisibleTo(file)
    assert "enthält die zusammengeführte" in file.meta.text()
    qtbot.waitUntil(page.list.model.is_idle)
    assert page.list.model.rowCount() == 1

    # the merged file, opened directly, says where it went and opens that file
    merged = page.open_customer(new)
    assert merged is not None
    assert "zusammengeführt" in merged.duplicate_box.findChildren(type(merged.meta))[0].text()
    assert not merged.archive_button.isEnabled() and not merged.merge_button.isEnabled()
    opener = next(
        b
        for b in merged.duplicate_box.findChildren(type(merged.merge_button))
        if b.text().startswith("Akte Nr.")
    )
    opener.click()
    assert page.file is not None and page.file.customer_id == old


def test_without_the_right_the_button_is_disabled_with_the_reason(
    qtbot: QtBot, app: App, salon: Salon, pair: tuple[uuid.UUID, uuid.UUID], window_for
) -> None:
    old, _new = pair
    window = window_for(salon.front_desk)
    file = window.customers().open_customer(old)
    assert file is not None
    assert file.merge_button.isVisible() and not file.merge_button.isEnabled()
    assert "Kundenakten zusammenführen" in file.merge_button.toolTip()
    assert file.merge_with(None) is False
    assert QApplication.activeModalWidget() is None
