"""The voucher handout the customer holds in their hand: A6 card or DIN lang.

Business name and address, value or service, recipient and message, the code in large
type and as QR code, validity and short terms (including single/multi-purpose).
Many handouts go into one PDF (one per page) for batch printing.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from belbo_desktop.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from belbo_desktop.documents.qr import draw_qr
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind, VoucherTerms, format_code

if TYPE_CHECKING:
    from belbo_desktop.services.locations import BusinessData

ACCENT = HexColor("#1F4E5A")
GREY = HexColor("#5B6770")
LIGHT = HexColor("#E7EEF0")


class HandoutFormat(StrEnum):
    A6 = "a6"
    DIN_LANG = "din_lang"


PAGE_SIZES = {
    HandoutFormat.A6: (105 * mm, 148 * mm),
    HandoutFormat.DIN_LANG: (210 * mm, 99 * mm),
}


@dataclass(frozen=True)
class Handout:
    """One voucher as printed."""

    code: str  # normalised or grouped; printed grouped
    kind: VoucherKind
    treatment: VatTreatment
    value: Money
    valid_until: dt.date
    service_name: str | None = None
    recipient: str | None = None
    message: str | None = None


def euro(m: Money) -> str:
    sign = "-" if m.cents < 0 else ""
    cents = abs(m.cents)
    return f"{sign}{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} €"


def printable(text: str, font: str = REGULAR) -> str:
    """Characters the embedded font cannot draw (emoji) become a visible "?"."""
    face = pdfmetrics.getFont(font).face
    cmap = face.charToGlyph
    return "".join(ch if (ord(ch) in cmap or ch in "\n\t") else "?" for ch in text)


class Cancelled(Exception):
    """The batch was cancelled; no file was written."""


def render_handouts(
    handouts: Iterable[Handout],
    business: BusinessData,
    fmt: HandoutFormat = HandoutFormat.A6,
    target: Path | io.BytesIO | None = None,
    progress: Callable[[int], bool] | None = None,
) -> bytes:
    """Write one page per handout; returns the PDF bytes (also written to ``target``).

    ``progress`` hears the number of pages drawn so far; returning False cancels, and
    then nothing is written. A file target appears complete or not at all.
    """
    register_fonts()
    buffer = io.BytesIO()
    size = PAGE_SIZES[fmt]
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle("Gutschein")
    canvas.setAuthor(business.name)
    canvas.setCreator("Belbo Desktop")
    count = 0
    for handout in handouts:
        if fmt is HandoutFormat.A6:
            _draw_a6(canvas, handout, business, size)
        else:
            _draw_din_lang(canvas, handout, business, size)
        canvas.showPage()
        count += 1
        if progress is not None and progress(count) is False:
            raise Cancelled()
    if count == 0:
        canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if isinstance(target, Path):
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(data)
        os.replace(partial, target)
    elif target is not None:
        target.write(data)
    return data


# --- layout -----------------------------------------------------------------------------


def _centered(c: Canvas, text: str, font: str, size: float, x: float, y: float) -> None:
    c.setFont(font, size)
    c.drawCentredString(x, y, printable(text, font))


def _fit_size(text: str, font: str, size: float, width: float, minimum: float) -> float:
    while size > minimum and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _fitted(
    text: str, font: str, size: float, minimum: float, width: float, max_lines: int
) -> tuple[float, list[str]]:
    """The largest size from ``size`` down to ``minimum`` at which ``text`` fits in
    ``max_lines`` lines; at the minimum the rest is cut with an ellipsis."""
    current = size
    while True:
        lines = _lines(text, font, current, width, max_lines)
        fits = all(pdfmetrics.stringWidth(ln, font, current) <= width for ln in lines)
        complete = not lines[-1].endswith(" …") or text.rstrip().endswith("…")
        if (fits and complete) or current <= minimum:
            break
        current = max(minimum, current - 0.5)
    lines = [_cut(ln, font, current, width) for ln in lines]
    return current, lines


def _cut(line: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(line, font, size) <= width:
        return line
    while line and pdfmetrics.stringWidth(line + "…", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


def _lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines: list[str] = []
    paragraphs = [p for p in printable(text, font).splitlines() if p.strip()]
    for paragraph in paragraphs or [""]:
        lines.extend(simpleSplit(paragraph, font, size, width) or [""])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(" .,") + " …"
    return lines


def _headline(h: Handout) -> tuple[str, str]:
    """(what the voucher is worth, the kind in words)."""
    if h.kind is VoucherKind.SERVICE:
        return (h.service_name or "Leistung", "Gutschein für")
    return (euro(h.value), "Wertgutschein über")


def _business_lines(b: BusinessData) -> tuple[str, str]:
    address = ", ".join(p for p in b.address_lines[1:] if p)
    contact = " · ".join(p for p in (b.phone, b.website or b.email) if p)
    return address, contact


def _code_block(c: Canvas, h: Handout, x: float, y: float, width: float, big: float) -> None:
    """Label and code in large type, left-aligned at (x, y) = baseline of the code."""
    c.setFillColor(GREY)
    c.setFont(REGULAR, 7)
    c.drawString(x, y + big + 2, "Gutscheincode")
    c.setFillColor(Color(0, 0, 0))
    code = format_code(h.code.replace("-", ""))
    size = _fit_size(code, BOLD, big, width, 8)
    c.setFont(BOLD, size)
    c.drawString(x, y, code)


def _draw_a6(c: Canvas, h: Handout, b: BusinessData, size: tuple[float, float]) -> None:
    w, ht = size
    margin = 8 * mm
    inner = w - 2 * margin
    cx = w / 2
    # frame and header band
    c.setFillColor(ACCENT)
    c.rect(0, ht - 22 * mm, w, 22 * mm, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    name_size, (name,) = _fitted(b.name, BOLD, 13, 7, inner, 1)
    _centered(c, name, BOLD, name_size, cx, ht - 10 * mm)
    address, contact = _business_lines(b)
    _centered(c, address, REGULAR, _fit_size(address, REGULAR, 7, inner, 5), cx, ht - 15 * mm)
    _centered(c, contact, REGULAR, _fit_size(contact, REGULAR, 7, inner, 5), cx, ht - 19 * mm)
    # title and value
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 20)
    c.drawCentredString(cx, ht - 35 * mm, "GUTSCHEIN")
    headline, kind = _headline(h)
    c.setFillColor(GREY)
    _centered(c, kind, REGULAR, 8.5, cx, ht - 41 * mm)
    c.setFillColor(Color(0, 0, 0))
    big = 28 if h.kind is VoucherKind.VALUE else 16
    head_size, head_lines = _fitted(headline, BOLD, big, 11, inner, 2)
    y = ht - 52 * mm
    for line in head_lines:
        _centered(c, line, BOLD, head_size, cx, y)
        y -= head_size * 1.1
    # recipient and message
    qr = 30 * mm
    qr_y = 22 * mm
    if h.recipient:
        rec_size, rec_lines = _fitted(f"für {h.recipient}", REGULAR, 11, 8, inner, 2)
        for line in rec_lines:
            _centered(c, line, REGULAR, rec_size, cx, y - 2 * mm)
            y -= rec_size * 1.25
        y -= 2 * mm
    if h.message:
        c.setFillColor(GREY)
        for line in _lines(h.message, ITALIC, 8.5, inner, 3):
            if y - 2 * mm < qr_y + qr + 2 * mm:
                break  # never into the code block
            _centered(c, line, ITALIC, 8.5, cx, y - 2 * mm)
            y -= 4 * mm
        c.setFillColor(Color(0, 0, 0))
    # QR and code
    draw_qr(c, format_code(h.code.replace("-", "")), margin - 2 * mm, qr_y, qr)
    text_x = margin + qr - 1 * mm
    _code_block(c, h, text_x, qr_y + 17 * mm, w - text_x - margin + 4 * mm, 15)
    c.setFont(BOLD, 9)
    c.drawString(text_x, qr_y + 9 * mm, f"Gültig bis {h.valid_until.strftime('%d.%m.%Y')}")
    # terms
    c.setStrokeColor(LIGHT)
    c.line(margin, 20 * mm, w - margin, 20 * mm)
    c.setFillColor(GREY)
    y = 16.5 * mm
    for term in VoucherTerms(h.treatment, h.valid_until).lines():
        for line in _lines(term, REGULAR, 6.3, inner, 2):
            c.setFont(REGULAR, 6.3)
            c.drawString(margin, y, line)
            y -= 3 * mm


def _draw_din_lang(c: Canvas, h: Handout, b: BusinessData, size: tuple[float, float]) -> None:
    w, ht = size
    margin = 9 * mm
    right_w = 58 * mm
    left_w = w - right_w - 2 * margin
    # accent column on the right
    c.setFillColor(LIGHT)
    c.rect(w - right_w, 0, right_w, ht, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(0, ht - 4 * mm, w - right_w, 4 * mm, stroke=0, fill=1)
    # business
    c.setFillColor(ACCENT)
    name_size, (name,) = _fitted(b.name, BOLD, 12, 7, left_w, 1)
    c.setFont(BOLD, name_size)
    c.drawString(margin, ht - 13 * mm, name)
    address, contact = _business_lines(b)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 7)
    c.drawString(margin, ht - 17.5 * mm, _cut(printable(address), REGULAR, 7, left_w))
    c.drawString(margin, ht - 21 * mm, _cut(printable(contact), REGULAR, 7, left_w))
    # title and value
    c.setFillColor(ACCENT)
    c.setFont(BOLD, 22)
    c.drawString(margin, ht - 33 * mm, "GUTSCHEIN")
    headline, kind = _headline(h)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 8.5)
    c.drawString(margin, ht - 39 * mm, kind)
    c.setFillColor(Color(0, 0, 0))
    big = 26 if h.kind is VoucherKind.VALUE else 16
    head_size, head_lines = _fitted(headline, BOLD, big, 10, left_w, 2)
    y = ht - 39 * mm
    c.setFont(BOLD, head_size)
    for line in head_lines:
        y -= head_size * 1.05
        c.drawString(margin, y, line)
    y -= 6 * mm
    if h.recipient:
        rec_size, rec_lines = _fitted(f"für {h.recipient}", REGULAR, 11, 8, left_w, 1)
        c.setFont(REGULAR, rec_size)
        c.drawString(margin, y, rec_lines[0])
        y -= 5 * mm
    if h.message:
        c.setFillColor(GREY)
        for line in _lines(h.message, ITALIC, 8.5, left_w, 2):
            if y < 24 * mm:
                break  # never into the terms
            c.setFont(ITALIC, 8.5)
            c.drawString(margin, y, line)
            y -= 4 * mm
    # terms at the bottom left
    c.setFillColor(GREY)
    y = 13 * mm
    for term in VoucherTerms(h.treatment, h.valid_until).lines():
        c.setFont(REGULAR, 6.3)
        for line in _lines(term, REGULAR, 6.3, left_w, 1):
            c.drawString(margin, y, line)
            y -= 3 * mm
    # QR, code and validity on the right
    qr = 40 * mm
    qx = w - right_w + (right_w - qr) / 2
    qy = ht - qr - 8 * mm
    c.setFillColor(Color(1, 1, 1))
    c.rect(qx, qy, qr, qr, stroke=0, fill=1)
    draw_qr(c, format_code(h.code.replace("-", "")), qx, qy, qr)
    code_x = w - right_w + 5 * mm
    _code_block(c, h, code_x, qy - 10 * mm, right_w - 8 * mm, 14)
    c.setFont(BOLD, 9)
    c.drawString(code_x, qy - 17 * mm, f"Gültig bis {h.valid_until.strftime('%d.%m.%Y')}")


def handouts_of(vouchers: Sequence[object]) -> list[Handout]:
    """Handouts from anything shaped like :class:`~belbo_desktop.services.till.IssuedVoucher`
    or :class:`~belbo_desktop.services.vouchers.VoucherInfo`."""
    result = []
    for v in vouchers:
        value = getattr(v, "value", None) or getattr(v, "face_value")  # noqa: B009
        result.append(
            Handout(
                code=getattr(v, "code"),  # noqa: B009
                kind=getattr(v, "kind"),  # noqa: B009
                treatment=getattr(v, "treatment"),  # noqa: B009
                value=value,
                valid_until=getattr(v, "valid_until"),  # noqa: B009
                service_name=getattr(v, "service_name", None),
                recipient=getattr(v, "recipient", None),
                message=getattr(v, "message", None),
            )
        )
    return result
