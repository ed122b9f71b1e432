"""Customers' positions in name order, kept as sparse integers (``customers.search_seq``).

The full-text index uses ``search_seq`` as its rowid, and FTS5 walks matches in rowid
order natively. Giving every customer a rowid that follows (sort_key, number) makes
"first 50 matches by name" a walk that stops after 50 — at 200,000 customers, whatever
the letters typed. New customers take the midpoint of their neighbours' positions;
when a gap is used up, a small window around it is spread out again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

SPACING = 1 << 32
MAX_POSITION = 1 << 62
_WINDOWS = (32, 1024, 32768)


def position_for(conn: Connection, sort_key: str, number: int) -> int:
    """A free position between the neighbours of (sort_key, number) in name order."""
    before, after = _neighbours(conn, sort_key, number)
    if after - before > 1:
        return before + (after - before) // 2
    _spread(conn, sort_key, number)
    before, after = _neighbours(conn, sort_key, number)
    assert after - before > 1, "spreading left no gap"
    return before + (after - before) // 2


def _neighbours(conn: Connection, sort_key: str, number: int) -> tuple[int, int]:
    params = {"k": sort_key, "n": number}
    before = conn.execute(
        text(
            "SELECT search_seq FROM customers WHERE (sort_key, number) < (:k, :n) "
            "ORDER BY sort_key DESC, number DESC LIMIT 1"
        ),
        params,
    ).scalar()
    after = conn.execute(
        text(
            "SELECT search_seq FROM customers WHERE (sort_key, number) > (:k, :n) "
            "ORDER BY sort_key, number LIMIT 1"
        ),
        params,
    ).scalar()
    return (0 if before is None else int(before), MAX_POSITION if after is None else int(after))


def _spread(conn: Connection, sort_key: str, number: int) -> None:
    """Re-space the customers around (sort_key, number) evenly, widening until it fits."""
    for half in (*_WINDOWS, None):
        params = {"k": sort_key, "n": number, "half": half or -1}
        lower = conn.execute(
            text(
                "SELECT search_seq, sort_key, number FROM customers "
                "WHERE (sort_key, number) < (:k, :n) ORDER BY sort_key DESC, number DESC "
                "LIMIT :half"
            ),
            params,
        ).all()
        upper = conn.execute(
            text(
                "SELECT search_seq, sort_key, number FROM customers "
                "WHERE (sort_key, number) > (:k, :n) ORDER BY sort_key, number LIMIT :half"
            ),
            params,
        ).all()
        window = [r[0] for r in reversed(lower)] + [r[0] for r in upper]
        floor = _edge(conn, lower[-1] if lower else None, below=True) if half else 0
        ceiling = _edge(conn, upper[-1] if upper else None, below=False) if half else MAX_POSITION
        slots = len(window) + 2  # one free slot for the newcomer, one at the end
        step = (ceiling - floor) // slots
        if step < 2:
            continue
        # Two passes: positions are unique, so move the window out of the way first.
        for i, seq in enumerate(window):
            conn.execute(
                text("UPDATE customers SET search_seq = :new WHERE search_seq = :old"),
                {"new": -(i + 1), "old": seq},
            )
        free_at = len(lower)
        for i in range(len(window)):
            slot = i + 1 if i < free_at else i + 2
            conn.execute(
                text("UPDATE customers SET search_seq = :new WHERE search_seq = :old"),
                {"new": floor + slot * step, "old": -(i + 1)},
            )
        return
    raise RuntimeError("no room left in the customer order")


def _edge(conn: Connection, row: Any, *, below: bool) -> int:
    """The position just outside the window (or the end of the range)."""
    if row is None:
        return 0 if below else MAX_POSITION
    key, number = row[1], row[2]
    if below:
        value = conn.execute(
            text(
                "SELECT search_seq FROM customers WHERE (sort_key, number) < (:k, :n) "
                "ORDER BY sort_key DESC, number DESC LIMIT 1"
            ),
            {"k": key, "n": number},
        ).scalar()
        return 0 if value is None else int(value)
    value = conn.execute(
        text(
            "SELECT search_seq FROM customers WHERE (sort_key, number) > (:k, :n) "
            "ORDER BY sort_key, number LIMIT 1"
        ),
        {"k": key, "n": number},
    ).scalar()
    return MAX_POSITION if value is None else int(value)
