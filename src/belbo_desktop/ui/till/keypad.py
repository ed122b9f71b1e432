"""A numeric keypad for touch screens: big keys, no double-click, works with a keyboard too."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from belbo_desktop.domain.money import Money

KEYS = (
    ("7", 0, 0), ("8", 0, 1), ("9", 0, 2),
    ("4", 1, 0), ("5", 1, 1), ("6", 1, 2),
    ("1", 2, 0), ("2", 2, 1), ("3", 2, 2),
    ("0", 3, 0), ("00", 3, 1), (",", 3, 2),
)  # fmt: skip
MAX_DIGITS = 7


class NumericKeypad(QWidget):
    """Enters an amount in euros (``12,50``); ``amount()`` is None while empty or invalid."""

    valueChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.display = QLineEdit()
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.display.setPlaceholderText("0,00 €")
        self.display.setAccessibleName(self.tr("Betrag"))
        self.display.setMinimumHeight(48)
        big = QFont(self.display.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        self.display.setFont(big)
        self.display.textChanged.connect(self.valueChanged)
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.display, 0, 0, 1, 3)
        self.buttons: dict[str, QPushButton] = {}
        key_font = QFont(self.font())
        key_font.setPointSizeF(key_font.pointSizeF() * 1.5)
        for text, row, col in KEYS:
            self._key(grid, text, row + 1, col, key_font, lambda _=False, t=text: self.press(t))
        back = self._key(grid, "⌫", 5, 0, key_font, lambda _=False: self.backspace())
        back.setAccessibleName(self.tr("Letzte Ziffer löschen"))
        back.setToolTip(self.tr("Letzte Ziffer löschen"))
        clear = self._key(grid, "C", 5, 1, key_font, lambda _=False: self.clear(), span=2)
        clear.setAccessibleName(self.tr("Betrag löschen"))
        clear.setToolTip(self.tr("Betrag löschen"))

    def _key(
        self,
        grid: QGridLayout,
        text: str,
        row: int,
        col: int,
        font: QFont,
        slot: object,
        span: int = 1,
    ) -> QPushButton:
        button = QPushButton(text)
        button.setFont(font)
        button.setMinimumSize(64, 52)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scanner's Enter never presses it
        button.setAutoRepeat(text == "⌫")
        button.clicked.connect(slot)
        grid.addWidget(button, row, col, 1, span)
        self.buttons[text] = button
        return button

    def press(self, key: str) -> None:
        text = self.display.text()
        if key == ",":
            if "," not in text:
                self.display.setText((text or "0") + ",")
            return
        whole, _, cents = text.partition(",")
        if "," in text:
            room = 2 - len(cents)
            if room <= 0:
                return
            self.display.setText(text + key[:room])
            return
        if len(whole) + len(key) > MAX_DIGITS:
            return
        new = (whole + key).lstrip("0") or "0"
        self.display.setText(new)

    def backspace(self) -> None:
        self.display.setText(self.display.text()[:-1])

    def clear(self) -> None:
        self.display.clear()

    def text(self) -> str:
        return self.display.text()

    def amount(self) -> Money | None:
        text = self.display.text().strip()
        if not text:
            return None
        try:
            value = Money.parse(text)
        except ValueError:
            return None
        return value if value.cents > 0 else None

    def set_amount(self, amount: Money) -> None:
        self.display.setText(f"{amount.cents // 100},{amount.cents % 100:02d}")
