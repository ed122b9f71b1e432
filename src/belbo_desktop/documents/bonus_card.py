"""The printed bonus card: credit-card size (ID-1, 85.6 × 54 mm), like a paper stamp card.

Business, program and customer at the top, one circle per stamp (filled for stamps
already collected), the reward at the bottom, and a QR code holding the customer number:
the till's scanner types it into the customer search and the customer opens.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from belbo_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from belbo_desktop.documents.qr import draw_qr

if TYPE_CHECKING:
    from belbo_desktop.services.bonus import PrintableCard

WIDTH = 85.6 * mm
HEIGHT = 54 * mm
MARGIN = 3.5 * mm
QR_SIZE = 17 * mm
ACCENT = (0.55, 0.23, 0.38)  # a muted berry, prints well in grey too


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def grid(needed: int) -> tuple[int, int]:
    """Columns and rows for ``needed`` circles: one row up to 6, two up to 12, else tens."""
    if needed <= 6:
        return needed, 1
    if needed <= 12:
        return math.ceil(needed / 2), 2
    return 10, math.ceil(needed / 10)


def render_bonus_card(card: PrintableCard, target: Path | io.BytesIO | None = None) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    c.setTitle(f"Bonuskarte {card.program_name} – {card.customer_name}")
    c.setAuthor(card.business_name)

    # a thin frame as a cutting guide, and an accent bar at the top
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    c.setLineWidth(0.3)
    c.roundRect(0.3, 0.3, WIDTH - 0.6, HEIGHT - 0.6, 3 * mm, stroke=1, fill=0)
    c.setFillColorRGB(*ACCENT)
    c.rect(0, HEIGHT - 2 * mm, WIDTH, 2 * mm, stroke=0, fill=1)

    text_width = WIDTH - 2 * MARGIN - QR_SIZE - 2 * mm
    top = HEIGHT - 2 * mm - MARGIN
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.setFont(REGULAR, 6.5)
    c.drawString(MARGIN, top - 6.5, _fit(card.business_name, REGULAR, 6.5, text_width))
    c.setFillColorRGB(*ACCENT)
    c.setFont(BOLD, 9.5)
    c.drawString(MARGIN, top - 17, _fit(card.program_name, BOLD, 9.5, text_width))
    c.setFillColorRGB(0, 0, 0)
    c.setFont(REGULAR, 7.5)
    c.drawString(MARGIN, top - 27, _fit(card.customer_name, REGULAR, 7.5, text_width))
    c.setFont(REGULAR, 6)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(MARGIN, top - 34.5, f"Kundennummer {card.customer_number}")

    draw_qr(
        c, card.qr_data, WIDTH - MARGIN - QR_SIZE, HEIGHT - 2 * mm - 1.5 * mm - QR_SIZE, QR_SIZE
    )

    # the stamp circles
    cols, rows = grid(card.needed)
    area_top = top - 39
    area_bottom = MARGIN + 9
    area_width = WIDTH - 2 * MARGIN
    cell = min(area_width / cols, (area_top - area_bottom) / rows, 9 * mm)
    radius = cell * 0.38
    grid_width = cell * cols
    left = MARGIN + (area_width - grid_width) / 2
    filled = max(0, min(card.stamps, card.needed))
    c.setLineWidth(0.8)
    for i in range(card.needed):
        row, col = divmod(i, cols)
        cx = left + cell * (col + 0.5)
        cy = area_top - cell * (row + 0.5)
        c.setStrokeColorRGB(*ACCENT)
        if i < filled:
            c.setFillColorRGB(*ACCENT)
            c.circle(cx, cy, radius, stroke=1, fill=1)
        else:
            c.setFillColorRGB(1, 1, 1)
            c.circle(cx, cy, radius, stroke=1, fill=1)
            if i == card.needed - 1:  # the last circle is the reward
                c.setFillColorRGB(*ACCENT)
                c.setFont(BOLD, max(4.5, radius * 0.9))
                c.drawCentredString(cx, cy - radius * 0.32, "★")

    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, 7)
    reward = f"Prämie: {card.reward_label}"
    c.drawString(MARGIN, MARGIN + 3, _fit(reward, BOLD, 7, WIDTH - 2 * MARGIN - 28 * mm))
    if card.valid_until is not None:
        c.setFont(REGULAR, 6)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawRightString(WIDTH - MARGIN, MARGIN + 3, f"gültig bis {card.valid_until:%d.%m.%Y}")
    c.showPage()
    c.save()
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    elif target is not None:
        target.write(data)
    return data
