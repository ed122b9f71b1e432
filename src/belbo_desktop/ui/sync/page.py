"""Einstellungen > Synchronisation: hub address, enrolment, device, state, set-aside changes."""

from __future__ import annotations

import datetime as dt
import socket

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError, ValidationError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.ports import BERLIN
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.sync.controller import SyncController, SyncUiState
from belbo_desktop.ui.sync.status import SYNC_SHORTCUT, status_text
from belbo_desktop.ui.workers import Worker

TABLE_NAMES = {
    "customers": "Kunden",
    "custom_field_values": "Kundenfelder (Werte)",
    "custom_field_definitions": "Kundenfelder",
    "audit_log": "Protokoll",
    "vouchers": "Gutscheine",
    "voucher_entries": "Gutscheinbuchungen",
    "sales": "Verkäufe",
    "staff_members": "Mitarbeiter",
    "settings": "Einstellungen",
}


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "–"
    return value.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")


class SyncSettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = SyncController.for_app(ctx.app.sync)
        self.worker = Worker(self)
        why_not = ctx.actor.why_not(Right.MANAGE_SETTINGS)

        intro = QLabel(
            self.tr(
                "Jeder PC arbeitet mit seiner eigenen Datenbank weiter, auch ohne Netz. "
                "Ein Belbo Hub gleicht die Daten aller PCs und Standorte ab: beim Start, "
                "alle paar Minuten und auf Knopfdruck."
            )
        )
        intro.setWordWrap(True)

        # --- joining a hub -------------------------------------------------------------
        self.join_box = QGroupBox(self.tr("Mit einem Hub verbinden"))
        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText("https://hub.mein-salon.de")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code.setToolTip(self.tr("Am Hub erzeugen: belbo hub enrol-code --location …"))
        self.device_name = QLineEdit(socket.gethostname()[:120])
        self.join_button = QPushButton(self.tr("Verbinden"))
        self.join_button.clicked.connect(self.enrol)
        self.join_error = QLabel()
        self.join_error.setWordWrap(True)
        self.join_error.setStyleSheet("color: #b00020")
        join_form = QFormLayout(self.join_box)
        join_form.addRow(self.tr("Hub-Adresse"), self.hub_url)
        join_form.addRow(self.tr("Anmeldecode"), self.code)
        join_form.addRow(self.tr("Gerätename"), self.device_name)
        join_form.addRow("", self.join_button)
        join_form.addRow("", self.join_error)
        if why_not:
            self.join_button.setEnabled(False)
            self.join_button.setToolTip(why_not)

        # --- this PC at the hub --------------------------------------------------------
        self.state_box = QGroupBox(self.tr("Verbindung"))
        self.hub_label = QLabel()
        self.device_label = QLabel()
        self.token_label = QLabel()
        self.token_label.setWordWrap(True)
        self.last_label = QLabel()
        self.pending_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Jetzt synchronisieren"))
        self.sync_button.setToolTip(self.tr("Tastenkürzel: %1").replace("%1", SYNC_SHORTCUT))
        self.sync_button.clicked.connect(self.controller.sync_now)
        self.leave_button = QPushButton(self.tr("Verbindung trennen …"))
        self.leave_button.clicked.connect(self.leave)
        if why_not:
            self.leave_button.setEnabled(False)
            self.leave_button.setToolTip(why_not)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        state_form = QFormLayout(self.state_box)
        state_form.addRow(self.tr("Hub"), self.hub_label)
        state_form.addRow(self.tr("Dieser PC"), self.device_label)
        state_form.addRow(self.tr("Gerätetoken"), self.token_label)
        state_form.addRow(self.tr("Letzte Synchronisation"), self.last_label)
        state_form.addRow(self.tr("Ausstehende Änderungen"), self.pending_label)
        state_form.addRow(self.tr("Zustand"), self.state_label)
        state_form.addRow("", buttons)

        # --- what needs a manager ------------------------------------------------------
        self.flags_box = QGroupBox(self.tr("Hinweise nach dem Abgleich"))
        self.flags = QListWidget()
        QVBoxLayout(self.flags_box).addWidget(self.flags)
        self.quarantine_box = QGroupBox(self.tr("Zurückgestellte Änderungen"))
        self.quarantine = QTableWidget(0, 4)
        self.quarantine.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("Wo"), self.tr("Daten"), self.tr("Grund")]
        )
        self.quarantine.verticalHeader().setVisible(False)
        self.quarantine.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.quarantine.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        note = QLabel(
            self.tr(
                "Eine Änderung, die nicht übernommen werden konnte, wird hier mit dem Grund "
                "aufgehoben und blockiert die übrigen nicht. Bitte den Fall prüfen und die "
                "Daten bei Bedarf von Hand korrigieren."
            )
        )
        note.setWordWrap(True)
        q_layout = QVBoxLayout(self.quarantine_box)
        q_layout.addWidget(note)
        q_layout.addWidget(self.quarantine)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.join_box)
        layout.addWidget(self.state_box)
        layout.addWidget(self.flags_box)
        layout.addWidget(self.quarantine_box, 1)
        layout.addStretch(0)  # takes the room while only the join form shows
        self.controller.stateChanged.connect(self._show_state)
        self.load()

    # --- showing ------------------------------------------------------------------------

    def load(self) -> None:
        st = self.controller.status()
        self.join_box.setVisible(not st.enrolled)
        self.state_box.setVisible(st.enrolled)
        self.flags_box.setVisible(st.enrolled)
        self.quarantine_box.setVisible(st.enrolled)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(layout.count() - 1, 0 if st.enrolled else 1)
        if st.enrolled:
            self.hub_label.setText(st.hub_url or "")
            self.device_label.setText(f"{st.device_name}  ({st.device_id})")
            self.token_label.setText(
                self.tr("im Schlüsselbund des Betriebssystems")
                if st.token_store == "keyring"
                else self.tr(
                    "in einer Datei im Datenordner, nur für diesen Benutzer lesbar "
                    "(kein Schlüsselbund verfügbar)"
                )
            )
            self.last_label.setText(_when(st.last_sync_at))
            self.pending_label.setText(str(st.pending))
            self._fill_flags()
            self._fill_quarantine()
        self._show_state(self.controller.state)

    def _show_state(self, state: SyncUiState) -> None:
        label, tip = status_text(state, self.controller.service.clock.now())
        self.state_label.setText(label if not tip or state.kind == "ok" else f"{label}\n{tip}")
        self.sync_button.setEnabled(not self.controller.running)
        if not self.controller.running and self.state_box.isVisible():
            st = self.controller.status()
            self.last_label.setText(_when(st.last_sync_at))
            self.pending_label.setText(str(st.pending))
            self._fill_flags()
            self._fill_quarantine()

    def _fill_flags(self) -> None:
        self.flags.clear()
        found = self.ctx.app.sync.flags(self.ctx.actor)
        for flag in found:
            self.flags.addItem(flag.text(self.ctx.lang))
        if not found:
            self.flags.addItem(self.tr("Keine offenen Hinweise."))

    def _fill_quarantine(self) -> None:
        rows = (
            self.ctx.app.sync.quarantined(None) if self.ctx.actor.can(Right.MANAGE_SETTINGS) else []
        )
        self.quarantine.setRowCount(len(rows))
        for i, q in enumerate(rows):
            values = [
                _when(q.at),
                self.tr("Hub") if q.side == "hub" else self.tr("dieser PC"),
                self.tr(TABLE_NAMES.get(q.table_name, q.table_name)),
                q.reason,
            ]
            for col, value in enumerate(values):
                self.quarantine.setItem(i, col, QTableWidgetItem(value))
        self.quarantine.resizeColumnsToContents()

    # --- actions ------------------------------------------------------------------------

    def enrol(self) -> None:
        self.join_error.clear()
        self.join_button.setEnabled(False)
        self.join_button.setText(self.tr("Verbinde …"))
        service, actor = self.ctx.app.sync, self.ctx.actor
        url, code, name = self.hub_url.text(), self.code.text(), self.device_name.text()
        self.worker.submit(
            lambda: service.enrol(actor, url, code, name), self._enrolled, self._enrol_failed
        )

    def _enrolled(self, _status: object) -> None:
        self.join_button.setEnabled(True)
        self.join_button.setText(self.tr("Verbinden"))
        self.code.clear()
        self.load()
        self.controller.start()

    def _enrol_failed(self, exc: BaseException) -> None:
        self.join_button.setEnabled(True)
        self.join_button.setText(self.tr("Verbinden"))
        if isinstance(exc, ValidationError):
            self.join_error.setText("\n".join(exc.texts(self.ctx.lang).values()))
        elif isinstance(exc, BelboError):
            self.join_error.setText(exc.text(self.ctx.lang))
        else:
            self.join_error.setText(str(exc))

    def leave(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Verbindung trennen"),
            self.tr(
                "Diesen PC vom Hub trennen? Noch nicht gesendete Änderungen (%1) gehen dem "
                "Hub verloren; die Daten auf diesem PC bleiben erhalten."
            ).replace("%1", str(self.controller.status().pending)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.app.sync.leave(self.ctx.actor)
        self.controller.timer.stop()
        self.load()
