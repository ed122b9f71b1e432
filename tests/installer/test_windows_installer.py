"""The NSIS installer as Windows runs it (under Wine): install, upgrade, uninstall.

It packs a small stand-in for the program folder, so it checks the installer's own
behaviour: files, shortcuts and uninstall entry; an upgrade replaces the program files
and leaves the data folder alone; uninstalling keeps the data unless asked to delete it.
Slow (starts Wine): runs with BELBO_RUN_SLOW=1 where `wine` and `makensis` are installed
(`apt-get install wine64 nsis`).
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "belbo.nsi"


def _wine() -> str | None:
    for candidate in ("wine", "wine64", "/usr/lib/wine/wine64"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(_wine() is None, reason="wine not installed (apt-get install wine64)"),
    pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed (nsis)"),
]


@dataclass
class Windows:
    prefix: Path
    env: dict[str, str]
    wine: str

    @property
    def user(self) -> Path:
        return self.prefix / "drive_c" / "users" / getpass.getuser()

    @property
    def programs(self) -> Path:
        return self.user / "AppData" / "Local" / "Programs" / "Belbo Desktop"

    @property
    def data(self) -> Path:
        return self.user / "AppData" / "Local" / "Belbo" / "Belbo Desktop"

    @property
    def start_menu(self) -> Path:
        roaming = self.user / "AppData" / "Roaming"
        return roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Belbo Desktop"

    @property
    def desktop_link(self) -> Path:
        return self.user / "Desktop" / "Belbo Desktop.lnk"

    def run(self, exe: Path, *args: str) -> None:
        subprocess.run([self.wine, str(exe), *args], env=self.env, check=True, timeout=180)
        self.wait()

    def wait(self) -> None:
        """The uninstaller re-starts itself from a temporary copy: wait for every process."""
        server = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
        subprocess.run([server, "-w"], env=self.env, timeout=180, check=False)

    def uninstall_entry(self) -> str:
        key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\BelboDesktop"
        result = subprocess.run(
            [self.wine, "reg", "query", key],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout if result.returncode == 0 else ""


@pytest.fixture(scope="module")
def windows(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Windows]:
    home = tmp_path_factory.mktemp("home")
    prefix = home / "wine"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")} | {
        "HOME": str(home),
        "WINEPREFIX": str(prefix),
        "WINEDEBUG": "-all",
    }
    wine = _wine()
    assert wine is not None
    subprocess.run(
        [wine, "wineboot", "--init"], env=env, check=True, timeout=300, capture_output=True
    )
    machine = Windows(prefix, env, wine)
    machine.wait()
    yield machine
    server = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
    subprocess.run([server, "-k"], env=env, timeout=60, check=False)


def _installer(tmp_path: Path, version: str, files: dict[str, str]) -> Path:
    dist = tmp_path / f"dist-{version}"
    for name, text in files.items():
        (dist / name).parent.mkdir(parents=True, exist_ok=True)
        (dist / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"belbo-desktop-{version}-setup.exe"
    subprocess.run(
        [
            "makensis",
            "-V2",
            f"-DVERSION={version}",
            "-DFAST",
            f"-DDIST_DIR={dist}",
            f"-DOUT_FILE={out}",
            str(SCRIPT),
        ],
        check=True,
        timeout=120,
    )
    return out


def test_install_upgrade_and_uninstall_keep_the_data(windows: Windows, tmp_path: Path) -> None:
    first = _installer(
        tmp_path,
        "0.1.0",
        {"belbo-desktop.exe": "v1", "belbo.exe": "v1", "_internal/old-only.txt": "v1"},
    )
    windows.run(first, "/S")
    assert (windows.programs / "belbo-desktop.exe").read_text() == "v1"
    assert (windows.programs / "belbo.exe").exists()
    assert (windows.programs / "uninstall.exe").exists()
    assert (windows.start_menu / "Belbo Desktop.lnk").exists()
    assert windows.desktop_link.exists()
    assert "DisplayVersion    REG_SZ    0.1.0" in windows.uninstall_entry()

    windows.data.mkdir(parents=True)
    database = windows.data / "belbo.sqlite3"
    database.write_bytes(b"SQLite format 3\x00 Kunden")

    second = _installer(
        tmp_path, "0.2.0", {"belbo-desktop.exe": "v2", "belbo.exe": "v2", "_internal/new.txt": "v2"}
    )
    windows.run(second, "/S")
    assert (windows.programs / "belbo-desktop.exe").read_text() == "v2"
    assert (windows.programs / "_internal" / "new.txt").exists()
    assert not (windows.programs / "_internal" / "old-only.txt").exists()
    assert "DisplayVersion    REG_SZ    0.2.0" in windows.uninstall_entry()
    assert database.read_bytes() == b"SQLite format 3\x00 Kunden"

    windows.run(windows.programs / "uninstall.exe", "/S")
    assert not windows.programs.exists()
    assert not windows.start_menu.exists()
    assert not windows.desktop_link.exists()
    assert windows.uninstall_entry() == ""
    assert database.read_bytes() == b"SQLite format 3\x00 Kunden"


def test_uninstall_deletes_the_data_only_when_asked(windows: Windows, tmp_path: Path) -> None:
    setup = _installer(tmp_path, "0.1.0", {"belbo-desktop.exe": "v1", "belbo.exe": "v1"})
    windows.run(setup, "/S")
    windows.data.mkdir(parents=True, exist_ok=True)
    (windows.data / "belbo.sqlite3").write_bytes(b"SQLite format 3\x00")
    windows.run(windows.programs / "uninstall.exe", "/S", "/DELETEDATA")
    assert not windows.programs.exists()
    assert not windows.data.exists()
