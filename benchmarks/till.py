"""Committing a sale at the till: one voucher sold, one redeemed, one service, paid by
card, with synchronous=FULL; against raw sqlite3 doing the same reads and inserts (same
tables, same triggers, same pragmas) in the same run."""

from __future__ import annotations

import sqlite3
import tempfile
import uuid
from pathlib import Path

from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.rights import Role
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod, Redemption, VoucherSale
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind, new_code
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.catalogue import build_demo_catalogue
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.passwords import Hasher
from benchmarks.common import figure, p95, timed

SALES = 300


def setup(folder: Path) -> tuple[App, Actor]:
    app = bootstrap(Paths(folder), hasher=Hasher.fast())
    location = app.locations.create(None, BusinessData(name="Bench", city="Berlin"))
    app.staff.create_staff(
        None,
        location_id=location,
        username="kasse",
        display_name="Kasse",
        role=Role.FRONT_DESK,
        password="geheim-genug",
        pin="1234",
    )
    actor = app.staff.login("kasse", "geheim-genug")
    build_demo_catalogue(app.uow, app.clock, location, with_sales=False)
    return app, actor


def one_sale(app: App, actor: Actor, voucher_id: uuid.UUID, code: str, cut: object) -> None:
    cart = Cart()
    cart.add_item(ItemLine("Damenhaarschnitt", Money(4900), 19, catalogue_item_id=cut))  # type: ignore[arg-type]
    cart.add_vouchers(
        VoucherSale(
            VoucherKind.VALUE, Money(5000), VatTreatment.MULTI_PURPOSE, None, recipient="Oma Inge"
        )
    )
    cart.add_redemption(Redemption(voucher_id, code, Money(100), VatTreatment.MULTI_PURPOSE, None))
    cart.pay(PaymentMethod.CARD)
    app.till.commit(actor, cart)


def raw_sale(con: sqlite3.Connection, ids: dict[str, str], voucher_id: str) -> None:
    """The same statements the service needs, written by hand."""
    now = "2026-11-25 10:00:00.000000"
    h = lambda: new_id().hex  # noqa: E731
    sale = h()
    new_voucher = h()
    con.execute("BEGIN IMMEDIATE")
    con.execute("SELECT id FROM tills WHERE location_id=? LIMIT 1", (ids["location"],)).fetchone()
    con.execute(
        "SELECT COALESCE(SUM(amount_cents),0) FROM voucher_entries WHERE voucher_id=?",
        (voucher_id,),
    ).fetchone()
    no = con.execute(
        "SELECT COALESCE(MAX(receipt_no),0)+1 FROM sales WHERE till_id=?", (ids["till"],)
    ).fetchone()[0]
    con.execute(
        "INSERT INTO sales (id, till_id, location_id, receipt_no, started_at, finished_at, "
        "staff_id, customer_id, total_cents, reverses_sale_id, reason) "
        "VALUES (?,?,?,?,?,?,?,NULL,?,NULL,NULL)",
        (sale, ids["till"], ids["location"], no, now, now, ids["staff"], 9800),
    )
    con.execute(
        "INSERT INTO vouchers (id, location_id, code, kind, treatment, face_value_cents, "
        "vat_rate, service_item_id, service_name, recipient, message, valid_until, sale_id, "
        "buyer_customer_id, price_paid_cents, created_at, created_by_id) "
        "VALUES (?,?,?,'value','multi',5000,NULL,NULL,NULL,'Oma Inge',NULL,'2029-12-31',?,"
        "NULL,5000,?,?)",
        (
            new_voucher,
            ids["location"],
            new_code(__import__("secrets").randbelow),
            sale,
            now,
            ids["staff"],
        ),
    )
    con.executemany(
        "INSERT INTO sale_lines (id, sale_id, position, business_case, text, quantity, "
        "unit_price_cents, discount_cents, amount_cents, vat_rate, vat_cents, "
        "catalogue_item_id, voucher_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (h(), sale, 1, "Umsatz", "Damenhaarschnitt", 1, 4900, 0, 4900, 19, 782, None, None),
            (
                h(),
                sale,
                2,
                "MehrzweckgutscheinKauf",
                "Wertgutschein",
                1,
                5000,
                0,
                5000,
                None,
                0,
                None,
                new_voucher,
            ),
            (
                h(),
                sale,
                3,
                "MehrzweckgutscheinEinloesung",
                "Gutschein",
                1,
                -100,
                0,
                -100,
                None,
                0,
                None,
                voucher_id,
            ),
        ],
    )
    con.execute(
        "INSERT INTO sale_payments (id, sale_id, method, amount_cents, tendered_cents, "
        "change_cents) VALUES (?,?,'card',9800,NULL,0)",
        (h(), sale),
    )
    con.executemany(
        "INSERT INTO voucher_entries (id, voucher_id, at, kind, amount_cents, sale_id, "
        "staff_id, reason) VALUES (?,?,?,?,?,?,?,NULL)",
        [
            (h(), new_voucher, now, "issue", 5000, sale, ids["staff"]),
            (h(), voucher_id, now, "redemption", -100, sale, ids["staff"]),
        ],
    )
    con.execute(
        "INSERT INTO sale_signatures (id, sale_id, at, state, data) VALUES (?,?,?,'no_tse','{}')",
        (h(), sale, now),
    )
    con.execute("COMMIT")


def run(customers: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        app, actor = setup(Path(tmp) / "belbo")
        cut = next(i for i in app.catalogue.items(actor) if i.name == "Damenhaarschnitt")
        # vouchers to redeem from: enough balance for every sale of both runs
        cart = Cart()
        cart.add_vouchers(
            VoucherSale(VoucherKind.VALUE, Money(500_000), VatTreatment.MULTI_PURPOSE, None),
            count=2,
        )
        cart.pay(PaymentMethod.CARD)
        sold = app.till.commit(actor, cart).vouchers
        ours = sold[0]
        con = sqlite3.connect(app.paths.database, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(f"PRAGMA busy_timeout={5000}")
        till = app.till.till(actor)
        ids = {
            "location": actor.location_id.hex,
            "till": till.id.hex,
            "staff": actor.staff_id.hex,
        }
        raw_voucher = sold[1].id.hex
        for _ in range(20):  # warm up both
            one_sale(app, actor, ours.id, ours.code, cut.id)
            raw_sale(con, ids, raw_voucher)
        # interleaved, so both see the same load on a shared machine
        samples: list[float] = []
        floor: list[float] = []
        for _ in range(SALES):
            samples += timed(lambda: one_sale(app, actor, ours.id, ours.code, cut.id), 1)
            floor += timed(lambda: raw_sale(con, ids, raw_voucher), 1)
        con.close()
        sync = app.uow.engine.connect().exec_driver_sql("PRAGMA synchronous").scalar()
        app.close()
    assert sync == 2, "benchmark must run with synchronous=FULL"
    return [
        figure(
            "till: sale commit (1 voucher sold + 1 redeemed), p95", p95(samples), "ms", p95(floor)
        ),
        figure(
            "till: sale commit, median",
            sorted(samples)[len(samples) // 2],
            "ms",
            sorted(floor)[len(floor) // 2],
        ),
    ]
