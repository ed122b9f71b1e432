"""Verlauf: the audit entries about one customer, newest first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.messages import label as field_label
from belbo_desktop.services.audit import AuditRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext


def action_text(action: str) -> str:
    texts = {
        "customer_created": QCoreApplication.translate("History", "Kunde angelegt"),
        "customer_changed": QCoreApplication.translate("History", "Kundendaten geändert"),
        "customer_archived": QCoreApplication.translate("History", "Kunde archiviert"),
        "customer_restored": QCoreApplication.translate("History", "Kunde wiederhergestellt"),
        "customer_erased": QCoreApplication.translate("History", "Kunde gelöscht (DSGVO)"),
        "customer_merged": QCoreApplication.translate("History", "Dublette zusammengeführt"),
        "customer_merged_away": QCoreApplication.translate(
            "History", "Mit anderer Akte zusammengeführt"
        ),
        "bonus_card_activated": QCoreApplication.translate("History", "Bonusprogramm aktiviert"),
        "bonus_stamped": QCoreApplication.translate("History", "Stempel gegeben"),
        "bonus_stamp_reversed": QCoreApplication.translate("History", "Stempel storniert"),
        "bonus_reward_redeemed": QCoreApplication.translate("History", "Prämie eingelöst"),
        "consent_given": QCoreApplication.translate("History", "Einwilligung erteilt"),
        "consent_withdrawn": QCoreApplication.translate("History", "Einwilligung widerrufen"),
        "data_access_report": QCoreApplication.translate("History", "Datenauskunft erstellt"),
        "health_data_viewed": QCoreApplication.translate("History", "Gesundheitsdaten angesehen"),
        "health_data_erased": QCoreApplication.translate("History", "Gesundheitsdaten gelöscht"),
        "privacy_request_registered": QCoreApplication.translate(
            "History", "Datenschutz-Ersuchen erfasst"
        ),
        "privacy_request_identity_verified": QCoreApplication.translate(
            "History", "Identität bestätigt"
        ),
        "privacy_request_extended": QCoreApplication.translate("History", "Frist verlängert"),
        "privacy_request_closed": QCoreApplication.translate(
            "History", "Datenschutz-Ersuchen abgeschlossen"
        ),
    }
    return texts.get(action, action.replace("_", " "))


class HistoryTab(QWidget):
    def __init__(
        self, ctx: UiContext, customer_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zeitpunkt"), self.tr("Mitarbeiter"), self.tr("Vorgang"), self.tr("Details")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)
        self.set_customer(customer_id)

    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        rows: list[AuditRow] = []
        if customer_id is not None:
            try:
                rows = self.ctx.app.audit.entries(self.ctx.actor, target_id=str(customer_id))
            except BelboError as exc:
                self.empty.setText(exc.text(self.ctx.lang))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            values = [
                formatting.datetime(row.at, self.ctx.lang),
                row.staff_name or self.tr("System"),
                action_text(row.action),
                self._details(row),
            ]
            for column, value in enumerate(values):
                self.table.setItem(i, column, QTableWidgetItem(value))
        if customer_id is None:
            self.empty.setText(self.tr("Der Verlauf beginnt, sobald der Kunde gespeichert ist."))
        elif not rows:
            self.empty.setText(self.tr("Noch keine Einträge."))
        self.empty.setVisible(customer_id is None or not rows)
        self.table.setVisible(bool(rows))

    def _details(self, row: AuditRow) -> str:
        lang = self.ctx.lang
        parts: list[str] = []
        fields = row.details.get("fields")
        if isinstance(fields, list) and fields:
            parts.append(", ".join(field_label(str(f), lang) for f in fields))
        custom = row.details.get("custom_fields")
        if isinstance(custom, list) and custom:
            parts.append(self.tr("%n Kundenfeld(er)", "", len(custom)))
        number = row.details.get("number")
        if number is not None:
            parts.append(self.tr("Nr. %1").replace("%1", str(number)))
        return "; ".join(parts) or (row.summary or "")
