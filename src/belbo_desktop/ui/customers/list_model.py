"""The customer list as a Qt table model that never holds more than a few pages.

``rowCount`` is the service's count for the current search; rows are fetched a page at a
time from ``CustomerService.page`` in a worker thread when the view first paints them,
and kept in a small LRU cache. Sorting asks the service for another order (no proxy
model): at 200,000 customers only the rows on screen are ever loaded.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.domain.customers import format_phone
from belbo_desktop.services.custom_fields import CustomField
from belbo_desktop.services.customers import CustomerQuery, CustomerRow, CustomerSort
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.workers import Worker

RAW_ROLE = Qt.ItemDataRole.UserRole + 1  #: the unformatted value (int, date, str, None)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  #: the customer's uuid
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3  #: False while the row's page is on its way

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(StrEnum):
    """The built-in list columns; custom fields are added by their field id."""

    NUMBER = "number"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    PHONE = "phone"
    EMAIL = "email"
    BIRTHDAY = "birthday"
    CITY = "city"
    CREATED = "created_at"
    UPDATED = "updated_at"


SORT_OF: dict[Column, CustomerSort] = {
    Column.NUMBER: CustomerSort.NUMBER,
    Column.LAST_NAME: CustomerSort.NAME,
    Column.FIRST_NAME: CustomerSort.FIRST_NAME,
    Column.PHONE: CustomerSort.PHONE,
    Column.EMAIL: CustomerSort.EMAIL,
    Column.BIRTHDAY: CustomerSort.BIRTHDAY,
    Column.CITY: CustomerSort.CITY,
    Column.CREATED: CustomerSort.CREATED,
    Column.UPDATED: CustomerSort.UPDATED,
}

DEFAULT_COLUMNS: tuple[Column, ...] = (
    Column.NUMBER,
    Column.LAST_NAME,
    Column.FIRST_NAME,
    Column.PHONE,
    Column.EMAIL,
    Column.BIRTHDAY,
    Column.CITY,
)


@dataclass(frozen=True)
class ListColumn:
    """One visible column: a built-in one or a custom field."""

    key: str
    title: str
    builtin: Column | None = None
    field: CustomField | None = None

    @property
    def sort(self) -> CustomerSort | None:
        return SORT_OF.get(self.builtin) if self.builtin else None


def column_title(column: Column) -> str:
    titles = {
        Column.NUMBER: QApplication.translate("CustomerColumns", "Nr."),
        Column.LAST_NAME: QApplication.translate("CustomerColumns", "Nachname"),
        Column.FIRST_NAME: QApplication.translate("CustomerColumns", "Vorname"),
        Column.PHONE: QApplication.translate("CustomerColumns", "Telefon"),
        Column.EMAIL: QApplication.translate("CustomerColumns", "E-Mail"),
        Column.BIRTHDAY: QApplication.translate("CustomerColumns", "Geburtstag"),
        Column.CITY: QApplication.translate("CustomerColumns", "Ort"),
        Column.CREATED: QApplication.translate("CustomerColumns", "Angelegt"),
        Column.UPDATED: QApplication.translate("CustomerColumns", "Geändert"),
    }
    return titles[column]


def builtin_columns(keys: Sequence[Column] = DEFAULT_COLUMNS) -> list[ListColumn]:
    return [ListColumn(c.value, column_title(c), builtin=c) for c in keys]


def custom_column(f: CustomField) -> ListColumn:
    return ListColumn(f.key, f.label, field=f)


def format_custom(f: CustomField, raw: str | None, lang: str) -> str:
    """A stored custom value (canonical text) as the user reads it."""
    if raw is None or raw == "":
        return ""
    match f.field_type:
        case FieldType.YES_NO:
            yes = QApplication.translate("CustomerColumns", "Ja")
            no = QApplication.translate("CustomerColumns", "Nein")
            return yes if raw == "1" else no
        case FieldType.DATE:
            try:
                return formatting.date(dt.date.fromisoformat(raw), lang)
            except ValueError:
                return raw
        case FieldType.NUMBER:
            try:
                return formatting.number(raw, lang)
            except ArithmeticError:
                return raw
        case FieldType.LONG_TEXT:
            return " ".join(raw.split())[:120]
    return raw


def display_text(row: CustomerRow, column: ListColumn, lang: str) -> str:
    """The text a cell shows; computed once per page, in the worker thread."""
    if column.field is not None:
        return format_custom(column.field, row.custom.get(column.key), lang)
    match column.builtin:
        case Column.NUMBER:
            return str(row.number)
        case Column.PHONE:
            return format_phone(row.phone) if row.phone else ""
        case Column.BIRTHDAY:
            return formatting.date(row.birthday, lang)
        case Column.CREATED:
            return formatting.date(row.created_at, lang)
        case Column.UPDATED:
            return formatting.date(row.updated_at, lang)
        case None:
            return ""
        case builtin:
            value = getattr(row, builtin.value)
            return "" if value is None else str(value)


@dataclass(frozen=True)
class Page:
    """One page of rows with their cell texts already formatted, so painting stays cheap."""

    rows: list[CustomerRow]
    cells: list[list[str]]


class CustomerListModel(QAbstractTableModel):
    """Rows of ``CustomerService.page`` for one :class:`CustomerQuery`."""

    #: the number of customers matching the current query (after each search)
    countChanged = Signal(int)
    #: a search or refresh finished and the first rows are in
    queryFinished = Signal()
    #: a service call failed; the view shows the text
    failed = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        columns: Sequence[ListColumn] | None = None,
        *,
        page_size: int = 50,
        max_pages: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.max_pages = max_pages
        self.worker = Worker(self)
        self._columns: list[ListColumn] = list(columns or builtin_columns())
        self._query = CustomerQuery()
        self._total = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._generation = 0  # bumped by every new query; older results are dropped
        self._wanted: list[int] = []  # pages the view asked for, newest last
        self._loading = False
        self._recent = -1  # the page used last (LRU bookkeeping only when it changes)
        self._pump_timer = QTimer(self)
        self._pump_timer.setSingleShot(True)
        self._pump_timer.setInterval(0)
        self._pump_timer.timeout.connect(self._pump)
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- what is shown ----------------------------------------------------------------

    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def columns(self) -> list[ListColumn]:
        return list(self._columns)

    def set_columns(self, columns: Sequence[ListColumn]) -> None:
        """Change the visible columns; cached rows are refetched with the new custom fields."""
        self._columns = list(columns)
        self._start(self._query, reset_columns=True)

    def set_query(self, query: CustomerQuery) -> None:
        """Start a search; rows change when the first page has arrived."""
        self._start(query)

    def set_text(self, text: str) -> None:
        self.set_query(replace(self._query, text=text))

    def refresh(self) -> None:
        """Re-read count and loaded rows after a change (save, archive, new customer).

        Rows that changed get ``dataChanged``; a changed count inserts or removes rows at
        the end, so the view keeps its scroll position and selection.
        """
        self._generation += 1
        generation = self._generation
        query = self._query
        pages = list(self._pages.keys())[-4:] or [0]
        actor = self.ctx.actor
        service = self.ctx.app.customers
        load = self._loader(query)

        def fetch() -> tuple[int, dict[int, Page]]:
            total = service.count(actor, query)
            return total, {p: load(p) for p in pages}

        self._loading = True
        self.worker.submit(fetch, lambda result: self._refreshed(generation, result), self._failed)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole and column.sort is None:
            return QApplication.translate(
                "CustomerListModel", "Nach Kundenfeldern kann nicht sortiert werden."
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Called for every visible cell and role on each paint: lookups only."""
        if role == _DISPLAY:  # the common case first, compared as a plain int
            found = self._locate(index.row())
            return None if found is None else found[0].cells[found[1]][index.column()]
        if role not in _ROLES or not index.isValid():
            return None
        located = self._locate(index.row())
        if role == LOADED_ROLE:
            return located is not None
        if located is None:
            return None
        page, offset = located
        if role == Qt.ItemDataRole.DisplayRole:
            return page.cells[offset][index.column()]
        row = page.rows[offset]
        column = self._columns[index.column()]
        if role == RAW_ROLE:
            return self._raw(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.field is not None and column.field.field_type is FieldType.LONG_TEXT:
                return row.custom.get(column.key)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.builtin is Column.NUMBER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if row.archived:
            if role == Qt.ItemDataRole.FontRole:
                return self._italic
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        sort = self._columns[column].sort
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if sort is self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=sort, descending=descending))

    # --- rows -------------------------------------------------------------------------

    def _locate(self, row: int) -> tuple[Page, int] | None:
        """The loaded page holding ``row`` and the offset in it; schedules a fetch if none."""
        if not 0 <= row < self._total:
            return None
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            self._want(number)
            return None
        offset = row - number * self.page_size
        if offset >= len(page.rows):
            return None
        if number != self._recent:
            self._recent = number
            self._pages.move_to_end(number)
        return page, offset

    def row_at(self, row: int) -> CustomerRow | None:
        """The cached row, or None (and a fetch is scheduled) if its page is not loaded."""
        located = self._locate(row)
        return None if located is None else located[0].rows[located[1]]

    def customer_id(self, row: int) -> uuid.UUID | None:
        found = self.row_at(row)
        return found.id if found else None

    def loaded_row_of(self, customer_id: uuid.UUID) -> int | None:
        """The row of a customer among the loaded pages (for keeping the selection)."""
        for number, page in self._pages.items():
            for i, r in enumerate(page.rows):
                if r.id == customer_id:
                    return number * self.page_size + i
        return None

    def is_idle(self) -> bool:
        return not self._loading and not self._wanted and self.worker.idle()

    # --- loading ----------------------------------------------------------------------

    def _custom_ids(self) -> list[uuid.UUID]:
        return [c.field.id for c in self._columns if c.field is not None]

    def _loader(self, query: CustomerQuery) -> Callable[[int], Page]:
        """A function for the worker thread: page number -> formatted page of ``query``."""
        fields = self._custom_ids()
        columns = list(self._columns)
        actor = self.ctx.actor
        service = self.ctx.app.customers
        size = self.page_size
        lang = self.ctx.lang

        def load(number: int) -> Page:
            rows = service.page(actor, query, number * size, size, fields)
            return Page(rows, [[display_text(r, c, lang) for c in columns] for r in rows])

        return load

    def _start(self, query: CustomerQuery, *, reset_columns: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        actor = self.ctx.actor
        service = self.ctx.app.customers
        load = self._loader(query)
        lang = self.ctx.lang

        size = self.page_size

        def fetch() -> tuple[int, Page | None]:
            first = load(0)
            # a first page that is not full is the whole result: no count query needed
            full = len(first.rows) >= size
            total = service.count(actor, query) if full else len(first.rows)
            formatting.count(total, lang)  # loads the locale data here, not while painting
            return total, (first if total else None)

        self._loading = True
        self.worker.submit(
            fetch,
            lambda result: self._started(generation, query, result, reset_columns),
            self._failed,
        )

    def _started(
        self,
        generation: int,
        query: CustomerQuery,
        result: tuple[int, Page | None],
        reset_columns: bool,
    ) -> None:
        if generation != self._generation:
            return
        total, first = result
        self._loading = False
        self.beginResetModel()
        self._query = query
        self._total = total
        self._pages.clear()
        self._recent = -1
        self._wanted.clear()
        if first is not None:
            self._pages[0] = first
        self.endResetModel()
        if reset_columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        self.countChanged.emit(total)
        self.queryFinished.emit()
        self._schedule()

    def _refreshed(self, generation: int, result: tuple[int, dict[int, Page]]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        total, pages = result
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        for number in [n for n in self._pages if n not in pages]:
            del self._pages[number]
        self._recent = -1
        last_column = len(self._columns) - 1
        for number, page in pages.items():
            old = self._pages.get(number)
            self._pages[number] = page
            first_row = number * self.page_size
            for i, new_row in enumerate(page.rows):
                if old is None or i >= len(old.rows) or old.rows[i] != new_row:
                    self.dataChanged.emit(
                        self.index(first_row + i, 0), self.index(first_row + i, last_column)
                    )
        self.countChanged.emit(total)
        self.queryFinished.emit()
        self._schedule()

    def _want(self, number: int) -> None:
        if number in self._wanted:
            self._wanted.remove(number)
        self._wanted.append(number)
        self._schedule()

    def _schedule(self) -> None:
        if self._wanted and not self._loading and not self._pump_timer.isActive():
            self._pump_timer.start()

    def _pump(self) -> None:
        """Fetch the pages asked for most recently (a fast scroll skips the ones between)."""
        if self._loading or not self._wanted:
            return
        numbers = [n for n in self._wanted[-3:] if n not in self._pages]
        self._wanted.clear()
        if not numbers:
            return
        generation = self._generation
        load = self._loader(self._query)

        def fetch() -> dict[int, Page]:
            return {n: load(n) for n in numbers}

        self._loading = True
        self.worker.submit(
            fetch, lambda result: self._pages_arrived(generation, result), self._failed
        )

    def _pages_arrived(self, generation: int, result: dict[int, Page]) -> None:
        self._loading = False
        if generation != self._generation:
            self._schedule()
            return
        last_column = len(self._columns) - 1
        for number, page in result.items():
            self._pages[number] = page
            first_row = number * self.page_size
            last_row = min(first_row + len(page.rows), self._total) - 1
            if last_row >= first_row:
                self.dataChanged.emit(self.index(first_row, 0), self.index(last_row, last_column))
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        self._recent = -1
        self._schedule()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        text = exc.text(self.ctx.lang) if hasattr(exc, "text") else str(exc)
        self.failed.emit(text)

    @staticmethod
    def _raw(row: CustomerRow, column: ListColumn) -> Any:
        if column.field is not None:
            return row.custom.get(column.key)
        assert column.builtin is not None
        return getattr(row, column.builtin.value)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        RAW_ROLE,
        ID_ROLE,
        LOADED_ROLE,
    }
)
