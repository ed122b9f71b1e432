"""The customer full-text index (SQLite FTS5) and its DDL.

The index is a plain FTS5 table whose rowid is ``customers.search_seq``; triggers
keep it in step with every insert, update and delete in the same transaction, so
it is correct whichever code path (service, sync, migration) changes a customer.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, bindparam, column, select, table, text

FTS_TABLE = "customer_fts"
FTS_TABLES = {FTS_TABLE} | {
    f"{FTS_TABLE}_{s}" for s in ("data", "idx", "config", "docsize", "content")
}

CREATE_STATEMENTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(text, "
    "tokenize = \"unicode61 remove_diacritics 2 tokenchars '_'\", prefix = '1 2 3')",
    f"""CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
        INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.search_seq, new.search_text);
    END""",
    f"""CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text, search_seq ON customers
    BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.search_seq;
        INSERT INTO {FTS_TABLE}(rowid, text) VALUES (new.search_seq, new.search_text);
    END""",
    f"""CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
        DELETE FROM {FTS_TABLE} WHERE rowid = old.search_seq;
    END""",
)

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS customers_fts_delete",
    "DROP TRIGGER IF EXISTS customers_fts_update",
    "DROP TRIGGER IF EXISTS customers_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


def location_token(location_id: uuid.UUID) -> str:
    """An index token no typed search can produce ("_" is stripped from queries)."""
    return f"_l{location_id.hex}"


def is_search_table(name: str) -> bool:
    """For Alembic's include_object: the FTS table and its shadow tables are ours."""
    return name in FTS_TABLES


_fts = table(FTS_TABLE, column("rowid"))


def matching_rowids(match: str) -> Select[Any]:
    """``SELECT rowid FROM customer_fts WHERE customer_fts MATCH :match``."""
    return select(_fts.c.rowid).where(
        text(f"{FTS_TABLE} MATCH :fts_query").bindparams(bindparam("fts_query", match))
    )


#: Index token of archived or removed customers; default searches exclude it.
INACTIVE_TOKEN = "_inaktiv"
