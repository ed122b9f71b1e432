"""Receipts and voucher handouts leave the till as PDF files (opened in the PDF viewer,
which prints them) or go straight to a printer through Qt's print dialog."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from belbo_desktop.bootstrap import App
from belbo_desktop.documents.receipt import render_receipt
from belbo_desktop.documents.voucher_handout import HandoutFormat, handouts_of, render_handouts
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.till import ReceiptData
from belbo_desktop.services.vouchers import HANDOUT_FORMAT_KEY
from belbo_desktop.ui import formatting as fmt

Opener = Callable[[QUrl], object]


def handout_format(app: App, actor: Actor) -> HandoutFormat:
    value = app.settings.get(actor.location_id, HANDOUT_FORMAT_KEY, HandoutFormat.A6.value)
    try:
        return HandoutFormat(str(value))
    except ValueError:
        return HandoutFormat.A6


def receipt_pdf(app: App, receipt: ReceiptData) -> Path:
    folder = app.paths.documents / "belege"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"beleg-{receipt.till_serial}-{receipt.receipt_no:06d}.pdf"
    render_receipt(receipt, path)
    return path


def handouts_pdf(
    app: App,
    actor: Actor,
    vouchers: Sequence[object],
    name: str,
    progress: Callable[[int], bool] | None = None,
) -> Path:
    folder = app.paths.documents / "gutscheine"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pdf"
    business = app.locations.current(actor).business
    render_handouts(
        handouts_of(vouchers), business, handout_format(app, actor), path, progress=progress
    )
    return path


def open_file(path: Path, opener: Opener = QDesktopServices.openUrl) -> None:
    opener(QUrl.fromLocalFile(str(path)))


def receipt_html(r: ReceiptData, lang: str = "de") -> str:
    """The receipt as simple HTML for a receipt printer through Qt's print dialog."""
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(ln.text)}{' x' + str(ln.quantity) if abs(ln.quantity) != 1 else ''}</td>"
        f"<td align='right'>{e(fmt.money(ln.amount, lang))}</td>"
        f"<td>{'' if ln.vat_rate is None else str(ln.vat_rate) + ' %'}</td></tr>"
        for ln in r.lines
    )
    vat = "".join(
        f"<tr><td>{'nicht steuerbar' if t.rate is None else str(t.rate) + ' %'}</td>"
        f"<td align='right'>{e(fmt.money(t.vat, lang))}</td>"
        f"<td align='right'>{e(fmt.money(t.gross, lang))}</td></tr>"
        for t in r.vat
    )
    pays = "".join(
        f"<tr><td>{'Bar' if p.method.value == 'cash' else 'Karte'}</td>"
        f"<td align='right'>{e(fmt.money(p.tendered or p.amount, lang))}</td></tr>"
        for p in r.payments
    )
    tse = {
        "no_tse": "Keine TSE angeschlossen: Beleg ohne technische Sicherheitseinrichtung "
        "(§ 146a AO).",
        "failed": "TSE ausgefallen: Signatur wird nachgeholt.",
    }.get(r.signature.state.value, "TSE-signiert")
    b = r.business
    return (
        f"<h3 align='center'>{e(b.name)}</h3><p align='center'>"
        + "<br>".join(e(x) for x in b.address_lines)
        + f"</p><p>Beleg Nr. {r.receipt_no} · Kasse {e(r.till_serial)}<br>"
        f"{e(fmt.datetime(r.started_at, lang))} – {e(fmt.time(r.finished_at, lang))}</p>"
        f"<table width='100%'>{rows}</table><p><b>Summe {e(fmt.money(r.total, lang))}</b></p>"
        f"<table width='100%'>{pays}</table>"
        + (f"<p>Rückgeld {e(fmt.money(r.change, lang))}</p>" if r.change else "")
        + f"<table width='100%'>{vat}</table><p><small>{e(tse)}</small></p>"
    )


def print_receipt(parent: QWidget, receipt: ReceiptData, lang: str = "de") -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = QTextDocument()
    doc.setHtml(receipt_html(receipt, lang))
    doc.print_(printer)
    return True
