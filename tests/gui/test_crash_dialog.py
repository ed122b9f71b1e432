"""Unexpected errors: logged in full, explained in German, never a bare traceback."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from belbo_desktop.config import Paths
from belbo_desktop.logging_setup import close_logging, setup_logging
from belbo_desktop.ui.crash_dialog import CrashDialog, CrashHandler, crash_details


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[Paths]:
    paths = Paths(tmp_path / "data")
    paths.ensure()
    yield paths
    close_logging()


def _exc_info() -> tuple[type[BaseException], BaseException, object]:
    try:
        {}["kasse"]
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError


def test_dialog_says_what_to_do_in_german_and_hides_the_traceback(
    qtbot: QtBot, paths: Paths
) -> None:
    details = crash_details(paths, _exc_info())  # type: ignore[arg-type]
    dialog = CrashDialog(details, paths.logs / "belbo-desktop.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.headline.text() == "Da ist etwas schiefgelaufen."
    assert "Was Sie jetzt tun können" in dialog.advice.text()
    assert str(paths.logs / "belbo-desktop.log") in dialog.log_label.text()
    assert not dialog.details.isVisible()
    assert "Traceback" not in " ".join(
        w.text() for w in dialog.findChildren(type(dialog.log_label)) if w.isVisible()
    )
    dialog.toggle_button.click()
    assert dialog.details.isVisible()
    assert "KeyError: 'kasse'" in dialog.details.toPlainText()
    assert dialog.toggle_button.text() == "Details ausblenden"


def test_details_name_version_data_folder_and_the_error(paths: Paths) -> None:
    details = crash_details(paths, _exc_info(), thread="Worker-1")  # type: ignore[arg-type]
    assert "Version: " in details
    assert f"Datenordner: {paths.data_dir}" in details
    assert "Thread: Worker-1" in details
    assert details.rstrip().endswith("KeyError: 'kasse'")


def test_copy_puts_the_details_on_the_clipboard(qtbot: QtBot, paths: Paths) -> None:
    dialog = CrashDialog("Einzelheiten zum Fehler", paths.logs / "belbo-desktop.log")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Einzelheiten zum Fehler"
    assert dialog.copy_button.text() == "Kopiert"


def test_open_log_folder_opens_the_folder_of_the_log_file(qtbot: QtBot, paths: Paths) -> None:
    opened: list[QUrl] = []
    dialog = CrashDialog("x", paths.logs / "belbo-desktop.log", open_folder=opened.append)
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(paths.logs)]


def test_quit_button_asks_to_end_the_app(qtbot: QtBot, paths: Paths) -> None:
    dialog = CrashDialog("x", paths.logs / "belbo-desktop.log")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.quit_button.click()
    assert dialog.quit_requested
    assert not dialog.isVisible()


def test_handler_logs_the_full_traceback_and_keeps_the_report(qtbot: QtBot, paths: Paths) -> None:
    log_path = setup_logging(paths.logs)
    handler = CrashHandler(paths, log_path, interactive=False)
    handler.handle(*_exc_info())  # type: ignore[misc]
    text = log_path.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "Unerwarteter Fehler" in text
    assert "KeyError: 'kasse'" in text
    assert len(handler.errors) == 1


def test_handler_shows_the_dialog_when_interactive(qtbot: QtBot, paths: Paths) -> None:
    log_path = setup_logging(paths.logs)
    handler = CrashHandler(paths, log_path, interactive=True)
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        seen.append(dialog.details.toPlainText())
        dialog.continue_button.click()

    QTimer.singleShot(0, close_dialog)
    handler.handle(*_exc_info())  # type: ignore[misc]
    assert seen and "KeyError: 'kasse'" in seen[0]


def test_errors_in_worker_threads_reach_the_gui_thread(qtbot: QtBot, paths: Paths) -> None:
    log_path = setup_logging(paths.logs)
    handler = CrashHandler(paths, log_path, interactive=False)
    handler.install()
    try:

        def fail() -> None:
            raise RuntimeError("Drucker antwortet nicht")

        with qtbot.waitSignal(handler.reported, timeout=5000) as blocker:
            thread = threading.Thread(target=fail, name="Druck")
            thread.start()
            thread.join()
    finally:
        handler.uninstall()
    assert "Thread: Druck" in blocker.args[0]
    assert "Drucker antwortet nicht" in log_path.read_text(encoding="utf-8")
    assert sys.excepthook is not handler.handle


def test_install_and_uninstall_restore_the_previous_hooks(qtbot: QtBot, paths: Paths) -> None:
    before, before_thread = sys.excepthook, threading.excepthook
    handler = CrashHandler(paths, paths.logs / "x.log", interactive=False)
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before and threading.excepthook is before_thread


def test_an_exception_in_a_qt_slot_reaches_the_handler(qtbot: QtBot, paths: Paths) -> None:
    log_path = setup_logging(paths.logs)
    handler = CrashHandler(paths, log_path, interactive=False)
    button = QPushButton("Kassieren")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ValueError("Slot kaputt")

    button.clicked.connect(broken_slot)
    handler.install()
    try:
        button.click()
    finally:
        handler.uninstall()
    assert len(handler.errors) == 1
    assert "ValueError: Slot kaputt" in handler.errors[0]
    assert "Slot kaputt" in log_path.read_text(encoding="utf-8")
