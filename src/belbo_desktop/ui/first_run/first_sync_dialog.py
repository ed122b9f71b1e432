"""Erster Abgleich: a new PC takes over the salon's data from the hub, with a count.

One dialog for every first sync: the login screen's (a new PC joining a hub) and the
main window's (a PC with data of its own enrolled under Einstellungen > Synchronisation,
opened by the status bar). Either way the sync runs in the app's ``SyncController``;
the dialog only shows its progress. Cancel stops after the page being applied (every
page is committed with its cursor), so "Fortsetzen" later goes on from there and nothing
is fetched or applied twice.
"""

from __future__ import annotations

from typing import Any

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
from belbo_desktop.domain.messages import Message
from belbo_desktop.sync.client import (
    NotEnrolled,
    SyncCancelled,
    SyncProgress,
    SyncReport,
    SyncService,
)
from belbo_desktop.ui import formatting
from belbo_desktop.ui.first_run.form import fit_height
from belbo_desktop.ui.sync.controller import SyncController

RUNNING, DONE, CANCELLED, FAILED = "running", "done", "cancelled", "failed"


class FirstSyncDialog(QDialog):
    """Shows one sync with a visible count; ``outcome`` tells how it ended.

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
        self.controller = SyncController.for_app(service)
        self.lang = lang
        self.already = already
        self.outcome = RUNNING
        self.error_text = ""
        self.report: SyncReport | None = None
        self.taken_over = 0  # snapshot rows applied by this run
        self._cancelling = False
        self._following = False

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
        """Show the dialog (window-modal) and sync now (or follow the sync that runs)."""
        self.follow()
        if not self.controller.sync_now() and not self.controller.running:
            self._failed(NotEnrolled(Message("sync_not_enrolled")))

    def follow(self) -> None:
        """Show the dialog (window-modal) for the sync the controller runs now."""
        if not self._following:
            self._following = True
            self.controller.first_sync_dialog = self
            self.controller.progressed.connect(self.show_progress)
            self.controller.syncFinished.connect(self._finished)
            self.controller.syncFailed.connect(self._failed)
        self.open()

    def idle(self) -> bool:
        """No sync of this dialog's is running any more (it ended, or never started)."""
        return self.outcome != RUNNING and not self.controller.running

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
        if self.outcome != RUNNING or self._cancelling:
            return
        self._cancelling = True
        self.controller.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Wird abgebrochen …"))
        self.phase.setText(self.tr("Hält nach dem aktuellen Abschnitt an …"))

    def _finished(self, report: Any) -> None:
        self.report = report
        self.outcome = DONE
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """The controller has logged an unexpected error; the dialog says it in words."""
        self.outcome = CANCELLED if isinstance(exc, SyncCancelled) else FAILED
        if isinstance(exc, BelboError):
            self.error_text = exc.text(self.lang)
        else:
            problem = Message("sync_failed_unexpectedly", {"error": type(exc).__name__})
            self.error_text = problem.text(self.lang)
        self.reject()

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
        if self._following:  # a later sync (the timer's, F9) is not this dialog's
            self._following = False
            self.controller.progressed.disconnect(self.show_progress)
            self.controller.syncFinished.disconnect(self._finished)
            self.controller.syncFailed.disconnect(self._failed)
            if self.controller.first_sync_dialog is self:
                self.controller.first_sync_dialog = None
        super().done(result)
