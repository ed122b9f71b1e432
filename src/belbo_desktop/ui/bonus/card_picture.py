"""A stamp card drawn like the paper card: filled circles with their dates, then empty ones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from belbo_desktop.ui import formatting

ACCENT = QColor(140, 59, 97)
PER_ROW = 10
CELL_W = 46
CELL_H = 50
DIAMETER = 28


class CardPicture(QWidget):
    def __init__(
        self,
        needed: int,
        stamp_dates: tuple[dt.datetime, ...],
        *,
        faded: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.needed = needed
        self.dates = stamp_dates
        self.faded = faded
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        filled = min(len(stamp_dates), needed)
        self.setAccessibleName(
            self.tr("%1 von %2 Stempeln").replace("%1", str(filled)).replace("%2", str(needed))
        )
        self.setToolTip(self.accessibleName())

    def _columns(self) -> int:
        return min(self.needed, PER_ROW)

    def _rows(self) -> int:
        return (self.needed + PER_ROW - 1) // PER_ROW

    def sizeHint(self) -> QSize:
        return QSize(self._columns() * CELL_W + 4, self._rows() * CELL_H + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = QColor(ACCENT)
        if self.faded:
            accent.setAlpha(110)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.75))
        for i in range(self.needed):
            row, col = divmod(i, PER_ROW)
            x = 2 + col * CELL_W + (CELL_W - DIAMETER) / 2
            y = 2 + row * CELL_H
            circle = QRectF(x, y, DIAMETER, DIAMETER)
            p.setPen(QPen(accent, 2))
            if i < len(self.dates):
                p.setBrush(accent)
                p.drawEllipse(circle)
                p.setPen(self.palette().color(self.foregroundRole()))
                p.setFont(small)
                p.drawText(
                    QRectF(2 + col * CELL_W, y + DIAMETER + 2, CELL_W, CELL_H - DIAMETER - 4),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    formatting.date(self.dates[i])[:6],
                )
            else:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(circle)
                if i == self.needed - 1:  # the last circle is the reward
                    star = QFont(self.font())
                    star.setPointSizeF(13)
                    p.setFont(star)
                    p.setPen(accent)
                    p.drawText(circle, Qt.AlignmentFlag.AlignCenter, "★")
        p.end()
