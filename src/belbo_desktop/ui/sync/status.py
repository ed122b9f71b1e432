"""The status-bar widget: "synchronisiert vor 3 Minuten", progress, offline, error.

The main window adds it with
``statusBar().addPermanentWidget(SyncStatusWidget(SyncController.for_app(app.sync)))``
and calls ``controller.start()`` once the window is shown.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from belbo_desktop.ui.sync.controller import (
    ERROR,
    IDLE,
    LOCAL_ONLY,
    OFFLINE,
    RUNNING,
    SyncController,
    SyncUiState,
)

if TYPE_CHECKING:
    from belbo_desktop.ui.first_run.first_sync_dialog import FirstSyncDialog

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


def ui_lang() -> str:
    """The UI's language, as ``install_translators`` set it (German unless English)."""
    return "en" if QLocale().language() == QLocale.Language.English else "de"


def status_text(state: SyncUiState, now: dt.datetime, lang: str | None = None) -> tuple[str, str]:
    """(label, tooltip) for a state; the reason of a problem in ``lang`` (default: the UI's)."""
    lang = lang or ui_lang()
    problem = state.problem.text(lang) if state.problem is not None else ""
    if state.pending == 1:
        pending = _tr(" · 1 Änderung wartet")
    elif state.pending:
        pending = _tr(" · %n Änderungen warten").replace("%n", str(state.pending))
    else:
        pending = ""
    if state.kind == LOCAL_ONLY:
        return _tr("Nur dieser PC"), _tr(
            "Kein Hub eingerichtet: alle Daten liegen auf diesem PC. "
            "Einstellungen > Synchronisation verbindet ihn mit einem Hub."
        )
    if state.kind == RUNNING:
        from belbo_desktop.ui import formatting  # babel: not needed for the first window

        if state.total:
            count = f"{formatting.count(state.done, lang)}/{formatting.count(state.total, lang)}"
        elif state.done:
            count = formatting.count(state.done, lang)
        else:
            count = ""
        return _tr("Synchronisiere …") + (f" {count}" if count else ""), _tr(
            "Die Synchronisation läuft im Hintergrund; es kann weitergearbeitet werden."
        )
    if state.kind == OFFLINE:
        last = ago(state.last_sync_at, now)
        return _tr("Offline") + pending, f"{problem} {last[:1].upper()}{last[1:]}".strip()
    if state.kind == ERROR:
        return _tr("Sync-Fehler – bitte Einstellungen > Synchronisation öffnen"), problem
    if state.kind == IDLE:
        return _tr("Noch nicht synchronisiert") + pending, ""
    text = ago(state.last_sync_at, now)
    return text[:1].upper() + text[1:] + pending, _tr("Mit %1 jetzt synchronisieren").replace(
        "%1", SYNC_SHORTCUT
    )


class SyncStatusWidget(QWidget):
    """The sync state in the status bar; opens the first-sync dialog while one runs."""

    #: a first sync that ends sooner than this never shows its dialog
    DIALOG_DELAY_MS = 500

    def __init__(
        self, controller: SyncController, parent: QWidget | None = None, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang or ui_lang()
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
        self.dialog: FirstSyncDialog | None = None
        self._dialog_timer = QTimer(self)
        self._dialog_timer.setSingleShot(True)
        self._dialog_timer.setInterval(self.DIALOG_DELAY_MS)
        self._dialog_timer.timeout.connect(self._open_first_sync_dialog)
        controller.stateChanged.connect(self.show_state)
        self.show_state(controller.state)

    def show_state(self, state: SyncUiState) -> None:
        label, tip = status_text(state, self.controller.service.clock.now(), self.lang)
        self.label.setText(label)
        self.label.setToolTip(tip)
        self.button.setVisible(state.kind != LOCAL_ONLY)
        self.button.setEnabled(state.kind != RUNNING)
        if state.kind == RUNNING and state.first_sync:
            if not self._dialog_timer.isActive() and self.controller.first_sync_dialog is None:
                self._dialog_timer.start()
        else:
            self._dialog_timer.stop()

    def _open_first_sync_dialog(self) -> None:
        """The same dialog as on the login screen, following the sync the controller runs."""
        from belbo_desktop.ui.first_run.first_sync_dialog import FirstSyncDialog

        state = self.controller.state
        if not (state.kind == RUNNING and state.first_sync):
            return
        if self.controller.first_sync_dialog is not None:
            return
        self.dialog = FirstSyncDialog(self.controller.service, self.lang, parent=self.window())
        self.dialog.follow()
