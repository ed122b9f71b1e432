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


def test_cancelled_results_are_ignored(qtbot: QtBot) -> None:
    worker = Worker()
    seen: list[object] = []
    started = threading.Event()
    release = threading.Event()

    def slow() -> str:
        started.set()
        release.wait(5)
        return "spät"

    worker.submit(slow, seen.append)
    worker.submit(lambda: "nie", seen.append)
    assert started.wait(5)
    worker.cancel()
    release.set()
    worker.wait()
    qtbot.wait(50)
    assert seen == []
    assert worker.idle()
