"""Engines: SQLite with safe pragmas for the desktop, any SQLAlchemy URL for the hub."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(url_or_path: str | Path, **kwargs: Any) -> Engine:
    """Create an engine; SQLite connections get WAL, foreign keys, FULL sync, busy wait.

    SQLite transactions are begun by us, not the driver: a connection asking for
    ``execution_options(sqlite_begin="IMMEDIATE")`` takes the write lock up front, so two
    tills writing at once queue behind ``busy_timeout`` instead of failing on upgrade.
    """
    url = sqlite_url(url_or_path) if isinstance(url_or_path, Path) else url_or_path
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
