"""Alembic environment: used by the app at start-up, by the hub and by `alembic` itself."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from belbo_desktop.storage.migrate import include_object
from belbo_desktop.storage.orm import all_metadata
from belbo_desktop.storage.orm.base import UTCDateTime

config = context.config
target_metadata = all_metadata()


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Migrations spell our UTCDateTime as the plain type, so they never import models."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
        render_item=render_item,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    from belbo_desktop.storage.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
