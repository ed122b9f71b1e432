"""Einstellungen > Allgemein: language of this PC's user interface."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, Preferences
from belbo_desktop.ui.settings.page import SettingsPage


class GeneralPage(SettingsPage):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.prefs = Preferences(ctx.app.paths)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Sprache"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        hint = QLabel(
            self.tr(
                "Die Sprache gilt für diesen PC. Belbo Desktop startet dafür neu; "
                "ungespeicherte Änderungen werden vorher abgefragt."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Sprache der Oberfläche:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._stored = DEFAULT_LANGUAGE

    def load(self) -> None:
        self._stored = self.prefs.language() or self.ctx.lang or DEFAULT_LANGUAGE
        self.language.setCurrentIndex(max(0, self.language.findData(self._stored)))

    def is_dirty(self) -> bool:
        return str(self.language.currentData()) != self._stored

    def save(self) -> None:
        if not self.is_dirty():
            return
        self.prefs.set_language(str(self.language.currentData()))
        self._stored = str(self.language.currentData())
        answer = QMessageBox.question(
            self,
            self.tr("Sprache"),
            self.tr("Belbo Desktop jetzt neu starten, damit die neue Sprache gilt?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            QTimer.singleShot(0, restart)


def restart() -> None:
    """Close the main window (it asks about unsaved changes) and start the app anew."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible() and not widget.close():
            return  # the user kept the window open
    command = list(sys.orig_argv)  # the same interpreter or frozen exe, same options
    QProcess.startDetached(command[0], command[1:])
    QApplication.quit()
