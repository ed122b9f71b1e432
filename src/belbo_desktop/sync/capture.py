"""Change capture: every ORM flush writes its changes to the outbox in the same transaction.

Capture is generic: it watches the unit of work's sessions, not individual services, so
a table another module adds tomorrow is captured without a line of sync code. It is
off until the PC is enrolled at a hub; the first sync then pushes a snapshot of
everything that already exists (which also covers rows written with bulk Core
inserts, such as demo data, that no ORM event sees).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Insert,
    Result,
    Table,
    Update,
    event,
    insert,
    select,
    update,
)
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from belbo_desktop.domain.ids import new_id
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm.sync import SyncOutbox, SyncState
from belbo_desktop.storage.unit_of_work import UnitOfWork
from belbo_desktop.sync import tables
from belbo_desktop.sync.hlc import HybridClock

#: Set on a session's (and its connection's) ``info`` while it applies the hub's changes.
APPLYING = "belbo_sync_applying"
#: Set on a connection's ``info`` while the ORM layer captures its own statements.
_SKIP = "belbo_sync_skip"

INSERT, UPDATE, DELETE, APPEND = "insert", "update", "delete", "append"


class ChangeCapture:
    """Listens to flushes; ``enabled`` once this PC has a device id."""

    def __init__(self, wall_ms: Callable[[], int]) -> None:
        self._wall_ms = wall_ms
        self._lock = threading.Lock()
        self.clock: HybridClock | None = None

    @property
    def enabled(self) -> bool:
        return self.clock is not None

    def enable(self, device_id: uuid.UUID, last_hlc: str) -> None:
        with self._lock:
            self.clock = HybridClock(device_id, self._wall_ms, last_hlc)

    def disable(self) -> None:
        with self._lock:
            self.clock = None

    def load(self, session: Session) -> None:
        """Switch on if the database says this PC is enrolled."""
        state = session.get(SyncState, 1)
        if state is not None and state.device_id is not None:
            self.enable(state.device_id, state.last_hlc)
        else:
            self.disable()

    # --- session events -------------------------------------------------------------

    def before_flush(self, session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
        if not self.enabled or session.info.get(APPLYING):
            return
        session.connection().info[_SKIP] = True  # after_flush captures what the flush writes
        for obj in session.new:
            table = sa_inspect(obj).mapper.local_table
            keys = tables.NATURAL_KEYS.get(table.name)
            if keys and getattr(obj, "id", None) is None:
                obj.id = tables.natural_id(table.name, (getattr(obj, k) for k in keys))

    def after_flush(self, session: Session, _ctx: UOWTransaction) -> None:
        clock = self.clock
        if clock is None or session.info.get(APPLYING):
            return
        order = {name: i for i, name in enumerate(tables.specs())}
        found: list[tuple[int, int, dict[str, Any]]] = []
        for group, objects in ((0, session.new), (1, session.dirty), (2, session.deleted)):
            for obj in objects:
                change = _change(obj, group)
                if change is not None:
                    position = order[change["table_name"]]
                    found.append((group, -position if group == 2 else position, change))
        if not found:
            return
        found.sort(key=lambda item: (item[0], item[1]))
        self._emit(session.connection(), clock, [change for _, _, change in found])

    def after_flush_postexec(self, session: Session, _ctx: UOWTransaction) -> None:
        if self.enabled:
            session.connection().info.pop(_SKIP, None)

    def _emit(self, conn: Connection, clock: HybridClock, changes: list[dict[str, Any]]) -> None:
        if not changes:
            return
        for change in changes:
            change["hlc"] = clock.tick()
            change["change_id"] = new_id()
        conn.execute(insert(SyncOutbox), changes)
        conn.execute(update(SyncState).where(SyncState.id == 1).values(last_hlc=clock.last))

    def do_orm_execute(self, state: ORMExecuteState) -> Result[Any] | None:
        """Core-style writes through the session (``s.execute(insert(Sale), rows)``).

        They bypass the flush, so the rows they touch are read back after the statement
        and written to the outbox as inserts, updates or deletes.
        """
        clock = self.clock
        if clock is None or state.session.info.get(APPLYING):
            return None
        if not (state.is_insert or state.is_update or state.is_delete):
            return None
        table = getattr(state.statement, "table", None)
        spec = tables.spec(table.name) if isinstance(table, Table) else None
        if spec is None:
            return None
        if spec.kind == tables.LEDGER and not state.is_insert:
            return None  # refused by the database anyway
        conn = state.session.connection()
        params = state.parameters
        plist = params if isinstance(params, list) else ([params] if params else [])
        stmt: Any = state.statement
        pk = spec.pk.name
        conn.info[_SKIP] = True
        try:
            result, changes = self._orm_statement(state, spec, conn, stmt, plist, pk)
        finally:
            conn.info.pop(_SKIP, None)
        self._emit(conn, clock, changes)
        if not isinstance(result, CursorResult) or result.returns_rows:
            return result.freeze()()
        return result

    def _orm_statement(
        self,
        state: ORMExecuteState,
        spec: tables.TableSpec,
        conn: Connection,
        stmt: Any,
        plist: list[Any],
        pk: str,
    ) -> tuple[Result[Any], list[dict[str, Any]]]:
        if state.is_insert:
            if not plist:
                plist = [stmt.compile().params]
            ids = [p.get(pk) for p in plist]
            result = state.invoke_statement()
            rows = _read_back(conn, spec, [i for i in ids if i is not None], spec.synced)
            op = APPEND if spec.kind == tables.LEDGER else INSERT
            changes = [_row_change(spec, op, r, r) for r in rows]
        else:
            if plist and all(pk in p for p in plist):
                ids = [p[pk] for p in plist]
            else:
                where = stmt.whereclause
                query = select(spec.pk) if where is None else select(spec.pk).where(where)
                ids = list(conn.scalars(query))
            result = state.invoke_statement()
            if state.is_delete:
                changes = [_row_change(spec, DELETE, {pk: i}, {}) for i in ids]
            else:
                names = {getattr(k, "key", k) for k in (getattr(stmt, "_values", None) or {})}
                names |= {k for p in plist for k in p}
                columns = [c for c in spec.synced if c.name in names or c.onupdate is not None]
                columns = [c for c in columns if c.name != pk]
                rows = _read_back(conn, spec, ids, (spec.pk, *columns)) if columns else []
                changes = [
                    _row_change(spec, UPDATE, r, {c.name: r[c.name] for c in columns}) for r in rows
                ]
        return result, changes

    # --- engine events: Core writes straight on the session's connection ------------

    def after_execute(
        self,
        conn: Connection,
        statement: Any,
        multiparams: Any,
        params: Any,
        _options: Any,
        _result: Any,
    ) -> None:
        """``s.connection().execute(table.insert(), rows)`` bypasses the session's events."""
        clock = self.clock
        if clock is None or conn.info.get(_SKIP) or conn.info.get(APPLYING):
            return
        if not isinstance(statement, Insert | Update):
            return
        table = statement.table
        spec = tables.spec(table.name) if isinstance(table, Table) else None
        if spec is None or (spec.kind == tables.LEDGER and isinstance(statement, Update)):
            return
        plist = list(multiparams) if multiparams else ([params] if params else [])
        if plist and isinstance(plist[0], list | tuple):
            plist = list(plist[0])
        pk = spec.pk.name
        conn.info[_SKIP] = True
        try:
            if isinstance(statement, Insert):
                if not plist:
                    plist = [statement.compile().params]
                ids = [p.get(pk) for p in plist if isinstance(p, dict)]
                rows = _read_back(conn, spec, [i for i in ids if i is not None], spec.synced)
                op = APPEND if spec.kind == tables.LEDGER else INSERT
                changes = [_row_change(spec, op, r, r) for r in rows]
            else:
                where = statement.whereclause
                if where is None:
                    return
                names = {getattr(k, "key", k) for k in (statement._values or {})}
                columns = [
                    c
                    for c in spec.synced
                    if c.name != pk and (c.name in names or c.onupdate is not None)
                ]
                ids = list(conn.scalars(select(spec.pk).where(where)))
                rows = _read_back(conn, spec, ids, (spec.pk, *columns)) if columns else []
                changes = [
                    _row_change(spec, UPDATE, r, {c.name: r[c.name] for c in columns}) for r in rows
                ]
            self._emit(conn, clock, changes)
        finally:
            conn.info.pop(_SKIP, None)

    @staticmethod
    def end_transaction(conn: Connection) -> None:
        conn.info.pop(_SKIP, None)
        conn.info.pop(APPLYING, None)


