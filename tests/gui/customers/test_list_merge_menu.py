"""The customer list's context menu: open a file, merge with another, merge two rows."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.list_view import CustomerListView
from belbo_desktop.ui.customers.merge_dialog import CustomerPicker, MergeDialog

MERGE_OTHER = "Mit anderem Kunden zusammenführen…"
MERGE_PAIR = "Diese beiden zusammenführen…"


@pytest.fixture
def trio(app: App, salon: Salon, clock: FixedClock) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Kühn twice (the older file first) and one Albers, who sorts first in the list."""
    old = a_customer(app, salon.owner, first_name="Anna", last_name="Kühn", email="a@x.de")
    clock.advance(days=1)
    new = a_customer(app, salon.owner, first_name="Anna", last_name="Kühn", email="a@y.de")
    other = a_customer(app, salon.owner, first_name="Bea", last_name="Albers", email="b@x.de")
    return old.id, new.id, other.id


@pytest.fixture
def list_for(qtbot: QtBot, app: App) -> Iterator[object]:
    views: list[CustomerListView] = []

    def make(actor: Actor) -> CustomerListView:
        view = CustomerListView(UiContext(app, actor))
        qtbot.addWidget(view)
        view.resize(1000, 500)
        view.show()
        qtbot.waitUntil(view.model.is_idle)
        views.append(view)
        return view

    yield make
    for view in views:
        view.model.worker.wait()


def select(view: CustomerListView, *customer_ids: uuid.UUID) -> None:
    """Select rows as Ctrl+click does."""
    selection = view.table.selectionModel()
    selection.clearSelection()
    for customer_id in customer_ids:
        row = view.model.loaded_row_of(customer_id)
        assert row is not None
        selection.setCurrentIndex(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def action(menu: QMenu, text: str) -> QAction:
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_one_row_merges_with_a_picked_file_through_the_existing_flow(
    qtbot: QtBot, app: App, salon: Salon, trio: tuple[uuid.UUID, uuid.UUID, uuid.UUID], list_for
) -> None:
    old, new, _other = trio
    view = list_for(salon.owner)
    select(view, old)
    menu = view.context_menu()
    assert [a.text() for a in menu.actions() if a.text()] == ["Kundenakte öffnen", MERGE_OTHER]
    entry = action(menu, MERGE_OTHER)
    assert entry.isEnabled() and "Dublette" in entry.toolTip()
    entry.trigger()

    picker = view.merge_picker
    assert isinstance(picker, CustomerPicker) and picker.isVisible()
    assert picker.search.text() == "Kühn"  # searched for the selected customer's name
    qtbot.waitUntil(lambda: picker.results.count() == 1)  # the file itself is left out
    picker.take()
    dialog = view.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.preview is not None
    assert (dialog.preview.survivor.id, dialog.preview.duplicate.id) == (old, new)

    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(view.merged) as merged:
        dialog.merge_button.click()
    assert merged.args == [old]
    assert view.merge_dialog is None
    qtbot.waitUntil(lambda: view.model.is_idle() and view.model.rowCount() == 2)
    assert app.customers.count(salon.owner, CustomerQuery("Kühn")) == 1


def test_two_rows_go_straight_to_the_comparison_the_older_file_kept(
    qtbot: QtBot, app: App, salon: Salon, trio: tuple[uuid.UUID, uuid.UUID, uuid.UUID], list_for
) -> None:
    old, new, _other = trio
    view = list_for(salon.owner)
    select(view, new, old)
    assert {r.id for r in view.selected_rows()} == {old, new}
    menu = view.context_menu()
    assert MERGE_OTHER not in [a.text() for a in menu.actions()]
    assert not action(menu, "Kundenakte öffnen").isEnabled()
    action(menu, MERGE_PAIR).trigger()
    assert view.merge_picker is None  # no search step
    dialog = view.merge_dialog
    assert isinstance(dialog, MergeDialog) and dialog.preview is not None
    assert (dialog.preview.survivor.id, dialog.preview.duplicate.id) == (old, new)
    dialog.reject()  # cancelling changes nothing
    assert view.merge_dialog is None
    assert app.customers.count(salon.owner, CustomerQuery("Kühn")) == 2


def test_three_rows_cannot_be_merged_at_once(
    app: App, salon: Salon, trio: tuple[uuid.UUID, uuid.UUID, uuid.UUID], list_for
) -> None:
    view = list_for(salon.owner)
    select(view, *trio)
    entry = action(view.context_menu(), MERGE_PAIR)
    assert not entry.isEnabled()
    assert "genau zwei" in entry.toolTip()
    entry.trigger()
    assert view.merge_dialog is None


def test_without_the_right_both_entries_are_disabled_with_the_reason(
    app: App, salon: Salon, trio: tuple[uuid.UUID, uuid.UUID, uuid.UUID], list_for
) -> None:
    old, new, _other = trio
    view = list_for(salon.front_desk)
    select(view, old)
    single_menu = view.context_menu()
    single = action(single_menu, MERGE_OTHER)
    select(view, old, new)
    pair_menu = view.context_menu()
    pair = action(pair_menu, MERGE_PAIR)
    for menu, entry in ((single_menu, single), (pair_menu, pair)):
        assert not entry.isEnabled()
        assert "Kundenakten zusammenführen" in entry.toolTip()
        # a touch screen shows no tooltips: the reason is also a greyed line under it
        texts = [a.text() for a in menu.actions()]
        assert texts[texts.index(entry.text()) + 1] == entry.toolTip()
        entry.trigger()
    assert view.merge_picker is None and view.merge_dialog is None


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_right_click_selects_the_row_under_the_mouse_and_shows_the_menu(
    qtbot: QtBot, app: App, salon: Salon, trio: tuple[uuid.UUID, uuid.UUID, uuid.UUID], list_for
) -> None:
    _old, new, other = trio
    view = list_for(salon.owner)
    select(view, other)
    row = view.model.loaded_row_of(new)
    assert row is not None
    pos = view.table.visualRect(view.model.index(row, 1)).center()
    view.table.customContextMenuRequested.emit(pos)
    menu = view.context_menu_
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert [r.id for r in view.selected_rows()] == [new]
    assert action(menu, "Kundenakte öffnen").isEnabled()
    with qtbot.waitSignal(view.openRequested) as opened:
        action(menu, "Kundenakte öffnen").trigger()
    assert opened.args == [new]
    menu.close()


def test_an_archived_customer_is_not_offered_for_merging(
    app: App, salon: Salon, trio: tuple[uuid.UUID, uuid.UUID, uuid.UUID], list_for, qtbot: QtBot
) -> None:
    old, _new, _other = trio
    app.customers.set_archived(salon.owner, old, True)
    view = list_for(salon.owner)
    view.archived.setChecked(True)
    qtbot.waitUntil(lambda: view.model.is_idle() and view.model.rowCount() == 3)
    select(view, old)
    entry = action(view.context_menu(), MERGE_OTHER)
    assert not entry.isEnabled() and "Archivierte" in entry.toolTip()
