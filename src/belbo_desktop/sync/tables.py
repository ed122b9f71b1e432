"""Which tables sync and how: the one place that classifies every table.

A table is **mutable** by default: rows merge per field, last writer wins on the hybrid
logical clock. **Ledger** tables are append-only and merge by union (a row is inserted
once, by id, and never changed). **Local** tables never leave the database. A module
adding a table only needs a line here if its table is a ledger or local, has a
natural key, or has columns that must stay local.
"""

from __future__ import annotations

import datetime as dt
import types
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import JSON, Column, Date, DateTime, Table, Uuid

from belbo_desktop.storage.orm import all_metadata

MUTABLE, LEDGER, LOCAL = "mutable", "ledger", "local"

#: Append-only tables: union by id.
LEDGER_TABLES = frozenset(
    {
        "audit_log",
        "sales",
        "sale_lines",
        "sale_payments",
        "sale_signatures",
        "till_closings",
        "vouchers",
        "voucher_entries",
        "customer_erasures",
        "bonus_entries",
    }
)

#: Never synced: this PC's or this hub's own bookkeeping.
LOCAL_TABLES = frozenset(
    {
        "alembic_version",
        "sync_outbox",
        "sync_state",
        "sync_devices",
        "sync_enrolment_codes",
        "sync_changes",
        "sync_rows",
        "sync_quarantine",
        # An export's tokens, file and mails belong to the PC (or hub) that made it; a
        # PC follows the hub's requests through their synced audit trail instead
        # (services/export/), so no token hash or file name ever leaves the hub.
        "export_requests",
    }
)

#: Columns each database keeps for itself (the FTS rowid, login lockout).
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "customers": frozenset({"search_seq"}),
    # a login touches the row (lockout counter, last login), so its updated_at stays here too
    "staff_members": frozenset({"failed_attempts", "locked_until", "last_login_at", "updated_at"}),
}

#: The columns derived ones are computed from; a merge touching none of them leaves
#: the derived columns (and a customer's place in name order) as they are.
DERIVED_FROM: dict[str, frozenset[str]] = {
    "customers": frozenset(
        {
            "number",
            "first_name",
            "last_name",
            "email",
            "phone",
            "location_id",
            "archived_at",
            "deleted_at",
            "merged_into_id",
        }
    ),
}

#: Local columns the hub numbers itself (max + 1) when a row arrives. A PC instead
#: places customers in name order (``storage.customer_order``): see :func:`local_order`.
LOCAL_SEQUENCES: dict[str, str] = {"customers": "search_seq"}

#: Snapshot page order (before the primary key) where a PC's local columns follow it.
SNAPSHOT_ORDER: dict[str, tuple[str, ...]] = {"customers": ("sort_key", "number")}

#: Columns computed from others; never sent as changes, recomputed after a merge.
DERIVED_COLUMNS: dict[str, frozenset[str]] = {
    "customers": frozenset({"sort_key", "search_text"}),
}

#: Rows identified by a natural key get an id derived from it (uuid5) when created,
#: so two PCs creating "the same" row offline create the same row and merge by field.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "custom_field_values": ("customer_id", "field_id"),
    "settings": ("location_id", "key"),
}

#: Unique numbers handed out offline: on collision the later arrival gets the next free
#: number of its scope (decided by the hub; every PC then follows the hub).
RENUMBER: dict[str, tuple[str, str]] = {
    "customers": ("location_id", "number"),
}

#: Database guards a merge must be allowed past on a PC: a voucher redeemed twice
#: offline ends below zero after the union, which the local trigger would refuse.
MERGE_SUSPENDS_TRIGGERS: dict[str, tuple[str, ...]] = {
    "voucher_entries": ("voucher_entries_balance",),
}

_NAMESPACE = uuid.UUID("6f1d7c52-5b8e-4a57-9f7e-2b0c0b8e1a01")


def kind(table_name: str) -> str:
    if table_name in LOCAL_TABLES:
        return LOCAL
    if table_name in LEDGER_TABLES:
        return LEDGER
    return MUTABLE


def natural_id(table_name: str, values: Iterable[object]) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, table_name + ":" + ":".join(str(v) for v in values))


@dataclass(frozen=True)
class TableSpec:
    """How one table travels: its columns split into synced, local and derived."""

    table: Table
    kind: str
    pk: Column[Any]
    synced: tuple[Column[Any], ...]  # sent in changes (no local, no derived)
    snapshot: tuple[Column[Any], ...]  # sent in a snapshot (no local)
    local: frozenset[str]
    derived: frozenset[str]
    location_path: tuple[tuple[str, str], ...] | None  # (fk column, parent table) hops

    @property
    def name(self) -> str:
        return self.table.name


