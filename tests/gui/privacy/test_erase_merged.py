"""The erase dialog of a file that has other files merged into it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tests.builders import a_customer
from tests.conftest import Salon

from belbo_desktop.bootstrap import App
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.privacy.dialogs import EraseDialog


def test_the_dialog_names_the_merged_files_it_anonymises_too(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    survivor = a_customer(app, salon.owner, first_name="Ida", last_name="Zweifach")
    duplicate = a_customer(app, salon.owner, first_name="Ida", last_name="Zweifach", phone="")
    app.customer_merge.merge(salon.owner, survivor.id, duplicate.id)
    ctx = UiContext(app, salon.manager)

    erase = EraseDialog(ctx, survivor.id, survivor.number, survivor.display_name)
    qtbot.addWidget(erase)
    assert erase.merged_note.isVisibleTo(erase)
    assert f"(Nr. {duplicate.number})" in erase.merged_note.text()
    erase.reason.setText("Wunsch per Brief")
    erase.confirm.setText(str(survivor.number))
    erase.accept()
    qtbot.waitUntil(lambda: erase.done_result is not None, timeout=10000)
    assert erase.done_result.merged_numbers == (duplicate.number,)  # type: ignore[attr-defined]

    # the merged file on its own: refused with the survivor's number, shown in the dialog
    other = a_customer(app, salon.owner, first_name="Olga", last_name="Doppel")
    again = a_customer(app, salon.owner, first_name="Olga", last_name="Doppel", phone="")
    app.customer_merge.merge(salon.owner, other.id, again.id)
    refused = EraseDialog(ctx, again.id, again.number, again.display_name)
    qtbot.addWidget(refused)
    assert not refused.merged_note.isVisibleTo(refused)
    refused.reason.setText("Wunsch")
    refused.confirm.setText(str(again.number))
    refused.accept()
    qtbot.waitUntil(lambda: refused.error.isVisibleTo(refused), timeout=10000)
    assert f"Akte Nr. {other.number} löschen" in refused.error.text()
    assert app.customers.get(salon.manager, other.id).last_name == "Doppel"
