"""Unit of work: one short, explicit transaction per service call."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """Hands out sessions: ``read()`` for queries, ``write()`` for changes.

    ``write()`` commits when the block ends normally and rolls back on any exception,
    so a multi-row change is all or nothing. On SQLite it takes the write lock at BEGIN.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        writer_bind = (
            engine.execution_options(sqlite_begin="IMMEDIATE")
            if engine.dialect.name == "sqlite"
            else engine
        )
        self._writer = sessionmaker(bind=writer_bind, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._writer() as session, session.begin():
            yield session

    def listen(self, identifier: str, fn: Callable[..., object]) -> None:
        """Attach a Session event to every session handed out (sync's change capture)."""
        event.listen(self._reader, identifier, fn)
        event.listen(self._writer, identifier, fn)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"
