"""The staff list as a table model: a location has a handful of accounts, so the model
holds them all; a changed account is replaced in place (``dataChanged`` for its row)."""

from __future__ import annotations

import uuid
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from belbo_desktop.domain.rights import role_label
from belbo_desktop.services.staff import StaffRow

RAW_ROLE = Qt.ItemDataRole.UserRole + 1  #: the unformatted value (str, bool, Role)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  #: the staff member's uuid

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    USERNAME = 1
    ROLE = 2
    ACTIVE = 3
    LOCKED = 4
    PIN = 5


def column_title(column: Column) -> str:
    titles = {
        Column.NAME: QApplication.translate("StaffColumns", "Name"),
        Column.USERNAME: QApplication.translate("StaffColumns", "Benutzername"),
        Column.ROLE: QApplication.translate("StaffColumns", "Rolle"),
        Column.ACTIVE: QApplication.translate("StaffColumns", "Aktiv"),
        Column.LOCKED: QApplication.translate("StaffColumns", "Gesperrt"),
        Column.PIN: QApplication.translate("StaffColumns", "PIN"),
    }
    return titles[column]


def _yes_no(value: bool) -> str:
    return (
        QApplication.translate("StaffColumns", "ja")
        if value
        else QApplication.translate("StaffColumns", "nein")
    )


class StaffModel(QAbstractTableModel):
    def __init__(self, lang: str = "de", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[StaffRow] = []

    def set_rows(self, rows: list[StaffRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace(self, row: StaffRow) -> None:
        for i, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(Column) - 1))
                return

    def row_of(self, staff_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == staff_id), -1)

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        raw: object = {
            Column.NAME: row.display_name,
            Column.USERNAME: row.username,
            Column.ROLE: row.role,
            Column.ACTIVE: row.active,
            Column.LOCKED: row.locked,
            Column.PIN: row.has_pin,
        }[column]
        if role == RAW_ROLE:
            return raw
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.ROLE:
                return role_label(row.role, self.lang)
            if isinstance(raw, bool):
                return _yes_no(raw)
            return raw
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            from PySide6.QtGui import QPalette

            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None
