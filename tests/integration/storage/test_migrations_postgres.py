"""One schema, two deployments: the same migrations build the hub's PostgreSQL database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text

from belbo_desktop.storage.migrate import include_object, upgrade_engine
from belbo_desktop.storage.orm import Base

ADMIN_URL = os.environ.get(
    "BELBO_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)


@pytest.fixture
def empty_postgres() -> Iterator[Engine]:
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
    name = f"belbo_test_migrations_{uuid.uuid4().hex[:10]}"
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


def test_empty_postgres_upgrades_to_head_matching_the_models(empty_postgres: Engine) -> None:
    upgrade_engine(empty_postgres)
    with empty_postgres.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_postgres_audit_log_is_append_only(empty_postgres: Engine) -> None:
    upgrade_engine(empty_postgres)
    with empty_postgres.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, action, details) VALUES "
                "(gen_random_uuid(), now(), 'x', '{}')"
            )
        )
    with pytest.raises(Exception, match="append-only"), empty_postgres.begin() as conn:
        conn.execute(text("UPDATE audit_log SET action = 'y'"))
