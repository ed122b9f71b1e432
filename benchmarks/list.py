"""The customer list at scale: start to a usable list, keystroke to repainted table,
memory with the list loaded, and scrolling from the top to the bottom.

Everything runs in a child process (offscreen Qt) on a cached demo database. Floors are
the same work done without the UI: a bare ``import PySide6.QtWidgets, sqlalchemy`` for
the start, the service calls alone (count + first page) for a keystroke and the last
page for the scroll, and the RSS of a process that only imported Qt and SQLAlchemy.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from benchmarks.common import demo_data_dir, figure, p95

#: what a front-desk employee types, one keystroke at a time
TYPED = ("müller", "schmidt", "anna", "jörg web", "0176", "10042", "kö")
ROUNDS = 3  # the words are typed three times: a p95 over about 100 keystrokes

PROBE = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from belbo_desktop.bootstrap import bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.list_model import LOADED_ROLE
from belbo_desktop.ui.i18n import install_translators
from belbo_desktop.ui.main_window import MainWindow
from belbo_desktop.ui.runtime import configure

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

qapp = QApplication(sys.argv[:1])
configure(qapp)
translators = install_translators(qapp, "de")
app = bootstrap(Paths.at(sys.argv[1]))
login = DEMO_LOGINS[2]
actor = app.staff.login(login.username, login.password)
window = MainWindow(UiContext(app, actor, "de"))
window.resize(1280, 800)
window.show()
view = window.customers().list
model, table = view.model, view.table

class PaintWatch(QObject):
    # notes a model change and clears it when the table paints: "repainted" for real

    def __init__(self):
        super().__init__()
        self.dirty = False

    def changed(self, *args):
        self.dirty = True

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.dirty = False
        return False

watch = PaintWatch()
table.viewport().installEventFilter(watch)
for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
    signal.connect(watch.changed)

def settle(deadline=10.0):
    # until the model is idle and the table has painted every change, as a user sees it
    end = time.perf_counter() + deadline
    while time.perf_counter() < end:
        if not model.is_idle():  # an idle GUI thread sleeps until the worker's result
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        QCoreApplication.processEvents()
        if model.is_idle() and not watch.dirty:
            return

settle()
ready = time.time()
result = {"ready": ready, "rows": model.rowCount()}
if "--start-only" in sys.argv:
    print(json.dumps(result), flush=True)
    os._exit(0)

result["rss_mb"] = rss_mb()

typed = json.loads(sys.argv[2])
keystrokes = []
for text in typed:
    view.search.clear()
    settle()
    for ch in text:
        started = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(view.search, event)
        settle()
        keystrokes.append((time.perf_counter() - started) * 1000)
result["keystrokes_ms"] = keystrokes

view.search.clear()
settle()
scrolls = []
for _ in range(5):
    model.set_query(model.query)  # a fresh query: no page below the first is cached
    settle()
    table.scrollToTop()
    settle()
    started = time.perf_counter()
    table.scrollToBottom()
    settle()
    assert model.index(model.rowCount() - 1, 0).data(LOADED_ROLE)
    scrolls.append((time.perf_counter() - started) * 1000)
result["scroll_ms"] = scrolls
result["rss_after_mb"] = rss_mb()

# floors: the service alone
from belbo_desktop.services.customers import CustomerQuery
service = app.customers
floor_keys = []
for text in typed:
    for i in range(1, len(text) + 1):
        q = CustomerQuery(text=text[:i])
        started = time.perf_counter()
        n = service.count(actor, q)
        service.page(actor, q, 0, model.page_size)
        floor_keys.append((time.perf_counter() - started) * 1000)
result["floor_keystrokes_ms"] = floor_keys
q = CustomerQuery()
total = service.count(actor, q)
floor_scroll = []
for _ in range(5):
    started = time.perf_counter()
    service.page(actor, q, max(0, total - model.page_size), model.page_size)
    floor_scroll.append((time.perf_counter() - started) * 1000)
result["floor_scroll_ms"] = floor_scroll
print(json.dumps(result), flush=True)
os._exit(0)
"""

FLOOR_RSS = r"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
import sqlalchemy
qapp = QApplication(sys.argv[:1])
with open("/proc/self/status") as status:
    print(next(int(l.split()[1]) / 1024 for l in status if l.startswith("VmRSS:")))
"""


def _child(*args: str) -> dict[str, object]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    result["start_s"] = float(result["ready"]) - started  # type: ignore[arg-type]
    return result


def _seconds(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def run(customers: int) -> list[dict[str, object]]:
    folder = str(demo_data_dir(customers))
    _child(folder, "[]", "--start-only")  # warm the file cache, as on a PC used before
    starts = [float(_child(folder, "[]", "--start-only")["start_s"]) for _ in range(3)]  # type: ignore[arg-type]
    floor_start = statistics.median(
        _seconds([sys.executable, "-c", "import PySide6.QtWidgets, sqlalchemy"]) for _ in range(3)
    )
    full = _child(folder, json.dumps(TYPED * ROUNDS, ensure_ascii=False))
    floor_rss = float(
        subprocess.run(
            [sys.executable, "-c", FLOOR_RSS], check=True, capture_output=True, text=True
        ).stdout.strip()
    )
    keys: list[float] = full["keystrokes_ms"]  # type: ignore[assignment]
    scroll: list[float] = full["scroll_ms"]  # type: ignore[assignment]
    return [
        figure("list_start_to_usable_list_s", statistics.median(starts), "s", floor_start),
        figure(
            "list_keystroke_to_repaint_p95_ms",
            p95(keys),
            "ms",
            p95(full["floor_keystrokes_ms"]),  # type: ignore[arg-type]
        ),
        figure(
            "list_rss_with_list_loaded_mb",
            max(float(full["rss_mb"]), float(full["rss_after_mb"])),  # type: ignore[arg-type]
            "MB",
            floor_rss,
        ),
        figure(
            "list_scroll_top_to_bottom_ms",
            statistics.median(scroll),
            "ms",
            statistics.median(full["floor_scroll_ms"]),  # type: ignore[arg-type]
        ),
    ]


if __name__ == "__main__":
    for item in run(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000):
        print(json.dumps(item, ensure_ascii=False))
