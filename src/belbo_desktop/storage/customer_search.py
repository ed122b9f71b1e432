"""Customer list queries at 200,000 rows: counts and pages for a search and sort order.

Counts come from the full-text index, whose text carries a location token and an
"inactive" token, so a count never touches the customers table. In name order (the
default) a page is a walk over FTS rowids, which are positions in name order
(``storage.customer_order``). Other orders pick one of two plans by the number of
matches: few are looked up and sorted; many are found by walking the sorted index.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.search import FTS_TABLE, INACTIVE_TOKEN, location_token

FEW_MATCHES = 10_000

ROW_COLUMNS = (
    "id",
    "number",
    "first_name",
    "last_name",
    "email",
    "phone",
    "birthday",
    "city",
    "archived_at",
    "created_at",
    "updated_at",
)
SORTABLE = {
    "sort_key",
    "number",
    "first_name",
    "email",
    "phone",
    "birthday",
    "city",
    "created_at",
    "updated_at",
}


@dataclass(frozen=True)
class ListSpec:
    location_id: uuid.UUID
    match: str | None  # an FTS5 expression from domain.customers.match_query, or None
    sort_column: str = "sort_key"
    descending: bool = False
    include_archived: bool = False

    def fts_expression(self) -> str:
        expr = f'"{location_token(self.location_id)}"'
        if self.match is not None:
            expr = f"({self.match}) AND {expr}"
        if not self.include_archived:
            expr += f' NOT "{INACTIVE_TOKEN}"'
        return expr

    def order_by(self, table: str = "customers") -> str:
        if self.sort_column not in SORTABLE:
            raise ValueError(self.sort_column)
        direction = "DESC" if self.descending else "ASC"
        parts = [f"{table}.{self.sort_column} {direction}"]
        if self.sort_column != "sort_key":
            parts.append(f"{table}.sort_key {direction}")
        parts.append(f"{table}.number {direction}")
        return ", ".join(parts)

    def state_filter(self, table: str = "customers") -> str:
        where = (
            f"{table}.location_id = :location_id AND {table}.deleted_at IS NULL "
            f"AND {table}.merged_into_id IS NULL"  # merged files stay hidden, archived or not
        )
        if not self.include_archived:
            where += f" AND {table}.archived_at IS NULL"
        return where


def _params(spec: ListSpec, **more: Any) -> dict[str, Any]:
    # Uuid columns are stored as 32 hex digits on SQLite.
    params: dict[str, Any] = {"location_id": spec.location_id.hex, "fts": spec.fts_expression()}
    params.update(more)
    return params


def count_matches(s: Session, spec: ListSpec) -> int:
    sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts"
    return int(s.execute(text(sql), _params(spec)).scalar_one())


def page_ids(s: Session, spec: ListSpec, offset: int, limit: int) -> list[uuid.UUID]:
    """Ids of one page in order; the caller loads the columns it needs for them."""
    cols = "customers.id"
    params = _params(spec, offset=max(0, offset), limit=max(0, limit))
    if spec.sort_column == "sort_key":
        # FTS rowids are positions in name order: the index walks matches in order and
        # stops after the page, however many customers match.
        direction = "DESC" if spec.descending else "ASC"
        sql = (
            f"SELECT {cols} FROM (SELECT rowid AS seq FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :fts ORDER BY rowid {direction} "
            f"LIMIT :limit OFFSET :offset) AS page "
            f"CROSS JOIN customers ON customers.search_seq = page.seq "
            f"WHERE customers.location_id = :location_id ORDER BY page.seq {direction}"
        )
    elif spec.match is None:
        sql = (
            f"SELECT {cols} FROM customers WHERE {spec.state_filter()} "
            f"ORDER BY {spec.order_by()} LIMIT :limit OFFSET :offset"
        )
    elif count_matches(s, spec) <= FEW_MATCHES:
        # CROSS JOIN fixes the join order in SQLite: the few matches drive the lookup.
        sql = (
            f"SELECT {cols} FROM {FTS_TABLE} CROSS JOIN customers "
            f"ON customers.search_seq = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH :fts AND {spec.state_filter()} "
            f"ORDER BY {spec.order_by()} LIMIT :limit OFFSET :offset"
        )
    else:
        sql = (
            f"SELECT {cols} FROM customers WHERE {spec.state_filter()} AND customers.search_seq "
            f"IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts) "
            f"ORDER BY {spec.order_by()} LIMIT :limit OFFSET :offset"
        )
    return [
        uuid.UUID(hex=r[0]) if isinstance(r[0], str) else r[0] for r in s.execute(text(sql), params)
    ]


def duplicate_ids(
    s: Session,
    location_id: uuid.UUID,
    *,
    email: str | None,
    phone: str | None,
    name_key: str | None,
    birthday: dt.date | None,
    exclude: uuid.UUID | None = None,
    limit: int = 20,
) -> list[uuid.UUID]:
    """Customers sharing the (lowercased) email or the phone, or name and birthday, in
    name order. Each key is looked up in its own index (SQLite's OR optimisation); the
    "+" keeps the planner off the location index, which would read every customer of
    the location (a quarter of a second at 200,000, on each field the form leaves)."""
    terms: list[str] = []
    params: dict[str, Any] = {"location_id": location_id.hex, "limit": limit}
    if email:
        terms.append("lower(email) = :email")
        params["email"] = email.lower()
    if phone:
        terms.append("phone = :phone")
        params["phone"] = phone
    if name_key and birthday:
        terms.append("(sort_key = :name_key AND birthday = :birthday)")
        params.update(name_key=name_key, birthday=birthday.isoformat())
    if not terms:
        return []
    sql = (
        "SELECT id FROM customers WHERE +location_id = :location_id "
        "AND +deleted_at IS NULL AND +merged_into_id IS NULL "
        f"AND ({' OR '.join(terms)})"
    )
    if exclude is not None:
        sql += " AND id != :exclude"
        params["exclude"] = exclude.hex
    sql += " ORDER BY sort_key LIMIT :limit"
    return [
        uuid.UUID(hex=r[0]) if isinstance(r[0], str) else r[0] for r in s.execute(text(sql), params)
    ]


def load_rows(s: Session, ids: list[uuid.UUID]) -> list[Any]:
    """The list columns for ``ids``, in the order given."""
    if not ids:
        return []
    columns = [getattr(Customer, c) for c in ROW_COLUMNS]
    by_id = {r[0]: r for r in s.execute(select(*columns).where(Customer.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]
