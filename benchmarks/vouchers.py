"""Vouchers: find one by its scanned code among 100,000, and print handouts with QR code.

Floors: a raw sqlite3 lookup by code with its balance; a reportlab page with the code as
plain text (no layout, no QR) for the handouts.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from belbo_desktop.documents.voucher_handout import Handout, HandoutFormat, render_handouts
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind, format_code, new_code
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.vouchers import StateFilter, VoucherQuery
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry
from benchmarks.common import figure, p95, timed
from benchmarks.till import setup

VOUCHERS = 100_000
LOOKUPS = 300
BATCH = 500


def _fill(app: object, location_id: object, staff_id: object, rng: random.Random) -> list[str]:
    now = dt.datetime(2026, 11, 25, 9, tzinfo=dt.UTC)
    codes: list[str] = []
    with app.uow.write() as s:  # type: ignore[attr-defined]
        conn = s.connection()
        for start in range(0, VOUCHERS, 10_000):
            vouchers, entries = [], []
            for _ in range(start, min(VOUCHERS, start + 10_000)):
                vid = new_id()
                code = new_code(rng.randrange)
                codes.append(code)
                value = rng.choice((2500, 5000, 10000))
                vouchers.append(
                    dict(
                        id=vid,
                        location_id=location_id,
                        code=code,
                        kind="value",
                        treatment="multi",
                        face_value_cents=value,
                        vat_rate=None,
                        service_item_id=None,
                        service_name=None,
                        recipient=None,
                        message=None,
                        valid_until=dt.date(2029, 12, 31),
                        sale_id=None,
                        buyer_customer_id=None,
                        price_paid_cents=value,
                        created_at=now,
                        created_by_id=staff_id,
                    )
                )
                entries.append(
                    dict(
                        id=new_id(),
                        voucher_id=vid,
                        at=now,
                        kind="issue",
                        amount_cents=value,
                        sale_id=None,
                        staff_id=staff_id,
                        reason=None,
                    )
                )
            conn.execute(Voucher.__table__.insert(), vouchers)
            conn.execute(VoucherEntry.__table__.insert(), entries)
    return codes


def _plain_pages(codes: list[str]) -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(298, 420))
    for code in codes:
        c.setFont("Helvetica", 14)
        c.drawString(20, 200, code)
        c.showPage()
    c.save()
    return buffer.getvalue()


def run(customers: int) -> list[dict[str, object]]:
    rng = random.Random(7)
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        app, actor = setup(Path(tmp) / "belbo")
        started = time.perf_counter()
        codes = _fill(app, actor.location_id, actor.staff_id, rng)
        fill_s = time.perf_counter() - started
        with app.uow.engine.connect() as conn:  # a database at rest, as after a restart
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        probes = [format_code(rng.choice(codes)) for _ in range(LOOKUPS)]
        for code in probes[:20]:
            app.vouchers.lookup(actor, code)
        it = iter(probes)
        ours = timed(lambda: app.vouchers.lookup(actor, next(it)), LOOKUPS)
        con = sqlite3.connect(app.paths.database)
        it2 = iter(probes)

        def raw() -> None:
            code = next(it2).replace("-", "")
            row = con.execute(
                "SELECT id, face_value_cents, valid_until FROM vouchers WHERE code = ?", (code,)
            ).fetchone()
            con.execute(
                "SELECT SUM(amount_cents) FROM voucher_entries WHERE voucher_id = ?", (row[0],)
            ).fetchone()

        floor = timed(raw, LOOKUPS)
        window = timed(lambda: app.vouchers.page(actor, VoucherQuery(), 0, 200), 30)
        loc = actor.location_id.hex

        def raw_window() -> None:
            con.execute(
                "SELECT v.*, (SELECT SUM(amount_cents) FROM voucher_entries e "
                "WHERE e.voucher_id = v.id) FROM vouchers v WHERE v.location_id = ? "
                "ORDER BY v.created_at DESC, v.id DESC LIMIT 200",
                (loc,),
            ).fetchall()

        raw_windows = timed(raw_window, 30)
        usable = timed(lambda: app.vouchers.count(actor, VoucherQuery(state=StateFilter.USABLE)), 5)
        con.close()
        results.append(
            figure(
                f"vouchers: overview first window of 200 among {VOUCHERS:,}, p95",
                p95(window),
                "ms",
                p95(raw_windows),
            )
        )
        results.append(
            figure(f"vouchers: count of usable vouchers among {VOUCHERS:,}", p95(usable), "ms")
        )
        results.append(
            figure(
                f"vouchers: find by scanned code among {VOUCHERS:,}, p95",
                p95(ours),
                "ms",
                p95(floor),
            )
        )
        results.append(
            figure(f"vouchers: bulk insert of {VOUCHERS:,} vouchers + entries", fill_s, "s")
        )
        app.close()

    business = BusinessData(
        name="Salon Krüger",
        street="Schönhauser Allee 112",
        postcode="10437",
        city="Berlin",
        phone="+49 30 1234567",
    )
    handouts = [
        Handout(
            code,
            VoucherKind.VALUE,
            VatTreatment.MULTI_PURPOSE,
            Money(5000),
            dt.date(2029, 12, 31),
            recipient="Oma Inge",
            message="Alles Liebe!",
        )
        for code in codes[:BATCH]
    ]
    render_handouts(handouts[:1], business)  # fonts once per process
    singles = timed(lambda: render_handouts(handouts[:1], business), 50)
    plain_single = timed(lambda: _plain_pages(codes[:1]), 50)
    results.append(
        figure("vouchers: one handout PDF with QR (A6), p95", p95(singles), "ms", p95(plain_single))
    )
    batch = timed(lambda: render_handouts(handouts, business, HandoutFormat.A6), 1)[0] / 1000
    plain_batch = timed(lambda: _plain_pages(codes[:BATCH]), 1)[0] / 1000
    results.append(figure(f"vouchers: {BATCH} handouts in one PDF", batch, "s", plain_batch))
    return results
