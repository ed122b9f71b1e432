"""QR codes drawn as vector squares: sharp at any print resolution, no Pillow needed."""

from __future__ import annotations

from functools import lru_cache

import qrcode
import qrcode.constants
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@lru_cache(maxsize=1024)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``data`` (True = dark), without the quiet zone.

    Voucher codes are upper case letters, digits and dashes, so qrcode picks the compact
    alphanumeric mode; error correction M survives a crease or a coffee stain.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def modules_with_quiet_zone(data: str) -> int:
    return len(qr_matrix(data)) + 2 * QUIET_ZONE


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the code with its quiet zone into the square at (x, y) of side ``size``.

    Each run of dark modules in a row becomes one rectangle, so a code is a few dozen
    path operations rather than hundreds.
    """
    matrix = qr_matrix(data)
    n = len(matrix)
    module = size / (n + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            # a hair of overlap avoids white seams between rows in some viewers
            path.rect(
                left + start * module, top - (r + 1) * module, (c - start) * module, module * 1.01
            )
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
