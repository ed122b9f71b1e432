"""A real hub (PostgreSQL + uvicorn on loopback) and PCs with their own SQLite files.

One throw-away PostgreSQL database per test session, emptied between tests. Without a
reachable server the tests skip with the reason, unless BELBO_REQUIRE_POSTGRES=1 (CI),
where they fail.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select, text

from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.rights import Role
from belbo_desktop.hub.app import create_app
from belbo_desktop.hub.server import ServerThread, hub_engine
from belbo_desktop.hub.store import HubStore
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData, LocationService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.staff import StaffService
from belbo_desktop.storage.migrate import upgrade_engine
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync import tables
from tests.postgres import ADMIN_URL, admin_engine_or_skip

PG_ADMIN_URL = ADMIN_URL
PASSWORD = "richtig-geheim"
START = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def hub_database_url() -> Iterator[str]:
    admin = admin_engine_or_skip()
    name = f"belbo_test_sync_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    engine = create_engine(url)
    upgrade_engine(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def hub_engine_(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """The hub's PostgreSQL database, emptied; ``indirect`` "sqlite" gives a hub on a
    SQLite file instead (the single-PC trial set-up)."""
    if getattr(request, "param", "postgresql") == "sqlite":
        url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
        engine = hub_engine(url)
        upgrade_engine(engine)
        yield engine
        engine.dispose()
        return
    engine = hub_engine(request.getfixturevalue("hub_database_url"))
    with engine.begin() as conn:
        names = conn.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).all()
        wipe = [f'"{n}"' for n in names if n != "alembic_version"]
        conn.exec_driver_sql(f"TRUNCATE {', '.join(wipe)} RESTART IDENTITY CASCADE")
    yield engine
    engine.dispose()


@dataclass
class Hub:
    url: str
    store: HubStore
    engine: Engine
    clock: FixedClock
    location_id: uuid.UUID
    other_location_id: uuid.UUID

    def code(self, *locations: uuid.UUID) -> str:
        return self.store.make_code(list(locations) or [self.location_id])


@pytest.fixture
def hub(hub_engine_: Engine) -> Iterator[Hub]:
    clock = FixedClock(START)
    uow = UnitOfWork(hub_engine_)
    locations = LocationService(uow, clock)
    first = locations.create(None, BusinessData(name="Salon Mitte", city="Berlin"))
    second = locations.create(None, BusinessData(name="Salon Nord", city="Hamburg"))
    staff = StaffService(uow, clock, Hasher.fast())
    for username, role, loc in (
        ("chefin", Role.OWNER, first),
        ("empfang", Role.FRONT_DESK, first),
        ("nord", Role.OWNER, second),
    ):
        staff.create_staff(
            None,
            location_id=loc,
            username=username,
            display_name=username.title(),
            role=role,
            password=PASSWORD,
            pin=None,
        )
    store = HubStore(hub_engine_, clock)
    with ServerThread(create_app(store)) as server:
        yield Hub(server.url, store, hub_engine_, clock, first, second)


@dataclass
class PC:
    app: App
    clock: FixedClock
    name: str

    def login(self, username: str = "chefin") -> Actor:
        return self.app.staff.login(username, PASSWORD)

    def sync(self) -> Any:
        self.clock.advance(seconds=1)
        return self.app.sync.sync()


@pytest.fixture
def make_pc(tmp_path: Path, migrated_template: Path, hub: Hub) -> Iterator[Callable[..., PC]]:
    made: list[PC] = []

    def make(name: str, *, enrol: bool = True, locations: tuple[uuid.UUID, ...] = ()) -> PC:
        paths = Paths(tmp_path / name)
        paths.ensure()
        shutil.copyfile(migrated_template, paths.database)
        clock = FixedClock(START + dt.timedelta(minutes=len(made)))
        app = bootstrap(paths, clock=clock, hasher=Hasher.fast())
        app.sync.tokens.use_keyring = False
        pc = PC(app, clock, name)
        made.append(pc)
        if enrol:
            app.sync.enrol(None, hub.url, hub.code(*locations), name)
            pc.sync()
        return pc

    yield make
    for pc in made:
        pc.app.close()


def dump(
    engine_or_uow: Any, *, skip: frozenset[str] = frozenset()
) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table without local and derived columns, ordered by id."""
    engine = engine_or_uow.engine if isinstance(engine_or_uow, UnitOfWork) else engine_or_uow
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for name, spec in tables.specs().items():
            if name in skip:
                continue
            columns = [c for c in spec.synced]
            rows = conn.execute(select(*columns).order_by(spec.pk)).all()
            out[name] = [tuple(_plain(v) for v in r) for r in rows]
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, sort_keys=True)
    return value


def assert_converged(*dbs: dict[str, list[tuple[Any, ...]]]) -> None:
    first = dbs[0]
    for other in dbs[1:]:
        for name in first:
            assert first[name] == other[name], f"{name} differs"
