"""Form editors for the customer file: one per built-in field and per custom field type.

Every editor gives its value as text (or bool / None) exactly as the service expects it
in ``CustomerInput`` and shows the service's message for its key underneath.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.domain.custom_fields import FieldType
from belbo_desktop.services.custom_fields import CustomField
from belbo_desktop.ui.style import error_color


class FieldEditor(QWidget):
    """An input with its error line below; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, key: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.editor = editor
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(f"QLabel#fieldError {{ color: {error_color()}; }}")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.setAccessibleDescription(text or "")


class LineEditor(FieldEditor):
    def __init__(self, key: str, placeholder: str = "", max_length: int = 0) -> None:
        line = QLineEdit()
        if placeholder:
            line.setPlaceholderText(placeholder)
        if max_length:
            line.setMaxLength(max_length)
        super().__init__(key, line)
        self.line = line
        line.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: object) -> None:
        self.line.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class TextEditor(FieldEditor):
    def __init__(self, key: str, lines: int = 4) -> None:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(text.fontMetrics().lineSpacing() * lines + 14)
        super().__init__(key, text)
        self.text = text
        text.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: object) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText("" if value is None else str(value))
        self.text.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)


class DateEditor(LineEditor):
    """A date typed as ``TT.MM.JJJJ``; empty means no date (a QDateEdit cannot be empty)."""

    def __init__(self, key: str, lang: str) -> None:
        placeholder = QCoreApplication.translate("CustomerEditors", "TT.MM.JJJJ")
        super().__init__(key, placeholder, 10)
        self.lang = lang

    def set_value(self, value: object) -> None:
        if isinstance(value, dt.date):
            self.line.setText(value.strftime("%d.%m.%Y"))
        elif isinstance(value, str) and value:
            try:
                self.line.setText(dt.date.fromisoformat(value).strftime("%d.%m.%Y"))
            except ValueError:
                self.line.setText(value)
        else:
            self.line.setText("")


class CheckEditor(FieldEditor):
    def __init__(self, key: str, text: str) -> None:
        box = QCheckBox(text)
        super().__init__(key, box)
        self.box = box
        box.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: object) -> None:
        self.box.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """A list of choices with an empty first entry (no value); values are stored as given."""

    def __init__(self, key: str, choices: list[tuple[str, object]]) -> None:
        combo = QComboBox()
        combo.addItem("–", None)
        for text, data in choices:
            combo.addItem(text, data)
        super().__init__(key, combo)
        self.combo = combo
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> object:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        index = self.combo.findData(value) if value not in (None, "") else 0
        if index < 0:  # a stored value no longer among the choices: keep it visible
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


def custom_editor(f: CustomField, lang: str) -> FieldEditor:
    """The typed editor for a custom field, with its help text as tooltip."""
    editor: FieldEditor
    match f.field_type:
        case FieldType.LONG_TEXT:
            editor = TextEditor(f.key, 3)
        case FieldType.NUMBER:
            editor = LineEditor(
                f.key, QCoreApplication.translate("CustomerEditors", "Zahl, z. B. 12,5")
            )
        case FieldType.DATE:
            editor = DateEditor(f.key, lang)
        case FieldType.YES_NO:
            editor = ChoiceEditor(
                f.key,
                [
                    (QCoreApplication.translate("CustomerEditors", "Ja"), "1"),
                    (QCoreApplication.translate("CustomerEditors", "Nein"), "0"),
                ],
            )
        case FieldType.CHOICE:
            editor = ChoiceEditor(f.key, [(c, c) for c in f.choices])
        case _:
            editor = LineEditor(f.key)
    if f.help_text:
        editor.editor.setToolTip(f.help_text)
    editor.editor.setAccessibleName(f.label)
    return editor


def stored_to_editor(f: CustomField, stored: str | None) -> object:
    """The canonical stored text as the editor shows it (decimal comma for numbers)."""
    if stored is None:
        return None
    if f.field_type is FieldType.NUMBER and "." in stored:
        return stored.replace(".", ",")
    return stored
