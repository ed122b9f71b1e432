"""Bonus cards at N customers, a quarter of them collecting (about five stamps each):
the Bonusprogramme overview, the list of full cards, one customer's Bonuskarten tab, and
a till sale that stamps a card; each against the simplest equivalent in the same run
(raw sqlite3 aggregate, raw lookup, the same sale without the bonus hook)."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import insert, select

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain import bonus as rules
from belbo_desktop.domain.bonus import EntryKind
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.sales import Cart, ItemLine, PaymentMethod
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.orm.bonus import BonusCard, BonusEntry, BonusProgram
from benchmarks.common import belbo_command, demo_data_dir, figure, p95, timed

SHARE = 4  # every 4th customer collects


def _fill(app: object, location_id: uuid.UUID, staff_id: uuid.UUID) -> list[uuid.UUID]:
    """Cards for every SHARE-th customer in the two demo programs, bulk inserted."""
    uow = app.uow  # type: ignore[attr-defined]
    rng = random.Random(5)
    now = dt.datetime.now(dt.UTC)
    with uow.write() as s:
        programs = list(
            s.scalars(select(BonusProgram).where(BonusProgram.location_id == location_id))
        )
        taken = set(s.scalars(select(BonusCard.customer_id)))
        customers = [
            c
            for c in s.scalars(select(Customer.id).where(Customer.location_id == location_id))
            if c not in taken
        ][::SHARE]
        conn = s.connection()
        cards, entries = [], []
        for i, cid in enumerate(customers):
            program = programs[i % len(programs)]
            card = rules.card_id(program.id, cid, 1)
            cards.append(
                dict(
                    id=card,
                    program_id=program.id,
                    customer_id=cid,
                    location_id=location_id,
                    number=1,
                    stamps_needed=program.stamps_needed,
                    started_at=now - dt.timedelta(days=90),
                    valid_until=None,
                    started_by_id=staff_id,
                )
            )
            for _k in range(rng.randrange(0, program.stamps_needed + 1)):
                entries.append(
                    dict(
                        id=new_id(),
                        card_id=card,
                        kind=EntryKind.STAMP.value,
                        count=1,
                        at=now - dt.timedelta(days=rng.randrange(0, 90)),
                        staff_id=staff_id,
                        sale_id=None,
                        reverses_entry_id=None,
                        reason=None,
                        reward=None,
                    )
                )
            if len(entries) > 20_000:
                conn.execute(insert(BonusCard), cards)
                conn.execute(insert(BonusEntry), entries)
                cards, entries = [], []
        if cards:
            conn.execute(insert(BonusCard), cards)
        if entries:
            conn.execute(insert(BonusEntry), entries)
    return customers


def _has_bonus_tables(db: Path) -> bool:
    con = sqlite3.connect(db)
    try:
        return bool(
            con.execute("SELECT 1 FROM sqlite_master WHERE name = 'bonus_programs'").fetchone()
        )
    finally:
        con.close()


def run(customers: int) -> list[dict[str, object]]:
    source = demo_data_dir(customers)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copyfile(Paths(source).database, folder / "belbo.sqlite3")
        if not _has_bonus_tables(folder / "belbo.sqlite3"):  # a cache from before 0006 was filled
            (folder / "belbo.sqlite3").unlink()
            subprocess.run(
                belbo_command("demo", "--data-dir", str(folder), "--customers", str(customers)),
                check=True,
                stdout=subprocess.DEVNULL,
            )
        app = bootstrap(Paths(folder))
        login = DEMO_LOGINS[0]
        actor = app.staff.login(login.username, login.password)
        collecting = _fill(app, actor.location_id, actor.staff_id)

        overview = timed(lambda: app.bonus.overview(actor), 5)
        full = timed(lambda: app.bonus.full_card_customers(actor), 5)
        con = sqlite3.connect(folder / "belbo.sqlite3")

        def raw_overview() -> None:
            con.execute(
                "SELECT c.program_id, count(*), sum(coalesce(e.n, 0) >= c.stamps_needed) "
                "FROM bonus_cards c LEFT JOIN (SELECT card_id, sum(count) AS n "
                "FROM bonus_entries GROUP BY card_id) e ON e.card_id = c.id "
                "GROUP BY c.program_id"
            ).fetchall()

        raw = timed(raw_overview, 5)

        sample = random.Random(1).sample(collecting, min(50, len(collecting)))
        tab = [ms for cid in sample for ms in timed(lambda c=cid: app.bonus.cards(actor, c), 1)]
        raw_tab = [
            ms
            for cid in sample
            for ms in timed(
                lambda c=cid: con.execute(
                    "SELECT e.* FROM bonus_cards c JOIN bonus_entries e ON e.card_id = c.id "
                    "WHERE c.customer_id = ?",
                    (c.hex,),
                ).fetchall(),
                1,
            )
        ]

        items = {i.name: i for i in app.catalogue.items(actor)}
        cut = items["Damenhaarschnitt"]

        def sale(cid: uuid.UUID) -> None:
            cart = Cart(customer_id=cid)
            cart.add_item(ItemLine(cut.name, cut.price, cut.vat_rate, catalogue_item_id=cut.id))
            cart.pay(PaymentMethod.CARD)
            app.till.commit(actor, cart)

        hooks = list(app.till.after_sale)
        stamped: list[float] = []
        plain: list[float] = []
        for cid in sample[:30]:  # alternate, so neither side gets the warmer cache
            stamped += timed(lambda c=cid: sale(c), 1)
            app.till.after_sale.clear()
            plain += timed(lambda c=cid: sale(c), 1)
            app.till.after_sale.extend(hooks)
        con.close()
        app.close()
    return [
        figure(f"bonus overview p95 @{customers}", p95(overview), "ms", p95(raw)),
        figure(f"bonus full cards list p95 @{customers}", p95(full), "ms", p95(raw)),
        figure(f"bonus customer tab p95 @{customers}", p95(tab), "ms", p95(raw_tab)),
        figure(f"sale with bonus stamp p95 @{customers}", p95(stamped), "ms", p95(plain)),
    ]
