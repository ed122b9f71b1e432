"""Bonusprogramme (navigation): per program the open cards, stamps given this month,
rewards redeemed and full cards; below, the customers whose card is full."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.services.bonus import FullCardRow, OverviewRow
from belbo_desktop.ui import formatting
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.workers import Worker

ID_ROLE = Qt.ItemDataRole.UserRole


def _item(text: str, *, number: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number is not None:
        item.setData(Qt.ItemDataRole.EditRole, number)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class BonusOverviewPage(QWidget):
    """``openCustomer`` carries a customer id when a row of full cards is activated."""

    openCustomer = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Bonusprogramme"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.refresh_button = QPushButton(self.tr("Aktualisieren"))
        self.refresh_button.clicked.connect(self.reload)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.refresh_button)

        self.programs = _table(
            [
                self.tr("Programm"),
                self.tr("Aktive Karten"),
                self.tr("Stempel diesen Monat"),
                self.tr("Eingelöste Prämien"),
                self.tr("Volle Karten"),
            ]
        )
        self.programs.setAccessibleName(self.tr("Übersicht der Bonusprogramme"))
        self.full = _table(
            [
                self.tr("Kunde"),
                self.tr("Kundennr."),
                self.tr("Programm"),
                self.tr("Stempel"),
                self.tr("Prämie"),
            ]
        )
        self.full.setAccessibleName(self.tr("Kunden mit voller Karte"))
        self.full.itemDoubleClicked.connect(self._open)
        self.full_title = QLabel()
        bold = self.full_title.font()
        bold.setBold(True)
        self.full_title.setFont(bold)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.programs, 1)
        layout.addWidget(self.full_title)
        layout.addWidget(self.full, 4)
        self.worker = Worker(self)
        self._loaded_once = False
        self.reload()

    def reload(self) -> None:
        """Counting every card takes a while at 200,000 customers: done off the GUI thread."""
        bonus, actor = self.ctx.app.bonus, self.ctx.actor
        self.refresh_button.setEnabled(False)
        self.worker.submit(
            lambda: (bonus.overview(actor), bonus.full_card_customers(actor)), self._show
        )

    def _show(self, result: tuple[list[OverviewRow], list[FullCardRow]]) -> None:
        rows, full = result
        self.refresh_button.setEnabled(True)
        lang = self.ctx.lang
        self.programs.setSortingEnabled(False)
        self.programs.setRowCount(len(rows))
        for i, r in enumerate(rows):
            name = r.name
            if r.archived:
                name += self.tr(" (archiviert)")
            elif not r.active:
                name += self.tr(" (inaktiv)")
            self.programs.setItem(i, 0, _item(name))
            for col, value in enumerate(
                (r.active_cards, r.stamps_this_month, r.rewards_redeemed, r.full_cards), start=1
            ):
                self.programs.setItem(i, col, _item(formatting.count(value, lang), number=value))
        self.programs.setSortingEnabled(True)

        self.full_title.setText(
            self.tr("Kunden mit voller Karte (%1)").replace("%1", formatting.count(len(full), lang))
        )
        self.full.setSortingEnabled(False)
        self.full.setRowCount(len(full))
        for i, f in enumerate(full):
            customer = _item(f.customer_name)
            customer.setData(ID_ROLE, f.customer_id)
            self.full.setItem(i, 0, customer)
            self.full.setItem(i, 1, _item(str(f.customer_number), number=f.customer_number))
            self.full.setItem(i, 2, _item(f.program_name))
            self.full.setItem(
                i,
                3,
                _item(
                    self.tr("%1 von %2").replace("%1", str(f.stamps)).replace("%2", str(f.needed)),
                    number=f.stamps,
                ),
            )
            self.full.setItem(i, 4, _item(f.reward_label))
        self.full.setSortingEnabled(True)

    def showEvent(self, event: object) -> None:  # numbers change while other pages work
        super().showEvent(event)  # type: ignore[arg-type]
        if self._loaded_once and self.worker.idle():
            self.reload()
        self._loaded_once = True

    def _open(self, item: QTableWidgetItem) -> None:
        """Open the customer's file on its Bonuskarten tab (when inside the main window)."""
        first = self.full.item(item.row(), 0)
        if first is None:
            return
        customer_id = first.data(ID_ROLE)
        self.openCustomer.emit(customer_id)
        window = self.window()
        show_section = getattr(window, "show_section", None)
        customers = getattr(window, "customers", None)
        if not (callable(show_section) and callable(customers)):
            return
        show_section("customers")
        file = customers().open_customer(customer_id)
        if file is not None and "bonus" in file.tab_keys:
            file.tabs.setCurrentIndex(file.tab_keys.index("bonus"))
