"""A single-PC trial: the hub on a SQLite file instead of PostgreSQL."""

from __future__ import annotations

import shutil

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.rights import Role
from belbo_desktop.hub.app import create_app
from belbo_desktop.hub.server import ServerThread, prepare
from belbo_desktop.hub.store import HubStore
from belbo_desktop.services.locations import BusinessData, LocationService
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.services.ports import FixedClock
from belbo_desktop.services.staff import StaffService
from belbo_desktop.storage.unit_of_work import UnitOfWork
from tests.builders import a_customer
from tests.integration.sync.conftest import START, assert_converged, dump


def test_a_hub_on_sqlite_serves_two_pcs(tmp_path, migrated_template):
    clock = FixedClock(START)
    engine = prepare(f"sqlite+pysqlite:///{tmp_path / 'hub.sqlite3'}")
    uow = UnitOfWork(engine)
    location = LocationService(uow, clock).create(None, BusinessData(name="Probe"))
    StaffService(uow, clock, Hasher.fast()).create_staff(
        None,
        location_id=location,
        username="chefin",
        display_name="Chefin",
        role=Role.OWNER,
        password="richtig-geheim",
    )
    store = HubStore(engine, clock)
    apps = []
    try:
        with ServerThread(create_app(store)) as server:
            for name in ("a", "b"):
                paths = Paths(tmp_path / name)
                paths.ensure()
                shutil.copyfile(migrated_template, paths.database)
                app = bootstrap(paths, clock=clock, hasher=Hasher.fast())
                app.sync.tokens.use_keyring = False
                app.sync.enrol(None, server.url, store.make_code([location]), name)
                app.sync.sync()
                apps.append(app)
            actor = apps[0].staff.login("chefin", "richtig-geheim")
            a_customer(apps[0], actor, last_name="Probst")
            for app in (*apps, *apps):
                app.sync.sync()
        assert_converged(dump(apps[0].uow), dump(apps[1].uow))
        assert [r[3] for r in dump(apps[1].uow)["customers"]] == ["Probst"]
    finally:
        for app in apps:
            app.close()
        engine.dispose()
