"""One schema, two deployments: the same migrations build the hub's PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, text

from belbo_desktop.storage.migrate import include_object, upgrade_engine
from belbo_desktop.storage.orm import all_metadata
from tests.postgres import throwaway_database


@pytest.fixture
def empty_postgres() -> Iterator[Engine]:
    with throwaway_database("belbo_test_migrations") as engine:
        yield engine


def test_empty_postgres_upgrades_to_head_matching_the_models(empty_postgres: Engine) -> None:
    upgrade_engine(empty_postgres)
    with empty_postgres.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(context, all_metadata())
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
