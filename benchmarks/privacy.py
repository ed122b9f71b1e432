"""Datenauskunft for a customer with 1,000 voucher ledger entries (target: under 2 s).

The floor is the same data fetched with raw sqlite3 and written the simplest way: one
line of text per entry on a reportlab canvas, plus ``json.dumps`` into a file.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import insert, select

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.documents.fonts import register_fonts
from belbo_desktop.domain.ids import new_id
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.vouchers import Voucher, VoucherEntry
from benchmarks.common import demo_data_dir, figure

ENTRIES = 1000


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _ledger(app, customer_id, location_id) -> None:  # type: ignore[no-untyped-def]
    """One voucher bought by the customer: an issue and 999 small redemptions."""
    now = app.clock.now()
    voucher_id = new_id()
    with app.uow.write() as s:
        s.execute(
            insert(Voucher),
            [
                dict(
                    id=voucher_id,
                    location_id=location_id,
                    code="K7QF92MDX4TPH3R",
                    kind="value",
                    treatment="multi",
                    face_value_cents=100_000,
                    vat_rate=None,
                    service_item_id=None,
                    service_name=None,
                    recipient="Oma Inge",
                    message="Alles Gute!",
                    valid_until=dt.date(2029, 12, 31),
                    sale_id=None,
                    buyer_customer_id=customer_id,
                    price_paid_cents=100_000,
                    created_at=now,
                    created_by_id=None,
                )
            ],
        )
        s.execute(
            insert(VoucherEntry),
            [
                dict(
                    id=new_id(),
                    voucher_id=voucher_id,
                    at=now + dt.timedelta(minutes=i),
                    kind="issue" if i == 0 else "redemption",
                    amount_cents=100_000 if i == 0 else -100,
                    sale_id=None,
                    staff_id=None,
                    reason=None,
                )
                for i in range(ENTRIES)
            ],
        )


def _floor(db: Path, customer_id: str, folder: Path) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(db)
    customer = con.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
    rows = con.execute(
        "SELECT e.at, e.kind, e.amount_cents FROM voucher_entries e "
        "JOIN vouchers v ON v.id = e.voucher_id WHERE v.buyer_customer_id = ? ORDER BY e.at",
        (customer_id,),
    ).fetchall()
    con.close()
    font = register_fonts()
    canvas = Canvas(str(folder / "floor.pdf"), pagesize=A4)
    canvas.setFont(font, 9)
    y = 800
    for row in [customer, *rows]:
        canvas.drawString(40, y, " ".join(str(v) for v in row)[:120])
        y -= 12
        if y < 40:
            canvas.showPage()
            canvas.setFont(font, 9)
            y = 800
    canvas.save()
    (folder / "floor.json").write_text(json.dumps([list(map(str, r)) for r in rows]))
    return (time.perf_counter() - started) * 1000


def run(customers: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = Paths(folder / "data")
        paths.ensure()
        _copy(Paths.at(demo_data_dir(customers)).database, paths.database)
        app = bootstrap(paths)
        manager = next(login for login in DEMO_LOGINS if login.username == "manager")
        actor = app.staff.login(manager.username, manager.password)
        with app.uow.read() as s:
            customer_id = s.scalar(
                select(Customer.id)
                .where(Customer.location_id == actor.location_id)
                .order_by(Customer.number.desc())
                .limit(1)
            )
        assert customer_id is not None
        _ledger(app, customer_id, actor.location_id)
        samples = []
        for _ in range(3):
            started = time.perf_counter()
            app.privacy.create_report(actor, customer_id, out_dir=folder / "out")
            samples.append((time.perf_counter() - started) * 1000)
        floor = min(_floor(paths.database, customer_id.hex, folder) for _ in range(3))
        app.close()
    return [
        figure(
            f"privacy_report_{ENTRIES}_entries_{customers}", statistics.median(samples), "ms", floor
        )
    ]
