"""Verlauf: the audit entries about one customer, newest first."""

from __future__ import annotations

import uuid

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
from belbo_desktop.services.audit import AuditRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.audit.labels import action_text, details_text
from belbo_desktop.ui.context import UiContext


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
        return details_text(row.action, row.details, row.summary, self.ctx.lang)
