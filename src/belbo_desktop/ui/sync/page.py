"""Einstellungen > Synchronisation: hub address, enrolment, device, state, set-aside changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.rights import Right
from belbo_desktop.services.ports import BERLIN
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.first_run.first_sync_dialog import FirstSyncDialog
from belbo_desktop.ui.sync.connect_form import HubConnectForm
from belbo_desktop.ui.sync.controller import SyncController, SyncUiState
from belbo_desktop.ui.sync.status import SYNC_SHORTCUT, status_text

TABLE_NAMES = {
    "customers": QT_TRANSLATE_NOOP("SyncSettingsPage", "Kunden"),
    "custom_field_values": QT_TRANSLATE_NOOP("SyncSettingsPage", "Kundenfelder (Werte)"),
    "custom_field_definitions": QT_TRANSLATE_NOOP("SyncSettingsPage", "Kundenfelder"),
    "audit_log": QT_TRANSLATE_NOOP("SyncSettingsPage", "Protokoll"),
    "vouchers": QT_TRANSLATE_NOOP("SyncSettingsPage", "Gutscheine"),
    "voucher_entries": QT_TRANSLATE_NOOP("SyncSettingsPage", "Gutscheinbuchungen"),
    "sales": QT_TRANSLATE_NOOP("SyncSettingsPage", "Verkäufe"),
    "staff_members": QT_TRANSLATE_NOOP("SyncSettingsPage", "Mitarbeiter"),
    "settings": QT_TRANSLATE_NOOP("SyncSettingsPage", "Einstellungen"),
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
        self.join_form = HubConnectForm(ctx.app.sync, ctx.actor, ctx.lang)
        self.hub_url = self.join_form.hub_url
        self.code = self.join_form.code
        self.device_name = self.join_form.device_name
        self.join_form.connected.connect(self._enrolled)
        self.join_form.busyChanged.connect(self._joining)
        self.join_button = QPushButton(self.tr("Verbinden"))
        self.join_button.clicked.connect(self.enrol)
        join_buttons = QHBoxLayout()
        join_buttons.addStretch(1)
        join_buttons.addWidget(self.join_button)
        join_layout = QVBoxLayout(self.join_box)
        join_layout.addWidget(self.join_form)
        join_layout.addLayout(join_buttons)
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
        # a few lines are the usual case; the set-aside changes below need the room
        self.flags.setMaximumHeight(self.flags.fontMetrics().height() * 5 + 12)
        QVBoxLayout(self.flags_box).addWidget(self.flags)
        self.quarantine_box = QGroupBox(self.tr("Zurückgestellte Änderungen"))
        self.quarantine = QTableWidget(0, 4)
        self.quarantine.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("Wo"), self.tr("Daten"), self.tr("Grund")]
        )
        self.quarantine.verticalHeader().setVisible(False)
        self.quarantine.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.quarantine.horizontalHeader().setStretchLastSection(True)
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
        self.sync_dialog: FirstSyncDialog | None = None
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
        label, tip = status_text(state, self.controller.service.clock.now(), self.ctx.lang)
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
                self.tr(str(TABLE_NAMES.get(q.table_name, q.table_name))),
                q.reason,
            ]
            for col, value in enumerate(values):
                self.quarantine.setItem(i, col, QTableWidgetItem(value))
        for column in range(3):  # the reason takes the rest (stretch)
            self.quarantine.resizeColumnToContents(column)

    # --- actions ------------------------------------------------------------------------

    def enrol(self) -> None:
        """Join the hub (the first sync then starts, with its dialog from the status bar)."""
        self.join_form.try_connect()

    def _joining(self, busy: bool) -> None:
        self.join_button.setEnabled(not busy)
        self.join_button.setText(self.tr("Verbinde …") if busy else self.tr("Verbinden"))

    def _enrolled(self, _status: object) -> None:
        """Joined: the first sync at once, with the same dialog as on a new PC's login."""
        self.load()
        self.sync_dialog = FirstSyncDialog(self.ctx.app.sync, self.ctx.lang, parent=self)
        self.sync_dialog.finished.connect(lambda _result: self.load())
        self.sync_dialog.start()
        self.controller.start()  # every few minutes from now on

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
