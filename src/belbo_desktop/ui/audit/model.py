"""The audit log as a Qt table model that loads page after page as the view scrolls.

``AuditService.log_page`` is keyset-paged, so every page costs the same however deep the
user scrolls into 100,000 entries; pages load in a worker thread (``fetchMore``) and are
appended with ``rowsInserted``. A new filter starts over; answers to an older filter are
dropped by their generation number.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.services.audit import AuditCursor, AuditLogRow, AuditPage, AuditQuery
from belbo_desktop.ui import formatting
from belbo_desktop.ui.audit.labels import action_text, details_text
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.workers import Worker

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 200

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    AT = 0
    STAFF = 1
    ACTION = 2
    TARGET = 3
    DETAILS = 4


def column_title(column: Column) -> str:
    titles = {
        Column.AT: QApplication.translate("AuditColumns", "Zeitpunkt"),
        Column.STAFF: QApplication.translate("AuditColumns", "Mitarbeiter"),
        Column.ACTION: QApplication.translate("AuditColumns", "Vorgang"),
        Column.TARGET: QApplication.translate("AuditColumns", "Betrifft"),
        Column.DETAILS: QApplication.translate("AuditColumns", "Details"),
    }
    return titles[column]


def target_text(row: AuditLogRow) -> str:
    def t(text: str) -> str:
        return QApplication.translate("AuditColumns", text)

    if row.target_type == "customer" and row.target_name:
        return t("Kunde Nr. %1").replace("%1", row.target_name)
    if row.target_type == "staff" and row.target_name:
        return row.target_name
    kinds = {
        "customer": t("Kunde"),
        "staff": t("Mitarbeiter"),
        "sale": t("Verkauf"),
        "voucher": t("Gutschein"),
        "till_closing": t("Kassenabschluss"),
        "export": t("Export"),
        "location": t("Standort"),
        "setting": t("Einstellung"),
        "custom_field": t("Kundenfeld"),
        "customer_field": t("Kundenfeld"),
        "customer_list": t("Kundenliste"),
        "bonus_program": t("Bonusprogramm"),
        "catalogue_item": t("Leistung/Produkt"),
        "trade_secret": t("Betriebsgeheimnis"),
    }
    return kinds.get(row.target_type or "", row.target_type or "")


class AuditLogModel(QAbstractTableModel):
    #: a page arrived (or failed): the view updates its status line
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AuditLogRow] = []
        self.query = AuditQuery()
        self.problem: str | None = None
        self._next: AuditCursor | None = None
        self._more = True
        self._loading = False
        self._generation = 0
        self.worker = Worker(self)

    # --- loading ------------------------------------------------------------------------

    def set_query(self, query: AuditQuery) -> None:
        """Start over with other filters; the first page is fetched at once."""
        self._generation += 1
        self.worker.cancel()
        self.beginResetModel()
        self.rows = []
        self.query = query
        self.problem = None
        self._next = None
        self._more = True
        self._loading = False
        self.endResetModel()
        self._fetch()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        generation = self._generation
        audit, actor, query, after = self.ctx.app.audit, self.ctx.actor, self.query, self._next
        self.worker.submit(
            lambda: audit.log_page(actor, query, after, PAGE),
            lambda page: self._arrived(generation, page),
            lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._next = page.next
        self._more = page.next is not None
        if page.problem is not None:
            self.problem = page.problem.text(self.ctx.lang)
        if page.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = False
        if not isinstance(exc, BelboError):
            raise exc
        self.problem = exc.text(self.ctx.lang)
        self.loaded.emit()

    def is_idle(self) -> bool:
        return not self._loading and self.worker.idle()

    def has_more(self) -> bool:
        return self._more

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def text(self, row: AuditLogRow, column: Column) -> str:
        lang = self.ctx.lang
        if column is Column.AT:
            return formatting.datetime(row.at, lang)
        if column is Column.STAFF:
            return row.staff_name or QApplication.translate("AuditColumns", "System")
        if column is Column.ACTION:
            return action_text(row.action)
        if column is Column.TARGET:
            return target_text(row)
        return details_text(row.action, row.details, row.summary, lang)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.TARGET and row.target_id:
                return QApplication.translate("AuditColumns", "Kennung: %1").replace(
                    "%1", row.target_id
                )
            if column is Column.DETAILS:
                return self.text(row, column) or None
            return None
        if role == RAW_ROLE:
            return {
                Column.AT: row.at,
                Column.STAFF: row.staff_id,
                Column.ACTION: row.action,
                Column.TARGET: row.target_id,
                Column.DETAILS: row.details,
            }[column]
        return None
