"""Cold start of the desktop app on a demo database: process start to a shown main window
with the first page of the customer list filled, against the bare import floor
(``python -c "import PySide6.QtWidgets, sqlalchemy"``)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from benchmarks.common import demo_data_dir, figure

PROBE = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QApplication
from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.services.demo import DEMO_LOGINS
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
    tables = [v for v in window.findChildren(object) if hasattr(v, "model")
              and callable(v.model) and getattr(v.model(), "rowCount", None)]
    if any(t.model().rowCount() > 0 and t.isVisible() for t in tables):
        break
print("READY", flush=True)
os._exit(0)
"""


def _run(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run(customers: int) -> list[dict[str, object]]:
    folder = demo_data_dir(customers)
    floor_cmd = [sys.executable, "-c", "import PySide6.QtWidgets, sqlalchemy"]
    app_cmd = [sys.executable, "-c", PROBE, str(folder)]
    _run(app_cmd)  # warm the OS file cache once, as a PC that has run the app before
    app = statistics.median(_run(app_cmd) for _ in range(5))
    floor = statistics.median(_run(floor_cmd) for _ in range(5))
    return [figure(f"startup_to_main_window_{customers}", app, "s", floor)]
