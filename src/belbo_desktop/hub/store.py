"""The hub's side of sync: devices, enrolment, merging pushed changes, pulls, snapshots.

Pushes are applied one batch per transaction, serialised by a lock, so the change
log's ``seq`` grows in commit order and a cursor never skips a change committed late.
A change that cannot be applied (a constraint, an unknown table, a foreign location)
is quarantined with its reason inside the same transaction; the rest go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Connection,
    Date,
    DateTime,
    Engine,
    Integer,
    Select,
    String,
    Text,
    Uuid,
    and_,
    bindparam,
    cast,
    delete,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from belbo_desktop.domain.ids import new_id
from belbo_desktop.services.ports import Clock
from belbo_desktop.storage.orm.sync import (
    SyncChange,
    SyncDevice,
    SyncEnrolmentCode,
    SyncQuarantine,
    SyncRow,
)
from belbo_desktop.sync import tables
from belbo_desktop.sync.apply import restore_guards, suspend_guards
from belbo_desktop.sync.hlc import ZERO, HybridClock
from belbo_desktop.sync.protocol import OPS

log = logging.getLogger("belbo.hub")

HUB_DEVICE = uuid.UUID(int=0)
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_TTL = dt.timedelta(hours=24)
PUSH_LOCK = 0x6265_6C62  # "belb": one pusher at a time


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


class Rejected(Exception):
    """This one change cannot be applied; the reason goes to the quarantine."""


class CursorCompacted(Exception):
    """The log before ``horizon`` is compacted away: this cursor would miss changes."""

    def __init__(self, horizon: int) -> None:
        super().__init__(f"change log compacted up to {horizon}")
        self.horizon = horizon


@dataclass(frozen=True)
class Device:
    id: uuid.UUID
    name: str
    location_ids: frozenset[uuid.UUID]


@dataclass
class PushResult:
    accepted: int = 0
    duplicates: int = 0
    quarantined: list[dict[str, str]] = field(default_factory=list)
    flags: int = 0


@dataclass
class _Batch:
    """Per-push caches: row clocks, next local sequence numbers, flags raised."""

    rows: dict[tuple[str, str], SyncRowState] = field(default_factory=dict)
    next_seq: dict[str, int] = field(default_factory=dict)
    log: list[dict[str, Any]] = field(default_factory=list)
    touched_vouchers: set[str] = field(default_factory=set)
    touched_cards: set[str] = field(default_factory=set)
    restored: set[str] = field(default_factory=set)
    existing: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    defer: bool = False
    updates: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = field(default_factory=dict)
    queued: set[tuple[str, str]] = field(default_factory=set)
    places: dict[tuple[str, Any], uuid.UUID | None] = field(default_factory=dict)


@dataclass
class SyncRowState:
    versions: dict[str, str]
    deleted_hlc: str | None
    location_id: uuid.UUID | None
    stored: bool
    dirty: bool = False


class HubStore:
    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self.hlc = HybridClock(HUB_DEVICE, lambda: int(clock.now().timestamp() * 1000))
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._writer = (
            engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        )
        #: Test hooks: called inside the push transaction just before it commits, and
        #: just after (a connection lost then means the PC never hears of the commit).
        self.before_commit: Callable[[], None] | None = None
        self.after_commit: Callable[[], None] | None = None

    # --- devices --------------------------------------------------------------------

    def make_code(self, location_ids: Sequence[uuid.UUID], ttl: dt.timedelta = CODE_TTL) -> str:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
        with self.engine.begin() as conn:
            conn.execute(
                insert(SyncEnrolmentCode).values(
                    id=new_id(),
                    code_hash=token_hash(raw),
                    location_ids=[str(x) for x in location_ids],
                    created_at=self.clock.now(),
                    expires_at=self.clock.now() + ttl,
                )
            )
        return "-".join(raw[i : i + 4] for i in range(0, 12, 4))

    def enrol(self, code: str, name: str) -> tuple[Device, str] | None:
        """Trade a one-time code for a device and its token; None if the code is not valid."""
        now = self.clock.now()
        with self.engine.begin() as conn:
            row = conn.execute(
                select(SyncEnrolmentCode).where(
                    SyncEnrolmentCode.code_hash == token_hash(normalise_code(code))
                )
            ).first()
            if row is None or row.used_at is not None or row.expires_at <= now:
                return None
            token = secrets.token_urlsafe(32)
            device_id = new_id()
            conn.execute(
                insert(SyncDevice).values(
                    id=device_id,
                    name=name[:120],
                    location_ids=row.location_ids,
                    token_hash=token_hash(token),
                    created_at=now,
                )
            )
            conn.execute(
                update(SyncEnrolmentCode)
                .where(SyncEnrolmentCode.id == row.id, SyncEnrolmentCode.used_at.is_(None))
                .values(used_at=now, device_id=device_id)
            )
        locations = frozenset(uuid.UUID(x) for x in row.location_ids)
        return Device(device_id, name, locations), token

    def authenticate(self, token: str) -> Device | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                select(SyncDevice).where(
                    SyncDevice.token_hash == token_hash(token), SyncDevice.revoked_at.is_(None)
                )
            ).first()
            if row is None:
                return None
            conn.execute(
                update(SyncDevice)
                .where(SyncDevice.id == row.id)
                .values(last_seen_at=self.clock.now())
            )
        return Device(row.id, row.name, frozenset(uuid.UUID(x) for x in row.location_ids))

    def revoke(self, device_id: uuid.UUID) -> bool:
        with self.engine.begin() as conn:
            done = conn.execute(
                update(SyncDevice)
                .where(SyncDevice.id == device_id, SyncDevice.revoked_at.is_(None))
                .values(revoked_at=self.clock.now())
            )
        return bool(done.rowcount)

    def devices(self) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(SyncDevice).order_by(SyncDevice.created_at)))

    # --- push -----------------------------------------------------------------------

    def push(self, device: Device, changes: Sequence[dict[str, Any]]) -> PushResult:
        """Apply one batch in one transaction; idempotent by change id."""
        with self._writer.begin() as conn:
            self._lock(conn)
            # A hub on SQLite (single-PC trial) has the PC's voucher balance trigger: the
            # union of two offline redemptions must pass it, as on PostgreSQL, and be flagged.
            guards = (
                suspend_guards(conn, {str(c.get("table_name")) for c in changes})
                if self.is_sqlite
                else {}
            )
            try:
                with conn.begin_nested():
                    result = self._apply_batch(conn, device, changes, guarded=False)
            except (DBAPIError, Rejected, ValueError, KeyError, TypeError):
                result = self._apply_batch(conn, device, changes, guarded=True)
            restore_guards(conn, guards)
            if self.before_commit is not None:
                self.before_commit()
        if self.after_commit is not None:
            self.after_commit()
        return result

    def _lock(self, conn: Connection) -> None:
        if not self.is_sqlite:
            conn.execute(select(func.pg_advisory_xact_lock(PUSH_LOCK)))

    def _apply_batch(
        self, conn: Connection, device: Device, changes: Sequence[dict[str, Any]], guarded: bool
    ) -> PushResult:
        result = PushResult()
        batch = _Batch(defer=not guarded)
        ids = [_change_id(c) for c in changes]
        seen = set(
            conn.scalars(select(SyncChange.change_id).where(SyncChange.change_id.in_(ids)))
        ) | set(
            conn.scalars(select(SyncQuarantine.change_id).where(SyncQuarantine.change_id.in_(ids)))
        )
        self._prefetch_rows(conn, changes, batch)
        run: list[tuple[dict[str, Any], uuid.UUID]] = []
        for change, change_id in zip(changes, ids, strict=True):
            if change_id in seen:
                result.duplicates += 1
                continue
            seen.add(change_id)
            if not guarded:
                if self._bulk_candidate(change, batch, run):
                    run.append((change, change_id))
                    continue
                result.accepted += self._flush_run(conn, device, run, batch)
                if self._bulk_candidate(change, batch, run):
                    run.append((change, change_id))
                    continue
                self._apply(conn, device, change, change_id, batch)
                result.accepted += 1
                continue
            key = (str(change.get("table_name")), str(change.get("row_id")))
            before = batch.rows.get(key)
            saved = (
                None
                if before is None
                else SyncRowState(
                    dict(before.versions),
                    before.deleted_hlc,
                    before.location_id,
                    before.stored,
                    before.dirty,
                )
            )
            mark = len(batch.log)
            try:
                with conn.begin_nested():
                    self._apply(conn, device, change, change_id, batch)
                    result.accepted += 1
            except (DBAPIError, Rejected, ValueError, KeyError, TypeError) as exc:
                del batch.log[mark:]
                if saved is None:
                    batch.rows.pop(key, None)
                else:
                    batch.rows[key] = saved
                reason = _reason(exc)
                log.warning("quarantined change %s: %s", change_id, reason)
                conn.execute(
                    insert(SyncQuarantine).values(
                        id=new_id(),
                        change_id=change_id,
                        side="hub",
                        device_id=device.id,
                        table_name=str(change.get("table_name", "?"))[:63],
                        row_id=str(change.get("row_id", "?"))[:64],
                        reason=reason,
                        change=dict(change),
                        at=self.clock.now(),
                    )
                )
                result.quarantined.append({"change_id": str(change_id), "reason": reason})
        result.accepted += self._flush_run(conn, device, run, batch)
        self._flush_updates(conn, batch)
        result.flags = self._raise_flags(conn, batch)
        self._flush_rows(conn, batch)
        if batch.log:
            self._insert_many(conn, SyncChange.__table__, batch.log)
        return result

    # --- many new rows at once (a PC's first push of what it already had) -------------

    @staticmethod
    def _bulk_candidate(
        change: dict[str, Any], batch: _Batch, run: list[tuple[dict[str, Any], uuid.UUID]]
    ) -> bool:
        """New rows of one table, in a row, unknown to the hub's clocks: insert together."""
        if change.get("op") not in ("insert", "append"):
            return False
        table_name = change.get("table_name")
        if run and run[0][0].get("table_name") != table_name:
            return False
        return (str(table_name), str(change.get("row_id"))) not in batch.rows

    def _flush_run(
        self,
        conn: Connection,
        device: Device,
        run: list[tuple[dict[str, Any], uuid.UUID]],
        batch: _Batch,
    ) -> int:
        if not run:
            return 0
        todo = list(run)
        run.clear()
        if len(todo) < 8 or not self._bulk_insert(conn, device, todo, batch):
            for change, change_id in todo:
                self._apply(conn, device, change, change_id, batch)
        return len(todo)

    def _bulk_insert(
        self,
        conn: Connection,
        device: Device,
        todo: list[tuple[dict[str, Any], uuid.UUID]],
        batch: _Batch,
    ) -> bool:
        """Insert a run with one statement; False (nothing done) when any row needs care."""
        spec = tables.spec(str(todo[0][0].get("table_name")))
        if spec is None or spec.location_path is None or len(spec.location_path) > 1:
            return False
        op = "append" if spec.kind == tables.LEDGER else "insert"
        synced = {c.name for c in spec.synced}
        rows: list[dict[str, Any]] = []
        for change, _ in todo:
            raw = change.get("fields") or {}
            hlc = str(change.get("hlc", ""))
            if change.get("op") != op or len(hlc) != len(ZERO) or set(raw) - synced:
                return False
            values = tables.decode_fields(spec.name, raw)
            values[spec.pk.name] = _pk(spec, str(change["row_id"]))
            rows.append(values)
        ids = [r[spec.pk.name] for r in rows]
        if len(set(ids)) != len(ids) or conn.scalar(
            select(func.count()).select_from(spec.table).where(spec.pk.in_(ids))
        ):
            return False
        locations = self._bulk_locations(conn, spec, rows)
        if locations is None or any(
            loc is not None and loc not in device.location_ids for loc in locations
        ):
            return False
        rule = tables.RENUMBER.get(spec.name)
        if rule is not None:
            scope, number = rule
            keys = [(r.get(scope), r.get(number)) for r in rows]
            if len(set(keys)) != len(keys):
                return False
            numbers = [k[1] for k in keys]
            t = spec.table
            if conn.scalar(
                select(func.count())
                .select_from(t)
                .where(t.c[number].in_(numbers), t.c[scope].in_({k[0] for k in keys}))
            ):
                return False
        seq_column = tables.LOCAL_SEQUENCES.get(spec.name)
        if seq_column and spec.name not in batch.next_seq:
            current = conn.scalar(select(func.max(spec.table.c[seq_column])))
            batch.next_seq[spec.name] = (current or 0) + 1
        inserts = []
        for values in rows:
            full = dict(values)
            full.update(tables.recompute_derived(spec.name, full))
            if seq_column:
                full[seq_column] = batch.next_seq[spec.name]
                batch.next_seq[spec.name] += 1
            inserts.append(full)
        self._insert_many(conn, spec.table, inserts)
        now = self.clock.now()
        for (change, change_id), values, location in zip(todo, rows, locations, strict=True):
            hlc = str(change["hlc"])
            self.hlc.observe(hlc)
            row_id = str(change["row_id"])
            batch.rows[(spec.name, row_id)] = SyncRowState(
                {"*": hlc, "_created": hlc}, None, location, stored=False, dirty=True
            )
            batch.log.append(
                dict(
                    change_id=change_id,
                    device_id=device.id,
                    table_name=spec.name,
                    row_id=row_id,
                    op=op,
                    hlc=hlc,
                    fields=change.get("fields") or {},
                    location_id=location,
                    effective=True,
                    received_at=now,
                )
            )
            _touch(batch, spec.name, values)
        return True

    def _bulk_locations(
        self, conn: Connection, spec: tables.TableSpec, rows: list[dict[str, Any]]
    ) -> list[uuid.UUID | None] | None:
        if spec.name == "locations":
            return [r[spec.pk.name] for r in rows]
        path = spec.location_path
        assert path is not None
        if not path:
            return [r.get("location_id") for r in rows]
        fk, parent_name = path[0]
        parent = tables.spec(parent_name)
        if parent is None or "location_id" not in parent.table.c:
            return None
        parent_ids = {r.get(fk) for r in rows}
        found = dict(
            conn.execute(
                select(parent.pk, parent.table.c.location_id).where(parent.pk.in_(parent_ids))
            ).all()
        )
        if len(found) != len(parent_ids):
            return None
        return [found[r.get(fk)] for r in rows]

    def _insert_many(self, conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
        conn.execute(insert(table), rows)

    def _prefetch_rows(
        self, conn: Connection, changes: Sequence[dict[str, Any]], batch: _Batch
    ) -> None:
        by_table: dict[str, set[str]] = {}
        for c in changes:
            by_table.setdefault(str(c.get("table_name")), set()).add(str(c.get("row_id")))
        for table_name, row_ids in by_table.items():
            found = conn.execute(
                select(SyncRow).where(SyncRow.table_name == table_name, SyncRow.row_id.in_(row_ids))
            )
            for r in found:
                batch.rows[(table_name, r.row_id)] = SyncRowState(
                    dict(r.versions), r.deleted_hlc, r.location_id, stored=True
                )
            spec = tables.spec(table_name)
            if spec is None:
                continue
            try:
                keys = [_pk(spec, r) for r in row_ids]
            except ValueError:
                continue
            for key in row_ids:
                batch.existing[(table_name, key)] = None
            rows = conn.execute(select(*spec.table.columns).where(spec.pk.in_(keys))).mappings()
            for row in rows:
                batch.existing[(table_name, tables.row_key(row[spec.pk.name]))] = dict(row)

    def _row_state(self, batch: _Batch, table_name: str, row_id: str) -> SyncRowState:
        key = (table_name, row_id)
        state = batch.rows.get(key)
        if state is None:
            state = batch.rows[key] = SyncRowState({"*": ZERO}, None, None, stored=False)
        return state

    def _flush_rows(self, conn: Connection, batch: _Batch) -> None:
        new = [
            dict(
                table_name=t,
                row_id=r,
                versions=s.versions,
                deleted_hlc=s.deleted_hlc,
                location_id=s.location_id,
            )
            for (t, r), s in batch.rows.items()
            if s.dirty and not s.stored
        ]
        if new:
            self._insert_many(conn, SyncRow.__table__, new)
        changed = [
            {"_t": t, "_r": r, "versions": s.versions, "deleted_hlc": s.deleted_hlc}
            for (t, r), s in batch.rows.items()
            if s.dirty and s.stored
        ]
        if changed:
            conn.execute(
                update(SyncRow)
                .where(SyncRow.table_name == bindparam("_t"), SyncRow.row_id == bindparam("_r"))
                .values(versions=bindparam("versions"), deleted_hlc=bindparam("deleted_hlc")),
                changed,
            )

    def _update(
        self,
        conn: Connection,
        batch: _Batch,
        spec: tables.TableSpec,
        pk: Any,
        values: dict[str, Any],
    ) -> None:
        """UPDATE one row now (guarded), or queue it for one executemany per shape."""
        if not batch.defer:
            conn.execute(
                update(spec.table).where(spec.pk == pk).values(tables.as_is(spec.table, values))
            )
            return
        shape = (spec.name, tuple(sorted(values)))
        batch.updates.setdefault(shape, []).append({**values, "_pk": pk})
        batch.queued.add((spec.name, tables.row_key(pk)))

    def _flush_updates(self, conn: Connection, batch: _Batch) -> None:
        for (table_name, names), rows in batch.updates.items():
            spec = tables.spec(table_name)
            assert spec is not None
            values = tables.as_is(spec.table, {n: bindparam(n) for n in names})
            stmt = update(spec.table).where(spec.pk == bindparam("_pk")).values(values)
            conn.execute(stmt, rows)
        batch.updates.clear()
        batch.queued.clear()

    def _apply(
        self,
        conn: Connection,
        device: Device,
        change: dict[str, Any],
        change_id: uuid.UUID,
        batch: _Batch,
    ) -> None:
        table_name = change.get("table_name")
        spec = tables.spec(str(table_name))
        if spec is None:
            raise Rejected(f"unknown or local table {table_name!r}")
        op = change.get("op")
        if op not in OPS or (op == "append") != (spec.kind == tables.LEDGER):
            raise Rejected(f"operation {op!r} not allowed on {spec.kind} table {spec.name}")
        hlc = str(change.get("hlc", ""))
        if len(hlc) != len(ZERO):
            raise Rejected("malformed clock value")
        self.hlc.observe(hlc)
        raw = change.get("fields") or {}
        unknown = set(raw) - {c.name for c in spec.synced}
        if unknown:
            raise Rejected(f"unknown or local columns {sorted(unknown)} in {spec.name}")
        fields = tables.decode_fields(spec.name, raw)
        row_id = str(change["row_id"])
        pk = spec.pk.type.python_type(row_id) if spec.pk.type.python_type is uuid.UUID else row_id
        cache_key = (spec.name, row_id)
        if op != "update" and cache_key in batch.queued:
            self._flush_updates(conn, batch)  # queued edits land before the row goes or comes
        if cache_key in batch.existing:
            existing = batch.existing[cache_key]
        else:
            found = conn.execute(select(*spec.table.columns).where(spec.pk == pk)).mappings()
            existing = next((dict(r) for r in found), None)
        batch.existing.pop(cache_key, None)  # re-read unless this change succeeds below
        location = self._check_location(conn, device, spec, pk, existing, fields, batch)
        state = self._row_state(batch, spec.name, row_id)
        if state.location_id is None:
            state.location_id = location
        winners: dict[str, Any] = {}
        effective_op = op
        after: dict[str, Any] | None = existing
        if op == "append":
            if existing is None:
                self._insert(conn, spec, pk, fields, batch)
                winners = fields
                state.versions, state.dirty = {"*": hlc}, True
                after = None
            elif device.id == HUB_DEVICE and not state.stored and not state.dirty:
                # the hub's own services wrote the entry (hub.exports.drain_outbox): log it
                winners = fields
                state.versions, state.dirty = {"*": hlc}, True
        elif op == "delete":
            created = state.versions.get("_created", state.versions.get("*", ZERO))
            if existing is not None and hlc > created:
                conn.execute(delete(spec.table).where(spec.pk == pk))
                state.deleted_hlc, state.dirty = hlc, True
                winners = {"_deleted": True}
                after = None
            elif existing is None and (state.deleted_hlc or ZERO) < hlc:
                state.deleted_hlc, state.dirty = hlc, True
        elif existing is None:
            if op == "update":
                if state.deleted_hlc is not None:
                    pass  # edited while removed elsewhere: the removal stands
                else:
                    raise Rejected(f"{spec.name} {row_id} is unknown at the hub")
            elif state.deleted_hlc is None or hlc > state.deleted_hlc:
                fields = self._renumber(conn, spec, pk, fields)
                self._insert(conn, spec, pk, fields, batch)
                winners = fields
                after = None
                state.versions = {"*": hlc, "_created": hlc}
                state.deleted_hlc, state.dirty = None, True
        else:
            effective_op = "update"
            for name, value in fields.items():
                if name == spec.pk.name:
                    continue
                if hlc > state.versions.get(name, state.versions.get("*", ZERO)):
                    winners[name] = value
            if winners:
                after = dict(existing) | winners
                values = dict(winners)
                if spec.derived and tables.DERIVED_FROM.get(spec.name, set()) & winners.keys():
                    derived = tables.recompute_derived(spec.name, after)
                    values |= derived
                    after |= derived
                self._update(conn, batch, spec, pk, values)
            for name in winners:
                state.versions[name] = hlc
            state.dirty = state.dirty or bool(winners)
        if after is not None:
            batch.existing[cache_key] = after
        if op == "append" and winners:
            _touch(batch, spec.name, fields)
        batch.log.append(
            dict(
                change_id=change_id,
                device_id=device.id,
                table_name=spec.name,
                row_id=row_id,
                op=effective_op,
                hlc=hlc,
                fields={k: tables.encode(v) for k, v in winners.items() if k != "_deleted"},
                location_id=state.location_id if location is None else location,
                effective=bool(winners),
                received_at=self.clock.now(),
            )
        )

    def _insert(
        self,
        conn: Connection,
        spec: tables.TableSpec,
        pk: Any,
        fields: dict[str, Any],
        batch: _Batch,
    ) -> None:
        values = dict(fields)
        values[spec.pk.name] = pk
        values.update(tables.recompute_derived(spec.name, values))
        seq_column = tables.LOCAL_SEQUENCES.get(spec.name)
        if seq_column:
            if spec.name not in batch.next_seq:
                current = conn.scalar(select(func.max(spec.table.c[seq_column])))
                batch.next_seq[spec.name] = (current or 0) + 1
            values[seq_column] = batch.next_seq[spec.name]
            batch.next_seq[spec.name] += 1
        conn.execute(insert(spec.table).values(**values))

    def _renumber(
        self, conn: Connection, spec: tables.TableSpec, pk: Any, fields: dict[str, Any]
    ) -> dict[str, Any]:
        rule = tables.RENUMBER.get(spec.name)
        if rule is None:
            return fields
        scope, number = rule
        t = spec.table
        taken = conn.scalar(
            select(spec.pk).where(
                t.c[scope] == fields.get(scope), t.c[number] == fields.get(number)
            )
        )
        if taken is None or taken == pk:
            return fields
        highest = conn.scalar(select(func.max(t.c[number])).where(t.c[scope] == fields.get(scope)))
        log.info(
            "renumbered %s %s: %s -> %s", spec.name, pk, fields.get(number), (highest or 0) + 1
        )
        return fields | {number: (highest or 0) + 1}

    def _check_location(
        self,
        conn: Connection,
        device: Device,
        spec: tables.TableSpec,
        pk: Any,
        existing: Any,
        fields: dict[str, Any],
        batch: _Batch | None = None,
    ) -> uuid.UUID | None:
        """The row's location; refuses rows (old or new) of a location the device lacks."""
        places = batch.places if batch is not None else {}
        found: list[uuid.UUID | None] = []
        if existing is not None:
            found.append(self._locate(conn, spec, dict(existing), places))
        if (
            existing is None
            or any(hop[0] in fields for hop in (spec.location_path or ()))
            or ("location_id" in fields)
        ):
            merged = (dict(existing) if existing is not None else {}) | fields
            merged[spec.pk.name] = pk
            found.append(self._locate(conn, spec, merged, places))
        for location in found:
            if location is not None and location not in device.location_ids:
                raise Rejected(f"{spec.name} {pk}: location {location} is not this device's")
        return found[-1] if found else None

    def _locate(
        self,
        conn: Connection,
        spec: tables.TableSpec,
        row: dict[str, Any],
        places: dict[tuple[str, Any], uuid.UUID | None] | None = None,
    ) -> uuid.UUID | None:
        if spec.name == "locations":
            return row.get("id")
        path = spec.location_path
        if path is None:
            return None
        if not path:
            return row.get("location_id")
        fk, parent_name = path[0]
        parent_id = row.get(fk)
        if parent_id is None:
            return None
        parent = tables.spec(parent_name)
        if parent is None:
            return None
        if places is not None and (parent_name, parent_id) in places:
            return places[(parent_name, parent_id)]
        parent_row = (
            conn.execute(select(*parent.table.columns).where(parent.pk == parent_id))
            .mappings()
            .first()
        )
        if parent_row is None:
            raise Rejected(f"{spec.name}: {parent_name} {parent_id} is unknown at the hub")
        place = self._locate(conn, parent, dict(parent_row), places)
        if places is not None:
            places[(parent_name, parent_id)] = place
        return place

    # --- vouchers overdrawn, bonus cards redeemed twice by offline tills ----------------

    def _raise_flags(self, conn: Connection, batch: _Batch) -> int:
        if not (batch.touched_vouchers or batch.touched_cards):
            return 0
        from belbo_desktop.hub import flags

        raised = 0
        if batch.touched_vouchers:
            raised += flags.flag_overdrawn(self, conn, batch, sorted(batch.touched_vouchers))
        if batch.restored:  # a Storno's restore may sit on the next card
            batch.touched_cards |= flags.cards_of_entries(conn, sorted(batch.restored))
        if batch.touched_cards:
            raised += flags.flag_bonus_redeemed_twice(
                self, conn, batch, sorted(batch.touched_cards)
            )
        return raised

    def hub_change(
        self,
        conn: Connection,
        batch: _Batch,
        table_name: str,
        row_id: str,
        op: str,
        fields: dict[str, Any],
        location_id: uuid.UUID | None,
    ) -> None:
        """Log a change the hub made itself (a flag), so PCs pull it like any other.

        An update usually concerns a row an earlier push made (a flag raised last week),
        which this push's prefetch never loaded: its row clock is read here, or the
        flush would insert it a second time.
        """
        hlc = self.hlc.tick()
        if op != "insert" and (table_name, row_id) not in batch.rows:
            self._prefetch_rows(conn, [{"table_name": table_name, "row_id": row_id}], batch)
        state = self._row_state(batch, table_name, row_id)
        state.location_id = location_id
        if op == "insert":
            state.versions = {"*": hlc, "_created": hlc}
        else:
            for name in fields:
                state.versions[name] = hlc
        state.dirty = True
        batch.log.append(
            dict(
                change_id=new_id(),
                device_id=HUB_DEVICE,
                table_name=table_name,
                row_id=row_id,
                op=op,
                hlc=hlc,
                fields={k: tables.encode(v) for k, v in fields.items()},
                location_id=location_id,
                effective=True,
                received_at=self.clock.now(),
            )
        )

    # --- pull and snapshot --------------------------------------------------------------

    def head(self, conn: Connection) -> int:
        return conn.scalar(select(func.coalesce(func.max(SyncChange.seq), 0))) or 0

    def pull(self, device: Device, cursor: int, limit: int) -> dict[str, Any]:
        """One page after ``cursor``; CursorCompacted if entries it needs were compacted."""
        from belbo_desktop.hub.compaction import read_horizon

        with self.engine.connect() as conn:
            head = self.head(conn)
            stmt = (
                select(
                    SyncChange.seq,
                    SyncChange.change_id,
                    SyncChange.table_name,
                    SyncChange.row_id,
                    SyncChange.op,
                    SyncChange.hlc,
                    SyncChange.fields,
                )
                .where(
                    SyncChange.seq > cursor,
                    SyncChange.seq <= head,
                    SyncChange.effective.is_(True),
                    _visible(SyncChange.location_id, device),
                )
                .order_by(SyncChange.seq)
                .limit(limit)
            )
            rows = conn.execute(stmt).all()
            # read after the page: a compaction that committed meanwhile is seen here
            horizon = read_horizon(conn)
            if cursor < horizon:
                raise CursorCompacted(horizon)
        changes = [
            {
                "seq": r.seq,
                "change_id": str(r.change_id),
                "table_name": r.table_name,
                "row_id": r.row_id,
                "op": r.op,
                "hlc": r.hlc,
                "fields": r.fields,
            }
            for r in rows
        ]
        more = len(rows) == limit
        return {
            "changes": changes,
            "cursor": rows[-1].seq if more else max(head, cursor),
            "more": more,
        }

    def snapshot_head(self, device: Device) -> dict[str, Any]:
        """Where a first sync starts: the log position now, and how many rows to expect."""
        from belbo_desktop.hub.compaction import read_horizon

        with self.engine.connect() as conn:
            seq = self.head(conn)
            horizon = read_horizon(conn)
            found = tables.present(conn)
            counts = {
                name: conn.scalar(
                    select(func.count()).select_from(_scoped(spec, device).subquery())
                )
                for name, spec in found.items()
            }
        return {"seq": seq, "tables": list(found), "counts": counts, "horizon": horizon}

    def tombstones(self, device: Device, after: str | None, limit: int) -> dict[str, Any]:
        """Rows deleted at the hub (still deleted), in the device's locations, by key.

        A PC that takes a fresh snapshot over data it already has learns deletions it
        missed from these: a snapshot only lists the rows that are there.
        """
        stmt = select(SyncRow.table_name, SyncRow.row_id).where(
            SyncRow.deleted_hlc.is_not(None), _visible(SyncRow.location_id, device)
        )
        if after:
            table_name, row_id = json.loads(after)
            stmt = stmt.where(tuple_(SyncRow.table_name, SyncRow.row_id) > (table_name, row_id))
        stmt = stmt.order_by(SyncRow.table_name, SyncRow.row_id).limit(limit)
        with self.engine.connect() as conn:
            rows = [[r.table_name, r.row_id] for r in conn.execute(stmt)]
        nxt = json.dumps(rows[-1]) if len(rows) == limit else None
        return {"rows": rows, "next": nxt}

    def snapshot(
        self,
        device: Device,
        table_name: str,
        after: str | None,
        limit: int,
        storage_format: bool = False,
    ) -> dict[str, Any]:
        """One page of a table in the device's locations, in keyset order after ``after``.

        Customers come in name order (binary collation, as SQLite compares), so a new PC
        can give them local positions in the order it receives them.
        """
        spec = tables.spec(table_name)
        if spec is None:
            raise Rejected(f"unknown table {table_name!r}")
        names = [*tables.SNAPSHOT_ORDER.get(spec.name, ()), spec.pk.name]
        keys = [self._binary(spec.table.c[n]) for n in names]
        as_sqlite = storage_format and not self.is_sqlite
        stmt = _scoped(spec, device, as_sqlite)
        if after:
            raw = json.loads(after)
            dec = tables.decoders(spec.name)
            values = [dec[n](v) if n in dec else v for n, v in zip(names, raw, strict=True)]
            stmt = stmt.where(tuple_(*keys) > tuple_(*values))
        stmt = stmt.order_by(*keys).limit(limit)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        columns = [spec.pk.name, *(c.name for c in spec.snapshot if c is not spec.pk)]
        if as_sqlite:
            data = [list(r) for r in rows]  # PostgreSQL already wrote SQLite's formats
        else:
            data = [[tables.encode(v) for v in r] for r in rows]
        nxt = None
        if len(rows) == limit:
            last = dict(zip(columns, data[-1], strict=True))
            nxt = json.dumps([last[n] for n in names])
        page: dict[str, Any] = {"columns": columns, "rows": data, "next": nxt}
        if as_sqlite:
            page["format"] = "sqlite"
        return page

    def _binary(self, column: Any) -> Any:
        if not self.is_sqlite and isinstance(column.type, String):
            return column.collate("C")
        return column


def _touch(batch: _Batch, table_name: str, values: dict[str, Any]) -> None:
    """Note a ledger entry that may complete a double redemption (checked before commit)."""
    if table_name == "voucher_entries":
        batch.touched_vouchers.add(str(values.get("voucher_id")))
    elif table_name == "bonus_entries" and values.get("kind") in ("redemption", "restore"):
        batch.touched_cards.add(str(values.get("card_id")))
        if values.get("kind") == "restore" and values.get("reverses_entry_id") is not None:
            batch.restored.add(str(values.get("reverses_entry_id")))


def _pk(spec: tables.TableSpec, raw: str) -> Any:
    return uuid.UUID(raw) if spec.pk.type.python_type is uuid.UUID else raw


def _visible(column: Any, device: Device) -> Any:
    return or_(column.is_(None), column.in_(list(device.location_ids)))


def _as_sqlite(column: Any) -> Any:
    """The column as SQLAlchemy stores it in SQLite, computed by PostgreSQL."""
    t = column.type
    expr: ColumnElement[Any]
    if isinstance(t, Uuid):
        expr = func.replace(cast(column, Text), "-", "")
    elif isinstance(getattr(t, "impl", t), DateTime):
        expr = func.to_char(func.timezone("UTC", column), "YYYY-MM-DD HH24:MI:SS.US")
    elif isinstance(t, Date):
        expr = func.to_char(column, "YYYY-MM-DD")
    elif isinstance(t, Boolean):
        expr = cast(column, Integer)
    elif isinstance(t, JSON):
        expr = cast(column, Text)
    else:
        return column
    return expr.label(column.name)


def _scoped(spec: tables.TableSpec, device: Device, as_sqlite: bool = False) -> Select[Any]:
    """The table's snapshot columns, limited to the device's locations (pk first)."""
    columns = [spec.pk, *(c for c in spec.snapshot if c is not spec.pk)]
    stmt = select(*(_as_sqlite(c) for c in columns) if as_sqlite else columns)
    allowed = list(device.location_ids)
    if spec.name == "locations":
        return stmt.where(spec.pk.in_(allowed))
    path = spec.location_path
    if path is None:
        return stmt
    current = spec.table
    for fk, parent_name in path:
        parent = tables.spec(parent_name)
        assert parent is not None
        stmt = stmt.join(parent.table, and_(current.c[fk] == parent.pk))
        current = parent.table
    return stmt.where(_visible(current.c.location_id, device))


def _change_id(change: dict[str, Any]) -> uuid.UUID:
    try:
        return uuid.UUID(str(change.get("change_id")))
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_OID, repr(sorted(change.items())))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, IntegrityError):
        return f"constraint: {str(exc.orig).splitlines()[0]}"
    if isinstance(exc, DBAPIError):
        return f"database: {str(exc.orig).splitlines()[0]}"
    return str(exc) or type(exc).__name__
