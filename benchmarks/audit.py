"""Audit log viewer: pages of a log with 100,000 entries, newest first, with filters.

Floor: the same first page read with raw sqlite3 (``ORDER BY at DESC LIMIT 200``, no join,
no filter), in the same database.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import tempfile
from pathlib import Path

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.ids import new_id
from belbo_desktop.domain.rights import Role
from belbo_desktop.services.audit import AuditQuery
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.storage.orm import AuditEntry
from benchmarks.common import figure, p95, timed

ENTRIES = 100_000
REPEAT = 30
ACTIONS = ("customer_changed",) * 6 + ("login", "customer_created", "health_data_viewed")


def run(_customers: int) -> list[dict[str, object]]:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="belbo-bench-audit-") as folder:
        app = bootstrap(Paths(Path(folder)), hasher=Hasher.fast())
        try:
            location = app.locations.create(None, BusinessData(name="Bench", city="Berlin"))
            staff = []
            for name in ("chefin", "anna", "ben", "aushilfe"):
                staff.append(
                    app.staff.create_staff(
                        None,
                        location_id=location,
                        username=name,
                        display_name=name.title(),
                        role=Role.OWNER,
                        password="geheim-genug",
                    )
                )
            owner = app.staff.login("chefin", "geheim-genug")
            now = app.clock.now()
            rows = []
            for i in range(ENTRIES):
                who = staff[3] if i % 100 == 0 else rng.choice(staff[:3])  # one rare helper
                rows.append(
                    dict(
                        id=new_id(),
                        at=now - dt.timedelta(minutes=ENTRIES - i),
                        staff_id=who,
                        location_id=location,
                        action="staff_unlocked" if i % 1000 == 0 else rng.choice(ACTIONS),
                        target_type="customer",
                        target_id=str(new_id()),
                        details={"fields": ["phone"]},
                        summary=None,
                    )
                )
            with app.uow.write() as s:
                s.connection().execute(AuditEntry.__table__.insert(), rows)
            deep = app.audit.log_page(owner, limit=1)
            cursor = None
            page = app.audit.log_page(owner, limit=50_000)
            cursor = page.next
            assert deep.rows and cursor is not None

            def first() -> object:
                return app.audit.log_page(owner)

            cases = {
                "audit log: first page of 200 (100,000 entries)": first,
                "audit log: a page 50,000 entries deep": lambda: app.audit.log_page(
                    owner, after=cursor
                ),
                "audit log: staff member with 1% of the entries": lambda: app.audit.log_page(
                    owner, AuditQuery(staff_id=staff[3])
                ),
                "audit log: a rare action (0.1%)": lambda: app.audit.log_page(
                    owner, AuditQuery(action="staff_unlocked")
                ),
                "audit log: last 7 days": lambda: app.audit.log_page(
                    owner, AuditQuery(since=now.date() - dt.timedelta(days=6))
                ),
                "audit log: the action filter's choices": lambda: app.audit.actions(owner),
            }
            raw = sqlite3.connect(app.paths.database)
            floor = p95(
                timed(
                    lambda: raw.execute(
                        "SELECT * FROM audit_log ORDER BY at DESC LIMIT 200"
                    ).fetchall(),
                    REPEAT,
                )
            )
            raw.close()
            return [
                figure(name, p95(timed(call, REPEAT)), "ms p95", floor)
                for name, call in cases.items()
            ]
        finally:
            app.close()
