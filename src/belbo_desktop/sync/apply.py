"""Applying the hub's changes to this PC's database, in the hub's order.

The hub logs only what won its merge, so applying its log in order reproduces its
state. The one exception is a field this PC changed and has not pushed yet: if the
local edit is newer (by hybrid clock, then device id) it is kept and will win at the
hub too; if it is older, the hub's value is taken now and the push will lose there.
Changes are written with Core statements inside one transaction per page, never
through the ORM, so they are not captured again.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Connection, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from belbo_desktop.domain.ids import new_id
from belbo_desktop.storage.orm.sync import SyncOutbox, SyncQuarantine
from belbo_desktop.sync import tables
from belbo_desktop.sync.hlc import ZERO, HybridClock


def _same(value: Any) -> Any:
    return value


def _differs(local: Any, incoming: Any) -> bool:
    if isinstance(local, dt.datetime) and isinstance(incoming, dt.datetime):
        return local != incoming.astimezone(dt.UTC)
    return bool(local != incoming)


@dataclass
class _Pending:
    fields: dict[str, str] = field(default_factory=dict)
    insert: str = ZERO
    delete: str = ZERO


@dataclass
class ApplyReport:
    applied: int = 0
    skipped: int = 0
    quarantined: int = 0


def suspend_guards(
    conn: Connection, table_names: Iterable[str], already: dict[str, str] | None = None
) -> dict[str, str]:
    """SQLite: drop the guard triggers a ledger union may violate (a voucher redeemed on
    two offline tills ends below zero); returns their SQL for :func:`restore_guards`.

    Used by a PC applying the hub's changes and by a hub on SQLite applying a push, both
    inside their transaction, so a rollback restores the triggers too."""
    dropped: dict[str, str] = {}
    for name in table_names:
        for trigger in tables.MERGE_SUSPENDS_TRIGGERS.get(name, ()):
            if trigger in dropped or (already is not None and trigger in already):
                continue
            sql = conn.scalar(
                text("SELECT sql FROM sqlite_master WHERE type='trigger' AND name=:n"),
                {"n": trigger},
            )
            if sql:
                dropped[trigger] = sql
                conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    return dropped


def restore_guards(conn: Connection, dropped: dict[str, str]) -> None:
    for sql in dropped.values():
        conn.exec_driver_sql(sql)


class LocalApplier:
    """One page of pulled changes, applied on ``conn`` (inside the caller's transaction)."""

    def __init__(self, conn: Connection, clock: HybridClock | None, now: Any) -> None:
        self.conn = conn
        self.clock = clock
        self.now = now
        self._suspended: dict[str, str] = {}

    # --- triggers that a merge must pass ------------------------------------------------

    def suspend_guards(self, table_names: Iterable[str]) -> None:
        """Drop guard triggers a union may violate (restored by :meth:`restore_guards`)."""
        self._suspended.update(suspend_guards(self.conn, table_names, self._suspended))

    def restore_guards(self) -> None:
        restore_guards(self.conn, self._suspended)
        self._suspended.clear()

    # --- log changes ------------------------------------------------------------------

    def apply(self, changes: Sequence[dict[str, Any]]) -> ApplyReport:
        report = ApplyReport()
        if self.conn.dialect.name == "sqlite":
            self.suspend_guards({c["table_name"] for c in changes})
        pending = self._pending(changes)
        if self.clock is not None:
            for change in changes:
                self.clock.observe(change["hlc"])
        try:  # the whole page at once; one change at a time only if one fails
            with self.conn.begin_nested():
                applied = sum(1 for change in changes if self._apply_one(change, pending))
            report.applied, report.skipped = applied, len(changes) - applied
            self.restore_guards()
            return report
        except (DBAPIError, ValueError, KeyError, TypeError):
            pass
        for change in changes:
            try:
                with self.conn.begin_nested():
                    done = self._apply_one(change, pending)
            except (DBAPIError, ValueError, KeyError, TypeError) as exc:
                self._quarantine(change, exc)
                report.quarantined += 1
                continue
            if done:
                report.applied += 1
            else:
                report.skipped += 1
        self.restore_guards()
        return report

    def _pending(self, changes: Sequence[dict[str, Any]]) -> dict[tuple[str, str], _Pending]:
        """This PC's unpushed edits of the rows in this page, newest clock per field."""
        keys = {(c["table_name"], c["row_id"]) for c in changes}
        out: dict[tuple[str, str], _Pending] = {}
        if not keys:
            return out
        row_ids = {k[1] for k in keys}
        stmt = select(
            SyncOutbox.table_name,
            SyncOutbox.row_id,
            SyncOutbox.op,
            SyncOutbox.hlc,
            SyncOutbox.fields,
        ).where(SyncOutbox.row_id.in_(row_ids))
        for table_name, row_id, op, hlc, fields in self.conn.execute(stmt):
            if (table_name, row_id) not in keys:
                continue
            p = out.setdefault((table_name, row_id), _Pending())
            if op == "delete":
                p.delete = max(p.delete, hlc)
            else:
                if op == "insert":
                    p.insert = max(p.insert, hlc)
                for name in fields:
                    p.fields[name] = max(p.fields.get(name, ZERO), hlc)
        return out

    def _apply_one(self, change: dict[str, Any], pending: dict[tuple[str, str], _Pending]) -> bool:
        spec = tables.spec(change["table_name"])
        if spec is None:
            raise ValueError(f"unknown table {change['table_name']!r}")
        op, hlc, row_id = change["op"], change["hlc"], change["row_id"]
        mine = pending.get((spec.name, row_id), _Pending())
        pk = uuid.UUID(row_id) if spec.pk.type.python_type is uuid.UUID else row_id
        fields = tables.decode_fields(spec.name, change.get("fields") or {})
        exists = self.conn.scalar(select(spec.pk).where(spec.pk == pk)) is not None
        if op == "append":
            if exists:
                return False
            self._insert(spec, pk, fields)
            return True
        if op == "delete":
            if mine.insert > hlc or not exists:
                return False
            self.conn.execute(delete(spec.table).where(spec.pk == pk))
            return True
        if not exists:
            if op == "update" or mine.delete > hlc:
                if op == "update" and mine.delete == ZERO:
                    raise ValueError(f"{spec.name} {row_id} is not in this database")
                return False
            self._insert(spec, pk, fields)
            return True
        newer = {
            k: v for k, v in fields.items() if k != spec.pk.name and hlc > mine.fields.get(k, ZERO)
        }
        if not newer:
            return False
        derived = spec.derived and bool(tables.DERIVED_FROM.get(spec.name, set()) & newer.keys())
        self._make_room(spec, pk, newer)
        old_key = self._order_key(spec, pk) if derived else ()
        self.conn.execute(
            update(spec.table).where(spec.pk == pk).values(tables.as_is(spec.table, newer))
        )
        if derived:
            self._refresh(spec, pk, old_key)
        return True

    def _order_key(self, spec: tables.TableSpec, pk: Any) -> tuple[Any, ...]:
        order = tables.SNAPSHOT_ORDER.get(spec.name, ())
        if not order:
            return ()
        found = self.conn.execute(
            select(*(spec.table.c[c] for c in order)).where(spec.pk == pk)
        ).first()
        return tuple(found) if found else ()

    def _refresh(self, spec: tables.TableSpec, pk: Any, old_key: tuple[Any, ...]) -> None:
        """Recompute derived columns, then this PC's local order if the row moved."""
        stmt = select(*spec.table.columns).where(spec.pk == pk)
        row = dict(self.conn.execute(stmt).mappings().one())
        derived = tables.recompute_derived(spec.name, row)
        if any(row[k] != v for k, v in derived.items()):
            self.conn.execute(
                update(spec.table).where(spec.pk == pk).values(tables.as_is(spec.table, derived))
            )
        if old_key and self._order_key(spec, pk) != old_key:
            place = tables.local_order(self.conn, spec.name, row | derived)
            self.conn.execute(
                update(spec.table).where(spec.pk == pk).values(tables.as_is(spec.table, place))
            )

    def _insert(self, spec: tables.TableSpec, pk: Any, fields: dict[str, Any]) -> None:
        values = dict(fields)
        values[spec.pk.name] = pk
        if spec.derived and not (spec.derived <= values.keys()):
            values.update(tables.recompute_derived(spec.name, values))
        self._make_room(spec, pk, values)
        values.update(tables.local_order(self.conn, spec.name, values))
        self.conn.execute(insert(spec.table).values(**values))

    def _make_room(self, spec: tables.TableSpec, pk: Any, values: dict[str, Any]) -> None:
        """A number the hub gave to another row: move our local holder aside for now.

        Our row was created offline with the same number; the hub renumbers it when it
        arrives there, and that renumbering comes back to us in a later change.
        """
        rule = tables.RENUMBER.get(spec.name)
        if rule is None or rule[1] not in values:
            return
        scope, number = rule
        t = spec.table
        scope_value = values.get(scope)
        if scope_value is None:
            scope_value = self.conn.scalar(select(t.c[scope]).where(spec.pk == pk))
        holder = self.conn.scalar(
            select(spec.pk).where(t.c[scope] == scope_value, t.c[number] == values[number])
        )
        if holder is None or holder == pk:
            return
        lowest = self.conn.scalar(select(func.min(t.c[number])).where(t.c[scope] == scope_value))
        old_key = self._order_key(spec, holder)
        self.conn.execute(
            update(t)
            .where(spec.pk == holder)
            .values(tables.as_is(t, {number: min(lowest or 0, 0) - 1}))
        )
        if spec.derived:
            self._refresh(spec, holder, old_key)

    def _quarantine(self, change: dict[str, Any], exc: BaseException) -> None:
        reason = str(getattr(exc, "orig", exc)).splitlines()[0] if str(exc) else type(exc).__name__
        change_id = uuid.UUID(change["change_id"])
        exists = self.conn.scalar(
            select(SyncQuarantine.id).where(SyncQuarantine.change_id == change_id)
        )
        if exists:
            return
        self.conn.execute(
            insert(SyncQuarantine).values(
                id=new_id(),
                change_id=change_id,
                side="local",
                device_id=None,
                table_name=change["table_name"],
                row_id=change["row_id"],
                reason=reason,
                change=dict(change),
                at=self.now,
            )
        )

    # --- snapshot pages ---------------------------------------------------------------

    def apply_snapshot(
        self,
        table_name: str,
        columns: list[str],
        rows: list[list[Any]],
        *,
        all_new: bool = False,
        stored: bool = False,
    ) -> ApplyReport:
        """Rows of a first sync: bulk insert what is new, per-field update what exists."""
        spec = tables.spec(table_name)
        report = ApplyReport()
        if spec is None or not rows:
            return report
        dec = tables.decoders(table_name)
        pk_name = spec.pk.name
        pk_at = columns.index(pk_name)
        pk_dec = dec.get(pk_name, lambda v: v)
        present: set[Any] = set()
        if not all_new:  # else the table was empty when the first sync began
            ids = [pk_dec(r[pk_at]) for r in rows]
            present = set(self.conn.scalars(select(spec.pk).where(spec.pk.in_(ids))))
        sqlite = self.conn.dialect.name == "sqlite"
        if sqlite:
            self.suspend_guards([table_name])
        if sqlite and not present and self._raw_insert(spec, columns, rows, stored):
            report.applied += len(rows)
            self.restore_guards()
            return report
        if stored:  # the bulk path refused them: back to Python values
            texts = {c.name for c in spec.table.columns if isinstance(c.type, JSON)}
            rows = [
                [
                    json.loads(v) if c in texts and v is not None else v
                    for c, v in zip(columns, r, strict=True)
                ]
                for r in rows
            ]
        decoded = [
            {c: (dec[c](v) if c in dec else v) for c, v in zip(columns, r, strict=True)}
            for r in rows
        ]
        fresh = [d for d in decoded if d[pk_name] not in present]
        if fresh and table_name in tables.SNAPSHOT_ORDER and not self._append_order(spec, fresh):
            for d in fresh:  # this PC has rows among them: place each between neighbours
                report = self._snapshot_row(spec, d, exists=False, report=report)
        elif fresh:
            try:
                with self.conn.begin_nested():
                    self.conn.execute(insert(spec.table), fresh)
                report.applied += len(fresh)
            except DBAPIError:
                for d in fresh:
                    report = self._snapshot_row(spec, d, exists=False, report=report)
        if present and spec.kind != tables.LEDGER:
            names = [c for c in columns if c in spec.table.c]
            local = {
                r[0]: r
                for r in self.conn.execute(
                    select(*(spec.table.c[n] for n in names)).where(spec.pk.in_(present))
                )
            }
            for d in decoded:
                mine = local.get(d[pk_name])
                if mine is not None and any(_differs(mine[i], d[n]) for i, n in enumerate(names)):
                    report = self._snapshot_row(spec, d, exists=True, report=report)
        self.restore_guards()
        return report

    def _raw_insert(
        self,
        spec: tables.TableSpec,
        columns: list[str],
        rows: list[list[Any]],
        stored: bool = False,
    ) -> bool:
        """All-new rows straight into SQLite in its storage format (the first sync's bulk).

        ``stored``: the hub already sent SQLite's formats, so values go in untouched.
        """
        enc = tables.sqlite_encoders(spec.name)
        names = [n for n in columns if n in enc]
        ordered = spec.name in tables.SNAPSHOT_ORDER
        if ordered:
            wire = [dict(zip(columns, r, strict=True)) for r in rows]
            if not self._append_order(spec, wire):
                return False
            names.append("search_seq")
            rows = [[*r, w["search_seq"]] for r, w in zip(rows, wire, strict=True)]
            columns = [*columns, "search_seq"]
        at = [columns.index(n) for n in names]
        if stored:
            data = [tuple(r[i] for i in at) for r in rows]
        else:
            fns = [enc.get(n, _same) for n in names]
            data = [tuple(f(r[i]) for f, i in zip(fns, at, strict=True)) for r in rows]
        quoted = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        sql = f'INSERT INTO "{spec.name}" ({quoted}) VALUES ({marks})'
        cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            self.conn.exec_driver_sql("SAVEPOINT belbo_raw")
            cursor.executemany(sql, data)
            self.conn.exec_driver_sql("RELEASE belbo_raw")
        except Exception:
            self.conn.exec_driver_sql("ROLLBACK TO belbo_raw")
            self.conn.exec_driver_sql("RELEASE belbo_raw")
            return False
        finally:
            cursor.close()
        return True

    def _append_order(self, spec: tables.TableSpec, fresh: list[dict[str, Any]]) -> bool:
        """Give rows that all sort after this PC's last one spaced positions at the end.

        A new PC's first sync gets customers in name order, so every page lands after
        the previous one: positions are handed out without a query per row.
        """
        from belbo_desktop.storage import customer_order

        last = self.conn.execute(  # positions follow name order: the highest is the last
            select(spec.table.c.sort_key, spec.table.c.number, spec.table.c.search_seq)
            .order_by(spec.table.c.search_seq.desc())
            .limit(1)
        ).first()
        previous = (last[0], last[1]) if last else None
        position = int(last[2]) if last else 0
        for d in fresh:
            key = (d["sort_key"], d["number"])
            if previous is not None and not key > previous:
                return False
            previous = key
        top = self.conn.scalar(select(func.max(spec.table.c.search_seq))) or 0
        position = max(position, int(top))
        if position + customer_order.SPACING * (len(fresh) + 1) >= customer_order.MAX_POSITION:
            return False
        for d in fresh:
            position += customer_order.SPACING
            d["search_seq"] = position
        return True

    def _snapshot_row(
        self, spec: tables.TableSpec, values: dict[str, Any], exists: bool, report: ApplyReport
    ) -> ApplyReport:
        pk = values[spec.pk.name]
        change = {
            "change_id": str(new_id()),
            "table_name": spec.name,
            "row_id": tables.row_key(pk),
            "op": "snapshot",
            "hlc": ZERO,
            "fields": {k: tables.encode(v) for k, v in values.items()},
        }
        try:
            with self.conn.begin_nested():
                if spec.kind == tables.LEDGER and exists:
                    return report
                body = {k: v for k, v in values.items() if k != spec.pk.name}
                self._make_room(spec, pk, body)
                if exists:
                    body.pop(tables.LOCAL_SEQUENCES.get(spec.name, ""), None)
                    old_key = self._order_key(spec, pk)
                    self.conn.execute(
                        update(spec.table)
                        .where(spec.pk == pk)
                        .values(tables.as_is(spec.table, body))
                    )
                    if spec.derived:
                        self._refresh(spec, pk, old_key)
                else:
                    self.conn.execute(
                        insert(spec.table).values(
                            **values | tables.local_order(self.conn, spec.name, values)
                        )
                    )
            report.applied += 1
        except DBAPIError as exc:
            self._quarantine(change, exc)
            report.quarantined += 1
        return report
