"""Sync figures with the hub on PostgreSQL (a separate `belbo hub serve` process).

- first sync of a new PC pulling every customer (with custom fields) of a location;
  floor: the same rows read from PostgreSQL and written to SQLite with executemany;
- incremental sync of 1,000 changed customers each way (one PC pushes 1,000 and pulls
  the other PC's 1,000 in one sync);
- 20 PCs syncing at once (loopback), p95 of one sync.

The demo PC's own first push (everything it had before enrolling) is reported too.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, select

from benchmarks.common import CACHE, demo_data_dir, figure, p95

PG_ADMIN = os.environ.get(
    "BELBO_BENCH_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
INCREMENTAL = 1000
CONCURRENT_PCS = 20


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Hub:
    """A throw-away PostgreSQL database and `belbo hub serve` on it."""

    def __init__(self) -> None:
        self.name = f"belbo_bench_sync_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.url = PG_ADMIN.rsplit("/", 1)[0] + "/" + self.name
        self.admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
        self.port = _free_port()
        self.http = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> _Hub:
        from belbo_desktop.hub.server import prepare

        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{self.name}"')
        prepare(self.url).dispose()
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "belbo_desktop.cli",
                "hub",
                "serve",
                "--database-url",
                self.url,
                "--port",
                str(self.port),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            try:
                if httpx.get(self.http + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("hub did not start")

    def code(self, location_id: uuid.UUID) -> str:
        from belbo_desktop.hub.server import hub_engine
        from belbo_desktop.hub.store import HubStore
        from belbo_desktop.services.ports import SystemClock

        engine = hub_engine(self.url)
        try:
            return HubStore(engine, SystemClock()).make_code([location_id])
        finally:
            engine.dispose()

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.admin.dispose()


def _pc(folder: Path, source: Path | None = None) -> Any:
    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths
    from belbo_desktop.services.passwords import Hasher

    if source is not None:
        shutil.copytree(source, folder, ignore=shutil.ignore_patterns("*-shm", "*-wal"))
        with (
            sqlite3.connect(source / "belbo.sqlite3") as src,
            sqlite3.connect(folder / "belbo.sqlite3") as dst,
        ):
            src.backup(dst)
    app = bootstrap(Paths(folder), hasher=Hasher.fast())
    app.sync.tokens.use_keyring = False
    return app


def _location_of(app: Any) -> uuid.UUID:
    from belbo_desktop.storage.orm import Location

    with app.uow.read() as s:
        return s.scalars(select(Location.id)).first()  # type: ignore[no-any-return]


def _edit(app: Any, ids: list[uuid.UUID], tag: str) -> None:
    """Change a note on each customer through the ORM (captured like any service edit)."""
    from belbo_desktop.storage.orm import Customer

    for start in range(0, len(ids), 100):
        with app.uow.write() as s:
            for customer in s.scalars(
                select(Customer).where(Customer.id.in_(ids[start : start + 100]))
            ):
                customer.notes = f"{tag} {customer.id.hex[:6]}"


def _customer_ids(app: Any, limit: int, offset: int) -> list[uuid.UUID]:
    from belbo_desktop.storage.orm import Customer

    with app.uow.read() as s:
        return list(
            s.scalars(select(Customer.id).order_by(Customer.number).offset(offset).limit(limit))
        )


def _floor(hub_url: str, folder: Path) -> float:
    """Customers and custom values read from PostgreSQL, written to SQLite plainly."""
    import psycopg

    started = time.perf_counter()
    dsn = hub_url.replace("postgresql+psycopg://", "postgresql://")
    con = sqlite3.connect(folder / "floor.sqlite3")
    with psycopg.connect(dsn) as pg:
        for table in ("customers", "custom_field_values"):
            cur = pg.execute(f"SELECT * FROM {table}")
            names = [d.name for d in cur.description or ()]
            con.execute(f"CREATE TABLE {table} ({', '.join(names)})")
            marks = ", ".join("?" for _ in names)
            while rows := cur.fetchmany(5000):
                con.executemany(
                    f"INSERT INTO {table} VALUES ({marks})",
                    [tuple(str(v) if v is not None else None for v in r) for r in rows],
                )
    con.commit()
    con.close()
    return time.perf_counter() - started


def run(customers: int) -> list[dict[str, object]]:
    from belbo_desktop.domain.rights import Role
    from belbo_desktop.hub.importer import import_sqlite
    from belbo_desktop.services.locations import BusinessData, LocationService
    from belbo_desktop.services.passwords import Hasher
    from belbo_desktop.services.ports import SystemClock
    from belbo_desktop.services.staff import StaffService
    from belbo_desktop.storage.unit_of_work import UnitOfWork

    demo = demo_data_dir(customers)
    out: list[dict[str, object]] = []
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp, _Hub() as hub:
        root = Path(tmp)
        # The demo PC's database goes into the hub (`belbo hub import`), then it enrols.
        seed = _pc(root / "seed", demo)
        location = _location_of(seed)
        started = time.perf_counter()
        engine = create_engine(hub.url)
        import_sqlite(engine, seed.paths.database, lambda: time.time_ns() // 1_000_000)
        engine.dispose()
        out.append(figure(f"sync_hub_import_{customers}_customers", _since(started), "s"))
        _note(out[-1])
        seed.sync.enrol(None, hub.http, hub.code(location), "Büro", imported=True)
        started = time.perf_counter()
        seed.sync.sync()
        out.append(figure(f"sync_first_sync_after_import_{customers}", _since(started), "s"))
        _note(out[-1])

        # A new PC's first sync pulls the location.
        fresh = _pc(root / "fresh")
        fresh.sync.enrol(None, hub.http, hub.code(location), "Kasse 1")
        started = time.perf_counter()
        fresh.sync.sync()
        first = _since(started)
        out.append(
            figure(
                f"sync_first_sync_{customers}_customers",
                first,
                "s",
                _floor(hub.url, root),
            )
        )

        _note(out[-1])
        # 1,000 edits on each PC, then one sync each way.
        n = min(INCREMENTAL, max(customers // 4, 1))
        _edit(seed, _customer_ids(seed, n, 0), "A")
        _edit(fresh, _customer_ids(fresh, n, n), "B")
        seed.sync.sync()  # A's 1,000 reach the hub
        started = time.perf_counter()
        report = fresh.sync.sync()  # B pushes its 1,000 and pulls A's
        both = _since(started)
        out.append(figure(f"sync_incremental_{n}_each_way", both, "s"))
        assert report.pushed >= n and report.pulled >= n, report
        out.append(_compaction(hub.url))
        _note(out[-1])

        # 20 small PCs of another location sync at the same time.
        engine = create_engine(hub.url)
        uow = UnitOfWork(engine)
        clock = SystemClock()
        other = LocationService(uow, clock).create(None, BusinessData(name="Filiale Nord"))
        StaffService(uow, clock, Hasher.fast()).create_staff(
            None,
            location_id=other,
            username="nord",
            display_name="Nord",
            role=Role.OWNER,
            password="belbo-demo",
        )
        engine.dispose()
        samples = _load_test(hub, other, rounds=5)
        errors = [x for x in samples if x < 0]
        ok = [x for x in samples if x >= 0] or [0.0]
        out.append(figure(f"sync_{CONCURRENT_PCS}_pcs_at_once_p95", p95(ok), "ms"))
        out.append(figure(f"sync_{CONCURRENT_PCS}_pcs_errors", len(errors), "count"))
        for app in (seed, fresh):
            app.close()
    return out


def _compaction(url: str) -> dict[str, object]:
    """The daily compaction of the whole log as it would run 100 days from now."""
    from belbo_desktop.hub.compaction import compact
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.ports import FixedClock

    engine = create_engine(url)
    try:
        later = FixedClock(dt.datetime.now(dt.UTC) + dt.timedelta(days=100))
        started = time.perf_counter()
        compact(HubStore(engine, later), horizon_after=None)
        return figure("sync_hub_compaction", _since(started), "s")
    finally:
        engine.dispose()


def _customer_change(location: uuid.UUID, clock: Any, number: int, name: str) -> dict[str, Any]:
    from belbo_desktop.domain.ids import new_id

    cid = new_id()
    now = dt.datetime.now(dt.UTC).isoformat()
    fields: dict[str, Any] = {
        "id": str(cid),
        "location_id": str(location),
        "number": number,
        "first_name": "Lasttest",
        "last_name": name,
        "email": None,
        "phone": None,
        "birthday": None,
        "street": None,
        "postcode": None,
        "city": "Hamburg",
        "country": "DE",
        "notes": None,
        "marketing_consent": False,
        "archived_at": None,
        "created_by_id": None,
        "updated_by_id": None,
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
    }
    return {
        "change_id": str(new_id()),
        "table_name": "customers",
        "row_id": str(cid),
        "op": "insert",
        "hlc": clock.tick(),
        "fields": fields,
    }


def _load_test(hub: _Hub, location: uuid.UUID, rounds: int) -> list[float]:
    """20 simulated PCs (HTTP only, no local database) push and pull at the same moment.

    Each sync pushes ten new customers and pulls everything the others pushed, as a PC
    does; the PCs' own SQLite work is left out so that the figure is the hub's answer
    time, not 20 clients fighting over this machine's two cores.
    """
    from belbo_desktop.sync.hlc import HybridClock
    from belbo_desktop.sync.protocol import PROTOCOL_HEADER

    clients = []
    for i in range(CONCURRENT_PCS):
        code = hub.code(location)
        with httpx.Client(base_url=hub.http, headers={PROTOCOL_HEADER: "1"}) as http:
            answer = http.post("/v1/enrol", json={"code": code, "name": f"Last {i}"}).json()
        headers = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {answer['token']}"}
        clock = HybridClock(uuid.UUID(answer["device_id"]), lambda: time.time_ns() // 1_000_000)
        clients.append((httpx.Client(base_url=hub.http, headers=headers, timeout=60), clock))
    cursors = [0] * CONCURRENT_PCS
    samples: list[float] = []
    lock = threading.Lock()
    for r in range(rounds):
        barrier = threading.Barrier(CONCURRENT_PCS)

        def one(i: int, barrier: threading.Barrier = barrier, r: int = r) -> None:
            http, clock = clients[i]
            batch = [
                _customer_change(location, clock, 100_000 + r * 1000 + i * 10 + k, f"Pc{i}")
                for k in range(10)
            ]
            barrier.wait()
            started = time.perf_counter()
            try:
                http.post("/v1/push", json={"changes": batch}).raise_for_status()
                while True:
                    page = http.get("/v1/pull", params={"cursor": cursors[i]}).json()
                    cursors[i] = page["cursor"]
                    if not page["more"]:
                        break
                value = _since(started) * 1000
            except httpx.HTTPError:
                value = -1.0
            with lock:
                samples.append(value)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(CONCURRENT_PCS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for http, _ in clients:
        http.close()
    return samples


def _note(item: dict[str, object]) -> None:
    print(f"  {item['figure']}: {item['value']} {item['unit']}", file=sys.stderr, flush=True)


def _since(started: float) -> float:
    return time.perf_counter() - started


if __name__ == "__main__":
    import json

    for item in run(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000):
        print(json.dumps(item, ensure_ascii=False), dt.datetime.now(dt.UTC).isoformat())
