"""Kundenakte > Einkäufe: the customer's receipts, newest first, each one to open again."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from belbo_desktop.domain.rights import Right
from belbo_desktop.services.till.journal import SalesQuery
from belbo_desktop.ui import formatting as fmt
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.till import output
from belbo_desktop.ui.till.sales_table import PAGE, SalesTable


class CustomerSalesTab(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        customer_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.open_url = open_url
        self.table = SalesTable(ctx.lang)
        self.table.selection_changed.connect(self._update)
        self.table.activated.connect(self.show_selected)
        self.empty = QLabel(self.tr("Dieser Kunde hat noch nichts gekauft."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.show_button = QPushButton(self.tr("Beleg anzeigen"))
        self.show_button.clicked.connect(self.show_selected)
        why = ctx.actor.why_not(Right.SELL, ctx.lang)
        self.show_button.setToolTip(why or "")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        query = SalesQuery(customer_id=self.customer_id)
        journal = self.ctx.app.sales_journal
        self.table.load(lambda after: journal.page(self.ctx.actor, query, after, PAGE))
        rows = self.table.rows
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            last = [r for r in rows if not r.reverses_receipt_no and not r.reversed]
            self.summary.setText(
                self.tr("Letzter Einkauf: %s") % fmt.date(last[0].finished_at, self.ctx.lang)
                if last
                else ""
            )
        self._update()

    def _update(self) -> None:
        self.show_button.setEnabled(
            self.table.selected() is not None and self.ctx.actor.can(Right.SELL)
        )

    def show_selected(self) -> None:
        sale = self.table.selected()
        if sale is None or not self.ctx.actor.can(Right.SELL):
            return
        receipt = self.ctx.app.till.receipt(self.ctx.actor, sale.id)
        output.open_file(output.receipt_pdf(self.ctx.app, receipt), self.open_url)
