"""The receipt (Kassenbeleg) as an 80 mm roll PDF with every field of § 6 KassenSichV.

Name and address of the business, date with start and end time, items with quantity,
amounts with VAT rate and VAT, transaction (receipt) number, till serial and the
security device's state: while no TSE is attached the receipt says so plainly; if the
device failed, it says that the device was unavailable.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from belbo_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from belbo_desktop.documents.voucher_handout import euro, printable
from belbo_desktop.domain.sales import BusinessCase, PaymentMethod

if TYPE_CHECKING:
    from belbo_desktop.services.till import ReceiptData

BERLIN = ZoneInfo("Europe/Berlin")
WIDTH = 80 * mm
MARGIN = 4 * mm
INNER = WIDTH - 2 * MARGIN
COLUMNS = (44 * mm, 59 * mm, WIDTH - MARGIN)  # right edges of net, VAT, gross

PAYMENT_LABELS = {PaymentMethod.CASH: "Bar", PaymentMethod.CARD: "Karte"}
NO_TSE_TEXT = (
    "Keine TSE angeschlossen: Dieser Beleg wurde ohne technische Sicherheitseinrichtung "
    "(§ 146a AO) erstellt."
)
FAILED_TSE_TEXT = (
    "TSE ausgefallen: Die technische Sicherheitseinrichtung war nicht erreichbar. "
    "Die Signatur wird nachgeholt."
)


@dataclass(frozen=True)
class _Row:
    left: str
    right: str = ""
    font: str = REGULAR
    size: float = 8
    center: bool = False
    gap: float = 0  # extra space before
    rule: bool = False
    cols: tuple[str, str, str] | None = None  # net, VAT, gross in aligned columns


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    return simpleSplit(printable(text, font), font, size, width) or [""]


def _rows(r: ReceiptData) -> list[_Row]:
    rows: list[_Row] = []
    b = r.business
    rows.append(_Row(b.name, font=BOLD, size=11, center=True))
    if b.legal_name and b.legal_name != b.name:
        rows.append(_Row(b.legal_name, center=True))
    for line in b.address_lines[1:]:
        rows.append(_Row(line, center=True))
    if b.phone:
        rows.append(_Row(f"Tel. {b.phone}", center=True))
    if b.vat_id:
        rows.append(_Row(f"USt-IdNr. {b.vat_id}", center=True))
    elif b.tax_number:
        rows.append(_Row(f"Steuernummer {b.tax_number}", center=True))
    title = "STORNO-BELEG" if r.reverses_receipt_no else "BELEG"
    rows.append(_Row(f"{title} Nr. {r.receipt_no}", font=BOLD, size=10, center=True, gap=3))
    if r.reverses_receipt_no:
        rows.append(_Row(f"storniert Beleg Nr. {r.reverses_receipt_no}", center=True))
        if r.reason:
            rows.append(_Row(f"Grund: {r.reason}", center=True))
    start = r.started_at.astimezone(BERLIN)
    end = r.finished_at.astimezone(BERLIN)
    rows.append(_Row("Datum", end.strftime("%d.%m.%Y"), gap=2))
    rows.append(_Row("Beginn / Ende", f"{start:%H:%M:%S} / {end:%H:%M:%S}"))
    rows.append(_Row("Kasse", f"{r.till_name} ({r.till_serial})"))
    rows.append(_Row("Transaktion", str(r.receipt_no)))
    rows.append(_Row("Bedient von", r.staff_name))
    if r.customer_name:
        rows.append(_Row("Kunde", r.customer_name))
    rows.append(_Row("", rule=True, gap=2))
    for ln in r.lines:
        rate = "–" if ln.vat_rate is None else f"{ln.vat_rate} %"
        name = ln.text
        if ln.voucher_code and ln.business_case in (
            BusinessCase.SINGLE_PURPOSE_SALE,
            BusinessCase.MULTI_PURPOSE_SALE,
        ):
            name = f"{ln.text} ({ln.voucher_code})"
        qty_price = ""
        if abs(ln.quantity) != 1:
            qty_price = f"{ln.quantity} x {euro(ln.unit_price)}"
        rows.append(
            _Row(
                name,
                f"{euro(ln.amount + ln.discount)} {_tag(rate)}",
            )
        )
        if qty_price:
            rows.append(_Row(f"   {qty_price}", size=7))
        if ln.discount:
            rows.append(_Row("   Rabatt (Preisnachlass)", f"-{euro(ln.discount)}  ", size=7))
            if ln.business_case in (
                BusinessCase.SINGLE_PURPOSE_SALE,
                BusinessCase.MULTI_PURPOSE_SALE,
            ):
                rows.append(
                    _Row(
                        f"   Gutscheinwert bleibt {euro(ln.unit_price)}, bezahlt {euro(ln.amount)}",
                        size=7,
                    )
                )
        if ln.business_case in (
            BusinessCase.SINGLE_PURPOSE_SALE,
            BusinessCase.MULTI_PURPOSE_SALE,
            BusinessCase.SINGLE_PURPOSE_REDEMPTION,
            BusinessCase.MULTI_PURPOSE_REDEMPTION,
        ):
            rows.append(_Row(f"   {_case_text(ln.business_case)}", size=6.5))
    rows.append(_Row("", rule=True))
    rows.append(_Row("SUMME", euro(r.total), font=BOLD, size=11, gap=1))
    for p in r.payments:
        label = PAYMENT_LABELS.get(p.method, p.method.value)
        if p.tendered is not None:
            rows.append(_Row(f"{label} gegeben", euro(p.tendered)))
        else:
            rows.append(_Row(label, euro(p.amount)))
    if r.change:
        rows.append(_Row("Rückgeld", euro(r.change), font=BOLD))
    rows.append(_Row("USt-Satz       Netto        USt       Brutto", size=7, gap=3))
    for t in r.vat:
        label = "nicht steuerbar" if t.rate is None else f"{_tag(f'{t.rate} %')} {t.rate} %"
        rows.append(_Row(f"{label}", f"{euro(t.net)}   {euro(t.vat)}   {euro(t.gross)}", size=7))
    for v in r.vouchers:
        rows.append(
            _Row(
                f"Gutschein {v.display_code} gültig bis {v.valid_until:%d.%m.%Y}",
                size=7,
                gap=2,
            )
        )
    for i, note in enumerate(r.notes):
        rows.append(_Row(note, size=7, gap=2 if i == 0 else 0))
    rows.append(_Row("", rule=True, gap=2))
    state = r.signature.state.value
    if state == "no_tse":
        rows.append(_Row(NO_TSE_TEXT, size=7))
    elif state == "failed":
        rows.append(_Row(FAILED_TSE_TEXT, font=BOLD, size=7))
    else:
        for key, value in sorted(r.signature.data.items()):
            rows.append(_Row(f"TSE {key}: {value}", size=6.5))
    if r.reversed_by_receipt_no:
        rows.append(
            _Row(
                f"Dieser Beleg wurde mit Beleg Nr. {r.reversed_by_receipt_no} storniert.",
                font=BOLD,
                size=7,
                gap=2,
            )
        )
    rows.append(_Row("Vielen Dank für Ihren Besuch!", center=True, gap=4))
    return rows


def _tag(rate: str) -> str:
    return {"19 %": "A", "7 %": "B", "0 %": "C", "–": "D"}.get(rate, "")


def _case_text(case: BusinessCase) -> str:
    return {
        BusinessCase.SINGLE_PURPOSE_SALE: "Einzweckgutschein, USt im Kaufpreis",
        BusinessCase.MULTI_PURPOSE_SALE: "Mehrzweckgutschein, USt bei Einlösung",
        BusinessCase.SINGLE_PURPOSE_REDEMPTION: "Einzweckgutschein eingelöst",
        BusinessCase.MULTI_PURPOSE_REDEMPTION: "Mehrzweckgutschein eingelöst",
    }.get(case, "")


def _layout(rows: list[_Row]) -> list[tuple[_Row, list[str], float]]:
    placed = []
    for row in rows:
        right_w = 0.0
        if row.right:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            right_w = stringWidth(row.right, row.font, row.size) + 3
        lines = _wrap(row.left, row.font, row.size, INNER - right_w) if row.left else [""]
        height = row.gap * mm + (2 * mm if row.rule else len(lines) * row.size * 1.25)
        placed.append((row, lines, height))
    return placed


def render_receipt(receipt: ReceiptData, target: Path | io.BytesIO | None = None) -> bytes:
    register_fonts()
    placed = _layout(_rows(receipt))
    height = sum(h for _, _, h in placed) + 2 * MARGIN + 4 * mm
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(WIDTH, height), pageCompression=1)
    c.setTitle(f"Beleg {receipt.receipt_no}")
    c.setCreator("Belbo Desktop")
    y = height - MARGIN
    for row, lines, _height in placed:
        y -= row.gap * mm
        if row.rule:
            y -= 1 * mm
            c.setDash(1, 2)
            c.line(MARGIN, y, WIDTH - MARGIN, y)
            c.setDash()
            y -= 1 * mm
            continue
        for i, line in enumerate(lines):
            y -= row.size * 1.25
            c.setFont(row.font, row.size)
            if row.center:
                c.drawCentredString(WIDTH / 2, y, line)
            else:
                c.drawString(MARGIN, y, line)
            if i == 0 and row.right:
                c.drawRightString(WIDTH - MARGIN, y, printable(row.right, row.font))
            if i == 0 and row.cols:
                for right, text in zip(COLUMNS, row.cols, strict=True):
                    c.drawRightString(right, y, text)
    c.showPage()
    c.save()
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    elif target is not None:
        target.write(data)
    return data
