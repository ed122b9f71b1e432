"""Belege: the latest receipts; show one again, or cancel it by a reversal (Storno)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.till import SaleSummary
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till import output


class JournalDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        ask_reason: Callable[[QWidget], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open_url = open_url
        self.ask_reason = ask_reason or self._ask_reason
        self.setWindowTitle(self.tr("Belege"))
        self.resize(720, 520)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Beleg"),
                self.tr("Zeit"),
                self.tr("Betrag"),
                self.tr("Kunde"),
                self.tr("Hinweis"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update)
        self.show_button = QPushButton(self.tr("Beleg anzeigen"))
        self.show_button.setMinimumHeight(48)
        self.show_button.clicked.connect(self.show_selected)
        self.storno_button = QPushButton(self.tr("Stornieren …"))
        self.storno_button.setMinimumHeight(48)
        self.storno_button.clicked.connect(self.reverse_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addWidget(self.storno_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.sales: list[SaleSummary] = []
        self.reload()

    def reload(self) -> None:
        lang = self.ctx.lang
        self.sales = self.ctx.app.till.recent(self.ctx.actor, 100)
        self.table.setRowCount(len(self.sales))
        for r, sale in enumerate(self.sales):
            note = ""
            if sale.reverses_receipt_no:
                note = self.tr("Storno zu Beleg %d") % sale.reverses_receipt_no
            elif sale.reversed:
                note = self.tr("storniert")
            values = (
                f"{sale.receipt_no} · {sale.till_name}",
                fmt.datetime(sale.finished_at, lang),
                fmt.money(sale.total, lang),
                sale.customer_name or "",
                note,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self._update()

    def selected(self) -> SaleSummary | None:
        row = self.table.currentRow()
        return self.sales[row] if 0 <= row < len(self.sales) else None

    def _update(self) -> None:
        sale = self.selected()
        self.show_button.setEnabled(sale is not None)
        why = self.ctx.actor.why_not(Right.CANCEL_SALES, self.ctx.lang)
        can = (
            why is None and sale is not None and not sale.reversed and not sale.reverses_receipt_no
        )
        self.storno_button.setEnabled(can)
        self.storno_button.setToolTip(why or "")

    def show_selected(self) -> None:
        sale = self.selected()
        if sale is None:
            return
        receipt = self.ctx.app.till.receipt(self.ctx.actor, sale.id)
        output.open_file(output.receipt_pdf(self.ctx.app, receipt), self.open_url)

    def reverse_selected(self) -> None:
        sale = self.selected()
        if sale is None:
            return
        reason = self.ask_reason(self)
        if reason is None:
            return
        try:
            result = self.ctx.app.till.reverse(self.ctx.actor, sale.id, reason)
        except BelboError as exc:
            self.message.setText(exc.text(self.ctx.lang))
            self.message.setStyleSheet("color: #b42318;")
            return
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Beleg %d storniert mit Storno-Beleg %d.")
            % (sale.receipt_no, result.receipt_no)
        )
        self.reload()

    def _ask_reason(self, parent: QWidget) -> str | None:
        text, ok = QInputDialog.getText(
            parent, self.tr("Stornieren"), self.tr("Grund für das Storno:")
        )
        return text if ok else None
