"""The frozen app: builds in minutes, passes its smoke test, fits the size and start budget.

Slow (freezes the whole app): runs only with BELBO_RUN_SLOW=1, see conftest.py.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from belbo_desktop.config import Paths
from belbo_desktop.storage.migrate import head_revision
from tests.unit.storage.test_release_upgrades import (
    FOUNDATION,
    RELEASES,
    _customers,
    _downgrade,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import build  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen() -> Path:
    seconds = build.freeze()
    assert seconds < 10 * 60
    return build.APP_DIR


def _snapshot(folder: Path) -> dict[str, tuple[int, float]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime)
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_smoke_test_passes_and_never_writes_into_the_install_folder(frozen: Path) -> None:
    before = _snapshot(frozen)
    output, login_after = build.smoke_test(frozen)
    assert "smoke: passed" in output
    assert "smoke: ok Gutschein verkauft und gedruckt" in output
    assert login_after < build.START_LIMIT_S * 2  # the first start also creates the database
    assert _snapshot(frozen) == before


def test_folder_holds_both_programs_translations_and_migrations(frozen: Path) -> None:
    assert build.gui_exe(frozen).exists() and build.cli_exe(frozen).exists()
    internal = frozen / "_internal"
    qm = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert "qtbase_de.qm" in qm and qm <= {"qtbase_de.qm", "qtbase_en.qm"}
    versions = internal / "belbo_desktop" / "storage" / "migrations" / "versions"
    source = ROOT / "src" / "belbo_desktop" / "storage" / "migrations" / "versions"
    assert {p.name for p in versions.glob("*.py")} == {p.name for p in source.glob("*.py")}
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").exists()


def test_folder_size_is_within_budget(frozen: Path) -> None:
    assert build.folder_size_mb(frozen) < build.SIZE_LIMIT_MB


def test_start_to_login_window_is_within_budget(frozen: Path) -> None:
    figures = build.measure_start(frozen, runs=2)
    assert figures["start_s"] < build.START_LIMIT_S


def test_admin_command_migrates_a_data_folder(frozen: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(build.cli_exe(frozen)), "migrate", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Datenbank aktualisiert" in result.stdout
    assert (tmp_path / "data" / "belbo.sqlite3").exists()


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (nsis)")
def test_nsis_builds_an_installer(frozen: Path) -> None:
    exe = build.nsis(frozen, fast=True)
    assert exe.read_bytes()[:2] == b"MZ"
    assert exe.stat().st_size > 50 * 1024 * 1024
    os.remove(exe)


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb missing (Debian only)")
def test_deb_package_installs_into_opt_with_commands_and_menu_entry(frozen: Path) -> None:
    package = build.deb(frozen, fast=True)
    try:
        listing = subprocess.run(
            ["dpkg-deb", "--contents", str(package)], capture_output=True, text=True, check=True
        ).stdout
        info = subprocess.run(
            ["dpkg-deb", "--field", str(package), "Package", "Version"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.remove(package)
    assert "./opt/belbo-desktop/belbo-desktop" in listing
    assert "./usr/bin/belbo -> /opt/belbo-desktop/belbo" in listing
    assert "./usr/share/applications/belbo-desktop.desktop" in listing
    assert f"Version: {build.version()}" in info


def test_admin_command_runs_a_hub_on_postgresql(frozen: Path) -> None:
    """`belbo hub serve` from the installed app: Uvicorn, FastAPI and psycopg all frozen."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    admin_url = os.environ.get(
        "BELBO_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"belbo_frozen_{os.getpid()}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable: {str(exc).splitlines()[0]}")
    port = _free_port()
    hub = subprocess.Popen(
        [
            str(build.cli_exe(frozen)),
            "hub",
            "serve",
            "--database-url",
            admin_url.rsplit("/", 1)[0] + "/" + name,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    try:
        health = _poll(f"http://127.0.0.1:{port}/health", seconds=60)
    finally:
        hub.terminate()
        hub.wait(timeout=30)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    assert health["status"] == "ok"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _poll(url: str, seconds: float) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return dict(json.load(response))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_installed_app_upgrades_a_release_database_and_keeps_every_customer(
    frozen: Path, tmp_path: Path
) -> None:
    """A salon's database from release 0.1.0, taken back to the foundation schema so every
    later migration runs: the frozen app upgrades it (backup first) and works on it."""
    data = tmp_path / "data"
    paths = Paths(data)
    paths.ensure()
    shutil.copyfile(RELEASES[0], paths.database)
    customers = _customers(paths.database)
    _downgrade(paths.database, FOUNDATION)

    result = subprocess.run(
        [str(build.cli_exe(frozen)), "migrate", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"Datenbank aktualisiert: {FOUNDATION} -> {head_revision()}" in result.stdout
    assert len(list(paths.backups.glob("*.sqlite3"))) == 1
    assert _customers(paths.database) == customers

    output, _ = build.smoke_test(frozen, data)  # logs in, sells and prints on that data
    assert "smoke: passed" in output
    assert len(_customers(paths.database)) == len(customers)
