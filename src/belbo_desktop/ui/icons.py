"""Icons from ``resources/icons`` (SVG line icons with one stroke colour).

Line icons are drawn in a colour that suits the light or dark palette, and white when
selected, so they stay visible on the highlight colour of lists and navigation. A missing
file gives an empty icon, so a module may name an icon before it exists.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap, QPixmapCache
from PySide6.QtSvg import QSvgRenderer

from belbo_desktop.resources import resource
from belbo_desktop.ui.style import icon_color

_STROKE = re.compile(r'stroke="#[0-9a-fA-F]{3,6}"')


class _TintedSvgEngine(QIconEngine):
    """Draws a line icon on demand in its colour, white when selected.

    Rendering only the sizes Qt asks for (instead of every size up front) keeps the
    first window fast: a dozen icons times six sizes times two scales was 15 ms."""

    def __init__(self, svg: str, color: str) -> None:
        super().__init__()
        self._svg = svg
        self._color = color
        self._renderers: dict[str, QSvgRenderer] = {}
        # by content, not by object: Qt clones engines, and a freed clone's id comes back
        self._cache_key = f"belbo-icon:{hash((svg, color)):x}"

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        color = "#ffffff" if mode == QIcon.Mode.Selected else self._color
        renderer = self._renderers.get(color)
        if renderer is None:
            data = _STROKE.sub(f'stroke="{color}"', self._svg).encode()
            renderer = self._renderers[color] = QSvgRenderer(QByteArray(data))
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * 0.4)
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = f"{self._cache_key}:{size.width()}x{size.height()}:{int(mode.value)}:{scale}"
        found = QPixmap()
        if QPixmapCache.find(key, found):
            return found
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        QPixmapCache.insert(key, pixmap)
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg, self._color)


@cache
def _load(name: str, color: str) -> QIcon:
    svg = resource("icons", f"{name}.svg")
    if svg.exists():
        text = svg.read_text(encoding="utf-8")
        if not _STROKE.search(text):
            return QIcon(str(svg))
        return QIcon(_TintedSvgEngine(text, color))
    png = resource("icons", f"{name}.png")
    return QIcon(str(png)) if png.exists() else QIcon()


def icon(name: str) -> QIcon:
    if not name:
        return QIcon()
    return _load(name.removesuffix(".svg").removesuffix(".png"), icon_color())
