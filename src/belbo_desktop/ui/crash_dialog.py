"""An unexpected error never shows a bare traceback: it is logged and explained in German.

:class:`CrashHandler` becomes ``sys.excepthook`` (PySide6 reports exceptions raised in
slots and event handlers there) and ``threading.excepthook``. It writes the full
traceback to the log file, then shows :class:`CrashDialog`: what happened in plain
words, what to do next, where the log file is, a button that opens the log folder and
one that copies the details for an email to support. The traceback is there too, but
folded away behind "Details anzeigen".
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from belbo_desktop.config import Paths
from belbo_desktop.diagnostics import log_startup, system_info
from belbo_desktop.logging_setup import setup_logging

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
FolderOpener = Callable[[QUrl], object]

QUIT_CODE = 70  # EX_SOFTWARE: the process ends after the user chose "Belbo beenden"


def crash_details(paths: Paths, exc_info: ExcInfo, *, thread: str | None = None) -> str:
    """The text support needs: installation facts, time, and the traceback."""
    exc_type, exc, tb = exc_info
    try:
        facts = system_info(paths).text()
    except Exception as problem:  # the report must come out even if this part fails
        facts = f"Systemangaben nicht verfügbar: {problem!r}"
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [facts, f"Qt: {qVersion()}", f"Zeit: {when}"]
    if thread:
        lines.append(f"Thread: {thread}")
    lines.append("")
    lines.append("".join(traceback.format_exception(exc_type, exc, tb)).rstrip())
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Tells the user what to do; ``quit_requested`` is True after "Belbo beenden"."""

    def __init__(
        self,
        details: str,
        log_path: Path,
        parent: QWidget | None = None,
        *,
        open_folder: FolderOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.quit_requested = False
        self._open_folder = open_folder
        self.setWindowTitle(self.tr("Belbo Desktop – Unerwarteter Fehler"))
        self.setMinimumWidth(560)

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel(self.tr("Da ist etwas schiefgelaufen."))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.explanation = QLabel(
            self.tr(
                "Belbo Desktop ist auf einen unerwarteten Fehler gestoßen. Alles, was vorher "
                "gespeichert wurde, ist sicher. Der letzte Schritt wurde möglicherweise nicht "
                "ausgeführt."
            )
        )
        self.advice = QLabel(
            self.tr(
                "<b>Was Sie jetzt tun können:</b><ol>"
                "<li>Prüfen Sie, ob Ihre letzte Eingabe gespeichert wurde, und wiederholen "
                "Sie sie bei Bedarf.</li>"
                "<li>Tritt der Fehler wieder auf, beenden Sie Belbo Desktop und starten Sie "
                "es neu.</li>"
                "<li>Bleibt das Problem, wenden Sie sich an Ihren Belbo-Support: Klicken Sie "
                "auf „Details kopieren“ und fügen Sie den Text in Ihre E-Mail ein, oder "
                "hängen Sie die Protokolldatei an.</li></ol>"
            )
        )
        self.log_label = QLabel(self.tr("Protokolldatei: %1").replace("%1", str(log_path)))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.explanation, self.advice, self.log_label):
            label.setWordWrap(True)

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Fehlerdetails"))
        self.details.setMinimumHeight(180)
        self.details.hide()
        self.toggle_button = QPushButton(self.tr("Details anzeigen"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle_details)

        self.buttons = QDialogButtonBox()
        self.open_button = self.buttons.addButton(
            self.tr("Protokollordner öffnen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = self.buttons.addButton(
            self.tr("Details kopieren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.quit_button = self.buttons.addButton(
            self.tr("Belbo beenden"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.continue_button = self.buttons.addButton(
            self.tr("Weiterarbeiten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setDefault(True)
        self.open_button.clicked.connect(self.open_log_folder)
        self.copy_button.clicked.connect(self.copy_details)
        self.quit_button.clicked.connect(self._quit)
        self.buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.explanation)
        text.addWidget(self.advice)
        text.addWidget(self.log_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        toggle_row = QHBoxLayout()
        toggle_row.addWidget(self.toggle_button)
        toggle_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(toggle_row)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def open_log_folder(self) -> None:
        self._open_folder(QUrl.fromLocalFile(str(self.log_path.parent)))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Kopiert"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle_button.setText(
            self.tr("Details ausblenden") if shown else self.tr("Details anzeigen")
        )
        self.adjustSize()

    def _quit(self) -> None:
        self.quit_requested = True
        self.reject()


class CrashHandler(QObject):
    """Catches what nobody else caught, in the GUI thread and in worker threads.

    ``interactive=False`` (offscreen runs: screenshots, the smoke test) logs and keeps
    the reports in ``errors`` instead of showing a dialog nobody could click.
    """

    reported = Signal(str)  # details; delivered in the GUI thread

    def __init__(
        self,
        paths: Paths,
        log_path: Path,
        *,
        interactive: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.log_path = log_path
        self.interactive = (
            QGuiApplication.platformName() != "offscreen" if interactive is None else interactive
        )
        self.errors: list[str] = []
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        thread: str | None = None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        log.critical("Unerwarteter Fehler", exc_info=(exc_type, exc, tb))
        details = crash_details(self.paths, (exc_type, exc, tb), thread=thread)
        self.errors.append(details)
        app = QApplication.instance()
        if app is not None and QThread.currentThread() == app.thread():
            self._show(details)
        else:
            self.reported.emit(details)  # queued into the GUI thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else None
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    def _show(self, details: str) -> None:
        if not self.interactive or QApplication.instance() is None:
            print(
                f"Belbo Desktop: unerwarteter Fehler, Einzelheiten in {self.log_path}",
                file=sys.stderr,
            )
            return
        if self._showing:  # one dialog at a time; later errors are in the log
            return
        self._showing = True
        try:
            dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
            dialog.exec()
            quit_requested = dialog.quit_requested
            dialog.deleteLater()
        finally:
            self._showing = False
        if quit_requested:
            QApplication.exit(QUIT_CODE)


def install_crash_reporting(paths: Paths, program: str = "belbo-desktop") -> CrashHandler:
    """At start-up: log file in ``paths.logs``, a start line, and the crash hooks.

    Keep the returned handler referenced for the life of the application.
    """
    log_path = setup_logging(paths.logs, program)
    log_startup(paths, program)
    handler = CrashHandler(paths, log_path)
    handler.install()
    return handler
