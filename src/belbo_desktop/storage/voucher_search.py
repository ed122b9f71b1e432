"""What a typed search in the vouchers overview matches: code prefix, recipient, buyer
(SQLite).

The vouchers are read once, in one pass over the table, with cheap tests per row: the
code's start, the recipient (free text, read anyway), and whether the buyer is among
the customers the words find like the customer list finds them (full-text words of
name, number, email or phone, ``domain.customers.match_query``). The buyers are one set
made before the pass, so no voucher looks its buyer up.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, literal_column, or_
from sqlalchemy import text as sql
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from belbo_desktop.domain import vouchers as rules
from belbo_desktop.domain.customers import match_query
from belbo_desktop.storage.customer_search import ListSpec
from belbo_desktop.storage.orm.vouchers import Voucher
from belbo_desktop.storage.search import FTS_TABLE

_SEPARATORS = str.maketrans("", "", " -–_ß")

#: A buyer is searched by name when the words name at most this many customers: each
#: costs a lookup of the customer (5 microseconds, 30 ms for all of them). A first letter
#: or two name a third of 200,000 customers; those keystrokes find by code and recipient.
BUYER_MATCHES_MAX = 6_000

_MATCHES = (
    f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts LIMIT :most)"
)
_CUSTOMERS = (
    f"SELECT c.id FROM {FTS_TABLE} CROSS JOIN customers AS c "
    f"ON c.search_seq = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH :voucher_buyer_fts"
)


def unindexed(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """SQLite's unary "+": the same value, but the planner cannot use an index on it.

    Without statistics SQLite prefers a location index to what names few vouchers (ids,
    a code range) or to reading the table in one pass, and then reads every voucher of
    the location row by row through the index."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


def code_prefix(typed: str) -> str | None:
    """The typed text as the start of a stored code, or None if it cannot be one."""
    prefix = typed.translate(_SEPARATORS).upper()
    if prefix and len(prefix) <= rules.CODE_CHARS and all(ch in rules.ALPHABET for ch in prefix):
        return prefix
    return None


def matches(s: Session, location_id: uuid.UUID, typed: str) -> ColumnElement[bool]:
    """The condition a voucher of the location meets if ``typed`` finds it; the caller
    compares the location unindexed, so the table is read in one pass."""
    like = f"%{typed.replace('%', '').replace('_', '')}%"
    # SQLite's LIKE ignores case as lower() would (ASCII), at half the cost of both
    alternatives: list[ColumnElement[bool]] = [
        Voucher.recipient.is_not(None) & Voucher.recipient.like(like)
    ]
    prefix = code_prefix(typed)
    if prefix is not None:
        last = prefix + rules.ALPHABET[-1] * (rules.CODE_CHARS - len(prefix))
        alternatives.append(Voucher.code.between(prefix, last))
    match = match_query(typed)
    if match is not None:
        fts = ListSpec(location_id, match, include_archived=True).fts_expression()
        found = s.execute(sql(_MATCHES), {"fts": fts, "most": BUYER_MATCHES_MAX + 1}).scalar()
        if int(found or 0) <= BUYER_MATCHES_MAX:
            customers = sql(_CUSTOMERS).bindparams(voucher_buyer_fts=fts)
            ids = customers.columns(literal_column("id", Voucher.buyer_customer_id.type))
            alternatives.append(Voucher.buyer_customer_id.in_(ids))
    return or_(*alternatives)
