"""The Gutscheine table: named columns, raw values for sorting, loaded a window at a time."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from belbo_desktop.domain.vouchers import VoucherKind, VoucherState
from belbo_desktop.services.vouchers import VoucherInfo
from belbo_desktop.ui import formatting as fmt

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
INFO_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 100  # a window fills the view several times; the next one loads on scrolling

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    KIND = 1
    VALUE = 2
    BALANCE = 3
    STATE = 4
    SOLD_ON = 5
    BUYER = 6
    RECIPIENT = 7
    VALID_UNTIL = 8


def _t(text: str) -> str:
    return QCoreApplication.translate("VoucherModel", text)


def header(column: Column) -> str:
    return {
        Column.CODE: _t("Code"),
        Column.KIND: _t("Art"),
        Column.VALUE: _t("Wert"),
        Column.BALANCE: _t("Restwert"),
        Column.STATE: _t("Status"),
        Column.SOLD_ON: _t("Verkauft am"),
        Column.BUYER: _t("Käufer"),
        Column.RECIPIENT: _t("Empfänger"),
        Column.VALID_UNTIL: _t("Gültig bis"),
    }[column]


def state_text(state: VoucherState) -> str:
    return {
        VoucherState.ACTIVE: _t("aktiv"),
        VoucherState.PARTLY_REDEEMED: _t("teilweise eingelöst"),
        VoucherState.REDEEMED: _t("eingelöst"),
        VoucherState.EXPIRED: _t("abgelaufen"),
        VoucherState.CANCELLED: _t("storniert"),
    }[state]


def kind_text(info: VoucherInfo) -> str:
    if info.kind is VoucherKind.SERVICE:
        return _t("Leistung: %s") % (info.service_name or "")
    return _t("Wertgutschein")


def short_kind_text(info: VoucherInfo) -> str:
    """For the table: a service voucher by its service alone, beside "Wertgutschein"."""
    if info.kind is VoucherKind.SERVICE:
        return info.service_name or _t("Leistung")
    return _t("Wertgutschein")


#: Columns whose text may be cut short in a narrow table (the tooltip shows it all).
TEXT_COLUMNS = (Column.KIND, Column.BUYER, Column.RECIPIENT)
#: Most needed first: what stays visible when the table is narrow.
PRIORITY = (
    Column.CODE,
    Column.BALANCE,
    Column.STATE,
    Column.KIND,
    Column.RECIPIENT,
    Column.VALID_UNTIL,
    Column.BUYER,
    Column.VALUE,
    Column.SOLD_ON,
)


class VoucherTableModel(QAbstractTableModel):
    """Rows come from ``fetch(offset, limit)``; ``count()`` says how many there are.

    ``first(limit)``, if given, reads both at once for the first window (a search finds
    its vouchers once instead of twice)."""

    def __init__(
        self,
        fetch: Callable[[int, int], list[VoucherInfo]],
        count: Callable[[], int],
        lang: str = "de",
        *,
        first: Callable[[int], tuple[int, list[VoucherInfo]]] | None = None,
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._count = count
        self._first = first
        self.lang = lang
        self.rows: list[VoucherInfo] = []
        self.total = 0

    def reload(self) -> None:
        self.set_rows(*self.first_window())

    def first_window(self) -> tuple[int, list[VoucherInfo]]:
        """What :meth:`reload` reads; may run in a worker thread (services only)."""
        if self._first is not None:
            return self._first(PAGE)
        total = self._count()
        return total, (self._fetch(0, PAGE) if total else [])

    def set_rows(self, total: int, rows: list[VoucherInfo]) -> None:
        self.beginResetModel()
        self.total = total
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._fetch(len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(Column(section))
        return None

    def info(self, row: int) -> VoucherInfo | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        info = self.rows[index.row()]
        column = Column(index.column())
        if role == INFO_ROLE:
            return info
        if role == RAW_ROLE:
            return self._raw(info, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(info, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in TEXT_COLUMNS:
            return kind_text(info) if column is Column.KIND else self._display(info, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.VALUE, Column.BALANCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _raw(self, info: VoucherInfo, column: Column) -> object:
        return {
            Column.CODE: info.code,
            Column.KIND: info.kind.value,
            Column.VALUE: info.face_value.cents,
            Column.BALANCE: info.balance.cents,
            Column.STATE: info.state.value,
            Column.SOLD_ON: info.created_at,
            Column.BUYER: info.buyer_name or "",
            Column.RECIPIENT: info.recipient or "",
            Column.VALID_UNTIL: info.valid_until,
        }[column]

    def _display(self, info: VoucherInfo, column: Column) -> str:
        lang = self.lang
        match column:
            case Column.CODE:
                return info.display_code
            case Column.KIND:
                return short_kind_text(info)
            case Column.VALUE:
                return fmt.money(info.face_value, lang)
            case Column.BALANCE:
                return fmt.money(info.balance, lang)
            case Column.STATE:
                return state_text(info.state)
            case Column.SOLD_ON:
                return fmt.date(info.created_at, lang)
            case Column.BUYER:
                return info.buyer_name or ""
            case Column.RECIPIENT:
                return info.recipient or ""
            case Column.VALID_UNTIL:
                return fmt.date(info.valid_until, lang)
        return ""
