"""The main window: navigation on the left, the chosen section on the right, status below.

Sections come from ``ui/modules.nav_entries()`` (Kunden is built in and first); an entry
whose ``visible`` says no is not shown at all. Einstellungen opens the settings dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from belbo_desktop.domain.errors import BelboError
from belbo_desktop.domain.rights import role_label
from belbo_desktop.services.actor import Actor
from belbo_desktop.ui.context import UiContext
from belbo_desktop.ui.customers.page import CustomersPage
from belbo_desktop.ui.icons import icon
from belbo_desktop.ui.modules import NavEntry, nav_entries
from belbo_desktop.ui.sync.controller import SyncController
from belbo_desktop.ui.sync.status import SyncStatusWidget
from belbo_desktop.ui.workers import Worker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMERS = "customers"
SETTINGS = "settings"


def builtin_entries() -> list[NavEntry]:
    return [
        NavEntry(
            key=CUSTOMERS,
            title="Kunden",
            factory=lambda ctx: CustomersPage(ctx),
            order=0,
            icon="customers",
        )
    ]


def all_entries(ctx: UiContext) -> list[NavEntry]:
    entries = builtin_entries() + [e for e in nav_entries() if e.key != CUSTOMERS]
    return sorted((e for e in entries if e.visible(ctx)), key=lambda e: e.order)


class MainWindow(QMainWindow):
    """Emits ``actorChanged`` after a PIN switch (sections are rebuilt for the new rights)."""

    actorChanged = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Belbo Desktop"))
        self.resize(1280, 800)
        self.sections: dict[str, QWidget] = {}
        self._sync_started = False
        self._shown_once = False

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Bereiche"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(280)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1070])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.staff_label = QLabel()
        self.location_label = QLabel()
        self.sync_label = QLabel(self.tr("Synchronisierung: nur dieser PC"))
        self.sync_label.setToolTip(
            self.tr("Es ist kein Hub eingerichtet; alle Daten liegen auf diesem PC.")
        )
        self.switch_button = QToolButton()
        self.switch_button.setIcon(icon("switch-user"))
        self.switch_button.setAutoRaise(True)
        self.switch_button.setToolTip(self.tr("Benutzer wechseln (PIN)"))
        self.switch_button.setAccessibleName(self.tr("Benutzer wechseln"))
        self.switch_button.clicked.connect(self.switch_user)
        self.statusBar().addWidget(self.switch_button)
        for label in (self.staff_label, self.location_label):
            self.statusBar().addWidget(label)
        self.sync_controller: SyncController | None = None
        if getattr(ctx.app, "sync", None) is not None:
            # the sync module's own status: "synchronisiert vor 3 Minuten", progress, errors
            self.sync_controller = SyncController.for_app(ctx.app.sync)
            self.statusBar().addPermanentWidget(SyncStatusWidget(self.sync_controller))
        else:
            self.statusBar().addPermanentWidget(self.sync_label)

        self._build_menus()
        self._build_nav()
        self.nav.currentItemChanged.connect(self._nav_changed)
        self._show_actor()
        self.show_section(CUSTOMERS)

    # --- menus ------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&Datei"))
        self.switch_action = self._action(self.tr("Benutzer &wechseln (PIN) …"), self.switch_user)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        file_menu.addAction(self.switch_action)
        self.settings_action = self._action(
            self.tr("&Einstellungen …"),
            self.open_settings,
            QKeySequence(QKeySequence.StandardKey.Preferences),
        )
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Beenden"), self.close, QKeySequence(QKeySequence.StandardKey.Quit)
            )
        )
        customers = menu.addMenu(self.tr("&Kunden"))
        self.find_action = self._action(
            self.tr("Kunden &suchen"),
            self.find_customer,
            QKeySequence(QKeySequence.StandardKey.Find),
        )
        self.new_action = self._action(
            self.tr("&Neuer Kunde"), self.new_customer, QKeySequence(QKeySequence.StandardKey.New)
        )
        customers.addAction(self.find_action)
        customers.addAction(self.new_action)
        help_menu = menu.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self._action(self.tr("Tastenkürzel"), self._show_shortcuts))
        help_menu.addAction(
            self._action(self.tr("Über Belbo Desktop"), lambda: self.open_settings("about"))
        )
        self._update_actions()

    def _update_actions(self) -> None:
        from belbo_desktop.domain.rights import Right

        why = self.ctx.actor.why_not(Right.EDIT_CUSTOMERS, self.ctx.lang)
        self.new_action.setEnabled(why is None)
        self.new_action.setToolTip(why or self.tr("Neuen Kunden anlegen"))

    def _show_shortcuts(self) -> None:
        rows = [
            (QKeySequence(QKeySequence.StandardKey.Find), self.tr("Kunden suchen")),
            (QKeySequence(QKeySequence.StandardKey.New), self.tr("Neuer Kunde")),
            (QKeySequence("Return"), self.tr("Ausgewählten Kunden öffnen")),
            (QKeySequence("Esc"), self.tr("Suche leeren / zurück zur Liste")),
            (QKeySequence(QKeySequence.StandardKey.Save), self.tr("Kundenakte speichern")),
        ]
        text = "\n".join(
            f"{seq.toString(QKeySequence.SequenceFormat.NativeText)}\t{label}"
            for seq, label in rows
        )
        QMessageBox.information(self, self.tr("Tastenkürzel"), text)

    # --- navigation -------------------------------------------------------------------

    def _build_nav(self) -> None:
        self.nav.clear()
        self.entries = {e.key: e for e in all_entries(self.ctx)}
        for entry in self.entries.values():
            item = QListWidgetItem(icon(entry.icon), QCoreApplication.translate("nav", entry.title))
            item.setData(KEY_ROLE, entry.key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        settings = QListWidgetItem(icon("settings"), self.tr("Einstellungen"))
        settings.setData(KEY_ROLE, SETTINGS)
        settings.setSizeHint(QSize(0, 40))
        self.nav.addItem(settings)

    def nav_keys(self) -> list[str]:
        return [self.nav.item(i).data(KEY_ROLE) for i in range(self.nav.count())]

    def _item(self, key: str) -> QListWidgetItem | None:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(KEY_ROLE) == key:
                return self.nav.item(i)
        return None

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        if item is None:
            return None
        key: str = item.data(KEY_ROLE)
        return key

    def _nav_changed(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        key = item.data(KEY_ROLE)
        if key == SETTINGS:
            self.nav.blockSignals(True)
            if previous is not None:
                self.nav.setCurrentItem(previous)
            else:
                self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
            self.open_settings()
            return
        if (
            previous is not None
            and previous.data(KEY_ROLE) != key
            and not self._can_leave(previous.data(KEY_ROLE))
        ):
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(previous)
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.section(key))

    def section(self, key: str) -> QWidget:
        """The section's widget, created on first use."""
        if key not in self.sections:
            widget = self.entries[key].factory(self.ctx)
            self.sections[key] = widget
            self.stack.addWidget(widget)
        return self.sections[key]

    def show_section(self, key: str) -> QWidget | None:
        item = self._item(key)
        if item is None:
            return None
        if self.nav.currentItem() is item:
            self.stack.setCurrentWidget(self.section(key))
        else:
            self.nav.setCurrentItem(item)
        return self.sections.get(key)

    def customers(self) -> CustomersPage:
        page = self.section(CUSTOMERS)
        assert isinstance(page, CustomersPage)
        return page

    def _can_leave(self, key: str | None) -> bool:
        widget = self.sections.get(key or "")
        can_leave = getattr(widget, "can_leave", None)
        return bool(can_leave()) if callable(can_leave) else True

    def can_close(self) -> bool:
        return all(self._can_leave(key) for key in self.sections)

    # --- actions ----------------------------------------------------------------------

    def find_customer(self) -> None:
        if self.current_key() != CUSTOMERS and self.show_section(CUSTOMERS) is None:
            return
        if self.current_key() == CUSTOMERS:
            self.customers().focus_search()

    def new_customer(self) -> None:
        if not self.new_action.isEnabled():
            return
        if self.current_key() != CUSTOMERS:
            self.show_section(CUSTOMERS)
        if self.current_key() == CUSTOMERS:
            self.customers().new()

    def open_settings(self, start: str | None = None) -> None:
        from belbo_desktop.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self, start=start)
        dialog.exec()
        self.refresh_nav()

    def refresh_nav(self) -> None:
        """Sections come and go with settings (a feature such as Bonusprogramme switched
        on or off); the open ones stay as they are."""
        keys = [e.key for e in all_entries(self.ctx)]
        if keys == [k for k in self.nav_keys() if k != SETTINGS]:
            return
        current = self.nav.currentItem()
        current_key = current.data(KEY_ROLE) if current is not None else CUSTOMERS
        for key in [k for k in self.sections if k not in keys]:
            widget = self.sections.pop(key)
            for worker in widget.findChildren(Worker):
                worker.cancel()  # no result may arrive at a deleted section
                worker.wait(2000)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.nav.blockSignals(True)
        self._build_nav()
        self.nav.blockSignals(False)
        self.show_section(current_key if current_key in keys else CUSTOMERS)

    def switch_user(self) -> None:
        from belbo_desktop.ui.login import PinSwitchDialog

        if not self.can_close():
            return
        dialog = PinSwitchDialog(self.ctx.app, self.ctx.lang, self.ctx.actor, self)
        if dialog.exec() and dialog.actor is not None:
            self.set_actor(dialog.actor)

    def set_actor(self, actor: Actor) -> None:
        """Another staff member took over: rebuild every section for their rights."""
        self.ctx.actor = actor
        for widget in self.sections.values():
            for worker in widget.findChildren(Worker):
                worker.cancel()  # no result may arrive at a deleted section
                worker.wait(2000)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.sections.clear()
        self.nav.blockSignals(True)
        self._build_nav()
        self.nav.blockSignals(False)
        self._show_actor()
        self._update_actions()
        self.show_section(CUSTOMERS)
        self.actorChanged.emit(actor)
        self.show_privacy_notice()

    def _show_actor(self) -> None:
        actor = self.ctx.actor
        self.staff_label.setText(
            self.tr("Angemeldet: %1 (%2)")
            .replace("%1", actor.display_name)
            .replace("%2", role_label(actor.role, self.ctx.lang))
        )
        try:
            location = self.ctx.app.locations.current(actor).business.name
        except BelboError:
            location = "–"
        self.location_label.setText(self.tr("Standort: %1").replace("%1", location))

    def show_privacy_notice(self) -> QWidget | None:
        """Open and overdue data-access requests, shown to whoever handles them after a
        login or PIN switch. Window-modal but not blocking, so the list is usable behind."""
        from belbo_desktop.ui.privacy.attention import make_notice

        def open_requests() -> None:
            self.show_section("privacy_requests")

        try:
            box = make_notice(self.ctx, self, open_requests)
        except BelboError:
            return None
        if box is not None:
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        return box

    def set_sync_state(self, text: str, tooltip: str = "") -> None:
        """For the sync module: what the status bar says about the hub."""
        self.sync_label.setText(text)
        self.sync_label.setToolTip(tooltip)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.current_key() == CUSTOMERS:
                self.customers().list.search.setFocus()  # type a name right after login
            # after the customer list has drawn its first page; a notice can wait that long
            QTimer.singleShot(400, self.show_privacy_notice)
        if self.sync_controller is not None and not self._sync_started:
            self._sync_started = True
            self.sync_controller.start()  # syncs in the background when a hub is set up

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.can_close():
            event.ignore()
            return
        for worker in self.findChildren(Worker):
            worker.wait(2000)  # no service call may outlive the window
        event.accept()
