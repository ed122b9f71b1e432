"""Bring a database to the app's schema: back up, refuse newer, migrate, check keys."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from belbo_desktop.domain.errors import DatabaseTooNew, MigrationFailed
from belbo_desktop.domain.messages import Message
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.search import is_search_table

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BACKUPS_TO_KEEP = 5
_REVISION = re.compile(r'^revision(?:: str)? = ["\'](?P<rev>[^"\']+)["\']', re.M)
_DOWN = re.compile(r'^down_revision(?:: [^=]+)? = (?:["\'](?P<rev>[^"\']+)["\']|None)', re.M)


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


#: Indexes a migration makes by hand, not in the models: one for the hub's PostgreSQL only
#: (with a collation the models cannot spell) and an expression index on lower(email).
HAND_MADE_INDEXES = frozenset({"ix_customers_snapshot", "ix_customers_email_lower"})


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic filter: the FTS5 table and its shadow tables, and indexes a migration makes
    by hand with a collation the models cannot spell, are not the models' business."""
    if type_ == "table" and name is not None and is_search_table(name):
        return False
    return not (type_ == "index" and name in HAND_MADE_INDEXES)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def quick_head_revision() -> str | None:
    """The head read straight from the revision files, without importing Alembic.

    Start-up only needs to know "is this database current?"; Alembic and its script
    parsing cost a few hundred milliseconds, so they are loaded only to migrate. Returns
    None if the files do not form one linear chain (then Alembic decides).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return None
        revisions.add(rev["rev"])
        if down["rev"]:
            parents.add(down["rev"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(db_path: Path) -> str | None:
    """Read the revision without SQLAlchemy or Alembic, so nothing can write."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        con.close()


def backup_sqlite(
    db_path: Path, backups_dir: Path, label: str, keep: int = BACKUPS_TO_KEEP
) -> Path:
    """Consistent copy via SQLite's backup API (safe with WAL); keep the newest ``keep``."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{db_path.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    backups = sorted(backups_dir.glob(f"{db_path.stem}-*.sqlite3"))
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    return target


def upgrade_sqlite(db_path: Path, backups_dir: Path) -> UpgradeResult:
    """Upgrade a desktop database file to head.

    A database from a newer app is refused untouched. An existing database is backed
    up first. All revisions run in one transaction with foreign keys off (SQLite's
    table rebuild would otherwise cascade deletes) and are rolled back if
    ``PRAGMA foreign_key_check`` finds anything.
    """
    found = current_revision(db_path)
    if found is not None and found == quick_head_revision():
        return UpgradeResult(found, found, None)
    head = head_revision()
    if found == head:
        return UpgradeResult(found, head, None)
    if found is not None and found not in known_revisions():
        raise DatabaseTooNew(Message("db_too_new", {"found": found}))
    backup = None
    if found is not None:
        backup = backup_sqlite(db_path, backups_dir, f"before-{head}")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            with conn.begin():
                from alembic import command

                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailed(
                        Message(
                            "db_foreign_keys", {"count": len(problems), "backup": backup or "-"}
                        )
                    )
    finally:
        engine.dispose()
    return UpgradeResult(found, head, backup)


def upgrade_engine(engine: Engine) -> None:
    """Upgrade a server database (the hub's PostgreSQL) to head in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
