"""`belbo hub import`: load a PC's whole database into an empty hub in one go.

A salon with years of data that moves from one PC to a hub would otherwise push
everything change by change on its first sync. The import copies every synced table
with PostgreSQL's COPY (hundreds of thousands of rows a minute), gives each row a clock
entry, and leaves the PC to enrol afterwards: its first sync then only compares.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from belbo_desktop.hub.store import HUB_DEVICE
from belbo_desktop.storage.db import make_engine
from belbo_desktop.storage.orm.sync import SyncRow
from belbo_desktop.sync import tables
from belbo_desktop.sync.hlc import HybridClock

PAGE = 20_000


def import_sqlite(
    hub: Engine,
    database: Path,
    wall_ms: Callable[[], int],
    progress: Callable[[str, int], None] = lambda _t, _n: None,
) -> dict[str, int]:
    """Copy every synced table of ``database`` into the (empty) hub database."""
    source = make_engine(database)
    clock = HybridClock(HUB_DEVICE, wall_ms)
    stamp = clock.tick()
    counts: dict[str, int] = {}
    try:
        with source.connect() as src, hub.begin() as dst:
            present = tables.present(src)
            hub_tables = tables.present(dst)
            for name, spec in present.items():
                if name not in hub_tables:
                    continue
                if dst.scalar(select(func.count()).select_from(spec.table)):
                    raise ValueError(f"hub table {name} is not empty; import needs an empty hub")
                columns = [c for c in spec.table.columns]
                seq_column = tables.LOCAL_SEQUENCES.get(name)
                location_of = _locator(src, spec)
                done = 0
                result = src.execution_options(stream_results=True).execute(
                    select(*columns).order_by(*_parents_first(spec.table), spec.pk)
                )
                while chunk := result.fetchmany(PAGE):
                    rows = [dict(r._mapping) for r in chunk]
                    if seq_column:
                        for i, r in enumerate(rows, start=done + 1):
                            r[seq_column] = i
                    _copy(dst, spec.table, [c.name for c in columns], rows)
                    clocks = [
                        dict(
                            table_name=name,
                            row_id=tables.row_key(r[spec.pk.name]),
                            location_id=location_of(r),
                            versions={"*": stamp, "_created": stamp},
                            deleted_hlc=None,
                        )
                        for r in rows
                    ]
                    _copy(dst, SyncRow.__table__, list(clocks[0]), clocks)
                    done += len(rows)
                    progress(name, done)
                counts[name] = done
    finally:
        source.dispose()
    if hub.dialect.name == "postgresql":
        with hub.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")  # fresh statistics, or the first pages crawl
    return counts


def _parents_first(table: Any) -> list[Any]:
    """Rows that point at a row of their own table (a Storno at its sale, a counter-entry
    at its stamp) come after the rows that point nowhere, so no page is copied before
    the page its references are in. Id order alone is not enough: ids are time-ordered,
    and the PC that cancelled a sale may have had a slower clock than the PC that sold
    it. Such chains are one step long (a Storno is never cancelled).
    """
    return [fk.parent.is_not(None) for fk in table.foreign_keys if fk.column.table is table]


def _locator(conn: Any, spec: tables.TableSpec) -> Callable[[dict[str, Any]], uuid.UUID | None]:
    if spec.name == "locations":
        return lambda r: r["id"]
    path = spec.location_path
    if path is None:
        return lambda _r: None
    if not path:
        return lambda r: r.get("location_id")
    fk, parent_name = path[0]
    parent = tables.spec(parent_name)
    assert parent is not None and "location_id" in parent.table.c
    where = dict(conn.execute(select(parent.pk, parent.table.c.location_id)).all())
    return lambda r: where.get(r.get(fk))


def _copy(conn: Any, table: Any, names: list[str], rows: list[dict[str, Any]]) -> None:
    """COPY on PostgreSQL; plain executemany on a SQLite trial hub."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    import json

    from sqlalchemy import JSON

    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    cursor = conn.connection.driver_connection.cursor()
    quoted = ", ".join(f'"{n}"' for n in names)
    with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for r in rows:
            copy.write_row(
                [
                    json.dumps(r[n]) if n in json_columns and r[n] is not None else r[n]
                    for n in names
                ]
            )
