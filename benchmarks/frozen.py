"""The installed (frozen) app: folder size and start to the login window.

Uses ``dist/belbo-desktop`` and builds it first when it is missing (about two minutes,
``installer/build.py``). Floors: for the size, the Python runtime and Qt libraries the
folder cannot do without; for the start, the frozen program printing ``--help`` (the
bootloader and Python starting, nothing of Qt or the database).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

from benchmarks.common import figure

ROOT = Path(__file__).resolve().parents[1]


def _build_module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "installer"))
    import build

    return build


def _irreducible_mb(app_dir: Path) -> float:
    names = ("libpython3", "libQt6Core", "libQt6Gui", "libQt6Widgets", "libicu", "Qt6Core")
    total = sum(
        f.stat().st_size
        for f in app_dir.rglob("*")
        if f.is_file() and not f.is_symlink() and f.name.startswith(names)
    )
    return total / (1024 * 1024)


def _help_seconds(exe: Path) -> float:
    started = time.perf_counter()
    subprocess.run([str(exe), "--help"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run(customers: int) -> list[dict[str, object]]:
    build = _build_module()
    if not build.gui_exe().exists():
        print("building the frozen app (installer/build.py) ...", file=sys.stderr)
        build.freeze()
    app_dir = build.APP_DIR
    start = build.measure_start(app_dir, runs=3)
    floor = statistics.median(_help_seconds(build.gui_exe(app_dir)) for _ in range(3))
    return [
        figure("frozen_folder_size", build.folder_size_mb(app_dir), "MB", _irreducible_mb(app_dir)),
        figure("frozen_start_to_login", start["start_s"], "s", floor),
        figure("frozen_first_start_to_login", start["first_start_s"], "s", floor),
    ]
