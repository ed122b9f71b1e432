"""The list of export requests with their state: requested, confirmed, computing N %, ..."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from belbo_desktop.domain.export import FORMAT_LABELS, STATE_LABELS, ExportFormat, ExportState
from belbo_desktop.services.export import ExportStatus
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REQUESTED = 0
    BY = 1
    RECIPIENT = 2
    FORMAT = 3
    CUSTOMERS = 4
    STATE = 5
    VALID_UNTIL = 6


_SHORT_FORMATS = {
    ExportFormat.XLSX: "Excel",
    ExportFormat.CSV_SEMICOLON: "CSV ;",
    ExportFormat.CSV_COMMA: "CSV ,",
}


class ExportStatusModel(QAbstractTableModel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ExportStatus] = []

    def set_rows(self, rows: list[ExportStatus]) -> None:
        """Update in place when the same requests are shown (progress ticks), else reset."""
        if [r.id for r in rows] == [r.id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[Column(section)]
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.REQUESTED: self.tr("Angefordert"),
            Column.BY: self.tr("Von"),
            Column.RECIPIENT: self.tr("Empfänger"),
            Column.FORMAT: self.tr("Format"),
            Column.CUSTOMERS: self.tr("Kunden"),
            Column.STATE: self.tr("Status"),
            Column.VALID_UNTIL: self.tr("Link gültig bis"),
        }

    def state_text(self, row: ExportStatus) -> str:
        de, en = STATE_LABELS[row.state]
        text = en if self.ctx.lang == "en" else de
        if row.state is ExportState.COMPUTING and not row.remote:
            text = self.tr("Wird berechnet – {pct} %").format(pct=row.progress)
        elif row.state is ExportState.EXPIRED and row.closed_reason == "too_many_attempts":
            text = self.tr("Gesperrt (falsche Passwörter)")
        elif row.state is ExportState.EXPIRED and row.closed_reason == "failed":
            text = self.tr("Fehlgeschlagen")
        elif row.state is ExportState.EXPIRED and row.closed_reason == "cancelled":
            text = self.tr("Zurückgezogen")
        if row.mail_pending and row.mail_error:
            text += " · " + self.tr("E-Mail wartet auf erneuten Versand")
        if row.via_hub:
            text += " · " + self.tr("über den Hub")
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        lang = self.ctx.lang
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Column.REQUESTED:
                    return formatting.datetime(row.requested_at, lang)
                case Column.BY:
                    return row.requested_by or ""
                case Column.RECIPIENT:
                    return row.recipient
                case Column.FORMAT:
                    return _SHORT_FORMATS[row.format]
                case Column.CUSTOMERS:
                    return "" if row.row_count is None else formatting.count(row.row_count, lang)
                case Column.STATE:
                    return self.state_text(row)
                case Column.VALID_UNTIL:
                    if row.state is ExportState.REQUESTED:
                        return formatting.datetime(row.confirm_expires_at, lang)
                    if row.state in (ExportState.READY, ExportState.DOWNLOADED):
                        return formatting.datetime(row.download_expires_at, lang)
                    return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.STATE and row.mail_error:
                return row.mail_error
            if column is Column.STATE and row.remote:
                if row.pages_url:
                    return self.tr(
                        "Beim Hub angefordert ({url}); Stand der letzten Synchronisation."
                    ).format(url=row.pages_url)
                return self.tr("An einem anderen PC angefordert.")
            if column is Column.RECIPIENT:
                return row.recipient
            if column is Column.FORMAT:
                de, en = FORMAT_LABELS[row.format]
                return en if lang == "en" else de
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATE:
            if row.state is ExportState.EXPIRED:
                return QColor("#777777")
            if row.mail_error:
                return QColor("#b00020")
            if row.state in (ExportState.READY, ExportState.DOWNLOADED):
                return QColor("#1b5e20")
        if role == RAW_ROLE:
            return row
        return None


class ExportStatusList(QWidget):
    """Refreshes every two seconds while shown, so progress moves without a click."""

    selectionChanged = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ExportStatusModel(ctx, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Export-Anforderungen"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the address gives way (with a tooltip); the state text is never cut off
        header.setSectionResizeMode(Column.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.app.exports.list_requests(self.ctx.actor))
        self.selectionChanged.emit()

    def selected(self) -> ExportStatus | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.data(rows[0], RAW_ROLE)
        return row if isinstance(row, ExportStatus) else None

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)
