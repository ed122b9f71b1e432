"""A throw-away PostgreSQL database for one test, on the server at 127.0.0.1:5432.

Without a reachable server the test skips and says why — unless BELBO_REQUIRE_POSTGRES=1
(as in CI), where it fails, so PostgreSQL tests can never silently stop running.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, create_engine

ADMIN_URL = os.environ.get(
    "BELBO_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


def admin_engine_or_skip() -> Engine:
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except Exception as exc:
        admin.dispose()
        reason = f"PostgreSQL not reachable at {ADMIN_URL}: {str(exc).splitlines()[0]}"
        if os.environ.get("BELBO_REQUIRE_POSTGRES") == "1":
            pytest.fail(reason + " (BELBO_REQUIRE_POSTGRES=1)")
        pytest.skip(reason)
    return admin


@contextmanager
def throwaway_database(prefix: str) -> Iterator[Engine]:
    """An engine on a new, empty database that is dropped afterwards."""
    admin = admin_engine_or_skip()
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(ADMIN_URL.rsplit("/", 1)[0] + "/" + name)
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
