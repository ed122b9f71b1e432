"""Sync client: change capture into the outbox, hybrid logical clock, push and pull.

Every PC keeps its own SQLite database and keeps working offline; this package moves
changes between it and the hub (``belbo_desktop.hub``). The merge rules live in
:mod:`belbo_desktop.sync.tables` (which tables sync, and how) and
:mod:`belbo_desktop.sync.merge` (last writer wins per field, union for ledgers).
"""
