"""Embedded TrueType fonts for every PDF, so €, umlauts and most European letters print
the same on every PC (the PDF base-14 fonts cannot)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from belbo_desktop.resources import resource

REGULAR = "BelboSans"
BOLD = "BelboSans-Bold"
ITALIC = "BelboSans-Italic"


@cache
def register_fonts() -> str:
    """Register the bundled DejaVu Sans family once; returns the regular font's name."""
    folder = resource("fonts")
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
