"""The status-bar widget: "synchronisiert vor 3 Minuten", progress, offline, error.

The main window adds it with
``statusBar().addPermanentWidget(SyncStatusWidget(SyncController.for_app(app.sync)))``
and calls ``controller.start()`` once the window is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressDialog, QToolButton, QWidget

from belbo_desktop.ui.sync.controller import (
    ERROR,
    IDLE,
    LOCAL_ONLY,
    OFFLINE,
    RUNNING,
    SyncController,
    SyncUiState,
)

SYNC_SHORTCUT = "F9"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def ago(then: dt.datetime | None, now: dt.datetime) -> str:
    if then is None:
        return _tr("noch nie synchronisiert")
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return _tr("gerade synchronisiert")
    if minutes == 1:
        return _tr("synchronisiert vor 1 Minute")
    if minutes < 120:
        return _tr("synchronisiert vor %n Minuten").replace("%n", str(minutes))
    hours = minutes // 60
    if hours < 48:
        return _tr("synchronisiert vor %n Stunden").replace("%n", str(hours))
    return _tr("synchronisiert vor %n Tagen").replace("%n", str(hours // 24))


def status_text(state: SyncUiState, now: dt.datetime) -> tuple[str, str]:
    """(label, tooltip) for a state."""
    pending = (
        _tr(" · %n Änderungen warten").replace("%n", str(state.pending)) if state.pending else ""
    )
    if state.kind == LOCAL_ONLY:
        return _tr("Nur dieser PC"), _tr(
            "Kein Hub eingerichtet: alle Daten liegen auf diesem PC. "
            "Einstellungen > Synchronisation verbindet ihn mit einem Hub."
        )
    if state.kind == RUNNING:
        if state.total:
            count = f"{state.done:,}/{state.total:,}".replace(",", ".")
        elif state.done:
            count = f"{state.done:,}".replace(",", ".")
        else:
            count = ""
        return _tr("Synchronisiere …") + (f" {count}" if count else ""), _tr(
            "Die Synchronisation läuft im Hintergrund; es kann weitergearbeitet werden."
        )
    if state.kind == OFFLINE:
        return _tr("Offline") + pending, state.detail + " " + ago(state.last_sync_at, now)
    if state.kind == ERROR:
        return _tr("Sync-Fehler – bitte Einstellungen > Synchronisation öffnen"), state.detail
    if state.kind == IDLE:
        return _tr("Noch nicht synchronisiert") + pending, ""
    text = ago(state.last_sync_at, now)
    return text[:1].upper() + text[1:] + pending, _tr("Mit %1 jetzt synchronisieren").replace(
        "%1", SYNC_SHORTCUT
    )


class SyncStatusWidget(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QToolButton()
        self.button.setText(self.tr("Jetzt synchronisieren"))
        self.button.setAccessibleName(self.tr("Jetzt synchronisieren"))
        self.button.setToolTip(
            self.tr("Jetzt mit dem Hub synchronisieren (%1)").replace("%1", SYNC_SHORTCUT)
        )
        self.button.setAutoRaise(True)
        self.button.clicked.connect(controller.sync_now)
        self.shortcut = QShortcut(QKeySequence(SYNC_SHORTCUT), self)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(controller.sync_now)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.progress: QProgressDialog | None = None
        controller.stateChanged.connect(self.show_state)
        self.show_state(controller.state)

    def show_state(self, state: SyncUiState) -> None:
        label, tip = status_text(state, self.controller.service.clock.now())
        self.label.setText(label)
        self.label.setToolTip(tip)
        self.button.setVisible(state.kind != LOCAL_ONLY)
        self.button.setEnabled(state.kind != RUNNING)
        self._first_sync_dialog(state)

    def _first_sync_dialog(self, state: SyncUiState) -> None:
        """A new PC's first sync can take a while: show a count, allow cancel (resumes)."""
        if state.kind == RUNNING and state.first_sync:
            if self.progress is None:
                self.progress = QProgressDialog(
                    self.tr("Erster Abgleich mit dem Hub …"),
                    self.tr("Abbrechen"),
                    0,
                    0,
                    self.window(),
                )
                self.progress.setWindowTitle(self.tr("Synchronisation"))
                self.progress.setMinimumDuration(500)
                self.progress.canceled.connect(self.controller.cancel)
            if state.total:
                self.progress.setMaximum(state.total)
                self.progress.setValue(min(state.done, state.total))
            self.progress.setLabelText(
                self.tr("Erster Abgleich mit dem Hub: %1 Datensätze").replace(
                    "%1", f"{state.done:,}".replace(",", ".")
                )
            )
        elif self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
