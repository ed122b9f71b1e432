"""The smoke test itself, run from the source tree (fast; the frozen run is slow)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from belbo_desktop.config import Paths
from belbo_desktop.ui.smoke import SMOKE_CUSTOMERS


def _smoke(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "belbo_desktop", "--smoke-test", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


def test_smoke_test_runs_every_step_in_a_temporary_folder() -> None:
    result = _smoke()
    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "Datenbank migriert",
        "Anmeldefenster",
        "Demodaten (300 Kunden)",
        "Hauptfenster",
        "Gutschein verkauft und gedruckt",
    ):
        assert f"smoke: ok {step}" in result.stdout
    assert "smoke: passed" in result.stdout
    assert "Traceback" not in result.stderr


def test_a_given_data_folder_is_reused_and_keeps_its_log(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for _ in range(2):
        result = _smoke("--data-dir", str(data))
        assert result.returncode == 0, result.stdout + result.stderr
    paths = Paths(data)
    con = sqlite3.connect(paths.database)
    customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
    con.close()
    assert customers == SMOKE_CUSTOMERS  # demo data only once, into the empty database
    assert (paths.documents / "smoke-gutschein.pdf").read_bytes().startswith(b"%PDF")
    log = (paths.logs / "belbo-desktop.log").read_text(encoding="utf-8")
    assert log.count("smoke: ok Gutschein verkauft und gedruckt") == 2
