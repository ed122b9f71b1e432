"""The wire protocol between PC and hub, versioned; both sides refuse a mismatch.

Version 1: JSON over HTTPS. Every request but ``/health`` and ``/v1/enrol`` carries
``Authorization: Bearer <device token>``; every request carries
``X-Belbo-Protocol: 1``. A change is ``{change_id, table_name, row_id, op, hlc, fields}``
with ``op`` one of insert / update / delete (mutable tables) or append (ledgers).
"""

from __future__ import annotations

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Belbo-Protocol"
PUSH_BATCH = 500
PULL_PAGE = 2000
SNAPSHOT_PAGE = 5000
OPS = frozenset({"insert", "update", "delete", "append"})
