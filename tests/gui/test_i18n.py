"""German by default with Qt's own strings in German; English from our compiled .qm."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from belbo_desktop.ui.i18n import install_translators, remove_translators


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    installed: list[object] = []
    default = QLocale()

    def use(lang: str) -> None:
        installed.extend(install_translators(qapp, lang))

    yield use
    remove_translators(qapp, installed)  # type: ignore[arg-type]
    QLocale.setDefault(default)


def test_dialog_buttons_are_german(qtbot: QtBot, language) -> None:  # type: ignore[no-untyped-def]
    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QCoreApplication.translate("MainWindow", "Kunden &suchen") == "Kunden &suchen"


def test_english_is_compiled_and_loaded(qtbot: QtBot, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    assert QCoreApplication.translate("MainWindow", "Kunden &suchen") == "&Find customers"
    assert QCoreApplication.translate("nav", "Kunden") == "Customers"
    assert QCoreApplication.translate("CustomerListView", "%n Treffer", "", 2) == "2 matches"
