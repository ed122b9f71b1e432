"""The desktop's own web server for the export pages, on 127.0.0.1, while exports are open.

Without a hub, the links in the export mails point at this PC. The server runs in a
background thread (uvicorn) only while some export request is still open, and a
housekeeping thread expires due requests, deletes their files, resends unsent mail
and finishes confirmed exports whose computation was cut off.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from typing import Any
from urllib.parse import urlsplit

from belbo_desktop.services.export import DEFAULT_PORT, ExportService

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


class LocalExportServer:
    """Start/stop are idempotent and thread-safe; nothing runs until :meth:`start`."""

    def __init__(
        self,
        service: ExportService,
        *,
        host: str = LOOPBACK,
        port: int | None = None,
        maintenance_seconds: float = 60.0,
    ) -> None:
        self.service = service
        self.host = host
        self._port = port
        self.maintenance_seconds = maintenance_seconds
        self.error: str | None = None
        self._lock = threading.Lock()
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._housekeeper: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def port(self) -> int:
        if self._port is not None:
            return self._port
        parts = urlsplit(self.service.base_url())
        return parts.port or DEFAULT_PORT

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def serves_links(self) -> bool:
        """True when the mail links point at this PC (no hub address configured)."""
        host = urlsplit(self.service.base_url()).hostname or ""
        return host in ("127.0.0.1", "localhost", "::1")

    def start_if_pending(self) -> bool:
        """Run the server when open exports need their pages here; returns whether it runs.

        With a hub serving the pages, only the housekeeping runs here (mail retry, expiry).
        """
        if not self.service.has_open_requests():
            return self.running
        if self.serves_links():
            return self.start()
        self._start_housekeeping()
        return False

    def start_if_pending_soon(self) -> None:
        """:meth:`start_if_pending` in a short-lived thread: importing and starting the
        web server takes about a second, which a GUI thread must not wait for."""
        threading.Thread(
            target=self._start_quietly, name="belbo-export-pages-start", daemon=True
        ).start()

    def _start_quietly(self) -> None:
        try:
            self.start_if_pending()
        except Exception:
            log.exception("export pages could not be started")

    def _start_housekeeping(self) -> None:
        with self._lock:
            if self._housekeeper is not None and self._housekeeper.is_alive():
                return
            self._stop.clear()
            self._housekeeper = threading.Thread(
                target=self._housekeeping, name="belbo-export-housekeeping", daemon=True
            )
            self._housekeeper.start()

    def start(self) -> bool:
        """Bind the port now (so a busy port is reported at once), then serve in a thread."""
        with self._lock:
            if self.running:
                return True
            import uvicorn

            from belbo_desktop.web.export_pages import create_export_app

            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            if os.name == "posix":  # rebind at once after a restart (TIME_WAIT)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind((self.host, self.port))
            except OSError as exc:
                sock.close()
                self.error = f"Port {self.port}: {exc.strerror or exc}"
                log.warning("export pages not served: %s", self.error)
                return False
            sock.listen(64)
            self.error = None
            config = uvicorn.Config(
                create_export_app(self.service),
                log_level="warning",
                lifespan="off",
                access_log=False,
                server_header=False,
            )
            server = uvicorn.Server(config)
            self._server = server
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._serve, args=(server, sock), name="belbo-export-pages", daemon=True
            )
            self._thread.start()
        self._start_housekeeping()
        return self.wait_started()

    def wait_started(self, timeout: float = 5.0) -> bool:
        server = self._server
        event = threading.Event()
        for _ in range(int(timeout / 0.02)):
            if server is None or not self.running:
                return False
            if getattr(server, "started", False):
                return True
            event.wait(0.02)
        return bool(getattr(server, "started", False))

    def stop(self, timeout: float = 5.0) -> None:
        with self._lock:
            self._stop.set()
            if self._server is not None:
                self._server.should_exit = True
            for thread in (self._thread, self._housekeeper):
                if thread is not None and thread is not threading.current_thread():
                    thread.join(timeout)
            self._server = None
            self._thread = None
            self._housekeeper = None

    def _serve(self, server: Any, sock: socket.socket) -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # SystemExit from uvicorn included
            self.error = str(exc) or type(exc).__name__
            log.exception("export pages server stopped")
        finally:
            sock.close()

    def _housekeeping(self) -> None:
        """Tidy up at once (files of exports that expired while the app was closed go
        now), finish interrupted exports, then tidy up every ``maintenance_seconds``."""
        try:
            self.service.expire_due()
            for request_id in self.service.recover():
                self._compute(request_id)
        except Exception:
            log.exception("export recovery failed")
        while not self._stop.wait(self.maintenance_seconds):
            try:
                self.service.maintain()
            except Exception:
                log.exception("export housekeeping failed")

    def _compute(self, request_id: uuid.UUID) -> None:
        try:
            self.service.compute(request_id)
        except Exception:
            log.exception("customer export %s failed", request_id)
