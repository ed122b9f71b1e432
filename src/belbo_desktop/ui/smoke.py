"""`belbo-desktop --smoke-test`: does this build start, migrate, show its windows and print?

The installer build runs it on the frozen app (``dist/belbo-desktop/belbo-desktop
--smoke-test``) to catch what only a frozen build gets wrong: a missing Qt plugin or
translation, migrations not found, fonts missing from PDFs. It works offscreen in a
fresh temporary data folder (never the user's own data), prints one line per step and
exits 0, or 1 naming the failed step and keeping the folder and its log for a look.

With ``--data-dir`` it uses that folder and adds demo data only if it is empty, so a
second run measures a start on existing data (the start-up time the build reports).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from belbo_desktop.bootstrap import App, bootstrap
from belbo_desktop.config import Paths
from belbo_desktop.diagnostics import log_startup
from belbo_desktop.logging_setup import close_logging, setup_logging
from belbo_desktop.services.actor import Actor

SMOKE_CUSTOMERS = 300
LOGIN_SHOWN = "smoke: login window shown"
PASSED = "smoke: passed"

log = logging.getLogger(__name__)


class SmokeFailure(Exception):
    pass


def _inherited_stdout() -> TextIO | None:
    """Windows: a windowed program may start without ``sys.stdout`` even when its caller
    (the build script) passed it a pipe; write to that pipe then. Elsewhere: nothing."""
    if sys.platform != "win32":
        return None
    import ctypes
    import msvcrt

    handle = ctypes.windll.kernel32.GetStdHandle(-11)  # STD_OUTPUT_HANDLE
    if not handle or handle == -1:
        return None
    try:
        fd = msvcrt.open_osfhandle(handle, os.O_WRONLY)
    except OSError:
        return None
    return open(fd, "w", encoding="utf-8", errors="replace", closefd=False)


class _Steps:
    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self.current = ""

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        self.current = name
        started = time.perf_counter()
        yield
        seconds = time.perf_counter() - started
        self.say(f"smoke: ok {name} ({seconds:.2f} s)")

    def say(self, line: str) -> None:
        log.info("%s", line)
        if self.out is not None:
            print(line, file=self.out, flush=True)


def run_smoke_test(
    data_dir: str | None = None,
    lang: str = "de",
    *,
    customers: int = SMOKE_CUSTOMERS,
    out: TextIO | None = None,
) -> int:
    """Run every step; returns the process exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps = _Steps(out or sys.stdout or _inherited_stdout())
    temporary = data_dir is None
    folder = (
        Path(data_dir) if data_dir is not None else Path(tempfile.mkdtemp(prefix="belbo-smoke-"))
    )
    paths = Paths.at(folder)
    paths.ensure()
    log_path = setup_logging(paths.logs, "belbo-desktop")
    log_startup(paths, "belbo-desktop --smoke-test")
    started = time.perf_counter()
    try:
        _run(paths, log_path, lang, customers, steps)
    except Exception as exc:
        log.exception("smoke test failed at step %s", steps.current)
        steps.say(f"smoke: FAILED at step {steps.current!r}: {exc!r}")
        steps.say(f"smoke: data folder and log kept in {paths.data_dir}")
        close_logging()
        return 1
    steps.say(f"{PASSED} in {time.perf_counter() - started:.2f} s")
    close_logging()
    if temporary:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _run(paths: Paths, log_path: Path, lang: str, customers: int, steps: _Steps) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from belbo_desktop.resources import resource
    from belbo_desktop.ui.crash_dialog import CrashHandler
    from belbo_desktop.ui.i18n import install_translators
    from belbo_desktop.ui.style import apply_style

    with steps.step("Qt und Übersetzungen"):
        qapp = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(qapp, QApplication)
        apply_style(qapp)
        translators = install_translators(qapp, lang)
        crash = CrashHandler(paths, log_path, interactive=False)
        crash.install()
        if lang == "de":
            cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
            _check(cancel == "Abbrechen", f"Qt's German translation is missing ({cancel!r})")
        english = QTranslator()
        _check(english.load("belbo_en", str(resource("translations"))), "belbo_en.qm missing")
        said = english.translate("CrashDialog", "Da ist etwas schiefgelaufen.")
        _check(said == "Something went wrong.", f"belbo_en.qm does not translate ({said!r})")
    try:
        with steps.step("Datenbank migriert"):
            app = bootstrap(paths)
        try:
            _windows_and_pdf(app, lang, customers, steps, paths)
        finally:
            app.close()
        _check(not crash.errors, f"{len(crash.errors)} unerwartete Fehler, siehe {log_path}")
    finally:
        crash.uninstall()
        for translator in translators:
            qapp.removeTranslator(translator)


def _windows_and_pdf(app: App, lang: str, customers: int, steps: _Steps, paths: Paths) -> None:
    from PySide6.QtWidgets import QApplication

    from belbo_desktop.services.demo import build_demo, database_is_empty
    from belbo_desktop.services.demo_logins import DEMO_LOGINS
    from belbo_desktop.ui.context import UiContext
    from belbo_desktop.ui.login import LoginDialog
    from belbo_desktop.ui.main_window import MainWindow

    with steps.step("Anmeldefenster"):
        login = LoginDialog(app, lang)
        login.show()
        QApplication.processEvents()
        _check(login.isVisible(), "login window not visible")
        steps.say(LOGIN_SHOWN)
        login.close()
        login.deleteLater()
    with steps.step(f"Demodaten ({customers} Kunden)"):
        if database_is_empty(app.uow):
            build_demo(
                app.uow, app.clock, app.hasher, customers=customers, till_file=app.paths.till_file
            )
    owner = DEMO_LOGINS[0]
    with steps.step("Anmeldung"):
        actor = app.staff.login(owner.username, owner.password)
    with steps.step("Hauptfenster"):
        window = MainWindow(UiContext(app, actor, lang))
        window.show()
        _settle(QApplication.processEvents)
        _check(window.isVisible(), "main window not visible")
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    with steps.step("Gutschein verkauft und gedruckt"):
        target = paths.documents / "smoke-gutschein.pdf"
        code = write_voucher_pdf(app, actor, target)
        data = target.read_bytes()
        _check(data.startswith(b"%PDF") and len(data) > 1000, f"{target} is not a PDF")
        steps.say(f"smoke: voucher {code}, PDF {target} ({len(data)} bytes)")


def write_voucher_pdf(app: App, actor: Actor, target: Path) -> str:
    """Sell a 50 € voucher at the till, as the front desk would, and print its handout.

    Returns the voucher's code. Goes through the same services and document code as
    the till screen, so a frozen build missing any of it fails here.
    """
    from belbo_desktop.documents.voucher_handout import handouts_of, render_handouts
    from belbo_desktop.domain.money import Money
    from belbo_desktop.domain.sales import Cart, PaymentMethod, VoucherSale
    from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind

    cart = Cart()
    cart.add_vouchers(
        VoucherSale(
            VoucherKind.VALUE,
            Money(5000),
            VatTreatment.MULTI_PURPOSE,
            None,
            recipient="Jürgen Weiß",
            message="Alles Gute zum Geburtstag!",
        )
    )
    cart.pay(PaymentMethod.CASH, cart.total)
    sale = app.till.commit(actor, cart)
    business = app.locations.current(actor).business
    render_handouts(handouts_of(sale.vouchers), business, target=target)
    return str(sale.vouchers[0].display_code)


def _settle(process_events: Callable[[], None], rounds: int = 5) -> None:
    for _ in range(rounds):
        process_events()


def _check(condition: bool, problem: str) -> None:
    if not condition:
        raise SmokeFailure(problem)
