"""Runs sync off the GUI thread: at start, every few minutes and on demand.

One controller per application (a child of the QApplication, found by name), shared by
the status-bar widget and the Synchronisation settings page. The window is usable at
once with local data; sync only ever runs in the controller's worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.messages import Message
from belbo_desktop.sync.client import (
    SyncProgress,
    SyncReport,
    SyncService,
    SyncStatus,
)

log = logging.getLogger("belbo.sync")

INTERVAL_MS = 5 * 60 * 1000
OBJECT_NAME = "belboSyncController"

IDLE, RUNNING, OK, OFFLINE, ERROR, LOCAL_ONLY = (
    "idle",
    "running",
    "ok",
    "offline",
    "error",
    "local_only",
)


@dataclass(frozen=True)
class SyncUiState:
    """What the status bar shows.

    ``detail``: the phase of a running sync; ``problem``: why it is offline or failed,
    rendered in the UI's language when shown (also after a restart: see ``SyncStatus``).
    """

    kind: str
    last_sync_at: dt.datetime | None = None
    done: int = 0
    total: int | None = None
    detail: str = ""
    pending: int = 0
    first_sync: bool = False
    problem: Message | None = None


class _Signals(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, service: SyncService, cancel: threading.Event, signals: _Signals) -> None:
        super().__init__()
        self.service = service
        self.cancel = cancel
        self.signals = signals

    def run(self) -> None:
        try:
            report = self.service.sync(progress=self.signals.progress.emit, cancel=self.cancel)
        except BelboError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # shown as an error in the status bar, never a crash
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(report)


class SyncController(QObject):
    """The one place a sync runs in the app; views follow it through its signals.

    ``stateChanged`` carries a ``SyncUiState`` (the status bar); ``progressed``,
    ``syncFinished`` and ``syncFailed`` carry the service's own ``SyncProgress``,
    ``SyncReport`` and exception (the first-sync dialog).
    """

    stateChanged = Signal(object)
    progressed = Signal(object)
    syncFinished = Signal(object)
    syncFailed = Signal(object)

    def __init__(self, service: SyncService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.service = service
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._cancel = threading.Event()
        self._running = False
        self.state = self._resting_state()
        #: the first-sync dialog showing the running sync, if one is open
        self.first_sync_dialog: QObject | None = None

    @classmethod
    def for_app(cls, service: SyncService) -> SyncController:
        """The application's controller, made on first use."""
        app = QCoreApplication.instance()
        if app is not None:
            # Look at every controller: the first one found may belong to another App
            # (the tests make many in one QApplication), and a second controller for the
            # same service would run syncs the status bar never hears of.
            for found in app.findChildren(SyncController, OBJECT_NAME):
                if found.service is service:
                    return found
        return cls(service, app)

    # --- commands -----------------------------------------------------------------------

    def start(self) -> None:
        """Sync once now (in the background) and then every few minutes."""
        if self.status().enrolled:
            self.timer.start()
            self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync in the background; False if one runs already or no hub is set."""
        if self._running or not self.status().enrolled:
            return False
        self._running = True
        self._cancel = threading.Event()
        st = self.status()
        self._set(
            SyncUiState(
                RUNNING,
                st.last_sync_at,
                pending=st.pending,
                first_sync=not st.first_sync_done,
            )
        )
        self.pool.start(_Job(self.service, self._cancel, self._signals))
        return True

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    @property
    def running(self) -> bool:
        return self._running

    def status(self) -> SyncStatus:
        return self.service.status()

    # --- results ------------------------------------------------------------------------

    def _resting_state(self) -> SyncUiState:
        try:
            st = self.status()
        except Exception:
            return SyncUiState(LOCAL_ONLY)
        if not st.enrolled:
            return SyncUiState(LOCAL_ONLY)
        if st.last_error:
            return SyncUiState(ERROR, st.last_sync_at, pending=st.pending, problem=st.last_error)
        return SyncUiState(OK if st.last_sync_at else IDLE, st.last_sync_at, pending=st.pending)

    def _on_progress(self, p: SyncProgress) -> None:
        self._set(
            SyncUiState(
                RUNNING,
                self.state.last_sync_at,
                p.done,
                p.total,
                detail=p.phase,
                first_sync=self.state.first_sync,
            )
        )
        self.progressed.emit(p)

    def _on_finished(self, report: SyncReport) -> None:
        self._running = False
        self._set(self._resting_state())
        self.syncFinished.emit(report)

    def _on_failed(self, exc: Any) -> None:
        self._running = False
        st = self.status()
        kind = getattr(exc, "kind", "error")
        if kind == "cancelled":
            self._set(self._resting_state())
        else:
            if isinstance(exc, BelboError):
                problem = exc.message
            else:
                log.error("sync failed unexpectedly", exc_info=exc)
                problem = Message("sync_failed_unexpectedly", {"error": type(exc).__name__})
            self._set(
                SyncUiState(
                    OFFLINE if kind == "offline" else ERROR,
                    st.last_sync_at,
                    pending=st.pending,
                    problem=problem,
                )
            )
        self.syncFailed.emit(exc)

    def _set(self, state: SyncUiState) -> None:
        self.state = state
        self.stateChanged.emit(state)
