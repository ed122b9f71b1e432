"""Icons from ``resources/icons`` (SVG, drawn with ``currentColor``-free strokes).

Missing files give an empty icon, so a module may name an icon before it exists.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from belbo_desktop.resources import resource


@cache
def _load(name: str) -> QIcon:
    for ext in ("svg", "png"):
        path = resource("icons", f"{name}.{ext}")
        if path.exists():
            return QIcon(str(path))
    return QIcon()


def icon(name: str) -> QIcon:
    if not name:
        return QIcon()
    return _load(name.removesuffix(".svg").removesuffix(".png"))