def _read_back(conn: Connection, spec: tables.TableSpec, ids: list[Any], columns: Any) -> list[Any]:
    out: list[Any] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out.extend(conn.execute(select(*columns).where(spec.pk.in_(chunk))).mappings())
    return out


def _row_change(spec: tables.TableSpec, op: str, row: Any, fields: Any) -> dict[str, Any]:
    return {
        "table_name": spec.name,
        "row_id": tables.row_key(row[spec.pk.name]),
        "op": op,
        "fields": {k: tables.encode(v) for k, v in dict(fields).items()},
    }


def _change(obj: object, group: int) -> dict[str, Any] | None:
    state = sa_inspect(obj)
    mapper = state.mapper
    spec = tables.spec(mapper.local_table.name)
    if spec is None:
        return None
    pk = getattr(obj, mapper.get_property_by_column(spec.pk).key)
    if spec.kind == tables.LEDGER and group != 0:
        return None  # the database refuses it anyway; never invent a ledger change
    if group == 2:
        op, fields = DELETE, {}
    elif group == 0:
        op = APPEND if spec.kind == tables.LEDGER else INSERT
        fields = {
            c.name: tables.encode(getattr(obj, mapper.get_property_by_column(c).key))
            for c in spec.synced
        }
    else:
        fields = {}
        for c in spec.synced:
            key = mapper.get_property_by_column(c).key
            if state.attrs[key].history.has_changes():
                fields[c.name] = tables.encode(getattr(obj, key))
        if not fields:
            return None
        for c in spec.synced:  # set by the database layer (updated_at), not in history
            if c.onupdate is not None and c.name not in fields:
                fields[c.name] = tables.encode(getattr(obj, mapper.get_property_by_column(c).key))
        op = UPDATE
    return {
        "table_name": spec.name,
        "row_id": tables.row_key(pk),
        "op": op,
        "fields": fields,
    }


def install(uow: UnitOfWork, capture: ChangeCapture) -> None:
    uow.listen("before_flush", capture.before_flush)
    uow.listen("after_flush", capture.after_flush)
    uow.listen("after_flush_postexec", capture.after_flush_postexec)
    uow.listen("do_orm_execute", capture.do_orm_execute)
    event.listen(uow.engine, "after_execute", capture.after_execute)
    event.listen(uow.engine, "commit", capture.end_transaction)
    event.listen(uow.engine, "rollback", capture.end_transaction)


def start_capture(uow: UnitOfWork, clock: Clock) -> ChangeCapture:
    """Install capture on ``uow`` and switch it on if this PC is enrolled.

    Done when the app starts, before any write, so nothing escapes the outbox."""
    capture = ChangeCapture(lambda: int(clock.now().timestamp() * 1000))
    install(uow, capture)
    try:
        with uow.read() as s:
            capture.load(s)
    except Exception:  # database not migrated yet (bootstrap without migrate)
        capture.disable()
    return capture
