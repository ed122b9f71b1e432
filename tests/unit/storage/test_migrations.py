"""Migrations: an empty database reaches head and matches the models; unsafe cases refuse."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from belbo_desktop.domain.errors import DatabaseTooNew, MigrationFailed
from belbo_desktop.storage import migrate
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.migrate import include_object
from belbo_desktop.storage.orm import all_metadata


def test_empty_database_upgrades_to_head_matching_the_models(tmp_path: Path) -> None:
    db = tmp_path / "belbo.sqlite3"
    result = migrate.upgrade_sqlite(db, tmp_path / "backups")
    assert result.from_revision is None
    assert result.to_revision == migrate.head_revision()
    assert result.backup is None  # nothing to back up yet
    engine = make_engine(db)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, all_metadata())
    engine.dispose()
    assert diff == []


def test_upgrade_at_head_is_a_no_op_without_backup(tmp_path: Path) -> None:
    db = tmp_path / "belbo.sqlite3"
    migrate.upgrade_sqlite(db, tmp_path / "backups")
    again = migrate.upgrade_sqlite(db, tmp_path / "backups")
    assert again.backup is None
    assert not list((tmp_path / "backups").glob("*.sqlite3"))


def test_older_database_is_backed_up_before_upgrade_and_five_backups_are_kept(
    tmp_path: Path,
) -> None:
    db = tmp_path / "belbo.sqlite3"
    backups = tmp_path / "backups"
    for _ in range(7):
        db.unlink(missing_ok=True)
        _create_at(db, "0001")
        result = migrate.upgrade_sqlite(db, backups)
        assert result.backup is not None and result.backup.exists()
    assert len(list(backups.glob("*.sqlite3"))) == 5


def test_database_from_a_newer_app_is_refused_and_not_touched(tmp_path: Path) -> None:
    db = tmp_path / "belbo.sqlite3"
    migrate.upgrade_sqlite(db, tmp_path / "backups")
    _set_revision(db, "9999_from_the_future")
    before = db.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        migrate.upgrade_sqlite(db, tmp_path / "backups")
    assert "neueren Belbo-Version" in info.value.text()
    assert "newer version" in info.value.text("en")
    assert db.read_bytes() == before


def test_orphaned_rows_make_the_upgrade_roll_back(tmp_path: Path) -> None:
    db = tmp_path / "belbo.sqlite3"
    _create_at(db, "0001")
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute(
        "INSERT INTO settings (id, location_id, key, value, created_at, updated_at) "
        "VALUES ('00000000000000000000000000000001', 'ffffffffffffffffffffffffffffffff',"
        " 'x', '1', '2026-01-01', '2026-01-01')"
    )
    con.commit()
    con.close()
    with pytest.raises(MigrationFailed):
        migrate.upgrade_sqlite(db, tmp_path / "backups")
    assert migrate.current_revision(db) == "0001"  # rolled back, not half-upgraded


def test_normal_connections_use_safe_pragmas(tmp_path: Path) -> None:
    db = tmp_path / "belbo.sqlite3"
    migrate.upgrade_sqlite(db, tmp_path / "backups")
    engine = make_engine(db)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    engine.dispose()


def test_audit_log_refuses_updates_and_deletes(tmp_path: Path) -> None:
    db = tmp_path / "belbo.sqlite3"
    migrate.upgrade_sqlite(db, tmp_path / "backups")
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO audit_log (id, at, action, details) VALUES "
        "('00000000000000000000000000000002', '2026-01-01', 'x', '{}')"
    )
    con.commit()
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("UPDATE audit_log SET action='y'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM audit_log")
    con.close()


def _set_revision(db: Path, revision: str) -> None:
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


def _create_at(db: Path, revision: str) -> None:
    """A database as an older release left it: migrated only up to ``revision``."""
    engine = make_engine(db)
    with engine.begin() as conn:
        cfg = migrate.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_quick_head_agrees_with_alembic() -> None:
    assert migrate.quick_head_revision() == migrate.head_revision()
