"""Icons from ``resources/icons`` (SVG line icons with one stroke colour).

Each icon also gets a white variant for the selected state, so it stays visible on
the highlight colour of lists and navigation. A missing file gives an empty icon, so a
module may name an icon before it exists.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from belbo_desktop.resources import resource

_SIZES = (16, 20, 22, 24, 32, 48)
_STROKE = re.compile(r'stroke="#[0-9a-fA-F]{3,6}"')


def _add_white(icon: QIcon, svg: str) -> None:
    """Add a white rendering of ``svg`` as the icon's Selected mode."""
    renderer = QSvgRenderer(QByteArray(_STROKE.sub('stroke="#ffffff"', svg).encode()))
    for size in _SIZES:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(QSize(size, size) * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap, QIcon.Mode.Selected)


@cache
def _load(name: str) -> QIcon:
    svg = resource("icons", f"{name}.svg")
    if svg.exists():
        icon = QIcon(str(svg))
        text = svg.read_text(encoding="utf-8")
        if _STROKE.search(text):
            _add_white(icon, text)
        return icon
    png = resource("icons", f"{name}.png")
    return QIcon(str(png)) if png.exists() else QIcon()


def icon(name: str) -> QIcon:
    if not name:
        return QIcon()
    return _load(name.removesuffix(".svg").removesuffix(".png"))
