"""Einstellungen > Über: version, data folder, database revision, log folder button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from tests.conftest import Salon

from belbo_desktop import __version__
from belbo_desktop.bootstrap import App
from belbo_desktop.storage.migrate import head_revision
from belbo_desktop.ui.about.page import AboutPage
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.modules import settings_pages


def _page(qtbot: QtBot, app: App, salon: Salon, opened: list[QUrl]) -> AboutPage:
    page = AboutPage(UiContext(app, salon.front_desk), open_folder=opened.append)
    qtbot.addWidget(page)
    page.load()
    return page


def test_about_is_a_settings_page() -> None:
    assert "about" in [entry.key for entry in settings_pages()]


def test_shows_version_folders_and_current_database_revision(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    page = _page(qtbot, app, salon, [])
    assert page.heading.text() == f"Belbo Desktop {__version__}"
    assert page.data_dir.text() == str(app.paths.data_dir)
    assert page.log_dir.text() == str(app.paths.logs)
    assert page.revision.text() == f"{head_revision()} (aktuell)"
    assert page.backups.text().startswith("noch keine")


def test_log_and_data_folder_buttons_open_the_folders(qtbot: QtBot, app: App, salon: Salon) -> None:
    opened: list[QUrl] = []
    page = _page(qtbot, app, salon, opened)
    page.open_logs_button.click()
    page.open_data_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [app.paths.logs, app.paths.data_dir]


def test_copy_gives_support_everything_on_the_page(qtbot: QtBot, app: App, salon: Salon) -> None:
    page = _page(qtbot, app, salon, [])
    page.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in text
    assert f"Datenbankstand: {head_revision()}" in text
    assert "Qt: " in text


def test_an_outdated_database_shows_the_expected_revision(
    qtbot: QtBot, app: App, salon: Salon
) -> None:
    import sqlite3

    con = sqlite3.connect(app.paths.database)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    page = _page(qtbot, app, salon, [])
    assert page.revision.text() == f"0001 (erwartet: {head_revision()})"


def test_help_menu_opens_the_about_page(qtbot: QtBot, app: App, salon: Salon) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from belbo_desktop.ui.main_window import MainWindow
    from belbo_desktop.ui.settings.dialog import SettingsDialog

    window = MainWindow(UiContext(app, salon.front_desk))
    qtbot.addWidget(window)
    action = next(a for a in window.actions() if a.text() == "Über Belbo Desktop")
    shown: list[str | None] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        shown.append(dialog.current_key())
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    action.trigger()
    assert shown == ["about"]
