"""Kundenakte: one customer's file with its tabs (skeleton; filled in below)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from belbo_desktop.ui.context import UiContext


class CustomerFile(QWidget):
    closeRequested = Signal()
    saved = Signal(uuid.UUID)

    def __init__(
        self, ctx: UiContext, customer_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(str(customer_id)))

    def confirm_leave(self) -> bool:
        return True
