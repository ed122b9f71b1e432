"""Belege: the till's receipts, newest first, found by number or customer; show one
again, or cancel it by a reversal (Storno)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import Right
from belbo_desktop.services.till.journal import JournalRow, SalesQuery
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till import output
from belbo_desktop.ui.till.sales_table import PAGE, SalesTable


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
        self.resize(980, 620)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Belegnummer oder Kunde (Name, Nummer, Telefon)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(40)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.table = SalesTable(ctx.lang, with_customer=True)
        self.table.selection_changed.connect(self._update)
        self.table.activated.connect(self.show_selected)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
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
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        query = SalesQuery(text=self.search.text())
        journal = self.ctx.app.sales_journal
        self.table.load(lambda after: journal.page(self.ctx.actor, query, after, PAGE))
        found = bool(self.table.rows)
        self.table.setVisible(found)
        self.empty.setVisible(not found)
        self.empty.setText(
            self.tr("Kein Beleg passt zu „%s“.") % query.text.strip()
            if query.text.strip()
            else self.tr("Noch keine Belege.")
        )
        self._update()

    def selected(self) -> JournalRow | None:
        return self.table.selected()

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
