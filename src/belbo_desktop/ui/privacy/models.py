"""Table models of the Datenschutz screens: field classifications and the requests register.

Both hold plain rows from the privacy service; the field model also holds the changes a
user has ticked but not yet saved (settings pages write on OK only).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from belbo_desktop.domain.privacy import (
    CHANNEL_LABELS,
    REQUEST_KIND_LABELS,
    REQUEST_STATUS_LABELS,
    RequestStatus,
    SecretBlock,
    label_of,
)
from belbo_desktop.services.privacy import FieldPrivacy, RequestRow, field_type_label
from belbo_desktop.ui import formatting as fmt

Index = QModelIndex | QPersistentModelIndex
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b3261e")
DUE_SOON = QColor("#8a5a00")


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


class FieldColumn(IntEnum):
    LABEL = 0
    KIND = 1
    SECRET = 2
    IDENTIFYING = 3
    HEALTH = 4
    NOTE = 5


FLAG_COLUMNS = {
    FieldColumn.SECRET: "trade_secret",
    FieldColumn.IDENTIFYING: "identifying",
    FieldColumn.HEALTH: "health_data",
}


class FieldPrivacyModel(QAbstractTableModel):
    """Every customer field with three ticks; ``pending`` holds unsaved ticks."""

    def __init__(self, lang: str = "de", editable: bool = True) -> None:
        super().__init__()
        self.lang = lang
        self.editable = editable
        self.rows: list[FieldPrivacy] = []
        self.pending: dict[tuple[str, str], bool] = {}
        self.read_only_reason = ""

    def set_rows(self, rows: list[FieldPrivacy]) -> None:
        self.beginResetModel()
        self.rows = [r for r in rows if not r.archived]
        self.pending.clear()
        self.endResetModel()

    def value(self, row: FieldPrivacy, flag: str) -> bool:
        return self.pending.get((row.key, flag), bool(getattr(row, flag)))

    def changes(self) -> list[tuple[FieldPrivacy, str, bool]]:
        """(field, flag, new value) for every tick that differs from what is stored."""
        by_key = {r.key: r for r in self.rows}
        return [
            (by_key[key], flag, new)
            for (key, flag), new in self.pending.items()
            if bool(getattr(by_key[key], flag)) != new
        ]

    def row_of(self, key: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.key == key)

    # --- what blocks a tick -----------------------------------------------------------

    def why_disabled(self, row: FieldPrivacy, column: FieldColumn) -> str | None:
        if not self.editable:
            return self.read_only_reason
        if column is FieldColumn.SECRET:
            if row.builtin:
                return row.block_text(self.lang)
            if self.value(row, "identifying"):
                return _t("Als identifizierend eingestuft: kann kein Betriebsgeheimnis sein.")
            if self.value(row, "health_data"):
                return _t("Gesundheitsangaben können kein Betriebsgeheimnis sein.")
            return None
        if row.builtin:
            return _t("Standardfelder sind fest eingestuft.")
        if self.value(row, "trade_secret"):
            return _t("Das Feld ist als Betriebsgeheimnis markiert.")
        return None

    # --- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FieldColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            FieldColumn.LABEL: _t("Kundenfeld"),
            FieldColumn.KIND: _t("Art"),
            FieldColumn.SECRET: _t("Betriebsgeheimnis"),
            FieldColumn.IDENTIFYING: _t("Identifizierend"),
            FieldColumn.HEALTH: _t("Gesundheitsdaten"),
            FieldColumn.NOTE: _t("Hinweis"),
        }[FieldColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = FieldColumn(index.column())
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if column in FLAG_COLUMNS:
            row = self.rows[index.row()]
            base |= Qt.ItemFlag.ItemIsUserCheckable
            if self.why_disabled(row, column) is not None:
                base &= ~Qt.ItemFlag.ItemIsEnabled
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = FieldColumn(index.column())
        if column in FLAG_COLUMNS:
            flag = FLAG_COLUMNS[column]
            if role == Qt.ItemDataRole.CheckStateRole:
                on = self.value(row, flag)
                return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.why_disabled(row, column)
            if role == RAW_ROLE:
                return self.value(row, flag)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column is FieldColumn.LABEL:
                return row.label
            if column is FieldColumn.KIND:
                return field_type_label(row.field_type, self.lang)
            if column is FieldColumn.NOTE:
                return self._note(row)
        if role == Qt.ItemDataRole.ToolTipRole and column is FieldColumn.NOTE:
            return row.block_text(self.lang) or self._note(row)
        if (
            role == Qt.ItemDataRole.FontRole
            and column is FieldColumn.LABEL
            and any((row.key, f) in self.pending for f in FLAG_COLUMNS.values())
        ):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _note(self, row: FieldPrivacy) -> str:
        """Short in the cell; the tick's tooltip gives the full reason."""
        if row.block is not None:
            return {
                SecretBlock.IDENTIFYING: _t("Identifiziert die Person"),
                SecretBlock.RECORD: _t("Angabe zum Datensatz"),
                SecretBlock.DECLARED_IDENTIFYING: _t("Als identifizierend eingestuft"),
                SecretBlock.HEALTH: _t("Gesundheitsangabe (Art. 9)"),
            }[row.block]
        if self.value(row, "trade_secret"):
            return _t("Inhalt wird bei Auskünften zurückgehalten")
        return ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        column = FieldColumn(index.column())
        if column not in FLAG_COLUMNS:
            return False
        row = self.rows[index.row()]
        if self.why_disabled(row, column) is not None:
            return False
        checked = value == Qt.CheckState.Checked or value == Qt.CheckState.Checked.value
        flag = FLAG_COLUMNS[column]
        if bool(getattr(row, flag)) == checked:
            self.pending.pop((row.key, flag), None)
        else:
            self.pending[(row.key, flag)] = checked
        left = self.index(index.row(), 0)
        right = self.index(index.row(), len(FieldColumn) - 1)
        self.dataChanged.emit(left, right)
        return True


