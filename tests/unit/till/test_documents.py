"""Handouts, receipts and the Z-report: what the customer and the tax office read."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from belbo_desktop.bootstrap import App
from belbo_desktop.documents.qr import qr_matrix
from belbo_desktop.documents.receipt import render_receipt
from belbo_desktop.documents.voucher_handout import HandoutFormat, handouts_of, render_handouts
from belbo_desktop.documents.z_report import render_z_report
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.sales import Cart, PaymentMethod
from belbo_desktop.services.catalogue import CatalogueRow
from belbo_desktop.services.signing import SigningUnavailable, SignRequest
from tests.conftest import Salon
from tests.unit.till.builders import a_voucher_sold, item, redeem, value_voucher

needs_zbar = pytest.mark.skipif(
    not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
    reason="zbarimg or pdftoppm missing (apt-get install zbar-tools poppler-utils)",
)
needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="pdftotext missing (apt-get install poppler-utils)"
)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return out.stdout


@needs_zbar
@pytest.mark.parametrize("fmt", list(HandoutFormat))
def test_qr_on_the_handout_decodes_to_the_exact_code(
    app: App, salon: Salon, tmp_path: Path, fmt: HandoutFormat
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000, message="Für dich 🎉 – alles Gute!")
    business = app.locations.current(salon.front_desk).business
    pdf = tmp_path / "handout.pdf"
    render_handouts(handouts_of([voucher]), business, fmt, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "p")], check=True)
    (png,) = tmp_path.glob("p*.png")
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == voucher.display_code


@needs_pdftotext
def test_handout_shows_business_value_recipient_code_validity_and_treatment(
    app: App, salon: Salon, tmp_path: Path
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000, recipient="Oma Inge")
    business = app.locations.current(salon.front_desk).business
    text = pdf_text(render_handouts(handouts_of([voucher]), business), tmp_path)
    for expected in (
        "Salon Test",
        "Teststraße 1",
        "50,00 €",
        "für Oma Inge",
        voucher.display_code,
        "Gültig bis 31.12.2029",
        "Mehrzweckgutschein",
    ):
        assert expected in text


def test_handout_speed(app: App, salon: Salon) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    business = app.locations.current(salon.front_desk).business
    render_handouts(handouts_of([voucher]), business)  # fonts registered once per process
    start = time.perf_counter()
    for _ in range(10):
        render_handouts(handouts_of([voucher]), business)
    assert (time.perf_counter() - start) / 10 < 0.1


def test_qr_uses_small_alphanumeric_symbol() -> None:
    assert len(qr_matrix("K7QF9-2MDX4-TPH3R")) == 21  # version 1: big modules, easy scans


@needs_pdftotext
def test_receipt_carries_every_kassensichv_field_and_the_no_tse_statement(
    app: App, salon: Salon, catalogue: dict[str, CatalogueRow], tmp_path: Path
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    cart = Cart()
    cart.add_item(item(catalogue["Damenhaarschnitt"]))
    cart.add_item(item(catalogue["Fachbuch Haarpflege"], 2))
    cart.add_vouchers(value_voucher(2500, discount=500))
    cart.pay(PaymentMethod.CASH, Money(20000))
    sale = app.till.commit(salon.front_desk, cart)
    receipt = app.till.receipt(salon.front_desk, sale.sale_id)
    text = pdf_text(render_receipt(receipt), tmp_path)
    for expected in (
        "Salon Test",
        "Teststraße 1",
        "10115 Berlin",  # name and address
        "24.11.2026",
        "10:30:00",  # date, start and end (Berlin time)
        "Damenhaarschnitt",
        "2 x 14,00 €",  # items with quantity
        "19 %",
        "28,00 € B",
        "nicht steuerbar",  # VAT rates
        "7,82 €",
        "1,83 €",  # VAT amounts
        "Transaktion",
        "BELEG Nr. 2",  # transaction number
        "BELBO-",  # till serial
        "Keine TSE angeschlossen",  # no security device yet
        "Rabatt",
        "Gutscheinwert bleibt 25,00 €",  # discount on a voucher: value stays
        "Rückgeld",
        "Steuernummer 12/345/67890",
    ):
        assert expected in text, text
    del voucher


class DeadTse:
    def sign(self, request: SignRequest) -> object:
        raise SigningUnavailable("timeout")


@needs_pdftotext
def test_receipt_says_when_the_security_device_was_unavailable(
    app: App, salon: Salon, tmp_path: Path
) -> None:
    app.till.signer = DeadTse()  # type: ignore[assignment]
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    info = app.vouchers.lookup(salon.front_desk, voucher.code)
    text = pdf_text(render_receipt(app.till.receipt(salon.front_desk, info.sale_id)), tmp_path)  # type: ignore[arg-type]
    assert "TSE ausgefallen" in text and "nachgeholt" in text


@needs_pdftotext
def test_z_report_lists_payments_vat_and_vouchers(
    app: App, salon: Salon, catalogue: dict[str, CatalogueRow], tmp_path: Path
) -> None:
    voucher = a_voucher_sold(app, salon.front_desk, 5000)
    redeem(app, salon.front_desk, voucher.code, catalogue["Färben"])
    text = pdf_text(render_z_report(app.till.close_day(salon.front_desk)), tmp_path)
    for expected in (
        "Z-Bericht",
        "Nr. 1 bis 2",
        "Bar",
        "Karte",
        "MehrzweckgutscheinKauf",
        "MehrzweckgutscheinEinloesung",
        "Gutscheine eingelöst",
        "65,00 €",
    ):
        assert expected in text, text


def test_long_texts_are_fitted_into_their_box() -> None:
    from reportlab.pdfbase import pdfmetrics

    from belbo_desktop.documents.fonts import BOLD, register_fonts
    from belbo_desktop.documents.voucher_handout import _fitted

    register_fonts()
    text = "Gesichtsbehandlung klassisch mit Ausreinigung, Maske und Massage (90 Minuten) " * 3
    for max_lines in (1, 2):
        size, lines = _fitted(text, BOLD, 16, 10, 250, max_lines)
        assert 10 <= size <= 16 and len(lines) <= max_lines
        assert all(pdfmetrics.stringWidth(ln, BOLD, size) <= 250 for ln in lines)
        assert lines[-1].endswith("…")
    size, lines = _fitted("Damenhaarschnitt", BOLD, 16, 10, 250, 2)
    assert (size, lines) == (16, ["Damenhaarschnitt"])


def test_cancelled_batch_writes_nothing(app: App, salon: Salon, tmp_path: Path) -> None:
    from belbo_desktop.documents.voucher_handout import Cancelled

    vouchers = [a_voucher_sold(app, salon.front_desk, 2500) for _ in range(3)]
    business = app.locations.current(salon.front_desk).business
    seen: list[int] = []
    target = tmp_path / "batch.pdf"
    with pytest.raises(Cancelled):
        render_handouts(
            handouts_of(vouchers),
            business,
            target=target,
            progress=lambda n: seen.append(n) or n < 2,
        )
    assert seen == [1, 2] and not target.exists() and not list(tmp_path.glob("*.part"))
    render_handouts(handouts_of(vouchers), business, target=target, progress=seen.append)
    assert target.read_bytes().startswith(b"%PDF")
