"""Shared fixtures: a real SQLite file per test, migrated once per session and copied."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.rights import Role
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.locations import BusinessData
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.storage.migrate import upgrade_sqlite

PASSWORD = "richtig-geheim"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database upgraded to head; every test gets a copy of this file."""
    folder = tmp_path_factory.mktemp("template")
    db = folder / "belbo.sqlite3"
    upgrade_sqlite(db, folder / "backups")
    return db


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC))


@pytest.fixture
def app(tmp_path: Path, clock: FixedClock, migrated_template: Path) -> Iterator[App]:
    paths = Paths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(migrated_template, paths.database)
    application = bootstrap(paths, clock=clock, hasher=Hasher.fast())
    yield application
    application.close()


@dataclass(frozen=True)
class Salon:
    """A location with one staff member of each role, logged in."""

    location_id: object
    owner: Actor
    manager: Actor
    front_desk: Actor


@pytest.fixture
def salon(app: App) -> Salon:
    location_id = app.locations.create(
        None,
        BusinessData(
            name="Salon Test",
            street="Teststraße 1",
            postcode="10115",
            city="Berlin",
            tax_number="12/345/67890",
        ),
    )
    actors = {}
    for username, role, pin in (
        ("chefin", Role.OWNER, "1111"),
        ("leitung", Role.MANAGER, "2222"),
        ("empfang", Role.FRONT_DESK, "3333"),
    ):
        app.staff.create_staff(
            None,
            location_id=location_id,
            username=username,
            display_name=username.title(),
            role=role,
            password=PASSWORD,
            pin=pin,
            email=f"{username}@salon.example",
        )
        actors[role] = app.staff.login(username, PASSWORD)
    return Salon(location_id, actors[Role.OWNER], actors[Role.MANAGER], actors[Role.FRONT_DESK])
