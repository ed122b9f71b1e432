"""Erster Abgleich: a new PC takes over the salon's data from the hub, with a count.

The sync runs in a worker thread; progress comes back through a queued signal. Cancel
stops after the page being applied (every page is committed with its cursor), so
"Fortsetzen" later goes on from there and nothing is fetched or applied twice.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.sync.client import SyncCancelled, SyncProgress, SyncReport, SyncService
from belbo_desktop.ui import formatting
from belbo_desktop.ui.first_run.form import fit_height
from belbo_desktop.ui.workers import Worker

RUNNING, DONE, CANCELLED, FAILED = "running", "done", "cancelled", "failed"


class _Relay(QObject):
    """Lives in the GUI thread; the sync thread emits, the dialog receives queued."""

    progress = Signal(object)


class FirstSyncDialog(QDialog):
    """Runs one sync with a visible count; ``outcome`` tells how it ended.

    ``already``: records taken over by earlier, cancelled runs in this session, so a
    resumed sync counts on from there instead of starting at zero.
    """

    def __init__(
        self,
        service: SyncService,
        lang: str = "de",
        *,
        already: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.already = already
        self.outcome = RUNNING
        self.error_text = ""
        self.report: SyncReport | None = None
        self.taken_over = 0  # snapshot rows applied by this run
        self._cancel = threading.Event()
        self.worker = Worker(self)
        self._relay = _Relay(self)
        self._relay.progress.connect(self.show_progress)

        self.setWindowTitle(self.tr("Erster Abgleich mit dem Hub"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Dieser PC übernimmt jetzt die Daten Ihres Betriebs vom Hub: Mitarbeiter, "
                "Kunden, Gutscheine und Einstellungen. Bei vielen Kunden dauert das einige "
                "Minuten. Sie können abbrechen und später fortsetzen; was schon übernommen "
                "ist, bleibt erhalten."
            )
        )
        intro.setWordWrap(True)
        self.phase = QLabel(self.tr("Verbinde mit dem Hub …"))
        self.phase.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the hub says how much there is
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Fortschritt des Abgleichs"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Übernommene Datensätze"))
        self.buttons = QDialogButtonBox()
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setToolTip(
            self.tr("Hält nach dem aktuellen Abschnitt an; später mit „Fortsetzen“ weiter.")
        )
        self.buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        fit_height(self)

    # --- running ------------------------------------------------------------------------

    def start(self) -> None:
        """Show the dialog (window-modal) and start the sync in the worker thread."""
        self.open()
        service, cancel, emit = self.service, self._cancel, self._relay.progress.emit
        self.worker.submit(
            lambda: service.sync(progress=emit, cancel=cancel), self._finished, self._failed
        )

    def show_progress(self, p: SyncProgress) -> None:
        lang = self.lang
        if p.phase == "snapshot":
            self.taken_over = p.done
            done = self.already + p.done
            self.phase.setText(self.tr("Daten werden vom Hub übernommen …"))
            if p.total:
                self.bar.setRange(0, p.total)
                self.bar.setValue(min(done, p.total))
                self.count.setText(
                    self.tr("%1 von %2 Datensätzen")
                    .replace("%1", formatting.count(min(done, p.total), lang))
                    .replace("%2", formatting.count(p.total, lang))
                )
            else:
                self.count.setText(
                    self.tr("%1 Datensätze").replace("%1", formatting.count(done, lang))
                )
        elif p.phase == "push":
            self.phase.setText(self.tr("Daten dieses PCs werden an den Hub gesendet …"))
            self.count.setText(
                self.tr("%1 Datensätze gesendet").replace("%1", formatting.count(p.done, lang))
            )
        else:  # pull: the changes made since the snapshot; the record count stays
            if self.bar.maximum():
                self.bar.setValue(self.bar.maximum())
            self.phase.setText(
                self.tr("Neueste Änderungen werden geholt: %1").replace(
                    "%1", formatting.count(p.done, lang)
                )
            )

    def cancel(self) -> None:
        """Ask the sync to stop at the next page; the dialog closes once it has."""
        if self.outcome != RUNNING or self._cancel.is_set():
            return
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Wird abgebrochen …"))
        self.phase.setText(self.tr("Hält nach dem aktuellen Abschnitt an …"))

    def _finished(self, report: Any) -> None:
        self.report = report
        self.outcome = DONE
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.outcome = CANCELLED if isinstance(exc, SyncCancelled) else FAILED
        if isinstance(exc, BelboError):
            self.error_text = exc.text(self.lang)
        self.reject()
        if not isinstance(exc, BelboError):
            raise exc  # a programming error: the crash dialog, after the dialog is closed

    # --- closing ------------------------------------------------------------------------

    def reject(self) -> None:
        if self.outcome == RUNNING:
            self.cancel()  # Escape and the window's close button mean "stop", not "hide"
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.outcome == RUNNING:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)