@cache
def specs() -> dict[str, TableSpec]:
    """Every synced table, in dependency order (parents before children)."""
    out: dict[str, TableSpec] = {}
    for table in all_metadata().sorted_tables:
        k = kind(table.name)
        if k == LOCAL:
            continue
        pks = list(table.primary_key.columns)
        if len(pks) != 1:
            continue  # nothing of ours has composite keys; such a table stays local
        local = LOCAL_COLUMNS.get(table.name, frozenset())
        derived = DERIVED_COLUMNS.get(table.name, frozenset())
        out[table.name] = TableSpec(
            table=table,
            kind=k,
            pk=pks[0],
            synced=tuple(c for c in table.columns if c.name not in local | derived),
            snapshot=tuple(c for c in table.columns if c.name not in local),
            local=local,
            derived=derived,
            location_path=_location_path(table),
        )
    return out


def present(conn: Any) -> dict[str, TableSpec]:
    """The synced tables this database actually has (a model may run ahead of migrations)."""
    from sqlalchemy import inspect

    names = set(inspect(conn).get_table_names())
    return {n: s for n, s in specs().items() if n in names}


def spec(table_name: str) -> TableSpec | None:
    return specs().get(table_name)


def _location_path(table: Table, depth: int = 0) -> tuple[tuple[str, str], ...] | None:
    """How to find a row's location: () = own ``location_id``, else foreign-key hops.

    None means the row belongs to no location (global): every device gets it.
    """
    if table.name == "locations" or "location_id" in table.columns:
        return ()
    if depth > 3:
        return None
    for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table
        if parent.name == "staff_members" or fk.parent.nullable:
            continue  # a staff member's home location says nothing about the row
        rest = _location_path(parent, depth + 1)
        if rest is not None:
            return ((fk.parent.name, parent.name), *rest)
    return None


def as_is(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """UPDATE values that leave ``onupdate`` columns (updated_at) as they are.

    A merge copies a row's state; it is not itself an edit, so SQLAlchemy must not
    stamp the local time into ``updated_at``.
    """
    keep = {c.name: c for c in table.columns if c.onupdate is not None and c.name not in values}
    return {**values, **keep}


# --- values on the wire ---------------------------------------------------------------


def _decoder(column: Column[Any]) -> Callable[[Any], Any]:
    t = column.type
    if isinstance(t, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    if isinstance(getattr(t, "impl", t), DateTime):
        return _parse_datetime
    if isinstance(t, Date):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    return lambda v: v


def _parse_datetime(value: str | None) -> dt.datetime | None:
    """ISO 8601 from the wire; a value without offset (SQLite's storage format) is UTC."""
    if value is None:
        return None
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


def encode(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


@cache
def decoders(table_name: str) -> dict[str, Callable[[Any], Any]]:
    table = all_metadata().tables[table_name]
    return {c.name: _decoder(c) for c in table.columns if not isinstance(c.type, JSON)}


def decode_fields(table_name: str, fields: dict[str, Any]) -> dict[str, Any]:
    dec = decoders(table_name)
    return {k: (dec[k](v) if k in dec else v) for k, v in fields.items()}


def _sqlite_datetime(v: str | None) -> str | None:
    """The hub's "…T…+00:00" as SQLAlchemy stores it in SQLite ("… ….ffffff", UTC)."""
    if v is None:
        return None
    if not v.endswith("+00:00"):
        v = dt.datetime.fromisoformat(v).astimezone(dt.UTC).isoformat()
    text = v[:-6].replace("T", " ")
    return text if len(text) > 19 else text + ".000000"


@cache
def sqlite_encoders(table_name: str) -> dict[str, Callable[[Any], Any]]:
    """Wire value -> SQLite storage value, skipping Python objects (first-sync bulk path)."""
    import json

    table = all_metadata().tables[table_name]
    out: dict[str, Callable[[Any], Any]] = {}
    for c in table.columns:
        t = c.type
        if isinstance(t, Uuid):
            out[c.name] = lambda v: None if v is None else v.replace("-", "")
        elif isinstance(getattr(t, "impl", t), DateTime):
            out[c.name] = _sqlite_datetime
        elif isinstance(t, JSON):
            out[c.name] = json.dumps
        else:
            out[c.name] = lambda v: v
    return out


def row_key(value: Any) -> str:
    return str(value)


def local_order(conn: Any, table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """This PC's own position for a row arriving from the hub (customers' name order)."""
    if table_name != "customers":
        return {}
    from belbo_desktop.storage import customer_order

    return {"search_seq": customer_order.position_for(conn, row["sort_key"], row["number"])}


# --- derived columns ------------------------------------------------------------------


def recompute_derived(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """The derived columns of a full row (decoded values), or {} if it has none."""
    if table_name != "customers":
        return {}
    from belbo_desktop.storage.orm.customers import refresh_derived

    ns = types.SimpleNamespace(**row)
    refresh_derived(ns)  # type: ignore[arg-type]
    return {"sort_key": ns.sort_key, "search_text": ns.search_text}
