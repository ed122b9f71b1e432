"""A table of receipts from the sales journal that loads the next page as it is
scrolled to the end; shared by the customer file's Einkäufe tab and the Belege dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from belbo_desktop.domain.sales import PaymentMethod
from belbo_desktop.services.till.journal import JournalCursor, JournalPage, JournalRow
from belbo_desktop.ui import formatting as fmt

#: Loads one page after the cursor (None: the first page).
PageLoader = Callable[[JournalCursor | None], JournalPage]
PAGE = 50


class SalesTable(QTableWidget):
    """Date, receipt, items, amount, payment, note (and the customer, if asked for)."""

    selection_changed = Signal()
    activated = Signal()

    def __init__(
        self, lang: str, *, with_customer: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(0, 0, parent)
        self.lang = lang
        self.with_customer = with_customer
        headers = [self.tr("Datum"), self.tr("Beleg"), self.tr("Positionen")]
        if with_customer:
            headers.append(self.tr("Kunde"))
        headers += [self.tr("Betrag"), self.tr("Zahlart"), self.tr("Hinweis")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self._amount_column = headers.index(self.tr("Betrag"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(36)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.itemSelectionChanged.connect(self.selection_changed)
        self.itemDoubleClicked.connect(lambda _item: self.activated.emit())
        self.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.rows: list[JournalRow] = []
        self._loader: PageLoader | None = None
        self._next: JournalCursor | None = None

    def load(self, loader: PageLoader) -> None:
        """Start over with ``loader``'s first page."""
        self._loader = loader
        self.rows = []
        self.setRowCount(0)
        self._append(loader(None))

    def has_more(self) -> bool:
        return self._next is not None

    def load_more(self) -> None:
        if self._loader is not None and self._next is not None:
            self._append(self._loader(self._next))

    def selected(self) -> JournalRow | None:
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.selectedItems() else None

    def _maybe_more(self, value: int) -> None:
        if value >= self.verticalScrollBar().maximum() - 2:
            self.load_more()

    def _append(self, page: JournalPage) -> None:
        self._next = page.next
        start = len(self.rows)
        self.rows.extend(page.rows)
        self.setRowCount(len(self.rows))
        for offset, row in enumerate(page.rows):
            self._fill(start + offset, row)
        self._fill_view()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fill_view()

    def _fill_view(self) -> None:
        """A page that does not fill a shown table leaves nothing to scroll: load on."""
        if self.isVisible() and self._next is not None and self.verticalScrollBar().maximum() == 0:
            self.load_more()

    def _fill(self, r: int, row: JournalRow) -> None:
        values = [
            fmt.datetime(row.finished_at, self.lang),
            f"{row.receipt_no} · {row.till_name}" if row.till_name else str(row.receipt_no),
            ", ".join(row.items),
        ]
        if self.with_customer:
            values.append(row.customer_name or "")
        values += [
            fmt.money(row.total, self.lang),
            " + ".join(
                ([self.tr("Gutschein")] if row.voucher_paid else [])
                + [self._method(m) for m in row.payments]
            ),
            self._note(row),
        ]
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c == 2:
                item.setToolTip("\n".join(row.items))
            if c == self._amount_column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, c, item)

    def _method(self, method: PaymentMethod) -> str:
        return {PaymentMethod.CASH: self.tr("bar"), PaymentMethod.CARD: self.tr("Karte")}[method]

    def _note(self, row: JournalRow) -> str:
        if row.reverses_receipt_no:
            return self.tr("Storno zu Beleg %d") % row.reverses_receipt_no
        if row.reversed:
            return self.tr("storniert")
        return ""
