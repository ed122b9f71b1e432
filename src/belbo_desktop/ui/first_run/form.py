"""Form rows with their message right under the field, as the first-run dialogs show them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def field_with_error(field: QWidget, error: QLabel) -> QWidget:
    """The field and, below it, its (usually hidden) message; one row of a QFormLayout."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def fit_height(dialog: QWidget) -> None:
    """Size a dialog with wrapped texts to its content at its actual width.

    ``adjustSize`` takes the height of the narrow size hint, where wrapped labels are
    tall; at the real (minimum) width they need less, and the rest would be blank.
    """
    dialog.adjustSize()
    height = dialog.heightForWidth(dialog.width())
    if height > 0:
        dialog.resize(dialog.width(), max(height, dialog.minimumSizeHint().height()))
