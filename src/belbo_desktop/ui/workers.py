"""Run service calls off the GUI thread and hand the result back on it.

A service call opens its own session per call (UnitOfWork), so it may run in a pool
thread; only plain frozen dataclasses come back. Results of calls that were superseded
(a newer search was started) are dropped by the caller through a generation number.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """One call; ``done`` / ``failed`` are delivered queued to the receiver's thread."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # the Worker keeps it until its result is delivered

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Worker(QObject):
    """A one-thread pool owned by a view: calls run in order, one at a time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()  # kept alive until their result is delivered

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        job = Job(fn)

        def finished(result: Any, callback: Callable[[Any], None] | None) -> None:
            # cancelled, or the owner (and this worker, its child) was deleted meanwhile:
            # the callback would touch widgets that are gone
            if job not in self._jobs or not isValid(self):
                return
            self._jobs.discard(job)
            if callback is not None:
                callback(result)

        job.signals.done.connect(lambda result: finished(result, on_done))
        job.signals.failed.connect(lambda exc: finished(exc, on_failed or _raise))
        self._jobs.add(job)
        self.pool.start(job)

    def idle(self) -> bool:
        """No call running and no result waiting to be delivered."""
        return not self._jobs

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel(self) -> None:
        """Before the owner goes away: calls not started are dropped, results ignored."""
        self.pool.clear()
        self._jobs.clear()


def _raise(exc: BaseException) -> None:
    raise exc
