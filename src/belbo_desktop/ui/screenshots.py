"""``belbo-desktop --screenshots OUT``: every screen rendered offscreen to PNG files.

Used to look at the product as a user sees it (and by the docs). Logs in with a demo
login when the data folder has demo data, otherwise as the first owner.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from belbo_desktop.bootstrap import App
from belbo_desktop.domain.rights import Right, Role
from belbo_desktop.services.actor import Actor
from belbo_desktop.services.demo_logins import DEMO_LOGINS
from belbo_desktop.ui.context import UiContext

WINDOW = QSize(1280, 800)


def spin(seconds: float = 0.05, until: Callable[[], bool] | None = None) -> None:
    """Run the event loop for a while, or until ``until`` holds (at most ``seconds``)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if until is not None and until():
            return
        time.sleep(0.005)


def actor_for(app: App, role: Role) -> Actor | None:
    """A logged-in staff member of ``role``: the demo login, else built from the database."""
    for login in DEMO_LOGINS:
        if login.role is role:
            try:
                return app.staff.login(login.username, login.password)
            except Exception:
                break
    from belbo_desktop.services.staff import actor_of
    from belbo_desktop.storage.orm import StaffMember

    for row in app.staff.login_choices():
        if row.role is role:
            with app.uow.read() as s:
                member = s.get(StaffMember, row.id)
                return actor_of(member) if member is not None else None
    return None


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.files: list[Path] = []
        self.failures: list[str] = []

    def save(self, name: str, widget: QWidget) -> None:
        spin(0.05)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.files.append(path)

    def attempt(self, name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception:
            self.failures.append(name)
            traceback.print_exc()


def render_all(app: App, lang: str, out: Path) -> int:
    from belbo_desktop.ui.login import LoginDialog, PinSwitchDialog
    from belbo_desktop.ui.main_window import CUSTOMERS, MainWindow
    from belbo_desktop.ui.settings.dialog import KEY_ROLE, SettingsDialog

    out.mkdir(parents=True, exist_ok=True)
    shots = Shooter(out)
    shots.attempt("first run", lambda: first_run_screens(lang, shots))

    def login() -> None:
        dialog = LoginDialog(app, lang)
        dialog.show()
        dialog.fill("inhaberin", "")
        dialog.adjustSize()
        shots.save("01_login", dialog)
        dialog.password.setText("falsch")
        dialog.try_login()
        spin(3, until=lambda: dialog.worker.idle())
        spin(0.1)
        dialog.adjustSize()
        shots.save("01_login_error", dialog)
        dialog.close()

    shots.attempt("login", login)
    owner = actor_for(app, Role.OWNER)
    if owner is None:
        print("Keine Inhaberin / kein Inhaber im Datenordner: nur die Anmeldung.", file=sys.stderr)
        return 1
    window = MainWindow(UiContext(app, owner, lang))
    window.resize(WINDOW)
    window.show()

    def privacy_notice() -> None:
        spin(0.3)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.adjustSize()
                shots.save("02_login_privacy_notice", widget)
                widget.close()

    shots.attempt("privacy notice", privacy_notice)
    page = window.customers()
    model = page.list.model
    spin(5, until=model.is_idle)
    spin(0.3, until=model.is_idle)
    shots.save("02_customers", window)

    def search() -> None:
        first = model.row_at(0)
        text = "mül" if first is None else first.last_name[:3].lower()
        page.list.search.setText(text)
        spin(0.3)
        spin(5, until=model.is_idle)
        spin(0.3, until=model.is_idle)
        shots.save("03_customers_search", window)

    shots.attempt("search", search)

    def customer_file() -> None:
        customer_id = model.customer_id(0)
        if customer_id is None:
            return
        file = page.open_customer(customer_id)
        assert file is not None
        for index, key in enumerate(file.tab_keys):
            file.tabs.setCurrentIndex(index)
            spin(0.2)
            shots.save(f"04_file_{index + 1}_{key}", window)
        file.tabs.setCurrentIndex(0)
        file.editors["email"].set_value("anna@")
        file.editors["birthday"].set_value("31.02.1990")
        file._changed()
        file.save()
        shots.save("05_file_errors", window)
        file.discard()
        page.show_list()

    shots.attempt("file", customer_file)

    def new_customer() -> None:
        first = model.row_at(0)
        file = page.new_customer()
        assert file is not None
        if first is not None:
            file.editors["first_name"].set_value(first.first_name)
            file.editors["last_name"].set_value(first.last_name)
            if first.email:
                file.editors["email"].set_value(first.email)
            file._check_duplicates()
            spin(3, until=lambda: file.worker.idle())
            spin(0.1)
        shots.save("06_new_customer", window)
        file._loaded = file._values()  # leave without the unsaved-changes question
        page.show_list()

    shots.attempt("new", new_customer)

    def merge() -> None:
        from belbo_desktop.services.customers import CustomerQuery
        from belbo_desktop.ui.customers.merge_dialog import CustomerPicker, MergeDialog

        first = model.row_at(0)
        if first is None:
            return
        query = CustomerQuery(first.last_name)
        others = [r for r in app.customers.page(owner, query, 0, 5) if r.id != first.id]
        others = others or app.customers.page(owner, CustomerQuery(), 1, 1)
        file = page.open_customer(first.id)
        assert file is not None
        shots.save("06b_file_with_merge", window)
        picker = CustomerPicker(window.ctx, first.id, window)
        picker.show()
        picker.set_text(first.last_name)
        spin(3, until=picker.worker.idle)
        shots.save("06c_merge_pick_customer", picker)
        picker.reject()
        dialog = MergeDialog(window.ctx, first.id, others[0].id, window)
        dialog.resize(1000, 700)
        dialog.show()
        spin(0.2)
        shots.save("06d_merge_dialog", dialog)
        dialog.reject()  # screenshots never merge the data they show
        page.show_list()

    shots.attempt("merge", merge)

    def list_menu(name: str, rows: int, open_dialog: str | None = None) -> None:
        """The list's context menu over the first ``rows`` rows, drawn onto the window."""
        from PySide6.QtCore import QItemSelectionModel
        from PySide6.QtGui import QPainter

        view = window.customers().list
        view.search.clear()
        spin(5, until=view.model.is_idle)
        spin(0.2, until=view.model.is_idle)
        selection = view.table.selectionModel()
        selection.clearSelection()
        for row in range(rows):
            selection.setCurrentIndex(
                view.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        menu = view.context_menu()
        at = view.table.visualRect(view.model.index(rows - 1, 1)).center()
        menu.adjustSize()  # drawn without popping up: a popup warns on offscreen
        spin(0.1)
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(view.table.viewport().mapTo(window, at), menu.grab())
        painter.end()
        path = out / f"{name}.png"
        picture.save(str(path))
        shots.files.append(path)
        if open_dialog is not None:
            entry = next(a for a in menu.actions() if a.isEnabled() and a.text().endswith("…"))
            menu.close()
            entry.trigger()
            dialog = view.merge_dialog or view.merge_picker
            if dialog is not None:
                if view.merge_picker is not None:
                    spin(3, until=view.merge_picker.worker.idle)  # type: ignore[attr-defined]
                dialog.resize(1000, 700)
                spin(0.2)
                shots.save(open_dialog, dialog)
                dialog.close()  # screenshots never merge the data they show
        menu.close()
        menu.deleteLater()
        selection.clearSelection()

    shots.attempt("list menu", lambda: list_menu("06e_list_menu_merge", 1, "06f_list_merge_pick"))
    shots.attempt(
        "list menu two rows", lambda: list_menu("06g_list_menu_two_rows", 2, "06h_list_merge_pair")
    )

    def settings(prefix: str, ctx: UiContext) -> None:
        dialog = SettingsDialog(ctx, window)
        dialog.resize(1000, 680)
        dialog.show()
        greyed = False
        for item in dialog.items():
            key = item.data(0, KEY_ROLE)
            if not key:
                continue
            if item.isDisabled():  # cannot be opened: the tree shows it greyed, with a reason
                greyed = True
                continue
            shots.attempt(f"settings {key}", partial(_settings_page, dialog, key))
            shots.save(f"{prefix}_{key}", dialog)
        if greyed:  # one picture of the tree with the pages this person may not open
            shots.attempt("settings greyed", lambda: _settings_page(dialog, "general"))
            shots.save(f"{prefix}_greyed_entries", dialog)
        dialog.reject()

    def _settings_page(dialog: SettingsDialog, key: str) -> None:
        dialog.select(key)
        spin(0.2)

    shots.attempt("settings", lambda: settings("07_settings", window.ctx))

    def nav() -> None:
        for key in window.nav_keys():
            if key in (CUSTOMERS, "settings"):
                continue
            shots.attempt(f"nav {key}", partial(window.show_section, key))
            spin(0.5)
            shots.save(f"08_nav_{key}", window)
        window.show_section(CUSTOMERS)

    shots.attempt("nav", nav)

    def pin_switch() -> None:
        dialog = PinSwitchDialog(app, lang, window.ctx.actor, window)
        dialog.show()
        dialog.adjustSize()
        shots.save("09_pin_switch", dialog)
        dialog.reject()

    shots.attempt("pin", pin_switch)

    def receipts() -> None:
        from belbo_desktop.ui.till.journal import JournalDialog

        dialog = JournalDialog(window.ctx, window, open_url=lambda _url: None)
        dialog.show()
        spin(0.2)
        shots.save("08b_till_receipts", dialog)
        dialog.search.setText("Müller")
        spin(0.5)
        shots.save("08c_till_receipts_search", dialog)
        dialog.reject()

    if window.ctx.actor.can(Right.SELL):
        shots.attempt("receipts", receipts)

    from belbo_desktop.ui.staff.screenshots import staff_screens

    shots.attempt("staff and audit log", lambda: staff_screens(window.ctx, window, shots))

    front_desk = actor_for(app, Role.FRONT_DESK)
    if front_desk is not None:

        def as_front_desk() -> None:
            window.set_actor(front_desk)
            spin(5, until=window.customers().list.model.is_idle)
            spin(0.2)
            shots.save("10_front_desk_customers", window)
            settings("11_front_desk_settings", window.ctx)

        shots.attempt("front desk", as_front_desk)
        shots.attempt(
            "front desk list menu", lambda: list_menu("10b_front_desk_list_menu_disabled", 2)
        )

    window.customers().can_leave()
    window.close()
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog):
            dialog.close()

    shots.attempt("sync with a hub", lambda: sync_screens(app, lang, shots))

    def sample_report() -> None:
        from belbo_desktop.documents.privacy_report import write_sample_report

        shots.files.append(write_sample_report(out))

    shots.attempt("sample report", sample_report)
    english = lang == "en"
    made = "screenshots and documents in" if english else "Bildschirmfotos und Dokumente in"
    print(f"{len(shots.files)} {made} {out}")
    if shots.failures:
        failed = "Failed: " if english else "Fehlgeschlagen: "
        print(failed + ", ".join(shots.failures), file=sys.stderr)
        return 1
    return 0


def first_run_screens(lang: str, shots: Shooter) -> None:
    """A brand-new PC, in an empty data folder of its own: the ways to get started."""
    import tempfile

    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths
    from belbo_desktop.sync.client import SyncProgress
    from belbo_desktop.ui.first_run.connect_dialog import ConnectHubDialog
    from belbo_desktop.ui.first_run.first_sync_dialog import CANCELLED, FirstSyncDialog
    from belbo_desktop.ui.first_run.form import fit_height
    from belbo_desktop.ui.first_run.new_salon_dialog import NewSalonDialog
    from belbo_desktop.ui.login import LoginDialog

    with tempfile.TemporaryDirectory(prefix="belbo-first-run-") as folder:
        empty = bootstrap(Paths(Path(folder)))
        login = LoginDialog(empty, lang)
        try:
            login.show()
            fit_height(login)
            shots.save("00_first_run_login", login)

            connect = ConnectHubDialog(empty, lang, login)
            connect.show()
            connect.hub_url.setText("https://hub.salon-krueger.de")
            connect.code.setText("K7QF-92MD-X4TP")
            connect.device_name.setText("Kasse 1")
            fit_height(connect)
            shots.save("00_first_run_connect", connect)
            connect.hub_url.setText("hub.salon-krueger.de")  # refused before anything is sent
            connect.try_connect()
            spin(3, until=connect.worker.idle)
            spin(0.1)
            fit_height(connect)
            shots.save("00_first_run_connect_error", connect)
            connect.reject()

            progress = FirstSyncDialog(empty.sync, lang, parent=login)
            progress.show()
            progress.show_progress(SyncProgress("snapshot", 12_480, 48_215, "customers"))
            fit_height(progress)
            shots.save("00_first_run_progress", progress)
            progress.outcome = CANCELLED  # nothing ran; let it close
            progress.close()

            login.show_state(
                has_staff=False,
                hub="https://hub.salon-krueger.de",
                first_sync_done=False,
                problem=QCoreApplication.translate("Screenshots", "Synchronisation abgebrochen."),
            )
            shots.save("00_first_run_unfinished", login)

            salon = NewSalonDialog(empty, lang, login)
            salon.show()
            for key, value in (
                ("name", "Salon Sonnenschein"),
                ("street", "Hauptstraße 5"),
                ("postcode", "80331"),
                ("city", "München"),
                ("tax_number", "143/123/45678"),
                ("display_name", "Sabine Krüger"),
            ):
                salon.fields[key].setText(value)
            salon.fields["username"].setText("sabine.krueger")
            fit_height(salon)
            shots.save("00_first_run_new_salon", salon)
            salon.fields["password"].setText("kurz")
            salon.fields["password2"].setText("kurz")
            salon.fields["pin"].setText("12")
            salon.fields["email"].setText("sabine@")
            salon.try_create()
            spin(3, until=salon.worker.idle)
            spin(0.1)
            fit_height(salon)
            shots.save("00_first_run_new_salon_errors", salon)
            salon.reject()
        finally:
            login.close()
            login.deleteLater()
            spin(0.05)
            empty.close()


def sync_screens(app: App, lang: str, shots: Shooter) -> None:
    """This PC joined to a real hub: the settings page and the status bar as they change.

    The hub runs in-process on a SQLite file (the single-PC trial set-up, no PostgreSQL)
    on a loopback port. This PC is a copy of the data folder's database, so the folder
    itself is never enrolled; a second, empty PC joins too, and both redeem the same
    voucher while "offline", so the owner sees the overdrawn flag after the sync.
    """
    import dataclasses
    import shutil
    import sqlite3
    import tempfile

    from belbo_desktop.bootstrap import bootstrap
    from belbo_desktop.config import Paths
    from belbo_desktop.hub.app import create_app
    from belbo_desktop.hub.server import ServerThread, prepare
    from belbo_desktop.hub.store import HubStore
    from belbo_desktop.services.customers import CustomerQuery
    from belbo_desktop.services.ports import FixedClock, SystemClock
    from belbo_desktop.sync.client import SyncProgress
    from belbo_desktop.ui.main_window import MainWindow
    from belbo_desktop.ui.settings.dialog import SettingsDialog

    folder = Path(tempfile.mkdtemp(prefix="belbo-sync-shots-"))
    apps: list[App] = []
    window: MainWindow | None = None
    try:
        here = Paths(folder / "kasse")
        here.ensure()
        source = sqlite3.connect(app.paths.database)
        target = sqlite3.connect(here.database)
        with target:
            source.backup(target)
        target.close()
        source.close()
        if app.paths.till_file.exists():  # sell at this PC's till, as the app does
            shutil.copyfile(app.paths.till_file, here.till_file)
        clock = FixedClock(SystemClock().now())
        pc = bootstrap(here, clock=clock)
        other = bootstrap(Paths(folder / "buero"), clock=FixedClock(clock.now()))
        apps += [pc, other]
        for one in apps:
            one.sync.tokens.use_keyring = False  # never the real keyring for a screenshot
        owner = actor_for(pc, Role.OWNER)
        assert owner is not None
        engine = prepare(f"sqlite+pysqlite:///{folder / 'hub.sqlite3'}")
        store = HubStore(engine, SystemClock())
        with ServerThread(create_app(store)) as hub:
            pc.sync.enrol(None, hub.url, store.make_code([owner.location_id]), "Kasse 1")
            pc.sync.sync()
            other.sync.enrol(None, hub.url, store.make_code([owner.location_id]), "Büro")
            other.sync.sync()
            _overdraw_a_voucher(pc, other, owner)

            window = MainWindow(UiContext(pc, owner, lang))
            window.resize(WINDOW)
            window.show()  # its first sync starts now, as at every start of the app
            controller = window.sync_controller
            assert controller is not None
            spin(10, until=lambda: not controller.running)
            controller.timer.stop()
            for row in pc.customers.page(owner, CustomerQuery(), 0, 2):  # not sent yet
                form = pc.customers.get(owner, row.id).to_input()
                pc.customers.update(
                    owner, row.id, dataclasses.replace(form, notes="Tee, kein Zucker")
                )
            clock.advance(minutes=7)
            controller._set(controller._resting_state())
            shots.save("12_sync_status_synced", window.statusBar())

            dialog = SettingsDialog(window.ctx, window)
            dialog.resize(1000, 680)
            dialog.show()
            dialog.select("sync")
            spin(0.2)
            shots.save("12_sync_settings_connected", dialog)

            # a sync in progress, as the controller reports it between two pages
            controller._on_progress(SyncProgress("push", 120, 480))
            shots.save("12_sync_status_syncing", window.statusBar())
            controller._set(controller._resting_state())

            status = pc.sync.status()
            assert status.device_id is not None
            store.revoke(status.device_id)  # the hub's administrator locked this PC out
            controller.sync_now()
            spin(10, until=lambda: not controller.running)
            shots.save("12_sync_status_error", window.statusBar())
            shots.save("12_sync_settings_error", dialog)
        engine.dispose()
        # the hub is gone: the PC works on and says why it cannot sync
        controller.sync_now()
        spin(15, until=lambda: not controller.running)
        shots.save("12_sync_status_offline", window.statusBar())
        shots.save("12_sync_settings_offline", dialog)
        dialog.reject()
    finally:
        if window is not None:
            window.customers().can_leave()
            window.close()
            left_running = window.sync_controller
            if left_running is not None:
                left_running.timer.stop()
                left_running.wait()
                left_running.deleteLater()
            window.deleteLater()
        spin(0.05)
        for one in apps:
            one.close()
        shutil.rmtree(folder, ignore_errors=True)


def _overdraw_a_voucher(pc: App, other: App, owner: Actor) -> None:
    """Both PCs take the whole value of one voucher without syncing in between."""
    if not pc.catalogue.items(owner):
        return  # nothing to sell at the till in this data folder
    from belbo_desktop.domain.money import Money
    from belbo_desktop.domain.sales import (
        Cart,
        ItemLine,
        PaymentMethod,
        Redemption,
        VoucherSale,
    )
    from belbo_desktop.domain.vouchers import VatTreatment, VoucherKind

    cart = Cart()
    cart.add_vouchers(VoucherSale(VoucherKind.VALUE, Money(3000), VatTreatment.MULTI_PURPOSE, None))
    cart.pay(PaymentMethod.CASH, cart.total)
    code = pc.till.commit(owner, cart).vouchers[0].display_code
    pc.sync.sync()
    other.sync.sync()
    for till in (other, pc):
        actor = actor_for(till, Role.OWNER)
        assert actor is not None
        row = max(till.catalogue.items(actor), key=lambda r: r.price.cents)
        info = till.vouchers.check_redeemable(actor, code)
        sale = Cart()
        sale.add_item(ItemLine(row.name, row.price, row.vat_rate, 1, catalogue_item_id=row.id))
        sale.add_redemption(
            Redemption(
                info.id,
                info.display_code,
                min(info.balance, sale.redeemable_room()),
                info.treatment,
                info.vat_rate,
                info.kind,
            )
        )
        if sale.remaining.cents > 0:
            sale.pay(PaymentMethod.CARD)
        till.till.commit(actor, sale)
    other.sync.sync()
    pc.sync.sync()
