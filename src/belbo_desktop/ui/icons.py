"""Icons from ``resources/icons`` (SVG line icons with one stroke colour).

Line icons are drawn in a colour that suits the light or dark palette, and white when
selected, so they stay visible on the highlight colour of lists and navigation. A missing
file gives an empty icon, so a module may name an icon before it exists.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from belbo_desktop.resources import resource
from belbo_desktop.ui.style import icon_color

_SIZES = (16, 20, 22, 24, 32, 48)
_STROKE = re.compile(r'stroke="#[0-9a-fA-F]{3,6}"')


def _add_rendering(icon: QIcon, svg: str, color: str, mode: QIcon.Mode) -> None:
    """Add ``svg`` drawn with stroke ``color`` as the icon's pixmaps for ``mode``."""
    renderer = QSvgRenderer(QByteArray(_STROKE.sub(f'stroke="{color}"', svg).encode()))
    for size in _SIZES:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(QSize(size, size) * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap, mode)


@cache
def _load(name: str, color: str) -> QIcon:
    svg = resource("icons", f"{name}.svg")
    if svg.exists():
        text = svg.read_text(encoding="utf-8")
        if not _STROKE.search(text):
            return QIcon(str(svg))
        icon = QIcon()
        _add_rendering(icon, text, color, QIcon.Mode.Normal)
        _add_rendering(icon, text, "#ffffff", QIcon.Mode.Selected)
        return icon
    png = resource("icons", f"{name}.png")
    return QIcon(str(png)) if png.exists() else QIcon()


def icon(name: str) -> QIcon:
    if not name:
        return QIcon()
    return _load(name.removesuffix(".svg").removesuffix(".png"), icon_color())
