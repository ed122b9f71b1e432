"""QApplication set-up: style, translators, database, demo data, login, main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# The services behind the login and the customer list are imported here, before Qt, on
# purpose: PySide6 replaces ``__import__`` and reads the source of every module imported
# after it (for its opt-in ``__feature__`` switches), about 0.1 ms per module.
import belbo_desktop.services.customers
import belbo_desktop.services.staff  # noqa: F401
from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.domain.errors import BelboError


def run(args: argparse.Namespace) -> int:
    """Entry point of ``belbo-desktop``; returns the process exit code."""
    if args.smoke_test:  # a fresh temporary data folder, never the user's data
        from belbo_desktop.ui.smoke import run_smoke_test

        return run_smoke_test(args.data_dir, args.lang or "de")
    if args.screenshots:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication, QMessageBox

    from belbo_desktop.ui.i18n import DEFAULT_LANGUAGE, Preferences, install_translators
    from belbo_desktop.ui.runtime import configure

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("Belbo Desktop")
    qapp.setOrganizationName("Belbo")
    configure(qapp)

    paths = Paths.at(args.data_dir)
    paths.ensure()
    from belbo_desktop.ui.crash_dialog import install_crash_reporting

    crash = install_crash_reporting(paths)  # log file in paths.logs, German crash dialog
    lang = args.lang or Preferences(paths).language() or DEFAULT_LANGUAGE
    translators = install_translators(qapp, lang)
    try:
        app = bootstrap(paths)
    except BelboError as exc:
        QMessageBox.critical(None, "Belbo Desktop", exc.text(lang))
        return 2
    try:
        if args.demo is not None:
            _demo(app, args.demo)
        if args.screenshots:
            from belbo_desktop.ui.screenshots import render_all

            return render_all(app, lang, Path(args.screenshots))
        return _interactive(qapp, app, lang)
    finally:
        del translators
        app.close()
        crash.uninstall()


def _demo(app: App, customers: int) -> None:
    from belbo_desktop.services.demo import build_demo, database_is_empty

    if database_is_empty(app.uow):
        build_demo(
            app.uow, app.clock, app.hasher, customers=customers, till_file=app.paths.till_file
        )


def _interactive(qapp: object, app: App, lang: str) -> int:
    from PySide6.QtWidgets import QApplication

    from belbo_desktop.ui.context import UiContext
    from belbo_desktop.ui.login import LoginDialog
    from belbo_desktop.ui.main_window import MainWindow

    login = LoginDialog(app, lang)
    if not login.exec() or login.actor is None:
        return 0
    window = MainWindow(UiContext(app, login.actor, lang))
    window.show()
    window.raise_()
    window.activateWindow()  # typing goes to the customer search right after login
    app.export_server.start_if_pending_soon()  # links in export mails must open here
    return QApplication.exec()