class RequestColumn(IntEnum):
    DUE = 0
    CUSTOMER = 1
    KIND = 2
    RECEIVED = 3
    CHANNEL = 4
    IDENTITY = 5
    STATUS = 6


class RequestModel(QAbstractTableModel):
    """The register; overdue rows in red, due within a week in amber."""

    def __init__(self, lang: str = "de") -> None:
        super().__init__()
        self.lang = lang
        self.rows: list[RequestRow] = []

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RequestColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            RequestColumn.DUE: _t("Frist"),
            RequestColumn.CUSTOMER: _t("Kunde"),
            RequestColumn.KIND: _t("Anliegen"),
            RequestColumn.RECEIVED: _t("Eingang"),
            RequestColumn.CHANNEL: _t("Weg"),
            RequestColumn.IDENTITY: _t("Identität"),
            RequestColumn.STATUS: _t("Stand"),
        }[RequestColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = RequestColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == RAW_ROLE:
            return {
                RequestColumn.DUE: r.due,
                RequestColumn.RECEIVED: r.received_on,
                RequestColumn.CUSTOMER: r.customer_name,
            }.get(column, self._text(r, column))
        if role == Qt.ItemDataRole.ForegroundRole and r.status is RequestStatus.OPEN:
            if r.overdue:
                return QBrush(OVERDUE)
            if r.days_left <= 7:
                return QBrush(DUE_SOON)
        if role == Qt.ItemDataRole.FontRole and r.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column is RequestColumn.DUE:
            return due_text(r)
        return None

    def _text(self, r: RequestRow, column: RequestColumn) -> str:
        match column:
            case RequestColumn.DUE:
                return fmt.date(r.due, self.lang) + (" *" if r.extended_until else "")
            case RequestColumn.CUSTOMER:
                return f"{r.customer_name} ({r.customer_number})"
            case RequestColumn.KIND:
                return label_of(REQUEST_KIND_LABELS, r.kind, self.lang)
            case RequestColumn.RECEIVED:
                return fmt.date(r.received_on, self.lang)
            case RequestColumn.CHANNEL:
                return label_of(CHANNEL_LABELS, r.channel, self.lang)
            case RequestColumn.IDENTITY:
                if r.identity_verified_at is None:
                    return _t("nicht geprüft")
                return _t("geprüft von %1").replace("%1", r.identity_verified_by or "–")
            case RequestColumn.STATUS:
                if r.status is RequestStatus.OPEN and r.overdue:
                    return _t("Überfällig")
                return label_of(REQUEST_STATUS_LABELS, r.status, self.lang)
        return ""


def due_text(r: RequestRow, today: dt.date | None = None) -> str:
    """ "noch 5 Tage", "heute fällig", "seit 3 Tagen überfällig", or when it was closed."""
    if r.status is not RequestStatus.OPEN:
        return _t("Abgeschlossen am %1").replace("%1", fmt.datetime(r.closed_at))
    if r.days_left > 1:
        text = _t("Noch %1 Tage").replace("%1", str(r.days_left))
    elif r.days_left == 1:
        text = _t("Morgen fällig")
    elif r.days_left == 0:
        text = _t("Heute fällig")
    else:
        text = _t("Seit %1 Tagen überfällig").replace("%1", str(-r.days_left))
    if r.extended_until:
        text += " · " + _t("verlängert: %1").replace("%1", r.extension_reason or "")
    return text
