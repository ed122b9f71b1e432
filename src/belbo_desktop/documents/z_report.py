"""The daily closing (Tagesabschluss, Z-Bericht) as an A4 PDF."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from belbo_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from belbo_desktop.documents.voucher_handout import euro
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import BusinessCase

if TYPE_CHECKING:
    from belbo_desktop.services.till import ClosingReport

BERLIN = ZoneInfo("Europe/Berlin")
PAYMENT_LABELS = {"cash": "Bar", "card": "Karte"}
CASE_LABELS = {
    BusinessCase.SALE.value: "Umsatz (Leistungen und Produkte)",
    BusinessCase.SINGLE_PURPOSE_SALE.value: "Einzweckgutscheine verkauft",
    BusinessCase.MULTI_PURPOSE_SALE.value: "Mehrzweckgutscheine verkauft",
    BusinessCase.SINGLE_PURPOSE_REDEMPTION.value: "Einzweckgutscheine eingelöst",
    BusinessCase.MULTI_PURPOSE_REDEMPTION.value: "Mehrzweckgutscheine eingelöst",
}


def _style(size: float = 9, font: str = REGULAR, space: float = 2) -> ParagraphStyle:
    return ParagraphStyle("z", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=space)


def _table(rows: list[list[str]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 9),
                ("FONT", (0, 0), (-1, 0), BOLD, 9),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F1F4F5")]),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def render_z_report(report: ClosingReport, target: Path | io.BytesIO | None = None) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Tagesabschluss {report.number}",
        creator="Belbo Desktop",
    )
    t = report.totals
    at = report.at.astimezone(BERLIN)
    b = report.business
    story: list[object] = [
        Paragraph(b.legal_name or b.name, _style(10, BOLD, 0)),
        Paragraph(", ".join(b.address_lines[1:]), _style(9)),
        Spacer(1, 4 * mm),
        Paragraph(f"Tagesabschluss (Z-Bericht) Nr. {report.number}", _style(16, BOLD, 6)),
        _table(
            [
                ["Angabe", "Wert"],
                ["Erstellt am", f"{at:%d.%m.%Y %H:%M} Uhr"],
                ["Kasse", f"{report.till_name} ({report.till_serial})"],
                ["Belege", f"Nr. {report.first_receipt_no} bis {report.last_receipt_no}"],
                ["Anzahl Belege", str(t.get("receipts", 0))],
                ["davon Stornos", str(t.get("reversals", 0))],
                ["Erstellt von", report.staff_name],
            ],
            [60 * mm, 100 * mm],
        ),
        Spacer(1, 6 * mm),
        Paragraph("Zahlungsarten", _style(12, BOLD, 4)),
    ]
    payments = t.get("payments", {})
    assert isinstance(payments, dict)
    pay_rows = [["Zahlungsart", "Betrag"]] + [
        [PAYMENT_LABELS.get(str(k), str(k)), euro(Money(int(v)))] for k, v in payments.items()
    ]
    pay_rows.append(["Gesamt", euro(Money(sum(int(v) for v in payments.values())))])
    story += [_table(pay_rows, [60 * mm, 40 * mm]), Spacer(1, 6 * mm)]
    story.append(Paragraph("Umsatzsteuer", _style(12, BOLD, 4)))
    vat_rows = [["Steuersatz", "Netto", "USt", "Brutto"]]
    vat_totals = t.get("vat", [])
    assert isinstance(vat_totals, list)
    for row in vat_totals:
        rate = row["rate"]
        gross, vat = Money(int(row["gross"])), Money(int(row["vat"]))
        vat_rows.append(
            [
                "nicht steuerbar" if rate is None else f"{rate} %",
                euro(gross - vat),
                euro(vat),
                euro(gross),
            ]
        )
    story += [_table(vat_rows, [45 * mm, 35 * mm, 35 * mm, 35 * mm]), Spacer(1, 6 * mm)]
    story.append(Paragraph("Geschäftsvorfälle und Gutscheine", _style(12, BOLD, 4)))
    case_rows = [["Geschäftsvorfall (DSFinV-K)", "Anzahl", "Betrag"]]
    cases = t.get("business_cases", {})
    assert isinstance(cases, dict)
    for case, values in cases.items():
        case_rows.append(
            [
                f"{CASE_LABELS.get(case, case)} ({case})",
                str(values["count"]),
                euro(Money(int(values["amount"]))),
            ]
        )
    sold = t.get("vouchers_sold", {"count": 0, "amount": 0})
    redeemed = t.get("vouchers_redeemed", {"count": 0, "amount": 0})
    assert isinstance(sold, dict) and isinstance(redeemed, dict)
    case_rows.append(["Gutscheine verkauft", str(sold["count"]), euro(Money(int(sold["amount"])))])
    case_rows.append(
        ["Gutscheine eingelöst", str(redeemed["count"]), euro(Money(int(redeemed["amount"])))]
    )
    story += [
        _table(case_rows, [105 * mm, 20 * mm, 35 * mm]),
        Spacer(1, 6 * mm),
        Paragraph(
            f"Summe aller Belege: <b>{euro(Money(int(str(t.get('total', 0)))))}</b>",
            _style(10),
        ),
        Paragraph(
            "Keine TSE angeschlossen: Die Belege dieses Abschlusses wurden ohne technische "
            "Sicherheitseinrichtung (§ 146a AO) erstellt, sofern nicht anders vermerkt.",
            _style(8),
        ),
    ]
    doc.build(story)
    data = buffer.getvalue()
    if isinstance(target, Path):
        target.write_bytes(data)
    elif target is not None:
        target.write(data)
    return data
