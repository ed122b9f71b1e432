"""Helpers for GUI tests: typing any text, waiting for workers, answering a message box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, umlauts included (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier | None = None) -> None:
    mods = modifiers if modifiers is not None else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, mods))


def wait_for(qtbot: QtBot, condition: Callable[[], bool], timeout: int = 5000) -> None:
    qtbot.waitUntil(condition, timeout=timeout)


def answer_next_message_box(
    button: QMessageBox.StandardButton, seen: list[str] | None = None
) -> None:
    """Click ``button`` in the next modal message box as soon as it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        if seen is not None:
            seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(20, click)
