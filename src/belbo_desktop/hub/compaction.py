"""Compacting the hub's change log (``sync_changes``) without losing data or a PC.

Two rules, each for entries older than its period:

* **Superseded** (``older_than``, default 90 days): an entry of a mutable table whose
  effect a later entry of the same row repeats for every PC that sees it, and entries
  that never won a merge (``effective`` false: kept only to recognise a retried push;
  a retry of one is a no-op anyway, as the row clocks in ``sync_rows`` are kept). A
  later entry covers an earlier one when it has the same location (or none) and is an
  insert or a delete (it settles the whole row), or when the earlier one is an update
  whose every field a later insert or update sets again. The hub logs only what won,
  so a later value always beats the earlier one on a PC too; a PC pulling from any
  cursor ends in the same state with or without the removed entry. Ledger entries
  (append-only rows) are never superseded, and the newest entry of every row stays:
  what is left grows with the data, not with its edits.

* **Horizon** (``horizon_after``, default 365 days, ``None`` = never): everything older
  goes, ledger entries included, and the hub remembers the highest ``seq`` removed. A
  PC that pulled within that period has a cursor past it and never notices. A PC whose
  cursor is older (away for a year, or restored from an old backup) is answered
  ``410 cursor_compacted`` instead of a page with holes: it pushes its own changes (as
  every sync does first), then takes a fresh snapshot and the hub's tombstones (rows
  deleted at the hub, from ``sync_rows``) and pulls on from there.

Ledger entries are kept until the horizon rather than "until every device has pulled
them": the hub does not record devices' cursors, and a lost or unrevoked PC would hold
the log forever. The horizon makes any such PC safe instead.

The horizon is stored in ``sync_rows`` under (``sync_changes``, ``horizon``): the
hub's own bookkeeping, read by primary key on every pull, never synced. Compaction
runs under the push lock, so no push commits half-way through it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, func, insert, select, update

from belbo_desktop.hub.store import HubStore
from belbo_desktop.storage.orm.sync import SyncChange, SyncRow
from belbo_desktop.sync import tables

log = logging.getLogger("belbo.hub.compaction")

DEFAULT_OLDER_THAN_DAYS = 90
DEFAULT_HORIZON_DAYS = 365
HORIZON_KEY = ("sync_changes", "horizon")
_DELETE_CHUNK = 5000


@dataclass(frozen=True)
class CompactionReport:
    superseded: int
    ineffective: int
    truncated: int
    horizon: int  # the highest seq removed beyond the superseded rule (0: none)
    by_table: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def removed(self) -> int:
        return self.superseded + self.ineffective + self.truncated


def read_horizon(conn: Connection) -> int:
    versions = conn.scalar(
        select(SyncRow.versions).where(
            SyncRow.table_name == HORIZON_KEY[0], SyncRow.row_id == HORIZON_KEY[1]
        )
    )
    if not versions:
        return 0
    return int(versions.get("seq", "0"))


def compact(
    store: HubStore,
    *,
    older_than: dt.timedelta = dt.timedelta(days=DEFAULT_OLDER_THAN_DAYS),
    horizon_after: dt.timedelta | None = dt.timedelta(days=DEFAULT_HORIZON_DAYS),
) -> CompactionReport:
    """Remove what no PC needs (see the module docstring); logs and returns the counts."""
    if older_than < dt.timedelta(0) or (horizon_after is not None and horizon_after < older_than):
        raise ValueError("horizon must not be shorter than the retention period")
    started = time.perf_counter()
    now = store.clock.now()
    cutoff = now - older_than
    by_table: Counter[str] = Counter()
    with store._writer.begin() as conn:
        store._lock(conn)
        old_horizon = read_horizon(conn)
        truncated, horizon = 0, old_horizon
        if horizon_after is not None:
            truncated, horizon = _truncate(conn, now - horizon_after, old_horizon, by_table)
        ineffective = _remove_ineffective(conn, cutoff, by_table)
        superseded = _remove_superseded(conn, cutoff, by_table)
        if horizon != old_horizon:
            _store_horizon(conn, horizon)
    report = CompactionReport(
        superseded,
        ineffective,
        truncated,
        horizon,
        dict(sorted(by_table.items())),
        time.perf_counter() - started,
    )
    log.info(
        "change log compacted",
        extra={
            "superseded": superseded,
            "ineffective": ineffective,
            "truncated": truncated,
            "horizon": horizon,
            "by_table": report.by_table,
            "older_than_days": older_than.days,
            "horizon_days": horizon_after.days if horizon_after is not None else None,
            "seconds": round(report.seconds, 3),
        },
    )
    return report


def _truncate(
    conn: Connection, before: dt.datetime, old_horizon: int, by_table: Counter[str]
) -> tuple[int, int]:
    last = conn.scalar(select(func.max(SyncChange.seq)).where(SyncChange.received_at < before))
    if last is None or last <= old_horizon:
        return 0, old_horizon
    return _delete_counted(conn, SyncChange.seq <= last, by_table), int(last)


def _remove_ineffective(conn: Connection, cutoff: dt.datetime, by_table: Counter[str]) -> int:
    old = and_(SyncChange.effective.is_(False), SyncChange.received_at < cutoff)
    return _delete_counted(conn, old, by_table)


def _delete_counted(conn: Connection, where: ColumnElement[bool], by_table: Counter[str]) -> int:
    """Delete the log entries ``where`` holds; counted by table for the report."""
    counts = conn.execute(
        select(SyncChange.table_name, func.count()).where(where).group_by(SyncChange.table_name)
    ).all()
    conn.execute(delete(SyncChange).where(where))
    for name, n in counts:
        by_table[name] += n
    return sum(n for _, n in counts)


def _remove_superseded(conn: Connection, cutoff: dt.datetime, by_table: Counter[str]) -> int:
    mutable = [name for name, spec in tables.specs().items() if spec.kind == tables.MUTABLE]
    # rows with an old entry and a later one: only they can have a superseded entry
    candidates = (
        select(SyncChange.table_name, SyncChange.row_id)
        .where(SyncChange.effective.is_(True), SyncChange.table_name.in_(mutable))
        .group_by(SyncChange.table_name, SyncChange.row_id)
        .having(func.count() > 1, func.min(SyncChange.received_at) < cutoff)
        .subquery()
    )
    stmt = (
        select(
            SyncChange.seq,
            SyncChange.table_name,
            SyncChange.row_id,
            SyncChange.op,
            SyncChange.fields,
            SyncChange.location_id,
            SyncChange.received_at,
        )
        .join(
            candidates,
            and_(
                SyncChange.table_name == candidates.c.table_name,
                SyncChange.row_id == candidates.c.row_id,
            ),
        )
        .where(SyncChange.effective.is_(True))
        .order_by(SyncChange.table_name, SyncChange.row_id, SyncChange.seq)
    )
    doomed: list[tuple[int, str]] = []
    current: tuple[str, str] | None = None
    entries: list[Any] = []
    for entry in conn.execute(stmt):
        key = (entry.table_name, entry.row_id)
        if key != current:
            doomed.extend(_superseded(entries, cutoff))
            current, entries = key, []
        entries.append(entry)
    doomed.extend(_superseded(entries, cutoff))
    if not doomed:
        return 0
    for start in range(0, len(doomed), _DELETE_CHUNK):
        chunk = doomed[start : start + _DELETE_CHUNK]
        conn.execute(delete(SyncChange).where(SyncChange.seq.in_([seq for seq, _ in chunk])))
    by_table.update(name for _, name in doomed)
    return len(doomed)


def _superseded(entries: list[Any], cutoff: dt.datetime) -> list[tuple[int, str]]:
    """Of one row's entries (in seq order), the old ones a later entry fully repeats."""
    out: list[tuple[int, str]] = []
    settled: set[Any] = set()  # locations for which a later insert or delete settles all
    covered: dict[Any, set[str]] = {}  # fields a later insert or update sets, by location
    for e in reversed(entries):
        names = set(e.fields or {})
        seen = covered.get(e.location_id, set()) | covered.get(None, set())
        redundant = e.location_id in settled or None in settled
        if not redundant and e.op == "update":
            redundant = names <= seen
        if redundant and e.received_at < cutoff:
            out.append((e.seq, e.table_name))
            continue
        if e.op in ("insert", "delete"):
            settled.add(e.location_id)
        if e.op in ("insert", "update"):
            covered.setdefault(e.location_id, set()).update(names)
    return out


