"""A barcode/QR scanner types like a keyboard and ends with Enter, into whatever has focus.

:class:`ScanCatcher` watches key presses inside one screen. Characters that arrive
faster than a person types (a few milliseconds apart) and end with Enter form a scan;
if they read as a voucher code, the scan is handed over, the characters are taken out
of the text field they landed in, and the Enter is swallowed (so it presses nothing).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from belbo_desktop.domain.bonus import parse_customer_code
from belbo_desktop.domain.vouchers import InvalidCode, keyboard_layout_variant, normalise_code

MAX_GAP_S = 0.05  # people type slower than one key per 50 ms; scanners much faster
MIN_LENGTH = 12


class ScanCatcher(QObject):
    def __init__(
        self,
        screen: QWidget,
        on_scan: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.on_scan = on_scan
        self.clock = clock
        self.buffer = ""
        self.last = 0.0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        screen.destroyed.connect(lambda *_: self._detach())

    def _detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _inside(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and (obj is self.screen or self.screen.isAncestorOf(obj))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._inside(obj):
            return False
        if not self.screen.isVisible():
            return False
        assert isinstance(event, QKeyEvent)
        now = self.clock()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            scanned, self.buffer = self.buffer, ""
            if len(scanned) >= MIN_LENGTH and now - self.last <= MAX_GAP_S * 4:
                if not _is_code(scanned) and parse_customer_code(scanned) is None:
                    return False  # neither a voucher nor a bonus card (which opens its customer)
                self._take_back(obj, scanned)
                self.on_scan(scanned)
                return True
            return False
        text = event.text()
        if not text or not text.isprintable():
            return False
        if now - self.last > MAX_GAP_S:
            self.buffer = ""
        self.buffer += text
        self.last = now
        return False

    @staticmethod
    def _take_back(obj: QObject, scanned: str) -> None:
        """Remove the scanned characters from the text field they were typed into."""
        if isinstance(obj, QLineEdit) and obj.text().endswith(scanned):
            obj.setText(obj.text()[: -len(scanned)])
        elif isinstance(obj, QPlainTextEdit | QTextEdit):
            text = obj.toPlainText()
            if text.endswith(scanned):
                obj.setPlainText(text[: -len(scanned)])


def _is_code(text: str) -> bool:
    """A well-formed voucher code, also when typed by a scanner set to another keyboard
    layout (Y and Z swapped)."""
    for candidate in (text, keyboard_layout_variant(text)):
        if candidate is None:
            continue
        try:
            normalise_code(candidate)
        except InvalidCode:
            continue
        return True
    return False
