"""Service calls in a worker thread: results and errors come back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from belbo_desktop.ui.workers import Worker


def test_result_and_error_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    worker = Worker()
    seen: list[tuple[str, object, str]] = []
    worker.submit(
        lambda: threading.current_thread().name,
        lambda result: seen.append(("done", result, threading.current_thread().name)),
    )

    def fail() -> None:
        raise ValueError("kaputt")

    worker.submit(
        fail,
        lambda _r: None,
        lambda exc: seen.append(("failed", exc, threading.current_thread().name)),
    )
    qtbot.waitUntil(worker.idle)
    assert seen[0][0] == "done" and seen[0][1] != "MainThread" and seen[0][2] == "MainThread"
    assert seen[1][0] == "failed" and isinstance(seen[1][1], ValueError)
    assert seen[1][2] == "MainThread"
