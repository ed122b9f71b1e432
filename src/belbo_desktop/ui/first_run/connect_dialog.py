"""Mit Belbo Hub verbinden: hub address, one-time code and this PC's name, then enrol.

Enrolment is one HTTP call in a worker thread; on any failure the PC stays as it was
(not enrolled, nothing written) and the dialog says what to check. The first sync is
the caller's next step (``FirstSyncDialog``).
"""

from __future__ import annotations

import logging
import socket

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.ui.first_run.form import field_with_error, fit_height
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.workers import Worker

log = logging.getLogger("belbo.sync")

NOT_A_HUB_STATUS = frozenset({404, 405})


def default_device_name() -> str:
    """The computer's own name: what a salon sees in ``belbo hub devices`` first."""
    return socket.gethostname().strip()[:120]


def enrol_failure_text(exc: BaseException, url: str, lang: str) -> str | None:
    """What to tell the person when joining failed (None: a programming error).

    The sync client's own texts fit a PC that is already connected ("will retry
    later"); a PC that is joining needs to hear that nothing happened and what to check.
    """
    from belbo_desktop.sync.client import SyncOffline

    if isinstance(exc, SyncOffline):
        reason = exc.message.params.get("reason", "?")
        return Message("first_run_hub_unreachable", {"url": url, "reason": reason}).text(lang)
    if isinstance(exc, BelboError):
        status = exc.message.params.get("status")
        if exc.message.code == "sync_hub_error" and status in NOT_A_HUB_STATUS:
            return Message("first_run_not_a_hub", {"url": url}).text(lang)
        return exc.text(lang)
    if isinstance(exc, ValueError | KeyError | TypeError):  # an answer that is not a hub's
        log.warning("enrolment answer not understood", exc_info=exc)
        return Message("first_run_not_a_hub", {"url": url}).text(lang)
    return None


class ConnectHubDialog(QDialog):
    """Accepted once this PC is enrolled; ``app.sync.status()`` then says where."""

    def __init__(self, app: App, lang: str = "de", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.lang = lang
        self.worker = Worker(self)
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

        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText("https://hub.mein-salon.de")
        self.hub_url.setAccessibleName(self.tr("Hub-Adresse"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Anmeldecode"))
        self.device_name = QLineEdit(default_device_name())
        self.device_name.setMaxLength(120)
        self.device_name.setAccessibleName(self.tr("Gerätename"))
        self.device_name.setToolTip(
            self.tr("So erscheint dieser PC in der Geräteliste des Hubs, z. B. „Kasse 1“.")
        )
        self.errors = {key: error_label() for key in ("hub_url", "code", "device_name")}
        self.error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Hub-Adresse:"), field_with_error(self.hub_url, self.errors["hub_url"]))
        form.addRow(self.tr("Anmeldecode:"), field_with_error(self.code, self.errors["code"]))
        form.addRow(
            self.tr("Gerätename:"), field_with_error(self.device_name, self.errors["device_name"])
        )

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
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.hub_url.setFocus()
        fit_height(self)

    # --- connecting ---------------------------------------------------------------------

    def try_connect(self) -> None:
        if not self.worker.idle():
            return
        self._clear_errors()
        url, code, name = (
            self.hub_url.text().strip(),
            self.code.text().strip(),
            self.device_name.text().strip(),
        )
        missing = {}
        if not url:
            missing["hub_url"] = self.tr("Bitte die Adresse des Hubs angeben.")
        if not code:
            missing["code"] = self.tr("Bitte den Anmeldecode angeben.")
        if not name:
            missing["device_name"] = self.tr("Bitte einen Namen für diesen PC angeben.")
        if missing:
            for key, text in missing.items():
                show_error(self.errors[key], text)
            self._focus_first_error()
            return
        self._busy(True)
        service = self.app.sync
        self.worker.submit(
            lambda: service.enrol(None, url, code, name),
            self._connected,
            lambda exc: self._failed(exc, url),
        )

    def _connected(self, _status: object) -> None:
        self._busy(False)
        self.accept()

    def _failed(self, exc: BaseException, url: str) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            for key, text in exc.texts(self.lang).items():
                show_error(self.errors.get(key, self.error), text)
            self._focus_first_error()
            return
        text = enrol_failure_text(exc, url, self.lang)
        if text is None:
            raise exc
        show_error(self.error, text)

    # --- helpers ------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for widget in (self.hub_url, self.code, self.device_name, self.cancel_button):
            widget.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.connect_button.setText(self.tr("Verbinde …") if busy else self.tr("Verbinden"))

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            show_error(label, None)

    def _focus_first_error(self) -> None:
        fields = {"hub_url": self.hub_url, "code": self.code, "device_name": self.device_name}
        for key, field in fields.items():
            if self.errors[key].text():
                field.setFocus()
                field.selectAll()
                return

    def reject(self) -> None:
        if not self.worker.idle():
            return  # the hub is answering; closing now could leave the answer unheard
        super().reject()

    def done(self, result: int) -> None:
        self.worker.wait()
        super().done(result)
