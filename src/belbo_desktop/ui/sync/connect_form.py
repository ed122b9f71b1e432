"""Joining a hub: address, one-time code and this PC's name, then the enrolment.

One form for both places a PC joins a hub: the login screen of a new PC
(``ConnectHubDialog``) and Einstellungen > Synchronisation of a PC that has worked
alone so far. Enrolment is one HTTP call in a worker thread; on any failure the PC
stays as it was (not enrolled, nothing written) and the form says what to check, next
to the field concerned where there is one.
"""

from __future__ import annotations

import logging
import socket

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.services.actor import Actor
from belbo_desktop.sync.client import SyncService
from belbo_desktop.ui.first_run.form import field_with_error
from belbo_desktop.ui.login import error_label, show_error
from belbo_desktop.ui.workers import Worker

log = logging.getLogger("belbo.sync")

NOT_A_HUB_STATUS = frozenset({404, 405})
FIELDS = ("hub_url", "code", "device_name")


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


class HubConnectForm(QWidget):
    """The three fields with their messages; ``connected`` once this PC is enrolled.

    ``actor``: who joins from the settings page (the service checks the right); None on
    a new PC's login screen, where nobody can log in yet.
    """

    connected = Signal(object)  # the new SyncStatus
    busyChanged = Signal(bool)

    def __init__(
        self,
        service: SyncService,
        actor: Actor | None,
        lang: str = "de",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.actor = actor
        self.lang = lang
        self.worker = Worker(self)

        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText("https://hub.mein-salon.de")
        self.hub_url.setAccessibleName(self.tr("Hub-Adresse"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setAccessibleName(self.tr("Anmeldecode"))
        self.code.setToolTip(self.tr("Am Hub erzeugen: belbo hub enrol-code --location …"))
        self.device_name = QLineEdit(default_device_name())
        self.device_name.setMaxLength(120)
        self.device_name.setAccessibleName(self.tr("Gerätename"))
        self.device_name.setToolTip(
            self.tr("So erscheint dieser PC in der Geräteliste des Hubs, z. B. „Kasse 1“.")
        )
        self.fields = {"hub_url": self.hub_url, "code": self.code, "device_name": self.device_name}
        self.errors = {key: error_label() for key in FIELDS}
        self.error = error_label()  # what belongs to no single field

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Hub-Adresse:"), field_with_error(self.hub_url, self.errors["hub_url"]))
        form.addRow(self.tr("Anmeldecode:"), field_with_error(self.code, self.errors["code"]))
        form.addRow(
            self.tr("Gerätename:"), field_with_error(self.device_name, self.errors["device_name"])
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)

    # --- connecting ---------------------------------------------------------------------

    def try_connect(self) -> bool:
        """Check the fields are filled and enrol in the background; False if not sent."""
        if not self.worker.idle():
            return False
        self.clear_errors()
        url, code, name = (self.fields[key].text().strip() for key in FIELDS)
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
            return False
        self._busy(True)
        service, actor = self.service, self.actor
        self.worker.submit(
            lambda: service.enrol(actor, url, code, name),
            self._connected,
            lambda exc: self._failed(exc, url),
        )
        return True

    def _connected(self, status: object) -> None:
        self._busy(False)
        self.code.clear()  # used up
        self.connected.emit(status)

    def _failed(self, exc: BaseException, url: str) -> None:
        self._busy(False)
        if isinstance(exc, ValidationError):
            for key, text in exc.texts(self.lang).items():
                show_error(self.errors.get(key, self.error), text)
            self._focus_first_error()
            return
        message = enrol_failure_text(exc, url, self.lang)
        if message is None:
            raise exc
        show_error(self.error, message)

    # --- helpers ------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for field in self.fields.values():
            field.setEnabled(not busy)
        self.busyChanged.emit(busy)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            show_error(label, None)

    def _focus_first_error(self) -> None:
        for key, field in self.fields.items():
            if self.errors[key].text():
                field.setFocus()
                field.selectAll()
                return
