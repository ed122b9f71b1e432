"""Look: Fusion everywhere, with the palette following the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_is_dark() -> bool:
    """The palette in use is dark (system scheme or set by hand)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def error_color() -> str:
    """Red for messages next to fields, readable on the light and the dark palette."""
    return "#ff7b6b" if palette_is_dark() else "#c0392b"


def icon_color() -> str:
    return "#c3ccd6" if palette_is_dark() else "#5b6b7a"


def apply_style(app: QApplication) -> None:
    """Fusion with our palette; reapplied when the system switches light/dark."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark() else light_palette())
    if not app.property("belbo_scheme_follow"):
        app.setProperty("belbo_scheme_follow", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(
            lambda scheme: app.setPalette(
                dark_palette() if scheme == Qt.ColorScheme.Dark else light_palette()
            )
        )


def light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.Button, QColor("#eef0f3"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6f9f"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffdc"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#1f2933"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8794"))
    p.setColor(QPalette.ColorRole.Link, QColor("#2f6f9f"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#23272e"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#e4e7eb"))
    p.setColor(QPalette.ColorRole.Base, QColor("#1b1e23"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#262a31"))
    p.setColor(QPalette.ColorRole.Text, QColor("#e4e7eb"))
    p.setColor(QPalette.ColorRole.Button, QColor("#2d323a"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#e4e7eb"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#4a8cc2"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2d323a"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#e4e7eb"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8792a2"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7fb3e0"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7683"))
    return p
