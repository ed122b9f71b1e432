"""Mit Belbo Hub verbinden: the login screen's way for a new PC to join a hub.

The fields, the enrolment and its messages are ``HubConnectForm`` (the same form as in
Einstellungen > Synchronisation); the first sync is the caller's next step
(``FirstSyncDialog``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from belbo_desktop.bootstrap import App
from belbo_desktop.ui.first_run.form import fit_height
from belbo_desktop.ui.sync.connect_form import HubConnectForm


class ConnectHubDialog(QDialog):
    """Accepted once this PC is enrolled; ``app.sync.status()`` then says where."""

    def __init__(self, app: App, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.lang = lang
        self.setWindowTitle(self.tr("Mit Belbo Hub verbinden"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Der Hub ist der Server, über den alle PCs Ihres Betriebs ihre Daten "
                "abgleichen. Adresse und Anmeldecode bekommen Sie von der Person, die den "
                "Hub betreut (am Hub: belbo hub enrol-code). Der Code gilt einmal und "
                "24 Stunden."
            )
        )
        intro.setWordWrap(True)

        self.form = HubConnectForm(app.sync, None, lang)
        self.hub_url, self.code, self.device_name = (
            self.form.hub_url,
            self.form.code,
            self.form.device_name,
        )
        self.errors, self.error, self.worker = self.form.errors, self.form.error, self.form.worker
        self.form.connected.connect(lambda _status: self.accept())
        self.form.busyChanged.connect(self._busy)

        self.buttons = QDialogButtonBox()
        self.connect_button = self.buttons.addButton(
            self.tr("Verbinden"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.hub_url.setFocus()
        fit_height(self)

    def try_connect(self) -> None:
        self.form.try_connect()

    def _busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.connect_button.setText(self.tr("Verbinde …") if busy else self.tr("Verbinden"))

    def reject(self) -> None:
        if not self.worker.idle():
            return  # the hub is answering; closing now could leave the answer unheard
        super().reject()

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)
