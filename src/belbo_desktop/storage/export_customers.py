"""Which customers a customer export reads: the customer list's filter for a search, as
conditions on any select over the customers table (counts and keyset pages alike)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, or_
from sqlalchemy.orm import Session

from belbo_desktop.domain import customers as customer_rules
from belbo_desktop.storage.customer_search import ListSpec
from belbo_desktop.storage.orm import Customer
from belbo_desktop.storage.search import matching_rowids


def customer_filter(
    stmt: Select[Any],
    s: Session,
    location_id: uuid.UUID,
    search_text: str,
    include_archived: bool,
) -> Select[Any] | None:
    """The same customers the list shows for this search; None if nothing can match."""
    stmt = stmt.where(
        Customer.location_id == location_id,
        Customer.deleted_at.is_(None),
        Customer.merged_into_id.is_(None),  # a merged duplicate lives on in its survivor
    )
    if not include_archived:
        stmt = stmt.where(Customer.archived_at.is_(None))
    if not search_text.strip():
        return stmt
    match = customer_rules.match_query(search_text)
    if match is None:
        return None
    if s.get_bind().dialect.name == "sqlite":
        spec = ListSpec(location_id, match, include_archived=include_archived)
        return stmt.where(Customer.search_seq.in_(matching_rowids(spec.fts_expression())))
    # Other databases (the hub): every typed word must start a name, email or phone.
    for word in search_text.split():
        pattern = word.replace("%", "").replace("_", "") + "%"
        stmt = stmt.where(
            or_(
                Customer.first_name.ilike(pattern),
                Customer.last_name.ilike(pattern),
                Customer.email.ilike(pattern),
                Customer.phone.ilike("%" + pattern),
            )
        )
    return stmt
