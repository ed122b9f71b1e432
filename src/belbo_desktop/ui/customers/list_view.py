"""Kunden: search-as-you-type over all customers, keyboard first.

Typing anywhere in the list goes to the search field; arrows move in the table, Enter
opens the customer file, Esc clears the search. The first keystroke after a pause
searches at once; keystrokes arriving while a search runs are folded into one.

The context menu (right click, the menu key or Shift+F10) opens a file and starts the
merge of duplicates: "Mit anderem Kunden zusammenführen…" picks the other file, and with
two rows selected "Diese beiden zusammenführen…" goes straight to the comparison.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.rights import Right
from belbo_desktop.services.customers import CustomerQuery, CustomerRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.list_model import (
    DEFAULT_COLUMNS,
    Column,
    CustomerListModel,
    ListColumn,
    builtin_columns,
    custom_column,
)
from belbo_desktop.ui.i18n import Preferences
from belbo_desktop.ui.icons import icon

#: quiet time after a keystroke before searching, when a search is still running
DEBOUNCE_MS = 120


class CustomerListView(QWidget):
    """The list of all customers with its search field; emits ``openRequested``."""

    openRequested = Signal(uuid.UUID)
    newRequested = Signal()
    #: a merge started from the list finished; the surviving file's id
    merged = Signal(uuid.UUID)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = Preferences(ctx.app.paths)
        self._fields = ctx.app.custom_fields.list_fields(ctx.actor)
        self.model = CustomerListModel(ctx, self._saved_columns(), parent=self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Suchen: Name, Kundennummer, E-Mail oder Telefon (Strg+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Kunden suchen"))
        self.search.setMinimumWidth(320)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl Treffer"))
        self.archived = QCheckBox(self.tr("Archivierte zeigen"))

        self.columns_button = QToolButton()
        self.columns_button.setIcon(icon("columns"))
        self.columns_button.setToolTip(self.tr("Spalten auswählen"))
        self.columns_button.setAccessibleName(self.tr("Spalten auswählen"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self.columns_button)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)

        self.new_button = QPushButton(icon("add"), self.tr("Neuer Kunde"))
        self.new_button.setToolTip(self.tr("Neuen Kunden anlegen (Strg+N)"))
        why = ctx.actor.why_not(Right.EDIT_CUSTOMERS, ctx.lang)
        if why:
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(why)
        self.new_button.clicked.connect(self.newRequested)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Kundenliste"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # two rows (Ctrl+click) can be merged from the context menu
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.context_menu_: QMenu | None = None
        self.merge_picker: QWidget | None = None  # reachable for tests and screenshots
        self.merge_dialog: QWidget | None = None
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.archived)
        top.addWidget(self.columns_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(self._text_changed)
        self.archived.toggled.connect(lambda _on: self._search_now())
        self.model.countChanged.connect(self._show_count)
        self.model.queryFinished.connect(self._select_first)
        self.model.queryFinished.connect(self._search_pending)
        self.model.failed.connect(self.count_label.setText)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)

        self._size_columns()
        self.model.set_query(CustomerQuery())
        self.setFocusProxy(self.search)

    # --- public -----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.refresh()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def selected_rows(self, at_most: int | None = None) -> list[CustomerRow]:
        """The selected customers in list order, the first ``at_most`` of them (rows not
        loaded yet are left out).

        Read from the selection's ranges, not index by index: Ctrl+A on 200,000 customers
        is one range, and only the rows looked at ask the model for their pages.
        """
        numbers: set[int] = set()
        selection = self.table.selectionModel().selection()
        for i in range(selection.count()):
            span = selection.at(i)
            rows = range(span.top(), span.bottom() + 1)
            numbers.update(rows[:at_most])
        chosen = sorted(numbers)[:at_most]
        return [r for r in (self.model.row_at(i) for i in chosen) if r is not None]

    # --- context menu and merging ----------------------------------------------------

    def context_menu(self) -> QMenu:
        """The menu for the current selection (built fresh each time, shown by the caller)."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a disabled entry says why
        rows = self.selected_rows(at_most=3)  # one, two, or too many
        why_not = self.ctx.actor.why_not(Right.MERGE_CUSTOMERS, self.ctx.lang)
        open_action = menu.addAction(self.tr("Kundenakte öffnen"))
        open_action.setEnabled(len(rows) == 1)
        if len(rows) == 1:
            open_action.triggered.connect(lambda: self.openRequested.emit(rows[0].id))
        menu.addSeparator()
        if len(rows) >= 2:
            action = menu.addAction(self.tr("Diese beiden zusammenführen…"))
            why = why_not
            if why is None and len(rows) > 2:
                why = self.tr("Bitte genau zwei Kunden markieren (Strg+Klick).")
            if why is None and all(r.archived for r in rows):
                why = self.tr("Archivierte Kunden können nicht zusammengeführt werden.")
            if why is None:
                older, newer = sorted(rows[:2], key=lambda r: (r.archived, r.number))
                action.triggered.connect(lambda: self.merge_pair(older.id, newer.id))
            self._explain(
                action,
                why,
                self.tr("Beide Akten vergleichen; die ältere bleibt erhalten (tauschbar)."),
            )
        else:
            action = menu.addAction(self.tr("Mit anderem Kunden zusammenführen…"))
            why = why_not
            if why is None and not rows:
                why = self.tr("Bitte zuerst einen Kunden markieren.")
            if why is None and rows[0].archived:
                why = self.tr("Archivierte Kunden können nicht zusammengeführt werden.")
            if why is None:
                row = rows[0]
                action.triggered.connect(lambda: self.merge_with_other(row))
            self._explain(
                action,
                why,
                self.tr("Eine Dublette suchen und in diese Akte übernehmen."),
            )
        return menu

    @staticmethod
    def _explain(action: QAction, why: str | None, what: str) -> None:
        """Enable the entry, or disable it and say why: as its tooltip and, because a
        touch screen shows no tooltips, as a greyed line right under it."""
        action.setEnabled(why is None)
        action.setToolTip(why or what)
        action.setStatusTip(why or what)
        menu = action.parent()
        if why is not None and isinstance(menu, QMenu):
            reason = menu.addAction(why)
            reason.setEnabled(False)
            font = reason.font()
            font.setItalic(True)
            reason.setFont(font)

    def _show_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if self.context_menu_ is not None:
            self.context_menu_.deleteLater()
        self.context_menu_ = self.context_menu()
        self.context_menu_.popup(self.table.viewport().mapToGlobal(pos))

    def merge_with_other(self, row: CustomerRow) -> None:
        """The merge flow of the customer file: pick the duplicate, then compare."""
        from belbo_desktop.ui.customers.merge_dialog import CustomerPicker

        picker = CustomerPicker(self.ctx, row.id, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_picker = picker
        picker.set_text(row.last_name)

        def chosen() -> None:
            if picker.chosen is not None:
                self.merge_pair(row.id, picker.chosen)

        picker.accepted.connect(chosen)
        picker.finished.connect(lambda _code: setattr(self, "merge_picker", None))
        picker.open()

    def merge_pair(self, survivor_id: uuid.UUID, duplicate_id: uuid.UUID) -> None:
        """The comparison of two files; on a merge the list drops the duplicate."""
        from belbo_desktop.ui.customers.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, survivor_id, duplicate_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_dialog = dialog

        def accepted() -> None:
            result = dialog.result_
            if result is not None:
                self.model.refresh()
                self.merged.emit(result.survivor_id)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: setattr(self, "merge_dialog", None))
        dialog.open()

    # --- search -----------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        if self.model.is_idle() and not self._debounce.isActive():
            self._search_now()  # first keystroke after a pause: no waiting
        else:
            self._debounce.start()

    def _search_pending(self) -> None:
        """Keystrokes that came while a search ran: search for the latest text right away."""
        if self._debounce.isActive():
            self._search_now()

    def _search_now(self) -> None:
        self._debounce.stop()
        query = CustomerQuery(
            text=self.search.text(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
            include_archived=self.archived.isChecked(),
        )
        if query != self.model.query or not self.model.is_idle():
            self.model.set_query(query)

    def _show_count(self, total: int) -> None:
        n = formatting.count(total, self.ctx.lang)
        if self.model.query.text.strip():
            text = self.tr("%n Treffer", "", total).replace(str(total), n)
        else:
            text = self.tr("%n Kunden", "", total).replace(str(total), n)
        self.count_label.setText(text)

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        columns = self.model.columns()
        if 0 <= section < len(columns) and columns[section].sort is None:
            # custom fields cannot be sorted: put the indicator back where the order is
            current = next(
                (i for i, c in enumerate(columns) if c.sort is self.model.query.sort), -1
            )
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                current,
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    # --- keyboard ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.table.currentIndex()
            if index.isValid():
                self._open_row(index.row())
                return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.search.setFocus()
            return True
        if watched is self.search and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            self.table.setFocus()
            self._select_first()
            return key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        if (
            watched is self.table
            and event.text()
            and event.text().isprintable()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        ):
            # typing in the table goes on in the search field
            self.search.setFocus()
            self.search.insert(event.text())
            return True
        return super().eventFilter(watched, event)

    def _open_row(self, row: int) -> None:
        customer_id = self.model.customer_id(row)
        if customer_id is not None:
            self.openRequested.emit(customer_id)

    # --- columns ----------------------------------------------------------------------

    def _saved_columns(self) -> list[ListColumn]:
        saved = self.prefs.list_columns()
        by_key: dict[str, ListColumn] = {c.key: c for c in builtin_columns(list(Column))}
        by_key.update({f.key: custom_column(f) for f in self._fields})
        if not saved:
            return builtin_columns(DEFAULT_COLUMNS)
        chosen = [by_key[k] for k in saved if k in by_key]
        return chosen or builtin_columns(DEFAULT_COLUMNS)

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        shown = {c.key for c in self.model.columns()}
        for column in builtin_columns(list(Column)):
            self._column_action(column, column.key in shown)
        if self._fields:
            self.columns_menu.addSection(self.tr("Kundenfelder"))
            for f in self._fields:
                self._column_action(custom_column(f), f.key in shown)

    def _column_action(self, column: ListColumn, checked: bool) -> None:
        action = self.columns_menu.addAction(column.title)
        action.setCheckable(True)
        action.setChecked(checked)
        if column.builtin is Column.LAST_NAME:
            action.setEnabled(False)  # the list always shows who it is
        action.toggled.connect(lambda on, c=column: self._toggle_column(c, on))

    def _toggle_column(self, column: ListColumn, on: bool) -> None:
        columns = [c for c in self.model.columns() if c.key != column.key]
        if on:
            order = [c.key for c in builtin_columns(list(Column))] + [f.key for f in self._fields]
            columns.append(column)
            columns.sort(key=lambda c: order.index(c.key) if c.key in order else len(order))
        self.prefs.set_list_columns([c.key for c in columns])
        self.model.set_columns(columns)
        self._size_columns()

    def _size_columns(self) -> None:
        metrics = self.fontMetrics()
        widths = {
            Column.NUMBER: metrics.horizontalAdvance("0000000") + 24,
            Column.LAST_NAME: metrics.horizontalAdvance("x" * 19) + 24,
            Column.FIRST_NAME: metrics.horizontalAdvance("x" * 15) + 24,
            Column.PHONE: metrics.horizontalAdvance("+49 0000 0000000") + 24,
            Column.EMAIL: metrics.horizontalAdvance("x" * 30) + 24,
            Column.BIRTHDAY: metrics.horizontalAdvance("00.00.0000") + 40,
            Column.CITY: metrics.horizontalAdvance("x" * 16) + 24,
            Column.CREATED: metrics.horizontalAdvance("00.00.0000") + 40,
            Column.UPDATED: metrics.horizontalAdvance("00.00.0000") + 40,
        }
        for i, column in enumerate(self.model.columns()):
            width = widths.get(column.builtin) if column.builtin else None
            self.table.setColumnWidth(i, width or metrics.horizontalAdvance("M" * 12) + 24)
        sort_column = next(
            (i for i, c in enumerate(self.model.columns()) if c.sort is self.model.query.sort), 1
        )
        self.table.horizontalHeader().setSortIndicator(
            sort_column,
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder,
        )
