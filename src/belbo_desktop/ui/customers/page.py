"""The Kunden section: the list, and the customer file opened from it in its place."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.list_view import CustomerListView

if TYPE_CHECKING:  # the file's tabs are imported when the first file is opened
    from belbo_desktop.ui.customers.file import CustomerFile


class CustomersPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = CustomerListView(ctx)
        self.file: CustomerFile | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.list.openRequested.connect(self.open_customer)
        self.list.newRequested.connect(self.new_customer)
        self.setFocusProxy(self.list)

    def open_customer(self, customer_id: uuid.UUID) -> CustomerFile | None:
        if not self.can_leave():
            return None
        try:
            from belbo_desktop.ui.customers.file import CustomerFile

            file = CustomerFile(self.ctx, customer_id)
        except BelboError as exc:  # e.g. erased or moved meanwhile
            QMessageBox.warning(self, self.tr("Kundenakte"), exc.text(self.ctx.lang))
            self.list.refresh()
            return None
        return self._show_file(file)

    def new_customer(self) -> CustomerFile | None:
        if not self.can_leave():
            return None
        from belbo_desktop.ui.customers.file import CustomerFile

        return self._show_file(CustomerFile(self.ctx, None))

    def _show_file(self, file: CustomerFile) -> CustomerFile:
        self._drop_file()
        self.file = file
        file.closeRequested.connect(self.show_list)
        file.saved.connect(lambda _id: self.list.refresh())
        file.openRequested.connect(self.open_customer)
        self.stack.addWidget(file)
        self.stack.setCurrentWidget(file)
        file.setFocus()
        return file

    def show_list(self) -> bool:
        """Back to the list (asks about unsaved changes first)."""
        if not self.can_leave():
            return False
        self._drop_file()
        self.stack.setCurrentWidget(self.list)
        self.list.focus_search()
        return True

    def _drop_file(self) -> None:
        if self.file is not None:
            self.file.worker.cancel()  # a late duplicate check must not reach a deleted file
            self.stack.removeWidget(self.file)
            self.file.deleteLater()
            self.file = None

    def can_leave(self) -> bool:
        """True when nothing unsaved would be lost (the user may have saved or discarded)."""
        return self.file is None or self.file.confirm_leave()

    def focus_search(self) -> None:
        if self.show_list():
            self.list.focus_search()

    def new(self) -> None:
        self.new_customer()
