"""Every released database upgrades to today's schema with its data and a backup first.

``tests/fixtures/release-<version>.sqlite3`` is a database made by that release
(``installer/release_fixture.py``, run at each release). An installer that puts a newer
version over an older one relies on exactly this: the first start migrates the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.services.customers import CustomerQuery
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.services.passwords import Hasher
from belbo_desktop.storage import migrate
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.search import is_search_table

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
RELEASES = sorted(FIXTURES.glob("release-*.sqlite3"))
FOUNDATION = "0001"


def _rows(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        names = [
            row[0]
            for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_")
            and not is_search_table(row[0])
            and row[0] != "alembic_version"
        ]
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        con.close()


def _customers(db: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT number, first_name, last_name FROM customers ORDER BY number"
        ).fetchall()
    finally:
        con.close()


def _copy(fixture: Path, tmp_path: Path) -> Paths:
    paths = Paths(tmp_path / "data")
    paths.ensure()
    shutil.copyfile(fixture, paths.database)
    return paths


def _check_the_app_works_on(paths: Paths, customers: list[tuple[str, str, str]]) -> None:
    app = bootstrap(paths, hasher=Hasher.fast())
    try:
        owner = DEMO_LOGINS[0]
        actor = app.staff.login(owner.username, owner.password)
        everyone = CustomerQuery(include_archived=True)
        assert app.customers.count(actor, everyone) == len(customers)
        last_name = customers[0][2]
        found = CustomerQuery(text=last_name, include_archived=True)
        assert app.customers.count(actor, found) >= 1  # the search index came along
    finally:
        app.close()


def test_there_is_a_fixture_for_the_first_release() -> None:
    assert "release-0.1.0.sqlite3" in [p.name for p in RELEASES]


@pytest.mark.parametrize("fixture", RELEASES, ids=lambda p: p.stem)
def test_a_released_database_upgrades_to_head_and_keeps_its_data(
    fixture: Path, tmp_path: Path
) -> None:
    paths = _copy(fixture, tmp_path)
    before_rows, before_customers = _rows(paths.database), _customers(paths.database)
    found = migrate.current_revision(paths.database)
    assert found in migrate.known_revisions()
    assert before_customers, "a release fixture holds customers"

    result = migrate.upgrade_sqlite(paths.database, paths.backups)

    assert result.from_revision == found
    assert result.to_revision == migrate.head_revision()
    if found == migrate.head_revision():
        assert result.backup is None
    else:
        assert result.backup is not None
        assert migrate.current_revision(result.backup) == found
        assert _customers(result.backup) == before_customers
    after_rows = _rows(paths.database)
    for table, count in before_rows.items():
        assert after_rows.get(table, 0) >= count, table
    assert _customers(paths.database) == before_customers
    _check_the_app_works_on(paths, before_customers)


@pytest.mark.parametrize("fixture", RELEASES, ids=lambda p: p.stem)
def test_a_released_database_on_the_foundation_schema_upgrades_with_a_backup(
    fixture: Path, tmp_path: Path
) -> None:
    """Walks every migration after the first over real data: the release's database is
    taken back to the foundation schema (later tables go, customers stay) and upgraded."""
    paths = _copy(fixture, tmp_path)
    customers = _customers(paths.database)
    _downgrade(paths.database, FOUNDATION)
    assert migrate.current_revision(paths.database) == FOUNDATION

    result = migrate.upgrade_sqlite(paths.database, paths.backups)

    assert (result.from_revision, result.to_revision) == (FOUNDATION, migrate.head_revision())
    assert result.backup is not None and result.backup.exists()
    assert migrate.current_revision(result.backup) == FOUNDATION
    assert _customers(result.backup) == customers
    assert _customers(paths.database) == customers
    _check_the_app_works_on(paths, customers)


def _downgrade(db: Path, revision: str) -> None:
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            with conn.begin():
                cfg = migrate.alembic_config()
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, revision)
    finally:
        engine.dispose()
