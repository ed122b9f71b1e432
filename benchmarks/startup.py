"""Cold start of the desktop app on a demo database: process start to a shown main window
with the first page of the customer list filled, against the bare import floor
(``python -c "import PySide6.QtWidgets, sqlalchemy"``)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import demo_data_dir, figure

PROBE = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import belbo_desktop.app  # first, as `belbo-desktop` does: it imports what it can before Qt
from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication
from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.i18n import install_translators
from belbo_desktop.ui.main_window import MainWindow
from belbo_desktop.ui.style import apply_style

qapp = QApplication(sys.argv[:1])
apply_style(qapp)
translators = install_translators(qapp, "de")
app = bootstrap(Paths.at(sys.argv[1]))
login = DEMO_LOGINS[2]
actor = app.staff.login(login.username, login.password)
window = MainWindow(UiContext(app, actor, "de"))
window.show()
timer = QElapsedTimer()
timer.start()
while timer.elapsed() < 10_000:
    QCoreApplication.processEvents()
    views = window.findChildren(QAbstractItemView)
    if any(v.isVisible() and v.model() is not None and v.model().rowCount() > 0
           for v in views):
        break
print("READY", flush=True)
os._exit(0)
"""


def _run(args: list[str]) -> float:
    # As on a PC that has run the app before: Python's bytecode cache is written and used
    # (some shells, CI images included, set PYTHONDONTWRITEBYTECODE, which would make every
    # start compile all of our modules from source again).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def run(customers: int) -> list[dict[str, object]]:
    folder = demo_data_dir(customers)
    floor_cmd = [sys.executable, "-c", "import PySide6.QtWidgets, sqlalchemy"]
    app_cmd = [sys.executable, "-c", PROBE, str(folder)]
    _run(app_cmd)  # warm the OS file cache once, as a PC that has run the app before
    app = statistics.median(_run(app_cmd) for _ in range(5))
    floor = statistics.median(_run(floor_cmd) for _ in range(5))
    return [figure(f"startup_to_main_window_{customers}", app, "s", floor)]