def _store_horizon(conn: Connection, horizon: int) -> None:
    versions = {"seq": str(horizon)}
    stored = conn.execute(
        update(SyncRow)
        .where(SyncRow.table_name == HORIZON_KEY[0], SyncRow.row_id == HORIZON_KEY[1])
        .values(versions=versions)
    )
    if stored.rowcount == 0:
        conn.execute(
            insert(SyncRow).values(
                table_name=HORIZON_KEY[0],
                row_id=HORIZON_KEY[1],
                location_id=None,
                deleted_hlc=None,
                versions=versions,
            )
        )


class Housekeeping:
    """Compacts the log once a day in a background thread (as exports' housekeeping)."""

    def __init__(
        self,
        store: HubStore,
        *,
        older_than: dt.timedelta = dt.timedelta(days=DEFAULT_OLDER_THAN_DAYS),
        horizon_after: dt.timedelta | None = dt.timedelta(days=DEFAULT_HORIZON_DAYS),
    ) -> None:
        self.store = store
        self.older_than = older_than
        self.horizon_after = horizon_after
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> CompactionReport | None:
        try:
            return compact(self.store, older_than=self.older_than, horizon_after=self.horizon_after)
        except Exception:
            log.exception("change log compaction failed")
            return None

    def start(self, interval: float = 24 * 3600.0, first_after: float = 300.0) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()

        def run() -> None:
            wait = first_after
            while not self._stop.wait(wait):
                self.run_once()
                wait = interval

        self._thread = threading.Thread(target=run, name="belbo-hub-compaction", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
