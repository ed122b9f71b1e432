"""Process-wide set-up of the GUI process, shared by the app and the benchmarks."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from belbo_desktop.ui.style import apply_style

#: Seconds a thread may hold the GIL before another gets it. Service calls run in worker
#: threads; a shorter slice hands their results to the GUI thread sooner (default 5 ms).
SWITCH_INTERVAL = 0.001


def configure(app: QApplication) -> None:
    apply_style(app)
    sys.setswitchinterval(SWITCH_INTERVAL)
