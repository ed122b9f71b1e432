"""`belbo demo --customers N`: wall time, against raw sqlite3 inserting the same rows."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.common import belbo_command, figure


def _raw_floor(customers: int, folder: Path) -> float:
    """The simplest way: one plain table, one executemany, one commit."""
    rng = random.Random(1)
    con = sqlite3.connect(folder / "floor.sqlite3")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute(
        "CREATE TABLE customers (id TEXT PRIMARY KEY, number INT, first_name TEXT, "
        "last_name TEXT, email TEXT, phone TEXT, birthday TEXT, street TEXT, "
        "postcode TEXT, city TEXT, created_at TEXT)"
    )
    started = time.perf_counter()
    rows = [
        (
            uuid.uuid4().hex,
            10001 + i,
            "Anna",
            f"Müller{rng.random()}",
            f"a{i}@example.de",
            f"+49176{i:08d}",
            "1990-01-01",
            "Hauptstraße 1",
            "10115",
            "Berlin",
            "2026-01-01 10:00:00",
        )
        for i in range(customers)
    ]
    con.executemany("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.commit()
    con.close()
    return time.perf_counter() - started


def run(customers: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        subprocess.run(
            belbo_command(
                "demo", "--data-dir", str(folder / "data"), "--customers", str(customers)
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - started
        floor = _raw_floor(customers, folder)
        size_mb = (folder / "data" / "belbo.sqlite3").stat().st_size / 1e6
    return [
        figure(f"demo_{customers}_customers", seconds, "s", floor),
        figure(f"demo_{customers}_database_size", size_mb, "MB"),
    ]
