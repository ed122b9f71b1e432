"""Vouchers and the till's history on the demo, and voucher codes and handouts in bulk.

On the demo with N customers (three years of history: N/2 receipts, N/10 vouchers), what
the screens ask the services for: the Gutscheine overview per state filter (count and
first window), typing a search (code prefix, recipient, buyer), a window 10,000 rows
deep, a voucher's detail pane, the customer file's Gutscheine, Einkäufe and Verlauf tabs
and the Datenauskunft data for the busiest customer, the till's Belege list, a receipt,
a busy day's closing report and the day closing itself; the state counts right after a sale
and on the first look of a day. Floors: the same rows read with raw sqlite3 where one
statement says what the screen needs.

Apart from the demo: find one by its scanned code among 100,000, and print handouts
with QR code. Floors: a raw sqlite3 lookup by code with its balance; a reportlab page
with the code as plain text (no layout, no QR) for the handouts.
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
from sqlalchemy import func, select

from belbo_desktop.documents.voucher_handout import Handout, HandoutFormat, render_handouts
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.money import Money
from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind, format_code, new_code
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.vouchers import StateFilter, VoucherQuery, VoucherService
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
    return on_demo(customers) + in_bulk()


def in_bulk() -> list[dict[str, object]]:
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
        usable_query = VoucherQuery(state=StateFilter.USABLE)
        # the first count of a day reads every voucher's state; later ones follow the ledger
        first_count = timed(
            lambda: VoucherService(app.uow, app.clock).count(actor, usable_query), 3
        )
        app.vouchers.count(actor, usable_query)
        usable = timed(lambda: app.vouchers.count(actor, usable_query), 5)
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
                f"vouchers: count of usable vouchers among {VOUCHERS:,}, first of the day",
                max(first_count),
                "ms",
            )
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


# --- on the demo --------------------------------------------------------------------------

STATES = (
    StateFilter.ALL,
    StateFilter.USABLE,
    StateFilter.ACTIVE,
    StateFilter.PARTLY_REDEEMED,
    StateFilter.REDEEMED,
    StateFilter.EXPIRED,
    StateFilter.CANCELLED,
)
WINDOW = 100  # the overview's window (ui.vouchers.model.PAGE)
DEEP = 10_000


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _typed(text: str) -> list[str]:
    """What the search field holds after each keystroke."""
    return [text[:i] for i in range(1, len(text) + 1)]


def on_demo(customers: int) -> list[dict[str, object]]:
    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths
    from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod, VoucherSale
    from belbo_desktop.services.demo_logins import DEMO_LOGINS
    from belbo_desktop.services.till.journal import SalesQuery
    from belbo_desktop.storage.orm import Customer
    from belbo_desktop.storage.orm.sales import Sale, TillClosing
    from benchmarks.common import demo_data_dir

    n = f"@{customers:,}"
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = Paths(Path(tmp) / "data")
        paths.ensure()
        _copy(Paths.at(demo_data_dir(customers)).database, paths.database)
        app = bootstrap(paths)
        owner = DEMO_LOGINS[0]
        actor = app.staff.login(owner.username, owner.password)
        vouchers = app.vouchers
        con = sqlite3.connect(paths.database)
        with app.uow.read() as s:
            busiest, visits = s.execute(
                select(Sale.customer_id, func.count())
                .where(Sale.customer_id.is_not(None))
                .group_by(Sale.customer_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            last_name = s.scalar(select(Customer.last_name).where(Customer.id == busiest))
            busy_closing = s.scalar(
                select(TillClosing.id)
                .order_by((TillClosing.last_receipt_no - TillClosing.first_receipt_no).desc())
                .limit(1)
            )
            sale_ids = list(s.scalars(select(Sale.id)))
            total = s.scalar(select(func.count()).select_from(Voucher)) or 0
            codes = list(s.scalars(select(Voucher.code)))
            recipient = s.scalar(
                select(Voucher.recipient)
                .where(Voucher.recipient.is_not(None))
                .group_by(Voucher.recipient)
                .order_by(func.count().desc())
                .limit(1)
            )
        rng = random.Random(3)
        loc = actor.location_id.hex

        def overview(state: StateFilter, text: str = "") -> None:
            vouchers.overview(actor, VoucherQuery(text, state), WINDOW)

        def raw_overview() -> None:
            con.execute("SELECT count(*) FROM vouchers WHERE location_id = ?", (loc,)).fetchone()
            con.execute(
                "SELECT v.*, (SELECT SUM(amount_cents) FROM voucher_entries e "
                "WHERE e.voucher_id = v.id) FROM vouchers v WHERE v.location_id = ? "
                "ORDER BY v.created_at DESC, v.id DESC LIMIT 100",
                (loc,),
            ).fetchall()

        for state in STATES:  # a running app: pages in the cache once
            overview(state)
        floor = p95(timed(raw_overview, 20))
        for state in STATES:
            results.append(
                figure(
                    f"vouchers {n}: overview '{state.value}', count + first {WINDOW} "
                    f"among {total:,}, p95",
                    p95(timed(lambda st=state: overview(st), 10)),
                    "ms",
                    floor if state is StateFilter.ALL else None,
                )
            )

        code = format_code(rng.choice(codes))
        searches = {
            "code prefix": _typed(code[:8]),
            "recipient": _typed(recipient or "Oma Inge"),
            "buyer": _typed(last_name or "Müller"),
        }
        for what, keystrokes in searches.items():
            samples = [
                ms
                for text in keystrokes
                for ms in timed(lambda t=text: overview(StateFilter.ALL, t), 3)
            ]
            results.append(
                figure(
                    f"vouchers {n}: typing a search by {what}, p95 per keystroke",
                    p95(samples),
                    "ms",
                )
            )

        deep_row = vouchers.page(actor, VoucherQuery(), DEEP - 1, 1)[0]
        cursor = (deep_row.created_at.strftime("%Y-%m-%d %H:%M:%S.%f"), deep_row.id.hex)

        def raw_deep() -> None:
            con.execute(
                "SELECT v.*, (SELECT SUM(amount_cents) FROM voucher_entries e "
                "WHERE e.voucher_id = v.id) FROM vouchers v WHERE v.location_id = ? "
                "AND (v.created_at, v.id) < (?, ?) "
                "ORDER BY v.created_at DESC, v.id DESC LIMIT 100",
                (loc, *cursor),
            ).fetchall()

        deep = timed(
            lambda: vouchers.page(actor, VoucherQuery(), limit=WINDOW, after=deep_row.cursor), 10
        )
        results.append(
            figure(
                f"vouchers {n}: overview window {DEEP:,} rows deep (scrolled to), p95",
                p95(deep),
                "ms",
                p95(timed(raw_deep, 10)),
            )
        )
        picks = [info.id for info in vouchers.page(actor, VoucherQuery(), 0, 2000)]
        detail = [
            ms
            for vid in rng.sample(picks, 30)
            for ms in timed(lambda v=vid: vouchers.detail(actor, v), 1)
        ]
        results.append(figure(f"vouchers {n}: detail pane with ledger, p95", p95(detail), "ms"))
        scans = [format_code(c) for c in rng.sample(codes, 50)]
        lookup = [ms for c in scans for ms in timed(lambda c=c: vouchers.lookup(actor, c), 1)]
        results.append(figure(f"vouchers {n}: scanned code at the till, p95", p95(lookup), "ms"))

        tab = timed(lambda: vouchers.for_customer(actor, busiest), 10)
        results.append(
            figure(
                f"vouchers {n}: customer file, Gutscheine tab of the busiest customer "
                f"({visits} visits), p95",
                p95(tab),
                "ms",
            )
        )
        history = timed(lambda: app.audit.entries(actor, target_id=str(busiest)), 10)
        results.append(
            figure(
                f"vouchers {n}: customer file, Verlauf tab of the busiest customer, p95",
                p95(history),
                "ms",
            )
        )
        app.privacy.report_data(actor, busiest)  # its modules imported, as in a running app
        report = timed(lambda: app.privacy.report_data(actor, busiest), 5)
        results.append(
            figure(
                f"vouchers {n}: Datenauskunft data of the busiest customer, p95", p95(report), "ms"
            )
        )

        journal = app.sales_journal
        first = timed(lambda: journal.page(actor, SalesQuery(), None, 50), 10)
        results.append(figure(f"till {n}: Belege, first 50 receipts, p95", p95(first), "ms"))
        sales_tab = timed(
            lambda: journal.page(actor, SalesQuery(customer_id=busiest), None, 50), 10
        )
        results.append(
            figure(
                f"till {n}: customer file, Einkäufe tab of the busiest customer, p95",
                p95(sales_tab),
                "ms",
            )
        )
        receipts = [
            ms
            for sid in rng.sample(sale_ids, 30)
            for ms in timed(lambda i=sid: app.till.receipt(actor, i), 1)
        ]
        results.append(figure(f"till {n}: one receipt, p95", p95(receipts), "ms"))
        assert busy_closing is not None
        closing = timed(lambda: app.till.closing(actor, busy_closing), 10)
        results.append(figure(f"till {n}: busiest day's closing report, p95", p95(closing), "ms"))

        cut = next(i for i in app.catalogue.items(actor) if i.name == "Damenhaarschnitt")
        fresh: list[float] = []
        for _ in range(5):  # the state counts follow the ledger: sell, then look
            cart = Cart()
            cart.add_vouchers(
                VoucherSale(VoucherKind.VALUE, Money(5000), VatTreatment.MULTI_PURPOSE, None)
            )
            cart.pay(PaymentMethod.CARD)
            app.till.commit(actor, cart)
            fresh += timed(lambda: overview(StateFilter.USABLE), 1)
        results.append(
            figure(
                f"vouchers {n}: overview 'usable' right after a voucher sale, worst of 5",
                max(fresh),
                "ms",
            )
        )
        first_of_day = []
        for _ in range(3):  # a new day (or a new start): every voucher's state is counted
            service = VoucherService(app.uow, app.clock)
            usable = VoucherQuery(state=StateFilter.USABLE)
            first_of_day += timed(lambda s=service, q=usable: s.overview(actor, q, WINDOW), 1)
        results.append(
            figure(
                f"vouchers {n}: overview 'usable', first of the day (every state counted), "
                "worst of 3",
                max(first_of_day),
                "ms",
            )
        )

        def close_day() -> None:
            """As the till page's closing runs it, after the day's last sale."""
            app.till.retry_signatures(actor)
            app.vouchers.expire_due(actor)
            app.till.close_day(actor)

        closings = []
        for _ in range(3):
            cart = Cart()
            cart.add_item(ItemLine(cut.name, cut.price, cut.vat_rate, catalogue_item_id=cut.id))
            cart.pay(PaymentMethod.CARD)
            app.till.commit(actor, cart)
            closings += timed(close_day, 1)
        results.append(
            figure(
                f"till {n}: day closing (signatures, expiry, Z-Bericht), worst of 3",
                max(closings),
                "ms",
            )
        )
        con.close()
        app.close()
    return results
